"""File names built from an address: a safe alphabet, never a path, always inside the folder.

A local part may legally hold `/`, `\\`, dots and any Unicode letter (`../../.bashrc@x.test`
is a valid address), so nothing of it reaches the file system unfiltered: every character
outside A–Z a–z 0–9 . _ + - becomes `_`, a leading dot too (no hidden files, never `..`), and
a very long name is cut and given a short hash so that it stays unique and under the limits
of every file system. The domain is already ASCII (punycode)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from wizard.i18n import T
from wizard.model import EmailAddress
from wizard.model.errors import UserError

_UNSAFE = re.compile(r"[^A-Za-z0-9._+-]")
MAX_STEM = 120  # leaves room for suffixes like "-iphone.mobileconfig" in any file system


def safe_part(text: str) -> str:
    """`text` in the safe alphabet; never empty, never starting with a dot."""
    cleaned = _UNSAFE.sub("_", text)
    cleaned = re.sub(r"^\.", "_", cleaned) or "_"
    if len(cleaned) > MAX_STEM:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        cleaned = f"{cleaned[: MAX_STEM - 13]}-{digest}"
    return cleaned


def address_stem(address: EmailAddress) -> str:
    """jo@example.test -> jo_at_example.test (the form earlier versions wrote, kept)."""
    return safe_part(f"{address.local}_at_{address.domain}")


def domain_stem(address: EmailAddress) -> str:
    return safe_part(address.domain)


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refused unless it names a file directly inside `folder` (a second
    guard behind the safe alphabet: a name with a separator or `..` never gets through)."""
    folder = Path(folder)
    candidate = folder / name
    if name in ("", ".", "..") or Path(name).name != name or "/" in name or "\\" in name \
            or candidate.resolve(strict=False).parent != folder.resolve(strict=False):
        raise UserError("file-name-unsafe", T("“{name}” cannot be used as a file name in “{folder}”.", name=name, folder=folder))
    return candidate
