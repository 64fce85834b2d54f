"""The installed-.deb check installs as dpkg installs on this machine: the package's Depends
are checked against what is installed here (a copy of this system's dpkg database in the
throwaway root, nothing forced), and a name apt does not know fails first, by that name."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from installers import installed, linux, sysdeps
from installers.product import product
from installers.tools import BuildError

pytestmark = pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("apt-cache") is None, reason="a Debian system answers")

REPO = Path(__file__).resolve().parents[2]
TRUE = Path(shutil.which("true") or "/bin/true").resolve()
PROD = product("0.1.0")


def every_debian_name() -> set[str]:
    """Every package sysdeps can write into a Depends line."""
    return set(sysdeps.DEBIAN.values()) | {deb for deb, _ in sysdeps.SHIPPED_DATA.values()}


def deb_needing(tmp_path: Path, libraries: dict[str, tuple[str, ...]], data: tuple[tuple[str, str], ...] = ()) -> Path:
    """A small .deb (a program that prints nothing, the desktop entry, the icons) whose
    Depends sysdeps writes from these needs."""
    onedir = tmp_path / "mailsetup"
    onedir.mkdir()
    shutil.copyfile(TRUE, onedir / "mailsetup")
    (onedir / "mailsetup").chmod(0o755)
    root = linux.stage(PROD, onedir, {f"{size}.png": b"\x89PNG" for size in linux.ICON_SIZES}, tmp_path / "stage")
    needs = sysdeps.SystemNeeds(libraries, {soname: "mailsetup" for soname in libraries}, data)
    return linux.deb(PROD, root, tmp_path, needs)


def test_every_package_a_depends_can_name_is_one_apt_knows_here():
    assert installed.not_installable(sorted(every_debian_name())) == []


def test_the_makefile_installs_every_package_a_depends_can_name():
    """make system-packages installs them (DEB_DEPENDS), so the check below installs the
    package with its Depends met, on any machine `make test` ran on."""
    makefile = (REPO / "Makefile").read_text()
    listed = re.search(r"^DEB_DEPENDS := (.*)$", makefile, re.M)
    assert listed is not None and set(listed.group(1).split()) == every_debian_name()


def test_a_name_apt_does_not_know_is_told_apart_from_one_installed_here():
    assert installed.not_installable(["libc6", "mailsetup-no-such-package", "xkb-data"]) == ["mailsetup-no-such-package"]


def test_the_depends_names_are_read_from_the_package_itself(tmp_path):
    deb = deb_needing(tmp_path, {"libc.so.6": ("GLIBC_2.2.5",), "libEGL.so.1": ()}, (("xkb-data", "xkeyboard-config"),))
    assert installed.depends(deb) == ["libc6", "libegl1", "xkb-data"]


def test_a_deb_depending_on_every_package_sysdeps_names_installs_here_unforced(tmp_path):
    deb = deb_needing(tmp_path, {soname: () for soname in sysdeps.DEBIAN}, tuple(sysdeps.SHIPPED_DATA.values()))
    assert set(installed.depends(deb)) == every_debian_name()
    root = tmp_path / "root"
    installed.install(deb, root)
    status = subprocess.run(["dpkg-query", f"--admindir={root}/var/lib/dpkg", "--show", "--showformat=${db:Status-Abbrev}", PROD.package],
                            capture_output=True, text=True, check=True).stdout
    assert status.strip() == "ii"  # configured: dpkg found every dependency installed
    assert subprocess.run(installed.desktop_command(PROD, root), capture_output=True).returncode == 0
    assert installed.remove(PROD, root) == []


def test_a_depends_naming_a_package_that_does_not_exist_fails_by_that_name(tmp_path, monkeypatch):
    monkeypatch.setitem(sysdeps.DEBIAN, "libmailsetup-nowhere.so.1", "libmailsetup-nowhere1")
    deb = deb_needing(tmp_path, {"libc.so.6": (), "libmailsetup-nowhere.so.1": ()})
    with pytest.raises(BuildError, match=r"depends on libmailsetup-nowhere1, which apt cannot install on this system"):
        installed.install(deb, tmp_path / "root")
    assert not (tmp_path / "root").exists()  # refused before dpkg was asked


def test_a_depends_this_system_does_not_meet_is_refused_by_dpkg_not_forced(tmp_path):
    deb = deb_needing(tmp_path, {"libc.so.6": ("GLIBC_999",)})
    with pytest.raises(BuildError, match=r"mailsetup depends on libc6 \(>= 999\); however: Version of libc6(:\w+)? on system is "):
        installed.install(deb, tmp_path / "root")

