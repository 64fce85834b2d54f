"""The keyring is read only when the person's choice needs it: never because a page opened,
nor while the window builds its pages in idle time. On a desktop, reading it can ask the
person to unlock it, and nobody should be asked that before choosing something that uses it
(signing in with the kept sign-in on the Testing page, keeping the password on the Mail
programs page). Every page of both walks is opened with a sign-in and a password already
kept, so a read would find something; the backend in place records every read."""

from __future__ import annotations

import asyncio

import keyring
import pytest

from tests.gui.test_sign_in import ADDRESS, oauth_wizard, qtbot_left
from tests.memory_keyring import MemoryKeyring
from tests.gui.walk import next_page
from tests.scenarios.gui import dispose, walk_to_finding
from tests.world.oauth import Browser
from wizard.gui.pageid import PageId
from wizard.gui.window import PAGE_CLASSES


class ReadsRecorded(MemoryKeyring):
    """The memory keyring, noting each read: which entry, on which page."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[tuple[str, str]] = []
        self.page = "before the window"

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append((service, self.page))
        return super().get_password(service, username)

    def get_credential(self, service: str, username: str | None):
        self.reads.append((service, self.page))
        return super().get_credential(service, username)


@pytest.fixture
def recorded():
    from wizard.profiles.password import SERVICE, SIGN_IN_SERVICE

    before = keyring.get_keyring()
    kept = ReadsRecorded()
    kept.written[(SIGN_IN_SERVICE, ADDRESS)] = "rt-kept-before"
    kept.written[(SERVICE, ADDRESS)] = "kept-before"
    keyring.set_keyring(kept)
    try:
        yield kept
    finally:
        keyring.set_keyring(before)


def settled(qtbot, window) -> None:
    """Whatever the page started in the network worker (a probe of the keyring among it) has
    finished, and its answers reached the page."""
    from PySide6.QtWidgets import QApplication

    def idle() -> bool:
        worker = window.shared.started_worker
        if worker is None:
            return True

        async def others() -> int:
            return len(asyncio.all_tasks()) - 1

        QApplication.processEvents()
        return asyncio.run_coroutine_threadsafe(others(), worker.loop).result(5) == 0

    qtbot.waitUntil(idle, timeout=30000)
    QApplication.processEvents()


def opened(qtbot, window, recorded: ReadsRecorded, name: str) -> None:
    recorded.page = name
    settled(qtbot, window)
    assert recorded.reads == [], f"{name}: the keyring was read on opening the page"


def all_built(qtbot, window, recorded: ReadsRecorded) -> None:
    """The window builds the other pages while the first is read: no read in that either."""
    recorded.page = "idle-time building"
    qtbot.waitUntil(lambda: all(p in window.pages.built for p in PAGE_CLASSES) and window.preloader.finished(), timeout=20000)
    settled(qtbot, window)
    assert recorded.reads == []


@pytest.fixture
def oauth_window(qtbot, world, oauth_world, tmp_path, monkeypatch):
    window = oauth_wizard(qtbot, world, oauth_world, tmp_path, monkeypatch)
    try:
        yield window
    finally:
        dispose(window)


def to(qtbot, window, recorded: ReadsRecorded, page_id: PageId, name: str, timeout: int = 30000) -> None:
    """Next, as the person presses it; what is read from now on is the new page's."""
    recorded.page = name
    next_page(qtbot, window, page_id, timeout=timeout)


def back(qtbot, window, recorded: ReadsRecorded, page_id: PageId, name: str) -> None:
    recorded.page = name
    window.back()
    qtbot.waitUntil(lambda: window.currentId() == int(page_id))


