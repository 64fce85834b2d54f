"""Reading a small local file that someone else may have put there: a provider pack, a
prefs.js, a profiles.ini, a profile written earlier, a certificate file.

Such a file can be a FIFO (opening it to read would wait forever), a device like /dev/zero
(reading it never ends), a folder, or simply huge. So: open without blocking, look at what the
open descriptor is (no race between the check and the read), refuse anything that is not a
regular file, refuse it when it is larger than the limit before reading, and never read more
than the limit even if it grows meanwhile. The error is the usual one line naming the file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wizard.i18n import T, Text
from wizard.model.errors import UserError

KIB = 1024
MIB = 1024 * KIB


class LocalFileError(UserError):
    """`problem` is the reason without the file name, for callers with their own wording."""

    def __init__(self, code: str, path: Path, problem: Text) -> None:
        super().__init__(code, T("“{path}” was not read: {problem}", path=str(path), problem=problem))
        self.path = path
        self.problem = problem


def _verbatim(text: str) -> Text:
    """The system's own words (strerror), as they are."""
    return Text("{problem}", (("problem", text),))


def _size(limit: int) -> str:
    return f"{limit // MIB} MiB" if limit >= MIB and limit % MIB == 0 else f"{max(1, limit // KIB)} KiB"


def read_small(path: Path | str, limit: int, *, head: bool = False) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them, or LocalFileError.
    With `head`, a larger file gives its first `limit` bytes instead (the caller judges).
    FileNotFoundError passes through unchanged for callers to whom "absent" is normal."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise LocalFileError("file-unreadable", path, _verbatim(exc.strerror or type(exc).__name__)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LocalFileError("file-not-regular", path, T("it is not a regular file (a folder, a device or a pipe)"))
        if info.st_size > limit and not head:
            raise LocalFileError("file-too-large", path, T("it is larger than {limit}", limit=_size(limit)))
        chunks: list[bytes] = []
        total = 0
        wanted = limit if head else limit + 1
        while total < wanted:
            chunk = os.read(fd, min(64 * KIB, wanted - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise LocalFileError("file-too-large", path, T("it is larger than {limit}", limit=_size(limit)))
        return b"".join(chunks)
    except OSError as exc:
        raise LocalFileError("file-unreadable", path, _verbatim(exc.strerror or type(exc).__name__)) from None
    finally:
        os.close(fd)


def read_small_text(path: Path | str, limit: int) -> str:
    return read_small(path, limit).decode("utf-8", errors="replace")
