"""The Testing page's own sign-in (issue 15 item 2) against the test world: a pack that
registers the wizard ([oauth2]) offers "Sign in at <provider>"; the world's
Browser stands in for QDesktopServices; after the sign-in the doctor proves IMAP and SMTP with
the token and the page calls them proven. A refusal in the browser ends in its own words.
No token or code is on any page or in the support report."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest

from tests.gui.walk import shoot
from tests.memory_keyring import MemoryKeyring
from tests.scenarios.gui import branded_wizard, dispose, next_page, walk_to_finding
from tests.world.oauth import Browser, pack

pytestmark = pytest.mark.world
ADDRESS = "alice@oauth.test"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def oauth_wizard(qtbot, world, oauth_world, tmp_path, monkeypatch):
    """The wizard window on Welcome, for ADDRESS at the OAuth test provider (its pack in a
    folder of the test's own, a home of its own)."""
    from tests.gui.conftest import make_home

    oauth_world.user = ADDRESS
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "oauth-test.toml").write_text(pack("oauth.test"), encoding="utf-8")
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    return branded_wizard(qtbot, world, ["--providers", str(packs)], tmp_path, home)


@pytest.fixture
def testing(qtbot, world, oauth_world, tmp_path, monkeypatch):
    """The window on the Testing page for the OAuth test provider, first run done."""
    from wizard.gui.window import PageId

    window = oauth_wizard(qtbot, world, oauth_world, tmp_path, monkeypatch)
    try:
        walk_to_finding(qtbot, window, "Alice", ADDRESS, "")
        next_page(qtbot, window, PageId.FINDING)
        finding = window.currentPage()
        qtbot.waitUntil(lambda: not finding.running, timeout=15000)
        next_page(qtbot, window, PageId.SETTINGS)
        next_page(qtbot, window, PageId.TESTING, timeout=20000)
        page = window.currentPage()
        qtbot.waitUntil(lambda: not page.running, timeout=30000)
        yield window, page
    finally:
        dispose(window)


def secrets(oauth_world) -> list[str]:
    found = list(oauth_world.codes_issued)
    for token in oauth_world.issued:
        found += [token["access_token"], token["refresh_token"]]
    return found


