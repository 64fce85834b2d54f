"""Replace a file so that a crash at any moment leaves the old or the new content, never a mix.

The old file is first copied to a timestamped backup beside it; the new content goes to a
temporary file in the same folder, is flushed to disk, and is renamed over the original
(rename within one file system is atomic on POSIX and on Windows via os.replace)."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from wizard.i18n import T
from wizard.model.errors import UserError

# Called with the name of each step before it runs; tests raise or kill there.
StepHook = Callable[[str], None]
STEPS = ("backup", "temp-open", "temp-write", "temp-fsync", "replace", "dir-fsync")


class WriteError(UserError):
    pass


@dataclass(frozen=True)
class Replaced:
    path: Path
    backup: Path | None  # None when there was no old file


def _no_hook(step: str) -> None:
    return None


def backup_name(path: Path, now: datetime | None = None) -> Path:
    """prefs.js -> prefs.js.mailsetup-20240131-235959.bak (a counter keeps it unique)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.mailsetup-{stamp}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.mailsetup-{stamp}-{n}.bak")
    return candidate


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; os.replace is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(path: Path, data: bytes, *, backup: bool = True, private: bool = False, hook: StepHook = _no_hook) -> Replaced:
    """Atomically give `path` the content `data`, keeping a backup of the old file.

    The new file keeps the old one's permissions, except a `private` one (it holds a
    password): that is 0600 from its first byte, and so is its backup, even when the file
    it replaces was readable by others."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise WriteError("folder-missing", T("The folder “{folder}” does not exist.", folder=folder))
    saved: Path | None = None
    tmp_name: str | None = None
    try:
        if backup and path.exists():
            hook("backup")
            saved = backup_name(path)
            shutil.copy2(path, saved)
            if private:
                os.chmod(saved, 0o600)
        hook("temp-open")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".mailsetup-tmp", dir=folder)  # 0600
        if private:
            os.chmod(tmp_name, 0o600)
        with os.fdopen(fd, "wb") as handle:
            hook("temp-write")
            handle.write(data)
            handle.flush()
            hook("temp-fsync")
            os.fsync(handle.fileno())
        if path.exists() and not private:
            shutil.copymode(path, tmp_name)
        hook("replace")
        os.replace(tmp_name, path)
        tmp_name = None
        hook("dir-fsync")
        _fsync_dir(folder)
    except OSError as exc:
        raise WriteError("write-failed", T("Could not write “{path}”: {problem}", path=path, problem=exc.strerror or str(exc))) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return Replaced(path, saved)
