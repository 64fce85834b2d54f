"""--send-test for an account that receives over POP3 alone (no IMAP in its settings, as many
of seed 004's Mamut users have): the test message is looked for over POP3, by its headers
only (TOP n 0), and nothing in the mailbox changes. Against the world's real Dovecot and
Postfix, and fakes that record every byte: a mailbox of hundreds of messages, a server
without TOP, a sign-in whose POP3 login later offers another mechanism."""

from __future__ import annotations

import os
import re
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.world.dovecot import MAIL_GID, MAIL_UID
from wizard.doctor import diagnose
from wizard.doctor import engine, login
from wizard.model import AccountConfig, AuthMethod, Protocol, Security, ServerSettings, Source
from wizard.protocols import sasl

pytestmark = pytest.mark.world

HOST = "mail.example.test"
TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJzb21lb25lIn0.c2lnbmVk"  # the fakes take any token


def pop3_only(pop3_host: str = HOST, smtp_host: str = HOST, **kw) -> list[ServerSettings]:
    return [ServerSettings(Protocol.POP3, pop3_host, 995, Security.TLS, **kw), ServerSettings(Protocol.SMTP, smtp_host, 465, Security.TLS, **kw)]


def _mailbox(maildir: Path) -> dict[str, str]:
    """Each message's own name in the maildir (the part before ":2,"), with its flags."""
    found = {}
    for sub in ("new", "cur"):
        for path in (maildir / sub).iterdir():
            base, _, flags = path.name.partition(":2,")
            found[base] = flags
    return found


def _put(maildir: Path, count: int) -> None:
    """`count` messages put into the mailbox as a delivery would (owned by the mail user)."""
    for i in range(count):
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "carol@example.test", "bob@example.test", f"old mail {i}"
        message.set_content("a message that was there before the test\n" * 50)
        path = maildir / "new" / f"{time.time_ns()}.old{i}.mail.example.test"
        path.write_bytes(message.as_bytes())
        os.chown(path, MAIL_UID, MAIL_GID)


def _sessions(log: str) -> list[str]:
    """Dovecot's logout lines for POP3 sessions: top=<count>/<bytes>, retr=..., del=<marked>/<total>."""
    return [line for line in log.splitlines() if "pop3(" in line and "Disconnected" in line]


def test_a_pop3_only_account_finds_the_test_message_over_pop3_and_the_mailbox_keeps_every_message(world, make_ctx, store):
    bob = world.user("bob")
    _put(bob.maildir, 3)
    before = _mailbox(bob.maildir)
    log_from = world.dovecot_log.stat().st_size
    report = diagnose(bob.address, pop3_only(), make_ctx(), password=bob.password, store=store, send_test=True)
    assert [s.login for s in report.services] == ["ok", "ok"]
    ok = [f for f in report.findings if f.code == "send-test-ok"]
    assert len(ok) == 1 and "send-test-failed" not in report.codes and report.ok, report.codes
    assert "found in the inbox over POP3" in ok[0].message.render()
    after = _mailbox(bob.maildir)
    assert set(before) <= set(after) and len(after) == len(before) + 1  # nothing deleted; the test message stays
    assert all("S" not in after[name] and "T" not in after[name] for name in before)  # none marked read, none trashed
    arrived = next(name for name in after if name not in before)
    text = next(p for sub in ("new", "cur") for p in (bob.maildir / sub).iterdir() if p.name.startswith(arrived)).read_text(errors="replace")
    assert "Subject: mailsetup test " in text
    for _ in range(50):  # Dovecot writes its log on its own time
        sessions = _sessions(world.dovecot_log.read_bytes()[log_from:].decode(errors="replace"))
        if len(sessions) >= 2:  # the doctor's login, and at least one look
            break
        time.sleep(0.1)
    assert len(sessions) >= 2, sessions
    for line in sessions:
        assert re.search(r"retr=0/0, del=0/\d+", line), line  # not one message read whole, not one marked for deletion


def test_with_imap_in_the_settings_the_test_message_is_still_looked_for_over_imap(world, make_ctx, store):
    alice = world.user("alice")
    servers = [ServerSettings(Protocol.IMAP, HOST, 993, Security.TLS)] + pop3_only()
    report = diagnose(alice.address, servers, make_ctx(), password=alice.password, store=store, send_test=True)
    ok = [f for f in report.findings if f.code == "send-test-ok"]
    assert len(ok) == 1 and "over POP3" not in ok[0].message.render()


def _sent_commands(server, verb: bytes) -> list[bytes]:
    return [line for line in bytes(server.recording.received).split(b"\r\n") if line.upper().startswith(verb)]


def test_a_big_mailbox_without_the_message_is_read_header_by_header_only_among_the_newest(fake, make_ctx, store, monkeypatch):
    """The sent message never reaches this POP3 server's mailbox (500 other messages): each
    look reads the headers of the newest few alone, each message at most once, and the
    test ends as not arrived."""
    monkeypatch.setattr(engine, "SEND_TEST_WAIT", 1.5)
    others = [b"Subject: other mail %d\r\nMessage-ID: <%d@example.test>\r\n\r\n" % (i, i) + b"body " * 4000 for i in range(500)]
    pop3, pop3_host = fake("pop3", True, mode="accept", mailbox=others)
    smtp, smtp_host = fake("smtp", True, mode="accept", mailbox=[])
    report = diagnose("someone@example.test", pop3_only(pop3_host, smtp_host), make_ctx(), password="pw", store=store, send_test=True)
    failed = [f for f in report.findings if f.code == "send-test-failed"]
    assert len(failed) == 1 and "did not show up in the inbox within 2 seconds" in failed[0].message.render()
    tops = _sent_commands(pop3, b"TOP ")
    numbers = [int(line.split()[1]) for line in tops]
    assert tops and all(line.endswith(b" 0") for line in tops)  # headers, never a line of a body
    assert set(numbers) <= set(range(500 - login.POP3_LOOK_BACK + 1, 501)) and len(numbers) == len(set(numbers))  # the newest, each once
    assert not _sent_commands(pop3, b"RETR") and not _sent_commands(pop3, b"DELE") and not _sent_commands(pop3, b"LIST")
    assert len(others) == 500


