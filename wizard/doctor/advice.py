"""Every finding the doctor can report, worded for the person at the keyboard and for the
support agent reading the report: what happened, then what to do. One function per case."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from datetime import datetime

from wizard.i18n import T, Text
from wizard.model import Protocol, ServerSettings
from wizard.model.certificate import CertificateInfo
from wizard.model.findings import Finding, Severity


def _f(code: str, severity: Severity, server: ServerSettings | None, message: Text, fix: Text | None = None, host: str = "", port: int | None = None, command: Text | None = None) -> Finding:
    if server is not None:
        return Finding(code, severity, server.protocol.value, server.host, server.port, message, fix, command)
    return Finding(code, severity, "", host, port, message, fix, command)


_BYTES_REPR = re.compile(r"b'(?:[^'\\]|\\.)*'" + r'|b"(?:[^"\\]|\\.)*"')


def server_said(answer: "str | bytes | None", limit: int = 200) -> str:
    """A server's reply as a person reads it: decoded, on one line, trimmed, never in
    Python's bytes form (b'...'), cut at `limit` characters."""
    if answer is None:
        return ""
    text = bytes(answer).decode("utf-8", "replace") if isinstance(answer, (bytes, bytearray)) else str(answer)
    text = _BYTES_REPR.sub(_unrepr, text.strip())
    if text.startswith("[") and text.endswith("]"):  # a list of replies, as a stdlib error gives it
        text = text[1:-1].strip()
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unrepr(match: "re.Match[str]") -> str:
    """b'LOGIN failed' (a bytes repr that reached us as text) -> LOGIN failed."""
    try:
        value = ast.literal_eval(match.group(0))
    except (ValueError, SyntaxError):
        return match.group(0)
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def service_name(server: ServerSettings) -> str:
    return server.protocol.value.upper()


def _args(server: ServerSettings) -> dict[str, object]:
    return dict(service=service_name(server), host=server.host, port=server.port)


