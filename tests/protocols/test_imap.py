"""IMAP conversations as playbooks: the ordinary STARTTLS and implicit-TLS logins, and the
hostile ones (STARTTLS stripped, refused, injected; PREAUTH; a 1 GB literal; an untagged
flood; LOGINDISABLED; commands built from values holding control characters)."""

import pytest

from tests.protocols.playbook import EOF_, TLS, VISITED, failed, intend, play
from wizard.model import Protocol
from wizard.protocols import (
    Closed, Failed, Failure, Greeted, ImapClient, Login, LoginResult, Misuse, Ready, Reply, Send, StartTls, State, UnsafeValue,
)

GREETING = b"* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.\r\n"
CAPS_TLS = b"* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN\r\n"


def upgraded(**kwargs) -> ImapClient:
    """A client that came through STARTTLS and read the capabilities again."""
    return play(
        ImapClient(starttls=True, **kwargs),
        GREETING, [Greeted("Dovecot ready."), Send(b"a1 STARTTLS\r\n")],
        b"a1 OK Begin TLS negotiation now.\r\n", [StartTls()],
        TLS, [Send(b"a2 CAPABILITY\r\n")],
        CAPS_TLS + b"a2 OK done\r\n", [Ready],
    )


def test_starttls_then_capabilities_again_then_login():
    client = upgraded()
    assert client.state is State.TLS_UP and client.capabilities.mechanisms == {"PLAIN", "LOGIN"}
    assert not client.capabilities.login_disabled  # only the pre-TLS list said LOGINDISABLED
    play(
        client,
        intend("login", "alice", 'pa"ss'), [Send(b'a3 LOGIN "alice" "pa\\"ss"\r\n')],
        b"a3 OK [CAPABILITY IMAP4rev1] Logged in\r\n", [LoginResult(Login.OK, "alice")],
        intend("logout"), [Send(b"a4 LOGOUT\r\n")],
        b"* BYE Logging out\r\na4 OK Logout completed.\r\n", [Closed()],
    )
    assert client.state is State.CLOSED


def test_capability_command_when_the_greeting_lists_none():
    play(
        ImapClient(starttls=None),
        b"* OK ready\r\n", [Greeted("ready"), Send(b"a1 CAPABILITY\r\n")],
        b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n", [lambda e: isinstance(e, Ready) and not e.tls and e.capabilities.mechanisms == {"PLAIN"}],
    )


def test_implicit_tls_logs_in_and_the_rejection_keeps_the_session():
    client = play(
        ImapClient(tls=True),
        b"* OK ready\r\n", [Greeted, Send(b"a1 CAPABILITY\r\n")],
        CAPS_TLS + b"a1 OK done\r\n", [lambda e: isinstance(e, Ready) and e.tls],
        intend("login", "alice", "wrong"), [Send(b'a2 LOGIN "alice" "wrong"\r\n')],
        b"a2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n", [LoginResult(Login.REJECTED, "alice", "[AUTHENTICATIONFAILED] Authentication failed.")],
    )
    assert client.state is State.TLS_UP  # the next user name may be tried on the same connection


def test_non_ascii_password_goes_through_authenticate_plain_with_a_continuation():
    client = play(
        ImapClient(tls=True),
        b"* OK ready\r\n", [Greeted, Send],
        b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n", [Ready],
        intend("login", "alice", "blåbærgrød"), [Send(b"a2 AUTHENTICATE PLAIN\r\n")],
    )
    assert client.state is State.AUTHENTICATING
    blob = b"AGFsaWNlAGJsw6Viw6ZyZ3LDuGQ="
    play(client, b"+ \r\n", [Send(blob + b"\r\n")], b"a2 OK done\r\n", [LoginResult(Login.OK, "alice")])


def test_mailbox_commands_of_the_send_test():
    client = play(
        ImapClient(tls=True),
        b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n", [Greeted, Ready],
        intend("login", "alice", "pw"), [Send],
        b"a1 OK in\r\n", [LoginResult],
        intend("examine", "INBOX"), [Send(b'a2 EXAMINE "INBOX"\r\n')],
        b"* 3 EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\na2 OK [READ-ONLY] done\r\n", [lambda e: isinstance(e, Reply) and e.ok],
        intend("search_subject", "mailsetup test 1f"), [Send(b'a3 SEARCH SUBJECT "mailsetup test 1f"\r\n')],
        b"* SEARCH 2 3\r\na3 OK done\r\n", [Reply(True, "done", data=("2 3",))],
        intend("noop"), [Send(b"a4 NOOP\r\n")],
        b"a4 OK done\r\n", [Reply(True, "done")],
    )
    assert client.state is State.AUTHENTICATED


def test_a_small_literal_is_skipped_over():
    play(
        ImapClient(tls=True),
        b"* OK ready\r\n", [Greeted, Send],
        b"* ID {5}\r\nhello)\r\n* CAPABILITY IMAP4rev1\r\na1 OK done\r\n", [Ready],
    )


# -- hostile servers ---------------------------------------------------------------------------
def test_stripped_starttls_fails_before_any_credential():
    play(
        ImapClient(starttls=True),
        b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready\r\n", [Greeted, failed(Failure.STARTTLS_MISSING)],
    )


