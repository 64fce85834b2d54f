"""Logins with an OAuth 2 access token (RFC 7628) in all three protocols, as playbooks: the
initial response, OAUTHBEARER chosen before XOAUTH2, a refusal's error challenge answered
before the server's no, and no token mechanism offered means no token sent. The result names
the mechanism that carried the token; restricted to one (`only`, the one a login already
worked with), a server not offering it gets no token at all."""

import base64

from tests.protocols.playbook import intend, play
from wizard.protocols import ImapClient, Login, LoginResult, Ready, Send, SmtpClient, State
from wizard.protocols.pop3 import Pop3Client
from wizard.protocols.sasl import Mechanism

TOKEN = "eyJhbGciOi.eyJzdWIiOi.c2ln"
BEARER = base64.b64encode(b"n,a=alice@example.test,\x01auth=Bearer " + TOKEN.encode() + b"\x01\x01")
XOAUTH2 = base64.b64encode(b"user=alice@example.test\x01auth=Bearer " + TOKEN.encode() + b"\x01\x01")
ERROR = base64.b64encode(b'{"status":"invalid_token","schemes":"bearer"}')


def imap(caps: bytes) -> ImapClient:
    return play(ImapClient(tls=True), b"* OK [CAPABILITY IMAP4rev1 " + caps + b"] ready\r\n", [lambda e: True, Ready])


def test_imap_oauthbearer_with_an_initial_response():
    client = imap(b"SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send(b"a1 AUTHENTICATE OAUTHBEARER " + BEARER + b"\r\n")],
         b"a1 OK Logged in\r\n", [LoginResult(Login.OK, "alice@example.test", mechanism="OAUTHBEARER")])
    assert client.state is State.AUTHENTICATED


def test_imap_xoauth2_without_sasl_ir_waits_for_the_continuation_and_acknowledges_the_refusal():
    client = imap(b"AUTH=XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send(b"a1 AUTHENTICATE XOAUTH2\r\n")],
         b"+ \r\n", [Send(XOAUTH2 + b"\r\n")],
         b"+ " + ERROR + b"\r\n", [Send(b"\r\n")],
         b"a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n",
         [LoginResult(Login.REJECTED, "alice@example.test", "[AUTHENTICATIONFAILED] Authentication failed.", "XOAUTH2")])
    assert client.state is State.TLS_UP


def test_imap_oauthbearer_refusal_is_answered_with_0x01():
    client = imap(b"SASL-IR AUTH=OAUTHBEARER")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send],
         b"+ " + ERROR + b"\r\n", [Send(b"AQ==\r\n")],
         b"a1 NO denied\r\n", [LoginResult(Login.REJECTED, "alice@example.test", "denied", "OAUTHBEARER")])


def test_imap_without_a_token_mechanism_sends_nothing():
    client = imap(b"SASL-IR AUTH=PLAIN")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [LoginResult(Login.BLOCKED, "alice@example.test", "no OAUTHBEARER or XOAUTH2")])


def smtp(auth: bytes) -> SmtpClient:
    return play(SmtpClient(tls=True, helo="[127.0.0.1]"), b"220 mail.example.test ESMTP\r\n", [lambda e: True, Send],
                b"250-mail.example.test\r\n250 AUTH " + auth + b"\r\n", [Ready])


def test_smtp_xoauth2_ok():
    client = smtp(b"PLAIN XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send(b"AUTH XOAUTH2 " + XOAUTH2 + b"\r\n")],
         b"235 2.7.0 Authentication successful\r\n", [LoginResult(Login.OK, "alice@example.test", mechanism="XOAUTH2")])


def test_smtp_oauthbearer_refusal_is_acknowledged_then_rejected():
    client = smtp(b"OAUTHBEARER XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send(b"AUTH OAUTHBEARER " + BEARER + b"\r\n")],
         b"334 " + ERROR + b"\r\n", [Send(b"AQ==\r\n")],
         b"535 5.7.8 Error: authentication failed\r\n", [lambda e: isinstance(e, LoginResult) and e.outcome is Login.REJECTED and e.mechanism == "OAUTHBEARER"])
    assert client.state is State.TLS_UP


def test_smtp_without_a_token_mechanism_sends_nothing():
    client = smtp(b"PLAIN LOGIN")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [lambda e: isinstance(e, LoginResult) and e.outcome is Login.BLOCKED])


