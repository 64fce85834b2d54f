"""All network work happens here: one QThread running an asyncio loop.

The UI thread submits coroutines and gets Qt signals back (queued across threads), so the
window keeps painting while discovery or the doctor waits on the network. Cancel sets the
run's CancelToken (which the engines watch) and cancels the task itself."""

from __future__ import annotations

import asyncio
import concurrent.futures
from typing import Any, Awaitable, Callable

from PySide6.QtCore import QObject, QThread, Signal

from wizard.net import Cancelled


class Job(QObject):
    """One submitted coroutine. `finished(result)` or `failed(exception)` fires once, in the
    UI thread; `step(Step)` relays engine progress while it runs."""

    step = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.future: concurrent.futures.Future | None = None
        self.ctx: Any = None
        self.done = False

    def cancel(self) -> None:
        if self.ctx is not None:
            self.ctx.cancel.cancel()
        if self.future is not None:
            self.future.cancel()


class AsyncWorker(QThread):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loop = asyncio.new_event_loop()
        self.setObjectName("mailsetup-network")

    def run(self) -> None:  # the worker thread
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()
        pending = asyncio.all_tasks(self.loop)
        for task in pending:
            task.cancel()
        if pending:
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.close()

    def submit(self, job: Job, work: Callable[[], Awaitable[Any]]) -> Job:
        """Run `work()` on the loop; report through `job`'s signals."""
        if not self.isRunning():
            self.start()

        async def wrapped() -> Any:
            return await work()

        future = asyncio.run_coroutine_threadsafe(wrapped(), self.loop)
        job.future = future

        def report(f: concurrent.futures.Future) -> None:  # runs in the worker thread
            if job.done:
                return
            job.done = True
            try:
                if f.cancelled():
                    job.failed.emit(Cancelled())  # the project's own word for a person's cancel
                elif f.exception() is not None:
                    job.failed.emit(f.exception())
                else:
                    job.finished.emit(f.result())
            except RuntimeError:  # the job object was deleted with its page
                pass

        future.add_done_callback(report)
        return job

    def call_blocking(self, job: Job, fn: Callable[[], Any]) -> Job:
        """Run a blocking function (profile writing, keyring) off the UI thread too."""

        async def work() -> Any:
            return await asyncio.get_running_loop().run_in_executor(None, fn)

        return self.submit(job, work)

    def stop(self) -> None:
        if self.isRunning():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.wait(5000)
