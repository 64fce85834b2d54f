"""The world's servers behave like the real internet the wizard will meet."""

from __future__ import annotations

import imaplib
import poplib
import smtplib
import socket
import ssl
import time
import uuid

import dns.resolver
import httpx
import pytest
from .isolation import isolation_problem
from .world import World, served_fingerprint

pytestmark = pytest.mark.world
TIMEOUT = 3


def tls(world: World) -> ssl.SSLContext:
    """A strict client context that trusts only the world's CA."""
    return ssl.create_default_context(cafile=str(world.ca_file))


def resolver() -> dns.resolver.Resolver:
    r = dns.resolver.Resolver()  # reads /etc/resolv.conf, which the world bind-mounted
    r.lifetime = TIMEOUT
    return r


# -- isolation -----------------------------------------------------------------------------
def test_world_is_isolated(world: World) -> None:
    assert isolation_problem() is None
    assert open("/etc/resolv.conf").read().startswith("nameserver 127.0.0.53")
    assert world.start_seconds < 5


# -- IMAP ------------------------------------------------------------------------------------
def test_imap_login_over_implicit_tls(world: World) -> None:
    alice = world.user("alice")
    with imaplib.IMAP4_SSL(world.mail.name, 993, ssl_context=tls(world), timeout=TIMEOUT) as client:
        client.login(alice.address, alice.password)
        status, data = client.select("INBOX")
        assert status == "OK" and int(data[0]) >= 0


def test_imap_starttls_then_login_and_logindisabled_before(world: World) -> None:
    alice = world.user("alice")
    client = imaplib.IMAP4(world.mail.name, 143, timeout=TIMEOUT)
    try:
        before = client.capabilities
        assert "LOGINDISABLED" in before and "STARTTLS" in before
        client.starttls(tls(world))
        assert "LOGINDISABLED" not in client.capabilities
        client.login(alice.address, alice.password)
    finally:
        client.logout()


def test_imap_plain_login_is_refused_before_starttls(world: World) -> None:
    alice = world.user("alice")
    conn = imaplib.IMAP4(world.mail.name, 143, timeout=TIMEOUT)
    try:
        with pytest.raises(imaplib.IMAP4.error):
            conn.login(alice.address, alice.password)
    finally:
        conn.shutdown()


def test_imap_wrong_password_fails(world: World) -> None:
    with imaplib.IMAP4_SSL(world.mail.name, 993, ssl_context=tls(world), timeout=TIMEOUT) as client:
        with pytest.raises(imaplib.IMAP4.error):
            client.login(world.user("alice").address, "wrong")


# -- POP3 ------------------------------------------------------------------------------------
def test_pop3_implicit_tls_and_stls(world: World) -> None:
    bob = world.user("bob")
    pop = poplib.POP3_SSL(world.mail.name, 995, context=tls(world), timeout=TIMEOUT)
    pop.user(bob.address)
    pop.pass_(bob.password)
    pop.quit()
    pop = poplib.POP3(world.mail.name, 110, timeout=TIMEOUT)
    assert "STLS" in pop.capa()
    pop.stls(tls(world))
    pop.user(bob.address)
    pop.pass_(bob.password)
    pop.quit()


# -- SMTP ------------------------------------------------------------------------------------
def test_submission_auth_after_starttls(world: World) -> None:
    alice = world.user("alice")
    with smtplib.SMTP(world.mail.name, 587, timeout=TIMEOUT) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls") and not smtp.has_extn("auth")
        assert smtp.mail(alice.address)[0] == 530  # "Must issue a STARTTLS command first"
        smtp.rset()
        smtp.starttls(context=tls(world))
        smtp.ehlo()
        assert smtp.has_extn("auth")
        with pytest.raises(smtplib.SMTPAuthenticationError):
            smtp.login(alice.address, "not the password")
        assert smtp.login(alice.address, alice.password)[0] == 235


def test_submissions_implicit_tls_and_port_25(world: World) -> None:
    alice = world.user("alice")
    with smtplib.SMTP_SSL(world.mail.name, 465, context=tls(world), timeout=TIMEOUT) as smtp:
        assert smtp.login(alice.address, alice.password)[0] == 235
    with smtplib.SMTP(world.mail.name, 25, timeout=TIMEOUT) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls")


