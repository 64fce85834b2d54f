"""The connection doctor: every configured server checked at once, step by step (DNS, TCP,
the protocol's own greeting and STARTTLS, TLS and the certificate, the login), port 25
compared with 587/465, and a Report with findings a person and support staff can act on.

Security rules kept here (SECURITY.md): no credentials before TLS and never over a
connection whose certificate was not trusted or pinned; STARTTLS, once configured, is
mandatory (stripped, refused, cleartext or broken -> stop, no retry without TLS);
LOGINDISABLED and SMTP 530 respected; the password appears in no output."""

from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from wizard.doctor import advice
from wizard.doctor import dialog as dialogs
from wizard.doctor import login as logins
from wizard.doctor.certcheck import ChainError, Verdict, judge
from wizard.doctor.exchange import EXCHANGE, Evidence, check_ews, is_ews
from wizard.doctor.report import Report, ServiceReport, state_word
from wizard.doctor.scrub import scrubber
from wizard.doctor.store import CertStore
from wizard.i18n import T, Text
from wizard.model import AccountConfig, EmailAddress, Protocol, Security, ServerSettings, Step, StepStatus, username_variants
from wizard.model.credential import Credential, CredentialKind, SignIn, credential_for, offers_oauth2
from wizard.model.findings import Finding
from wizard.model.fingerprint import fingerprint_sha256, normalize_fingerprint
from wizard.net import Cancelled, NetContext
from wizard.net.errors import TlsContext
from wizard.net.mail import MailSession, TlsPolicy
from wizard.net.patience import Patience, Silence
from wizard.net.transport import Stream, TcpResult, TcpState, WireError, WireErrorKind
from wizard.parsers.domains import same_site
from wizard.parsers.tls_certificate import CertificateParseError, certificate_info, identity_names
from wizard.protocols import Failed, Ready
from wizard.protocols.sasl import BEARERS, Mechanism
from wizard.protocols.smtp import SmtpClient
from wizard.providers import load_presets

if TYPE_CHECKING:
    from wizard.net.context import StepRecorder
    from wizard.providers import Provider

SUPPORTED = (Protocol.IMAP, Protocol.POP3, Protocol.SMTP)
SEND_TEST_WAIT = 10.0  # seconds to wait for the test message to arrive
# Port 25 silent while 587 or 465 of the same host answered in t: filtered after
# PORT25_FLOOR + PORT25_FACTOR x t. It only explains (sending uses 587/465), so it never
# holds the verdict: after the logins it gets no more than PORT25_GRACE.
PORT25_FLOOR = 0.5
PORT25_FACTOR = 3.0
PORT25_GRACE = 1.0  # seconds a comparison still running gets once the logins are done


def servers_of(config_or_servers: AccountConfig | Mapping[Protocol, ServerSettings] | Iterable[ServerSettings]) -> tuple[ServerSettings, ...]:
    """The servers to check: from a config, the first server of each protocol (the proposal),
    and the first Exchange server with an https EWS address."""
    if isinstance(config_or_servers, AccountConfig):
        candidates: Iterable[ServerSettings] = config_or_servers.incoming + config_or_servers.outgoing
    elif isinstance(config_or_servers, Mapping):
        candidates = config_or_servers.values()
    else:
        candidates = config_or_servers
    chosen: dict[Protocol, ServerSettings] = {}
    for server in candidates:
        if server.protocol in SUPPORTED and server.protocol not in chosen:
            chosen[server.protocol] = server
        elif is_ews(server) and not any(p in chosen for p in EXCHANGE):
            chosen[server.protocol] = server
    return tuple(chosen.values())


@dataclass
class _Service:
    """Mutable while the checks run; frozen into a ServiceReport at the end."""

    server: ServerSettings
    addresses: tuple[str, ...] = ()
    tcp: TcpResult | None = None
    dialog: dialogs.Dialog = field(default_factory=dialogs.Dialog)
    verdict: Verdict | None = None
    certificate: object | None = None
    login: str = "not-tried"
    username: str | None = None
    mechanism: str | None = None  # the SASL mechanism a token login worked with
    findings: list[Finding] = field(default_factory=list)
    policy: TlsPolicy | None = None

    @property
    def sign_in(self) -> SignIn:
        return SignIn.of(self.server)

    @property
    def label(self) -> str:
        return f"{self.server.protocol.value} {self.server.host}:{self.server.port}"

    def freeze(self) -> ServiceReport:
        d = self.dialog
        return ServiceReport(
            protocol=self.server.protocol.value,
            host=self.server.host,
            port=self.server.port,
            security=self.server.security.value,
            addresses=self.addresses,
            address=self.tcp.address if self.tcp and self.tcp.state is TcpState.OPEN else None,
            tcp=self.tcp.state.value if self.tcp else "",
            tcp_ms=self.tcp.ms if self.tcp else None,
            greeting=d.greeting,
            capabilities=d.after or d.before,
            tls_version=d.tls_version,
            certificate=self.certificate,  # type: ignore[arg-type]
            certificate_status=self.verdict.status if self.verdict else None,
            login=self.login,
            username=self.username,
            sign_in=self.sign_in.value,
            mechanisms=d.mechanisms,
            login_mechanism=self.mechanism,
        )


