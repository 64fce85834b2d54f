"""POP3 conversations as playbooks, hostile ones included (STLS stripped, refused,
injected; an endless CAPA; a server without CAPA)."""

import pytest

from tests.protocols.playbook import EOF_, TLS, VISITED, failed, intend, play
from wizard.model import Protocol
from wizard.protocols import Closed, Failed, Failure, Greeted, Login, LoginResult, Misuse, Pop3Client, Ready, Send, StartTls, State, UnsafeValue

CAPA_PLAIN = b"+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nSTLS\r\nSASL\r\n.\r\n"
CAPA_TLS = b"+OK\r\nCAPA\r\nTOP\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n"


def upgraded() -> Pop3Client:
    return play(
        Pop3Client(starttls=True),
        b"+OK Dovecot ready.\r\n", [Greeted("Dovecot ready."), Send(b"CAPA\r\n")],
        CAPA_PLAIN, [Send(b"STLS\r\n")],
        b"+OK Begin TLS negotiation now.\r\n", [StartTls()],
        TLS, [Send(b"CAPA\r\n")],
        CAPA_TLS, [lambda e: isinstance(e, Ready) and e.tls and e.capabilities.user_command],
    )


def test_stls_then_capa_again_then_user_pass():
    client = upgraded()
    assert client.capabilities.mechanisms == {"PLAIN", "LOGIN"} and not client.capabilities.starttls
    play(
        client,
        intend("login", "alice", "secret"), [Send(b"USER alice\r\n")],
        b"+OK\r\n", [Send(b"PASS secret\r\n")],
    )
    assert client.state is State.AUTHENTICATING
    play(
        client,
        b"+OK Logged in.\r\n", [LoginResult(Login.OK, "alice")],
        intend("logout"), [Send(b"QUIT\r\n")],
        b"+OK Logging out.\r\n", [Closed()],
    )
    assert client.state is State.CLOSED


def test_rejected_password_leaves_the_session_for_the_next_user_name():
    client = upgraded()
    play(client, intend("login", "alice", "x"), [Send], b"+OK\r\n", [Send], b"-ERR [AUTH] Authentication failed.\r\n", [LoginResult(Login.REJECTED, "alice", "[AUTH] Authentication failed.")])
    assert client.state is State.TLS_UP


def test_sasl_plain_when_user_is_not_offered():
    play(
        Pop3Client(tls=True),
        b"+OK ready\r\n", [Greeted, Send(b"CAPA\r\n")],
        b"+OK\r\nSASL PLAIN\r\n.\r\n", [Ready],
        intend("login", "alice", "secret"), [Send(b"AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n")],
        b"+OK Logged in.\r\n", [LoginResult(Login.OK, "alice")],
    )


def test_no_login_offered_is_blocked():
    play(Pop3Client(tls=True), b"+OK ready\r\n", [Greeted, Send], b"+OK\r\nTOP\r\n.\r\n", [Ready], intend("login", "alice", "pw"), [LoginResult(Login.BLOCKED, "alice", "no login offered")])


def test_a_server_without_capa_is_plain_rfc_1939():
    client = play(Pop3Client(tls=True), b"+OK ready\r\n", [Greeted, Send], b"-ERR unknown command\r\n", [lambda e: isinstance(e, Ready) and e.capabilities.user_command])
    assert client.state is State.TLS_UP


def test_dot_stuffed_capa_lines():
    play(Pop3Client(tls=True), b"+OK ready\r\n", [Greeted, Send], b"+OK\r\n..X-ODD\r\nUSER\r\n.\r\n", [lambda e: ".X-ODD" in e.capabilities.names])


# -- hostile servers ---------------------------------------------------------------------------
def test_stripped_stls():
    play(Pop3Client(starttls=True), b"+OK ready\r\n", [Greeted, Send], b"+OK\r\nUSER\r\n.\r\n", [failed(Failure.STARTTLS_MISSING)])


def test_refused_stls():
    play(Pop3Client(starttls=True), b"+OK ready\r\n", [Greeted, Send], CAPA_PLAIN, [Send(b"STLS\r\n")], b"-ERR TLS not available\r\n", [Failed(Failure.STARTTLS_REFUSED, "-ERR TLS not available")])


def test_injected_answer_after_the_stls_reply():
    play(Pop3Client(starttls=True), b"+OK ready\r\n", [Greeted, Send], CAPA_PLAIN, [Send], b"+OK go\r\n+OK\r\nUSER\r\n.\r\n", [failed(Failure.STARTTLS_INJECTION)])


def test_endless_capa_is_cut_off():
    client = play(Pop3Client(tls=True), b"+OK ready\r\n", [Greeted, Send], b"+OK\r\n", [])
    events = []
    for _ in range(250):
        events += client.receive(b"X-FILLER\r\n")
    assert events == [Failed(Failure.OVERLONG, "a CAPA answer of more than 200 lines")]


@pytest.mark.parametrize("greeting,failure", [(b"-ERR go away\r\n", Failure.REJECTED), (b"* OK imap\r\n", Failure.NOT_PROTOCOL)])
def test_not_a_pop3_greeting(greeting, failure):
    play(Pop3Client(), greeting, [failed(failure)])


def test_an_answer_nobody_asked_for():
    client = upgraded()
    play(client, b"+OK unsolicited\r\n", [failed(Failure.NOT_PROTOCOL)])
    assert client.state is State.FAILED


def test_hang_up():
    play(Pop3Client(), EOF_, [failed(Failure.CLOSED)])


def test_plain_session_never_logs_in():
    client = play(Pop3Client(starttls=False), b"+OK ready\r\n", [Greeted, Send], CAPA_PLAIN, [Ready])
    assert client.state is State.PLAIN_READY
    with pytest.raises(Misuse):
        client.login("alice", "secret")


@pytest.mark.parametrize("username", ["alice\r\nDELE 1", "alice\n", "a\0b"])
def test_control_characters_are_refused(username):
    client = upgraded()
    with pytest.raises(UnsafeValue):
        client.login(username, "secret")


def test_every_state_was_visited():
    assert VISITED[Protocol.POP3] == set(State)


@pytest.mark.parametrize("cut", [
    b"+OK\r\nTOP\r\nUSER\r\n",  # a CAPA list without the "." that ends it
    b"+OK\r\nTOP\r\nUSER\r\nSASL PLAIN LOGIN\r\n.",
    b"+O",
])
def test_a_reply_cut_short_is_a_hang_up_not_a_shorter_reply(cut):
    client = play(Pop3Client(tls=True), b"+OK ready\r\n", [Greeted, Send(b"CAPA\r\n")], cut, [], EOF_, [failed(Failure.CLOSED)])
    assert client.capabilities is None