def shown(window) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    for widget in window.findChildren(QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    return "\n".join(texts)


# -- each thing said once -------------------------------------------------------------------------
PROVIDER = "OAuth Test Mail"


def sentences(text: str) -> list[str]:
    """The sentences of a text, as compared: lower case, without the arrow before a fix."""
    import re

    return [part.strip(" →").lower() for part in re.split(r"(?<=[.!?…])\s+|\n", text) if part.strip(" →")]


def runs(text: str, length: int = 4) -> list[tuple[str, ...]]:
    """Every run of `length` words in order (the provider's name counted as one word)."""
    import re

    words = re.findall(r"[\w'’-]+", text.replace(PROVIDER, "PROVIDER").lower())
    return [tuple(words[i:i + length]) for i in range(len(words) - length + 1)]


def said_once(window, page, state: str) -> None:
    """In each language, what the Testing page shows says each thing once: no sentence twice
    anywhere on it (status, verdicts, sign-in, findings), and the status line and the sign-in
    text share no run of four words (such as both saying the person signed in at the provider)."""
    from tests.gui.walk import LANGS, settle

    current = window.lang.language
    try:
        for language in LANGS:
            window.lang.set(language)
            settle()
            rows = [page.verdict_list.item(i).text() for i in range(page.verdict_list.count())]
            rows += [page.findings.item(i).text() for i in range(page.findings.count())]
            prose = [page.status.text()] + ([page.sign_in_text.text()] if page.sign_in_text.isVisible() else [])
            every = [sentence for text in prose + rows for sentence in sentences(text)]
            twice = sorted({sentence for sentence in every if every.count(sentence) > 1})
            assert twice == [], f"{state} [{language}]: said twice: {twice}"
            for text in prose:
                again = sorted({run for run in runs(text) if runs(text).count(run) > 1})
                assert again == [], f"{state} [{language}]: {text!r} says {again} twice"
            if len(prose) == 2:
                shared = set(runs(prose[0])) & set(runs(prose[1]))
                assert not shared, f"{state} [{language}]: the status and the sign-in both say {sorted(shared)}: {prose}"
    finally:
        window.lang.set(current)


def test_signing_in_in_the_browser_proves_the_logins_with_the_token(qtbot, world, oauth_world, testing):
    from wizard.gui.report import build_report
    from wizard.gui.verdict import Verdict, all_proven
    from wizard.i18n import load_catalog

    window, page = testing
    assert page.sign_in_box.isVisible() and page.isComplete()  # settled up to the sign-in: going on is no "anyway"
    assert Verdict.SIGN_IN in {v.verdict for v in window.state.verdicts} and not all_proven(window.state.verdicts)
    assert page.sign_in_button.text().replace("&", "") == "Sign in at OAuth Test Mail"  # the keyring is not asked before the person signs in
    shoot(window, "oauth-sign-in-offered")

    page.open_browser = lambda url: True  # a browser that never comes back: the waiting state
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: page.signing and page.sign_in_cancel.isVisible(), timeout=5000)
    assert not page.isComplete() and not page.again.isEnabled()
    shoot(window, "oauth-sign-in-waiting")
    qtbot.mouseClick(page.sign_in_cancel, qtbot_left())
    assert not page.signing and page.sign_in_button.isVisible()
    assert page.problem is None and page.status.text().startswith("Everything up to the sign-in works.")  # a Cancel is no failure

    browser = Browser(world.ca_file)
    page.open_browser = browser.open
    page.keep_sign_in.setChecked(True)  # the refresh token goes to the keyring (here: none) only
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: page.token is not None and not page.running and window.state.diagnosis is not None, timeout=40000)
    browser.wait()
    assert browser.opened and browser.opened[-1].startswith("https://login.oauth.test/authorize?")
    assert "You can close this window" in browser.pages[-1][1]
    verdicts = window.state.verdicts
    assert verdicts and all_proven(verdicts), [v.reason.render() for v in verdicts]
    assert page.proven() and page.isComplete()
    codes = [f.code for f in window.state.diagnosis.findings]
    assert "login-ok" in codes
    assert "signed in at OAuth Test Mail" in page.status.text()
    qtbot.waitUntil(lambda: page.kept is not None, timeout=5000)
    text = page.sign_in_text.text()  # why it was not kept: the setting that turns the keyring off; the status says how it was made
    assert text.endswith("The sign-in was not kept.") and "signed in" not in text.lower()
    said_once(window, page, "signed in, no keyring to keep it")
    shoot(window, "oauth-sign-in-proven")
    for language in ("en", "da", "nb"):
        window.lang.set(language)
        everything = shown(window) + build_report(window.state, load_catalog(language))
        assert all(secret not in everything for secret in secrets(oauth_world)), language
    assert oauth_world.issued  # the scan above looked for real tokens


