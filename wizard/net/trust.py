"""Which server certificates to believe: the system store, extra CA files, and pins. The
verifying context itself is made in wizard.net.castore."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.i18n import T
from wizard.localfile import read_small
from wizard.model.errors import UserError
from wizard.model.fingerprint import Pin
from wizard.net.tls import MAX_CA_FILE_BYTES, SealedContext

if TYPE_CHECKING:  # loaded when a context is made: a command checks its --ca-file before its opening, which needs neither
    from concurrent.futures import Future

__all__ = ["MAX_CA_FILE_BYTES", "SealedContext", "Trust", "prepare", "shared_context"]


@dataclass(frozen=True)
class Trust:
    use_system: bool = True
    ca_files: tuple[Path, ...] = ()
    pins: tuple[Pin, ...] = ()

    def __post_init__(self) -> None:
        for path in self.ca_files:
            if not Path(path).exists():
                raise UserError("ca-file-missing", T("The certificate file “{path}” does not exist.", path=path))
            read_small(path, MAX_CA_FILE_BYTES)  # a FIFO, a device or a giant: one line naming it

    def ssl_context(self) -> ssl.SSLContext:
        """A fresh verifying client context (never cached at module level)."""
        if self.use_system:
            ctx = ssl.create_default_context()
        else:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return self._configure(ctx)

    def sealed_context(self, *, check_hostname: bool = True) -> SealedContext:
        """A verifying client context like `ssl_context`, sealed against change, for one run
        to share (wizard.net.castore.sealed)."""
        from wizard.net.castore import sealed

        return sealed(self.use_system, self.ca_files, check_hostname)

    def _configure(self, ctx: ssl.SSLContext) -> ssl.SSLContext:
        from wizard.net.castore import configure

        return configure(ctx, self.ca_files)

    def inspecting_context(self) -> ssl.SSLContext:
        """Completes a handshake without judging the certificate, only so that it can be
        shown to the person or compared with a pin. Never used to send credentials unless
        the certificate matched a pin."""
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        return ctx

    def pin_for(self, host: str, port: int) -> Pin | None:
        host = host.lower().rstrip(".")
        return next((p for p in self.pins if p.host == host and p.port == port), None)

    def with_pin(self, pin: Pin) -> "Trust":
        others = tuple(p for p in self.pins if (p.host, p.port) != (pin.host, pin.port))
        return Trust(self.use_system, self.ca_files, others + (pin,))


def shared_context(trust: Trust, check_hostname: bool = True, *, background: bool) -> "Future[SealedContext]":
    """The process's verifying context for `trust` (wizard.net.castore.shared_context)."""
    from wizard.net import castore

    return castore.shared_context(trust.use_system, trust.ca_files, check_hostname, background=background)


def prepare(trust: Trust) -> None:
    """Start building `trust`'s verifying context now, in a thread (a command's first step)."""
    from wizard.net import castore

    castore.prepare(trust.use_system, trust.ca_files)
