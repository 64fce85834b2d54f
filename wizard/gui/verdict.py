"""One verdict per service, carried from the Testing page to the Done page: receiving,
sending and each certificate end as proven, failed, refused by the person, or not tried,
each with its reason in plain words. Pure (no Qt): the pages only render it, so a page can
never call something proven that the doctor did not prove."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Iterable

from wizard.i18n import T, Text
from wizard.model import AccountConfig, CertificateInfo, Protocol, ServerSettings
from wizard.model.findings import Finding, Severity

PORT25_CODES = ("port25-blocked",)
# Sign-ins named but not proven (the same list as wizard.doctor.report's; not imported, so
# this module stays free of the engines)
UNPROVEN_CODES = ("ews-windows-sign-in",)
ACCEPTABLE = ("untrusted", "changed")  # certificates a person may accept
GOOD_CERTIFICATES = ("trusted", "pinned", "accepted")


class Verdict(StrEnum):
    PROVEN = "proven"
    FAILED = "failed"
    REFUSED = "refused"  # the person did not accept the certificate
    NOT_TRIED = "not-tried"
    # Everything up to the sign-in works; the provider signs the person in on its own page
    # (OAuth2), which the mail program opens: not a proven login, and nothing to fix either.
    SIGN_IN = "sign-in"


class Role(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    CERTIFICATE = "certificate"


@dataclass(frozen=True)
class ServiceVerdict:
    role: Role
    host: str
    port: int
    verdict: Verdict
    reason: Text  # what happened, one sentence
    todo: Text | None = None  # what to do about it (None when proven)
    password: bool = False  # the password is what is missing or wrong
    # The row on a page that lists the doctor's findings under the verdicts (the Testing page):
    # what was checked and its state, no more, because a finding about this server says the
    # rest (None: no finding does, so the reason is the row). Done has no findings: the reason.
    short: Text | None = None

    @property
    def proven(self) -> bool:
        return self.verdict is Verdict.PROVEN

    @property
    def settled(self) -> bool:
        """Nothing left to do here: proven, or proven up to the provider's own sign-in."""
        return self.verdict in (Verdict.PROVEN, Verdict.SIGN_IN)


def _same(service, server: ServerSettings) -> bool:
    return service.protocol == server.protocol.value and service.host == server.host and service.port == server.port


def _worst(findings: Iterable[Finding], service) -> Finding | None:
    mine = [f for f in findings if f.service == service.protocol and f.host == service.host and f.port == service.port and f.severity is Severity.ERROR]
    return mine[0] if mine else None


def _has(findings: Iterable[Finding], service: Any, code: str) -> bool:
    """A finding with that code about this server (`service`: the doctor's ServiceReport)."""
    return any(f.code == code and f.service == service.protocol and f.host == service.host and f.port == service.port for f in findings)


def _sign_in(role: Role, what: Text, host: str, port: int, provider: str | None) -> ServiceVerdict:
    if provider:
        reason = T("{what} ({host}:{port}) works up to the sign-in: the server answers, encryption and its certificate are in order, and it offers sign-in on {provider}'s own page.", what=what, host=host, port=port, provider=provider)
    else:
        reason = T("{what} ({host}:{port}) works up to the sign-in: the server answers, encryption and its certificate are in order, and it offers sign-in on the provider's own page.", what=what, host=host, port=port)
    return ServiceVerdict(role, host, port, Verdict.SIGN_IN, reason, T("The mail program opens that page the first time it connects; sign in there."))


