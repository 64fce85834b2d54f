"""The pure parts of a native app's OAuth 2 sign-in (RFC 8252), sans-I/O: where the
authorization server's metadata lives (RFC 8414, OpenID Connect discovery) and what it must
say, the address the browser opens (RFC 6749 section 4.1.1 with PKCE, RFC 7636), the
redirect that comes back to the loopback listener, and the token endpoint's request and
answer.

Every refusal is an OAuthRefused with a Problem the doctor turns into a finding; nothing
is retried with less checking. Codes, verifiers, tokens and the state never enter a repr or
a refusal's text: those texts come from the server or from us, never from a secret."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from wizard.model.controls import has_controls
from wizard.protocols.pkce import Pkce, State

MAX_DOCUMENT = 64 * 1024  # a metadata document or token answer larger than this is refused
METADATA_PATH = "/.well-known/oauth-authorization-server"
OPENID_PATH = "/.well-known/openid-configuration"
REDIRECT_PATH = "/oauth/redirect"
LOOPBACK = "127.0.0.1"  # RFC 8252 section 7.3: the IP literal, never "localhost"


class Problem(StrEnum):
    """Why a sign-in stopped; each is one finding code (wizard.model.findings)."""

    METADATA = "oauth-metadata-invalid"  # no usable metadata document
    ISSUER = "oauth-issuer-mismatch"  # the document speaks for another issuer
    STATE = "oauth-state-mismatch"  # the redirect does not answer our request
    REDIRECT = "oauth-redirect-mismatch"  # the redirect came to another host, port or path
    DENIED = "oauth-denied"  # the server (or the person) said no in the redirect
    TOKEN = "oauth-token-refused"  # the token endpoint refused or answered nonsense
    EXPIRED = "oauth-token-expired"  # the token arrived already expired
    TIMEOUT = "oauth-timeout"  # no redirect came back in time
    NO_BROWSER = "oauth-no-browser"  # the system would not open a browser
    STALE = "oauth-sign-in-stale"  # the kept sign-in (refresh token) is no longer accepted: sign in again


class OAuthRefused(Exception):
    """A sign-in step that must not go on. `detail` says why in English (for the log and
    tests); `said` is the server's own words or the value it named, for a translated
    sentence. Neither ever holds a secret."""

    def __init__(self, problem: Problem, detail: str = "", said: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        self.said = said


def _clean(text: Any, limit: int = 200) -> str:
    """A server's word fit to show: one line, printable, bounded."""
    value = str(text)
    return "".join(c if c.isprintable() else " " for c in value)[:limit].strip()


# -- the issuer and its metadata ----------------------------------------------------------------
def check_issuer(issuer: str) -> str:
    """RFC 8414 section 2: an https URL with no query or fragment."""
    parts = urlsplit(issuer)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment or has_controls(issuer):
        raise OAuthRefused(Problem.METADATA, f"the issuer {_clean(issuer)} is not an https address without query or fragment")
    return issuer


def metadata_urls(issuer: str) -> tuple[str, str]:
    """Where the metadata is asked for, in order: RFC 8414 section 3.1 puts the well-known
    part before the issuer's path; OpenID Connect discovery appends it."""
    parts = urlsplit(check_issuer(issuer))
    path = parts.path.rstrip("/")
    rfc8414 = urlunsplit(("https", parts.netloc, METADATA_PATH + path, "", ""))
    openid = urlunsplit(("https", parts.netloc, path + OPENID_PATH, "", ""))
    return rfc8414, openid