def test_sent_mail_arrives_over_imap(world: World) -> None:
    alice, bob = world.user("alice"), world.user("bob")
    subject = f"world smoke {uuid.uuid4()}"
    with smtplib.SMTP(world.mail.name, 587, timeout=TIMEOUT) as smtp:
        smtp.starttls(context=tls(world))
        smtp.login(alice.address, alice.password)
        smtp.sendmail(alice.address, [bob.address], f"From: {alice.address}\r\nTo: {bob.address}\r\n"
                      f"Subject: {subject}\r\n\r\nhello\r\n")
    with imaplib.IMAP4_SSL(world.mail.name, 993, ssl_context=tls(world), timeout=TIMEOUT) as client:
        client.login(bob.address, bob.password)
        deadline = time.monotonic() + 5
        found = []
        while not found and time.monotonic() < deadline:
            client.select("INBOX")
            found = client.search(None, "SUBJECT", f'"{subject}"')[1][0].split()
            time.sleep(0.1)
        assert found, f"message not delivered; postfix log:\n{world.postfix_log.read_text()[-2000:]}"


def test_dovecot_log_witnesses_tls_logins(world: World) -> None:
    alice = world.user("alice")
    with imaplib.IMAP4_SSL(world.mail.name, 993, ssl_context=tls(world), timeout=TIMEOUT) as client:
        client.login(alice.address, alice.password)
    log = world.dovecot_log.read_text()
    assert any(f"user=<{alice.address}>" in line and "TLS" in line and "Login:" in line
               for line in log.splitlines())


# -- firewall --------------------------------------------------------------------------------
def _connect_outcome(ip: str, port: int, timeout: float = 1.0) -> str:
    try:
        socket.create_connection((ip, port), timeout=timeout).close()
        return "open"
    except socket.timeout:
        return "timeout"
    except ConnectionRefusedError:
        return "refused"


def test_blocked_port_25_times_out_while_587_answers(world: World) -> None:
    with world.block_port(world.mail.name, 25):
        assert _connect_outcome(world.mail.ip, 25) == "timeout"
        assert _connect_outcome(world.mail.ip, 587) == "open"
    assert _connect_outcome(world.mail.ip, 25) == "open"


def test_block_is_undone_after_the_test_part_one(world: World) -> None:
    world.block_port(world.mail.ip, 993)  # no cleanup here: the fixture must do it
    assert _connect_outcome(world.mail.ip, 993) == "timeout"


def test_block_is_undone_after_the_test_part_two(world: World) -> None:
    assert _connect_outcome(world.mail.ip, 993) == "open"


def test_black_hole_host(world: World) -> None:
    assert _connect_outcome(world.hosts["blackhole.test"], 443) == "timeout"
    with world.black_hole("autoconfig.example.test"):
        assert _connect_outcome(world.hosts["autoconfig.example.test"], 443) == "timeout"
    assert _connect_outcome(world.hosts["autoconfig.example.test"], 443) == "open"
    assert _connect_outcome("127.0.7.7", 443) == "refused"  # nobody there: refused, not silent


# -- DNS -------------------------------------------------------------------------------------
def test_dns_default_records(world: World) -> None:
    r = resolver()
    mx = r.resolve("example.test", "MX")
    assert [(a.preference, a.exchange.to_text()) for a in mx] == [(10, "mail.example.test.")]
    assert socket.gethostbyname("mail.example.test") == world.mail.ip
    with pytest.raises(dns.resolver.NXDOMAIN):
        r.resolve("nothing-here.test", "A")
    with pytest.raises(dns.resolver.NXDOMAIN):
        r.resolve("example.com", "A")  # nothing is forwarded to the real internet


def test_dns_records_added_at_run_time(world: World) -> None:
    with world.dns.batch():
        world.add_host("mx1.other.test")
        world.dns.add_mx("other.test", "mx1.other.test", 5)
        world.dns.add_srv("_imaps._tcp.other.test", "mail.example.test", 993, priority=0, weight=1)
        world.dns.add_srv("_imap._tcp.other.test", None)  # "not offered"
        world.dns.add_txt("other.test", "v=spf1 -all")
    r = resolver()
    assert [a.exchange.to_text() for a in r.resolve("other.test", "MX")] == ["mx1.other.test."]
    srv = r.resolve("_imaps._tcp.other.test", "SRV")[0]
    assert (srv.target.to_text(), srv.port, srv.priority, srv.weight) == ("mail.example.test.", 993, 0, 1)
    assert r.resolve("_imap._tcp.other.test", "SRV")[0].target.to_text() == "."
    assert r.resolve("other.test", "TXT")[0].strings == (b"v=spf1 -all",)


def test_dns_changes_are_undone_after_a_test(world: World) -> None:
    with pytest.raises(dns.resolver.NXDOMAIN):
        resolver().resolve("other.test", "MX")


