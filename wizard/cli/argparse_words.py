"""argparse's own messages (usage lines, "the following arguments are required", ...) in
the person's language. argparse looks its texts up through a module-level `_` at call time;
the CLI points that at our catalogue. The T() markers below only make the extractor list
these sources for translation (they keep argparse's %-placeholders)."""

from __future__ import annotations

import argparse

from wizard.i18n import Catalog, T

SOURCES = (
    T("usage: "),
    T("positional arguments"),
    T("options"),
    T("show this help message and exit"),
    T("the following arguments are required: %s"),
    T("unrecognized arguments: %s"),
    T("invalid choice: %(value)r (choose from %(choices)s)"),
    T("argument %(argument_name)s: %(message)s"),
    T("expected one argument"),
    T("expected at least one argument"),
    T("expected at most one argument"),
    T("invalid %(type)s value: %(value)r"),
    T("ambiguous option: %(option)s could match %(matches)s"),
    T("unknown parser %(parser_name)r (choices: %(choices)s)"),
    T("not allowed with argument %s"),
    T("one of the arguments %s is required"),
    T("ignored explicit argument %r"),
)


def localize_argparse(catalog: Catalog) -> None:
    argparse._ = catalog.translate  # type: ignore[attr-defined]
