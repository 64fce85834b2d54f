"""`mailsetup write ADDRESS --client ...`: put the account into a mail program."""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard.cli.commands import common
from wizard.cli.output import Output
from wizard.i18n import Catalog, T

NAME = "write"
HELP = T("set up the account in a mail program, or write a settings sheet")
CLIENTS = ("thunderbird", "outlook", "apple", "sheet")


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    parser.add_argument("--client", choices=CLIENTS, required=True, help=common.h(catalog, "the mail program: thunderbird, outlook, apple or sheet"))
    parser.add_argument("--profile", metavar="DIR", type=Path, help=common.h(catalog, "the Thunderbird profile folder (default: the default profile)"))
    parser.add_argument("--out", metavar="DIR", type=Path, help=common.h(catalog, "the folder for written files"))
    parser.add_argument("--account-type", choices=("imap", "pop3", "exchange"), help=common.h(catalog, "which kind of account to set up"))
    common.add_password_stdin(parser, catalog)
    common.add_servers(parser, catalog)
    common.add_fingerprint(parser, catalog)


def run(args: argparse.Namespace, out: Output) -> int:
    common.parse_address(args.address)
    common.given_servers(args)
    from wizard.cli.unavailable import not_yet

    return not_yet(out, NAME)
