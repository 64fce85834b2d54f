"""The PySide6 wizard window: a thin shell over the engines. The only place Qt is imported."""
