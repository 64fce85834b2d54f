"""A clear answer for commands whose engine has not been built into this version yet."""

from __future__ import annotations

from wizard.cli.output import Output
from wizard.i18n import T


def not_yet(out: Output, command: str) -> int:
    out.error(T("“{command}” is not available in this version of mailsetup yet.", command=command))
    return 1
