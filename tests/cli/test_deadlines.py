"""A command's --deadline is the person's wait, counted from the command's start (main's
`args.started`), not from when each phase builds its network context: diagnose's discovery
and doctor both come out of it, as discover's run does; after a sign-in in the browser the
doctor's wait counts from the person's return."""

from __future__ import annotations

import io
import time

import pytest

import wizard.discovery
import wizard.doctor
import wizard.launch
from wizard.cli.commands import diagnose as diagnose_command, discover as discover_command
from wizard.cli.main import build_parser
from wizard.cli.output import Output
from wizard.i18n import load_catalog
from wizard.net.head import HeadStart

WAITED = 5.0  # seconds the person has already waited when a phase builds its context


class Captured(Exception):
    def __init__(self, ctx) -> None:
        super().__init__("captured")
        self.ctx = ctx


def capture(*args, **kwargs):
    ctx = next(a for a in (*args, *kwargs.values()) if hasattr(a, "deadline"))
    raise Captured(ctx)


def parsed(*argv: str):
    catalog = load_catalog("en")
    args = build_parser(catalog, load={argv[0]}).parse_args(list(argv))
    args.started = time.monotonic() - WAITED
    return args, Output(catalog, out=io.StringIO(), err=io.StringIO())


def deadline_of(module, args, out):
    with pytest.raises(Captured) as caught:
        module.run(args, out)
    return caught.value.ctx.deadline


class NoHeadStart:
    """Discovery's head start, without its connections: nothing here leaves the process."""

    def give_way(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture(autouse=True)
def engines(monkeypatch, tmp_path):
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(wizard.discovery, "discover", capture)
    monkeypatch.setattr(wizard.doctor, "diagnose", capture)
    monkeypatch.setattr(HeadStart, "begin", staticmethod(lambda *args, **kwargs: NoHeadStart()))
    monkeypatch.setattr(wizard.launch, "begin_opening", lambda *args, **kwargs: None)  # nor its opening's


def test_discover_counts_from_the_commands_start():
    args, out = parsed("discover", "jo@example.test", "--deadline", "8")
    deadline = deadline_of(discover_command, args, out)
    assert deadline.start == args.started and deadline.remaining() <= 8 - WAITED


def test_diagnose_discovery_counts_from_the_commands_start():
    args, out = parsed("diagnose", "jo@example.test", "--deadline", "30")
    deadline = deadline_of(diagnose_command, args, out)
    assert deadline.start == args.started and deadline.seconds == 10.0  # its share of the 30 s, from the same start


def test_diagnose_doctor_counts_from_the_commands_start():
    args, out = parsed("diagnose", "jo@example.test", "--imap", "mail.example.test:993:tls", "--deadline", "30")
    deadline = deadline_of(diagnose_command, args, out)
    assert deadline.start == args.started and deadline.remaining() <= 30 - WAITED


def test_after_a_sign_in_in_the_browser_the_doctor_counts_from_the_persons_return(monkeypatch):
    args, out = parsed("diagnose", "jo@example.test", "--imap", "mail.example.test:993:tls", "--sign-in", "--deadline", "30")
    back = args.started + 120.0  # two minutes in the browser, say
    monkeypatch.setattr(diagnose_command, "_sign_in", lambda *a: ("access-token", None, back))
    deadline = deadline_of(diagnose_command, args, out)
    assert deadline.start == back and deadline.seconds == 30


def test_after_a_kept_sign_in_was_renewed_the_doctor_counts_from_the_commands_start(monkeypatch):
    args, out = parsed("diagnose", "jo@example.test", "--imap", "mail.example.test:993:tls", "--sign-in", "--deadline", "30")
    monkeypatch.setattr(diagnose_command, "_sign_in", lambda *a: ("access-token", None, None))  # no browser: no time of the person's own
    deadline = deadline_of(diagnose_command, args, out)
    assert deadline.start == args.started
