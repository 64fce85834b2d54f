"""The frozen app tried as a person would, before anything is packaged: --version, --help in
Danish and Norwegian, the demo provider served and then found and diagnosed by the app itself,
and a real window on an X server (Xvfb) that reports, photographs itself and quits."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from installers.tools import BuildError

SHOWN = "mailsetup: window shown"
# Said before SHOWN by a window that saw no first paint and asked its own state instead
# (wizard/gui/firstframe.py): it passes, and the build says so.
BY_ITS_STATE = "mailsetup: no first paint seen; the window says it is on screen"
# How long a window may take to say it is shown before the smoke test calls it hung: far
# beyond any start on a loaded machine, far short of a build that waits forever.
SHOWN_WITHIN = 120.0


@dataclass(frozen=True)
class Figures:
    version_seconds: float
    window_seconds: float | None
    screenshot: Path | None


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "MAILSETUP_", "PYTHON"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               MAILSETUP_DATA_DIR=str(home / "data"), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", **extra)
    return env


def _run(cmd: list[str], env: dict, timeout: float = 60, input: bytes | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout, input=input)
    if b"Traceback" in result.stderr:
        raise BuildError(f"{' '.join(cmd[1:3])}: a traceback reached the person: {result.stderr.decode(errors='replace').strip().splitlines()[-1]}")
    return result


def timed_version(program: Path, env: dict, runs: int = 3) -> float:
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        result = _run([str(program), "--version"], env)
        took = time.perf_counter() - start
        if result.returncode != 0 or not result.stdout.startswith(b"mailsetup "):
            raise BuildError(f"--version said {result.stdout[:60]!r} (exit {result.returncode})")
        best = took if best is None else min(best, took)
    return best


def cli(program: Path, home: Path) -> float:
    env = _env(home)
    seconds = timed_version(program, env)
    for lang, word in (("da", "brug:"), ("nb", "bruk:"), ("en", "usage:")):
        result = _run([str(program), "--lang", lang, "--help"], env)
        if result.returncode != 0 or not result.stdout.decode().startswith(word):
            raise BuildError(f"--lang {lang} --help: expected “{word}”, got exit {result.returncode}: {result.stdout[:60]!r}")
    serve = subprocess.Popen([str(program), "--json", "demo", "--serve", "--seconds", "60"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        text = b""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = serve.stdout.readline()
            if not line:
                break
            text += line
            if line.startswith(b"}"):
                break
        info = json.loads(text or b"{}")
        if "dns" not in info:
            raise BuildError(f"demo --serve printed no provider: {serve.stderr.read(300) if serve.poll() is not None else text[:200]!r}")
        point = ["--dns", info["dns"], "--ca-file", info["ca_file"], "--ispdb-url", info["ispdb_url"]]
        found = _run([str(program), *point, "--json", "discover", info["user"]], env)
        configs = json.loads(found.stdout or b"{}").get("configs") or []
        if found.returncode != 0 or not configs:
            raise BuildError(f"discover against the demo found nothing (exit {found.returncode})")
        checked = _run([str(program), *point, "--json", "diagnose", info["user"], "--password-stdin"], env,
                       input=info["password"].encode() + b"\n")
        report = json.loads(checked.stdout or b"{}")
        if checked.returncode not in (0, 1) or not report.get("services"):
            raise BuildError(f"diagnose against the demo gave no report (exit {checked.returncode})")
        lookalike(program, point, env)
    finally:
        serve.terminate()
        serve.wait(10)
    return seconds


LOOKALIKE = "p\u0430ypal.example"  # a Cyrillic а: Unicode's confusables tables must be inside the bundle


def lookalike(program: Path, point: list[str], env: dict) -> None:
    """A look-alike domain is told apart by the frozen app, so confusable-homoglyphs' data
    files are bundled and read (the Public Suffix List is read by the same discovery)."""
    found = _run([str(program), *point, "--json", "discover", f"someone@{LOOKALIKE}", "--deadline", "3"], env)
    domain = json.loads(found.stdout or b"{}").get("domain") or {}
    if not (domain.get("lookalike") is True and domain.get("ascii", "").startswith("xn--")):
        raise BuildError(f"discover did not see the look-alike {LOOKALIKE} (exit {found.returncode}): {found.stdout[:120]!r}")


class Xvfb:
    """An X server of our own on a free display, for as long as the with-block lasts.

    -noreset: an X server resets itself when its last client leaves, and a window started
    just then (the next of the installed-.deb stage's three) had its connection reset, or
    accepted and never answered: XOpenDisplay then waited forever inside QApplication(), under
    load about one start in fifty. Without the reset, each window finds the server as the last
    one left it."""

    def __enter__(self) -> "Xvfb":
        read, write = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp",
                                         "-noreset"],
                                        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise BuildError("Xvfb did not start")
        self.display = f":{number}"
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(10)


def _shown(process: "subprocess.Popen[bytes]", start: float, within: float) -> float | None:
    """Seconds until the app said its window is shown; None if it ended without saying so.
    A window that neither says it nor ends within `within` is killed and reported: a hung
    start must fail the build, not hold it (reading its output alone would wait forever)."""
    assert process.stdout is not None
    lines: queue.Queue[bytes | None] = queue.Queue()

    def pump() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, name="smoke-stdout", daemon=True).start()
    deadline = time.monotonic() + within
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            process.kill()
            process.wait()
            raise BuildError(f"the window did not say it was shown within {within:.0f} s (killed)") from None
        if line is None:
            return None
        text = line.decode(errors="replace").strip()
        if text == BY_ITS_STATE:
            print(f"build.py: {text.removeprefix('mailsetup: ')} (the window passes; its screenshot shows it)", flush=True)
        if text == SHOWN:
            return time.perf_counter() - start


def window(command: list[str], home: Path, screenshot: Path, display: str, language: str = "en", extra_env: dict | None = None,
           within: float = SHOWN_WITHIN) -> float:
    """Start the app, wait for its first window, return the seconds it took."""
    env = _env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb", MAILSETUP_SMOKE=str(screenshot), LANGUAGE=language,
               LANG={"en": "en_US.UTF-8", "da": "da_DK.UTF-8", "nb": "nb_NO.UTF-8"}[language], **(extra_env or {}))
    env.pop("WAYLAND_DISPLAY", None)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors)
        took = _shown(process, start, within)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise BuildError("the window did not close itself") from None
        errors.seek(0)
        err = errors.read()
    if took is None or process.returncode != 0:
        raise BuildError(f"no window (exit {process.returncode}): {err.decode(errors='replace').strip()[-200:]}")
    if not screenshot.is_file():
        raise BuildError("the window took no screenshot")
    return took


def run_all(program: Path, shots: Path, language: str = "da") -> Figures:
    shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mailsetup-smoke-") as tmp:
        home = Path(tmp)
        seconds = cli(program, home)
        with Xvfb() as x:
            shot = shots / f"frozen-window-{language}.png"
            took = window([str(program), "--lang", language], home, shot, x.display, language)
    return Figures(seconds, took, shot)
