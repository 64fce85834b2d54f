"""The engine starts without the reading of answers (the XML stack, the autoconfig parser,
JSON): a command imports it after its opening, and the first answers are a round trip
away. The run's warm-up thread loads them meanwhile (engine.warm_up), once a head start's
requests are out: the loop that sends them shares the interpreter with it."""

from __future__ import annotations

import subprocess
import sys

READING = ("xml.etree.ElementTree", "defusedxml.ElementTree", "json", "wizard.parsers.autoconfig")


def loaded_after(code: str) -> set[str]:
    program = f"import sys, threading\n{code}\nprint(' '.join(m for m in {READING!r} if m in sys.modules))\n"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_importing_the_engine_loads_none_of_the_reading_of_answers():
    assert loaded_after("import wizard.discovery.engine") == set()


def test_the_warm_up_loads_all_of_it():
    code = (
        "import wizard.discovery.engine as engine\n"
        "engine.warm_up()\n"
        "[t.join(30) for t in threading.enumerate() if t.name == 'discovery-warm-up']\n"
    )
    assert loaded_after(code) == set(READING)


def test_with_a_head_start_the_warm_up_waits_for_its_first_moves_first():
    program = (
        "import sys, threading\n"
        "import wizard.discovery.engine as engine\n"
        "entered, release = threading.Event(), threading.Event()\n"
        "def moves_out():\n"
        "    entered.set()\n"
        "    release.wait(30)\n"
        "engine.warm_up(moves_out)\n"
        "assert entered.wait(30)\n"
        f"before = [m for m in {READING!r} if m in sys.modules]\n"
        "release.set()\n"
        "[t.join(30) for t in threading.enumerate() if t.name == 'discovery-warm-up']\n"
        f"after = [m for m in {READING!r} if m in sys.modules]\n"
        "print(' '.join(before) + '|' + ' '.join(after))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.strip().split("|")
    assert before == "" and set(after.split()) == set(READING)  # nothing while they were on their way; all once they were out


class _Head:
    def __init__(self) -> None:
        self.waited: list[float | None] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waited.append(timeout)
        return True


def test_what_the_warm_up_waits_for_is_the_runs_head_start_within_its_patience():
    from wizard.discovery import engine
    from wizard.net import NetContext

    assert engine._after_first_moves(NetContext()) is None  # in-process, no head start: at once
    ctx, head = NetContext(), _Head()
    ctx.head_start = head  # type: ignore[assignment]
    first = engine._after_first_moves(ctx)
    assert first is not None
    first()
    assert head.waited == [engine.FIRST_MOVES_PATIENCE] and 0 < engine.FIRST_MOVES_PATIENCE <= 0.5
