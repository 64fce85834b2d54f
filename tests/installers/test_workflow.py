"""The release workflow for the runners this machine lacks passes actionlint, calls the same
build script, and takes its keys from secrets only."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def actionlint() -> str | None:
    return shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")


@pytest.mark.skipif(actionlint() is None, reason="make test installs actionlint (the dist extra)")
def test_the_release_workflow_passes_actionlint():
    result = subprocess.run([actionlint(), str(WORKFLOW)], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout


def test_every_platform_runs_the_same_build_script():
    text = WORKFLOW.read_text()
    for runner in ("windows-2022", "macos-14", "ubuntu-22.04"):
        assert f"runs-on: {runner}" in text or runner in text
    assert text.count("python installers/build.py --out build/release") == 3


def test_the_platform_tests_include_keyring_and_thunderbird_locations():
    text = WORKFLOW.read_text()
    assert "tests/profiles/test_password.py" in text and "tests/profiles/test_locate.py" in text


def test_no_key_material_lives_in_the_repo():
    text = WORKFLOW.read_text()
    assert "BEGIN PGP PRIVATE" not in text and "BEGIN PRIVATE KEY" not in text
    assert "secrets.RELEASE_GPG_KEY" in text and "secrets.AUTHENTICODE_KEY_PEM" in text
