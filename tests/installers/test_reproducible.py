"""Two builds from one commit give the same bytes, and a signed release is the unsigned
rebuild plus its signatures (osslsigncode moves them back onto the rebuild byte for byte)."""

import subprocess
import sys

from tests.installers.conftest import BUILD


def test_two_unsigned_builds_are_identical(rebuilds):
    a, b = rebuilds
    sums_a, sums_b = ((r / "dist" / "SHA256SUMS").read_text() for r in (a, b))
    assert sums_a == sums_b
    assert len(sums_a.splitlines()) == 5


def test_the_signed_release_is_the_rebuild_plus_signatures(release, rebuilds):
    result = subprocess.run([sys.executable, str(BUILD), "compare", str(release / "dist"), str(rebuilds[0] / "dist")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("identical:") == 5


def test_a_release_built_from_other_bytes_is_caught(release, rebuilds, tmp_path):
    import shutil

    fake = tmp_path / "dist"
    shutil.copytree(rebuilds[0] / "dist", fake)
    tar = next(fake.glob("*.tar.xz"))
    tar.write_bytes(tar.read_bytes()[:-1] + b"\0")
    result = subprocess.run([sys.executable, str(BUILD), "compare", str(release / "dist"), str(fake)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "differs" in result.stderr and "Traceback" not in result.stderr
