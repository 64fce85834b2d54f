"""The real chain, once per `make test`: the wheel frozen in a clean venv, the frozen app
smoke-tested (CLI in da/nb, demo server, a window under Xvfb, the .deb installed and opened
from its desktop entry), the Linux packages (fast compression), the NSIS/MSI wrappers around
a small payload, signed with throwaway keys and verified, a tampered copy of each rejected.
The stand-in tests beside this one check the wrappers' details in seconds; this one proves
the frozen app itself works. Then the same wheel is frozen and packaged a second time, unsigned
(as anyone checking a release would rebuild it): the two bundles must be the same files, byte
for byte, and the signed release the rebuild plus its signatures. `make test` builds the wheel
before the network goes away and names it in MAILSETUP_TEST_WHEEL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from installers import sign

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "installers" / "build.py"
STAGES = ["wheel", "venv", "freeze", "smoke", "linux packages", "installed .deb", "windows wrappers", "macos layout", "sign", "verify"]

pytestmark = pytest.mark.timeout(900)  # the first test pays for the build (≈ 2–3 min on 2 quiet cores)


def wheel_or_skip() -> Path:
    """The wheel make built; without it, skip — unless this is `make test`, which must build."""
    named = os.environ.get("MAILSETUP_TEST_WHEEL", "").strip()
    problem = None
    if not named:
        problem = ("no MAILSETUP_TEST_WHEEL: `make test` builds the wheel and names it; by hand, `make test-wheel` "
                   "then MAILSETUP_TEST_WHEEL=$PWD/build/test-wheel/mailsetup-*.whl")
    elif not Path(named).is_file() or len(named.split()) != 1:
        problem = f"MAILSETUP_TEST_WHEEL names no single wheel: {named!r}"
    elif not (REPO / ".venv" / "bin" / "pyinstaller").exists():
        problem = "no PyInstaller in .venv (make .venv/.installed installs the dist extra)"
    if problem:
        if os.environ.get("CI") or os.environ.get("MAILSETUP_REQUIRE_WORLD"):
            pytest.fail(f"the real installer chain cannot run: {problem}", pytrace=False)
        pytest.skip(problem)
    return Path(named)


QUICK = ("--compression", "fast", "--windows-payload", "small")


def build(out: Path, *args: str) -> dict:
    result = subprocess.run([sys.executable, str(BUILD), "--out", str(out), *args], capture_output=True, text=True, timeout=880,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1764547200"})
    if result.returncode != 0:
        pytest.fail(f"installers/build.py failed (exit {result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}",
                    pytrace=False)
    return json.loads((out / "report.json").read_text())


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> tuple[Path, dict]:
    """One real build: what `make dist` does, with the quick options and throwaway keys."""
    wheel = wheel_or_skip()
    out = tmp_path_factory.mktemp("chain")
    return out, build(out, "--wheel", str(wheel), *QUICK)


@pytest.fixture(scope="module")
def rebuild(tmp_path_factory, chain) -> Path:
    """The same wheel frozen again in a venv of its own and packaged unsigned, given the
    release's published uninstaller and program signatures (they live inside the installers)."""
    out = tmp_path_factory.mktemp("rebuild")
    report = build(out, "--wheel", wheel_or_skip().as_posix(), *QUICK, "--unsigned", "--skip-smoke",
                   "--uninstaller-signature", str(chain[0] / "dist" / "uninstaller.sig"))
    assert report["stages_cpu_seconds"]["freeze"] > 0  # frozen anew, not the first build's bundle
    return out


def tree(root: Path) -> dict[str, tuple[int, str]]:
    """Every file, folder and link under root: its mode and what it holds (a file: the SHA-256
    of its bytes; a link: its target)."""
    found = {}
    for path in sorted(root.rglob("*")):
        rel, mode = path.relative_to(root).as_posix(), path.lstat().st_mode
        found[rel] = (mode, os.readlink(path) if path.is_symlink() else "" if path.is_dir() else sign.sha256(path))
    return found


def test_every_stage_ran_and_reported_its_time(chain):
    _, report = chain
    assert list(report["stages_seconds"]) == STAGES
    assert list(report["stages_cpu_seconds"]) == STAGES
    assert report["compression"] == "fast" and report["platform"] == "linux"
    assert report["stages_cpu_seconds"]["freeze"] > 0  # PyInstaller really ran (the stand-in has no freeze stage)


def test_the_frozen_app_passed_its_smoke_test(chain):
    out, report = chain
    # The figures exist only when the smoke test passed (build.py fails the build otherwise).
    assert report["version_seconds"] > 0 and report["window_seconds"] > 0
    assert len(report["installed_window_seconds"]) == 3 and report["installed_version_seconds"] > 0
    program = out / "work" / "app" / "mailsetup" / "mailsetup"
    result = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "HOME": str(out)})
    from wizard import __version__

    assert result.returncode == 0 and result.stdout == f"mailsetup {__version__}\n"
    assert (out / "work" / "app" / "mailsetup" / "_internal" / "wizard" / "resources" / "translations").is_dir()
    shot = REPO / "test-output" / "screenshots" / "frozen-window-da.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_bundle_holds_the_wheels_code_not_the_checkouts(chain):
    """Every wizard module PyInstaller put in the bundle came from the clean venv the wheel was
    installed in, none from this checkout (whose edits a wheel built earlier does not hold)."""
    import re

    out, _ = chain
    toc = (out / "work" / "pyinstaller" / "mailsetup" / "PYZ-00.toc").read_text()
    paths = re.findall(r"'([^']*/wizard/[^']*\.py)'", toc)
    assert len(paths) > 100 and any(p.endswith("/wizard/gui/firstframe.py") for p in paths)
    assert [p for p in paths if not p.startswith(str(out / "work" / "venv") + "/")] == []


