"""Reading what an ELF file links: the same sonames and symbol versions binutils' readelf
reports, for a program and for Qt's own libraries (64-bit, little-endian here)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import PySide6
from installers import elf

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"


def readelf(path: Path) -> tuple[list[str], dict[str, set[str]]]:
    dynamic = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.*)\]", dynamic)
    versions: dict[str, set[str]] = {}
    current = None
    for line in subprocess.run(["readelf", "-VW", str(path)], capture_output=True, text=True, check=True).stdout.splitlines():
        file = re.search(r"File: (\S+)\s+Cnt:", line)
        if file:
            current = file.group(1)
            versions[current] = set()
        name = re.search(r"Name: (\S+)\s+Flags:", line)
        if name and current:
            versions[current].add(name.group(1))
    return needed, versions


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils' readelf is the reference")
@pytest.mark.parametrize("path", [Path(shutil.which("true") or "/bin/true").resolve(), QT_LIB / "libQt6DBus.so.6",
                                  QT_LIB / "libQt6Gui.so.6"], ids=lambda p: p.name)
def test_the_sonames_and_versions_are_the_ones_readelf_reports(path):
    found = elf.links(path)
    needed, versions = readelf(path)
    assert list(found.needed) == needed and needed
    assert {f: set(v) for f, v in found.versions} == versions
    assert found.is_64bit


def test_a_file_that_is_not_elf_is_refused(tmp_path):
    script = tmp_path / "mailsetup"
    script.write_text("#!/bin/sh\n")
    assert not elf.is_elf(script)
    with pytest.raises(ValueError):
        elf.links(script)
