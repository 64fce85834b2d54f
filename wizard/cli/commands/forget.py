"""`mailsetup forget ADDRESS`: remove the stored password from the system keyring."""

from __future__ import annotations

import argparse

from wizard.cli.commands import common
from wizard.cli.output import Output
from wizard.i18n import Catalog, T

NAME = "forget"
HELP = T("remove the password stored for an address from the system keyring")


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)


def run(args: argparse.Namespace, out: Output) -> int:
    common.parse_address(args.address)
    from wizard.cli.unavailable import not_yet

    return not_yet(out, NAME)
