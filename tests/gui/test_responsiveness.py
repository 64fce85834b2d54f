"""The window never freezes: network work runs off the UI thread, and Cancel always works."""

from __future__ import annotations

import dataclasses
import socket
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.gui.walk import next_page
from wizard.gui.pageid import PageId


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


class Heartbeat:
    """A 10 ms timer in the UI thread; the longest gap between ticks is the longest stall."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.max_gap = 0.0
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)

    def beat(self) -> None:
        now = time.monotonic()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = time.monotonic()
        self.timer.start()


def to_finding(qtbot, window, address: str, password: str) -> None:
    next_page(qtbot, window, PageId.ACCOUNT)
    account = window.currentPage()
    account.address.setText(address)
    account.password.setText(password)
    next_page(qtbot, window, PageId.FINDING)


def test_ui_event_loop_never_stalls_over_100_ms_during_discovery_and_testing(qtbot, make_wizard, demo):
    window = make_wizard("en")
    beat = Heartbeat()
    beat.start()
    to_finding(qtbot, window, demo.user, demo.password)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=20000)
    assert finding.outcome == "found", finding.status.text()
    discovery_gap = beat.max_gap
    next_page(qtbot, window, PageId.SETTINGS)
    next_page(qtbot, window, PageId.CERTIFICATE, timeout=40000)
    window.currentPage().accept.click()
    next_page(qtbot, window, PageId.TESTING)
    qtbot.waitUntil(lambda: not window.currentPage().running, timeout=40000)
    beat.timer.stop()
    print(f"\nlongest UI stall: discovery {discovery_gap * 1000:.1f} ms, whole run {beat.max_gap * 1000:.1f} ms over {beat.ticks} ticks")
    assert beat.ticks > 50
    assert discovery_gap < 0.100
    assert beat.max_gap < 0.100


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
    window.reject()
    assert job.ctx.cancel.cancelled
    qtbot.waitUntil(lambda: job.future.done(), timeout=2000)