def test_a_refused_sign_in_says_so_in_its_own_words(qtbot, world, oauth_world, testing):
    from wizard.gui.verdict import Verdict, all_proven

    window, page = testing
    oauth_world.deny = "access_denied"
    browser = Browser(world.ca_file)
    page.open_browser = browser.open
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: page.sign_in_finding is not None, timeout=30000)
    browser.wait()
    assert page.sign_in_finding.code == "oauth-denied" and page.token is None
    assert "The sign-in was refused" in page.sign_in_text.text() and "allow the wizard" in page.sign_in_text.text()
    assert "Sign in again at OAuth Test Mail" in page.sign_in_button.text().replace("&", "")
    assert Verdict.SIGN_IN in {v.verdict for v in window.state.verdicts} and not all_proven(window.state.verdicts)  # nothing claimed
    shoot(window, "oauth-sign-in-refused")


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_kept_sign_in_is_renewed_without_the_browser_and_a_stale_one_gives_way_to_a_new_one(qtbot, world, oauth_world, testing, real_keyring):
    from wizard.profiles.password import SIGN_IN_SERVICE

    window, page = testing
    browser = Browser(world.ca_file)
    page.open_browser = browser.open

    def sign_in_and_test(issued: int) -> None:
        qtbot.mouseClick(page.sign_in_button, qtbot_left())
        qtbot.waitUntil(lambda: len(oauth_world.issued) == issued and page.token is not None and not page.signing and not page.running, timeout=40000)
        browser.wait()

    page.keep_sign_in.setChecked(True)
    sign_in_and_test(1)
    first = real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS)
    assert first == oauth_world.issued[0]["refresh_token"] and len(browser.opened) == 1

    sign_in_and_test(2)  # "Sign in again": the kept sign-in, renewed; the provider rotated it
    assert len(browser.opened) == 1 and len(oauth_world.codes_issued) == 1  # no browser this time
    renewed = real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS)
    assert renewed == oauth_world.issued[1]["refresh_token"] != first
    assert page.status.text().startswith("Everything works: OAuth Test Mail accepted the sign-in kept in this computer's keyring")
    assert not page.sign_in_text.isVisible()  # renewed and replaced as it should: nothing more to say
    assert page.proven()

    oauth_world.revoke_refresh_tokens()  # the provider ended it: one refresh, refused; then the browser
    sign_in_and_test(3)
    assert len(browser.opened) == 2
    qtbot.waitUntil(lambda: page.kept is not None and page.kept_job is None, timeout=5000)
    assert page.sign_in_text.text() == "The sign-in kept from before no longer worked, so this new one is kept in its place."
    assert real_keyring.lookup(SIGN_IN_SERVICE, ADDRESS) == oauth_world.issued[2]["refresh_token"]
    refreshes = [r for r in world.web.requests_for("login.oauth.test", "/token") if b"grant_type=refresh_token" in r.body]
    assert len(refreshes) == 2 and page.proven()
    shoot(window, "oauth-sign-in-renewed-after-stale")
    assert all(secret not in shown(window) for secret in secrets(oauth_world))


# -- what the page promises, with and without a sign-in kept in the keyring ---------------------------

@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    try:
        yield kept
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def kept_stale(memory_keyring):
    """A sign-in kept for the address before the window opened, which the provider never
    issued (so it answers invalid_grant, as for one it has ended)."""
    from wizard.profiles.password import SIGN_IN_SERVICE

    memory_keyring.written[(SIGN_IN_SERVICE, ADDRESS)] = "rt-the-provider-ended-this-one"
    return memory_keyring


def button(page) -> str:
    return page.sign_in_button.text().replace("&", "")


def before_signing_in(page) -> None:
    """Opening the page does not ask the keyring: it promises neither the kept sign-in nor the
    browser, and offers to keep the sign-in."""
    assert page.kept is None and page.kept_job is None and page.sign_in_box.isVisible()
    assert button(page) == "Sign in at OAuth Test Mail"
    text = page.sign_in_text.text()
    assert "If this computer keeps you signed in from before, no browser is needed; otherwise your browser opens." in text
    assert page.keep_sign_in.isVisible()