def _service(role: Role, server: ServerSettings | None, report, findings: tuple[Finding, ...], decided: dict[str, bool], provider: str | None = None) -> ServiceVerdict | None:
    if server is None:
        return None
    if server.protocol in (Protocol.EWS, Protocol.EXCHANGE):
        what = T("Exchange mail")
    else:
        what = T("Receiving mail") if role is Role.INCOMING else T("Sending mail")
    host, port = server.host, server.port
    service = next((s for s in getattr(report, "services", ()) or () if _same(s, server)), None) if report is not None else None
    if service is None:
        return ServiceVerdict(role, host, port, Verdict.NOT_TRIED, T("{what} ({host}:{port}) was not tested.", what=what, host=host, port=port),
                              T("Test again, or check the settings."))
    login = service.login
    cert_status = service.certificate_status
    cert = service.certificate
    works = T("{what} ({host}:{port}) works.", what=what, host=host, port=port)
    not_working = T("{what} ({host}:{port}) does not work yet.", what=what, host=host, port=port)
    not_fully = T("{what} ({host}:{port}) was not fully tested.", what=what, host=host, port=port)
    if login == "ok":
        return ServiceVerdict(role, host, port, Verdict.PROVEN, T("{what} works: logged in to {host}:{port}.", what=what, host=host, port=port),
                              short=works if _has(findings, service, "login-ok") else None)
    if login == "oauth2":
        return _sign_in(role, what, host, port, provider)
    if login == "skipped":
        return ServiceVerdict(role, host, port, Verdict.NOT_TRIED, T("{what} ({host}:{port}): logging in was not tried, because no password was given.", what=what, host=host, port=port),
                              T("The mail program asks for the password the first time; type it there."), password=True,
                              short=not_fully if _has(findings, service, "login-skipped") else None)
    if login == "failed":
        worst = _worst(findings, service)
        said = worst.message if worst is not None else T("The server did not accept the password.")
        return ServiceVerdict(role, host, port, Verdict.FAILED, said, T("Type the password again; if it is right, ask your provider whether the account is locked."), password=True,
                              short=not_working if worst is not None else None)
    if cert is not None and cert_status in ACCEPTABLE and decided.get(cert.sha256) is False:
        return ServiceVerdict(role, host, port, Verdict.REFUSED, T("{what} ({host}:{port}) was not tested, because you did not accept its certificate.", what=what, host=host, port=port),
                              T("The mail program will warn about the certificate of {host}; accept it there only if your provider confirms it.", host=host))
    worst = _worst(findings, service)
    if worst is not None:
        return ServiceVerdict(role, host, port, Verdict.FAILED, worst.message, worst.fix, short=not_working)
    named = next((f for f in findings if f.code in UNPROVEN_CODES and f.service == service.protocol and f.host == host and f.port == port), None)
    if named is not None:  # a sign-in the doctor names but cannot prove (Windows sign-in)
        return ServiceVerdict(role, host, port, Verdict.NOT_TRIED, named.message, named.fix, short=not_fully)
    return ServiceVerdict(role, host, port, Verdict.NOT_TRIED, T("{what} ({host}:{port}): logging in was not tried.", what=what, host=host, port=port),
                          T("Test again, or check the settings."))


def _certificates(services, decided: dict[str, bool]) -> list[ServiceVerdict]:
    """One row per certificate the used servers show (servers sharing one are named together)."""
    groups: dict[str, list] = {}
    for service in services:
        if service.certificate is not None and service.certificate_status is not None:
            groups.setdefault(service.certificate.sha256, []).append(service)
    out: list[ServiceVerdict] = []
    for sha256, same in groups.items():
        first, status = same[0], same[0].certificate_status
        where = dict(host=", ".join(f"{s.host}:{s.port}" for s in same))
        host, port = first.host, first.port
        if status in GOOD_CERTIFICATES:
            words = T("The certificate of {host} is trusted.", **where) if status == "trusted" else T("The certificate of {host} is the one you accepted.", **where)
            out.append(ServiceVerdict(Role.CERTIFICATE, host, port, Verdict.PROVEN, words))
        elif status in ACCEPTABLE and decided.get(sha256) is False:
            out.append(ServiceVerdict(Role.CERTIFICATE, host, port, Verdict.REFUSED, T("You did not accept the certificate of {host}.", **where),
                                      T("Accept it only if your provider confirms its fingerprint: go back to the certificate, or accept it when the mail program asks.")))
        elif status in ACCEPTABLE:
            out.append(ServiceVerdict(Role.CERTIFICATE, host, port, Verdict.NOT_TRIED, T("The certificate of {host} waits for your decision.", **where),
                                      T("Go back to the certificate and decide.")))
        else:
            out.append(ServiceVerdict(Role.CERTIFICATE, host, port, Verdict.FAILED, T("The certificate of {host} cannot be trusted ({state}).", state=_state(status), **where),
                                      T("Do not use this server until your provider fixes its certificate.")))
    return out


