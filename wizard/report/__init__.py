"""The doctor's report rendered for people: lines for a terminal and one self-contained web
page for support. Beside the engines, not inside one: the doctor only produces the data."""

from wizard.report.html import render_html
from wizard.report.terminal import render_report, render_step

__all__ = ["render_html", "render_report", "render_step"]