def test_without_a_kept_sign_in_the_browser_opens_and_then_the_page_offers_it_again(qtbot, memory_keyring, testing):
    window, page = testing
    before_signing_in(page)
    page.open_browser = lambda url: True  # a browser that never comes back
    page.sign_in()
    assert page.sign_in_text.text() == "Signing in at OAuth Test Mail…"  # the keyring is asked now
    qtbot.waitUntil(lambda: page.browser_opened, timeout=10000)
    assert page.sign_in_text.text().startswith("Waiting for you to sign in at OAuth Test Mail in your browser.")
    qtbot.mouseClick(page.sign_in_cancel, qtbot_left())
    assert not page.signing and page.problem is None  # a Cancel is no failure
    assert page.status.text().startswith("Everything up to the sign-in works.")
    qtbot.waitUntil(lambda: page.kept is False, timeout=5000)  # known now: none kept
    assert button(page) == "Sign in at OAuth Test Mail in your browser" and page.keep_sign_in.isVisible()
    assert "in your browser" in page.sign_in_text.text() and "kept" not in page.sign_in_text.text()
    shoot(window, "oauth-sign-in-nothing-kept")


def test_a_stale_kept_sign_in_gives_way_to_the_browser_and_a_new_kept_one_is_used_as_such(qtbot, world, oauth_world, kept_stale, testing):
    from wizard.profiles.password import SIGN_IN_SERVICE

    window, page = testing
    before_signing_in(page)  # one is kept, and the page has not asked yet
    shoot(window, "oauth-sign-in-kept")

    page.open_browser = lambda url: True  # a browser that never comes back
    page.sign_in()  # nothing has run yet: the page says what it is doing
    assert page.sign_in_text.text() == "Signing in at OAuth Test Mail…"
    assert page.sign_in_cancel.isVisible() and not page.sign_in_button.isVisible()
    qtbot.waitUntil(lambda: page.browser_opened, timeout=10000)  # invalid_grant: removed, then the browser
    assert page.sign_in_text.text().startswith("Waiting for you to sign in at OAuth Test Mail in your browser.")
    assert (SIGN_IN_SERVICE, ADDRESS) not in kept_stale.written
    shoot(window, "oauth-sign-in-kept-stale-waiting")
    qtbot.mouseClick(page.sign_in_cancel, qtbot_left())
    assert page.problem is None and "unexpectedly" not in page.status.text()
    qtbot.waitUntil(lambda: page.kept is False, timeout=5000)  # asked again: the dead one is gone
    assert button(page) == "Sign in at OAuth Test Mail in your browser" and page.keep_sign_in.isVisible()

    browser = Browser(world.ca_file)
    page.open_browser = browser.open
    page.keep_sign_in.setChecked(True)
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: page.token is not None and not page.running and page.kept, timeout=40000)
    browser.wait()
    assert kept_stale.written[(SIGN_IN_SERVICE, ADDRESS)] == oauth_world.issued[-1]["refresh_token"]
    assert page.status.text().startswith("Everything works: you signed in at OAuth Test Mail")
    assert button(page) == "Sign in again at OAuth Test Mail with the kept sign-in"

    opened = len(browser.opened)
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    assert page.sign_in_text.text().startswith("Signing in at OAuth Test Mail with the sign-in kept in this computer's keyring, without your browser.")  # known by now
    qtbot.waitUntil(lambda: not page.signing and page.token is not None and not page.running and window.state.diagnosis is not None, timeout=40000)
    assert len(browser.opened) == opened  # renewed: no browser
    assert page.status.text().startswith("Everything works: OAuth Test Mail accepted the sign-in kept in this computer's keyring")
    assert not page.sign_in_text.isVisible()  # the status says it all
    shoot(window, "oauth-sign-in-kept-renewed")
    assert all(secret not in shown(window) for secret in secrets(oauth_world))


def test_a_stale_kept_sign_in_then_refused_in_the_browser_says_both(qtbot, world, oauth_world, kept_stale, testing):
    window, page = testing
    oauth_world.deny = "access_denied"
    browser = Browser(world.ca_file)
    page.open_browser = browser.open
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: page.sign_in_finding is not None and page.kept is False, timeout=30000)
    browser.wait()
    text = page.sign_in_text.text()
    assert "The sign-in was refused" in text  # what stopped it
    assert text.endswith("The sign-in kept from before no longer worked, so it was removed.")  # and what came before, once
    assert button(page) == "Sign in again at OAuth Test Mail in your browser"


