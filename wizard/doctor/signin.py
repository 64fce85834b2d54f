"""The wizard's own OAuth 2 sign-in, where a provider's pack carries a registration, and the
proof that its token opens the mail servers (RFC 8252 for native apps).

The steps: the authorization server's metadata, used only if it speaks for the configured
issuer; a loopback listener on 127.0.0.1 with a port of its own; PKCE S256 and a state; the
system browser opened through the shell's callback (the window passes
QDesktopServices.openUrl, the command line the standard browser module); the one redirect
checked for our exact address and state; the code exchanged for tokens; then IMAP, POP3 and
SMTP logins with OAUTHBEARER or XOAUTH2. Any step that fails ends the sign-in with a
finding that names the problem, never with a weaker try.

The tokens live in memory for the proof. The result carries them only so the shell can hand
the refresh token to the keyring when the person asks; they are never in a repr, a finding,
an event or the page the browser is shown.

A kept sign-in (the refresh token in the keyring) is renewed without the browser (RFC 6749
section 6). A provider that rotates it answers with a new one; the old one is dead from then
on and is replaced in the keyring at once. One the provider no longer takes (invalid_grant)
is removed, so no later check tries it again, and the person is asked to sign in again:
one refresh per run, never a loop."""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass, field
from typing import Callable, Protocol, Sequence

from wizard.i18n import Catalog, T, Text
from wizard.model import ServerSettings
from wizard.model.findings import Finding, Severity
from wizard.net import NetContext
from wizard.net.errors import TIMEOUTS, TRANSPORT_ERRORS, HttpClient
from wizard.net.loopback import RedirectListener
from wizard.net.mail import MailSession, TlsPolicy
from wizard.net.transport import WireError
from wizard.protocols import Failed, Login, LoginResult, UnsafeValue
from wizard.protocols.imap import ImapClient
from wizard.protocols.oauth import (
    MAX_DOCUMENT,
    OAuthRefused,
    Problem,
    ServerMetadata,
    Tokens,
    authorization_url,
    metadata_urls,
    parse_metadata,
    parse_redirect,
    parse_token_response,
    redirect_uri,
    refresh_request,
    token_request,
)
from wizard.protocols.pkce import Pkce, State
from wizard.protocols.pop3 import Pop3Client
from wizard.protocols.sasl import Mechanism
from wizard.protocols.smtp import SmtpClient
from wizard.doctor.login import LoginOutcome, LoginStatus, Target, _failed, _open, _Stop, _wire
from wizard.doctor.advice import server_said, service_name
from wizard.providers.model import OAuthClient

OpenBrowser = Callable[[str], object]  # False: no browser could be opened (QDesktopServices.openUrl, webbrowser.open)
WAIT = 300.0  # seconds a person has to sign in in the browser
HTTP_TIMEOUT = 15.0


@dataclass(frozen=True)
class SignInResult:
    findings: tuple[Finding, ...]
    tokens: Tokens | None = field(default=None, repr=False)

    @property
    def proven(self) -> bool:
        """Signed in, and every server tried let the token in."""
        return self.tokens is not None and bool(self.findings) and all(f.code == "login-ok" for f in self.findings)


# -- HTTP ---------------------------------------------------------------------------------------
async def _get_json(client: HttpClient, method: str, url: str, content: bytes | None = None) -> tuple[int, bytes]:
    headers = {"Accept": "application/json"}
    if content is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    async with client.stream(method, url, content=content, headers=headers) as response:
        body = b""
        async for chunk in response.chunks():
            body += chunk
            if len(body) > MAX_DOCUMENT:
                break
        return response.status, body


async def metadata(ctx: NetContext, issuer: str) -> ServerMetadata:
    """RFC 8414's document first, then OpenID Connect discovery's; a document that names
    another issuer ends it there (it must not be used, and neither should its sibling)."""
    problem = "no metadata document was found"
    async with ctx.http_client(HTTP_TIMEOUT) as client:
        for url in metadata_urls(issuer):
            try:
                status, body = await _get_json(client, "GET", url)
            except TIMEOUTS:
                problem = f"{url}: no answer"
                continue
            except TRANSPORT_ERRORS as exc:
                problem = f"{url}: {type(exc).__name__}"
                continue
            if status == 200:
                return parse_metadata(body, issuer)
            problem = f"{url}: HTTP {status}"
    raise OAuthRefused(Problem.METADATA, problem)


