"""A delay proxy on loopback: every byte a provider host sends or receives arrives DELAY
seconds late each way, so the test world's provider sits at a distance like a real one.

Each proxied host gets a new loopback address; the world's DNS is pointed there and the
proxy forwards, port by port, to the host's real address. Byte order is kept (one timer
queue per direction). A userspace proxy cannot delay TCP's own handshake, so the connect
round trip is absent from both the product's figures and the critical path alike.

The proxy runs in a process of its own, as a network does: in the benchmark's process its
thread would compete for the interpreter lock with the product's event loop (and add
latency there that the critical path's blocking clients, idle while they wait, never see)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

DELAY = 0.040  # seconds, each way
PORTS = (80, 443, 25, 110, 143, 465, 587, 993, 995)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float, seen: Callable[[float], None] | None = None,
                delivered: Callable[[float], None] | None = None) -> None:
    """Copy reader -> writer, each chunk `delay` seconds after it arrived, in order; `seen`
    is told when the first chunk arrived, `delivered` whenever one is passed on (monotonic)."""
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                try:
                    writer.write_eof()
                except OSError:
                    pass
                return
            writer.write(data)
            await writer.drain()
            if delivered is not None:
                delivered(time.monotonic())

    sender = asyncio.create_task(deliver())
    try:  # the caller's task holds this one's frame, and so `sender`
        while True:
            data = await reader.read(65536)
            if seen is not None and data:
                seen(time.monotonic())
                seen = None
            await queue.put((loop.time() + delay, data))
            if not data:
                break
        await sender
    except (OSError, asyncio.CancelledError):
        sender.cancel()


@dataclass
class DelayProxy:
    """Listens on `front` addresses and forwards to `back` ones, DELAY each way, from a
    process of its own (`python -m tests.bench.delay`, told what to serve on its stdin)."""

    delay: float = DELAY
    routes: dict[str, str] = field(default_factory=dict)  # front ip -> back ip
    _child: subprocess.Popen[str] | None = None

    def start(self) -> None:
        root = Path(__file__).resolve().parents[2]
        self._child = subprocess.Popen([sys.executable, "-m", "tests.bench.delay", str(self.delay)], cwd=root,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def add(self, front: str, back: str, ports: tuple[int, ...] = PORTS) -> None:
        """Serve `front`:port for every port, forwarding to `back`:port."""
        assert self._child is not None and self._child.stdin is not None and self._child.stdout is not None
        self._child.stdin.write(f"{front} {back} {','.join(map(str, ports))}\n")
        self._child.stdin.flush()
        answer = self._child.stdout.readline().strip()
        if answer != "ok":
            raise OSError(f"the delay proxy could not serve {front}: {answer or 'it stopped'}")
        self.routes[front] = back

    def times(self) -> tuple[float, float] | None:
        """Since the last call (monotonic, comparable across processes): when the first byte
        a client sent reached the proxy, and when the last byte from a host was passed on to
        a client; None when nothing passed."""
        assert self._child is not None and self._child.stdin is not None and self._child.stdout is not None
        self._child.stdin.write("times\n")
        self._child.stdin.flush()
        answer = self._child.stdout.readline().split()
        if len(answer) != 3 or answer[0] != "times" or "-" in answer[1:]:
            return None
        return float(answer[1]), float(answer[2])

    def stop(self) -> None:
        if self._child is None:
            return
        assert self._child.stdin is not None
        self._child.stdin.close()
        try:
            self._child.wait(10)
        except subprocess.TimeoutExpired:
            self._child.kill()
            self._child.wait()
        self._child = None


@dataclass
class _Proxy:
    """The proxy itself (in the child process): an event loop on a thread of its own."""

    delay: float = DELAY
    routes: dict[str, str] = field(default_factory=dict)  # front ip -> back ip
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _servers: list[asyncio.base_events.Server] = field(default_factory=list)
    _tasks: set[asyncio.Task] = field(default_factory=set)  # held: asyncio keeps only weak ones
    first: float | None = None  # since `times`: a client's first byte arrived
    last: float | None = None  # since `times`: a host's last byte passed on

    def _seen(self, at: float) -> None:
        self.first = at if self.first is None else min(self.first, at)

    def _delivered(self, at: float) -> None:
        self.last = at if self.last is None else max(self.last, at)

    def times(self) -> str:
        """`times FIRST LAST` (or `-` for each unknown) since the last call, which it resets."""
        assert self._loop is not None

        async def take() -> tuple[float | None, float | None]:
            taken = (self.first, self.last)
            self.first = self.last = None
            return taken

        first, last = asyncio.run_coroutine_threadsafe(take(), self._loop).result(5)
        return f"times {'-' if first is None else repr(first)} {'-' if last is None else repr(last)}"

    def start(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="delay-proxy", daemon=True)
        self._thread.start()

    def add(self, front: str, back: str, ports: tuple[int, ...] = PORTS) -> None:
        """Serve `front`:port for every port, forwarding to `back`:port."""
        assert self._loop is not None
        self.routes[front] = back
        asyncio.run_coroutine_threadsafe(self._listen(front, back, ports), self._loop).result(5)

    async def _listen(self, front: str, back: str, ports: tuple[int, ...]) -> None:
        for port in ports:
            async def handle(reader, writer, port=port) -> None:
                task = asyncio.current_task()
                assert task is not None
                self._tasks.add(task)
                try:
                    await self._connection(reader, writer, back, port)
                except asyncio.CancelledError:
                    pass  # the proxy is stopping: an open connection just ends (no traceback in the figures)
                finally:
                    self._tasks.discard(task)
            self._servers.append(await asyncio.start_server(handle, front, port, reuse_address=True))

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, back: str, port: int) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(back, port)
        except OSError:
            writer.close()
            return
        try:
            await asyncio.gather(_pipe(reader, up_writer, self.delay, seen=self._seen), _pipe(up_reader, writer, self.delay, delivered=self._delivered))
        finally:
            for w in (writer, up_writer):
                w.close()

    def stop(self) -> None:
        if self._loop is None:
            return

        async def close() -> None:
            for server in self._servers:
                server.close()
            self._servers.clear()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        assert self._thread is not None
        self._thread.join(5)
        self._loop = None


def main() -> int:
    """The child: one line `FRONT BACK PORT,PORT,...` per host on stdin, `ok` back (or
    `times`, answered by _Proxy.times); EOF stops."""
    proxy = _Proxy(delay=float(sys.argv[1]) if len(sys.argv) > 1 else DELAY)
    proxy.start()
    try:
        for line in sys.stdin:
            if line.strip() == "times":
                print(proxy.times(), flush=True)
                continue
            front, back, ports = line.split()
            try:
                proxy.add(front, back, tuple(int(p) for p in ports.split(",")))
            except OSError as exc:
                print(f"{exc}", flush=True)
                continue
            print("ok", flush=True)
    finally:
        proxy.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
