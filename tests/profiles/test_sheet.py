"""The settings sheet shows every value a person types by hand, in their language."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

from wizard.i18n import load_catalog
from wizard.model import CertificateInfo
from wizard.profiles import sheet

from tests.profiles.conftest import exchange_account, imap_account, pop_account

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the app


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:  # type: ignore[override]
        self.tags.add(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _parse(html_text: str) -> _Text:
    p = _Text()
    p.feed(html_text)
    return p


def test_sheet_lists_every_setting_of_both_servers(tmp_path: Path) -> None:
    account = pop_account(realname="Bob <Builder>", certificates=(CertificateInfo("pop.example.test", 995, ":".join(["AB"] * 32), b""),))
    path = sheet.write_html(account, tmp_path)
    page = _parse(path.read_text(encoding="utf-8"))
    text = "\n".join(page.parts)
    for value in ("bob@example.test", "pop.example.test", "995", "bob", "smtp.example.test", "465", "bob@smtp", "Bob <Builder>", ":".join(["AB"] * 32), "POP3", "SMTP", "SSL/TLS"):
        assert value in text, value
    assert "<Builder>" not in path.read_text()  # escaped


def test_sheet_is_self_contained_and_printable(tmp_path: Path) -> None:
    html_text = sheet.render_html(imap_account())
    page = _parse(html_text)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert not any(v and re.match(r"(https?:)?//", v) for _, v in page.attrs)
    assert "@media print" in html_text
    assert "STARTTLS" in html_text  # the SMTP server of the IMAP account


def test_sheet_is_written_in_the_chosen_language() -> None:
    english = sheet.render_html(imap_account())
    danish = sheet.render_html(imap_account(), load_catalog("da"))
    norwegian = sheet.render_html(imap_account(), load_catalog("nb"))
    assert '<html lang="da">' in danish and '<html lang="nb">' in norwegian
    assert "Incoming mail server" in english
    assert "Incoming mail server" not in danish and "Incoming mail server" not in norwegian


def test_exchange_sheet_shows_url_and_phone_username() -> None:
    text = "\n".join(_parse(sheet.render_html(exchange_account())).parts)
    assert "https://outlook.business.test/EWS/Exchange.asmx" in text
    assert "carol_business.test" in text
    assert "Business Mail" in text