# -- the browser's page ---------------------------------------------------------------------------
def page(ok: bool, catalog: Catalog | None) -> str:
    """The small page the browser shows after the redirect, in the person's language."""
    if ok:
        title, text = T("Signed in"), T("You can close this window and go back to the wizard.")
    else:
        title, text = T("The sign-in did not work"), T("You can close this window; the wizard says what went wrong.")
    lang = catalog.language if catalog is not None else "en"
    t, b = html.escape(title.render(catalog)), html.escape(text.render(catalog))
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t}</title></head><body><h1>{t}</h1><p>{b}</p></body></html>'


# -- the sign-in ----------------------------------------------------------------------------------
async def sign_in(
    ctx: NetContext, registration: OAuthClient, open_browser: OpenBrowser, *, login_hint: str | None = None, catalog: Catalog | None = None, wait: float = WAIT
) -> Tokens:
    """Tokens from the provider's authorization server, or OAuthRefused saying why not."""
    meta = await metadata(ctx, registration.issuer)
    pkce, state = Pkce.new(), State.new()
    async with RedirectListener() as listener:
        redirect = redirect_uri(listener.port)
        if open_browser(authorization_url(meta, registration.client_id, redirect, registration.scopes, state, pkce, login_hint)) is False:
            raise OAuthRefused(Problem.NO_BROWSER, "the system opened no browser")
        arrival = await listener.arrival(wait)
        if arrival is None:
            raise OAuthRefused(Problem.TIMEOUT, f"no redirect within {wait:.0f} s", f"{wait:.0f}")
        try:
            grant = parse_redirect(arrival.target, arrival.host, listener.port, state)
            async with ctx.http_client(HTTP_TIMEOUT) as client:
                try:
                    status, body = await _get_json(client, "POST", meta.token_endpoint, token_request(grant, redirect, registration.client_id, pkce))
                except TRANSPORT_ERRORS as exc:
                    raise OAuthRefused(Problem.TOKEN, f"the token endpoint: {type(exc).__name__}", type(exc).__name__) from None
            tokens = parse_token_response(status, body)
        except OAuthRefused:
            await listener.answer(page(False, catalog))
            raise
        await listener.answer(page(True, catalog))
        return tokens


# -- a kept sign-in, renewed -------------------------------------------------------------------
class KeptSignIns(Protocol):
    """Where kept sign-ins live: the system keyring only (the shells pass
    wizard.profiles.password.KeyringSignIns; the doctor does not import the profiles)."""

    def read(self, address: str) -> str | None: ...
    def replace(self, address: str, used: str, new: str) -> Text: ...
    def drop(self, address: str, used: str) -> Text: ...


@dataclass(frozen=True)
class Renewal:
    """What became of a kept sign-in: fresh tokens, or the finding that says why not
    (oauth-sign-in-stale: it was removed, sign in again); `kept`: what the keyring did."""

    tokens: Tokens | None = field(default=None, repr=False)
    finding: Finding | None = None
    kept: Text | None = None

    @property
    def stale(self) -> bool:
        return self.finding is not None and self.finding.code == Problem.STALE.value


async def refresh(ctx: NetContext, registration: OAuthClient, refresh_token: str) -> Tokens:
    """New tokens for a refresh token at the issuer's token endpoint (from its metadata, with
    the same issuer check as a sign-in), or OAuthRefused; STALE when the token is dead."""
    body = refresh_request(refresh_token, registration.client_id)  # an unusable one is refused before anything is asked
    meta = await metadata(ctx, registration.issuer)
    async with ctx.http_client(HTTP_TIMEOUT) as client:
        try:
            status, answer = await _get_json(client, "POST", meta.token_endpoint, body)
        except TRANSPORT_ERRORS as exc:
            raise OAuthRefused(Problem.TOKEN, f"the token endpoint: {type(exc).__name__}", type(exc).__name__) from None
    return parse_token_response(status, answer, refreshing=True)


