"""Builds resources/translations/mailsetup_<lang>.qm from every area's <area>_<lang>.ts.

A developer tool (`python -m wizard.gui.qm` from the project root), not used at run time.
The wizard renders its texts from the .ts catalogues itself (wizard.i18n); the compiled
.qm of the same messages is installed as a QTranslator so Qt-side lookups agree, and is
what Qt's own tooling (Linguist, installers) expects to find."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("da", "nb")


def lrelease() -> str:
    """pyside6-lrelease of this environment (next to the running Python), else on PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def sources(folder: Path, language: str) -> list[Path]:
    return sorted(p for p in folder.glob(f"*_{language}.ts"))


def build(folder: Path, out: Path | None = None) -> list[Path]:
    out = out or folder
    made = []
    for language in LANGUAGES:
        target = out / f"mailsetup_{language}.qm"
        # Areas share a few messages ("failed", ...); lrelease keeps one and says so on stderr.
        subprocess.run([lrelease(), "-silent", *map(str, sources(folder, language)), "-qm", str(target)], check=True, stderr=subprocess.DEVNULL)
        made.append(target)
    return made


if __name__ == "__main__":
    for path in build(Path.cwd() / "resources" / "translations"):
        print(path)
