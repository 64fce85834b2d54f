"""A command loads its own module and what it uses, not the other commands': `discover`
and `diagnose` import neither the mail-program writers nor migration, and `--help` lists
every command without importing any of them."""

import json
import subprocess
import sys

PROBE = """
import json, sys
import wizard.cli.main as cli
ran = []
if len(sys.argv) > 1 and sys.argv[1] != "--help":
    import importlib
    module = importlib.import_module("wizard.cli.commands." + sys.argv[1])
    module.run = lambda args, out: ran.append(args.command) or 0
try:
    code = cli.main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m, module in sys.modules.items() if module is not None and m.startswith(("wizard.cli.commands.", "wizard.profiles", "wizard.demo")))
print(json.dumps({"code": code, "ran": ran, "loaded": loaded}))
"""


def start(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_discover_loads_only_its_own_command():
    seen = start("discover", "jo@example.test")
    assert seen["code"] == 0 and seen["ran"] == ["discover"]
    assert [m for m in seen["loaded"] if m.startswith("wizard.cli.commands.")] == ["wizard.cli.commands.common", "wizard.cli.commands.discover"]
    assert not [m for m in seen["loaded"] if m.startswith(("wizard.profiles", "wizard.demo"))]


def test_diagnose_loads_neither_the_writers_nor_migration():
    seen = start("diagnose", "jo@example.test")
    assert seen["code"] == 0 and seen["ran"] == ["diagnose"]
    assert "wizard.cli.commands.write" not in seen["loaded"] and "wizard.cli.commands.migrate" not in seen["loaded"]


def test_help_lists_every_command_without_importing_one():
    seen = start("--help")
    assert seen["code"] == 0 and seen["loaded"] == []


def test_a_commands_own_options_are_still_parsed():
    seen = start("write", "jo@example.test", "--client", "sheet")
    assert seen["code"] == 0 and seen["ran"] == ["write"]
    assert start("write", "jo@example.test", "--client", "nonsense")["code"] == 2