def pop3(sasl: bytes) -> Pop3Client:
    return play(Pop3Client(tls=True), b"+OK ready\r\n", [lambda e: True, Send],
                b"+OK\r\nUSER\r\nSASL " + sasl + b"\r\n.\r\n", [Ready])


def test_pop3_oauthbearer_ok():
    client = pop3(b"PLAIN OAUTHBEARER XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send(b"AUTH OAUTHBEARER " + BEARER + b"\r\n")],
         b"+OK Logged in.\r\n", [LoginResult(Login.OK, "alice@example.test", mechanism="OAUTHBEARER")])
    assert client.state is State.AUTHENTICATED


def test_pop3_xoauth2_refusal_is_acknowledged_then_rejected():
    client = pop3(b"XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send(b"AUTH XOAUTH2 " + XOAUTH2 + b"\r\n")],
         b"+ " + ERROR + b"\r\n", [Send(b"\r\n")],
         b"-ERR [AUTH] Authentication failed.\r\n", [LoginResult(Login.REJECTED, "alice@example.test", "[AUTH] Authentication failed.", "XOAUTH2")])
    assert client.state is State.TLS_UP


# -- one mechanism only: the one a login with this token already worked with ---------------------
def test_imap_only_xoauth2_is_used_although_oauthbearer_comes_first():
    client = imap(b"SASL-IR AUTH=OAUTHBEARER AUTH=XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.XOAUTH2), [Send(b"a1 AUTHENTICATE XOAUTH2 " + XOAUTH2 + b"\r\n")],
         b"a1 OK Logged in\r\n", [LoginResult(Login.OK, "alice@example.test", mechanism="XOAUTH2")])


def test_imap_only_a_mechanism_the_server_does_not_offer_sends_nothing():
    client = imap(b"SASL-IR AUTH=OAUTHBEARER")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.XOAUTH2), [LoginResult(Login.BLOCKED, "alice@example.test", "no XOAUTH2")])
    assert client.state is State.TLS_UP


def test_smtp_only_oauthbearer_is_used_where_both_are_offered():
    client = smtp(b"XOAUTH2 OAUTHBEARER")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.OAUTHBEARER), [Send(b"AUTH OAUTHBEARER " + BEARER + b"\r\n")],
         b"235 2.7.0 Authentication successful\r\n", [LoginResult(Login.OK, "alice@example.test", mechanism="OAUTHBEARER")])


def test_smtp_only_a_mechanism_the_server_does_not_offer_sends_nothing():
    client = smtp(b"PLAIN OAUTHBEARER")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.XOAUTH2), [LoginResult(Login.BLOCKED, "alice@example.test", "no XOAUTH2")])
    assert client.state is State.TLS_UP


def test_smtp_only_a_password_mechanism_is_no_way_to_send_a_token():
    client = smtp(b"PLAIN LOGIN XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.PLAIN), [lambda e: isinstance(e, LoginResult) and e.outcome is Login.BLOCKED])


def test_pop3_only_xoauth2_is_used_although_oauthbearer_comes_first():
    client = pop3(b"OAUTHBEARER XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.XOAUTH2), [Send(b"AUTH XOAUTH2 " + XOAUTH2 + b"\r\n")],
         b"+OK Logged in.\r\n", [LoginResult(Login.OK, "alice@example.test", mechanism="XOAUTH2")])


def test_pop3_only_a_mechanism_the_server_does_not_offer_sends_nothing():
    client = pop3(b"PLAIN XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN, Mechanism.OAUTHBEARER), [LoginResult(Login.BLOCKED, "alice@example.test", "no OAUTHBEARER")])


def test_a_password_login_after_a_refused_token_names_no_mechanism():
    client = smtp(b"PLAIN XOAUTH2")
    play(client, intend("login_bearer", "alice@example.test", TOKEN), [Send],
         b"535 5.7.8 Error: authentication failed\r\n", [lambda e: isinstance(e, LoginResult) and e.mechanism == "XOAUTH2"],
         intend("login", "alice@example.test", "secret"), [Send],
         b"235 2.7.0 Authentication successful\r\n", [LoginResult(Login.OK, "alice@example.test")])