@dataclass(frozen=True)
class ServerMetadata:
    """What the wizard uses of an authorization server's metadata."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    code_challenge_methods: tuple[str, ...] = ()  # empty: the document did not say
    scopes_supported: tuple[str, ...] = ()


def _json_object(body: bytes, problem: Problem, what: str) -> dict[str, Any]:
    if len(body) > MAX_DOCUMENT:
        raise OAuthRefused(problem, f"the {what} is larger than {MAX_DOCUMENT} bytes")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise OAuthRefused(problem, f"the {what} is not JSON") from None
    if not isinstance(data, dict):
        raise OAuthRefused(problem, f"the {what} is not a JSON object")
    return data


def _https(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise OAuthRefused(Problem.METADATA, f"the metadata has no {key}")
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or parts.fragment or has_controls(value):
        raise OAuthRefused(Problem.METADATA, f"the metadata's {key} {_clean(value)} is not an https address")
    return value


def _words(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OAuthRefused(Problem.METADATA, f"the metadata's {key} is not a list of texts")
    return tuple(value)


def parse_metadata(body: bytes, expected_issuer: str) -> ServerMetadata:
    """A metadata document, only if it speaks for `expected_issuer`: RFC 8414 section 3.3
    (and OpenID Connect discovery 4.3) say the issuer in it must be identical to the one
    configured, or the document must not be used. It must offer the code flow with S256."""
    data = _json_object(body, Problem.METADATA, "metadata document")
    issuer = data.get("issuer")
    if not isinstance(issuer, str):
        raise OAuthRefused(Problem.METADATA, "the metadata names no issuer")
    if issuer != expected_issuer:
        raise OAuthRefused(Problem.ISSUER, f"the metadata speaks for {_clean(issuer)}, not {_clean(expected_issuer)}", _clean(issuer))
    response_types = _words(data, "response_types_supported")
    if response_types and "code" not in response_types:
        raise OAuthRefused(Problem.METADATA, "the server does not offer the authorization code flow")
    methods = _words(data, "code_challenge_methods_supported")
    if methods and "S256" not in methods:
        raise OAuthRefused(Problem.METADATA, "the server does not offer PKCE with S256")
    return ServerMetadata(issuer, _https(data, "authorization_endpoint"), _https(data, "token_endpoint"), methods, _words(data, "scopes_supported"))


# -- the request the browser carries --------------------------------------------------------------
def redirect_uri(port: int, path: str = REDIRECT_PATH) -> str:
    """The loopback redirect of RFC 8252 section 7.3 for the listener's port."""
    if not 0 < port < 65536:
        raise ValueError("a port is 1 to 65535")
    return f"http://{LOOPBACK}:{port}{path}"


def authorization_url(
    metadata: ServerMetadata, client_id: str, redirect: str, scopes: tuple[str, ...], state: State, pkce: Pkce, login_hint: str | None = None
) -> str:
    """The address the system browser opens (RFC 6749 4.1.1, RFC 7636 4.3). A query the
    endpoint already has is kept, as RFC 6749 section 3.1 requires."""
    params = [
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", redirect),
        ("scope", " ".join(scopes)),
        ("state", state.value),
        ("code_challenge", pkce.challenge),
        ("code_challenge_method", pkce.method),
    ]
    if login_hint:
        params.append(("login_hint", login_hint))
    parts = urlsplit(metadata.authorization_endpoint)
    query = "&".join(q for q in (parts.query, urlencode(params)) if q)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


# -- the redirect back to the loopback listener -------------------------------------------------
@dataclass(frozen=True)
class Grant:
    """The authorization code from a redirect that answered our request."""

    code: str = field(repr=False)


