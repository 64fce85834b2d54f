"""`make bench` keeps working: one tiny iteration of the whole benchmark in the test world
prints every figure beside its critical path (no time is asserted: speed is measured by
`make bench`, which prints figures)."""

import re

import pytest

from tests.bench import run as bench

pytestmark = pytest.mark.world

EVERY_FIGURE = (
    "critical path: autoconfig fetch",
    "critical path: IMAP and SMTP logins in parallel",
    "discover, in-process",
    "mailsetup --version, whole process",
    "discover, whole process",
    "of which: start until its first byte at a host",
    "of which: the last byte from a host until the end",
    "import cost of --version",
    "import cost of discover",
    "diagnose, in-process (discover + doctor)",
    "diagnose, in-process, port 25 filtered",
    "diagnose, whole process",
    "guess-only, imap./smtp. black-holed",
    "everything black-holed (in-process)",
    "everything black-holed, whole process",
    "GUI: time to first window",
    "GUI: the Testing page on the demo",
    "GUI: RSS after a full walk",
)


def test_one_quick_iteration_prints_every_figure_about_a_working_account(world):
    """Every figure is printed, the compared ones with a ratio; the figures are about a
    working account reached through the delay proxy: discovery finds it, the doctor logs in,
    and with port 25 dropped the doctor says port 25 is blocked."""
    lines: list[str] = []
    figures = {f.what: f for f in bench.run(world, runs=1, quick=True, out=lines.append)}
    printed = "\n".join(lines)
    for what in EVERY_FIGURE:
        assert what in printed, what
    assert all(f.seconds > 0 for f in figures.values())
    whole = figures["discover, whole process (start-up removed)"].seconds
    before = figures["  of which: start until its first byte at a host"].seconds
    after = figures["  of which: the last byte from a host until the end"].seconds
    assert before + after < whole  # the rest is the network's: at least one round trip to a host 40 ms away
    compared = [f for f in figures.values() if f.path]
    assert compared and all(re.search(r"\d\.\d\dx", f.line()) for f in compared)
    assert "login-ok" in figures["diagnose, in-process (discover + doctor)"].note
    assert "port25-blocked" in figures["diagnose, in-process, port 25 filtered"].note
    assert figures["everything black-holed (in-process)"].note in ("nothing-found", "no-network", "0")
    assert "login-ok" in figures["GUI: the Testing page on the demo"].note  # the walk reached a proven account
    assert figures["GUI: RSS after a full walk Welcome -> Done"].unit == "MiB"
    # The ISPDB asked is the world's stand-in, never the product's internet default.
    assert any(r.host == "ispdb.test" for r in world.web.requests)


def test_a_whole_process_is_compared_with_its_start_up_removed():
    # the reading: whole-process discover <= 1.3 x the fetch + the --version start-up
    figure = bench.Figure("discover, whole process", 0.30, 0.20, "<= 1.3x", start_up=0.04)
    assert figure.ratio == pytest.approx(1.3) and "1.30x" in figure.line()
    assert bench.Figure("discover, in-process", 0.26, 0.20).ratio == pytest.approx(1.3)
