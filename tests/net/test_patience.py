"""Patience: a silent host is given up once a sibling answered (after floor + factor x the
sibling's connect time), or after `alone` while nothing answered; an opened connection sets
the pace for the others. Fake attempts, no sockets."""

import asyncio

from wizard.net.patience import Patience
from wizard.net.transport import TcpResult, TcpState


async def _silent():
    await asyncio.Event().wait()  # a black hole: never answers
    raise AssertionError("unreachable")


async def _after(seconds: float, result: TcpResult):
    await asyncio.sleep(seconds)
    return result, None


def test_a_silent_host_is_filtered_with_the_siblings_evidence_once_a_sibling_answered():
    async def scenario():
        pace = Patience(floor=0.01, factor=1.0)
        pace.answered("587", 0.02)
        return await pace.connect("smtp host:25", _silent())

    result, stream, silence = asyncio.run(scenario())
    assert result.state is TcpState.FILTERED and stream is None
    assert silence is not None and silence.sibling == "587" and silence.sibling_ms == 20.0


def test_a_sibling_answering_while_a_host_is_silent_ends_that_wait_too():
    async def scenario():
        pace = Patience(floor=0.01, factor=1.0)
        waiting = asyncio.ensure_future(pace.connect("imap.x:993", _silent()))
        await asyncio.sleep(0.01)
        opened = await pace.connect("mail.x:993", _after(0.0, TcpResult(TcpState.OPEN, "127.0.0.1", 5.0)))
        return opened, await waiting

    (opened, _, none), (result, _, silence) = asyncio.run(scenario())
    assert opened.state is TcpState.OPEN and none is None
    assert result.state is TcpState.FILTERED and silence is not None and silence.sibling == "mail.x:993"


def test_without_evidence_the_attempt_runs_to_its_own_end():
    own = TcpResult(TcpState.REFUSED, "127.0.0.1", 30.0)

    async def scenario():
        return await Patience(floor=0.0).connect("h:1", _after(0.03, own))

    assert asyncio.run(scenario()) == (own, None, None)


def test_alone_bounds_a_run_where_nothing_answers():
    async def scenario():
        return await Patience(alone=0.01).connect("h:1", _silent())

    result, _, silence = asyncio.run(scenario())
    assert result.state is TcpState.FILTERED and silence is not None and silence.sibling == ""


def test_a_refusal_is_no_evidence_of_pace_but_an_open_is():
    async def scenario():
        pace = Patience()
        await pace.connect("a:1", _after(0.0, TcpResult(TcpState.REFUSED, "127.0.0.1", 1.0)))
        before = pace.evidence
        await pace.connect("b:2", _after(0.0, TcpResult(TcpState.OPEN, "127.0.0.1", 12.0)))
        return before, pace.evidence, pace.allowance()

    before, after, allowance = asyncio.run(scenario())
    assert before is None and after == ("b:2", 0.012)
    assert allowance == 1.0 + 3.0 * 0.012


def test_a_host_that_answers_within_the_allowance_keeps_its_own_result():
    own = TcpResult(TcpState.REFUSED, "127.0.0.1", 20.0)

    async def scenario():
        pace = Patience(floor=1.0)
        pace.answered("587", 0.001)
        return await pace.connect("h:25", _after(0.02, own))

    assert asyncio.run(scenario()) == (own, None, None)


def test_alone_counts_from_the_run_start_not_from_each_connection():
    """A connection started late in a silent run (guessing, after the documents' wait) is
    given up when the run's `alone` is over, not `alone` after its own start."""

    async def scenario():
        pace = Patience(alone=0.6, alone_floor=0.05)
        await asyncio.sleep(0.5)
        return await pace.connect("late:993", _silent())

    result, _, silence = asyncio.run(scenario())
    assert result.state is TcpState.FILTERED and silence is not None
    assert silence.waited_ms < 450  # counted from its own start it would have waited 600 ms


def test_a_connection_started_after_the_runs_alone_still_gets_the_floor():
    async def scenario():
        pace = Patience(alone=0.01, alone_floor=0.2)
        await asyncio.sleep(0.05)
        return await pace.connect("late:993", _silent())

    result, _, silence = asyncio.run(scenario())
    assert result.state is TcpState.FILTERED and silence is not None
    assert silence.waited_ms >= 190
