"""Each rehearsal scene in the window, walked as a customer would on the demo's real servers:
the page where the situation shows carries its finding codes and the plain-words advice.
Screenshots of those pages in en/da/nb go to test-output/screenshots/rehearsal/."""

from __future__ import annotations

import pytest

from tests.gui.walk import SHOTS, next_page, shoot
from wizard.demo.scenes import APP_PASSWORD, WRONG_PASSWORD
from wizard.gui.window import PageId

FOLDER = SHOTS / "rehearsal"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def rehearse(qtbot, home, tmp_path):
    """A window on a RehearsalBackend staging `scene` (as `mailsetup demo --scene NAME`)."""
    from wizard.gui.app import build_wizard
    from wizard.gui.rehearsal import RehearsalBackend

    made = []

    def make(scene: str, language: str = "en"):
        backend = RehearsalBackend.start(scene, home=home, out_dir=tmp_path / "files")
        window = build_wizard(backend, language)
        qtbot.addWidget(window)
        window.show()
        made.append((window, backend))
        return window, backend

    yield make
    for window, backend in made:
        window.shutdown()
        backend.stop()


def to_finding(qtbot, window, user: str, password: str):
    next_page(qtbot, window, PageId.ACCOUNT)
    account = window.currentPage()
    qtbot.keyClicks(account.name, "Dana Customer")
    qtbot.keyClicks(account.address, user)
    qtbot.keyClicks(account.password, password)
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=30000)
    return finding


def to_testing(qtbot, window, user: str, password: str, accept: bool = True):
    finding = to_finding(qtbot, window, user, password)
    assert finding.outcome == "found", finding.status.text()
    next_page(qtbot, window, PageId.SETTINGS)
    settings = window.currentPage()
    qtbot.waitUntil(settings.isComplete, timeout=20000)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() in (PageId.CERTIFICATE, PageId.TESTING), timeout=30000)
    if window.currentId() == PageId.CERTIFICATE:
        page = window.currentPage()
        (page.accept if accept else page.refuse).click()
        next_page(qtbot, window, PageId.TESTING)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    return testing


def shown(testing) -> str:
    return "\n".join(testing.findings.item(i).text() for i in range(testing.findings.count()))


def codes(window) -> list[str]:
    return [f.code for f in window.state.diagnosis.findings]


def test_the_welcome_page_picks_a_scene_and_restages_the_servers(qtbot, rehearse):
    window, backend = rehearse("")
    welcome = window.currentPage()
    assert welcome.scene.isVisible() and welcome.scene.combo.count() == 9
    first_port = backend.info.ports["imaps"]
    welcome.scene.choose("server-down")
    assert backend.scene == "server-down"
    assert "down" in welcome.note.label.text()  # the support person reads what is staged
    assert backend.info.ports["imaps"] and backend.info is not None and first_port
    shoot(window, "0-welcome-picker", FOLDER)


def test_the_picker_is_not_there_outside_the_demo(qtbot, make_wizard):
    window = make_wizard("en")
    assert not window.currentPage().scene.isVisible()


def test_wrong_password(qtbot, rehearse):
    window, backend = rehearse("wrong-password")
    assert WRONG_PASSWORD in window.currentPage().note.label.text()
    testing = to_testing(qtbot, window, backend.info.user, WRONG_PASSWORD)
    assert "auth-failed" in codes(window) and "login-ok" not in codes(window)
    assert "Type the password again" in shown(testing)
    shoot(window, "wrong-password-testing", FOLDER)


def test_app_password_refusal_names_the_providers_two_factor_page(qtbot, rehearse):
    window, backend = rehearse("app-password")
    assert APP_PASSWORD in window.currentPage().note.label.text()
    testing = to_testing(qtbot, window, backend.info.user, backend.info.password)
    assert "app-password-required" in codes(window)
    text = shown(testing)
    assert "app password" in text and f"https://{backend.info.domain}/security" in text
    shoot(window, "app-password-testing", FOLDER)


def test_server_down(qtbot, rehearse):
    window, backend = rehearse("server-down")
    testing = to_testing(qtbot, window, backend.info.user, backend.info.password)
    assert "port-closed" in codes(window)
    assert "refused the connection" in shown(testing) and "the server is down for now" in shown(testing)
    shoot(window, "server-down-testing", FOLDER)


def test_certificate_changed_since_last_week(qtbot, rehearse):
    window, backend = rehearse("certificate-changed")
    finding = to_finding(qtbot, window, backend.info.user, backend.info.password)
    assert finding.outcome == "found"
    next_page(qtbot, window, PageId.SETTINGS)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.CERTIFICATE, timeout=30000)
    page = window.currentPage()
    assert backend.info.mail_sha256 in window.state.replacing
    assert "replaces the certificate accepted before" in page.details.text()
    assert page.unannounced.isVisible()  # not announced: compare the fingerprint, or call them
    shoot(window, "certificate-changed-certificate", FOLDER)
    page.refuse.click()
    next_page(qtbot, window, PageId.TESTING)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    assert "cert-changed" in codes(window)
    assert "login-ok" not in codes(window)  # no password went to a server not trusted


def test_port25_blocked_is_staged_by_the_scene(qtbot, rehearse):
    window, backend = rehearse("port25-blocked")
    testing = to_testing(qtbot, window, backend.info.user, backend.info.password)
    assert "port25-blocked" in codes(window) and "login-ok" in codes(window)
    note = testing.port25_line()  # one neutral line, since sending on 465/587 works
    assert note is not None and "port 25" in note.render() and testing.isComplete()
    shoot(window, "port25-blocked-testing", FOLDER)


