"""One module per subcommand, each with NAME, HELP, add_arguments(parser, catalog), run(args, out)."""

from wizard.cli.commands import demo, diagnose, discover, forget, migrate, write

COMMANDS = (discover, diagnose, write, migrate, forget, demo)
