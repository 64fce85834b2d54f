"""A command loads its own module and what it uses, not the other commands': `discover`
and `diagnose` import neither the mail-program writers nor migration, `--help` lists
every command without importing any of them, and discovery's own path leaves out what
only a probe, the doctor or another part of the standard library needs."""

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


# What a discover run imports before it asks its first question: the command, the network
# context it builds, its head start, the engine with its lanes, and what it renders the answer with.
DISCOVER_PATH = """
import json, sys
from wizard.cli.commands import COMMANDS
next(c for c in COMMANDS if c.name == "discover").module()
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Timeouts, Trust
import wizard.discovery.first, wizard.net.head  # the head start, before the engine
from wizard.discovery import discover
import wizard.discovery.describe, wizard.model.lookalike
print(json.dumps(sorted(m for m, module in sys.modules.items() if module is not None)))
"""
# Loaded only when they are needed: the mail conversations with a run's first probe (a run
# whose settings come from a document never probes), the doctor by `diagnose`, and the parts
# of the standard library no discovery uses (xml.sax.saxutils brought urllib.request,
# http.client and the email package for one escape function).
NOT_ON_THE_DISCOVER_PATH = (
    "wizard.protocols.base", "wizard.protocols.imap", "wizard.protocols.pop3", "wizard.protocols.smtp", "wizard.protocols.sasl",
    "wizard.net.mail", "wizard.discovery.probe", "wizard.doctor", "wizard.profiles", "wizard.gui", "wizard.demo",
    "urllib.request", "http.client", "email", "xml.sax", "PySide6", "cryptography",
    "wizard.report.terminal", "wizard.model.findings",  # the doctor's report lines: the steps' marks are wizard.report.marks
)


def test_the_discover_path_leaves_out_what_only_a_probe_the_doctor_or_nobody_needs():
    done = subprocess.run([sys.executable, "-c", DISCOVER_PATH], capture_output=True, text=True, timeout=60)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "wizard.discovery.engine" in loaded and "wizard.net.context" in loaded  # the path was walked
    assert sorted(loaded.intersection(NOT_ON_THE_DISCOVER_PATH)) == []


# A discover run's head start begins before the command line is parsed (wizard.cli.early):
# by then it has imported only what the network needs to begin, neither the parser's words
# nor the command's own module, nor what it shows a result with (the look-alike check, the
# account types, json for --json): those load while it waits. Each module costs the first
# packet its imports and its dataclasses' making (some 0.4 ms each).
BEFORE_THE_HEAD_START = """
import sys
from wizard.net.head import HeadStart
import wizard.cli.main as cli
seen = []

def begin(*args, **kwargs):
    seen.append(sorted(m for m, module in sys.modules.items() if module is not None))
    raise KeyboardInterrupt  # nothing goes out: the probe ends here

HeadStart.begin = begin
try:
    cli.main(["discover", "jo@example.test"])
except KeyboardInterrupt:
    pass
import json  # only now: the probe's own
print(json.dumps(seen[0]))
"""


def test_before_its_head_start_discover_has_not_parsed_its_command_line_nor_loaded_its_command():
    done = subprocess.run([sys.executable, "-c", BEFORE_THE_HEAD_START], capture_output=True, text=True, timeout=60)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "wizard.net.head" in loaded and "wizard.discovery.first" in loaded  # the head start's own
    assert sorted(loaded.intersection({
        "wizard.cli.argparse_words", "wizard.cli.commands.discover", "wizard.cli.render", "wizard.cli.output",
        "wizard.model.lookalike", "wizard.model.account", "wizard.discovery.engine", "json",
        # nor what the run needs only once it runs: the packs' parse (their index decides the
        # first moves), the answers' reader (the request's side is apart), the pace of silence
        # (the engines make it), the settings' model (a command given servers reads them)
        "wizard.providers.model", "wizard.providers.loader", "tomllib", "wizard.protocols.http", "wizard.net.patience", "wizard.model.server",
    })) == []


# A command's run, seen from inside: the collector at its head start and when the command
# runs, how many objects were set aside then, and at the process's exit.
EXIT_PROBE = """
import atexit, gc, sys
import wizard.cli.main as cli
import wizard.cli.commands.discover as discover
from wizard.net.head import HeadStart
seen = {}
begin = HeadStart.begin.__func__

def begun(cls, *args, **kwargs):
    seen.setdefault("collector at the head start", gc.isenabled())
    return begin(cls, *args, **kwargs)

def run(args, out):
    args.early.close()
    seen["made"] = [[] for _ in range(1000)]  # the run's own objects (lists: tracked by the collector)
    print("RUN", seen["collector at the head start"], gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
    return 0

HeadStart.begin = classmethod(begun)
discover.run = run
# the interpreter's teardown, if it comes: is anything left for the collector to pass over?
atexit.register(lambda: print("TEARDOWN", not gc.get_objects(), flush=True))
sys.argv = ["mailsetup", "discover", "jo@example.test", "--deadline", "1"]
code = CALL
"""


def exit_probe(call: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", EXIT_PROBE.replace("CALL", call)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def test_a_command_of_the_process_starts_without_collections_and_leaves_its_objects_to_the_system_at_exit():
    # some fifty collections that find nothing during the imports cost a discovery 3 ms
    # before its first packet; the interpreter's teardown at exit (its last collections, and
    # every object and module freed one by one) some more: a discovery's process ends
    # without it (cli.LEAVE_AT_ONCE). A caller that runs main() with arguments of its own
    # (the tests) keeps its collector as it is, and its teardown.
    assert exit_probe("cli.main()") == ["RUN False True True"]  # collector off until the command runs, objects set aside, no teardown
    assert exit_probe("cli.main(sys.argv[1:])") == ["RUN True True False", "TEARDOWN False"]
