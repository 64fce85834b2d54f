"""Starting the window loads no subcommand and no engine before the window is up, and a
mistyped command is still told in the full parser's words."""

import json
import subprocess
import sys

from wizard.cli.main import EXIT_USAGE, main

PROBE = """
import json, sys
import wizard.cli.main as cli
seen = {}
def opened(args, full_parser, out):
    seen["args"] = {"lang": args.lang, "command": args.command}
    seen["loaded"] = sorted(m for m, module in sys.modules.items() if module is not None and m.startswith(("wizard.cli.commands", "wizard.doctor.engine", "wizard.discovery", "httpx", "dns")))
    return 0
cli._open_wizard = opened
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


def start(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_start_parses_the_global_options_and_loads_no_command_nor_engine():
    seen = start("--lang", "da")
    assert seen["code"] == 0 and seen["args"] == {"lang": "da", "command": None}
    assert seen["loaded"] == []


def test_a_mistyped_command_is_a_usage_error_in_the_full_parsers_words(capsys):
    assert main(["discovr", "jo@example.test"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "discovr" in err and "discover" in err  # the choices are named