def parse_redirect(target: str, host: str | None, port: int, state: State, path: str = REDIRECT_PATH) -> Grant:
    """The request line's target and Host header of what reached the listener. It is ours
    only if it came to our exact loopback authority and path, and returns our state; then it
    carries a code or an error (RFC 6749 4.1.2 and 4.1.2.1). The state is checked before the
    error, so nobody else's redirect can put words in our findings."""
    if host != f"{LOOPBACK}:{port}":
        raise OAuthRefused(Problem.REDIRECT, f"the redirect came to {_clean(host or 'no host', 80)}, not {LOOPBACK}:{port}", _clean(host or "-", 80))
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or parts.path != path:
        raise OAuthRefused(Problem.REDIRECT, f"the redirect came to the path {_clean(parts.path, 80)}, not {path}", _clean(f"{host}{parts.path}", 80))
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=False, max_num_fields=20)
    except ValueError:
        raise OAuthRefused(Problem.REDIRECT, "the redirect's query is too long") from None
    if any(len(v) != 1 for v in query.values()):
        raise OAuthRefused(Problem.REDIRECT, "the redirect repeats a parameter")
    values = {k: v[0] for k, v in query.items()}
    if not state.matches(values.get("state")):
        raise OAuthRefused(Problem.STATE, "the redirect does not carry the state this sign-in sent")
    if "error" in values:
        description = values.get("error_description", "")
        said = _clean(f"{values['error']}: {description}" if description else values["error"])
        raise OAuthRefused(Problem.DENIED, said, said)
    code = values.get("code", "")
    if not code or has_controls(code):
        raise OAuthRefused(Problem.REDIRECT, "the redirect carries no authorization code")
    return Grant(code)


# -- the token endpoint ---------------------------------------------------------------------------
def token_request(grant: Grant, redirect: str, client_id: str, pkce: Pkce) -> bytes:
    """The form body of RFC 6749 4.1.3 with the verifier (RFC 7636 4.5); a public client
    sends its id and no secret."""
    return urlencode({
        "grant_type": "authorization_code",
        "code": grant.code,
        "redirect_uri": redirect,
        "client_id": client_id,
        "code_verifier": pkce.verifier,
    }).encode("ascii")


def refresh_request(refresh_token: str, client_id: str) -> bytes:
    """The form body of RFC 6749 section 6 for a public client: no scope, so the one first
    granted; no secret."""
    if not refresh_token or has_controls(refresh_token):
        raise OAuthRefused(Problem.STALE, "the kept sign-in is not a usable text")
    return urlencode({"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id}).encode("ascii")


@dataclass(frozen=True)
class Tokens:
    """An access token for the proof and, if the server gave one, a refresh token for the
    keyring. Neither is ever shown, so neither is in the repr."""

    access_token: str = field(repr=False)
    expires_in: int | None = None
    refresh_token: str | None = field(default=None, repr=False)
    scope: str | None = None


def parse_token_response(status: int, body: bytes, *, refreshing: bool = False) -> Tokens:
    """RFC 6749 5.1 and 5.2: a bearer token, or the server's error in its own words. When
    `refreshing`, invalid_grant means the refresh token itself is dead (expired, revoked, or
    replaced by a newer one): Problem.STALE, so the caller drops it and asks for a new
    sign-in instead of trying it again."""
    data = _json_object(body, Problem.TOKEN, "token answer")
    if status != 200 or "error" in data:
        error = data.get("error", f"HTTP {status}")
        description = data.get("error_description")
        said = _clean(f"{error}: {description}" if description else error)
        raise OAuthRefused(Problem.STALE if refreshing and error == "invalid_grant" else Problem.TOKEN, said, said)
    token = data.get("access_token")
    if not isinstance(token, str) or not token or has_controls(token):
        raise OAuthRefused(Problem.TOKEN, "the answer has no access token")
    if not isinstance(data.get("token_type"), str) or data["token_type"].lower() != "bearer":
        raise OAuthRefused(Problem.TOKEN, "the token is not a bearer token")
    expires = data.get("expires_in")
    if expires is not None:
        if isinstance(expires, bool) or not isinstance(expires, int):
            raise OAuthRefused(Problem.TOKEN, "expires_in is not a number of seconds")
        if expires <= 0:
            raise OAuthRefused(Problem.EXPIRED, "the server gave a token that has already expired")
    refresh = data.get("refresh_token")
    if refresh is not None and (not isinstance(refresh, str) or has_controls(refresh)):
        raise OAuthRefused(Problem.TOKEN, "the refresh token is not a text")
    scope = data.get("scope")
    return Tokens(token, expires, refresh or None, _clean(scope) if isinstance(scope, str) else None)