async def renew(ctx: NetContext, registration: OAuthClient, address: str, store: KeptSignIns) -> Renewal | None:
    """The kept sign-in for `address` renewed, or None when none is kept. A rotated refresh
    token replaces the one used in the store before the tokens are handed on (the old one no
    longer works: keeping it would strand the next check); a dead one is removed from it. Any
    other refusal leaves the kept sign-in alone (the network may be back next time)."""
    used = await asyncio.to_thread(store.read, address)
    if not used:
        return None
    try:
        tokens = await refresh(ctx, registration, used)
    except OAuthRefused as refused:
        if refused.problem is Problem.STALE:
            dropped = await asyncio.to_thread(store.drop, address, used)
            return Renewal(None, refusal_finding(refused, registration.issuer), dropped)
        return Renewal(None, refusal_finding(refused, registration.issuer))
    kept: Text | None = None
    if tokens.refresh_token is not None and tokens.refresh_token != used:
        kept = await asyncio.to_thread(store.replace, address, used, tokens.refresh_token)
    return Renewal(tokens, None, kept)


# -- the proof ------------------------------------------------------------------------------------
async def bearer_login(ctx: NetContext, target: Target, policy: TlsPolicy, username: str, token: str, read_timeout: float | None, only: Mechanism | None = None) -> LoginOutcome:
    """One login with the access token over a connection that reached TLS under `policy`
    (the doctor's rules: verified, or the pinned certificate); nothing is sent before. The
    outcome names the mechanism used; with `only`, no other is tried (BLOCKED, no token
    sent, where the server does not offer it inside TLS)."""
    session: MailSession | None = None
    try:
        session, machine = await _open(ctx, target, policy, read_timeout, ())
        if not isinstance(machine, (ImapClient, Pop3Client, SmtpClient)):
            return LoginOutcome(LoginStatus.ERROR, server_text="no token login for this protocol")
        event = await session.intend(machine.login_bearer(username, token, only))
        while not isinstance(event, (LoginResult, Failed)):
            event = await session.next()
        if isinstance(event, Failed):
            return _failed(event, (username,))
        status = {Login.OK: LoginStatus.OK, Login.BLOCKED: LoginStatus.BLOCKED}.get(event.outcome, LoginStatus.REJECTED)
        return LoginOutcome(status, username=username if status is LoginStatus.OK else None, server_text=event.text, tried=(username,), mechanism=event.mechanism)
    except _Stop as stop:
        return stop.outcome
    except UnsafeValue as exc:
        return LoginOutcome(LoginStatus.ERROR, server_text=str(exc), tried=(username,))
    except WireError as exc:
        return _wire(exc, (username,))
    finally:
        if session is not None:
            await session.close()


async def login_with_token(ctx: NetContext, server: ServerSettings, username: str, token: str, read_timeout: float | None = None) -> LoginOutcome:
    """The same for a server not yet reached: its address from the context's resolver, its
    certificate verified by the context's trust."""
    try:
        addresses = await ctx.addresses(server.host)
    except TRANSPORT_ERRORS:
        addresses = ()
    if not addresses:
        return LoginOutcome(LoginStatus.ERROR, server_text="no address")
    target = Target(server.protocol, server.host, addresses[0], server.port, server.security)
    return await bearer_login(ctx, target, TlsPolicy(ctx.ssl_context()), username, token, read_timeout or ctx.timeouts.read)


def _finding(code: str, severity: Severity, server: ServerSettings | None, message: Text, fix: Text | None = None) -> Finding:
    if server is None:
        return Finding(code, severity, "", "", None, message, fix)
    return Finding(code, severity, server.protocol.value, server.host, server.port, message, fix)


