"""A discovery's head start begun from a first, narrow reading of the command line.

`discover` and `diagnose` start with a discovery, and its first connections are what the
person waits for. Building the parser (every command listed, its help in the person's
language) and importing the command's module comes before the command can begin them,
and costs tens of milliseconds. So the command line is read here first, with nothing but
string operations, and only a line understood completely is acted on: one of those two
commands, its address, and options from a short list, each written the way argparse reads
it. Anything else (an unknown or abbreviated option, a value that looks like an option,
an option on both sides of the command, servers given instead of discovered, a sign-in)
and nothing begins here: the command begins its discovery itself, as it always has.

What begins is what the command would begin (`common.start_discovery`: the same checks of
the global options, packs, brand, resolver, trust and first moves). The command adopts it
only when its own parse agrees on every value the discovery is built from; otherwise it is
closed unused. The reading is kept narrow so that they never disagree: what goes out early
is decided from the very values the run is built from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.cli.options import discovery_deadline
from wizard.i18n import LANGUAGES

if TYPE_CHECKING:
    import argparse

    from wizard.cli.commands.common import Discovery
    from wizard.model import EmailAddress

# Options of the global group (wizard.cli.options) this reading knows, by their argparse dest.
GLOBAL_VALUES = {"--dns": "dns", "--ca-file": "ca_file", "--ispdb-url": "ispdb_url", "--lang": "lang", "--brand": "brand", "--providers": "providers"}
GLOBAL_FLAGS = {"--dns-validates": "dns_validates", "--json": "json"}
REPEATED = frozenset({"ca_file", "providers"})  # action="append"

# The commands that begin with a discovery, and the options of their own this reading knows
# (none of them changes what the discovery does first).
COMMAND_VALUES = {"discover": {"--deadline": "deadline"}, "diagnose": {"--deadline": "deadline", "--html": "html"}}
COMMAND_FLAGS = {"discover": {"--password-stdin": "password_stdin"}, "diagnose": {"--password-stdin": "password_stdin", "--send-test": "send_test"}}


@dataclass(frozen=True)
class Reading:
    """A command line understood completely: the values a discovery is built from."""

    command: str
    address: str
    dns: str | None = None
    dns_validates: bool = False
    ca_file: tuple[str, ...] = ()
    ispdb_url: str | None = None
    brand: str | None = None
    providers: tuple[str, ...] = ()
    deadline: float | None = None  # --deadline as given (None: the command's default)

    def deadline_seconds(self) -> float:
        return discovery_deadline(self.command, self.deadline)

    def namespace(self, started: float) -> argparse.Namespace:
        """The values as the command's parse gives them (the global options' dests)."""
        import argparse
        from pathlib import Path

        return argparse.Namespace(
            command=self.command,
            address=self.address,
            dns=self.dns,
            dns_validates=self.dns_validates,
            ca_file=[Path(p) for p in self.ca_file],
            ispdb_url=self.ispdb_url,
            brand=self.brand,
            providers=[Path(p) for p in self.providers],
            started=started,
        )


def read(argv: list[str]) -> Reading | None:
    """The line's command, address and options, or None for any line not understood
    completely (argparse then reads it; nothing begins early)."""
    command: str | None = None
    address: str | None = None
    values: dict[str, object] = {}
    before: set[str] = set()  # options given before the command
    after: set[str] = set()
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if not arg.startswith("-"):
            if command is None:
                if arg not in COMMAND_VALUES:
                    return None
                command = arg
            elif address is None:
                address = arg
            else:
                return None
            continue
        name, equals, inline = arg.partition("=")
        own_values = COMMAND_VALUES[command] if command else {}
        own_flags = COMMAND_FLAGS[command] if command else {}
        if name in GLOBAL_FLAGS or name in own_flags:
            if equals:
                return None  # argparse refuses a value for a flag
            values[GLOBAL_FLAGS.get(name) or own_flags[name]] = True
        elif name in GLOBAL_VALUES or name in own_values:
            if equals:
                value = inline
            elif i < len(argv):
                value = argv[i]
                i += 1
            else:
                return None
            dest = GLOBAL_VALUES.get(name) or own_values[name]
            if not value or value.startswith("-") or not _valid(dest, value):
                return None  # argparse checks each occurrence, the last one counts
            if dest in REPEATED:
                values[dest] = (*values.get(dest, ()), value)  # type: ignore[misc]
            else:
                values[dest] = value
        else:
            return None
        # An option given on both sides of the command: argparse's subparser would decide
        # which counts (for a repeated one, only those after it). Not worth reading here.
        (after if command else before).add(name)
        if before & after:
            return None
    if command is None or address is None:
        return None
    deadline = float(str(values["deadline"])) if "deadline" in values else None
    return Reading(
        command=command,
        address=address,
        dns=values.get("dns"),  # type: ignore[arg-type]
        dns_validates=bool(values.get("dns_validates")),
        ca_file=values.get("ca_file", ()),  # type: ignore[arg-type]
        ispdb_url=values.get("ispdb_url"),  # type: ignore[arg-type]
        brand=values.get("brand"),  # type: ignore[arg-type]
        providers=values.get("providers", ()),  # type: ignore[arg-type]
        deadline=deadline,
    )


def _valid(dest: str, value: str) -> bool:
    """What argparse's choices and types accept (--lang's languages, --deadline's seconds:
    common.seconds_type)."""
    if dest == "lang":
        return value in LANGUAGES
    if dest == "deadline":
        try:
            return 0 < float(value) <= 600
        except ValueError:
            return False
    return True


def key_of(args: argparse.Namespace, address: EmailAddress, deadline_seconds: float) -> tuple[object, ...]:
    """What a command's discovery is built from, as its own parse gives it."""
    return (
        args.command,
        str(address),
        deadline_seconds,
        args.dns,
        bool(getattr(args, "dns_validates", False)),
        tuple(str(p) for p in args.ca_file or ()),
        args.ispdb_url,
        getattr(args, "brand", None),
        tuple(str(p) for p in getattr(args, "providers", None) or ()),
    )


