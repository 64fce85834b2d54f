"""The pure parts of a native app's OAuth 2 sign-in (RFC 8252): a PKCE S256 pair (RFC 7636)
and the state that ties the browser's redirect back to the request this program made. Both
are secrets for a minute; their text is never shown, logged or written, so neither repr
carries it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def challenge_s256(verifier: str) -> str:
    """BASE64URL(SHA256(verifier)), refusing a verifier RFC 7636 section 4.1 does not allow."""
    if not 43 <= len(verifier) <= 128 or not set(verifier) <= _UNRESERVED:
        raise ValueError("a PKCE verifier is 43 to 128 unreserved characters")
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


@dataclass(frozen=True)
class Pkce:
    """One verifier and its S256 challenge; the challenge goes in the browser's address."""

    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        verifier = _b64url(secrets.token_bytes(32))  # 43 characters, 256 bits
        return cls(verifier, challenge_s256(verifier))


@dataclass(frozen=True)
class State:
    """The random state sent with the request; a redirect is ours only if it returns it."""

    value: str = field(repr=False)

    @classmethod
    def new(cls) -> State:
        return cls(_b64url(secrets.token_bytes(24)))

    def matches(self, returned: str | None) -> bool:
        return returned is not None and hmac.compare_digest(self.value.encode(), returned.encode())
