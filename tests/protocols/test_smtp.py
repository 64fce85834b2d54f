"""SMTP conversations as playbooks, hostile ones included (STARTTLS stripped, refused,
injected; 530; an endless EHLO; a reply whose codes change)."""

import pytest

from tests.protocols.playbook import EOF_, TLS, VISITED, failed, intend, play
from wizard.model import Protocol
from wizard.protocols import Closed, Failed, Failure, Greeted, Login, LoginResult, Misuse, Ready, Reply, Send, SmtpClient, StartTls, State, UnsafeValue
from wizard.protocols.smtp import stuffed

EHLO_PLAIN = b"250-mail.example.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 8BITMIME\r\n"
EHLO_TLS = b"250-mail.example.test\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"


def upgraded(**kwargs) -> SmtpClient:
    return play(
        SmtpClient(starttls=True, helo="[127.0.0.1]", **kwargs),
        b"220 mail.example.test ESMTP Postfix\r\n", [Greeted("mail.example.test ESMTP Postfix", "mail.example.test"), Send(b"EHLO [127.0.0.1]\r\n")],
        EHLO_PLAIN, [Send(b"STARTTLS\r\n")],
        b"220 2.0.0 Ready to start TLS\r\n", [StartTls()],
        TLS, [Send(b"EHLO [127.0.0.1]\r\n")],
        EHLO_TLS, [lambda e: isinstance(e, Ready) and e.tls and e.capabilities.mechanisms == {"PLAIN", "LOGIN"}],
    )


def test_starttls_ehlo_again_auth_plain_and_a_message():
    client = upgraded()
    play(
        client,
        intend("login", "alice", "secret"), [Send(b"AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n")],
        b"235 2.7.0 Authentication successful\r\n", [LoginResult(Login.OK, "alice")],
        intend("mail_from", "alice@example.test"), [Send(b"MAIL FROM:<alice@example.test>\r\n")],
        b"250 2.1.0 Ok\r\n", [Reply(True, "2.1.0 Ok", 250)],
        intend("rcpt_to", "alice@example.test"), [Send(b"RCPT TO:<alice@example.test>\r\n")],
        b"250 2.1.5 Ok\r\n", [Reply(True, "2.1.5 Ok", 250)],
        intend("data", b"Subject: t\n\n.hidden\nbody\n"), [Send(b"DATA\r\n")],
        b"354 End data with <CR><LF>.<CR><LF>\r\n", [Send(b"Subject: t\r\n\r\n..hidden\r\nbody\r\n.\r\n")],
        b"250 2.0.0 Ok: queued\r\n", [Reply(True, "2.0.0 Ok: queued", 250)],
        intend("logout"), [Send(b"QUIT\r\n")],
        b"221 2.0.0 Bye\r\n", [Closed()],
    )
    assert client.state is State.CLOSED


def test_auth_login_answers_both_challenges():
    client = play(
        SmtpClient(tls=True),
        b"220 mx ESMTP\r\n", [Greeted, Send(b"EHLO localhost\r\n")],
        b"250-mx\r\n250 AUTH=LOGIN\r\n", [Ready],
        intend("login", "alice", "secret"), [Send(b"AUTH LOGIN\r\n")],
        b"334 VXNlcm5hbWU6\r\n", [Send(b"YWxpY2U=\r\n")],
    )
    assert client.state is State.AUTHENTICATING
    play(client, b"334 UGFzc3dvcmQ6\r\n", [Send(b"c2VjcmV0\r\n")], b"535 5.7.8 Error: authentication failed\r\n", [LoginResult(Login.REJECTED, "alice", "535 5.7.8 Error: authentication failed")])
    assert client.state is State.TLS_UP


def test_530_to_auth_is_a_block():
    play(upgraded(), intend("login", "alice", "pw"), [Send], b"530 5.7.0 Must issue a STARTTLS command first\r\n", [LoginResult(Login.BLOCKED, "alice", "530 5.7.0 Must issue a STARTTLS command first")])