def test_a_pop3_server_without_top_gets_the_message_sent_and_says_it_could_not_be_checked(fake, make_ctx, store):
    box: list[bytes] = []
    pop3, pop3_host = fake("pop3", True, mode="notop", mailbox=box)
    smtp, smtp_host = fake("smtp", True, mode="accept", mailbox=box)
    report = diagnose("someone@example.test", pop3_only(pop3_host, smtp_host), make_ctx(), password="pw", store=store, send_test=True)
    assert len(box) == 1 and b"Subject: mailsetup test " in box[0]  # it was sent
    unchecked = [f for f in report.findings if f.code == "send-test-unchecked"]
    assert len(unchecked) == 1 and "send-test-failed" not in report.codes and "send-test-ok" not in report.codes
    assert report.ok  # not a failure: nothing is known to be wrong
    words = unchecked[0].message.render()
    assert f"the POP3 server {pop3_host} does not let mailsetup read only the headers of a message (TOP)" in words
    subject = re.search(rb"Subject: (mailsetup test [0-9a-f]{16})", box[0]).group(1).decode()
    assert f"“{subject}”" in unchecked[0].fix.render()  # what to look for in the inbox
    assert len(_sent_commands(pop3, b"TOP ")) == 1  # asked once, then no more
    assert not _sent_commands(pop3, b"RETR") and not _sent_commands(pop3, b"DELE")
    assert [f["code"] for f in report.to_json()["findings"]].count("send-test-unchecked") == 1


def test_a_maildrop_still_locked_at_one_look_is_looked_into_again(fake, make_ctx, store):
    """The first look's login is refused with [IN-USE] (the session before still holds the
    lock): that is no answer about the message, and the next look finds it."""
    box: list[bytes] = []
    pop3, pop3_host = fake("pop3", True, mode="inuse", mailbox=box)
    smtp, smtp_host = fake("smtp", True, mode="accept", mailbox=box)
    report = diagnose("someone@example.test", pop3_only(pop3_host, smtp_host), make_ctx(), password="pw", store=store, send_test=True)
    assert "send-test-ok" in report.codes and "send-test-failed" not in report.codes, report.codes
    assert pop3.recording.connections >= 3  # the proof, the refused look, the look that found it
    assert len(_sent_commands(pop3, b"PASS ")) == pop3.recording.connections  # one login per connection, no retry inside one


def _config(pop3_host: str, smtp_host: str) -> AccountConfig:
    auth = (AuthMethod.OAUTH2,)
    return AccountConfig(Source.ISPDB, True, (ServerSettings(Protocol.POP3, pop3_host, 995, Security.TLS, auth=auth),),
                         (ServerSettings(Protocol.SMTP, smtp_host, 465, Security.TLS, auth=auth),), provider="Example 365")


def _token_messages(server) -> int:
    data = bytes(server.recording.received)
    return sum(data.count(blob) for blob in (sasl.xoauth2("someone@example.test", TOKEN), sasl.oauthbearer("someone@example.test", TOKEN)))


def test_with_a_sign_in_the_pop3_look_logs_in_with_the_token_in_the_mechanism_of_its_proof(fake, make_ctx, store):
    box: list[bytes] = []
    pop3, pop3_host = fake("pop3", True, mode="oauth2-accept", mailbox=box)
    smtp, smtp_host = fake("smtp", True, mode="oauth2-accept", mailbox=box)
    report = diagnose("someone@example.test", _config(pop3_host, smtp_host), make_ctx(), store=store, send_test=True, token=TOKEN)
    assert [(s.protocol, s.login, s.login_mechanism) for s in report.services] == [("pop3", "ok", "OAUTHBEARER"), ("smtp", "ok", "OAUTHBEARER")]
    ok = [f for f in report.findings if f.code == "send-test-ok"]
    assert len(ok) == 1 and "over POP3" in ok[0].message.render(), report.codes
    data = bytes(pop3.recording.received)
    assert data.count(b"AUTH OAUTHBEARER ") >= 2 and b"XOAUTH2" not in data and b"USER " not in data  # the proof, then the look
    assert not _sent_commands(pop3, b"RETR") and not _sent_commands(pop3, b"DELE")


def test_a_pop3_server_that_no_longer_offers_the_proofs_mechanism_gets_no_token_to_look_with(fake, make_ctx, store):
    """The POP3 server took the token with XOAUTH2, then offers only OAUTHBEARER (which would
    take it too): the look logs in with nothing, and the token went there once."""
    box: list[bytes] = []
    pop3, pop3_host = fake("pop3", True, mode="oauth2-fickle", mailbox=box)
    smtp, smtp_host = fake("smtp", True, mode="oauth2-accept", mailbox=box)
    report = diagnose("someone@example.test", _config(pop3_host, smtp_host), make_ctx(), store=store, send_test=True, token=TOKEN)
    assert [(s.protocol, s.login, s.login_mechanism) for s in report.services] == [("pop3", "ok", "XOAUTH2"), ("smtp", "ok", "OAUTHBEARER")]
    assert len(box) == 1  # sent
    assert "send-test-failed" in report.codes and "send-test-ok" not in report.codes
    assert pop3.tokens_taken == 1 and _token_messages(pop3) == 1
    assert not _sent_commands(pop3, b"STAT") and not _sent_commands(pop3, b"TOP")
