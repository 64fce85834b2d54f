"""`mailsetup forget ADDRESS`: remove the stored password and the kept sign-in (the refresh
token of the wizard's own sign-in) from the system keyring."""

from __future__ import annotations

import argparse

from wizard.cli.commands import common
from wizard.cli.output import Output
from wizard.i18n import Catalog



def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)


def run(args: argparse.Namespace, out: Output) -> int:
    from wizard.profiles.password import KeyringStatus, forget_password, forget_refresh_token

    address = common.parse_address(args.address)
    result = forget_password(str(address))
    signed = forget_refresh_token(str(address))  # the wizard's own kept sign-in goes too
    fine = (KeyringStatus.REMOVED, KeyringStatus.NOT_FOUND)
    if out.json_mode:
        out.emit_json({"address": str(address), **result.to_json(), "sign_in": signed.to_json()})
    else:
        if result.status in fine:
            out.say(result.message)
        else:
            out.error(result.message)
        if signed.status is KeyringStatus.REMOVED:
            out.say(signed.message)
        elif signed.status is KeyringStatus.FAILED:
            out.error(signed.message)
    return 0 if result.status in fine and signed.status in (*fine, KeyringStatus.NO_BACKEND) else 1