# -- web -------------------------------------------------------------------------------------
def test_https_route_verified_against_the_ca(world: World) -> None:
    world.web.add("autoconfig.shop.test", "/mail/config-v1.1.xml", "<clientConfig/>")
    with httpx.Client(verify=tls(world), trust_env=False, timeout=TIMEOUT) as http:
        ok = http.get("https://autoconfig.shop.test/mail/config-v1.1.xml?emailaddress=a%40shop.test")
        assert ok.status_code == 200 and ok.text == "<clientConfig/>"
        assert ok.headers["content-type"] == "application/xml"
        assert http.get("https://autoconfig.shop.test/other").status_code == 404
    seen = world.web.requests_for("autoconfig.shop.test", "/mail/config-v1.1.xml")
    assert seen[0].scheme == "https" and seen[0].query == "emailaddress=a%40shop.test"
    assert seen[0].sni == "autoconfig.shop.test"


def test_default_autoconfig_and_post_route(world: World) -> None:
    world.web.add("example.test", "/autodiscover/autodiscover.xml", "<Autodiscover/>", method="POST")
    with httpx.Client(verify=tls(world), trust_env=False, timeout=TIMEOUT) as http:
        assert "mail.example.test" in http.get("https://autoconfig.example.test/mail/config-v1.1.xml").text
        assert http.post("https://example.test/autodiscover/autodiscover.xml", content=b"<req/>").text == "<Autodiscover/>"
        assert http.get("https://example.test/autodiscover/autodiscover.xml").status_code == 404
    assert world.web.requests_for("example.test")[0].body == b"<req/>"


def test_http_redirect_and_request_log(world: World) -> None:
    world.web.redirect("autodiscover.shop.test", "/autodiscover/autodiscover.xml", "http://evil.test/x", schemes=["http"])
    with httpx.Client(trust_env=False, timeout=TIMEOUT) as http:
        r = http.get("http://autodiscover.shop.test/autodiscover/autodiscover.xml", auth=("u", "secret"))
    assert r.status_code == 302 and r.headers["location"] == "http://evil.test/x"
    [req] = world.web.requests_for("autodiscover.shop.test", scheme="http")
    assert req.has_credentials  # the log is how tests prove credentials went over plain http


def test_bad_certificates_on_web_hosts(world: World) -> None:
    host = "autoconfig.bad.test"
    world.web.add(host, "/mail/config-v1.1.xml", "<clientConfig/>")
    for pair in (world.certs.self_signed(host), world.certs.expired(host), world.certs.wrong_name()):
        world.web.set_cert(host, pair)
        with httpx.Client(verify=tls(world), trust_env=False, timeout=TIMEOUT) as http:
            with pytest.raises(httpx.ConnectError):
                http.get(f"https://{host}/mail/config-v1.1.xml")
        assert served_fingerprint(world.ip_of(host), 443, host) == pair.sha256
    assert world.web.tls_failures  # our side saw the client hang up on the bad certificate


# -- certificates ----------------------------------------------------------------------------
def test_changed_mail_certificate_and_back(world: World) -> None:
    original = world.mail_cert
    assert served_fingerprint(world.mail.ip, 993, world.mail.name) == original.sha256
    changed = world.use_changed_certificate()
    assert changed.sha256 != original.sha256
    for port in (993, 995, 465):
        assert served_fingerprint(world.mail.ip, port, world.mail.name) == changed.sha256
    with imaplib.IMAP4_SSL(world.mail.name, 993, ssl_context=tls(world), timeout=TIMEOUT) as client:
        client.login(world.user().address, world.user().password)  # still valid, just different
    world.use_original_certificate()
    assert served_fingerprint(world.mail.ip, 465, world.mail.name) == original.sha256


def test_mail_host_can_present_a_bad_certificate(world: World) -> None:
    """C1-C4 on the real servers: implicit TLS and STARTTLS both present the chosen certificate."""
    world.use_mail_certificate(world.certs.self_signed(world.mail.name))
    with pytest.raises(ssl.SSLCertVerificationError):
        imaplib.IMAP4_SSL(world.mail.name, 993, ssl_context=tls(world), timeout=TIMEOUT)
    with smtplib.SMTP(world.mail.name, 587, timeout=TIMEOUT) as smtp:
        with pytest.raises(ssl.SSLCertVerificationError):
            smtp.starttls(context=tls(world))
    # no explicit restore: the fixture puts the original certificate back after the test


def test_mail_certificate_is_restored_after_a_test(world: World) -> None:
    assert world.mail_cert == world.mail_cert_original
    assert served_fingerprint(world.mail.ip, 993, world.mail.name) == world.mail_cert_original.sha256
