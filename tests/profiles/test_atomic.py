"""A write stopped at any point leaves the old prefs.js or the new one, never a broken file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wizard.profiles.atomic import STEPS, backup_name, replace_file
from wizard.profiles.thunderbird.prefs import PrefsFile
from wizard.profiles.thunderbird.writer import add_account, write_account

from tests.profiles.conftest import imap_account
from tests.profiles.test_thunderbird_writer import EXISTING


class Stop(Exception):
    pass


def _expected_new() -> bytes:
    prefs = PrefsFile.parse(EXISTING.encode())
    add_account(prefs, imap_account())
    return prefs.to_bytes()


@pytest.mark.parametrize("step", STEPS)
def test_an_error_at_any_step_leaves_old_or_new(tmp_path: Path, step: str) -> None:
    profile = tmp_path / "p"
    profile.mkdir()
    (profile / "prefs.js").write_text(EXISTING)

    def hook(at: str) -> None:
        if at == step:
            raise Stop(at)

    with pytest.raises(Stop):
        write_account(profile, imap_account(), hook=hook)
    data = (profile / "prefs.js").read_bytes()
    assert data in (EXISTING.encode(), _expected_new())
    assert not list(profile.glob("*.mailsetup-tmp"))  # no temp file left behind


def test_backups_are_timestamped_and_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    target.write_text("one")
    first = replace_file(target, b"two").backup
    second = replace_file(target, b"three").backup
    assert first is not None and second is not None and first != second
    assert first.read_text() == "one" and second.read_text() == "two" and target.read_text() == "three"
    assert ".mailsetup-" in first.name and first.name.endswith(".bak")
    assert backup_name(target).name.startswith("prefs.js.mailsetup-")


_CHILD = r"""
import os, signal, sys
from pathlib import Path
from tests.profiles.conftest import imap_account
from wizard.profiles.thunderbird.writer import write_account
step = sys.argv[2]
def hook(at):
    if at == step:
        os.kill(os.getpid(), signal.SIGKILL)
write_account(Path(sys.argv[1]), imap_account(), hook=hook)
"""


def _child(profile: Path, step: str) -> subprocess.Popen:
    root = Path(__file__).resolve().parents[2]
    return subprocess.Popen([sys.executable, "-c", _CHILD, str(profile), step], cwd=root)


@pytest.mark.parametrize("step", STEPS)
def test_a_process_killed_at_any_step_leaves_old_or_new(tmp_path: Path, step: str) -> None:
    profile = tmp_path / "p"
    profile.mkdir()
    (profile / "prefs.js").write_text(EXISTING)
    proc = _child(profile, step)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    data = (profile / "prefs.js").read_bytes()
    assert data in (EXISTING.encode(), _expected_new())
    if step in ("dir-fsync",):
        assert data == _expected_new()
    if step in ("backup", "temp-open", "temp-write", "temp-fsync", "replace"):
        assert data == EXISTING.encode()


def test_kills_at_random_moments_never_break_prefs(tmp_path: Path) -> None:
    """SIGKILL from outside at random times while a child keeps rewriting the file."""
    loop = r"""
import sys
from pathlib import Path
from wizard.profiles.atomic import replace_file
target = Path(sys.argv[1]); a = Path(sys.argv[2]).read_bytes(); b = Path(sys.argv[3]).read_bytes()
print("go", flush=True)
while True:
    replace_file(target, b, backup=False); replace_file(target, a, backup=False)
"""
    old, new = EXISTING.encode() * 50, _expected_new() * 50  # big enough to take a moment
    (tmp_path / "old").write_bytes(old)
    (tmp_path / "new").write_bytes(new)
    target = tmp_path / "prefs.js"
    target.write_bytes(old)
    rng = random.Random(5)
    root = Path(__file__).resolve().parents[2]
    for _ in range(15):
        proc = subprocess.Popen([sys.executable, "-c", loop, str(target), str(tmp_path / "old"), str(tmp_path / "new")], cwd=root, stdout=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline() == b"go\n"
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert target.read_bytes() in (old, new)
