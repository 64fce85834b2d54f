"""SASL client messages (RFC 4422) the three protocols carry in base64: PLAIN (RFC 4616),
LOGIN (the old draft every server still offers), and the bearer-token forms for OAuth 2
sign-in, XOAUTH2 (Google/Microsoft) and OAUTHBEARER (RFC 7628). Every value is checked for
control characters first: NUL separates PLAIN's fields, CR/LF would end the command."""

from __future__ import annotations

import base64
from enum import StrEnum

from wizard.protocols.unsafe import safe


class Mechanism(StrEnum):
    PLAIN = "PLAIN"
    LOGIN = "LOGIN"
    XOAUTH2 = "XOAUTH2"
    OAUTHBEARER = "OAUTHBEARER"


def b64(data: bytes) -> bytes:
    return base64.b64encode(data)


def plain(username: str, password: str) -> bytes:
    """The one PLAIN message, authorization identity empty (the server derives it)."""
    user = safe(username, "user name").encode()
    secret = safe(password, "password").encode()
    return b64(b"\0" + user + b"\0" + secret)


def login_steps(username: str, password: str) -> tuple[bytes, bytes]:
    """LOGIN's two answers, to the server's "Username:" and "Password:" challenges."""
    return b64(safe(username, "user name").encode()), b64(safe(password, "password").encode())


def xoauth2(username: str, token: str) -> bytes:
    user, bearer = safe(username, "user name"), safe(token, "access token")
    return b64(f"user={user}\x01auth=Bearer {bearer}\x01\x01".encode())


def oauthbearer(username: str, token: str) -> bytes:
    user, bearer = safe(username, "user name"), safe(token, "access token")
    escaped = user.replace("=", "=3D").replace(",", "=2C")
    return b64(f"n,a={escaped},\x01auth=Bearer {bearer}\x01\x01".encode())


def choose(offered: frozenset[str]) -> Mechanism | None:
    """The password mechanism to use from those offered: PLAIN (one round trip), then LOGIN."""
    for mechanism in (Mechanism.PLAIN, Mechanism.LOGIN):
        if mechanism.value in offered:
            return mechanism
    return None


BEARERS = (Mechanism.OAUTHBEARER, Mechanism.XOAUTH2)


def choose_bearer(offered: frozenset[str], only: Mechanism | None = None) -> Mechanism | None:
    """The token mechanism to use: OAUTHBEARER (the standard, RFC 7628), then XOAUTH2. With
    `only`, that one mechanism or none: a token that worked with one mechanism is not tried
    with another where the server does not offer the first."""
    for mechanism in BEARERS if only is None else (only,):
        if mechanism in BEARERS and mechanism.value in offered:
            return mechanism
    return None


def refused_bearer(only: Mechanism | None) -> str:
    """What a LoginResult says when no token mechanism that may be used is offered."""
    return "no OAUTHBEARER or XOAUTH2" if only is None else f"no {only.value}"


def bearer(mechanism: Mechanism, username: str, token: str) -> bytes:
    """The initial response of a token mechanism."""
    if mechanism is Mechanism.OAUTHBEARER:
        return oauthbearer(username, token)
    if mechanism is Mechanism.XOAUTH2:
        return xoauth2(username, token)
    raise ValueError(f"{mechanism} carries no token")


def bearer_ack(mechanism: Mechanism) -> bytes:
    """The answer to a token mechanism's error challenge, after which the server says no:
    %x01 for OAUTHBEARER (RFC 7628 3.2.3), an empty response for XOAUTH2."""
    return b64(b"\x01") if mechanism is Mechanism.OAUTHBEARER else b""
