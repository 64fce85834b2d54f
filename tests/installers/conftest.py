"""The packaging chain on a small stand-in bundle: every wrapper, signature and check runs in
seconds, so `make test` proves them on every run; `make dist` runs the same chain on the real
frozen app."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "installers" / "build.py"
EPOCH = "1764547200"  # a fixed SOURCE_DATE_EPOCH: both builds of a pair must agree


def fake_onedir(root: Path) -> Path:
    """What PyInstaller leaves, in miniature: the program and the wizard's resources."""
    onedir = root / "mailsetup"
    resources = onedir / "_internal" / "wizard" / "resources"
    shutil.copytree(REPO / "resources", resources, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    program = onedir / "mailsetup"
    program.write_text("#!/bin/sh\necho 'mailsetup 0.1.0'\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return onedir


def build(out: Path, onedir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.run([sys.executable, str(BUILD), "--out", str(out), "--onedir", str(onedir), "--skip-smoke", *extra],
                          capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="session")
def onedir(tmp_path_factory) -> Path:
    return fake_onedir(tmp_path_factory.mktemp("onedir"))


@pytest.fixture(scope="session")
def release(tmp_path_factory, onedir) -> Path:
    """A signed build (throwaway keys), as `make dist` makes one."""
    out = tmp_path_factory.mktemp("release")
    result = build(out, onedir)
    assert result.returncode == 0, result.stderr
    (out / "build-output.txt").write_text(result.stdout, encoding="utf-8")  # what the person who ran it read
    return out


@pytest.fixture(scope="session")
def rebuilds(tmp_path_factory, onedir, release) -> tuple[Path, Path]:
    """Two unsigned rebuilds from the same source (given the release's uninstaller signature,
    which lives inside the installer)."""
    outs = []
    for name in ("rebuild-a", "rebuild-b"):
        out = tmp_path_factory.mktemp(name)
        result = build(out, onedir, "--unsigned", "--uninstaller-signature", str(release / "dist" / "uninstaller.sig"))
        assert result.returncode == 0, result.stderr
        outs.append(out)
    return outs[0], outs[1]


@pytest.fixture(scope="session")
def branded(tmp_path_factory, onedir) -> Path:
    out = tmp_path_factory.mktemp("mamut")
    result = build(out, onedir, "--brand", "mamut", "--unsigned")
    assert result.returncode == 0, result.stderr
    return out
