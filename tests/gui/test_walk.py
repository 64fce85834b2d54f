"""A person's whole walk through the wizard against the demo provider (real servers on loopback)."""

from __future__ import annotations


import pytest

from tests.gui.walk import next_page, shoot
from wizard.gui.pageid import PageId


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def test_full_walk_through_every_page_on_the_demo_provider(qtbot, make_wizard, demo, home):
    window = make_wizard("en")
    assert window.currentId() == PageId.WELCOME
    welcome = window.currentPage()
    assert demo.password in welcome.note.label.text()  # the demo user's password is shown
    shoot(window, "1-welcome")

    next_page(qtbot, window, PageId.ACCOUNT)
    account = window.currentPage()
    qtbot.keyClicks(account.name, "Anna Demo")
    qtbot.keyClicks(account.address, "demo@")
    assert account.address_error.text()  # validation as you type
    assert not account.isComplete()
    qtbot.keyClicks(account.address, demo.domain)
    assert account.address_error.text() == ""
    qtbot.keyClicks(account.password, demo.password)
    shoot(window, "2-account")

    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    assert finding.outcome == "found", finding.status.text()
    groups = [finding.steps.topLevelItem(i) for i in range(finding.steps.topLevelItemCount())]
    assert len(groups) >= 2 and sum(g.childCount() for g in groups) > 3
    assert any(not g.isExpanded() for g in groups if g.childCount() > 5)  # guessing folded away
    shoot(window, "3-finding")

    next_page(qtbot, window, PageId.SETTINGS)
    settings = window.currentPage()
    config = window.state.config
    assert config is not None and config.incoming[0].host.endswith(demo.domain)
    assert "imap" in settings.in_text.text().lower()
    shoot(window, "4-settings")

    next_page(qtbot, window, PageId.CERTIFICATE, timeout=40000)
    cert_page = window.currentPage()
    assert window.state.pending and window.state.pending[0].sha256 == demo.mail_sha256
    assert demo.mail_sha256[:47] in cert_page.details.text()  # shown on two lines
    assert "announced" in cert_page.announced.label.text()
    assert not cert_page.isComplete()  # an explicit choice is needed
    shoot(window, "5-certificate")
    cert_page.accept.click()

    next_page(qtbot, window, PageId.TESTING)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    codes = [f.code for f in window.state.diagnosis.findings]
    assert "login-ok" in codes, codes
    assert "port25-blocked" not in codes, codes  # the demo stages no blocked port 25 (a scene can)
    assert testing.port25_line() is None
    assert testing.isComplete() and "Everything works" in testing.status.text()
    assert window.state.config.outgoing[0].port in (465, 587, demo.ports["smtps"], demo.ports["submission"])
    shoot(window, "6-testing")

    next_page(qtbot, window, PageId.PROGRAMS)
    programs = window.currentPage()
    labels = [box.text() for _, box, _ in programs.boxes]
    assert any("Thunderbird" in label for label in labels)
    shoot(window, "7-programs")

    next_page(qtbot, window, PageId.DONE, timeout=30000)
    prefs = (home / ".thunderbird" / "abcd1234.default-esr" / "prefs.js").read_text()
    assert f"imap.{demo.domain}" in prefs and "demo@" in prefs
    assert "browser.startup.homepage_override.mstone" in prefs  # nothing lost
    done = window.currentPage()
    assert "Thunderbird" in " ".join(box.label.text() for box in done.entry_widgets)
    assert done.verdict.kind == "ok"  # green: receiving and sending were proven
    report = done.report()
    assert demo.password not in report and "Logged in to IMAP" in report
    reference = window.state.identity.reference
    assert reference in done.reference.text() and f"Reference: {reference}" in report
    done.copy.click()
    from PySide6.QtWidgets import QApplication

    assert "mailsetup" in QApplication.clipboard().text()
    shoot(window, "8-done")


def test_save_report_writes_the_support_report_without_the_password(qtbot, make_wizard, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from wizard.model import EmailAddress

    window = make_wizard("da")
    window.state.address = EmailAddress.parse(demo.user)
    window.state.password = demo.password
    window.setStartId(int(PageId.DONE))
    window.restart()
    target = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.currentPage().save.click()
    text = target.read_text(encoding="utf-8")
    assert demo.user in text and demo.password not in text
    assert "Adresse:" in text  # in the chosen language


def test_save_report_into_a_missing_folder_says_so_in_the_window(qtbot, make_wizard, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from wizard.model import EmailAddress

    window = make_wizard("da")
    window.state.address = EmailAddress.parse(demo.user)
    window.setStartId(int(PageId.DONE))
    window.restart()
    target = tmp_path / "gone" / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.currentPage().save.click()  # no traceback: the page names the problem
    assert not target.exists()
    assert "Rapporten kunne ikke gemmes" in window.currentPage().saved.text() and str(target) in window.currentPage().saved.text()


def test_steps_are_grouped_by_source_with_a_summary():
    from wizard.gui.pages_start import group_status
    from wizard.model import StepStatus

    assert group_status([StepStatus.TIMEOUT, StepStatus.OK, StepStatus.EMPTY]) is StepStatus.OK
    assert group_status([StepStatus.EMPTY, StepStatus.STARTED]) is StepStatus.STARTED
    assert group_status([StepStatus.EMPTY, StepStatus.TIMEOUT]) is StepStatus.TIMEOUT