def test_the_ordinary_demo_stages_no_blocked_port_25(qtbot, rehearse):
    window, backend = rehearse("")
    testing = to_testing(qtbot, window, backend.info.user, backend.info.password)
    assert "login-ok" in codes(window) and "port25-blocked" not in codes(window)
    assert testing.port25_line() is None


def test_moving_provider_updates_the_existing_account_and_names_the_old_servers(qtbot, rehearse):
    window, backend = rehearse("moving-provider")
    welcome = window.currentPage()
    assert welcome.migration.isVisible()  # the provider's date of the move
    to_testing(qtbot, window, backend.info.user, backend.info.password)
    assert "login-ok" in codes(window)
    next_page(qtbot, window, PageId.PROGRAMS)
    programs = window.currentPage()
    details = "\n".join(detail.text() for _, _, detail in programs.boxes)
    assert f"imap.old.{backend.info.domain}" in details and "updated in place" in details
    assert programs.retired.isVisible() and f"smtp.old.{backend.info.domain}" in programs.retired.label.text()
    shoot(window, "moving-provider-programs", FOLDER)
    next_page(qtbot, window, PageId.DONE, timeout=30000)
    prefs = (backend.info.profile / "prefs.js").read_text()
    assert f"imap.{backend.info.domain}" in prefs and f"imap.old.{backend.info.domain}" not in prefs
    assert "mail.rehearsal" in prefs  # the rest of the profile is kept


def test_business_mail_is_offered_next_to_pop_and_imap(qtbot, rehearse):
    window, backend = rehearse("business-mail")
    finding = to_finding(qtbot, window, backend.info.user, backend.info.password)
    assert finding.outcome == "found"
    next_page(qtbot, window, PageId.SETTINGS)
    settings = window.currentPage()
    visible = [kind for kind, button in settings.kind_buttons.items() if button.isVisible()]
    assert set(visible) == {"imap", "pop3", "exchange"}
    assert "Business Mail" in settings.kind_buttons["exchange"].text()
    assert "bought Business Mail" in settings.kind_explain["exchange"].text()
    shoot(window, "business-mail-settings", FOLDER)


def test_offline(qtbot, rehearse):
    window, backend = rehearse("offline")
    finding = to_finding(qtbot, window, backend.info.user, backend.info.password)
    assert finding.outcome != "found"
    assert window.state.config is None or finding.outcome != "found"
    assert finding.status.text()
    shoot(window, "offline-finding", FOLDER)


def _words(text: str) -> list[str]:
    """A text's words as compared: lower case, without server names, ports or quoted names
    (rows and findings both name the server; that is not saying a thing twice)."""
    import re

    text = re.sub(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|\S+\.test(:\d+)?\b|https?://\S+", " ", text)
    return re.findall(r"[^\W\d_][\w'’-]*", text.lower())


def _said_twice(row: str, finding: str) -> set[str]:
    """What a verdict row and a finding both say: a whole sentence, or a run of three words."""
    import re

    def sentences(text: str) -> set[str]:
        return {s.strip(" →").lower() for s in re.split(r"(?<=[.!?…])\s+|\n", text) if s.strip(" →")}

    def runs(text: str) -> set[str]:
        words = _words(text)
        return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}

    return (sentences(row) & sentences(finding)) | (runs(row) & runs(finding))


@pytest.mark.parametrize(("scene", "typed"), [
    pytest.param("", None, id="ordinary"), pytest.param("", "", id="no-password"), pytest.param("wrong-password", WRONG_PASSWORD, id="wrong-password"),
    pytest.param("app-password", None, id="app-password"), pytest.param("server-down", None, id="server-down"), pytest.param("port25-blocked", None, id="port25-blocked"),
])
def test_the_testing_page_says_each_server_once(qtbot, rehearse, scene, typed):
    """A server's row says what was checked and its state; its finding below says what
    happened and what to do. Neither repeats the other, in any language, and no finding is
    left out for it."""
    from tests.gui.walk import LANGS, settle

    window, backend = rehearse(scene)
    testing = to_testing(qtbot, window, backend.info.user, backend.info.password if typed is None else typed)
    shown_codes = [testing.findings.item(i).data(256) for i in range(testing.findings.count())]
    assert shown_codes and {"login-ok", "auth-failed", "app-password-required", "port-closed", "login-skipped"} & set(shown_codes)
    for language in LANGS:
        window.lang.set(language)
        settle()
        rows = [testing.verdict_list.item(i).text() for i in range(testing.verdict_list.count())]
        findings = [testing.findings.item(i).text() for i in range(testing.findings.count())]
        twice = {(row, finding): said for row in rows for finding in findings if (said := _said_twice(row, finding))}
        assert twice == {}, f"{scene or 'ordinary'} [{language}]: said in a row and again in a finding: {twice}"
        listed = {testing.findings.item(i).toolTip() for i in range(testing.findings.count())}  # "code host:port"
        for f in window.state.diagnosis.findings:  # each finding shown is read once, on its own line
            if f"{f.code} {f.host}:{f.port}" in listed:
                message = testing.t(f.message)
                assert sum(message in text for text in rows + findings) == 1, f"{f.code} [{language}]: {message}"
