"""`mailsetup`: with a subcommand, the CLI; without one, the wizard window.

Imports are lazy: `mailsetup --version` loads nothing of the program but its version, and a
command loads the catalogue, the parser and its own engine only when it runs."""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
import time
from typing import TYPE_CHECKING, Any, Callable, Collection, Sequence

from wizard import __version__

if TYPE_CHECKING:
    from wizard.cli.early import Early
    from wizard.i18n import Catalog

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Formatter(argparse.HelpFormatter):
    """argparse's own, told the terminal's width as shutil would find it, so that building
    the parser loads no shutil (and its compressors: some 2 ms of every command's start):
    argparse makes a formatter for each option it is given, help or not."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)


def terminal_columns() -> int:
    """shutil.get_terminal_size's columns: $COLUMNS when positive, else the terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
    return columns if columns > 0 else 80


class Parser(argparse.ArgumentParser):
    """Usage errors become one line (not a usage block) and exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _language_from_argv(argv: Sequence[str]) -> str:
    """--lang must be known before the parser exists, since help texts are translated."""
    from wizard.i18n import LANGUAGES, system_language

    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return system_language()


# The subcommands' names, known without loading them: a start with none of them (the window,
# opened by double-click or `mailsetup --lang da`) parses only the global options, and the
# window is up before any command's module has been imported.
COMMAND_NAMES = ("discover", "diagnose", "write", "migrate", "forget", "demo")
HELP_FLAGS = ("-h", "--help")


def build_window_parser(catalog: Catalog) -> argparse.ArgumentParser:
    """The global options alone, for a start that opens the window."""
    from wizard.cli.options import add_global_options
    from wizard.i18n import Text

    parser = Parser(prog="mailsetup", description=Text("Finds your e-mail provider's settings, tests them, and sets up your mail programs. Without a command, the wizard window opens.").render(catalog))
    add_global_options(parser, catalog, suppress=False)
    parser.set_defaults(command=None)
    return parser


def build_parser(catalog: Catalog, load: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The full parser. Every command is listed with its help; the options of those in
    `load` (None: all) are read from their modules, the others' modules stay unimported
    (argparse consults only the subparser the command line names)."""
    from wizard.cli.commands import COMMANDS
    from wizard.cli.options import add_global_options
    from wizard.i18n import Text

    h = lambda s: Text(s).render(catalog)  # noqa: E731
    parser = Parser(
        prog="mailsetup",
        description=h("Finds your e-mail provider's settings, tests them, and sets up your mail programs. Without a command, the wizard window opens."),
    )
    parser.add_argument("--version", action="version", version=f"mailsetup {__version__}", help=h("Show the version and exit."))
    add_global_options(parser, catalog, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar=h("COMMAND"), parser_class=Parser)
    for command in COMMANDS:
        p = sub.add_parser(command.name, help=command.help.render(catalog), description=command.help.render(catalog))
        if load is None or command.name in load:
            command.module().add_arguments(p, catalog)
        add_global_options(p, catalog, suppress=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    started = time.monotonic()  # a command's deadline counts from here (the person's wait)
    whole_process = argv is None  # the program's own command line: the process ends with it
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--version":  # before any catalogue or engine is loaded: smoke tests and bug reports
        print(f"mailsetup {__version__}")
        return EXIT_OK
    if whole_process:
        gc.disable()  # see _started_up
    from wizard.cli.early import begin

    early = begin(argv, started)  # a discovery's first connections, before the parser is even built
    try:
        code = _run(argv, started, whole_process, early)
    finally:
        if early is not None:
            early.close()  # unless its command took it over
    if whole_process and _LEAVING[0]:
        _leave_now(code)
    return code


def _run(argv: list[str], started: float, whole_process: bool, early: Early | None) -> int:
    from wizard.cli.argparse_words import localize_argparse
    from wizard.cli.output import Output
    from wizard.i18n import T, load_catalog
    from wizard.launch import check_global_options
    from wizard.model.errors import UserError

    catalog = load_catalog(_language_from_argv(argv))
    localize_argparse(catalog)
    out = Output(catalog, json_mode="--json" in argv)
    args: argparse.Namespace | None = None
    if not any(arg in COMMAND_NAMES or arg in HELP_FLAGS for arg in argv):
        try:
            args = build_window_parser(catalog).parse_args(argv)
        except UsageError:
            args = None  # the full parser says what is wrong, in its own words
    if early is not None:
        early.give_way()  # the command's module is imported next: the head start's loop first
    if args is None:
        try:
            args = build_parser(catalog, load={arg for arg in argv if arg in COMMAND_NAMES}).parse_args(argv)
        except UsageError as exc:
            out.error(exc.message)
            return EXIT_USAGE
    if args.lang:
        catalog = load_catalog(args.lang)
    out = Output(catalog, json_mode=args.json)
    args.started = started
    args.early = early
    if whole_process:
        _started_up()
    if args.command is None:
        try:
            check_global_options(args)  # --brand is checked before the window opens
        except UserError as exc:
            out.error(exc.text)
            return EXIT_USAGE
        return _open_wizard(args, lambda: build_parser(catalog), out)
    from wizard.cli.commands import COMMANDS

    command = next(c for c in COMMANDS if c.name == args.command).module()
    if whole_process:
        atexit.register(_leave_to_the_system)
        _LEAVING[0] = args.command in LEAVE_AT_ONCE
    try:
        check_global_options(args)
        return command.run(args, out)
    except UserError as exc:
        out.error(exc.text)
        return EXIT_USAGE
    except KeyboardInterrupt:
        out.error(T("Stopped."))
        return 130
    except Exception as exc:  # the last line of defence: a person never sees a traceback
        if os.environ.get("MAILSETUP_DEBUG"):
            raise
        out.error(T("Something unexpected went wrong ({problem}). Run again with MAILSETUP_DEBUG=1 to see the details.", problem=f"{type(exc).__name__}: {exc}"))
        return EXIT_PROBLEMS


def _started_up() -> None:
    """The collector, off while the program started (its imports make thousands of objects
    and no garbage: some fifty collections that found nothing cost a discovery 3 ms before
    its first packet), comes back once the command line is read, with what exists by then
    set aside for good (gc.freeze): later collections pass over the run's own objects only."""
    gc.freeze()
    gc.enable()


def _leave_to_the_system() -> None:
    """At a command's exit, the objects it made are left for the operating system to free
    instead of the interpreter's garbage collector passing over all of them once more as it
    shuts down (some 20 ms after a discovery, a tenth of its whole run). Only for a command
    (the window's Qt objects keep their own teardown), and only as the process ends."""
    gc.freeze()


# Commands that only read and report (what they write, the certificate store and --html's
# report, is written and closed before they return): once they have said all, the process
# ends at once, without the interpreter's teardown (freeing every object and module one by
# one: some 6 ms after a discovery, with its result already on the screen).
LEAVE_AT_ONCE = frozenset({"discover", "diagnose"})
_LEAVING = [False]


def _leave_now(code: int) -> None:
    """End the process with `code` once everything said is out (os._exit flushes nothing)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach the person
            pass
    os._exit(code)


def _open_wizard(args: argparse.Namespace, full_parser: Callable[[], argparse.ArgumentParser], out: object) -> int:
    try:
        from wizard.gui.app import run_wizard  # Qt is imported only here
    except ImportError:
        full_parser().print_help()
        return EXIT_OK
    return run_wizard(args)


if __name__ == "__main__":
    raise SystemExit(main())
