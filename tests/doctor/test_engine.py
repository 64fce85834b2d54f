"""The doctor against the world's real Dovecot and Postfix: the normal path, wrong
passwords, user-name variants, blocked and refused ports, DNS failures, plaintext
settings, certificate acceptance, pinning and a changed certificate, the test message."""

import time

import pytest

from wizard.doctor import diagnose
from wizard.model import AccountConfig, ConsentReason, Protocol, Security, ServerSettings, Source, StepStatus

pytestmark = pytest.mark.world

HOST = "mail.example.test"


def servers(imap=(993, Security.TLS), pop3=(995, Security.TLS), smtp=(465, Security.TLS), host=HOST, **kw):
    out = []
    if imap:
        out.append(ServerSettings(Protocol.IMAP, host, imap[0], imap[1], **kw))
    if pop3:
        out.append(ServerSettings(Protocol.POP3, host, pop3[0], pop3[1], **kw))
    if smtp:
        out.append(ServerSettings(Protocol.SMTP, host, smtp[0], smtp[1], **kw))
    return out


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_real_servers_log_in_on_all_three_protocols(security, world, make_ctx, store):
    alice = world.user("alice")
    ports = {Security.TLS: (993, 995, 465), Security.STARTTLS: (143, 110, 587)}[security]
    steps = []
    report = diagnose(alice.address, servers((ports[0], security), (ports[1], security), (ports[2], security)), make_ctx(steps=steps), password=alice.password, store=store)
    assert report.ok, [f.message.render() for f in report.findings]
    assert [s.login for s in report.services] == ["ok", "ok", "ok"]
    assert all(s.username == alice.address and s.certificate_status == "trusted" for s in report.services)
    assert all(s.tls_version in ("TLSv1.2", "TLSv1.3") for s in report.services)
    assert report.codes.count("login-ok") == 3
    sources = {s.source for s in steps if s.status is not StepStatus.STARTED}
    assert {"dns", "tcp", "imap", "pop3", "smtp", "certificate", "login", "port25"} <= sources
    assert all(s.ms is not None for s in steps if s.status is not StepStatus.STARTED)


def test_username_variants_are_tried_in_order_and_the_working_one_is_reported(world, make_ctx, store):
    alice = world.user("alice")
    report = diagnose(alice.address, servers(pop3=None, smtp=None, username="not-alice"), make_ctx(), password=alice.password, store=store)
    assert report.services[0].username == alice.address
    message = next(f for f in report.findings if f.code == "login-ok").message.render()
    assert "not-alice" in message and alice.address in message


def test_wrong_password_is_auth_failed_with_the_servers_words(world, make_ctx, store):
    alice = world.user("alice")
    report = diagnose(alice.address, servers(pop3=None), make_ctx(deadline=30, read=4), password="not the password", store=store)
    failed = [f for f in report.findings if f.code == "auth-failed"]
    assert {f.service for f in failed} == {"imap", "smtp"}
    imap = next(f for f in failed if f.service == "imap").message.render()
    assert "Authentication failed" in imap and f"“{alice.address}”" in imap
    assert all(s.login == "failed" for s in report.services)
    assert not report.ok


def test_blocked_port_25_is_found_and_explained(world, make_ctx, store):
    alice = world.user("alice")
    world.block_port(HOST, 25)
    report = diagnose(alice.address, servers(imap=None, pop3=None, smtp=(587, Security.STARTTLS)), make_ctx(connect=1.0), password=alice.password, store=store)
    finding = next(f for f in report.findings if f.code == "port25-blocked")
    assert finding.port == 25 and "587" in finding.message.render() and "465" in finding.message.render()
    assert report.ok  # sending works over 587; a blocked 25 is only explained


def test_a_silent_port_25_is_called_filtered_from_the_evidence_of_587_not_its_timeout(world, make_ctx, store):
    """Port 25 dropped, 587 answering: port 25 is given up after a small multiple of 587's
    connect time, its step saying so, long before a 20 s connect timeout; the login stands."""
    alice = world.user("alice")
    world.block_port(HOST, 25)
    steps = []
    report = diagnose(alice.address, servers(imap=None, pop3=None, smtp=(587, Security.STARTTLS)), make_ctx(connect=20.0, deadline=60, steps=steps), password=alice.password, store=store)
    assert "port25-blocked" in report.codes and "login-ok" in report.codes
    port25 = next(s for s in steps if s.source == "port25" and s.status is not StepStatus.STARTED)
    assert port25.status is StepStatus.TIMEOUT
    assert "while port 587 answered" in port25.detail.render() or "while port 465 answered" in port25.detail.render()


