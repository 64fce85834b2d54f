"""The Linux packages: a desktop entry and AppStream metainfo that validate (the build runs
desktop-file-validate and appstreamcli), an icon, a command; installed by dpkg into a
throwaway root, the desktop entry's command is there, and purging leaves nothing."""

import subprocess

from installers import installed, linux
from installers.product import product


def test_the_desktop_entry_speaks_all_three_languages():
    entry = linux.desktop_entry(product("0.1.0"))
    assert "Comment[da]=Sætter din e-mailkonto op i dine mailprogrammer" in entry
    assert "Comment[nb]=Setter opp e-postkontoen din i e-postprogrammene dine" in entry
    assert "Exec=mailsetup\n" in entry and "Icon=org.mailsetup.mailsetup\n" in entry


def test_the_metainfo_has_a_reverse_dns_id_and_validates(tmp_path):
    meta = tmp_path / "org.mailsetup.mailsetup.metainfo.xml"
    meta.write_text(linux.metainfo(product("0.1.0")), encoding="utf-8")
    assert "<id>org.mailsetup.mailsetup</id>" in meta.read_text()
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(meta)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_the_deb_installs_opens_from_its_desktop_entry_and_purges_clean(release, tmp_path):
    prod = product("0.1.0")
    deb = next((release / "dist").glob("*.deb"))
    root = tmp_path / "root"
    installed.install(deb, root)
    command = installed.desktop_command(prod, root)
    assert subprocess.run(command + ["--version"], capture_output=True, text=True).stdout == "mailsetup 0.1.0\n"
    assert (root / "usr/share/metainfo/org.mailsetup.mailsetup.metainfo.xml").is_file()
    assert installed.remove(prod, root) == []


def test_the_tarball_unpacks_to_one_folder(release):
    import tarfile

    tar = next((release / "dist").glob("*.tar.xz"))
    with tarfile.open(tar) as t:
        names = t.getnames()
        assert {n.split("/")[0] for n in names} == {"mailsetup-0.1.0"}
        assert all(m.mtime == t.getmember(names[0]).mtime and m.uid == 0 for m in t.getmembers())