def test_530_to_mail_in_the_clear_is_read_as_tls_required():
    client = play(
        SmtpClient(starttls=False),
        b"220 mx ESMTP\r\n", [Greeted, Send],
        b"250-mx\r\n250 AUTH PLAIN\r\n", [Ready],
        intend("mail_from", ""), [Send(b"MAIL FROM:<>\r\n")],
        b"530 5.7.0 Must issue a STARTTLS command first\r\n", [Reply(False, "5.7.0 Must issue a STARTTLS command first", 530)],
    )
    assert client.state is State.PLAIN_READY
    with pytest.raises(Misuse):
        client.login("alice", "secret")  # AUTH offered in the clear is bait


def test_no_auth_inside_tls_is_blocked():
    play(SmtpClient(tls=True), b"220 mx\r\n", [Greeted, Send], b"250-mx\r\n250 PIPELINING\r\n", [Ready], intend("login", "a", "b"), [LoginResult(Login.BLOCKED, "a", "no AUTH")])


def test_dot_stuffing():
    assert stuffed(b".\n..\nx") == b"..\r\n...\r\nx\r\n.\r\n"


# -- hostile servers ---------------------------------------------------------------------------
def test_stripped_starttls():
    play(SmtpClient(starttls=True), b"220 mx\r\n", [Greeted, Send], b"250-mx\r\n250 AUTH PLAIN\r\n", [failed(Failure.STARTTLS_MISSING)])


def test_refused_starttls():
    play(SmtpClient(starttls=True), b"220 mx\r\n", [Greeted, Send], EHLO_PLAIN, [Send(b"STARTTLS\r\n")], b"454 4.7.0 TLS not available\r\n", [Failed(Failure.STARTTLS_REFUSED, "454 4.7.0 TLS not available")])


def test_injected_reply_after_the_starttls_reply():
    play(SmtpClient(starttls=True), b"220 mx\r\n", [Greeted, Send], EHLO_PLAIN, [Send], b"220 go ahead\r\n250-evil\r\n250 AUTH PLAIN\r\n", [failed(Failure.STARTTLS_INJECTION)])


def test_endless_ehlo_is_cut_off():
    client = play(SmtpClient(tls=True), b"220 mx\r\n", [Greeted, Send])
    events = []
    for _ in range(300):
        events += client.receive(b"250-X-FILLER\r\n")
    assert events == [Failed(Failure.OVERLONG, "a reply of more than 200 lines")]


def test_a_reply_whose_codes_change_is_not_smtp():
    play(SmtpClient(tls=True), b"220-mx\r\n250 mx\r\n", [failed(Failure.NOT_PROTOCOL)])


@pytest.mark.parametrize("greeting,failure", [(b"554 5.7.1 no service\r\n", Failure.REJECTED), (b"* OK imap\r\n", Failure.NOT_PROTOCOL)])
def test_not_a_welcome(greeting, failure):
    play(SmtpClient(), greeting, [failed(failure)])


def test_hang_up_after_greeting():
    play(SmtpClient(), b"220 mx\r\n", [Greeted, Send], EOF_, [failed(Failure.CLOSED)])


@pytest.mark.parametrize("value", ["alice@example.test>\r\nRCPT TO:<victim@example.test", "a\0b", "a\tb"])
def test_control_characters_are_refused_in_every_command(value):
    client = upgraded()
    with pytest.raises(UnsafeValue):
        client.login(value, "pw")
    with pytest.raises(UnsafeValue):
        client.mail_from(value)
    with pytest.raises(UnsafeValue):
        SmtpClient(helo=value)


def test_every_state_was_visited():
    assert VISITED[Protocol.SMTP] == set(State)


@pytest.mark.parametrize("cut", [
    b"250-mail.example.test\r\n250-PIPELINING\r\n",  # a multi-line EHLO reply without its last line
    b"250-mail.example.test\r\n250 8BITM",  # its last line without its end
    b"250",
])
def test_a_reply_cut_short_is_a_hang_up_not_a_shorter_reply(cut):
    client = play(SmtpClient(tls=True), b"220 mx ESMTP\r\n", [Greeted, Send], cut, [], EOF_, [failed(Failure.CLOSED)])
    assert client.capabilities is None
