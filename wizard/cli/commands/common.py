"""Arguments and steps several subcommands share."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from wizard.i18n import Catalog, T, Text
from wizard.model import EmailAddress
from wizard.model.errors import UserError

if TYPE_CHECKING:
    from wizard.discovery import DiscoveryResult
    from wizard.model import Protocol, ServerSettings
    from wizard.model.events import Step
    from wizard.net import NetContext
    from wizard.net.head import HeadStart
    from wizard.providers import Presets, Provider


def h(catalog: Catalog, source: str) -> str:
    return Text(source).render(catalog)


def add_address(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    parser.add_argument("address", metavar="ADDRESS", help=h(catalog, "your e-mail address, such as name@example.com"))


def add_password_stdin(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    parser.add_argument("--password-stdin", action="store_true", help=h(catalog, "read the password from standard input (never give it on the command line)"))


def add_servers(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    for proto in ("imap", "pop3", "smtp"):
        parser.add_argument(f"--{proto}", metavar="HOST:PORT:SECURITY", help=h(catalog, "use this server instead of discovering one (security: tls, starttls or plain)"))


def add_fingerprint(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    parser.add_argument("--accept-fingerprint", metavar="SHA256", action="append", default=[], help=h(catalog, "accept the server certificate with this SHA-256 fingerprint"))


def parse_address(text: str) -> EmailAddress:
    return EmailAddress.parse(text)


def given_servers(args: argparse.Namespace) -> dict[Protocol, ServerSettings]:
    from wizard.model import Protocol, ServerSettings  # only a command that takes servers needs them

    out: dict[Protocol, ServerSettings] = {}
    for proto in (Protocol.IMAP, Protocol.POP3, Protocol.SMTP):
        value = getattr(args, proto.value, None)
        if value:
            out[proto] = ServerSettings.parse_endpoint(proto, value)
    return out


def read_password(args: argparse.Namespace, out=None) -> str | None:
    """The password from standard input (or None); with `out`, it is masked in everything
    that command writes from here on."""
    password = _read_password(args)
    if out is not None:
        out.hide(password)
    return password


def _read_password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_stdin", False):
        return None
    if sys.stdin is None or sys.stdin.closed:
        raise UserError("password-missing", T("--password-stdin was given, but there is no standard input to read the password from."))
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise UserError("password-missing", T("--password-stdin was given, but standard input held no password."))
    return password


def seconds_type(catalog: Catalog):
    """argparse `type=` for a number of seconds, its complaint in the person's language."""

    def positive_seconds(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = 0.0
        if not 0 < value <= 600:
            raise argparse.ArgumentTypeError(T("“{value}” is not a number of seconds.", value=text).render(catalog))
        return value

    return positive_seconds


def start_discovery(args: argparse.Namespace, address: EmailAddress, sink: Callable[[Step], None], deadline_seconds: float) -> Discovery:
    """A discovery run's context, packs and brand, its head start begun: the run's first
    connections open, and its first request goes out where one is sure to be sent, while
    the command goes on importing its engines (wizard.net.head, wizard.discovery.first).
    `Discovery.run` runs it; `close` ends a run that never ran. One begun already, from the
    command line's first reading (wizard.cli.early, `args.early`), is taken over when it was
    built from the same values."""
    early = getattr(args, "early", None)
    if early is not None:
        adopted = early.adopt(args, address, deadline_seconds)
        if adopted is not None:
            adopted.ctx.sink = sink
            return adopted
    from wizard.discovery.first import first_moves
    from wizard.launch import begin_opening, brand_of, command_context, first_packs, packs

    brand = brand_of(args)
    moves = first_moves(address, first_packs(args, brand), brand)
    # the CA store loads in a thread from here, and the first moves' questions and
    # ClientHellos go out, while the event loop and the network layer are imported
    opening = begin_opening(args, moves.urls, deadline_seconds)
    try:
        from wizard.net.head import HeadStart

        # the deadline (and a silent run's give-up, which counts from its start) runs from the
        # command's own start: the person's wait includes the start-up
        ctx = command_context(args, sink=sink, deadline_seconds=deadline_seconds)
        ctx.prepare_tls()
        head = HeadStart.begin(ctx, moves.requests, moves.connections, opening)
    except BaseException:
        if opening is not None:
            opening.close()
        raise
    return Discovery(ctx, lambda: packs(args), brand, head)


@dataclass
class Discovery:
    ctx: NetContext
    presets: Callable[[], Presets]  # the packs, parsed when the run needs them (after its first moves)
    brand: Provider | None
    head: HeadStart

    def run(self, address: EmailAddress, password: str | None) -> DiscoveryResult:
        try:
            self.head.give_way()  # the packs are parsed and the engine imported next: the head start's loop first
            presets = self.presets()  # a broken pack: its PresetError, closing the head start
            self.head.give_way()  # again after the packs: the loop may have had answers meanwhile
            from wizard.discovery import discover

            return discover(address, self.ctx, password=password, presets=presets, brand=self.brand)
        finally:
            self.head.close()

    def close(self) -> None:
        self.head.close()