class Early:
    """A discovery begun from a `Reading`, until its command adopts it or it is closed (a
    handle, not data: no dataclass, whose making costs a start-up half a millisecond)."""

    def __init__(self, key: tuple[object, ...], discovery: Discovery | None) -> None:
        self.key = key
        self.discovery = discovery

    def give_way(self) -> None:
        """Between the command's imports: its head start's loop goes first (HeadStart.give_way)."""
        if self.discovery is not None:
            self.discovery.head.give_way()

    def adopt(self, args: argparse.Namespace, address: EmailAddress, deadline_seconds: float) -> Discovery | None:
        """The discovery, for the command whose own parse agrees with the reading; else
        None (then it is closed: the command begins its own). Once only."""
        discovery, self.discovery = self.discovery, None
        if discovery is None:
            return None
        if key_of(args, address, deadline_seconds) != self.key:
            discovery.close()
            return None
        return discovery

    def close(self) -> None:
        """Close it unless adopted (a command that ended before its discovery). Idempotent."""
        discovery, self.discovery = self.discovery, None
        if discovery is not None:
            discovery.close()


def begin(argv: list[str], started: float) -> Early | None:
    """The discovery of a command line understood completely, begun; None otherwise, and
    whenever anything about it is not right: the command then meets the same problem in
    its own words, through argparse and its own checks."""
    reading = read(argv)
    if reading is None:
        return None
    try:
        args = reading.namespace(started)
        from wizard.launch import check_global_options
        from wizard.cli.commands import common

        check_global_options(args)
        address = common.parse_address(reading.address)
        seconds = reading.deadline_seconds()
        discovery = common.start_discovery(args, address, lambda step: None, seconds)
    except Exception:  # noqa: BLE001 - said by the command itself, in the person's language
        return None
    early = Early(key_of(args, address, seconds), discovery)
    early.give_way()  # its loop starts and sends the first questions before anything more is imported
    return early
