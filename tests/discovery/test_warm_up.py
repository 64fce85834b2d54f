"""The engine starts without the reading of answers (the XML stack, the autoconfig parser,
JSON): a command imports it after its opening, and the first answers are a round trip
away. The run's warm-up thread loads them meanwhile (engine.warm_up)."""

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