def test_each_turn_of_the_sign_in_says_each_thing_once_in_every_language(qtbot, world, oauth_world, kept_stale, testing):
    """A stale sign-in kept; opened; signed in in the browser with it replaced; signed in again
    with the kept one; ended by the provider, then refused in the browser; signed in without
    keeping it: the Testing page after each, in English, Danish and Norwegian."""
    from wizard.profiles.password import SIGN_IN_SERVICE

    window, page = testing
    said_once(window, page, "opened")
    assert not page.findings.isVisible()  # what the doctor found is all in the verdicts and the status
    shoot(window, "oauth-sign-in-once-opened")
    browser = Browser(world.ca_file)
    page.open_browser = browser.open

    def sign_in(keep: bool = False) -> None:
        if page.keep_sign_in.isVisible():
            page.keep_sign_in.setChecked(keep)
        qtbot.mouseClick(page.sign_in_button, qtbot_left())
        qtbot.waitUntil(lambda: not page.signing and not page.running and page.kept is not None and page.kept_job is None, timeout=40000)
        browser.wait()

    sign_in(keep=True)  # the stale one goes, the new one takes its place
    assert page.proven() and kept_stale.written[(SIGN_IN_SERVICE, ADDRESS)] == oauth_world.issued[-1]["refresh_token"]
    assert page.status.text().startswith("Everything works: you signed in at OAuth Test Mail")
    assert page.sign_in_text.text() == "The sign-in kept from before no longer worked, so this new one is kept in its place."
    said_once(window, page, "stale one replaced")
    shoot(window, "oauth-sign-in-once-replaced")

    sign_in()  # with the kept one, renewed (the world rotates it): the status says it all
    assert len(browser.opened) == 1 and page.proven()
    assert page.status.text().startswith("Everything works: OAuth Test Mail accepted the sign-in kept in this computer's keyring")
    assert not page.sign_in_text.isVisible()
    said_once(window, page, "kept one used")
    shoot(window, "oauth-sign-in-once-kept-used")

    oauth_world.revoke_refresh_tokens()
    oauth_world.deny = "access_denied"
    sign_in()  # the kept one ended, then the browser refused
    assert page.sign_in_finding is not None and page.kept is False
    # what was proven before stands, and says how: the kept sign-in, never a password
    assert page.proven() and page.status.text().startswith("Everything works: OAuth Test Mail accepted the sign-in kept in this computer's keyring")
    text = page.sign_in_text.text()
    assert text.startswith("The sign-in was refused.") and text.endswith("The sign-in kept from before no longer worked, so it was removed.")
    said_once(window, page, "ended, then refused")
    shoot(window, "oauth-sign-in-once-ended-refused")

    oauth_world.deny = None
    sign_in(keep=False)  # not kept: forgotten when the window closes
    assert page.proven() and (SIGN_IN_SERVICE, ADDRESS) not in kept_stale.written
    assert page.sign_in_text.text() == "The wizard forgets this sign-in when you close it."
    said_once(window, page, "not kept")
    shoot(window, "oauth-sign-in-once-not-kept")


def test_done_says_a_login_proven_with_the_wizards_sign_in_was_no_password(qtbot, world, oauth_world, memory_keyring, testing):
    from wizard.gui.pageid import PageId

    window, page = testing
    browser = Browser(world.ca_file)
    page.open_browser = browser.open
    qtbot.mouseClick(page.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: page.token is not None and not page.running and page.proven(), timeout=40000)
    browser.wait()
    next_page(qtbot, window, PageId.PROGRAMS)
    next_page(qtbot, window, PageId.DONE, timeout=20000)
    done = window.currentPage()
    said = done.verdict.label.text()
    assert done.verdict.kind == "ok"
    assert said.startswith("Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at OAuth Test Mail.")
    assert "needs its own sign-in there" in said and "password" not in said
    shoot(window, "oauth-sign-in-done")
