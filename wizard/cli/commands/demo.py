"""`mailsetup demo`: the wizard against the built-in demo provider, for rehearsing a call."""

from __future__ import annotations

import argparse

from wizard.cli.output import Output
from wizard.i18n import Catalog, T

NAME = "demo"
HELP = T("open the wizard on the built-in demo provider (no internet needed)")


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    pass


def run(args: argparse.Namespace, out: Output) -> int:
    from wizard.cli.unavailable import not_yet

    return not_yet(out, NAME)
