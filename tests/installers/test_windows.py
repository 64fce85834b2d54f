"""Windows: the NSIS installer installs for the person alone (no administrator), into their
own programs folder, with a Start-menu entry, an uninstaller and pages in English, Danish and
Norwegian Bokmål; the MSI installs per machine for deployment by policy."""

import subprocess
from pathlib import Path

from installers import windows
from installers.product import product


def script(brand=None):
    return windows.nsis_script(product("0.1.0", brand), Path("payload"), "mailsetup.exe", Path("icon.ico"), None)


def test_the_installer_needs_no_administrator_and_installs_per_user():
    text = script()
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\mailsetup"' in text
    assert "SetShellVarContext current" in text and "HKLM" not in text


def test_the_installer_pages_speak_english_danish_and_bokmal():
    text = script()
    for language in ("English", "Danish", "Norwegian"):
        assert f'!insertmacro MUI_LANGUAGE "{language}"' in text
    assert 'LangString WELCOME ${LANG_DANISH} "Dette installerer mailsetup kun for dig: der kræves ingen administratoradgangskode."' in text
    assert 'LangString WELCOME ${LANG_NORWEGIAN} "Dette installerer mailsetup bare for deg: du trenger ikke administratorpassord."' in text


def test_start_menu_entry_and_uninstaller():
    text = script()
    assert 'CreateShortcut "$SMPROGRAMS\\$(PRODUCT).lnk" "$INSTDIR\\mailsetup.exe"' in text
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in text
    assert 'Delete "$SMPROGRAMS\\$(PRODUCT).lnk"' in text and 'RMDir /r "$INSTDIR"' in text


def test_a_branded_installer_names_the_provider():
    text = script("mamut")
    assert 'Name "Mamut e-mail setup"' in text and "LangString PRODUCT ${LANG_DANISH} \"Mamut e-mailopsætning\"" in text


def test_the_built_installer_and_msi_are_windows_files(release):
    dist = release / "dist"
    exe, msi = next(dist.glob("*-setup.exe")), next(dist.glob("*.msi"))
    assert exe.read_bytes()[:2] == b"MZ"
    info = subprocess.run(["msiinfo", "export", str(msi), "Property"], capture_output=True, text=True).stdout
    assert "ProductName\tmailsetup" in info and "UpgradeCode" in info
    assert "ALLUSERS\t1" in info  # per machine: what deployment by policy wants


def test_the_msi_lists_every_payload_file(onedir):
    source = windows.wxs(product("0.1.0"), onedir, "mailsetup", Path("icon.ico"))
    files = [p for p in onedir.rglob("*") if p.is_file()]
    assert source.count("<File ") == len(files)