def proof_finding(server: ServerSettings, outcome: LoginOutcome) -> Finding:
    a = dict(service=service_name(server), host=server.host, port=server.port)
    said = server_said(outcome.server_text) or "-"
    if outcome.status is LoginStatus.OK:
        return _finding("login-ok", Severity.INFO, server, T("Logged in to {service} on {host}:{port} as “{username}” with the token from the sign-in ({mechanism}).", username=outcome.username or "", mechanism=outcome.mechanism or "-", **a))
    if outcome.status is LoginStatus.BLOCKED:
        return _finding("oauth-login-refused", Severity.ERROR, server, T("The {service} server {host} offers no sign-in with a token (OAUTHBEARER or XOAUTH2), so the sign-in could not be tried there.", **a),
                        T("Ask your provider which server takes the sign-in; the provider file may name the wrong one."))
    if outcome.status is LoginStatus.REJECTED:
        return _finding("oauth-login-refused", Severity.ERROR, server, T("The {service} server {host} did not accept the token from the sign-in. The server said: “{answer}”.", answer=said, **a),
                        T("Sign in again. If it is refused again, the token may have expired at once (check this computer's clock) or the account may not be allowed to use mail programs."))
    if outcome.status is LoginStatus.UNPROTECTED:
        return _finding("tls-failed", Severity.ERROR, server, T("No protected connection to {service} on {host}:{port} ({problem}), so the token was not sent.", problem=said, **a))
    if outcome.status is LoginStatus.TIMEOUT:
        return _finding("server-timeout", Severity.ERROR, server, T("{service} on {host}:{port} did not answer in time during the sign-in.", **a))
    return _finding("protocol-error", Severity.ERROR, server, T("The sign-in to {service} on {host}:{port} failed: {problem}.", problem=said, **a))


def refusal_finding(refused: OAuthRefused, issuer: str) -> Finding:
    """The finding for a sign-in that stopped before any server was tried."""
    said = refused.said or "-"
    again = T("Start the sign-in again from the wizard.")
    words: dict[Problem, tuple[Text, Text | None]] = {
        Problem.METADATA: (T("The sign-in server {issuer} does not describe itself in a way the wizard can use, so the sign-in was not started.", issuer=issuer),
                           T("Tell your provider's support; the provider file names this sign-in server.")),
        Problem.ISSUER: (T("The description of the sign-in server {issuer} speaks for another server ({other}); nothing from it was used.", issuer=issuer, other=said),
                         T("This is a mistake at the provider or an attack: do not sign in through it until your provider has fixed it.")),
        Problem.STATE: (T("The answer that came back from the browser does not belong to this sign-in, so it was not used."), again),
        Problem.REDIRECT: (T("The browser's answer came to another address ({address}) than the one the wizard listens on, so it was not used.", address=said), again),
        Problem.DENIED: (T("The sign-in was refused. The server said: “{answer}”.", answer=said),
                         T("Sign in again and allow the wizard to use your mail.")),
        Problem.TOKEN: (T("The sign-in server did not give a usable token. The server said: “{answer}”.", answer=said), again),
        Problem.EXPIRED: (T("The sign-in server gave a token that had already expired, so it was not used."),
                          T("Check this computer's date and time, then sign in again.")),
        Problem.TIMEOUT: (T("No answer came back from the browser within {seconds} s.", seconds=said),
                          T("Finish signing in in your browser, or start the sign-in again.")),
        Problem.NO_BROWSER: (T("No web browser could be opened for the sign-in."),
                             T("Set a default web browser on this computer, then start the sign-in again.")),
        Problem.STALE: (T("The sign-in kept in this computer's keyring is no longer accepted by {issuer} (it said: “{answer}”), so it is not tried again.", issuer=issuer, answer=said),
                        T("Sign in again in your browser. This happens after a password change, when the provider ends old sign-ins, or when a sign-in has not been used for a long time.")),
    }
    message, fix = words[refused.problem]
    # a stale kept sign-in is not a fault of the account: signing in again is the whole remedy
    return _finding(refused.problem.value, Severity.WARNING if refused.problem is Problem.STALE else Severity.ERROR, None, message, fix)


async def sign_in_and_prove(
    ctx: NetContext,
    registration: OAuthClient,
    username: str,
    servers: Sequence[ServerSettings],
    open_browser: OpenBrowser,
    *,
    catalog: Catalog | None = None,
    wait: float = WAIT,
) -> SignInResult:
    """The whole flow: sign in once, then log in with the token to each server."""
    try:
        tokens = await sign_in(ctx, registration, open_browser, login_hint=username, catalog=catalog, wait=wait)
    except OAuthRefused as refused:
        return SignInResult((refusal_finding(refused, registration.issuer),))
    outcomes = await asyncio.gather(*(login_with_token(ctx, s, username, tokens.access_token) for s in servers))
    return SignInResult(tuple(proof_finding(s, o) for s, o in zip(servers, outcomes)), tokens)
