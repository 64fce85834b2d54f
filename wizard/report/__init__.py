"""The doctor's report rendered for people: lines for a terminal and one self-contained web
page for support. Beside the engines, not inside one: the doctor only produces the data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
    from wizard.report.html import render_html
    from wizard.report.terminal import render_report, render_step

__all__ = ["render_html", "render_report", "render_step"]


# Loaded when first used: `discover` prints steps with the terminal's marks and never needs
# the web page (nor the doctor's report model behind it).
_HOME = {"render_html": "html", "render_report": "terminal", "render_step": "terminal"}
__getattr__ = lazy_exports(__name__, _HOME)
