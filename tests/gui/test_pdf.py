"""The settings sheet prints to PDF through Qt."""

from pathlib import Path

from tests.profiles.conftest import imap_account
from wizard.gui.pdf import write_pdf
from wizard.profiles import sheet


def test_sheet_prints_to_pdf_through_qt(tmp_path: Path, qapp) -> None:
    """pytest-qt's shared application (offscreen when there is no display)."""
    path = write_pdf(sheet.render_html(imap_account()), tmp_path / "sheet.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000
