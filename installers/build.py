#!/usr/bin/env python3
"""One script for every installer: wheel → clean venv → freeze (PyInstaller onedir) → smoke
test of the frozen app → packages → sign → verify (and a tampered copy rejected) → signed
SHA256SUMS. `make dist` runs it; the release workflow runs it on Windows and macOS runners.

    python installers/build.py                      # everything for this platform, throwaway keys
    python installers/build.py --brand mamut        # a provider's own installer
    python installers/build.py --unsigned --out X   # an unsigned rebuild, to compare with a release
    python installers/build.py compare RELEASE REBUILD   # the release is this source, byte for byte
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repo root is what imports `installers`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from installers import freeze, icons, keys as keymod, linux, macos, sign, smoke, sysdeps, windows
from installers.product import product
from installers.tools import BuildError, commit_epoch, epoch, run, tree_size

REPO = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


def platform_name() -> str:
    return "windows" if os.name == "nt" else "macos" if sys.platform == "darwin" else "linux"


def say(message: str) -> None:
    print(f"build.py: {message}", flush=True)


def make_keys(args, out: Path):
    if args.unsigned:
        return None
    if args.gnupghome:
        return keymod.release_keys(out, Path(args.gnupghome), args.gpg_key, Path(args.code_cert), Path(args.code_key), Path(args.code_ca))
    say("throwaway signing keys (a release gets its keys from the runner's secrets)")
    return keymod.throwaway(out)


def sign_env(keys) -> dict[str, str]:
    return {} if keys is None else {"MAILSETUP_CODE_CERT": str(keys.code_cert), "MAILSETUP_CODE_KEY": str(keys.code_key)}


def build(args) -> dict:
    started = time.perf_counter()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(commit_epoch(REPO)))
    os.environ["MAILSETUP_COMPRESSION"] = args.compression
    work, dist = out / "work", out / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir(parents=True)
    figures: dict = {"platform": platform_name(), "brand": args.brand, "compression": args.compression, "source_date_epoch": int(os.environ["SOURCE_DATE_EPOCH"])}
    stages: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def stage(name: str):
        stages[name] = round(time.perf_counter() - started - sum(stages.values()), 1)
        cpu[name] = round(max(0.0, cpu_seconds() - sum(cpu.values())), 1)
        say(f"{name} done ({stages[name]} s, {cpu[name]} s of processor time)")

    from wizard import __version__

    prod = product(__version__, args.brand, tuple(Path(p) for p in args.providers))
    art = work / "icons"
    art.mkdir(parents=True, exist_ok=True)
    icon_files = icons.all_formats(prod.icon_svg, prod.icon_png)
    for name, data in icon_files.items():
        (art / name).write_bytes(data)
    if args.onedir:
        onedir = Path(args.onedir).resolve()
    else:
        wheel = Path(args.wheel).resolve() if args.wheel else freeze.wheel(work)
        stage("wheel")
        python = freeze.venv(work, wheel)
        stage("venv")
        onedir = freeze.freeze(python, work, art / "icon.ico" if platform_name() == "windows" else None)
        stage("freeze")
    app = freeze.apply_brand(onedir, args.brand, work)
    figures["onedir_mib"] = round(tree_size(app) / MIB, 1)
    exe = "mailsetup.exe" if platform_name() == "windows" else "mailsetup"
    if not args.skip_smoke:
        found = smoke.run_all(app / exe, REPO / "test-output" / "screenshots") if platform_name() == "linux" else None
        if found:
            figures.update(version_seconds=round(found.version_seconds, 3), window_seconds=round(found.window_seconds, 3))
        stage("smoke")

    keys = make_keys(args, work / "keys")
    artefacts: list[Path] = []
    if platform_name() == "linux":
        root = linux.stage(prod, app, icon_files, work / "root")
        linux.validate(root, prod)
        needs = sysdeps.read(app)  # one reading of the bundle for both packages' dependencies
        figures.update(deb_depends=sysdeps.deb_depends(needs), rpm_requires=sysdeps.rpm_requires(needs))
        # Three packers over one tree, each its own process: side by side they keep both cores
        # busy (the bytes do not depend on it: every compressor's thread count is fixed).
        from concurrent.futures import ThreadPoolExecutor

        nfpm = shutil.which("nfpm") or str(Path(sys.executable).parent / "nfpm")
        with ThreadPoolExecutor(3) as pool:
            jobs = [pool.submit(linux.deb, prod, root, dist, needs),
                    pool.submit(linux.rpm, prod, root, dist, needs, nfpm, keys.gpg_secret_armored if keys else None),
                    pool.submit(linux.tarball, prod, app, dist)]
            deb, rpm, tarball = (job.result() for job in jobs)
        artefacts += [deb, rpm, tarball]
        figures.update(deb_mib=round(deb.stat().st_size / MIB, 1), rpm_mib=round(rpm.stat().st_size / MIB, 1),
                       tar_xz_mib=round(tarball.stat().st_size / MIB, 1))
        stage("linux packages")  # before the install check, so each stage's time is its own
        if not args.skip_smoke:
            figures.update(installed(prod, deb, work / "installed"))
            stage("installed .deb")
    # Windows wrappers: around the real bundle on Windows, around this one as a stand-in elsewhere.
    signer = windows.sign_command() if keys or args.uninstaller_signature else None
    os.environ.update(sign_env(keys))
    uninstaller_sig = dist / "uninstaller.sig"
    if keys:
        os.environ["MAILSETUP_UNINSTALLER_SIG_OUT"] = str(uninstaller_sig)
    elif args.uninstaller_signature:
        sig = Path(args.uninstaller_signature).resolve()
        os.environ["MAILSETUP_UNINSTALLER_SIG"] = str(sig)
        if (sig.parent / "authenticode-ca.pem").is_file():  # a throwaway root travels with its release
            os.environ["MAILSETUP_CODE_CA"] = str(sig.parent / "authenticode-ca.pem")
    if args.windows_payload == "small":
        payload = windows.small_payload(app, work, exe)
    else:
        payload = app if platform_name() == "windows" else windows.stand_in_payload(app, work)
    program = payload / windows.PROGRAM
    # The app executable is signed before anything wraps it (the installers carry it signed).
    program_sig = dist / "program.sig"
    if keys:
        sign.authenticode_sign(program, keys, prod.names["en"], args.timestamp_url)
        run("osslsigncode", "extract-signature", "-in", program, "-out", program_sig)
    elif args.uninstaller_signature and (Path(args.uninstaller_signature).parent / "program.sig").is_file():
        again = program.with_name(program.name + ".attached")
        ca = Path(args.uninstaller_signature).parent / "authenticode-ca.pem"
        run("osslsigncode", "attach-signature", "-sigin", Path(args.uninstaller_signature).parent / "program.sig",
            *(["-CAfile", ca] if ca.is_file() else []), "-in", program, "-out", again)
        again.replace(program)
    if program.exists():  # the wrappers record file times: the signed program keeps the build's
        os.utime(program, (epoch(), epoch()))
    setup = windows.nsis(prod, payload, windows.PROGRAM, icon_files["icon.ico"], dist, signer)
    msi = windows.msi(prod, payload, windows.PROGRAM, icon_files["icon.ico"], dist)
    artefacts += [setup, msi]
    figures.update(nsis_mib=round(setup.stat().st_size / MIB, 1), msi_mib=round(msi.stat().st_size / MIB, 1))
    stage("windows wrappers")
    bundle = macos.app(prod, app, exe, icon_files["icon.icns"], work / "macos")
    macos.check(bundle, prod)
    stage("macos layout")

    if keys is not None:
        if platform_name() == "linux":
            sign.sign_deb(deb, keys)
        sign.authenticode_sign(setup, keys, prod.names["en"], args.timestamp_url)
        sign.authenticode_sign(msi, keys, prod.names["en"], args.timestamp_url)
        if not args.timestamp_url:
            say("no RFC 3161 timestamp (no --timestamp-url): signatures hold until the certificate expires")
        manifest = sign.write_manifest(artefacts, dist)
        sign.sign_manifest(manifest, keys)
        shutil.copyfile(keys.gpg_public_armored, dist / "release-key.asc")
        shutil.copyfile(keys.gpg_public, dist / "release-key.gpg")
        shutil.copyfile(keys.code_ca, dist / "authenticode-ca.pem")
        sign.debsig_policy(keys, dist / "debsig")
        stage("sign")
        figures["verified"] = verify(dist, keys, work / "verify", program)
        stage("verify")
        if not args.gnupghome:  # the throwaway key's agent goes with the build
            run("gpgconf", "--homedir", keys.gnupghome, "--kill", "gpg-agent", check=False)
    else:
        sign.write_manifest(artefacts, dist)
    figures["stages_seconds"] = stages
    figures["stages_cpu_seconds"] = cpu  # user + system, this process and every tool it ran
    figures["total_seconds"] = round(time.perf_counter() - started, 1)
    figures["artefacts"] = sorted(p.name for p in artefacts)
    (out / "report.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return figures


# What each file of dist/ is, by how its name ends (first match wins).
WHAT = (
    (".deb", "Debian/Ubuntu package"), (".rpm", "Fedora/openSUSE package"), (".tar.xz", "Linux folder, unpacked anywhere"),
    ("-setup.exe", "Windows installer (NSIS)"), (".msi", "Windows installer (MSI)"),
    ("SHA256SUMS", "the installers' SHA-256 sums"), ("SHA256SUMS.asc", "their signature"),
    ("release-key.asc", "the key that signed them (armoured)"), ("release-key.gpg", "the same key (binary, for gpgv)"),
    ("authenticode-ca.pem", "the root of the Authenticode signatures"),
    ("debsig", "debsig-verify's policy and keyring: publish with the release"),
    ("uninstaller.sig", "the uninstaller's signature, for an unsigned rebuild"),
    ("program.sig", "the Windows program's signature, for an unsigned rebuild"),
)


def human(size: int) -> str:
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size / 1024:.1f} KiB" if size >= 1024 else f"{size} B"


def _shown(path: Path) -> str:
    """A path as the person who ran the build can paste it: relative when under the cwd."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def summary(out: Path, figures: dict) -> list[str]:
    """The lines a build ends with: every file it left in dist/, its size and what it is."""
    dist = out / "dist"
    files = sorted(dist.iterdir(), key=lambda p: (p.name not in figures["artefacts"], p.name))
    width = max(len(p.name) + p.is_dir() for p in files)
    stand_in = platform_name() != "windows"
    lines = [f"built in {figures['total_seconds']} s, into {_shown(dist)}/:"]
    for path in files:
        name = path.name + ("/" if path.is_dir() else "")
        size = tree_size(path) if path.is_dir() else path.stat().st_size
        what = next((w for end, w in WHAT if path.name.endswith(end)), "")
        if stand_in and path.suffix in (".exe", ".msi"):
            what += " around a stand-in payload (the real one is built on Windows)"
        lines.append(f"  {name:<{width}}  {human(size):>10}  {what}".rstrip())
    lines.append(f"figures (sizes, each stage's seconds, the packages' dependencies): {_shown(out / 'report.json')}")
    return lines


