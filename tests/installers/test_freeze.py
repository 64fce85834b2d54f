"""The freeze: one spec that keeps the wizard and its resources and drops the Qt it does not
use, and a build that fails when PyInstaller could not see the application."""

import os
import subprocess
from pathlib import Path

import pytest

from installers import freeze, trim
from installers.tools import BuildError

REPO = Path(__file__).resolve().parents[2]


def test_the_spec_declares_the_resources_package():
    spec = (REPO / "installers" / "mailsetup.spec").read_text()
    assert '"wizard.resources"' in spec and "collect_data_files(package" in spec and "DATA_PACKAGES" in spec
    assert "wizard.resources" in trim.DATA_PACKAGES


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/translations/qtbase_da.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("libgtk-3.so.0", False),
    ("libdbus-1.so.3", False),
    ("libsystemd.so.0", False),
    ("libnss3.so", False),
    ("libgssapi_krb5.so.2", False),
    ("libxcb-cursor.so.0", True),
    ("libcrypto.so.3", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("wizard/resources/translations/mailsetup_da.qm", True),
])
def test_what_of_qt_the_bundle_keeps(dest, kept):
    assert (trim.keep_data(dest) if dest.endswith(".qm") else trim.keep_binary(dest)) is kept


def test_pyinstallers_missing_wizard_warning_fails_the_build():
    warn = "missing module named wizard - imported by /src/installers/frozen/entry.py (top-level)\n"
    with pytest.raises(BuildError, match="could not find wizard"):
        freeze.check_warnings(warn)
    freeze.check_warnings("missing module named winreg - imported by platform (optional)\n")


def test_the_entry_script_puts_nothing_of_the_checkout_on_pyinstallers_path():
    """PyInstaller searches the folder above the entry script's outermost package first: that
    folder must hold the script alone, never the checkout's wizard/ (which it then froze in
    place of the wheel's)."""
    from PyInstaller.utils.misc import get_path_to_toplevel_modules

    spec = (REPO / "installers" / "mailsetup.spec").read_text()
    assert 'os.path.join(SPECPATH, "frozen", "entry.py")' in spec
    entry = REPO / "installers" / "frozen" / "entry.py"
    searched = Path(get_path_to_toplevel_modules(str(entry)))
    assert searched == entry.parent and sorted(p.name for p in searched.iterdir() if p.name != "__pycache__") == ["entry.py"]


def test_a_bundle_without_a_dependencys_data_fails_the_build(tmp_path):
    base = tmp_path / "_internal"
    for pattern in freeze.RESOURCES:
        if not pattern.startswith("confusable_homoglyphs/"):
            (base / pattern.replace("*", "x")).parent.mkdir(parents=True, exist_ok=True)
            (base / pattern.replace("*", "x")).write_text("")
    with pytest.raises(BuildError, match="lacks confusable_homoglyphs/confusables.json"):
        freeze.check_bundle(tmp_path)


def test_every_runtime_dependency_with_data_files_is_collected_or_said_why_not():
    """A dependency that reads files beside its code crashes the frozen app unless the spec
    collects them (trim.DATA_PACKAGES); data nothing reads at run time is named with its reason."""
    packages = {name.split(".")[0] for name in trim.DATA_PACKAGES}
    code = (".py", ".pyc", ".pyi", ".so", ".pyd", ".typed", ".pxd", ".h", ".c", ".pyx")
    unexplained = []
    for dist in freeze.closure("mailsetup", ("demo",)):
        if dist.name == "mailsetup":
            continue
        data = [f for f in dist.files or () if not str(f).endswith(code) and ".dist-info/" not in str(f)
                and "__pycache__" not in str(f) and not str(f).startswith("..")]
        if data and not {f.parts[0] for f in data} <= packages and freeze.canonical(dist.name) not in trim.DATA_LEFT_OUT:
            unexplained.append(f"{dist.name}: {data[0]}")
    assert unexplained == []
    assert "confusable-homoglyphs" in {freeze.canonical(d.name) for d in freeze.closure("mailsetup", ())}


def test_a_bundle_without_the_resources_fails_the_build(tmp_path):
    (tmp_path / "_internal" / "wizard").mkdir(parents=True)
    with pytest.raises(BuildError, match="lacks wizard/resources/translations"):
        freeze.check_bundle(tmp_path)


@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "pyinstaller").exists(), reason="make test installs the dist extra")
@pytest.mark.timeout(600)
def test_freezing_from_the_editable_checkout_fails(tmp_path):
    """The mistake this guards against: the editable venv's package-dir mapping hides `wizard`
    (older setuptools) or `wizard.resources` (this one) from PyInstaller, which then "succeeds"
    with an app that crashes in Danish. The build refuses, naming what is missing."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764547200"}
    code = ("import sys; from pathlib import Path; from installers import freeze; from installers.tools import BuildError\n"
            "try:\n    freeze.freeze(Path(sys.executable), Path(sys.argv[1]))\nexcept BuildError as e:\n    print(e); sys.exit(3)\n")
    result = subprocess.run([str(REPO / ".venv" / "bin" / "python"), "-c", code, str(tmp_path)], capture_output=True, text=True,
                            env=env, cwd=REPO, timeout=600)
    assert result.returncode == 3, result.stderr[-500:]
    assert "could not find wizard" in result.stdout or "lacks wizard/resources" in result.stdout


HOOK = REPO / "installers" / "hooks" / "rthooks" / "pyi_rth_system_ca.py"


@pytest.mark.parametrize("environ, present, chosen", [
    ({}, {"/etc/pki/tls/certs/ca-bundle.crt"}, "/etc/pki/tls/certs/ca-bundle.crt"),  # Fedora
    ({}, {"/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/cert.pem"}, "/etc/ssl/certs/ca-certificates.crt"),
    ({"SSL_CERT_FILE": "/mine.pem"}, {"/etc/pki/tls/certs/ca-bundle.crt"}, "/mine.pem"),  # the person's own stays
    ({"SSL_CERT_DIR": "/mine"}, {"/etc/pki/tls/certs/ca-bundle.crt"}, None),
    ({}, set(), None),
])
def test_the_frozen_app_finds_this_systems_trusted_roots(monkeypatch, environ, present, chosen):
    """The bundle's OpenSSL looks where the build machine's distribution keeps the roots; the
    start-up hook points it at the running system's bundle instead, unless the person chose."""
    import runpy

    fake = dict(environ)
    monkeypatch.setattr(os, "environ", fake)
    monkeypatch.setattr(os.path, "isfile", lambda path: path in present)
    runpy.run_path(str(HOOK))
    assert fake.get("SSL_CERT_FILE") == chosen


def test_the_spec_runs_the_trusted_roots_hook():
    assert "pyi_rth_system_ca.py" in (REPO / "installers" / "mailsetup.spec").read_text()