def test_submission_configured_on_port_25_is_warned_about(world, make_ctx, store):
    report = diagnose("alice@example.test", servers(imap=None, pop3=None, smtp=(25, Security.STARTTLS)), make_ctx(), store=store)
    assert "port25-submission" in report.codes


def test_refused_and_filtered_ports_are_told_apart(world, make_ctx, store):
    world.block_port(HOST, 993)
    report = diagnose(
        "alice@example.test",
        [ServerSettings(Protocol.IMAP, HOST, 993, Security.TLS), ServerSettings(Protocol.POP3, HOST, 1995, Security.TLS)],
        make_ctx(connect=1.0),
        store=store,
    )
    imap, pop3 = report.services
    assert (imap.tcp, pop3.tcp) == ("filtered", "refused")
    assert report.findings_for("imap")[0].code == "host-unreachable"
    assert report.findings_for("pop3")[0].code == "port-closed"


def test_black_holed_host_costs_one_connect_timeout_for_all_servers(world, make_ctx, store):
    world.add_host("mail.dark.test", world.blackhole_ip)
    started = time.monotonic()
    report = diagnose("alice@dark.test", servers(host="mail.dark.test"), make_ctx(connect=1.0), store=store)
    assert time.monotonic() - started < 2.5  # all servers and ports probed at once
    assert [s.tcp for s in report.services] == ["filtered"] * 3
    assert report.codes.count("host-unreachable") == 3


def test_unknown_host_is_dns_failed(world, make_ctx, store):
    report = diagnose("alice@example.test", servers(host="nowhere.example.test"), make_ctx(), store=store)
    assert report.codes.count("dns-failed") == 3 and report.services[0].tcp == ""


def test_plaintext_settings_are_refused_and_dovecot_never_sees_a_login(world, make_ctx, store):
    alice = world.user("alice")
    before = world.dovecot_log.read_text(errors="replace")
    report = diagnose(alice.address, servers(imap=(143, Security.PLAIN), pop3=(110, Security.PLAIN), smtp=(587, Security.PLAIN)), make_ctx(), password=alice.password, store=store)
    assert report.codes.count("plaintext-only") == 3
    imap = next(f for f in report.findings if f.code == "plaintext-only" and f.service == "imap").message.render()
    smtp = next(f for f in report.findings if f.code == "plaintext-only" and f.service == "smtp").message.render()
    assert "LOGINDISABLED" in imap and "530" in smtp
    time.sleep(0.3)  # Dovecot writes its log asynchronously
    new_log = world.dovecot_log.read_text(errors="replace")[len(before):]
    ours = [line for line in new_log.splitlines() if "-login:" in line and "disconnected" in line.lower()]
    assert ours and all("no auth attempts" in line for line in ours)
    assert "Login: user=<" not in new_log


def test_accepting_pinning_and_a_changed_certificate(world, make_ctx, store):
    """Without the world's CA the real servers' certificate is unknown: shown, accepted by
    fingerprint, pinned for host:port, then a new certificate is cert-changed."""
    alice = world.user("alice")
    config = servers(pop3=None, smtp=None)
    first = diagnose(alice.address, config, make_ctx(trust_world_ca=False), password=alice.password, store=store)
    assert first.codes == ("cert-untrusted",) and first.services[0].login == "not-tried"
    fingerprint = first.services[0].certificate.sha256
    assert fingerprint.replace(":", "").lower() == world.mail_cert.sha256

    accepted = diagnose(alice.address, config, make_ctx(trust_world_ca=False), password=alice.password, store=store, accept=(fingerprint,))
    assert set(accepted.codes) == {"cert-accepted", "login-ok"}
    assert store.pin_for(HOST, 993).sha256 == fingerprint

    pinned = diagnose(alice.address, config, make_ctx(trust_world_ca=False), password=alice.password, store=store)
    assert pinned.codes == ("login-ok",) and pinned.services[0].certificate_status == "pinned"

    world.use_changed_certificate()
    changed = diagnose(alice.address, config, make_ctx(trust_world_ca=False), password=alice.password, store=store)
    assert changed.codes == ("cert-changed",) and changed.services[0].login == "not-tried"
    message = changed.findings[0].message.render()
    assert fingerprint in message and changed.services[0].certificate.sha256 in message
    # even a certificate the system would trust does not replace a pin silently
    still = diagnose(alice.address, config, make_ctx(trust_world_ca=True), password=alice.password, store=store)
    assert still.codes == ("cert-changed",)


