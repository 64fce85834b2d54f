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
    """0 when the keyring answered for both (removed, or nothing there); 1 when it cannot be
    used (none, or it failed), with why on stderr (forget's exit code since its first release:
    the CLI's codes are kept)."""
    from wizard.profiles.password import KeyringStatus, forget_password, forget_refresh_token

    address = common.parse_address(args.address)
    result = forget_password(str(address))
    signed = forget_refresh_token(str(address))  # the wizard's own kept sign-in goes too
    unusable = (KeyringStatus.NO_BACKEND, KeyringStatus.FAILED)
    if out.json_mode:
        out.emit_json({"address": str(address), **result.to_json(), "sign_in": signed.to_json()})
        for said in (r for r in (result, signed) if r.status in unusable):
            out.error(said.message)
            break  # one keyring, one reason
    else:
        if result.status in unusable:
            out.error(result.message)
        else:
            out.say(result.message)
        if signed.status is KeyringStatus.REMOVED:
            out.say(signed.message)
        elif signed.status in unusable and result.status is not KeyringStatus.NO_BACKEND:  # no keyring: said once
            out.error(signed.message)
    return 1 if result.status in unusable or signed.status in unusable else 0