def test_the_bundle_leaves_dbus_and_nss_to_the_system(chain):
    """The .deb depends on libdbus-1-3 and a profile's key store needs its own Thunderbird's
    NSS: neither (nor what only the dropped QtNetwork links) is copied in, and the window
    above opened all the same."""
    out, _ = chain
    names = {p.name for p in (out / "work" / "app" / "mailsetup" / "_internal").rglob("*.so*")}
    assert "libQt6DBus.so.6" in names and "libxcb-cursor.so.0" in names
    assert not {n for n in names if n.startswith(("libdbus-1.", "libsystemd.", "libnss3.", "libnspr4.", "libgssapi_krb5.", "libreadline."))}


def test_the_packages_and_wrappers_are_there_and_listed_in_the_signed_manifest(chain):
    out, report = chain
    dist = out / "dist"
    names = {line.split("  ", 1)[1] for line in (dist / "SHA256SUMS").read_text().splitlines()}
    assert names == set(report["artefacts"])
    assert {n.rsplit(".", 1)[-1] for n in names} == {"deb", "rpm", "xz", "exe", "msi"}
    deb = next(dist.glob("*.deb"))
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "/_internal/wizard/resources/translations/" in contents  # the frozen app, not a stand-in


def test_the_rpm_requires_what_the_deb_depends_on_read_from_the_bundle(chain):
    """Both packages' dependencies come from one reading of the frozen bundle (sysdeps.py):
    the .deb names Debian packages, the .rpm rpm's soname capabilities, for the same libraries;
    what the bundle ships itself (libxcb-cursor) is required by neither."""
    from installers import sysdeps

    out, report = chain
    dist = out / "dist"
    depends = subprocess.run(["dpkg-deb", "-f", str(next(dist.glob("*.deb"))), "Depends"], capture_output=True, text=True,
                             check=True).stdout.strip()
    requires = subprocess.run(["rpm", "-qp", "--requires", str(next(dist.glob("*.rpm")))], capture_output=True, text=True,
                              check=True).stdout.split("\n")
    declared = sorted(r for r in requires if r and not r.startswith("rpmlib("))
    assert depends == ", ".join(report["deb_depends"]) and declared == sorted(report["rpm_requires"])
    for soname in ("libc.so.6", "libEGL.so.1", "libGL.so.1", "libdbus-1.so.3", "libxcb.so.1"):
        assert f"{soname}()(64bit)" in declared
    sonames = {r.split("()")[0] for r in declared if r.endswith("()(64bit)")}
    assert {sysdeps.DEBIAN[s] for s in sonames} | {"fontconfig-config", "xkb-data"} == {d.split(" (")[0] for d in report["deb_depends"]}
    assert "fontconfig" in declared and "xkeyboard-config" in declared
    floor = next(d for d in report["deb_depends"] if d.startswith("libc6 (>= ")).removeprefix("libc6 (>= ").rstrip(")")
    assert f"libc.so.6(GLIBC_{floor})(64bit)" in declared
    assert not any(r.startswith(("libxcb-cursor.so", "libQt6", "libfontconfig.so")) for r in declared)


@pytest.mark.parametrize("kind", ["deb", "rpm", "exe", "msi", "mailsetup.exe"])
def test_every_signature_verified_and_each_tampered_copy_was_rejected(chain, kind):
    _, report = chain
    said = report["verified"]
    assert any(": ok signed " in line and line.split()[-1].endswith(kind) for line in said)
    assert any(": rejected tampered " in line and line.split()[-1].endswith(kind) for line in said)
    assert any("rejected tampered SHA256SUMS" in line for line in said)


def test_a_tampered_deb_and_manifest_fail_their_verifiers_here_too(chain, tmp_path):
    out, _ = chain
    dist = out / "dist"
    deb = next(dist.glob("*.deb"))
    assert sign.verify_deb(deb, dist / "debsig").ok
    assert not sign.verify_deb(sign.tampered(deb, tmp_path), dist / "debsig").ok
    for name in ("SHA256SUMS", "SHA256SUMS.asc"):
        (tmp_path / name).write_bytes((dist / name).read_bytes())
    (tmp_path / "SHA256SUMS").write_text((dist / "SHA256SUMS").read_text().replace("mailsetup", "mallsetup", 1))
    assert not sign.verify_manifest(tmp_path / "SHA256SUMS", dist / "release-key.gpg")[0].ok


def test_freezing_the_same_wheel_twice_gives_the_same_bundle(chain, rebuild):
    first, second = (tree(out / "work" / "freeze" / "mailsetup") for out in (chain[0], rebuild))
    assert len(first) > 200 and any(name.endswith("libQt6Widgets.so.6") for name in first)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert differ == [], f"{len(differ)} files differ between two freezes, first {differ[:5]}"


def test_the_signed_release_is_the_unsigned_rebuild_plus_its_signatures(chain, rebuild):
    """build.py compare: Authenticode signatures moved onto the rebuild's installer, MSI (and
    the program inside them) give the release back byte for byte; the tar.xz is the same file;
    the .deb and .rpm are the same but for their signatures."""
    result = subprocess.run([sys.executable, str(BUILD), "compare", str(chain[0] / "dist"), str(rebuild / "dist")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    said = {line.split("identical: ", 1)[1] for line in result.stdout.splitlines() if "identical: " in line}
    assert {name.rsplit(".", 1)[-1] for name in said} == {"deb", "rpm", "xz", "exe", "msi"}
    assert said == set(chain[1]["artefacts"])
