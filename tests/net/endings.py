"""How a hostile (or careless) server ends a connection, for tests of what a reader makes of
each end: as it means to (close_notify under TLS, FIN in the clear), with a bare FIN under
TLS (no close_notify: what an attacker in the path can forge), or with a reset."""

from __future__ import annotations

import asyncio
import socket
import struct
from enum import Enum


class Ending(Enum):
    CLEAN = "clean"  # writer.close(): close_notify under TLS, then FIN
    FIN = "fin"  # TCP's FIN alone, even under TLS
    RESET = "reset"  # RST (SO_LINGER 0)


async def end(writer: asyncio.StreamWriter, how: Ending) -> None:
    """End the connection behind `writer` the way `how` says."""
    if how is Ending.CLEAN:
        writer.close()
        return
    sock = writer.get_extra_info("socket")  # the TCP socket, under any TLS
    if how is Ending.FIN:
        sock.shutdown(socket.SHUT_WR)
        await asyncio.sleep(0.5)  # let the reader see the FIN before the socket goes
    else:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
