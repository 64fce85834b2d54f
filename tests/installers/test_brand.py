"""White label: `build.py --brand mamut` makes packages that carry the provider's name and
make the wizard open as that provider's own."""

import subprocess

from installers.build import _deb_members


def test_the_branded_deb_carries_the_brand(branded, tmp_path):
    deb = next((branded / "dist").glob("*.deb"))
    assert deb.name.startswith("mailsetup-mamut_")
    root = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    brand = root / "usr/lib/mailsetup-mamut/_internal/wizard/resources/providers/default-brand"
    assert brand.read_text() == "mamut\n"
    entry = (root / "usr/share/applications/org.mailsetup.mailsetup.mamut.desktop").read_text()
    assert "Name[da]=Mamut e-mailopsætning" in entry and "Exec=mailsetup-mamut" in entry
    assert (root / "usr/bin/mailsetup-mamut").is_symlink()


def test_the_branded_windows_installer_is_named_for_the_provider(branded):
    names = sorted(p.name for p in (branded / "dist").iterdir())
    assert "mailsetup-mamut-0.1.0-setup.exe" in names and "mailsetup-mamut-0.1.0.msi" in names


def test_an_unknown_brand_is_one_clear_line(tmp_path, onedir):
    from tests.installers.conftest import build

    result = build(tmp_path, onedir, "--brand", "nosuch", "--unsigned")
    assert result.returncode != 0
    assert "no provider pack “nosuch”" in result.stderr and "Traceback" not in result.stderr


def test_deb_members_reads_an_ar_archive(branded):
    deb = next((branded / "dist").glob("*.deb"))
    assert [name for name, _ in _deb_members(deb)] == ["debian-binary", "control.tar.xz", "data.tar.xz"]