def test_refused_starttls_fails():
    client = play(
        ImapClient(starttls=True),
        GREETING, [Greeted, Send(b"a1 STARTTLS\r\n")],
        b"a1 BAD TLS not available\r\n", [Failed(Failure.STARTTLS_REFUSED, "BAD TLS not available")],
    )
    assert client.state is State.FAILED
    assert client.receive(b"* OK more\r\n") == []  # a failure is final


def test_refused_starttls_when_only_offered_stays_plain():
    client = play(ImapClient(starttls=None), GREETING, [Greeted, Send], b"a1 NO not now\r\n", [lambda e: isinstance(e, Ready) and not e.tls])
    assert client.state is State.PLAIN_READY
    with pytest.raises(Misuse):
        client.login("alice", "secret")  # never a credential in the clear


def test_injected_answer_after_the_starttls_reply_is_an_attack():
    """USENIX Security 2021: the injected capabilities ride in the same packet as the OK."""
    play(
        ImapClient(starttls=True),
        GREETING, [Greeted, Send(b"a1 STARTTLS\r\n")],
        b"a1 OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n", [failed(Failure.STARTTLS_INJECTION)],
    )


def test_bytes_arriving_during_the_handshake_are_an_attack():
    client = play(ImapClient(starttls=True), GREETING, [Greeted, Send], b"a1 OK go\r\n", [StartTls()])
    assert client.state is State.TLS_HANDSHAKE
    play(client, b"a2 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN]\r\n", [failed(Failure.STARTTLS_INJECTION)])


def test_starttls_answered_before_it_was_asked_is_an_attack():
    play(
        ImapClient(starttls=True),
        b"* OK ready\r\n", [Greeted, Send(b"a1 CAPABILITY\r\n")],
        b"* CAPABILITY IMAP4rev1 STARTTLS\r\na1 OK done\r\na2 OK go ahead\r\n", [failed(Failure.STARTTLS_INJECTION)],
    )


def test_preauth_cannot_skip_a_required_starttls():
    play(ImapClient(starttls=True), b"* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n", [failed(Failure.STARTTLS_MISSING)])


def test_a_gigabyte_literal_is_refused_unread():
    client = play(
        ImapClient(tls=True),
        b"* OK ready\r\n", [Greeted, Send],
        b"* CAPABILITY {1073741824}\r\n" + b"x" * 1000, [failed(Failure.OVERLONG)],
    )
    assert len(client._lines.buffer) < 2000


def test_an_untagged_flood_is_cut_off():
    client = play(ImapClient(tls=True), b"* OK ready\r\n", [Greeted, Send])
    events = []
    for _ in range(300):
        events += client.receive(b"* OK still here\r\n")
    assert events == [Failed(Failure.OVERLONG, "more than 200 untagged answers to one command")]


def test_literals_each_within_the_limit_are_bounded_by_the_whole_conversation():
    client = play(ImapClient(tls=True), b"* OK ready\r\n", [Greeted, Send])
    events = []
    for _ in range(40):
        events += client.receive(b"* X {60000}\r\n" + b"x" * 60000)
    assert events == [Failed(Failure.OVERLONG, "more than 1048576 bytes in one conversation")]


def test_an_endless_line_is_cut_off():
    client = play(ImapClient(tls=True), b"* OK ready\r\n", [Greeted, Send])
    assert client.receive(b"* CAPABILITY " + b"A" * 9000) == [Failed(Failure.OVERLONG, "a line longer than 8192 bytes")]


def test_logindisabled_inside_tls_blocks_the_login_without_a_byte():
    client = play(
        ImapClient(tls=True),
        b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready\r\n", [Greeted, Ready],
        intend("login", "alice", "secret"), [LoginResult(Login.BLOCKED, "alice", "LOGINDISABLED")],
    )
    assert client.state is State.TLS_UP


@pytest.mark.parametrize("greeting,failure", [(b"* BYE go away\r\n", Failure.REJECTED), (b"+OK POP3 ready\r\n", Failure.NOT_PROTOCOL), (b"220 smtp\r\n", Failure.NOT_PROTOCOL)])
def test_not_an_imap_greeting(greeting, failure):
    play(ImapClient(), greeting, [failed(failure)])


def test_an_answer_to_a_command_never_sent():
    play(ImapClient(tls=True), b"* OK ready\r\n", [Greeted, Send], b"z9 OK sure\r\n", [failed(Failure.NOT_PROTOCOL)])


def test_hang_up_mid_conversation():
    play(ImapClient(tls=True), b"* OK ready\r\n", [Greeted, Send], EOF_, [failed(Failure.CLOSED)])


@pytest.mark.parametrize("username", ["alice\r\na9 DELETE INBOX", "alice\0", "al\x1bice", "alice\x7f"])
def test_command_values_with_control_characters_are_refused(username):
    client = play(ImapClient(tls=True), b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n", [Greeted, Ready])
    with pytest.raises(UnsafeValue):
        client.login(username, "secret")
    assert client.state is State.TLS_UP


def test_every_state_was_visited():
    assert VISITED[Protocol.IMAP] == set(State)


@pytest.mark.parametrize("cut", [
    b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n",  # the untagged answer without the tagged OK that ends it
    b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 O",
    b"* CAPABILITY IMAP4rev1 AUTH=PL",
])
def test_a_reply_cut_short_is_a_hang_up_not_a_shorter_reply(cut):
    client = play(ImapClient(tls=True), b"* OK ready\r\n", [Greeted, Send(b"a1 CAPABILITY\r\n")], cut, [], EOF_, [failed(Failure.CLOSED)])
    assert client.capabilities is None
