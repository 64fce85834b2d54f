"""The window never freezes: network work runs off the UI thread, and Cancel always works."""

from __future__ import annotations

import dataclasses
import socket
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.gui.walk import answer_confirmation, next_page
from wizard.gui.pageid import PageId


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


class Heartbeat:
    """A 10 ms timer in the UI thread. Between two ticks it measures the wall time (what a
    person waits, which includes the machine being busy with other programs) and the UI
    thread's own CPU time (what the window itself spent, however loaded the machine is)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)
        self.reset()

    def reset(self) -> None:
        self.last, self.last_cpu = time.monotonic(), time.thread_time()
        self.max_gap = self.max_cpu = 0.0
        self.ticks = 0

    def beat(self) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        self.max_gap = max(self.max_gap, now - self.last)
        self.max_cpu = max(self.max_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu
        self.ticks += 1

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def stop_after_next_tick(self, qtbot) -> None:
        """The phase has ended: one more tick, so the gap that holds its end is measured too
        (a phase shorter than one interval, as the demo's discovery in a warm process can
        be, is then still covered by a measured gap)."""
        seen = self.ticks
        qtbot.waitUntil(lambda: self.ticks > seen, timeout=5000)
        self.timer.stop()

    def figures(self) -> str:
        return f"longest stall {self.max_gap * 1000:.1f} ms wall, {self.max_cpu * 1000:.1f} ms of UI-thread CPU, {self.ticks} ticks"


class NetworkOnThisThread:
    """Network calls (connect, name look-ups, datagrams) made by the thread that created it,
    seen through Python's audit hooks; an audit hook stays for the interpreter's life, so it
    goes quiet when closed."""

    EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto", "socket.sendmsg"})

    def __init__(self) -> None:
        self.thread = threading.get_ident()
        self.seen: list[str] = []
        self.open = True
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        if self.open and event in self.EVENTS and threading.get_ident() == self.thread:
            self.seen.append(event)

    def close(self) -> None:
        self.open = False


@pytest.fixture
def ui_network():
    watch = NetworkOnThisThread()
    yield watch
    watch.close()


def to_finding(qtbot, window, address: str, password: str) -> None:
    next_page(qtbot, window, PageId.ACCOUNT)
    account = window.currentPage()
    account.address.setText(address)
    account.password.setText(password)
    next_page(qtbot, window, PageId.FINDING)


def test_the_window_keeps_ticking_and_leaves_the_network_to_the_worker_during_discovery_and_testing(qtbot, make_wizard, demo, ui_network):
    """No wall-time limit: a loaded machine stretches every gap. What the window controls is
    asserted instead: no network call on its thread, timer ticks throughout each phase (up to
    one after its end), and no stretch of its own work as long as a visible stall (100 ms of
    UI-thread CPU)."""
    window = make_wizard("en")
    discovery, testing = Heartbeat(), Heartbeat()
    discovery.start()
    to_finding(qtbot, window, demo.user, demo.password)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    discovery.stop_after_next_tick(qtbot)
    assert finding.outcome == "found", finding.status.text()
    next_page(qtbot, window, PageId.SETTINGS)
    next_page(qtbot, window, PageId.CERTIFICATE, timeout=40000)
    window.currentPage().accept.click()
    testing.start()
    next_page(qtbot, window, PageId.TESTING)
    qtbot.waitUntil(lambda: not window.currentPage().running, timeout=40000)
    testing.stop_after_next_tick(qtbot)
    print(f"\ndiscovery: {discovery.figures()}\ntesting: {testing.figures()}")
    assert ui_network.seen == []
    assert discovery.max_cpu < 0.100 and testing.max_cpu < 0.100


@pytest.fixture
def silent_dns():
    """A DNS server that never answers: every discovery source hangs until its timeout."""
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    yield silent.getsockname()[1]
    silent.close()


def hang_discovery(window, port: int) -> None:
    from wizard.net import DnsServer

    backend = window.shared.backend
    normal = backend.make_context
    backend.make_context = lambda sink, deadline: dataclasses.replace(normal(sink, 30.0), dns_server=DnsServer("127.0.0.1", port), _resolver=None)


def test_cancel_mid_discovery_stops_at_once_and_offers_manual_entry(qtbot, make_wizard, demo, silent_dns):
    window = make_wizard("en")
    hang_discovery(window, silent_dns)
    to_finding(qtbot, window, demo.user, demo.password)
    finding = window.currentPage()
    qtbot.wait(700)
    assert finding.running
    started = time.monotonic()
    qtbot.mouseClick(finding.stop, Qt.MouseButton.LeftButton)
    assert not finding.running
    assert finding.outcome == "cancelled"
    job = finding.job
    qtbot.waitUntil(lambda: job.future.done(), timeout=2000)
    assert time.monotonic() - started < 1.0
    assert "Stopped" in finding.status.text()
    assert finding.manual.isEnabled()
    qtbot.mouseClick(finding.manual, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.currentId() == int(PageId.SETTINGS), timeout=2000)
    settings = window.currentPage()
    assert settings.manual_box.isVisible()
    assert settings.m_in_port.value() == 993 and settings.m_out_port.value() == 465  # implicit TLS first


def test_the_window_cancel_button_stops_running_work(qtbot, make_wizard, demo, silent_dns):
    window = make_wizard("en")
    hang_discovery(window, silent_dns)
    to_finding(qtbot, window, demo.user, demo.password)
    job = window.currentPage().job
    qtbot.wait(300)
    answer_confirmation(window, stop=True)  # something was typed: Cancel asks first
    window.reject()
    assert job.ctx.cancel.cancelled
    qtbot.waitUntil(lambda: job.future.done(), timeout=2000)


def test_the_network_watch_sees_a_look_up_on_the_ui_thread_and_not_on_another(ui_network):
    worker = threading.Thread(target=lambda: socket.getaddrinfo("127.0.0.1", 9))
    worker.start()
    worker.join()
    assert ui_network.seen == []
    socket.getaddrinfo("127.0.0.1", 9)
    assert ui_network.seen == ["socket.getaddrinfo"]