class Doctor:
    def __init__(self, address: EmailAddress, servers: Sequence[ServerSettings], ctx: NetContext, password: str | None, store: CertStore, accept: Iterable[str], send_test: bool, provider: "Provider | None" = None,
                 provider_name: str | None = None, token: str | None = None, two_factor: advice.TwoFactorPage | None = None, evidence: Evidence | None = None) -> None:
        self.address = address
        self.evidence = evidence or Evidence()  # where the settings came from (Exchange names it)
        self.provider = provider  # a provider pack: its announced certificates are named as such
        self.provider_name = provider_name  # the config's own name for its provider (ISPDB displayName)
        self.token = token or None  # an OAuth2 access token, for OAuth2 servers only (credential_for)
        self.two_factor = two_factor  # what the settings document says of two-factor sign-in (a pack's word comes first)
        self.services = [_Service(s) for s in servers]
        self.ctx = ctx
        self.password = password or None
        self.store = store
        self.accepted = frozenset(normalize_fingerprint(a) for a in accept)
        self.send_test = send_test
        self.scrub = scrubber(self.password)
        self.extra: list[Finding] = []
        self._dns: dict[str, asyncio.Future] = {}
        self.steps: list[Step] = []

    # -- time limits -------------------------------------------------------------------------
    def _connect_timeout(self) -> float | None:
        return self.ctx.bound(self.ctx.timeouts.connect)

    def _read_timeout(self) -> float | None:
        return self.ctx.bound(self.ctx.timeouts.read)

    def _limit(self, seconds: float) -> float:
        """`seconds`, or what is left of the run when that is less (0.0 once it expired: an
        expired deadline must not turn back into the full limit)."""
        bounded = self.ctx.bound(seconds)
        return seconds if bounded is None else bounded

    # -- DNS -------------------------------------------------------------------------------------
    async def _addresses(self, host: str) -> tuple[tuple[str, ...], Text | None]:
        if host not in self._dns:
            self._dns[host] = asyncio.ensure_future(self._lookup(host))
        return await asyncio.shield(self._dns[host])

    async def _lookup(self, host: str) -> tuple[tuple[str, ...], Text | None]:
        async with self.ctx.step("dns", host) as rec:
            try:
                found = await self.ctx.addresses(host)
            except Exception as exc:  # resolver timeouts and failures are all "not found"
                problem = T("the name service did not answer ({error})", error=type(exc).__name__)
                rec.set(StepStatus.ERROR, problem)
                return (), problem
            if not found:
                problem = T("the name does not exist")
                rec.set(StepStatus.EMPTY, problem)
                return (), problem
            rec.set(StepStatus.OK, T("{addresses}", addresses=", ".join(found)))
            return found, None

    # -- one server ------------------------------------------------------------------------------
    async def check(self, svc: _Service) -> None:
        server = svc.server
        if server.protocol in EXCHANGE:
            await check_ews(self, svc, self.evidence)
            return
        svc.addresses, problem = await self._addresses(server.host)
        if problem is not None:
            svc.findings.append(advice.dns_failed(server, problem))
            return
        stream = await self._tcp(svc, svc.server.port)
        if stream is None:
            return
        try:
            await self._checked(svc, stream)
        finally:
            if svc.dialog.kept is not None:  # the dialog's session, when no login took it
                await svc.dialog.kept[0].close()
                svc.dialog.kept = None

    async def _checked(self, svc: _Service, stream: Stream) -> None:
        server = svc.server
        ok = await self._converse(svc, stream)
        if not ok:
            return
        if server.security is Security.PLAIN:
            return
        if svc.sign_in is SignIn.OAUTH2:
            await self._oauth2(svc)
            return
        if svc.dialog.login_block:
            why = {"logindisabled": "LOGINDISABLED", "no-auth": T("no login offered after encryption"), "tls-required": "530"}[svc.dialog.login_block]
            svc.findings.append(advice.login_disabled(server, why))
            svc.login = "blocked"
            return
        if self.password is None:
            svc.login = "skipped"
            svc.findings.append(advice.login_skipped(server))
            return
        await self._login(svc)

    async def _tcp(self, svc: _Service, port: int) -> Stream | None:
        limit = self._connect_timeout()
        async with self.ctx.step("tcp", svc.label) as rec:
            result, stream = await self.ctx.connect(svc.server.host, port, timeout=limit, addresses=svc.addresses)
            svc.tcp = result
            detail = T("{state} ({address})", state=state_word(result.state.value), address=result.address or "-")
            rec.set({TcpState.OPEN: StepStatus.OK, TcpState.FILTERED: StepStatus.TIMEOUT}.get(result.state, StepStatus.ERROR), detail)
        if stream is None:
            svc.findings.append(advice.tcp_failed(svc.server, result.state.value, limit))
        return stream

    def _verifying_context(self) -> TlsContext:
        return self.ctx.ssl_context(check_hostname=False)  # names are checked by us, to tell the person which

    async def _converse(self, svc: _Service, stream: Stream) -> bool:
        """The protocol dialog, first with a verifying TLS context; on a certificate the
        system does not trust, once more with an inspecting one, only to show the cert."""
        server = svc.server
        source = server.protocol.value
        chain_error: ChainError | None = None
        async with self.ctx.step(source, svc.label) as rec:
            context = self._verifying_context() if server.security is not Security.PLAIN else None
            svc.dialog = dialogs.Dialog()
            try:
                await dialogs.run(self.ctx, server.protocol, stream, server.security, server.host, context, self._read_timeout(), svc.dialog, keep=True)
            except WireError as exc:
                if exc.kind is not WireErrorKind.VERIFY:
                    return self._dialog_failed(svc, rec, exc)
                chain_error = ChainError(exc.verify_code, exc.detail)
            except dialogs.DialogError as exc:
                return self._dialog_failed(svc, rec, exc)
            if chain_error is not None:
                retry = await self._reconnect(svc)
                if retry is None:
                    rec.set(StepStatus.ERROR, T("the connection could not be opened again to look at the certificate"))
                    return False
                svc.dialog = dialogs.Dialog()
                try:
                    await dialogs.run(self.ctx, server.protocol, retry, server.security, server.host, self.ctx.trust.inspecting_context(), self._read_timeout(), svc.dialog)
                except (WireError, dialogs.DialogError) as exc:
                    return self._dialog_failed(svc, rec, exc)
            if server.security is Security.PLAIN:
                offers = "STARTTLS" in svc.dialog.before or "STLS" in svc.dialog.before
                insists = {"logindisabled": "LOGINDISABLED", "tls-required": "530 " + " ".join(svc.dialog.notes)[:120]}.get(svc.dialog.login_block or "")
                svc.findings.append(advice.plaintext_only(server, offers, insists))
                rec.set(StepStatus.ERROR, T("no encryption"))
                return True
            rec.set(StepStatus.OK, T("{version}", version=svc.dialog.tls_version or "TLS"))
        return await self._certificate(svc, chain_error)

    async def _reconnect(self, svc: _Service) -> Stream | None:
        address = svc.tcp.address if svc.tcp else None
        if address is None:
            return None
        _, stream = await self.ctx.connect(svc.server.host, svc.server.port, timeout=self._connect_timeout(), addresses=(address,))
        return stream

    def _dialog_failed(self, svc: _Service, rec, exc: Exception) -> bool:
        server = svc.server
        if isinstance(exc, dialogs.DialogError):
            detail = self.scrub(exc.detail)
            if exc.kind is dialogs.DialogErrorKind.STARTTLS_MISSING:
                finding = advice.starttls_missing(server)
            elif exc.kind is dialogs.DialogErrorKind.STARTTLS_REFUSED:
                finding = advice.starttls_refused(server, detail)
            elif exc.kind is dialogs.DialogErrorKind.STARTTLS_INJECTION:
                finding = advice.starttls_injection(server)
            else:
                finding = advice.protocol_error(server, detail or exc.kind)
            rec.set(StepStatus.ERROR, finding.message)
        else:
            assert isinstance(exc, WireError)
            if exc.kind is WireErrorKind.INJECTION:
                finding = advice.starttls_injection(server)
                rec.set(StepStatus.ERROR, finding.message)
            elif exc.kind is WireErrorKind.TIMEOUT:
                stage = T("during the encryption handshake") if svc.dialog.greeting or exc.detail else T("waiting for its greeting")
                finding = advice.server_timeout(server, stage)
                rec.set(StepStatus.TIMEOUT, finding.message)
            elif exc.kind is WireErrorKind.OVERLONG:
                finding = advice.protocol_error(server, T("an answer longer than any mail server sends ({detail})", detail=exc.detail))
                rec.set(StepStatus.ERROR, finding.message)
            elif exc.kind in (WireErrorKind.TLS, WireErrorKind.PIN):
                finding = advice.tls_failed(server, self.scrub(exc.detail))
                rec.set(StepStatus.ERROR, finding.message)
            else:  # closed
                if svc.dialog.tls or (server.security is Security.TLS):
                    finding = advice.tls_failed(server, T("the server closed the connection"))
                else:
                    finding = advice.protocol_error(server, T("the server closed the connection"))
                rec.set(StepStatus.ERROR, finding.message)
        svc.findings.append(finding)
        return False

    async def _certificate(self, svc: _Service, chain_error: ChainError | None) -> bool:
        server = svc.server
        async with self.ctx.step("certificate", svc.label) as rec:
            der = svc.dialog.der
            try:
                if not der:
                    raise CertificateParseError("no certificate")
                info = certificate_info(der, server.host, server.port)
                names = identity_names(der)
            except CertificateParseError as exc:
                finding = advice.tls_failed(server, str(exc))
                svc.findings.append(finding)
                rec.set(StepStatus.ERROR, finding.message)
                return False
            svc.certificate = info
            pin = self.store.pin_for(server.host, server.port) or self.ctx.trust.pin_for(server.host, server.port)
            verdict = judge(server, info, names, chain_error, pin, self.accepted, announced_by=self._announced_by(info))
            svc.verdict = verdict
            svc.findings.extend(verdict.findings)
            if verdict.pin_now:
                self.store.accept(info)
            status_word = state_word(verdict.status)
            rec.set(StepStatus.OK if verdict.usable else StepStatus.ERROR, T("{status}: {subject}, SHA-256 {sha256}", status=status_word, subject=info.subject, sha256=info.sha256))
            if verdict.usable:
                if verdict.needs_pin_check:
                    svc.policy = TlsPolicy(self.ctx.trust.inspecting_context(), pinned=info.sha256)
                else:
                    svc.policy = TlsPolicy(self.ctx.ssl_context())
            return verdict.usable

    def _announced_by(self, info) -> Text | None:
        """The provider's name when its pack announced this certificate (only the words
        change: acceptance stays the person's)."""
        provider = self.provider
        if provider is None:
            return None
        try:
            return provider.title if provider.announces(info) else None
        except Exception:  # noqa: BLE001 - a pack's odd entry must not break the check
            return None

    def _two_factor_page(self) -> advice.TwoFactorPage | None:
        """What is known of the provider's two-factor sign-in: its pack's word (the page where
        app passwords are made, else its support), else its settings document's page; None
        when neither says two-factor sign-in exists."""
        provider = self.provider
        two = getattr(provider, "two_factor", None)
        if provider is None or two is None or not two.available:
            return self.two_factor
        support = getattr(provider, "support", None)
        return advice.TwoFactorPage(provider.title, two.url, support.name if support else None, support.url if support else None)

    # -- OAuth2 sign-in ----------------------------------------------------------------------------
    def _provider_words(self) -> Text | str:
        """Who signs the person in: the pack's name, the config's, else "Your provider"."""
        if self.provider is not None:
            return self.provider.title
        return self.provider_name or T("Your provider")

    async def _oauth2(self, svc: _Service) -> None:
        """A server whose provider signs people in on its own page: never the password. What
        can be proven without a token is proven (everything up to the sign-in, and that the
        server offers XOAUTH2/OAUTHBEARER inside TLS); with a token, _prove_token proves the rest."""
        server = svc.server
        offered = offers_oauth2(svc.dialog.mechanisms)
        async with self.ctx.step("sign-in", svc.label) as rec:
            if not offered:
                finding = advice.oauth2_not_offered(server, svc.dialog.mechanisms)
                svc.findings.append(finding)
                svc.login = "blocked"
                rec.set(StepStatus.ERROR, finding.message)
                return
            credential = credential_for(server, self.password, self.token)
            if credential.kind is CredentialKind.OAUTH2_TOKEN:
                rec.set(StepStatus.OK, T("{mechanisms} offered", mechanisms=", ".join(offered)))
            else:
                finding = advice.oauth2_sign_in(server, self._provider_words(), offered, self.password is not None)
                svc.findings.append(finding)
                svc.login = "oauth2"
                rec.set(StepStatus.SKIPPED, T("{mechanisms} offered; the sign-in happens on the provider's page", mechanisms=", ".join(offered)))
                return
        await self._prove_token(svc, credential, offered)

    async def _prove_token(self, svc: _Service, credential: Credential, offered: tuple[str, ...]) -> None:
        """The login with the access token of the wizard's own sign-in (AUTHENTICATE / AUTH
        with OAUTHBEARER or XOAUTH2, whichever of `offered` comes first), on a connection
        under the same TLS rules as a password's."""
        from wizard.doctor import signin  # only runs with a token: the sign-in's modules wait until then

        assert svc.policy is not None
        server = svc.server
        username = self.usernames(server)[0]
        async with self.ctx.step("login", svc.label) as rec:
            work = signin.bearer_login(self.ctx, self._target(svc), svc.policy, username, credential.secret, self._read_timeout())
            outcome = await self._within(work, self._limit(self.ctx.timeouts.read * 2))
            if not isinstance(outcome, logins.LoginOutcome):
                outcome = logins.LoginOutcome(logins.LoginStatus.TIMEOUT)
            outcome = replace(outcome, server_text=scrubber(credential.secret)(self.scrub(outcome.server_text)))
            finding = signin.proof_finding(server, outcome)
            self._record_login(svc, rec, outcome, finding)

    # -- login -----------------------------------------------------------------------------------
    @staticmethod
    def _record_login(svc: _Service, rec: "StepRecorder", outcome: logins.LoginOutcome, finding: Finding) -> None:
        """A login's outcome on its service and its step, the same for a password and a token."""
        svc.findings.append(finding)
        if outcome.status is logins.LoginStatus.OK:
            svc.login, svc.username, svc.mechanism = "ok", outcome.username, outcome.mechanism
            rec.set(StepStatus.OK, finding.message)
        else:
            svc.login = "blocked" if outcome.status is logins.LoginStatus.BLOCKED else "failed"
            rec.set(StepStatus.TIMEOUT if outcome.status is logins.LoginStatus.TIMEOUT else StepStatus.ERROR, finding.message)

    def usernames(self, server: ServerSettings) -> tuple[str, ...]:
        names = ((server.username,) if server.username else ()) + username_variants(self.address)
        return tuple(dict.fromkeys(names))

    def _target(self, svc: _Service) -> logins.Target:
        assert svc.tcp is not None and svc.tcp.address is not None
        s = svc.server
        return logins.Target(s.protocol, s.host, svc.tcp.address, s.port, s.security)

    async def _within(self, work, budget: float | None) -> logins.LoginOutcome | logins.Arrival | bool | None:
        """`work` on the event loop; None when it is not done within `budget`."""
        try:
            async with asyncio.timeout(budget):
                return await work
        except TimeoutError:
            return None

    async def _login(self, svc: _Service) -> None:
        server = svc.server
        assert svc.policy is not None and self.password is not None
        usernames = self.usernames(server)
        per_op = self._read_timeout()
        budget = self._limit(self.ctx.timeouts.read * (len(usernames) + 1))
        # The dialog's own connection carries the login when its certificate proved trusted
        # (chain and name, as a new connection would check): one greeting and handshake fewer.
        opened = svc.dialog.kept if svc.verdict is not None and svc.verdict.status == "trusted" else None
        if opened is not None:
            svc.dialog.kept = None  # handed over: the login closes it
        async with self.ctx.step("login", svc.label) as rec:
            outcome = await self._within(logins.login(self.ctx, self._target(svc), svc.policy, usernames, self.password, per_op, opened=opened), budget)
            if not isinstance(outcome, logins.LoginOutcome):
                outcome = logins.LoginOutcome(logins.LoginStatus.TIMEOUT)
            finding = self._login_finding(svc, outcome)
            self._record_login(svc, rec, outcome, finding)

    def _login_finding(self, svc: _Service, outcome: logins.LoginOutcome) -> Finding:
        server = svc.server
        text = self.scrub(outcome.server_text)
        status = logins.LoginStatus
        if outcome.status is status.OK:
            return advice.login_ok(server, outcome.username or "", outcome.tried)
        if outcome.status is status.REJECTED:
            if logins.app_password_required(text):
                return advice.app_password_required(server, outcome.tried[-1] if outcome.tried else "", text, self._two_factor_page())
            return advice.auth_failed(server, outcome.tried, text, self._two_factor_page())
        if outcome.status is status.BLOCKED:
            return advice.login_disabled(server, text)
        if outcome.status is status.UNPROTECTED:
            return advice.tls_failed(server, text or "TLS")
        if outcome.status is status.TIMEOUT:
            return advice.server_timeout(server, T("while logging in"))
        return advice.protocol_error(server, text or "?")

    # -- port 25 ---------------------------------------------------------------------------------
    async def port25(self, svc: _Service) -> None:
        """25 compared with 587 and 465 on the same host: 25 dead while one of those answers
        is the network's doing; a 25 that names another server is an interception. Port 25
        waits only a small multiple of the time 587/465 took to answer (their evidence)."""
        server = svc.server
        addresses, problem = await self._addresses(server.host)
        if problem is not None:
            return
        if server.port == 25:
            self.extra.append(advice.port25_submission(server))
        pace = Patience(floor=PORT25_FLOOR, factor=PORT25_FACTOR)
        tcp: dict[int, asyncio.Future[TcpState]] = {port: asyncio.get_running_loop().create_future() for port in (25, 587, 465)}
        enough = asyncio.Event()  # set: the comparison needs no more of 587's and 465's dialog
        async with asyncio.TaskGroup() as group:  # one raising cancels the others, none orphaned
            probes = {port: group.create_task(self._probe_port(server, addresses, port, pace, tcp[port], enough)) for port in (25, 587, 465)}
            state25 = await tcp[25]
            if state25 is not TcpState.OPEN:  # silent or refused: the TCP states are all it takes
                enough.set()
                subs = {port: await tcp[port] for port in (587, 465)}
                open_subs = tuple(p for p in (587, 465) if subs[p] is TcpState.OPEN)
                if open_subs:
                    self.extra.append(advice.port25_blocked(server.host, open_subs, server.port == 25))
                return
        results = {port: task.result() for port, task in probes.items()}
        _, name25, cert25 = results[25]
        open_subs = tuple(p for p in (587, 465) if results[p][0] is TcpState.OPEN)
        known = [server.host] + [results[p][1] for p in open_subs if results[p][1]]
        if name25 and not any(same_site(name25, k) for k in known):
            self.extra.append(advice.port25_intercepted(server.host, name25, T("it calls itself {name}", name=name25)))
            return
        sub_certs = {results[p][2] for p in open_subs if results[p][2]}
        if cert25 and sub_certs and cert25 not in sub_certs and not name25:
            self.extra.append(advice.port25_intercepted(server.host, "", T("it shows another certificate")))

    async def _probe_port(self, server: ServerSettings, addresses: tuple[str, ...], port: int, pace: Patience, tcp: "asyncio.Future[TcpState]", enough: asyncio.Event) -> tuple[TcpState, str | None, str | None]:
        """TCP state, greeting name and certificate fingerprint of one SMTP port (STARTTLS
        where offered, any certificate accepted: it is only compared, never trusted). 587
        and 465 set the pace; 25 waits for them (never the other way round). `tcp` learns
        the TCP state as soon as it is known; once `enough` is set the dialog stops."""
        label = f"smtp {server.host}:{port}"
        async with self.ctx.step("port25" if port == 25 else "smtp-port", label) as rec:
            attempt = self.ctx.connect(server.host, port, timeout=self._connect_timeout(), addresses=addresses)
            if port == 25:
                result, stream, silence = await pace.connect(label, attempt)
            else:
                result, stream = await attempt
                silence = None
                if stream is not None:
                    pace.answered(str(port), result.ms / 1000)
            tcp.set_result(result.state)
            if stream is None:
                rec.set(StepStatus.TIMEOUT if result.state is TcpState.FILTERED else StepStatus.ERROR, self._silent(result, silence))
                return result.state, None, None
            machine = SmtpClient(tls=port == 465, starttls=None, helo=f"[{stream.local_address}]")
            session = MailSession(self.ctx, stream, machine, server.host, TlsPolicy(self.ctx.trust.inspecting_context()), self._read_timeout())

            async def dialog() -> None:
                event = await session.next()
                while not isinstance(event, (Ready, Failed)):
                    event = await session.next()

            talk, stop = asyncio.ensure_future(dialog()), asyncio.ensure_future(enough.wait())
            try:
                await asyncio.wait({talk, stop}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (talk, stop):
                    task.cancel()
                await asyncio.gather(talk, stop, return_exceptions=True)  # a WireError only ends the dialog
                await session.close()
            fingerprint = fingerprint_sha256(stream.peer_der) if stream.peer_der else None
            rec.set(StepStatus.OK, T("open, {name}", name=machine.greeting_host or "?"))
            return TcpState.OPEN, machine.greeting_host, fingerprint

    @staticmethod
    def _silent(result: TcpResult, silence: Silence | None) -> Text:
        if silence is None:
            return T("{state}", state=state_word(result.state.value))
        return T("{state}: no answer in {waited} ms, while port {port} answered in {ms} ms", state=state_word(result.state.value),
                 waited=f"{silence.waited_ms:.0f}", port=silence.sibling, ms=f"{silence.sibling_ms:.0f}")

    async def _port25_after(self, checks: list[asyncio.Task], ports: list[asyncio.Task]) -> None:
        """Port 25 never holds the verdict: once the servers' own checks (the logins) are
        done, a port-25 comparison still running gets PORT25_GRACE more, then is dropped."""
        await asyncio.wait(checks)
        _, late = await asyncio.wait(ports, timeout=self._limit(PORT25_GRACE))
        for task in late:
            task.cancel()

    # -- test message ----------------------------------------------------------------------------
    def _send_test_skipped(self) -> Finding | None:
        """Why the test message asked for cannot be sent, said rather than left out. It logs in
        twice, to send it (SMTP) and to look for it (IMAP, or POP3 for an account that
        receives over POP3 alone), each time with what that server takes (credential_for), so
        it is skipped: where a server signs in on the provider's page (OAuth2) and this check
        has no token of the wizard's own sign-in (the password never goes there); where a
        password server is to be logged in to without a password; and with neither a password
        nor a token."""
        if self.token is None and any(SignIn.of(s.server) is SignIn.OAUTH2 for s in self.services):
            return advice.send_test_skipped_oauth2(str(self.address), self._provider_words(), self._registered())
        incoming = self._incoming()
        needed = [s.server for s in self.services if s.server.protocol is Protocol.SMTP or s is incoming]
        if self.password is None and (self.token is None or any(SignIn.of(s) is SignIn.PASSWORD for s in needed)):
            return advice.send_test_skipped_no_password(str(self.address))
        return None

    def _incoming(self) -> _Service | None:
        """Where the test message is looked for: the IMAP server; where the settings have
        none, the POP3 server (an account that receives over POP3 alone)."""
        for protocol in (Protocol.IMAP, Protocol.POP3):
            found = next((s for s in self.services if s.server.protocol is protocol), None)
            if found is not None:
                return found
        return None

    def _registered(self) -> bool:
        """Whether the provider's pack registers this wizard for its own sign-in ([oauth2])."""
        return getattr(self.provider, "oauth2", None) is not None

    def _key(self, svc: _Service) -> "str | logins.Bearer | None":
        """What the test message logs in to `svc` with: the password for a password server;
        for one that signs in on the provider's page, the token of the sign-in, in the one
        mechanism its login worked with (never another); None when there is nothing."""
        credential = credential_for(svc.server, self.password, self.token)
        if credential.kind is CredentialKind.PASSWORD:
            return credential.secret
        if credential.kind is CredentialKind.OAUTH2_TOKEN and svc.mechanism in BEARERS:
            return logins.Bearer(credential.secret, Mechanism(svc.mechanism))
        return None

    def _scrubbed(self, text: str) -> str:
        """A server's words without the password, nor the token of the sign-in."""
        text = self.scrub(text)
        return scrubber(self.token)(text) if self.token else text

    async def send_test_message(self) -> None:
        smtp = next((s for s in self.services if s.server.protocol is Protocol.SMTP and s.login == "ok"), None)
        incoming = self._incoming()
        if incoming is not None and incoming.login != "ok":
            incoming = None
        send_key = self._key(smtp) if smtp is not None else None
        find_key = self._key(incoming) if incoming is not None else None
        if smtp is None or incoming is None or send_key is None or find_key is None:
            self.extra.append(advice.send_test_failed(str(self.address), T("sending and receiving must both log in first")))
            return
        token = secrets.token_hex(8)
        per_op = self._limit(self.ctx.timeouts.read)
        started = time.monotonic()
        async with self.ctx.step("send-test", str(self.address)) as rec:
            assert smtp.policy is not None and incoming.policy is not None
            sent = await self._within(
                logins.login(self.ctx, self._target(smtp), smtp.policy, (smtp.username or "",), send_key, per_op, send_to=str(self.address), token=token),
                self._limit(per_op * 2),
            )
            if not isinstance(sent, logins.LoginOutcome) or not sent.sent_test:
                finding = advice.send_test_failed(str(self.address), T("it could not be sent ({problem})", problem=self._scrubbed(sent.server_text) if isinstance(sent, logins.LoginOutcome) else T("no answer in time")))
                self.extra.append(finding)
                rec.set(StepStatus.ERROR, finding.message)
                return
            wait = self._limit(SEND_TEST_WAIT)
            arrival = await self._arrival(incoming, find_key, token, wait, per_op)
            if arrival is logins.Arrival.UNCHECKABLE:
                finding = advice.send_test_unchecked(str(self.address), incoming.server, f"mailsetup test {token}")
                self.extra.append(finding)
                rec.set(StepStatus.SKIPPED, finding.message)
                return
            if arrival is not logins.Arrival.FOUND:
                finding = advice.send_test_failed(str(self.address), T("it was sent, but did not show up in the inbox within {seconds} seconds", seconds=f"{wait:.0f}"))
                self.extra.append(finding)
                rec.set(StepStatus.ERROR, finding.message)
                return
            finding = advice.send_test_ok(str(self.address), time.monotonic() - started, incoming.server.protocol)
            self.extra.append(finding)
            rec.set(StepStatus.OK, finding.message)

    async def _arrival(self, incoming: _Service, key: "str | logins.Bearer", token: str, wait: float, per_op: float) -> logins.Arrival:
        """Whether the test message arrived, looked for in the incoming server's inbox within
        `wait` (and a read limit more for the last look) with the key of its own login."""
        assert incoming.policy is not None
        target, username, budget = self._target(incoming), incoming.username or "", self._limit(wait + per_op)
        if incoming.server.protocol is Protocol.POP3:
            arrival = await self._within(logins.pop3_find(self.ctx, target, incoming.policy, username, key, token, wait, per_op), budget)
            return arrival if isinstance(arrival, logins.Arrival) else logins.Arrival.MISSING
        found = await self._within(logins.imap_find(self.ctx, target, incoming.policy, username, key, token, wait, per_op), budget)
        return logins.Arrival.FOUND if found is True else logins.Arrival.MISSING

    # -- all together ----------------------------------------------------------------------------
    async def run(self) -> Report:
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        unregister = self.ctx.cancel.on_cancel(lambda: loop.call_soon_threadsafe(task.cancel))
        try:
            async with asyncio.TaskGroup() as group:  # one failing cancels the rest: none orphaned
                checks = [group.create_task(self.check(s)) for s in self.services]
                ports = [group.create_task(self.port25(s)) for s in self.services if s.server.protocol is Protocol.SMTP]
                if checks and ports:
                    group.create_task(self._port25_after(checks, ports))
        except asyncio.CancelledError:
            if self.ctx.cancel.cancelled:  # the person's cancel, in the project's own words
                task.uncancel()
                raise Cancelled() from None
            raise
        finally:
            unregister()
        self.ctx.cancel.raise_if_cancelled()
        if self.send_test:
            skipped = self._send_test_skipped()
            if skipped is not None:
                self.extra.append(skipped)
            else:
                await self.send_test_message()
        findings: list[Finding] = []
        for svc in self.services:
            findings.extend(svc.findings)
        findings.extend(self.extra)
        findings.sort(key=lambda f: f.severity.rank)
        return Report(
            address=str(self.address),
            services=tuple(s.freeze() for s in self.services),
            findings=tuple(findings),
            steps=tuple(self.steps),
            elapsed_ms=(time.monotonic() - started) * 1000,
        )


def _collecting(ctx: NetContext, steps: list[Step]) -> NetContext:
    """The same context, with every step also recorded for the report."""
    sink = ctx.sink

    def both(step: Step) -> None:
        steps.append(step)
        sink(step)

    copy = replace(ctx, patience=Patience())  # this run's own pace: a silent host is given up early
    copy.sink = both
    copy.prepare_tls(check_hostname=False)  # the doctor's verifying context loads while it connects
    return copy


def _bundled_pack(name: str) -> "Provider | None":
    """The bundled pack a discovered config names (AccountConfig.provider), if any."""
    try:
        presets = load_presets()
    except Exception:  # noqa: BLE001 - a broken pack only costs the friendlier words
        return None
    wanted = name.strip().lower()
    return next((p for p in presets.providers if wanted in (p.id.lower(), p.name.lower())), None)


def _document_two_factor(config: object, address: EmailAddress) -> advice.TwoFactorPage | None:
    """The two-factor page a discovered config's settings document names (the ISPDB's
    <documentation>), with the provider's name as the document gives it."""
    if not isinstance(config, AccountConfig) or config.two_factor_page is None:
        return None
    return advice.TwoFactorPage(config.provider or address.domain, config.two_factor_page.url)


async def diagnose_async(
    address: EmailAddress | str,
    config_or_servers: AccountConfig | Mapping[Protocol, ServerSettings] | Iterable[ServerSettings],
    ctx: NetContext,
    *,
    password: str | None = None,
    store: CertStore | None = None,
    accept: Iterable[str] = (),
    send_test: bool = False,
    provider: "Provider | None" = None,
    token: str | None = None,
) -> Report:
    """Check the servers for `address`; never raises for what a server does, only for bad
    input (UserError) and cancellation. A config that needs consent gets no password.
    `provider`: the provider pack that applies (else the one a DiscoveryResult-made config
    names is not looked up: pass it), so a certificate it announced is called that.
    The password goes only to password servers; `token` (an OAuth2 access token) only to
    servers whose provider signs people in on its own page (model.credential_for)."""
    if isinstance(address, str):
        address = EmailAddress.parse(address)
    consent: Finding | None = None
    if isinstance(config_or_servers, AccountConfig) and config_or_servers.needs_consent and (password or token):
        reasons = ", ".join(c.code for c in config_or_servers.consent) or config_or_servers.source.value
        consent = advice.consent_needed(reasons)
        password = None
        token = None
    if provider is None and isinstance(config_or_servers, AccountConfig) and config_or_servers.provider:
        provider = _bundled_pack(config_or_servers.provider)
    servers = servers_of(config_or_servers)
    evidence = Evidence(config_or_servers.source.value, config_or_servers.origin) if isinstance(config_or_servers, AccountConfig) else None
    steps: list[Step] = []
    name = config_or_servers.provider if isinstance(config_or_servers, AccountConfig) else None
    doctor = Doctor(address, servers, _collecting(ctx, steps), password, store or CertStore(), accept, send_test, provider, name, token,
                    two_factor=_document_two_factor(config_or_servers, address), evidence=evidence)
    doctor.steps = steps
    report = await doctor.run()
    if consent is not None:
        report = replace(report, findings=(consent,) + report.findings)
    return report


def diagnose(address: EmailAddress | str, config_or_servers, ctx: NetContext, **kwargs) -> Report:
    """The blocking form, for the CLI and scripts (the GUI awaits diagnose_async)."""
    return asyncio.run(diagnose_async(address, config_or_servers, ctx, **kwargs))
