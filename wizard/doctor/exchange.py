"""The doctor for an Exchange account with an EWS address: where the address came from
(Autodiscover, a provider pack, a settings file), the endpoint reached over TLS with a
trusted or accepted certificate (the same judgement as every mail server), the sign-in it
asks for in its 401 answer, and, for Basic, the password proven with one small EWS request.

Security rules kept here (SECURITY.md): the first request carries no credentials; the
password goes only over TLS whose certificate was trusted or matches the accepted one, only
to the endpoint's own host, only after that host asked for Basic; no redirect is followed
(another host is named, never handed anything). Bearer means modern sign-in, NTLM and
Negotiate mean Windows sign-in: both are named, neither is called proven."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from wizard.doctor import advice
from wizard.doctor.certcheck import ChainError
from wizard.i18n import T, Text
from wizard.model import Protocol, ServerSettings, StepStatus, wording
from wizard.model.credential import CredentialKind, SignIn, credential_for
from wizard.model.findings import Finding
from wizard.net.errors import TIMEOUTS, TRANSPORT_ERRORS, HttpAuth, HttpClient, basic_auth, certificate_problem
from wizard.net.transport import Stream, WireError, WireErrorKind
from wizard.parsers.challenges import Challenges, parse_challenges
from wizard.parsers.document import MAX_DOCUMENT_BYTES
from wizard.parsers.ews import GET_INBOX, SOAP_CONTENT_TYPE, ews_address, read_get_folder

if TYPE_CHECKING:
    from wizard.doctor.engine import Doctor, _Service

EXCHANGE = (Protocol.EWS, Protocol.EXCHANGE)
REDIRECTS = (301, 302, 303, 307, 308)
SCHEME_NAMES = {"basic": "Basic", "bearer": "Bearer", "ntlm": "NTLM", "negotiate": "Negotiate", "digest": "Digest", "kerberos": "Kerberos"}


def is_ews(server: ServerSettings) -> bool:
    """An Exchange server the doctor can check: it has an https EWS address."""
    return server.protocol in EXCHANGE and ews_address(server.url) is not None


class Asked(StrEnum):
    """What a 401 asks for, as far as mailsetup is concerned."""

    BASIC = "basic"  # a password, which mailsetup can prove
    MODERN = "modern"  # Bearer (OAuth2) and no Basic
    WINDOWS = "windows"  # NTLM or Negotiate only
    UNKNOWN = "unknown"  # only schemes nobody here speaks, or none at all


def asked_for(challenges: Challenges) -> Asked:
    """Basic wins wherever it is offered (it is the one mailsetup can prove; settings that
    say OAuth2 still get no password, see _sign_in); then Bearer; then Windows sign-in."""
    if challenges.offers("basic"):
        return Asked.BASIC
    if challenges.offers("bearer"):
        return Asked.MODERN
    if challenges.offers("ntlm") or challenges.offers("negotiate"):
        return Asked.WINDOWS
    return Asked.UNKNOWN


def scheme_list(challenges: Challenges) -> str:
    return ", ".join(SCHEME_NAMES.get(s, s) for s in challenges.schemes)


@dataclass(frozen=True)
class Evidence:
    """Where the settings came from: the discovery source (a wizard.model Source value) and
    the URL or name it answered at."""

    source: str = "manual"
    origin: str | None = None


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str = ""
    location: str | None = None
    challenges: Challenges = Challenges()
    body: bytes = b""


class _Stop(Exception):
    """The check ends here with this finding (and the step's status)."""

    def __init__(self, finding: Finding, status: StepStatus = StepStatus.ERROR) -> None:
        super().__init__(finding.code)
        self.finding, self.status = finding, status


async def check_ews(doctor: "Doctor", svc: "_Service", evidence: Evidence) -> None:
    address = ews_address(svc.server.url)
    assert address is not None  # servers_of takes only these
    if (address.host, address.port) != (svc.server.host, svc.server.port):
        svc.server = replace(svc.server, host=address.host, port=address.port)  # where the URL goes
    server = svc.server
    url = address.url
    ctx = doctor.ctx
    async with ctx.step("exchange", url) as rec:
        source = wording.source(evidence.source)
        svc.findings.append(advice.ews_found(server, url, source, evidence.origin, address.given if address.standard else None))
        rec.set(StepStatus.OK, T("from {source}", source=source))
    svc.addresses, problem = await doctor._addresses(server.host)
    if problem is not None:
        svc.findings.append(advice.dns_failed(server, problem))
        return
    stream = await doctor._tcp(svc, server.port)
    if stream is None:
        return
    if not await _tls(doctor, svc, stream):
        return
    assert svc.policy is not None
    async with ctx.http_client(doctor._read_timeout(), pinned=svc.policy.pinned) as client:
        await _sign_in(doctor, svc, client, url)


async def _tls(doctor: "Doctor", svc: "_Service", stream: Stream) -> bool:
    """The handshake with a verifying context; on a certificate the system does not trust,
    once more with an inspecting one, only to show and judge the certificate. Nothing is
    sent on either connection."""
    server = svc.server
    chain_error: ChainError | None = None
    async with doctor.ctx.step("ews", svc.label) as rec:
        current: Stream | None = stream
        try:
            await stream.start_tls(doctor._verifying_context(), server.host, doctor._read_timeout())
        except WireError as exc:
            await stream.close()
            if exc.kind is not WireErrorKind.VERIFY:
                return _tls_failed(doctor, svc, rec, exc)
            chain_error = ChainError(exc.verify_code, exc.detail)
            current = await doctor._reconnect(svc)
            if current is None:
                rec.set(StepStatus.ERROR, T("the connection could not be opened again to look at the certificate"))
                return False
            try:
                await current.start_tls(doctor.ctx.trust.inspecting_context(), server.host, doctor._read_timeout())
            except WireError as again:
                await current.close()
                return _tls_failed(doctor, svc, rec, again)
        assert current is not None
        svc.dialog.tls, svc.dialog.tls_version, svc.dialog.der = True, current.tls_version, current.peer_der
        await current.close()
        rec.set(StepStatus.OK, T("{version}", version=current.tls_version or "TLS"))
    return await doctor._certificate(svc, chain_error)


def _tls_failed(doctor: "Doctor", svc: "_Service", rec, exc: WireError) -> bool:
    if exc.kind is WireErrorKind.TIMEOUT:
        finding = advice.server_timeout(svc.server, T("during the encryption handshake"))
        rec.set(StepStatus.TIMEOUT, finding.message)
    else:
        finding = advice.tls_failed(svc.server, doctor.scrub(exc.detail) or exc.kind.value)
        rec.set(StepStatus.ERROR, finding.message)
    svc.findings.append(finding)
    return False


async def _ask(doctor: "Doctor", svc: "_Service", client: HttpClient, url: str, auth: HttpAuth | None) -> _Answer:
    """One GetFolder POST; the body is read only from a 200 (at most 1 MiB)."""
    server = svc.server
    try:
        async with client.stream("POST", url, content=GET_INBOX, headers={"Content-Type": SOAP_CONTENT_TYPE}, auth=auth) as response:
            status = response.status
            raw = response.headers.get_all("www-authenticate")
            body = b""
            if status == 200:
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.chunks():
                    size += len(chunk)
                    if size > MAX_DOCUMENT_BYTES:
                        break
                    chunks.append(chunk)
                body = b"".join(chunks)
            return _Answer(status, response.reason[:80], response.headers.get("location"), parse_challenges(raw), body)
    except TIMEOUTS:
        raise _Stop(advice.server_timeout(server, T("waiting for the answer to a web request")), StepStatus.TIMEOUT) from None
    except TRANSPORT_ERRORS as exc:
        reason = certificate_problem(exc)
        detail = doctor.scrub(reason or str(exc) or type(exc).__name__)
        raise _Stop(advice.tls_failed(server, detail)) from None


def _redirect(svc: "_Service", url: str, answer: _Answer) -> Finding:
    target = urljoin(url, (answer.location or "").strip())[:200]
    try:
        other = (urlsplit(target).hostname or "").lower().rstrip(".") != svc.server.host
    except ValueError:
        other = True
    return advice.ews_redirect(svc.server, url, target, other)


async def _sign_in(doctor: "Doctor", svc: "_Service", client: HttpClient, url: str) -> None:
    server = svc.server
    async with doctor.ctx.step("ews-auth", svc.label) as rec:
        try:
            answer = await _ask(doctor, svc, client, url, None)
        except _Stop as stop:
            svc.findings.append(stop.finding)
            rec.set(stop.status, stop.finding.message)
            return
        svc.dialog.greeting = f"HTTP {answer.status} {answer.reason}".strip()
        svc.dialog.before = tuple(SCHEME_NAMES.get(s, s) for s in answer.challenges.schemes)
        if answer.status in REDIRECTS and answer.location:
            finding = _redirect(svc, url, answer)
            svc.findings.append(finding)
            rec.set(StepStatus.ERROR, finding.message)
            return
        if answer.status != 401:
            finding = advice.ews_no_challenge(server, url, answer.status)
            svc.findings.append(finding)
            rec.set(StepStatus.ERROR, finding.message)
            return
        kind = asked_for(answer.challenges)
        schemes = scheme_list(answer.challenges)
        oauth2 = svc.sign_in is SignIn.OAUTH2  # the settings say modern sign-in: never the password
        if oauth2 and not answer.challenges.offers("bearer"):
            finding = advice.oauth2_not_offered(server, tuple(svc.dialog.before))
            svc.findings.append(finding)
            svc.login = "blocked"
            rec.set(StepStatus.ERROR, finding.message)
            return
        if kind is Asked.BASIC and not oauth2:
            rec.set(StepStatus.OK, T("HTTP 401, asks for {schemes}", schemes=schemes))
        elif kind is Asked.MODERN or oauth2:
            svc.findings.append(advice.oauth2_sign_in(server, doctor._provider_words(), ("Bearer",), doctor.password is not None))
            svc.login = "oauth2"
            rec.set(StepStatus.OK, T("HTTP 401, asks for {schemes}", schemes=schemes))
            return
        elif kind is Asked.WINDOWS:
            svc.findings.append(advice.ews_windows_sign_in(server, schemes))
            rec.set(StepStatus.OK, T("HTTP 401, asks for {schemes}", schemes=schemes))
            return
        else:
            finding = advice.ews_unknown_sign_in(server, schemes)
            svc.findings.append(finding)
            rec.set(StepStatus.ERROR, finding.message)
            return
    if credential_for(server, doctor.password).kind is not CredentialKind.PASSWORD:
        svc.login = "skipped"
        svc.findings.append(advice.login_skipped(server))
        return
    await _basic(doctor, svc, client, url)


def usernames(doctor: "Doctor", server: ServerSettings) -> tuple[str, ...]:
    """The configured login (else the address) and, where the provider names a Windows
    domain, DOMAIN\\login. Only these two: Exchange locks accounts after a few refusals."""
    name = server.username or str(doctor.address)
    names = [name]
    if server.login_domain and "\\" not in name:
        names.append(f"{server.login_domain}\\{name}")
    return tuple(dict.fromkeys(names))


async def _basic(doctor: "Doctor", svc: "_Service", client: HttpClient, url: str) -> None:
    """The password, as Basic over the checked TLS, to the host that asked for it."""
    server = svc.server
    password = doctor.password
    assert password is not None
    tried: list[str] = []
    async with doctor.ctx.step("login", svc.label) as rec:
        finding: Finding | None = None
        for name in usernames(doctor, server):
            tried.append(name)
            try:
                answer = await _ask(doctor, svc, client, url, basic_auth(name, password))
            except _Stop as stop:
                finding, status = stop.finding, stop.status
                break
            if answer.status == 200:
                verdict = read_get_folder(answer.body)
                svc.login, svc.username = "ok", name
                finding = advice.login_ok(server, name, tuple(tried))
                svc.findings.append(finding)
                detail: Text = finding.message
                if verdict.response_class is not None and not verdict.success:
                    detail = T("{message} (EWS said {code})", message=finding.message, code=verdict.code or verdict.response_class)
                rec.set(StepStatus.OK, detail)
                return
            if answer.status == 401:
                continue
            if answer.status in REDIRECTS and answer.location:
                finding, status = _redirect(svc, url, answer), StepStatus.ERROR
            elif answer.status == 403:
                finding, status = advice.login_disabled(server, T("HTTP 403")), StepStatus.ERROR
            else:
                finding, status = advice.protocol_error(server, T("HTTP {code}", code=answer.status)), StepStatus.ERROR
            break
        if finding is None:
            finding, status = advice.auth_failed(server, tuple(tried), "HTTP 401 Unauthorized"), StepStatus.ERROR
        svc.login = "blocked" if finding.code == "login-disabled" else "failed"
        svc.findings.append(finding)
        rec.set(status, finding.message)
