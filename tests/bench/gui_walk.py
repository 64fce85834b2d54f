"""The wizard window walked from Welcome to Done on the demo provider, offscreen, as a person
would: prints one JSON line with how long the Testing page took to give its verdict and the
process's memory after the walk. Run by `make bench` in a process of its own (not collected
by pytest); `python -m tests.bench.gui_walk`."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # no keyring is touched

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mib() -> float:
    """Resident memory now (VmRSS), MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def make_home(folder: Path) -> Path:
    """A HOME with one default Thunderbird profile, as a fresh install leaves it (as the GUI
    tests' own, without loading pytest into the measured process)."""
    home = folder / "home"
    profile = home / ".thunderbird" / "abcd1234.default-esr"
    profile.mkdir(parents=True)
    (profile / "prefs.js").write_text('// Mozilla User Preferences\n', encoding="utf-8")
    (home / ".thunderbird" / "profiles.ini").write_text(
        "[Profile0]\nName=default-esr\nIsRelative=1\nPath=abcd1234.default-esr\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n", encoding="utf-8")
    return home


def wait_until(condition, timeout: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.002)


def demo_elsewhere():
    """The demo provider in a process of its own, as a provider's servers are elsewhere (in
    this one its servers' memory would count as the window's); its DemoInfo, and a stop."""
    import multiprocessing

    def serve(conn) -> None:
        from wizard.demo import DemoProvider

        provider = DemoProvider(well_known=False)
        conn.send(provider.start())
        conn.recv()  # until told to stop
        provider.stop()

    here, there = multiprocessing.get_context("fork").Pipe()  # forked before Qt is loaded here
    child = multiprocessing.get_context("fork").Process(target=serve, args=(there,), daemon=True)
    child.start()
    info = here.recv()

    def stop() -> None:
        here.send("stop")
        child.join(20)

    return info, stop


def walk() -> dict[str, float | str]:
    folder = Path(tempfile.mkdtemp(prefix="mailsetup-bench-gui-"))
    home = make_home(folder)
    os.environ["HOME"] = str(home)
    os.environ.pop("XDG_CONFIG_HOME", None)
    os.environ["MAILSETUP_DATA_DIR"] = str(folder / "data")
    info, stop = demo_elsewhere()  # before Qt is loaded here

    from PySide6.QtWidgets import QApplication

    from wizard.gui.app import build_wizard, demo_backend
    from wizard.gui.pageid import PageId

    app = QApplication.instance() or QApplication([])
    try:
        backend = demo_backend(info, home=home, out_dir=folder / "files", store_path=folder / "data" / "certificates.json")
        window = build_wizard(backend, "en")
        window.show()

        def forward(expected: PageId) -> None:
            page = window.currentPage()
            wait_until(page.isComplete)
            window.next()
            wait_until(lambda: window.currentId() == int(expected))

        forward(PageId.ACCOUNT)
        account = window.currentPage()
        account.name.setText("Anna Demo")
        account.address.setText(f"demo@{info.domain}")
        account.password.setText(info.password)
        forward(PageId.FINDING)
        wait_until(lambda: not window.currentPage().running)
        forward(PageId.SETTINGS)
        forward(PageId.CERTIFICATE)
        window.currentPage().accept.click()
        began = time.perf_counter()
        forward(PageId.TESTING)
        testing = window.currentPage()
        wait_until(lambda: not testing.running)
        testing_s = time.perf_counter() - began
        codes = ",".join(sorted({f.code for f in window.state.diagnosis.findings}))
        forward(PageId.PROGRAMS)
        forward(PageId.DONE)
        for _ in range(5):
            app.processEvents()
        after = rss_mib()
        window.shutdown()
    finally:
        stop()
        shutil.rmtree(folder, ignore_errors=True)  # its home, written profiles and data: the walk's alone
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"testing_s": testing_s, "rss_after_mib": after, "peak_rss_mib": peak, "codes": codes}


if __name__ == "__main__":
    print(json.dumps(walk()), flush=True)
    os._exit(0)  # the demo's and Qt's threads are done with; no teardown to wait for
