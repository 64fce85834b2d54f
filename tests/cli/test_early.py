"""The command line's first reading (wizard.cli.early): a discovery begins before the parser
is built only for a line read completely, and read as argparse reads it; its command takes
it over only when its own parse agrees, and closes it otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from wizard.cli import early
from wizard.cli.early import Early, Reading, key_of, read
from wizard.cli.main import UsageError, build_parser
from wizard.cli.options import discovery_deadline
from wizard.i18n import LANGUAGES, load_catalog
from wizard.model import EmailAddress

ADDRESS = "jo@example.test"


@pytest.mark.parametrize(
    "argv, reading",
    [
        (["discover", ADDRESS], Reading("discover", ADDRESS)),
        (["diagnose", ADDRESS, "--password-stdin"], Reading("diagnose", ADDRESS)),
        (["--json", "--lang", "da", "discover", ADDRESS], Reading("discover", ADDRESS)),
        (["discover", "--ca-file", "a.pem", ADDRESS, "--ca-file=b.pem"], Reading("discover", ADDRESS, ca_file=("a.pem", "b.pem"))),
        (["--dns", "10.0.0.53:5353", "--dns-validates", "diagnose", ADDRESS], Reading("diagnose", ADDRESS, dns="10.0.0.53:5353", dns_validates=True)),
        (["discover", ADDRESS, "--brand", "mamut", "--providers", "packs", "--ispdb-url", "https://ispdb.test/v1/"],
         Reading("discover", ADDRESS, brand="mamut", providers=("packs",), ispdb_url="https://ispdb.test/v1/")),
        (["diagnose", ADDRESS, "--deadline", "12.5", "--send-test", "--html", "r.html"], Reading("diagnose", ADDRESS, deadline=12.5)),
    ],
)
def test_a_line_read_completely_gives_the_values_its_discovery_is_built_from(argv, reading):
    assert read(argv) == reading


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--json"],  # the window
        ["discover"],  # no address
        ["discover", ADDRESS, "other@example.test"],
        ["write", ADDRESS, "--client", "sheet"],  # not a command that begins with a discovery
        ["discover", ADDRESS, "--ca", "a.pem"],  # abbreviated: argparse's own matter
        ["discover", ADDRESS, "--imap", "mail.example.test:993:tls"],  # not a discover option
        ["diagnose", ADDRESS, "--imap", "mail.example.test:993:tls"],  # servers given: no discovery at all
        ["diagnose", ADDRESS, "--sign-in"],
        ["diagnose", ADDRESS, "--accept-fingerprint", "AB:CD"],
        ["discover", ADDRESS, "--html", "r.html"],  # diagnose's option, not discover's
        ["--deadline", "5", "discover", ADDRESS],  # a command's option before the command
        ["discover", ADDRESS, "-h"],
        ["discover", "--", ADDRESS],
        ["discover", ADDRESS, "--dns"],  # no value
        ["discover", ADDRESS, "--brand", "--json"],  # a value that looks like an option
        ["discover", ADDRESS, "--brand="],
        ["discover", ADDRESS, "--json=yes"],
        ["discover", ADDRESS, "--lang", "sv"],
        ["discover", ADDRESS, "--deadline", "0"],
        ["discover", ADDRESS, "--deadline", "soon"],
        ["--dns", "10.0.0.1", "discover", ADDRESS, "--dns", "10.0.0.2"],  # both sides of the command
        ["--ca-file", "a.pem", "discover", ADDRESS, "--ca-file", "b.pem"],
    ],
)
def test_anything_else_is_left_to_argparse(argv):
    assert read(argv) is None


def test_it_knows_the_languages_the_option_offers():
    assert [read(["discover", ADDRESS, "--lang", lang]) is not None for lang in LANGUAGES] == [True] * len(LANGUAGES)


# Lines shaped like commands, from the options argparse knows, written in each of its ways,
# and some it reads differently or refuses.
OPTIONS = [
    ["--json"], ["--dns-validates"], ["--password-stdin"], ["--send-test"], ["--dns", "10.0.0.53"], ["--dns=10.0.0.54"],
    ["--ca-file", "a.pem"], ["--ca-file=b.pem"], ["--ispdb-url", "https://ispdb.test/"], ["--brand", "mamut"], ["--brand=altibox"],
    ["--providers", "packs"], ["--lang", "da"], ["--lang=nb"], ["--deadline", "3"], ["--deadline=700"], ["--html", "r.html"],
    ["--imap", "mail.example.test:993:tls"], ["--ca", "a.pem"], ["--"], ["-h"], ["--json=1"], ["--lang", "sv"], ["--sign-in"], ["--dns"],
]
LINES = st.builds(
    lambda before, command, after, at, address: [*sum(before, []), command, *sum(after[:at], []), address, *sum(after[at:], [])],
    st.lists(st.sampled_from(OPTIONS), max_size=3),
    st.sampled_from(["discover", "diagnose", "write"]),
    st.lists(st.sampled_from(OPTIONS), max_size=4),
    st.integers(0, 4),
    st.sampled_from([ADDRESS, "ann@example.test"]),
)


def parsed(argv: list[str]):
    """argparse's reading of the line, or None where it refuses it."""
    try:
        return build_parser(load_catalog("en"), load={a for a in argv if a in ("discover", "diagnose", "write")}).parse_args(argv)
    except (UsageError, SystemExit):
        return None


