"""The wizard window on servers that echo the AUTH exchange (SECURITY notes, class 3): no
form of the password on any page, in any language, or in the support report."""

from __future__ import annotations

import base64

import pytest

from tests.doctor.echo_servers import start_echo
from tests.doctor.servers import Loop
from tests.scenarios.gui import branded_wizard, dispose, next_page, walk_to_finding
from tests.world.world import autoconfig_xml

pytestmark = pytest.mark.world
PASSWORD = 'Gui"Echo\\pw-77'
ADDRESS = "jo@gui-echo.test"
HOST = "mail.gui-echo.test"


def leaks(text: str) -> set[str]:
    b64 = lambda t: base64.b64encode(t.encode()).decode()  # noqa: E731
    forms = {PASSWORD, PASSWORD.upper(), b64(PASSWORD), "pw-77", "PW-77"}
    for user in (ADDRESS, "jo", "jo_gui-echo.test"):
        forms |= {b64(f"\0{user}\0{PASSWORD}"), b64(f"{user}\0{user}\0{PASSWORD}")}
    return {f for f in forms if f in text}


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def test_no_page_and_no_report_shows_an_echoed_password(qtbot, world, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTextEdit

    from tests.gui.conftest import make_home
    from wizard.gui.report import build_report
    from wizard.gui.window import PageId
    from wizard.i18n import load_catalog

    loop = Loop()
    servers = [start_echo(world, loop, protocol, HOST) for protocol in ("imap", "smtp")]
    for host in ("gui-echo.test", "autoconfig.gui-echo.test", "autodiscover.gui-echo.test"):
        world.certs.for_host(host)
    world.web.add("autoconfig.gui-echo.test", "/mail/config-v1.1.xml", autoconfig_xml("gui-echo.test", HOST), schemes=("https",))
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    window = branded_wizard(qtbot, world, [], tmp_path, home)
    try:
        walk_to_finding(qtbot, window, "Jo", ADDRESS, PASSWORD)
        next_page(qtbot, window, PageId.FINDING)
        finding = window.currentPage()
        qtbot.waitUntil(lambda: not finding.running, timeout=15000)
        next_page(qtbot, window, PageId.SETTINGS)
        next_page(qtbot, window, PageId.TESTING, timeout=20000)
        testing = window.currentPage()
        qtbot.waitUntil(lambda: not testing.running, timeout=30000)
        assert any(s.recording.received for s in servers)  # the login was tried, and echoed
        messages = " ".join(f.message.render() for f in window.state.diagnosis.findings)
        assert "rejected" in messages or "Authentication failed" in messages or "••••••" in messages
        for language in ("en", "da", "nb"):
            window.lang.set(language)
            shown = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
            shown += [w.toPlainText() for w in window.findChildren(QTextEdit)]
            shown += [w.text() for w in window.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Normal]
            assert leaks("\n".join(shown)) == set(), language
            assert leaks(build_report(window.state, load_catalog(language))) == set(), language
        # The person edits the password field and has not tested again: the page and the report
        # are scrubbed for the new password now, and still show no form of the old one.
        testing.password.selectAll()
        qtbot.keyClicks(testing.password, "another try 12")
        assert window.state.password == "another try 12" and window.state.diagnosis is not None
        testing.render()
        shown = [w.text() for w in window.findChildren(QLabel)] + [testing.findings.item(i).text() for i in range(testing.findings.count())]
        assert leaks("\n".join(shown)) == set()
        assert leaks(build_report(window.state, load_catalog("en"))) == set()
    finally:
        dispose(window)
        for server in servers:
            server.stop()
        loop.close()