@pytest.mark.world
def test_no_page_of_the_sign_in_walk_reads_the_keyring_until_the_person_signs_in(qtbot, world, oauth_world, recorded, oauth_window):
    window = oauth_window
    all_built(qtbot, window, recorded)
    opened(qtbot, window, recorded, "welcome")
    walk_to_finding(qtbot, window, "Alice", ADDRESS, "")
    opened(qtbot, window, recorded, "account")
    to(qtbot, window, recorded, PageId.FINDING, "finding")
    qtbot.waitUntil(lambda: not window.currentPage().running, timeout=15000)
    opened(qtbot, window, recorded, "finding")
    to(qtbot, window, recorded, PageId.SETTINGS, "settings")
    opened(qtbot, window, recorded, "settings")
    to(qtbot, window, recorded, PageId.TESTING, "testing", timeout=20000)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=30000)
    opened(qtbot, window, recorded, "testing")
    assert testing.sign_in_box.isVisible()  # the sign-in is offered, and nothing read for it yet
    testing.keep_sign_in.setChecked(True)  # ticked, not yet used: still nothing to read
    opened(qtbot, window, recorded, "testing, keep ticked")
    testing.keep_sign_in.setChecked(False)

    back(qtbot, window, recorded, PageId.SETTINGS, "settings again")  # Back and Next: the page opens anew
    to(qtbot, window, recorded, PageId.TESTING, "testing again", timeout=20000)
    qtbot.waitUntil(lambda: not testing.running, timeout=30000)
    opened(qtbot, window, recorded, "testing again")

    to(qtbot, window, recorded, PageId.PROGRAMS, "programs")
    opened(qtbot, window, recorded, "programs")
    to(qtbot, window, recorded, PageId.DONE, "done", timeout=20000)
    opened(qtbot, window, recorded, "done")
    back(qtbot, window, recorded, PageId.PROGRAMS, "programs, back from done")
    opened(qtbot, window, recorded, "programs, back from done")
    back(qtbot, window, recorded, PageId.TESTING, "testing, back from programs")
    opened(qtbot, window, recorded, "testing, back from programs")

    # The person's choice: signing in uses the kept sign-in, so now the keyring is read.
    recorded.page = "testing, sign in pressed"
    browser = Browser(world.ca_file)
    testing.open_browser = browser.open
    qtbot.mouseClick(testing.sign_in_button, qtbot_left())
    qtbot.waitUntil(lambda: testing.browser_opened, timeout=20000)  # the kept one here is one the provider never issued
    assert recorded.reads and {page for _, page in recorded.reads} == {"testing, sign in pressed"}
    testing.cancel_sign_in()
    browser.wait()


def test_no_page_of_the_password_walk_reads_the_keyring(qtbot, make_wizard, demo, recorded):
    from wizard.profiles.password import SERVICE

    recorded.written[(SERVICE, demo.user)] = "kept-before"
    window = make_wizard("en")
    all_built(qtbot, window, recorded)
    opened(qtbot, window, recorded, "welcome")
    to(qtbot, window, recorded, PageId.ACCOUNT, "account")
    account = window.currentPage()
    qtbot.keyClicks(account.name, "Anna Demo")
    qtbot.keyClicks(account.address, demo.user)
    qtbot.keyClicks(account.password, demo.password)
    opened(qtbot, window, recorded, "account")
    to(qtbot, window, recorded, PageId.FINDING, "finding")
    qtbot.waitUntil(lambda: not window.currentPage().running, timeout=20000)
    opened(qtbot, window, recorded, "finding")
    to(qtbot, window, recorded, PageId.SETTINGS, "settings")
    opened(qtbot, window, recorded, "settings")
    to(qtbot, window, recorded, PageId.CERTIFICATE, "certificate", timeout=40000)
    opened(qtbot, window, recorded, "certificate")
    window.currentPage().accept.click()
    to(qtbot, window, recorded, PageId.TESTING, "testing")
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=40000)
    opened(qtbot, window, recorded, "testing")
    to(qtbot, window, recorded, PageId.PROGRAMS, "programs")
    programs = window.currentPage()
    assert programs.keyring.isVisible()  # offered: a keyring is there
    programs.keyring.setChecked(True)  # ticked: read only when the programs are set up
    opened(qtbot, window, recorded, "programs")
    to(qtbot, window, recorded, PageId.DONE, "programs, Next pressed", timeout=30000)
    assert recorded.reads and {page for _, page in recorded.reads} == {"programs, Next pressed"}  # the password's read-back, as chosen
    assert recorded.written[(SERVICE, demo.user)] == demo.password
