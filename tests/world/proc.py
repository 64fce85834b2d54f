"""Starting and stopping the world's daemons, with readable errors when they fail."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Callable, Sequence


class WorldError(RuntimeError):
    """A daemon of the world did not start (the message carries the tail of its log)."""


def tail(path: Path | None, lines: int = 25) -> str:
    """The last lines of a log file, or a note that there is none."""
    if path is None or not path.exists():
        return f"(no log at {path})"
    text = path.read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:]) or "(log is empty)"


def wait_until(check: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    """Poll ``check`` until it is true or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(step)


def listening(ip: str, port: int) -> bool:
    """Whether a TCP socket listens on ip:port (read from /proc, so no daemon logs a probe)."""
    want_port = f"{port:04X}"
    want_ip = "".join(f"{int(part):02X}" for part in reversed(ip.split(".")))
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_ip, local_port = fields[1].split(":")
        if fields[3] == "0A" and local_port == want_port and local_ip in (want_ip, "00000000"):
            return True
    return False


class Daemon:
    """One foreground daemon process owned by the world; its output goes to ``log``."""

    def __init__(self, name: str, argv: Sequence[str], log: Path, stdout_log: Path | None = None) -> None:
        self.name = name
        self.argv = list(argv)
        self.log = log  # the daemon's own log file (what a failure message shows)
        self.stdout_log = stdout_log or log.with_name(f"{name}.stdout.log")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, ready: Callable[[], bool], timeout: float = 5.0) -> None:
        """Start the process and wait until ``ready()``; raise WorldError with logs otherwise."""
        out = open(self.stdout_log, "ab")
        try:
            self.process = subprocess.Popen(
                self.argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        finally:
            out.close()
        ok = wait_until(lambda: ready() or self.process is None or self.process.poll() is not None, timeout)
        if ok and self.process.poll() is None and ready():
            return
        code = self.process.poll()
        self.stop()
        raise WorldError(
            f"{self.name} did not start ({'exit code ' + str(code) if code is not None else 'not ready in time'})\n"
            f"command: {' '.join(self.argv)}\n--- {self.log} ---\n{tail(self.log)}\n"
            f"--- {self.stdout_log} ---\n{tail(self.stdout_log)}"
        )

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def signal(self, sig: int) -> None:
        if self.running:
            assert self.process is not None
            self.process.send_signal(sig)

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM, then SIGKILL of the whole process group if it lingers."""
        proc, self.process = self.process, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # its own session: only our daemon's children
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(1)
        except subprocess.TimeoutExpired:
            pass
