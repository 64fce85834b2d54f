"""`mailsetup forget ADDRESS`: remove the stored password from the system keyring."""

from __future__ import annotations

import argparse

from wizard.cli.commands import common
from wizard.cli.output import Output
from wizard.i18n import Catalog



def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)


def run(args: argparse.Namespace, out: Output) -> int:
    from wizard.profiles.password import KeyringStatus, forget_password

    address = common.parse_address(args.address)
    result = forget_password(str(address))
    if out.json_mode:
        out.emit_json({"address": str(address), **result.to_json()})
    elif result.status in (KeyringStatus.REMOVED, KeyringStatus.NOT_FOUND):
        out.say(result.message)
    else:
        out.error(result.message)
    return 0 if result.status in (KeyringStatus.REMOVED, KeyringStatus.NOT_FOUND) else 1
