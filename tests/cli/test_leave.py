"""A command that only reads and reports (discover, diagnose) ends its process at once when
it has said all, without the interpreter's teardown, and everything it said still reaches
the person; the other commands keep the teardown."""

from __future__ import annotations

import subprocess
import sys


def run(*argv: str) -> subprocess.CompletedProcess:
    """`mailsetup ARGV` as its own process, with a teardown step of its own that says so."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('TEARDOWN', file=sys.stderr))\n"
        f"sys.argv = ['mailsetup', *{list(argv)!r}]\n"
        "from wizard.cli.main import main\n"
        "raise SystemExit(main())\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_discover_ends_without_the_teardown_and_its_words_reach_the_person():
    done = run("discover", "alice@example.test", "--dns", "notanip", "--lang", "en")
    assert done.returncode == 2
    assert "“notanip” is not a DNS server address" in done.stderr
    assert "TEARDOWN" not in done.stderr


def test_diagnose_too():
    done = run("diagnose", "alice@example.test", "--dns", "notanip", "--lang", "en")
    assert done.returncode == 2 and "is not a DNS server address" in done.stderr and "TEARDOWN" not in done.stderr


def test_a_command_that_writes_keeps_the_teardown():
    done = run("forget", "alice@example.test", "--dns", "notanip", "--lang", "en")
    assert done.returncode == 2 and "is not a DNS server address" in done.stderr
    assert "TEARDOWN" in done.stderr
