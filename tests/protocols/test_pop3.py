"""POP3 conversations as playbooks, hostile ones included (STLS stripped, refused,
injected; an endless CAPA; a server without CAPA), and the look into a maildrop the send
test makes: STAT, UIDL n, TOP n 0 (headers only), a server without TOP or UIDL."""

import pytest

from tests.protocols.playbook import EOF_, TLS, VISITED, failed, intend, play
from wizard.model import Protocol
from wizard.protocols import Closed, Failed, Failure, Greeted, Limits, Login, LoginResult, Misuse, Pop3Client, Ready, Reply, Send, StartTls, State, UnsafeValue

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


# -- looking into the maildrop (the send test) -------------------------------------------------
def logged_in(limits: Limits | None = None) -> Pop3Client:
    return play(
        Pop3Client(tls=True, limits=limits or Limits()),
        b"+OK ready\r\n", [Greeted, Send(b"CAPA\r\n")],
        CAPA_TLS, [Ready],
        intend("login", "alice", "secret"), [Send(b"USER alice\r\n")],
        b"+OK\r\n", [Send(b"PASS secret\r\n")],
        b"+OK Logged in.\r\n", [LoginResult(Login.OK, "alice")],
    )


HEADER = (
    b"+OK\r\n"
    b"Return-Path: <alice@example.test>\r\n"
    b"Received: from mail.example.test\r\n"
    b"\tby mail.example.test with ESMTPS; Subject: not this one\r\n"
    b"SUBJECT: [spam?] mailsetup test\r\n"
    b"  1f2e3d4c5b6a7980\r\n"
    b"Message-ID: <x@example.test>\r\n"
    b"..X-Dotted: yes\r\n"
    b"\r\n"
    b"Subject: a body line the server should not have sent\r\n"
    b".\r\n"
)


def test_stat_uidl_and_top_read_only_the_wanted_header_fields():
    client = play(
        logged_in(),
        intend("stat"), [Send(b"STAT\r\n")],
        b"+OK 2 5120\r\n", [Reply(True, "2 5120", data=("2", "5120"))],
        intend("uidl", 2), [Send(b"UIDL 2\r\n")],
        b"+OK 2 00000002576a1b2c\r\n", [Reply(True, "2 00000002576a1b2c", data=("00000002576a1b2c",))],
        intend("headers", 2, ("Subject", ".x-dotted")), [Send(b"TOP 2 0\r\n")],
        HEADER, [Reply(True, data=("SUBJECT: [spam?] mailsetup test 1f2e3d4c5b6a7980", ".X-Dotted: yes"))],
    )
    assert client.state is State.AUTHENTICATED
    play(client, intend("logout"), [Send(b"QUIT\r\n")], b"+OK Logging out.\r\n", [Closed()])


def test_a_header_arriving_in_pieces_is_the_same_header():
    client = play(logged_in(), intend("headers", 1, ("subject",)), [Send(b"TOP 1 0\r\n")])
    events = []
    for i in range(len(HEADER)):
        events += client.receive(HEADER[i:i + 1])
    assert events == [Reply(True, data=("SUBJECT: [spam?] mailsetup test 1f2e3d4c5b6a7980",))]


def test_a_server_without_top_or_uidl_says_no_and_the_session_goes_on():
    client = play(
        logged_in(),
        intend("uidl", 1), [Send(b"UIDL 1\r\n")],
        b"-ERR Unknown command: UIDL\r\n", [Reply(False, "Unknown command: UIDL")],
        intend("headers", 1, ("subject",)), [Send(b"TOP 1 0\r\n")],
        b"-ERR Unknown command: TOP\r\n", [Reply(False, "Unknown command: TOP")],
        intend("stat"), [Send(b"STAT\r\n")],
        b"+OK 1 300\r\n", [Reply(True, "1 300", data=("1", "300"))],
    )
    assert client.state is State.AUTHENTICATED


@pytest.mark.parametrize("ask,answer", [
    (intend("stat"), b"+OK lots\r\n"),
    (intend("uidl", 2), b"+OK 3 someone-elses-id\r\n"),  # the id of another message
    (intend("uidl", 2), b"+OK 2\r\n"),
    (intend("uidl", 2), b"+OK 2 " + b"x" * 71 + b"\r\n"),  # longer than a unique-id may be
])
def test_an_answer_that_is_not_what_was_asked_ends_the_talk(ask, answer):
    play(logged_in(), ask, [Send], answer, [failed(Failure.NOT_PROTOCOL)])


def test_a_long_header_is_read_through_without_being_kept_up_to_the_byte_limit():
    client = play(logged_in(Limits(total=64 * 1024)), intend("headers", 1, ("subject",)), [Send], b"+OK\r\n", [])
    events = []
    for _ in range(5000):  # far more lines than any list answer may have: nothing is kept
        events += client.receive(b"Received: from somewhere\r\n")
        if events:
            break
    assert events == [Failed(Failure.OVERLONG, "more than 65536 bytes in one conversation")]


def test_endless_wanted_fields_are_cut_off():
    client = play(logged_in(), intend("headers", 1, ("subject",)), [Send], b"+OK\r\n", [])
    events = []
    for _ in range(250):
        events += client.receive(b"Subject: again\r\n")
    assert events == [Failed(Failure.OVERLONG, "more than 200 wanted header fields in one message")]


def test_a_header_cut_short_is_a_hang_up():
    play(logged_in(), intend("headers", 1, ("subject",)), [Send], b"+OK\r\nSubject: mailsetup test 1f\r\n", [], EOF_, [failed(Failure.CLOSED)])


@pytest.mark.parametrize("number", [0, -1, True, "1", 10**12])
def test_a_message_number_is_a_positive_whole_number(number):
    client = logged_in()
    with pytest.raises(Misuse):
        client.headers(number, ("subject",))
    with pytest.raises(Misuse):
        client.uidl(number)


def test_nothing_is_read_from_the_maildrop_before_the_login():
    client = upgraded()
    for ask in (lambda: client.stat(), lambda: client.uidl(1), lambda: client.headers(1, ("subject",))):
        with pytest.raises(Misuse):
            ask()


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
