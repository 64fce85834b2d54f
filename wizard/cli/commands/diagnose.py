"""`mailsetup diagnose ADDRESS`: prove the settings on the real servers and explain."""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard.cli.commands import common
from wizard.cli.output import Output
from wizard.i18n import Catalog, T

NAME = "diagnose"
HELP = T("test the servers for an e-mail address and explain what works")


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    common.add_password_stdin(parser, catalog)
    common.add_servers(parser, catalog)
    common.add_fingerprint(parser, catalog)
    parser.add_argument("--html", metavar="FILE", type=Path, help=common.h(catalog, "also save the report as a web page you can send to support"))
    parser.add_argument("--send-test", action="store_true", help=common.h(catalog, "send one test message to yourself and look for it"))


def run(args: argparse.Namespace, out: Output) -> int:
    common.parse_address(args.address)
    common.given_servers(args)
    from wizard.cli.unavailable import not_yet

    return not_yet(out, NAME)
