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
    assert '"wizard.resources"' in spec and 'collect_data_files("wizard.resources"' in spec


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/translations/qtbase_da.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("libgtk-3.so.0", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("wizard/resources/translations/mailsetup_da.qm", True),
])
def test_what_of_qt_the_bundle_keeps(dest, kept):
    assert (trim.keep_data(dest) if dest.endswith(".qm") else trim.keep_binary(dest)) is kept


def test_pyinstallers_missing_wizard_warning_fails_the_build():
    warn = "missing module named wizard - imported by /src/installers/entry.py (top-level)\n"
    with pytest.raises(BuildError, match="could not find wizard"):
        freeze.check_warnings(warn)
    freeze.check_warnings("missing module named winreg - imported by platform (optional)\n")


def test_a_bundle_without_the_resources_fails_the_build(tmp_path):
    (tmp_path / "_internal" / "wizard").mkdir(parents=True)
    with pytest.raises(BuildError, match="lacks wizard.resources"):
        freeze.check_bundle(tmp_path)


@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "pyinstaller").exists(), reason="make test installs the dist extra")
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
    assert "could not find wizard" in result.stdout or "lacks wizard.resources" in result.stdout
