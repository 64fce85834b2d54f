"""Running the build tools, and the few things every stage needs to be reproducible:
normalised file times and deterministic archives."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any


class BuildError(Exception):
    """A stage failed; the message is one line naming what and why."""


def run(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None, input: bytes | None = None,
        check: bool = True) -> subprocess.CompletedProcess:
    cmd = [str(a) for a in args]
    if shutil.which(cmd[0]) is None and not Path(cmd[0]).exists():
        raise BuildError(f"{cmd[0]} is not installed (make dist installs the build tools)")
    result = subprocess.run(cmd, env=None if env is None else {**os.environ, **env}, cwd=cwd, input=input,
                            capture_output=True)
    if check and result.returncode != 0:
        tail = (result.stderr or result.stdout).decode(errors="replace").strip().splitlines()[-3:]
        raise BuildError(f"{Path(cmd[0]).name} {' '.join(cmd[1:3])} … failed ({result.returncode}): {' / '.join(tail)}")
    return result


def epoch() -> int:
    """SOURCE_DATE_EPOCH: every time stamp in every artefact."""
    return int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)


def commit_epoch(repo: Path) -> int:
    result = subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%ct"], capture_output=True, text=True)
    return int(result.stdout.strip()) if result.returncode == 0 and result.stdout.strip() else 315532800


def normalise_tree(root: Path, when: int | None = None) -> None:
    """Every file and folder under root gets the same time; modes become 0755/0644."""
    when = epoch() if when is None else when
    for path in sorted(root.rglob("*"), reverse=True) + [root]:
        if path.is_symlink():
            os.utime(path, (when, when), follow_symlinks=False)
            continue
        mode = path.stat().st_mode
        path.chmod(0o755 if path.is_dir() or mode & 0o111 else 0o644)
        os.utime(path, (when, when))


# How hard every archive is compressed: "release" for what ships, "fast" where only the chain
# is being proved (the same tools and formats; each release-level pass over the 127 MiB bundle
# costs about 2.5 minutes of one core here).
LEVELS = {"release": {"xz": "-6", "deb": ("-Zxz", "-z6"), "nsis": "/SOLID lzma"},
          "fast": {"xz": "-0", "deb": ("-Zgzip", "-z1"), "nsis": "zlib"}}


def level(tool: str) -> Any:
    return LEVELS[os.environ.get("MAILSETUP_COMPRESSION", "release")][tool]


def tar_xz(source: Path, target: Path, prefix: str) -> Path:
    """A tar.xz of source under prefix/: sorted names, owner root, one time stamp."""
    when = epoch()

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = when
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    plain = target.with_suffix("")  # .tar
    with tarfile.open(plain, "w", format=tarfile.GNU_FORMAT) as tar:
        paths = [source] + sorted(source.rglob("*"), key=lambda p: p.relative_to(source).as_posix())
        for path in paths:
            name = prefix if path == source else f"{prefix}/{path.relative_to(source).as_posix()}"
            tar.add(path, arcname=name, recursive=False, filter=clean)
    # Two threads always (xz's multi-threaded format, whatever the machine's cores): the
    # bytes then depend on the block size only, never on how many cores built them.
    run("xz", level("xz"), "-T2", "--block-size=16MiB", "-f", plain)
    return target


def tree_size(root: Path) -> int:
    """Bytes on disk (apparent sizes, symlinks once)."""
    return sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
