"""Tasks that are started together and cancelled together, with honest step statuses.

Each group gets a child NetContext with its own cancel token, linked to the parent's. When
the group is cancelled on purpose (a better source answered, a probe is no longer needed),
the token is set first, so the steps inside end as `cancelled`; when the overall deadline
cancels them instead, the token stays clear and they end as `timeout`.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Awaitable, Callable, Sequence, TypeVar

from wizard.net import CancelToken, NetContext

R = TypeVar("R")


class Group:
    def __init__(self, ctx: NetContext) -> None:
        self.parent = ctx
        self.ctx = replace(ctx, cancel=CancelToken())
        self.tasks: list[asyncio.Task] = []
        self._loop = asyncio.get_running_loop()
        self._unlink = ctx.cancel.on_cancel(self.ctx.cancel.cancel)
        self._unhook = self.ctx.cancel.on_cancel(self._cancel_soon)

    def _cancel_soon(self) -> None:
        # May run on another thread (the GUI's Cancel button).
        self._loop.call_soon_threadsafe(self._cancel_now)

    def _cancel_now(self) -> None:
        for task in self.tasks:
            if not task.done():
                task.cancel()

    def spawn(self, work: Callable[[NetContext], Awaitable[R]]) -> "asyncio.Task[R]":
        task = asyncio.ensure_future(work(self.ctx))
        self.tasks.append(task)
        return task

    @property
    def pending(self) -> list[asyncio.Task]:
        return [t for t in self.tasks if not t.done()]

    def cancel(self) -> None:
        """Cancel on purpose: the steps still running end as `cancelled`."""
        if self.pending:
            self.ctx.cancel.cancel()
        self._cancel_now()

    async def close(self) -> None:
        """Cancel what is left (as `timeout` unless cancelled on purpose) and wait for it."""
        self._cancel_now()
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)
        self._unlink()
        self._unhook()


async def ranked_first(ctx: NetContext, attempts: Sequence[Callable[[NetContext], Awaitable[R | None]]]) -> R | None:
    """Start every attempt at once; return the result of the first one *by rank* that
    gives one (waiting for better-ranked ones to finish), cancelling the rest."""
    group = Group(ctx)
    try:
        tasks = [group.spawn(a) for a in attempts]
        for task in tasks:
            try:
                result = await task
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    raise
                continue  # only that attempt was cancelled
            except Exception:  # attempts report their own failures as steps
                continue
            if result is not None:
                group.cancel()
                return result
        return None
    finally:
        await group.close()
