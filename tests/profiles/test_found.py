"""The mail programs a report names: each Thunderbird profile, with the version that last
opened it (read from its compatibility.ini; nothing is started)."""

from tests.gui.conftest import make_home
from wizard.profiles.found import identity_now, mail_programs_found, thunderbird_version


def test_thunderbird_profiles_are_named_with_the_version_that_last_opened_them(tmp_path):
    home = make_home(tmp_path)
    profile = home / ".thunderbird" / "abcd1234.default-esr"
    (profile / "compatibility.ini").write_text("[Compatibility]\nLastVersion=128.5.0_20241118141245/20241118141245\nLastOSABI=Linux_x86_64-gcc3\n")
    found = mail_programs_found(home, install_dirs=())
    assert [(p.name, p.version, p.where) for p in found] == [("Thunderbird", "128.5.0", "default-esr")]
    assert found[0].label() == "Thunderbird 128.5.0 (default-esr)"


def test_an_unreadable_version_is_left_out_not_guessed(tmp_path):
    home = make_home(tmp_path)
    profile = home / ".thunderbird" / "abcd1234.default-esr"
    (profile / "compatibility.ini").write_bytes(b"\xff\xfe not ini")
    assert thunderbird_version(profile) is None
    assert mail_programs_found(home, install_dirs=())[0].version is None
    assert mail_programs_found(tmp_path / "nobody", install_dirs=()) == ()


def test_the_identity_holds_the_programs_and_no_address(tmp_path):
    home = make_home(tmp_path)
    identity = identity_now("anna@example.dk", "altibox", home)
    assert identity.brand == "altibox" and identity.programs[0].name == "Thunderbird"
    assert "anna" not in str(identity.to_json())


def test_the_installed_thunderbird_is_named_with_its_version(tmp_path):
    install = tmp_path / "thunderbird"
    install.mkdir()
    (install / "application.ini").write_text("[App]\nVendor=Mozilla\nName=Thunderbird\nVersion=153.8.0\n")
    found = mail_programs_found(tmp_path / "nobody", install_dirs=(tmp_path / "missing", install))
    assert [(p.name, p.version, p.where) for p in found] == [("Thunderbird", "153.8.0", str(install))]