def _date(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "?"


# -- reaching the server -----------------------------------------------------------------------
def dns_failed(server: ServerSettings, problem: Text) -> Finding:
    return _f(
        "dns-failed", Severity.ERROR, server,
        T("The server name {host} could not be found: {problem}", host=server.host, problem=problem),
        T("Check the spelling of the server name. If it is right, the name service of your network or of the provider is failing; try again later or on another network."),
    )


def tcp_failed(server: ServerSettings, state: str, seconds: float | None) -> Finding:
    a = _args(server)
    if state == "refused":
        return _f(
            "port-closed", Severity.ERROR, server,
            T("The {service} server {host} refused the connection on port {port}: nothing answers there.", **a),
            T("Check the port number: your provider may offer {service} on another port. If the number is right, the server is down for now: try again later, or ask your provider whether it has a fault.", service=service_name(server)),
        )
    if state == "filtered":
        message = T("The {service} server {host} did not answer on port {port} within {seconds} seconds.", seconds=f"{seconds or 0:.0f}", **a)
    elif state == "reset":
        message = T("The connection to the {service} server {host} on port {port} was cut off at once.", **a)
    else:
        message = T("The {service} server {host} on port {port} cannot be reached from this network.", **a)
    return _f(
        "host-unreachable", Severity.ERROR, server, message,
        T("A firewall on your network or at the provider may block port {port}, or the server is down. Try another network (such as a phone's hotspot) to tell which.", port=server.port),
    )


def server_timeout(server: ServerSettings, stage: Text) -> Finding:
    return _f(
        "server-timeout", Severity.ERROR, server,
        T("The {service} server {host}:{port} accepted the connection but did not answer in time ({stage}).", stage=stage, **_args(server)),
        T("The server may be overloaded, or something on the network holds the connection open. Try again later or on another network."),
    )


def protocol_error(server: ServerSettings, problem: "str | Text") -> Finding:
    problem = problem[:200] if isinstance(problem, str) else problem
    return _f(
        "protocol-error", Severity.ERROR, server,
        T("The {service} server {host}:{port} answered in a way a mail program cannot use: {problem}", problem=problem, **_args(server)),
        T("Check that port {port} is the {service} port of this server. If it is, something on the network may be interfering.", **_args(server)),
    )


# -- encryption ----------------------------------------------------------------------------------
def starttls_missing(server: ServerSettings) -> Finding:
    return _f(
        "starttls-missing", Severity.ERROR, server,
        T("The {service} server {host}:{port} did not offer encryption (STARTTLS), although these settings require it. Nothing was sent.", **_args(server)),
        T("Do not switch to an unencrypted connection: your password could be read on the way. Someone on the network may be removing the offer; try another network, or use the server's SSL/TLS port."),
    )


def starttls_refused(server: ServerSettings, answer: str) -> Finding:
    return _f(
        "starttls-refused", Severity.ERROR, server,
        T("The {service} server {host}:{port} refused to start encryption. The server said: “{answer}”. Nothing was sent.", answer=server_said(answer) or "-", **_args(server)),
        T("Do not switch to an unencrypted connection: your password could be read on the way. Try another network, or use the server's SSL/TLS port, and tell your provider."),
    )


def starttls_injection(server: ServerSettings) -> Finding:
    return _f(
        "starttls-injection", Severity.ERROR, server,
        T("The {service} server {host}:{port} agreed to start encryption, but more data arrived before encryption began: someone on the network is injecting answers. The connection was closed and nothing was sent.", **_args(server)),
        T("Do not use this network for e-mail: it tampers with your connections. Try another network, or use the server's SSL/TLS port, and tell your provider."),
    )


def tls_failed(server: ServerSettings, problem: "str | Text") -> Finding:
    if isinstance(problem, Text):
        return _tls_failed(server, problem)
    if any(word in problem.upper() for word in ("WRONG_VERSION", "RECORD_LAYER", "PACKET_LENGTH", "HTTP_REQUEST", "UNKNOWN_PROTOCOL")):
        reason: Text = T("the server answered without encryption")
    elif "VERSION" in problem.upper() or "PROTOCOL" in problem.upper():
        reason = T("the server offers only an outdated kind of encryption ({detail})", detail=problem)
    else:
        reason = T("the encrypted connection broke off ({detail})", detail=problem)
    return _tls_failed(server, reason)


def _tls_failed(server: ServerSettings, reason: Text) -> Finding:
    return _f(
        "tls-failed", Severity.ERROR, server,
        T("The encrypted connection to the {service} server {host}:{port} could not be set up: {reason}. Nothing was sent.", reason=reason, **_args(server)),
        T("Something on the network may be interfering with encryption, or the server is set up wrongly. Try another network; if it happens there too, tell your provider."),
    )


def plaintext_only(server: ServerSettings, offers_starttls: bool, server_insists: str | None) -> Finding:
    if server_insists:
        note = T("The server itself refuses passwords without encryption ({signal}).", signal=server_insists)
    elif offers_starttls:
        note = T("The server offers STARTTLS on this port.")
    else:
        note = T("The server offers no encryption on this port.")
    return _f(
        "plaintext-only", Severity.ERROR, server,
        T("These settings use {service} on {host}:{port} without encryption, so a password would travel readable. mailsetup sends none that way. {note}", note=note, **_args(server)),
        T("Use encryption: SSL/TLS (for {service} usually port {tls_port}) or STARTTLS.", service=service_name(server), tls_port={"imap": 993, "pop3": 995, "smtp": 465}.get(server.protocol.value, 993)),
    )


# -- certificates --------------------------------------------------------------------------------
def cert_untrusted(server: ServerSettings, info: CertificateInfo, reason: str, acceptable: bool) -> Finding:
    a = _args(server)
    if not acceptable:
        return _f(
            "cert-untrusted", Severity.ERROR, server,
            T("The certificate of {host}:{port} is damaged or forged ({reason}).", reason=reason, **a),
            T("Do not use this connection and do not accept the certificate: someone may be intercepting it. Try another network and tell your provider."),
        )
    return _f(
        "cert-untrusted", Severity.ERROR, server,
        T("The certificate of {host}:{port} is not vouched for by any authority this computer trusts ({reason}). Issued to {subject} by {issuer}; SHA-256 fingerprint {sha256}.", reason=reason, subject=info.subject, issuer=info.issuer, sha256=info.sha256, **a),
        T("Accept it only if your provider confirms this exact fingerprint; from then on only this certificate is accepted for {host}:{port}.", **a),
        command=T("To accept it, run the check again with --accept-fingerprint {sha256}.", sha256=info.sha256),
    )


def cert_expired(server: ServerSettings, info: CertificateInfo, problem: str) -> Finding:
    a = _args(server)
    if problem == "not-yet-valid":
        return _f(
            "cert-expired", Severity.ERROR, server,
            T("The certificate of {host}:{port} is only valid from {date}.", date=_date(info.not_before), **a),
            T("Check the date and time of this computer. If they are right, the provider must fix the certificate; it cannot be accepted here."),
        )
    return _f(
        "cert-expired", Severity.ERROR, server,
        T("The certificate of {host}:{port} expired on {date}.", date=_date(info.not_after), **a),
        T("The provider must renew its certificate. Until then the connection cannot be trusted, and an expired certificate cannot be accepted here."),
    )


def cert_hostname_mismatch(server: ServerSettings, info: CertificateInfo, names: tuple[str, ...]) -> Finding:
    return _f(
        "cert-hostname-mismatch", Severity.ERROR, server,
        T("The certificate of {host}:{port} is made out to {names}, not to {host}.", names=", ".join(names[:8]) or "?", **_args(server)),
        T("If your provider says to use one of those names as the server name, change the setting to it. Otherwise someone may be intercepting the connection: do not continue."),
    )


def cert_changed(server: ServerSettings, info: CertificateInfo, old: str) -> Finding:
    return _f(
        "cert-changed", Severity.ERROR, server,
        T("The certificate of {host}:{port} is not the one accepted before (accepted: {old}; now: {new}). Nothing was sent.", old=old, new=info.sha256, **_args(server)),
        T("Do not continue until your provider confirms that it changed its certificate. If it did, accept the new one."),
        command=T("To accept the new one, run the check again with --accept-fingerprint {new}.", new=info.sha256),
    )


def cert_announced(server: ServerSettings, info: CertificateInfo, provider: Text | str, changed: bool) -> Finding:
    """A certificate this computer does not trust (or another than the one accepted before)
    that the provider's pack announced: reassuring words, but still the person's decision."""
    a = _args(server)
    if changed:
        message = T("The certificate of {host}:{port} has changed, and the new one is the certificate {provider} announced (SHA-256 {sha256}). Nothing is sent until you accept it.", provider=provider, sha256=info.sha256, **a)
    else:
        message = T("The certificate of {host}:{port} is not vouched for by an authority this computer trusts, but it is the certificate {provider} announced (SHA-256 {sha256}). Nothing is sent until you accept it.", provider=provider, sha256=info.sha256, **a)
    return _f(
        "cert-announced", Severity.INFO, server, message,
        T("Accept it to continue; from then on only this certificate is accepted for {host}:{port}.", **a),
        command=T("To accept it, run the check again with --accept-fingerprint {sha256}.", sha256=info.sha256),
    )


def cert_accepted(server: ServerSettings, info: CertificateInfo) -> Finding:
    return _f(
        "cert-accepted", Severity.INFO, server,
        T("You accepted the certificate of {host}:{port} (SHA-256 {sha256}). From now on only this certificate is accepted there.", sha256=info.sha256, **_args(server)),
    )


# -- logging in ----------------------------------------------------------------------------------
def login_ok(server: ServerSettings, username: str, tried: tuple[str, ...]) -> Finding:
    a = _args(server)
    if len(tried) > 1:
        message = T("Logged in to {service} on {host}:{port} as “{username}” (tried first: {others}).", username=username, others=", ".join(tried[:-1]), **a)
    else:
        message = T("Logged in to {service} on {host}:{port} as “{username}”.", username=username, **a)
    return _f("login-ok", Severity.INFO, server, message)


def login_skipped(server: ServerSettings) -> Finding:
    return _f("login-skipped", Severity.INFO, server, T("No password was given, so logging in to {service} on {host}:{port} was not tried.", **_args(server)))


@dataclass(frozen=True)
class TwoFactorPage:
    """Why the provider is known to offer two-factor sign-in, and where a person goes about it:
    the provider's page for app passwords (`url`, from its pack or its settings document), else
    its support (`support`, `support_url`, from its pack), else neither."""

    provider: Text | str
    url: str | None = None
    support: Text | str | None = None
    support_url: str | None = None


def auth_failed(server: ServerSettings, tried: tuple[str, ...], answer: str, two_factor: TwoFactorPage | None = None) -> Finding:
    """`two_factor`: the provider offers two-factor sign-in, so a refused password may be one
    that needs an app password in its place (the server's words need not say so)."""
    return _f(
        "auth-failed", Severity.ERROR, server,
        T("The {service} server {host} did not accept the password for {usernames}. The server said: “{answer}”.", usernames=", ".join(f"“{u}”" for u in tried), answer=server_said(answer) or "-", **_args(server)),
        _auth_fix(two_factor),
    )


def _auth_fix(page: TwoFactorPage | None) -> Text:
    if page is None:
        return T("Type the password again (mind Caps Lock). If it is right, log in to your provider's web mail: the account may be locked, or the provider may want a different user name.")
    if page.url:
        return T("Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. Make one on {provider}'s page {url} and use it here.", provider=page.provider, url=page.url)
    if page.support_url:
        return T("Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. This program does not know {provider}'s page for making one; ask {support}: {support_url}", provider=page.provider, support=page.support or page.provider, support_url=page.support_url)
    return T("Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. Make one in your account's security settings at {provider} and use it here.", provider=page.provider)


def app_password_required(server: ServerSettings, username: str, answer: str, page: TwoFactorPage | None = None) -> Finding:
    """`page`: what the provider's pack or settings document says about two-factor sign-in."""
    if page is not None and page.url:
        fix = T("Two-factor sign-in is on for this account. Create an app password on {provider}'s security page, {url}, and use it here instead of your normal password.", provider=page.provider, url=page.url)
    elif page is not None and page.support_url:
        fix = T("Create an app password in your account's security settings at {provider} and use it here instead of your normal password. This program does not know {provider}'s page for it; ask {support}: {support_url}", provider=page.provider, support=page.support or page.provider, support_url=page.support_url)
    else:
        fix = T("Create an app password in your account's security settings at your provider (often under two-step verification) and use it here instead of your normal password.")
    return _f(
        "app-password-required", Severity.ERROR, server,
        T("The {service} server {host} wants an app password for “{username}”, not your normal password. The server said: “{answer}”.", username=username, answer=server_said(answer) or "-", **_args(server)),
        fix,
    )


def login_disabled(server: ServerSettings, why: "str | Text") -> Finding:
    return _f(
        "login-disabled", Severity.ERROR, server,
        T("The {service} server {host}:{port} does not allow logging in with a password here ({why}). No password was sent.", why=why, **_args(server)),
        T("The provider may require another way of signing in, or another port. Ask your provider."),
    )


def oauth2_sign_in(server: ServerSettings, provider: "Text | str", offered: tuple[str, ...], password_given: bool) -> Finding:
    """A server that signs people in on the provider's own page (OAuth2), checked up to that
    sign-in. `server` may be any protocol (IMAP, POP3, SMTP, EWS: `offered` is then what its
    challenge named, such as Bearer), so every engine says modern sign-in in the same words."""
    a = _args(server)
    checked = T("The {service} server {host}:{port} was checked up to the sign-in: it answers, its encryption and certificate are in order, and it offers that sign-in ({offered}).", offered=", ".join(offered) or "OAuth2", **a)
    if password_given:
        message = T("{provider} signs you in on its own page; your mail program will open it. {checked} Your password was not sent.", provider=provider, checked=checked)
    else:
        message = T("{provider} signs you in on its own page; your mail program will open it. {checked}", provider=provider, checked=checked)
    return _f("oauth2-sign-in", Severity.INFO, server, message,
              T("Nothing to do now. When the mail program first connects, sign in on the page it opens (with two-step verification if you use it)."))


def oauth2_not_offered(server: ServerSettings, offered: tuple[str, ...]) -> Finding:
    """The settings say OAuth2, the server (inside TLS) offers neither XOAUTH2 nor OAUTHBEARER."""
    return _f(
        "oauth2-not-offered", Severity.ERROR, server,
        T("These settings sign you in on the provider's own page (OAuth2), but the {service} server {host}:{port} does not offer that sign-in (it offers: {offered}). No password was sent.", offered=", ".join(offered) or "-", **_args(server)),
        T("A mail program cannot sign in to this server the way these settings say. Check the server name against your provider's instructions; if it is right, tell your provider."),
    )


def consent_needed(reasons: str) -> Finding:
    return _f(
        "consent-needed", Severity.ERROR, None,
        T("These settings come from a source that cannot be trusted on its own ({reasons}), so no password was sent.", reasons=reasons),
        T("Check the servers, then confirm them."),
        command=T("Give them explicitly with --imap, --pop3 and --smtp."),
    )


# -- port 25 -------------------------------------------------------------------------------------
def port25_blocked(host: str, open_ports: tuple[int, ...], configured_on_25: bool) -> Finding:
    ports = ", ".join(str(p) for p in open_ports)
    return _f(
        "port25-blocked", Severity.ERROR if configured_on_25 else Severity.INFO, None,
        T("Your network blocks port 25 to {host}, while port {ports} answers.", host=host, ports=ports),
        T("This is normal on many home and mobile networks and is not a problem: sending mail uses port 587 or 465, which work."),
        host=host, port=25,
    )


def port25_intercepted(host: str, name: str, reason: Text) -> Finding:
    return _f(
        "port25-intercepted", Severity.WARNING, None,
        T("Something on your network answers on port 25 in place of {host} ({reason}).", host=host, reason=reason),
        T("Your network redirects port 25 to another server. Never send mail through port 25; use port 587 or 465, which reach your provider directly."),
        host=host, port=25,
    )


def port25_submission(server: ServerSettings) -> Finding:
    return _f(
        "port25-submission", Severity.WARNING, server,
        T("These settings send mail through port 25 of {host}. Port 25 is for servers passing mail among themselves, and many networks block it.", host=server.host),
        T("Use port 587 (STARTTLS) or 465 (SSL/TLS) with your password instead."),
    )


# -- test message --------------------------------------------------------------------------------
def send_test_ok(address: str, seconds: float, found_over: Protocol = Protocol.IMAP) -> Finding:
    """`found_over`: the protocol the inbox was read with (POP3 for an account without IMAP)."""
    if found_over is Protocol.POP3:
        message = T("A test message to {address} was sent and found in the inbox over POP3 after {seconds} seconds.", address=address, seconds=f"{seconds:.1f}")
    else:
        message = T("A test message to {address} was sent and found in the inbox after {seconds} seconds.", address=address, seconds=f"{seconds:.1f}")
    return _f("send-test-ok", Severity.INFO, None, message)


def send_test_failed(address: str, problem: Text) -> Finding:
    return _f(
        "send-test-failed", Severity.ERROR, None,
        T("The test message to {address} did not arrive: {problem}", address=address, problem=problem),
        T("Sending or receiving works only in part. Send the report to your provider's support."),
    )


def send_test_unchecked(address: str, server: ServerSettings, subject: str) -> Finding:
    """The test message was sent, but the POP3 server refuses TOP, the one way to read a
    message's headers alone: whether it arrived is not known (reading whole messages to
    find it is not done), which is neither a failure nor a success."""
    return _f(
        "send-test-unchecked", Severity.INFO, None,
        T("The test message to {address} was sent, but whether it arrived could not be checked: the POP3 server {host} does not let mailsetup read only the headers of a message (TOP), and mailsetup does not download whole messages to look for it.", address=address, host=server.host),
        T("Look in your inbox for the message “{subject}”; you may delete it.", subject=subject),
    )


def send_test_skipped_oauth2(address: str, provider: "Text | str", registered: bool = False) -> Finding:
    """--send-test asked for, but a server signs in on the provider's own page and this check
    was not signed in there: the password never goes to such a server, so none was sent.
    `registered`: the provider's pack registers the wizard, so --sign-in could do it."""
    return _f(
        "send-test-skipped", Severity.INFO, None,
        T("No test message to {address} was sent: {provider} signs you in on its own page (OAuth2), and this check was not signed in there; your password never goes to those servers.", address=address, provider=provider),
        T("Send yourself a message from your mail program once it is signed in."),
        command=T("Or run the check again with --sign-in --send-test: mailsetup then signs in at {provider} and sends the test message with that sign-in.", provider=provider) if registered else None,
    )


def send_test_skipped_no_password(address: str) -> Finding:
    """--send-test asked for without a password: the test message has nothing to log in with."""
    return _f(
        "send-test-skipped", Severity.INFO, None,
        T("No test message to {address} was sent: it has to log in to send and to receive, and this check had no password to log in with.", address=address),
        T("Test again with your password to send the test message."),
        command=T("Give the password with --password-stdin."),
    )


# -- Exchange (EWS) ------------------------------------------------------------------------------
def ews_found(server: ServerSettings, url: str, source: "Text | str", origin: str | None, web_address: str | None = None) -> Finding:
    """Where the Exchange address came from (the discovery's evidence, for support).
    `web_address`: the provider named only this web address, and `url` is Exchange's usual
    EWS address on that host."""
    where = T("{source} ({origin})", source=source, origin=origin) if origin else T("{source}", source=source)
    if web_address:
        message = T("The Exchange address {url} is Exchange's usual address on {host}; {where} names {given}.", url=url, host=server.host, where=where, given=web_address)
    else:
        message = T("The Exchange address {url} came from {where}.", url=url, where=where)
    return _f("ews-found", Severity.INFO, server, message)


def ews_redirect(server: ServerSettings, url: str, location: str, other_host: bool) -> Finding:
    if other_host:
        fix = T("Use that address only if your provider confirms that it is theirs; then set it as the Exchange address.")
    else:
        fix = T("If your provider confirms it, set {location} as the Exchange address.", location=location)
    return _f(
        "ews-redirect", Severity.ERROR, server,
        T("The Exchange address {url} sends mail programs on to {location}. mailsetup did not follow it and sent no password there.", url=url, location=location),
        fix,
    )


def ews_no_challenge(server: ServerSettings, url: str, code: int) -> Finding:
    return _f(
        "ews-no-challenge", Severity.ERROR, server,
        T("The Exchange address {url} answered HTTP {code} without asking for a sign-in, so it does not look like an Exchange (EWS) service.", url=url, code=code),
        T("Check the Exchange address with your provider; it usually ends in /EWS/Exchange.asmx."),
    )


def ews_unknown_sign_in(server: ServerSettings, schemes: str) -> Finding:
    return _f(
        "ews-unknown-sign-in", Severity.ERROR, server,
        T("The Exchange server {host} asks for a kind of sign-in this program does not know ({schemes}). No password was sent.", host=server.host, schemes=schemes or "-"),
        T("Ask your provider which mail programs can sign in to this Exchange server."),
    )


def ews_windows_sign_in(server: ServerSettings, schemes: str) -> Finding:
    return _f(
        "ews-windows-sign-in", Severity.WARNING, server,
        T("The Exchange server {host} wants Windows sign-in ({schemes}). Outlook and Thunderbird can sign in that way; mailsetup cannot, so your password was not proven here and was not sent.", host=server.host, schemes=schemes),
        T("The mail program asks for your password when it first connects. If it is refused there, ask your provider."),
    )

