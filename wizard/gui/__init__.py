"""The PySide6 wizard window: a thin shell over the engines. The only place Qt is imported."""

from wizard.gui._none_guard import immortal_none

immortal_none()  # before any Qt call: see _none_guard
