"""SHA-256 certificate fingerprints and the pins made of them: the one place that says what a
fingerprint looks like, so the command line, provider packs, the store and the window agree."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.i18n import T
from wizard.model.errors import UserError

_HEX = frozenset("0123456789ABCDEF")


def fingerprint_sha256(der: bytes) -> str:
    """Colon-separated upper-case hex, the form Thunderbird and browsers show."""
    import hashlib  # when a certificate is seen: a command's opening begins before it is needed

    return _colons(hashlib.sha256(der).hexdigest().upper())


def parse_fingerprint(text: str) -> str | None:
    """The canonical form of a fingerprint typed with or without colons or spaces, in any case,
    optionally after "SHA256=" (as openssl prints it); None when it is not one."""
    digits = text.strip().replace(":", "").replace(" ", "").upper()
    if digits.startswith("SHA256"):
        digits = digits[6:].lstrip("=")
    if len(digits) != 64 or not _HEX.issuperset(digits):
        return None
    return _colons(digits)


def normalize_fingerprint(text: str) -> str:
    """`parse_fingerprint`, raising a UserError that names the value when it is not one."""
    canonical = parse_fingerprint(text)
    if canonical is None:
        raise UserError("fingerprint-invalid", T("“{value}” is not a SHA-256 fingerprint (64 hexadecimal digits).", value=text))
    return canonical


def same_fingerprint(a: str, b: str) -> bool:
    """Whether two texts name the same certificate; a malformed one matches nothing."""
    canonical = parse_fingerprint(a)
    return canonical is not None and canonical == parse_fingerprint(b)


def _colons(digits: str) -> str:
    return ":".join(digits[i : i + 2] for i in range(0, len(digits), 2))


@dataclass(frozen=True)
class Pin:
    """A certificate the person accepted for exactly one host and port."""

    host: str
    port: int
    sha256: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "host", self.host.lower().rstrip("."))
        object.__setattr__(self, "sha256", normalize_fingerprint(self.sha256))