def _state(status: str) -> Text | str:
    from wizard.doctor.report import state_word

    return state_word(status)


def verdicts(config: AccountConfig | None, diagnosis, accepted: Iterable[CertificateInfo] = (), refused: Iterable[CertificateInfo] = ()) -> tuple[ServiceVerdict, ...]:
    """Receiving, sending, then each certificate the servers showed. `accepted`/`refused`:
    the person's decisions (the last one for a fingerprint counts)."""
    decided: dict[str, bool] = {c.sha256: False for c in refused}
    decided.update({c.sha256: True for c in accepted})
    report = getattr(diagnosis, "report", None) if diagnosis is not None else None
    findings = tuple(getattr(diagnosis, "findings", ()) or ())
    incoming = config.incoming[0] if config is not None and config.incoming else None
    outgoing = next((s for s in config.outgoing if s.protocol is Protocol.SMTP), None) if config is not None else None
    provider = config.provider if config is not None else None
    out = [v for v in (_service(Role.INCOMING, incoming, report, findings, decided, provider), _service(Role.OUTGOING, outgoing, report, findings, decided, provider)) if v is not None]
    used = [s for s in getattr(report, "services", ()) or () if any(server is not None and _same(s, server) for server in (incoming, outgoing))]
    out += _certificates(used, decided)
    return tuple(out)


def all_proven(found: Iterable[ServiceVerdict]) -> bool:
    found = tuple(found)
    return bool(found) and all(v.proven for v in found)


def all_settled(found: Iterable[ServiceVerdict]) -> bool:
    """Everything proven, or proven up to the provider's own sign-in (OAuth2)."""
    found = tuple(found)
    return bool(found) and all(v.settled for v in found)


def awaits_sign_in(found: Iterable[ServiceVerdict]) -> bool:
    return any(v.verdict is Verdict.SIGN_IN for v in found)


def port25_note(found: Iterable[ServiceVerdict], findings: Iterable[Finding]) -> Text | None:
    """Port 25 blocked while sending on 465/587 is proven: one neutral line, not a warning."""
    outgoing = next((v for v in found if v.role is Role.OUTGOING), None)
    if outgoing is None or not outgoing.settled or outgoing.port == 25:
        return None
    if not any(f.code in PORT25_CODES for f in findings):
        return None
    return T("Your network blocks port 25, as many do; that does not matter, because sending uses port {port}.", port=outgoing.port)


def certificates_in_use(diagnosis, accepted: Iterable[CertificateInfo] = ()) -> tuple[CertificateInfo, ...]:
    """The certificates the writers pin: those the servers show now and the person accepted
    (or accepted earlier), never an older fingerprint for the same server."""
    accepted = tuple(accepted)
    report = getattr(diagnosis, "report", None) if diagnosis is not None else None
    services = getattr(report, "services", ()) or ()
    if services:
        wanted = {c.sha256 for c in accepted}
        out = [s.certificate for s in services if s.certificate is not None and (s.certificate_status in ("pinned", "accepted") or (s.certificate_status in ACCEPTABLE and s.certificate.sha256 in wanted))]
        return tuple(dict.fromkeys(out))
    latest: dict[tuple[str, int], CertificateInfo] = {}
    for cert in accepted:  # no test result: the last decision per server
        latest[(cert.host, cert.port)] = cert
    return tuple(latest.values())
