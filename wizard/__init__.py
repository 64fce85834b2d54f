"""mailsetup: finds, proves and writes e-mail account settings.

Layers, lowest first: model -> parsers/generators -> net -> engines -> shells (cli, gui).
A lower layer never imports a higher one, and nothing below the GUI imports Qt.
"""

__version__ = "0.1.0"
