"""Global options, accepted before or after the subcommand (wizard.launch checks them and
builds what they ask for)."""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard.i18n import LANGUAGES, Catalog, Text

DEFAULT_DEADLINE = 8.0  # discover's --deadline
DIAGNOSE_DEADLINE = 30.0  # diagnose's, for its discovery and its doctor together
DIAGNOSE_DISCOVERY_SHARE = 10.0  # of which its discovery may take at most this


def discovery_deadline(command: str, given: float | None) -> float:
    """The seconds a command's discovery may take, from its --deadline (None: not given)."""
    if command == "diagnose":
        return min(DIAGNOSE_DEADLINE if given is None else given, DIAGNOSE_DISCOVERY_SHARE)
    return DEFAULT_DEADLINE if given is None else given


def add_global_options(parser: argparse.ArgumentParser, catalog: Catalog, *, suppress: bool) -> None:
    """On subparsers the defaults are suppressed, so a value given before the subcommand
    is not overwritten by the subparser's default."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    def h(source: str) -> str:
        return Text(source).render(catalog)

    group = parser.add_argument_group(h("global options"))
    group.add_argument("--dns", metavar="HOST[:PORT]", default=default(None), help=h("ask this DNS server instead of the system's"))
    group.add_argument("--dns-validates", action="store_true", default=default(False), help=h("the DNS server (the system's or --dns) validates DNSSEC: believe its signed answers without asking"))
    group.add_argument("--ca-file", metavar="FILE", action="append", default=default([]), type=Path, help=h("also trust the certificate authorities in this PEM file"))
    group.add_argument("--ispdb-url", metavar="URL", default=default(None), help=h("base URL of the ISPDB (the domain is appended)"))
    group.add_argument("--lang", choices=LANGUAGES, default=default(None), help=h("language of messages: en, da or nb"))
    group.add_argument("--json", action="store_true", default=default(False), help=h("print one JSON object instead of lines for people"))
    group.add_argument("--brand", metavar="ID", default=default(None), help=h("run as this provider's wizard: its pack applies to every address (for example altibox or mamut)"))
    group.add_argument("--providers", metavar="DIR", action="append", default=default([]), type=Path, help=h("also read provider packs (*.toml) from this folder; a pack there replaces a bundled one with the same id"))
