"""How a server signs a person in, and what may be presented to it: a password only to a
password server, a bearer token only to an OAuth2 one, and nothing otherwise. One rule in
one place, so the doctor, the profiles and the shells cannot disagree about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable

from wizard.model.server import AuthMethod, ServerSettings

# The SASL mechanisms that carry an OAuth2 bearer token: RFC 7628's, then Google/Microsoft's own.
OAUTH2_MECHANISMS = ("OAUTHBEARER", "XOAUTH2")


class SignIn(StrEnum):
    """`oauth2`: the provider signs the person in on its own web page and the mail program
    gets a token; a password is never sent to such a server."""

    PASSWORD = "password"
    OAUTH2 = "oauth2"

    @classmethod
    def of(cls, server: ServerSettings) -> "SignIn":
        """The server's preferred method decides (autoconfig lists the best first; a
        password listed after OAuth2 is the fallback of programs without OAuth2)."""
        return cls.OAUTH2 if server.auth[:1] == (AuthMethod.OAUTH2,) else cls.PASSWORD


class CredentialKind(StrEnum):
    PASSWORD = "password"
    OAUTH2_TOKEN = "oauth2-token"
    NONE = "none"


@dataclass(frozen=True)
class Credential:
    """One secret for one server; the secret never shows in a repr or a comparison."""

    kind: CredentialKind
    secret: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", CredentialKind(self.kind))
        if (self.kind is CredentialKind.NONE) != (not self.secret):
            raise ValueError("a credential has a secret exactly when it is not `none`")


NO_CREDENTIAL = Credential(CredentialKind.NONE)


def credential_for(server: ServerSettings, password: str | None, token: str | None = None) -> Credential:
    """What may be presented to `server`: the password to a password server, the access
    token to an OAuth2 server, else nothing (a password given for an OAuth2 server stays here)."""
    if SignIn.of(server) is SignIn.OAUTH2:
        return Credential(CredentialKind.OAUTH2_TOKEN, token) if token else NO_CREDENTIAL
    return Credential(CredentialKind.PASSWORD, password) if password else NO_CREDENTIAL


def needs_no_password(servers: Iterable[ServerSettings]) -> bool:
    """Every server signs in on the provider's own page (OAuth2): no password has any use for
    this account, so none is asked for and a typed one is not kept (a mixed account keeps it,
    for its password servers only)."""
    listed = tuple(servers)
    return bool(listed) and all(SignIn.of(s) is SignIn.OAUTH2 for s in listed)


def offers_oauth2(mechanisms: frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The OAuth2 mechanisms among those a server offered (upper case), best first."""
    offered = {m.upper() for m in mechanisms}
    return tuple(m for m in OAUTH2_MECHANISMS if m in offered)
