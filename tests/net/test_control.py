"""One run's deadline and Cancel button, as every engine sees them."""

import asyncio
import threading
import time

import pytest

from wizard.model import StepStatus
from wizard.net import CancelToken, Cancelled, Deadline, DeadlineExceeded, NetContext


def test_deadline_bounds_an_operations_own_timeout():
    deadline = Deadline(seconds=0.5)
    assert deadline.bound(10) <= 0.5
    assert deadline.bound(0.1) == 0.1
    assert Deadline().bound(3) == 3 and Deadline().remaining() is None


def test_run_stops_at_the_overall_deadline():
    ctx = NetContext(deadline=Deadline(seconds=0.2))

    async def forever():
        await asyncio.sleep(30)

    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        asyncio.run(ctx.run(forever()))
    assert time.monotonic() - started < 2


def test_cancel_from_another_thread_stops_the_run_at_once():
    ctx = NetContext()
    threading.Timer(0.1, ctx.cancel.cancel).start()

    async def forever():
        await asyncio.sleep(30)

    started = time.monotonic()
    with pytest.raises(Cancelled):
        asyncio.run(ctx.run(forever()))
    assert time.monotonic() - started < 2


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
    ctx = NetContext(sink=seen.append)

    async def work():
        async with ctx.step("srv", "_imaps._tcp.example.com"):
            await asyncio.sleep(0.01)
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
    assert seen[1].ms >= 10
    assert all(s.elapsed_ms is not None for s in seen)


def test_a_step_cut_by_the_deadline_reports_timeout():
    seen = []
    ctx = NetContext(sink=seen.append, deadline=Deadline(seconds=0.1))

    async def slow():
        async with ctx.step("guess", "imap.example.com:993"):
            await asyncio.sleep(5)

    with pytest.raises(DeadlineExceeded):
        asyncio.run(ctx.run(slow()))
    assert seen[-1].status is StepStatus.TIMEOUT