def test_untrusted_discovered_config_gets_no_password(world, make_ctx, store):
    alice = world.user("alice")
    config = AccountConfig(Source.GUESS, False, (ServerSettings(Protocol.IMAP, HOST, 993, Security.TLS),), consent=(ConsentReason("unsigned-dns"),))
    report = diagnose(alice.address, config, make_ctx(), password=alice.password, store=store)
    assert report.codes[0] == "consent-needed" and report.services[0].login == "skipped"


def test_send_test_message_arrives_in_the_inbox(world, make_ctx, store):
    alice = world.user("alice")
    report = diagnose(alice.address, servers(pop3=None), make_ctx(), password=alice.password, store=store, send_test=True)
    assert "send-test-ok" in report.codes, report.codes
    delivered = [p.read_text(errors="replace") for p in (alice.maildir / "new").iterdir()] + [p.read_text(errors="replace") for p in (alice.maildir / "cur").iterdir()]
    assert any("mailsetup test" in text for text in delivered)


def test_an_expired_deadline_leaves_no_time_not_the_full_limit():
    """`x or default` once turned 0.0 s left into a full 10 s wait for the test message."""
    from wizard.doctor.engine import Doctor
    from wizard.doctor import CertStore
    from wizard.model import EmailAddress
    from wizard.net import Deadline, NetContext

    doctor = Doctor(EmailAddress.parse("alice@example.test"), [], NetContext(deadline=Deadline(started=0.0, seconds=1.0)), None, CertStore(), (), False)
    assert doctor._limit(10.0) == 0.0
    assert Doctor(EmailAddress.parse("alice@example.test"), [], NetContext(), None, CertStore(), (), False)._limit(10.0) == 10.0


@pytest.mark.world
def test_a_persons_cancel_is_the_projects_own_cancelled(fake, make_ctx, store):
    """Cancel while a server trickles its greeting: diagnose ends with Cancelled, the error
    the shells know, never asyncio's CancelledError."""
    import asyncio
    import threading

    from wizard.doctor import diagnose_async
    from wizard.net import Cancelled

    server, host = fake("imap", False, mode="slow")
    ctx = make_ctx(read=10.0)
    settings = ServerSettings(Protocol.IMAP, host, server.port, Security.STARTTLS)

    async def go():
        threading.Timer(0.3, ctx.cancel.cancel).start()
        await diagnose_async(f"alice@{host}", [settings], ctx, store=store)

    with pytest.raises(Cancelled):
        asyncio.run(go())


def _counting(ctx) -> list[int]:
    """The ports of the connections `ctx` and its copies open (every connection asks `route`)."""
    ports: list[int] = []

    class Counted(type(ctx)):
        def route(self, host, address, port):
            ports.append(port)
            return super().route(host, address, port)

    ctx.__class__ = Counted
    return ports


def test_a_trusted_certificate_carries_the_login_on_the_dialogs_own_connection(world, make_ctx, store):
    alice = world.user("alice")
    ctx = make_ctx()
    ports = _counting(ctx)
    report = diagnose(alice.address, servers(pop3=None, smtp=(587, Security.STARTTLS)), ctx, password=alice.password, store=store)
    assert [s.login for s in report.services] == ["ok", "ok"]
    assert ports.count(993) == 1
    assert ports.count(587) == 2  # the service's own, and the port-25 check's look at 587 (no second for the login)


def test_an_accepted_untrusted_certificate_still_gets_a_new_pinned_connection_for_the_login(world, make_ctx, store):
    alice = world.user("alice")
    first = diagnose(alice.address, servers(pop3=None, smtp=None), make_ctx(trust_world_ca=False), password=alice.password, store=store)
    assert first.services[0].login == "not-tried" and first.services[0].certificate_status == "untrusted"
    ctx = make_ctx(trust_world_ca=False)
    ports = _counting(ctx)
    report = diagnose(alice.address, servers(pop3=None, smtp=None), ctx, password=alice.password, store=store, accept=[first.services[0].certificate.sha256])
    assert report.services[0].login == "ok" and report.services[0].certificate_status == "accepted"
    assert ports.count(993) == 3  # the verifying dialog, the look at the certificate, the pinned login