def cpu_seconds() -> float:
    try:
        import resource
    except ImportError:  # Windows: wall times only
        return 0.0
    own, tools = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + tools.ru_utime + tools.ru_stime


def installed(prod, deb: Path, root: Path) -> dict:
    """Install the .deb into a throwaway root, open the wizard from its desktop entry under
    Xvfb (screenshot kept), purge it, and insist nothing is left."""
    from installers import installed as inst

    shutil.rmtree(root, ignore_errors=True)
    inst.install(deb, root)
    command = inst.desktop_command(prod, root)
    shots = REPO / "test-output" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    times = []
    home = root.parent / "installed-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    with smoke.Xvfb() as x:
        for language in ("da", "nb", "en"):
            shot = shots / f"installed-{prod.package}-{language}.png"
            times.append(smoke.window(command, home, shot, x.display, language))
        version = smoke.timed_version(Path(command[0]), smoke._env(home))
    left = inst.remove(prod, root)
    if left:
        raise BuildError(f"purging {prod.package} left {len(left)} files behind, first {left[0]}")
    shutil.rmtree(home, ignore_errors=True)
    return {"installed_window_seconds": [round(t, 3) for t in times], "installed_version_seconds": round(version, 3)}


def verify(dist: Path, keys, scratch: Path, program: Path | None = None) -> list[str]:
    """Every artefact (and the app executable the Windows installers carry) passes its
    verifier, and a copy with one byte changed fails it."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    said: list[str] = []

    def check(verdict, want: bool, what: str) -> None:
        if verdict.ok != want:
            raise BuildError(f"{verdict.how} {'rejected' if want else 'accepted'} {what} {verdict.file}")
        said.append(f"{verdict.how}: {'ok' if want else 'rejected'} {what} {verdict.file}")

    for deb in dist.glob("*.deb"):
        check(sign.verify_deb(deb, dist / "debsig"), True, "signed")
        check(sign.verify_deb(sign.tampered(deb, scratch), dist / "debsig"), False, "tampered")
    for rpm in dist.glob("*.rpm"):
        check(sign.verify_rpm(rpm, keys, scratch / "rpmdb"), True, "signed")
        check(sign.verify_rpm(sign.tampered(rpm, scratch), keys, scratch / "rpmdb"), False, "tampered")
    for pe in list(dist.glob("*.exe")) + list(dist.glob("*.msi")) + ([program] if program else []):
        check(sign.authenticode_verify(pe, keys), True, "signed")
        check(sign.authenticode_verify(sign.tampered(pe, scratch), keys), False, "tampered")
    for verdict in sign.verify_manifest(dist / "SHA256SUMS", keys.gpg_public):
        check(verdict, True, "listed")
    fake = scratch / "manifest"
    fake.mkdir()
    for name in ("SHA256SUMS", "SHA256SUMS.asc"):
        shutil.copyfile(dist / name, fake / name)
    lines = (fake / "SHA256SUMS").read_text().splitlines()
    (fake / "SHA256SUMS").write_text("\n".join(["0" * 64 + lines[0][64:]] + lines[1:]) + "\n")
    check(sign.verify_manifest(fake / "SHA256SUMS", keys.gpg_public)[0], False, "tampered")
    return said


def compare(release: Path, rebuild: Path) -> list[str]:
    """A signed release against an unsigned rebuild: Authenticode signatures moved onto the
    rebuild give the release's bytes; everything else must match as it is (the .deb less its
    debsigs member, the rpm less its signature header, are checked through their contents)."""
    out = []
    for path in sorted(rebuild.iterdir()):
        if path.name.startswith(("SHA256SUMS", "release-key", "uninstaller.sig", "program.sig", "authenticode-ca")) or path.is_dir():
            continue
        signed = release / path.name
        if not signed.is_file():
            raise BuildError(f"the release has no {path.name}")
        if path.suffix in (".exe", ".msi"):
            ca = release / "authenticode-ca.pem"
            again = sign.reattach(signed, path, rebuild.parent / f"reattached-{path.name}", ca if ca.is_file() else None)
            same = again.read_bytes() == signed.read_bytes()
            again.unlink()
        elif path.suffix == ".deb":
            same = _deb_members(signed, drop="_gpgorigin") == _deb_members(path)
        elif path.suffix == ".rpm":
            same = _rpm_payload(signed) == _rpm_payload(path)
        else:
            same = signed.read_bytes() == path.read_bytes()
        if not same:
            raise BuildError(f"{path.name}: the release differs from the rebuild")
        out.append(path.name)
    return out


def _deb_members(path: Path, drop: str | None = None) -> list[tuple[str, bytes]]:
    data = path.read_bytes()
    assert data[:8] == b"!<arch>\n"
    members, at = [], 8
    while at < len(data):
        header = data[at:at + 60]
        name, size = header[:16].decode().strip().rstrip("/"), int(header[48:58])
        if name != drop:
            members.append((name, data[at + 60:at + 60 + size]))
        at += 60 + size + (size % 2)
    return members


def _rpm_payload(path: Path) -> bytes:
    """The rpm's main header and payload (what its signature signs)."""
    data = path.read_bytes()
    at = 96  # lead

    def header_length(offset: int) -> int:
        entries = int.from_bytes(data[offset + 8:offset + 12], "big")
        store = int.from_bytes(data[offset + 12:offset + 16], "big")
        return 16 + 16 * entries + store

    at += header_length(at)
    at += (8 - at % 8) % 8
    return data[at:]