@settings(max_examples=400, deadline=None)
@given(LINES | st.lists(st.sampled_from(sum(OPTIONS, ["discover", "diagnose", ADDRESS])), max_size=8))
def test_what_it_reads_argparse_reads_the_same(argv):
    reading = read(argv)
    if reading is None or "@" not in reading.address:
        return  # left to argparse, or an address `begin` refuses (tested below)
    args = parsed(argv)
    assert args is not None, "argparse refuses a line the first reading acted on"
    address = EmailAddress.parse(args.address)
    assert key_of(args, address, discovery_deadline(args.command, args.deadline)) == key_of(reading.namespace(0.0), address, reading.deadline_seconds())


class FakeDiscovery:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def begun(argv: list[str]) -> tuple[Early, FakeDiscovery]:
    reading = read(argv)
    assert reading is not None
    discovery = FakeDiscovery()
    return Early(key_of(reading.namespace(0.0), EmailAddress.parse(reading.address), reading.deadline_seconds()), discovery), discovery  # type: ignore[arg-type]


def test_its_command_takes_it_over_when_its_own_parse_agrees():
    head, discovery = begun(["discover", ADDRESS, "--ca-file", "a.pem"])
    args = parsed(["discover", ADDRESS, "--ca-file", "a.pem"])
    assert head.adopt(args, EmailAddress.parse(ADDRESS), 8.0) is discovery and discovery.closed == 0
    head.close()
    assert discovery.closed == 0  # taken over: the command closes it when its run ends


@pytest.mark.parametrize(
    "argv, seconds",
    [
        (["discover", "ann@example.test", "--ca-file", "a.pem"], 8.0),  # another address
        (["discover", ADDRESS, "--ca-file", "a.pem", "--brand", "mamut"], 8.0),  # a brand
        (["discover", ADDRESS], 8.0),  # another trust
        (["discover", ADDRESS, "--ca-file", "a.pem"], 5.0),  # another deadline
    ],
)
def test_a_parse_that_disagrees_closes_it_unused(argv, seconds):
    head, discovery = begun(["discover", ADDRESS, "--ca-file", "a.pem"])
    args = parsed(argv)
    assert head.adopt(args, EmailAddress.parse(args.address), seconds) is None and discovery.closed == 1


def test_a_command_that_ends_before_its_discovery_closes_it():
    head, discovery = begun(["discover", ADDRESS])
    head.close()
    head.close()
    assert discovery.closed == 1


def test_a_line_whose_options_are_not_right_begins_nothing(tmp_path: Path, monkeypatch):
    started = []
    monkeypatch.setattr("wizard.cli.commands.common.start_discovery", lambda *a, **k: started.append(a))
    assert early.begin(["discover", ADDRESS, "--ca-file", str(tmp_path / "missing.pem")], 0.0) is None
    assert early.begin(["discover", "not-an-address"], 0.0) is None
    assert early.begin(["discover", ADDRESS, "--ispdb-url", "ftp://ispdb.test/"], 0.0) is None
    assert early.begin(["discover", ADDRESS, "--brand", "nobody"], 0.0) is None
    assert started == []


def test_the_ca_store_loaded_for_the_opening_is_the_one_the_command_s_trust_finds(tmp_path: Path, monkeypatch):
    """The opening writes its ClientHellos with an unloaded context; the store loaded into
    it afterwards is the command's own trust (the system's and --ca-file)."""
    import trustme

    from wizard.launch import begin_opening, trust_of
    from wizard.net import castore
    from wizard.net.tls import SealedContext

    pem = tmp_path / "ca.pem"
    pem.write_bytes(trustme.CA().cert_pem.bytes())
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(castore, "prepare", lambda use_system, ca_files, context: asked.append((use_system, ca_files, context)))
    args = parsed(["discover", ADDRESS, "--ca-file", str(pem)])
    assert begin_opening(args, (), 8.0) is None  # no URL to open: only the store
    trust = trust_of(args)
    [(use_system, ca_files, context)] = asked
    assert (use_system, ca_files) == (trust.use_system, trust.ca_files)
    assert isinstance(context, SealedContext) and context.cert_store_stats()["x509"] == 0
