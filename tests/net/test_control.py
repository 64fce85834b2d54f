"""One run's deadline and Cancel button, as every engine sees them."""

import asyncio
import threading

import pytest

from tests.net.clock import ManualClock
from wizard.model import StepStatus
from wizard.net import CancelToken, Cancelled, Deadline, DeadlineExceeded, NetContext


def test_deadline_bounds_an_operations_own_timeout():
    clock = ManualClock()
    deadline = Deadline(seconds=0.5, clock=clock)
    assert deadline.bound(10) == 0.5 and deadline.bound(0.1) == 0.1
    clock.advance(0.375)
    assert deadline.remaining() == 0.125 and deadline.bound(10) == 0.125 and not deadline.expired()
    clock.advance(1)
    assert deadline.remaining() == 0 and deadline.expired()
    assert Deadline().bound(3) == 3 and Deadline().remaining() is None


def test_a_deadline_counts_from_when_it_was_made_on_its_own_clock():
    clock = ManualClock(now=50.0)
    deadline = Deadline(seconds=8, clock=clock)
    clock.advance(2.5)
    assert deadline.started == 50.0 and deadline.elapsed_ms() == 2500 and deadline.remaining() == 5.5


def test_run_stops_at_the_overall_deadline():
    clock = ManualClock()
    ctx = NetContext(deadline=Deadline(seconds=0.2, clock=clock))
    clock.advance(0.2)

    async def forever():
        await asyncio.Event().wait()

    with pytest.raises(DeadlineExceeded):
        asyncio.run(ctx.run(forever()))


def test_cancel_from_another_thread_stops_the_run_at_once():
    ctx = NetContext()

    async def forever():
        threading.Thread(target=ctx.cancel.cancel).start()  # the GUI's Cancel, from its own thread
        await asyncio.Event().wait()

    with pytest.raises(Cancelled):
        asyncio.run(ctx.run(forever()))


def test_a_cancelled_token_refuses_new_work():
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        token.raise_if_cancelled()
    called = []
    token.on_cancel(lambda: called.append(True))
    assert called == [True]


def test_steps_report_start_and_a_final_status_with_milliseconds():
    seen = []
    clock = ManualClock()
    ctx = NetContext(sink=seen.append, deadline=Deadline(clock=clock))

    async def work():
        async with ctx.step("srv", "_imaps._tcp.example.com"):
            clock.advance(0.25)
        with pytest.raises(ValueError):
            async with ctx.step("ispdb", "example.com"):
                raise ValueError("broken")
        async with ctx.step("mx", "example.com") as rec:
            rec.set(StepStatus.EMPTY)

    asyncio.run(work())
    assert [(s.source, s.status) for s in seen] == [
        ("srv", StepStatus.STARTED),
        ("srv", StepStatus.OK),
        ("ispdb", StepStatus.STARTED),
        ("ispdb", StepStatus.ERROR),
        ("mx", StepStatus.STARTED),
        ("mx", StepStatus.EMPTY),
    ]
    assert seen[1].ms == 250 and seen[3].ms == 0
    assert [s.elapsed_ms for s in seen[:2]] == [0, 250]


def test_a_step_cut_by_the_deadline_reports_timeout():
    seen = []
    clock = ManualClock()
    ctx = NetContext(sink=seen.append, deadline=Deadline(seconds=0.1, clock=clock))
    clock.advance(0.1)

    async def slow():
        async with ctx.step("guess", "imap.example.com:993"):
            await asyncio.Event().wait()

    with pytest.raises(DeadlineExceeded):
        asyncio.run(ctx.run(slow()))
    assert seen[-1].status is StepStatus.TIMEOUT