def sign_file(path: Path) -> int:
    """NSIS's !uninstfinalize hook: sign the uninstaller it just wrote, in place, and keep its
    signature (dist/uninstaller.sig, published), so an unsigned rebuild can put that same
    signature on its own uninstaller and come out identical to the release."""
    reuse = os.environ.get("MAILSETUP_UNINSTALLER_SIG")
    if reuse:
        again = path.with_name(path.name + ".attached")
        ca = os.environ.get("MAILSETUP_CODE_CA")
        run("osslsigncode", "attach-signature", "-sigin", reuse, *(["-CAfile", ca] if ca else []), "-in", path, "-out", again)
        again.replace(path)
        return 0
    cert, key = os.environ.get("MAILSETUP_CODE_CERT"), os.environ.get("MAILSETUP_CODE_KEY")
    if not cert or not key:
        print("build.py sign-file: MAILSETUP_CODE_CERT and MAILSETUP_CODE_KEY name no certificate", file=sys.stderr)
        return 2
    k = keymod.Keys(Path("."), "", Path("."), Path("."), None, Path(cert), Path(key), Path("."))
    sign.authenticode_sign(path, k, "uninstaller", os.environ.get("MAILSETUP_TIMESTAMP_URL") or None)
    keep = os.environ.get("MAILSETUP_UNINSTALLER_SIG_OUT")
    if keep:
        run("osslsigncode", "extract-signature", "-in", path, "-out", keep)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["sign-file"] and len(argv) == 2:
            return sign_file(Path(argv[1]))
        if argv[:1] == ["compare"] and len(argv) == 3:
            for name in compare(Path(argv[1]), Path(argv[2])):
                say(f"identical: {name}")
            return 0
        parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
        parser.add_argument("--out", default=str(REPO / "build" / "dist"), help="where everything goes (dist/ inside holds the release)")
        parser.add_argument("--brand", help="a provider pack id: the installer carries its name, icon and default brand")
        parser.add_argument("--providers", action="append", default=[], metavar="DIR", help="extra provider packs (for --brand)")
        parser.add_argument("--unsigned", action="store_true", help="no signatures (a rebuild to compare a release with)")
        parser.add_argument("--skip-smoke", action="store_true", help="no smoke test of the frozen app")
        parser.add_argument("--compression", choices=("release", "fast"), default="release",
                            help="fast: the same archives compressed lightly (proving the chain, not shipping)")
        parser.add_argument("--wheel", help="freeze this wheel of mailsetup (built beforehand, e.g. where there is no network)")
        parser.add_argument("--onedir", help="package this frozen bundle instead of freezing (tests, quick wrappers)")
        parser.add_argument("--windows-payload", choices=("bundle", "small"), default="bundle",
                            help="what the NSIS/MSI wrappers carry: the bundle, or a few files (quick checks)")
        parser.add_argument("--gnupghome", help="release signing: a GnuPG home holding the release key")
        parser.add_argument("--gpg-key", help="release signing: which key in --gnupghome")
        parser.add_argument("--code-cert", help="release signing: the Authenticode certificate chain (PEM)")
        parser.add_argument("--code-key", help="release signing: its private key (PEM)")
        parser.add_argument("--code-ca", help="release signing: the root that verifies it (PEM)")
        parser.add_argument("--uninstaller-signature", metavar="FILE",
                            help="with --unsigned: put this release's uninstaller signature (dist/uninstaller.sig) on the rebuild's, "
                                 "and the app executable's (dist/program.sig beside it) on its program")
        parser.add_argument("--timestamp-url", help="an RFC 3161 timestamp server for the Authenticode signatures")
        args = parser.parse_args(argv)
        if args.gnupghome and not (args.code_cert and args.code_key and args.code_ca):
            parser.error("--gnupghome needs --code-cert, --code-key and --code-ca too")
        figures = build(args)
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    for line in summary(Path(args.out).resolve(), figures):
        say(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
