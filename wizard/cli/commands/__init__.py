"""The subcommands: one module each (add_arguments(parser, catalog), run(args, out)), named
here with their help, so that the parser lists every command while only the one that runs is
imported: `mailsetup discover` loads neither the mail-program writers nor migration."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from wizard.i18n import T, Text
from wizard.lazy import load


@dataclass(frozen=True)
class Command:
    name: str  # also its module's name in this package
    help: Text

    def module(self) -> ModuleType:
        return load(f"{__name__}.{self.name}")


COMMANDS = (
    Command("discover", T("find the settings for an e-mail address")),
    Command("diagnose", T("test the servers for an e-mail address and explain what works")),
    Command("write", T("set up the account in a mail program, or write a settings sheet")),
    Command("migrate", T("move existing accounts for an address to the servers found now, in place")),
    Command("forget", T("remove the password and the kept sign-in stored for an address from the system keyring")),
    Command("demo", T("open the wizard on the built-in demo provider (no internet needed)")),
)
