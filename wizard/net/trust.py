"""Which server certificates to believe: the system store, extra CA files, and pins."""

from __future__ import annotations

import hashlib
import ssl
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from wizard.i18n import T
from wizard.localfile import MIB, LocalFileError, read_small
from wizard.model.errors import UserError
from wizard.model.fingerprint import Pin

MAX_CA_FILE_BYTES = 4 * MIB  # the whole Mozilla bundle is about 220 KiB


class SealedContext(ssl.SSLContext):
    """A verifying context that one run's connections share (loading the system's CA store
    costs tens of milliseconds of CPU, so a run does it once). Once built nothing can change
    it: a caller that wants other settings builds its own, and cannot weaken the others'."""

    _sealed = False

    def seal(self) -> "SealedContext":
        object.__setattr__(self, "_sealed", True)
        return self

    def __setattr__(self, name: str, value: object) -> None:
        if self._sealed:
            raise AttributeError(f"the run's shared TLS context cannot be changed ({name})")
        super().__setattr__(name, value)

    def load_verify_locations(self, *args: object, **kwargs: object) -> None:
        if self._sealed:
            raise AttributeError("the run's shared TLS context cannot be changed (load_verify_locations)")
        super().load_verify_locations(*args, **kwargs)  # type: ignore[arg-type]


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
        to share. `check_hostname=False` only for a caller that checks the name itself (the
        doctor, to tell the person which name the certificate lacks); the chain is verified."""
        ctx = SealedContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED and check_hostname, as create_default_context
        if self.use_system:
            ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
        self._configure(ctx)
        ctx.check_hostname = check_hostname
        return ctx.seal()

    def _configure(self, ctx: ssl.SSLContext) -> ssl.SSLContext:
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        for path in self.ca_files:
            try:
                # read by us (a regular file of bounded size), handed over as text
                ctx.load_verify_locations(cadata=read_small(path, MAX_CA_FILE_BYTES).decode("ascii", errors="replace"))
            except LocalFileError:
                raise
            except (ssl.SSLError, OSError, ValueError):
                raise UserError("ca-file-invalid", T("The certificate file “{path}” could not be read as PEM certificates.", path=path)) from None
        return ctx

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


# -- one verifying context per trust, per process ----------------------------------------------
# A mail program loads its CA store once; so does this one. Loading the system's store takes
# some 20-50 ms of CPU (it does not hold the GIL), so a command asks for it as it starts
# (`prepare`), before the network context is even imported, and its first handshakes find
# it built. A sealed context cannot be changed by anyone, so every run of the process may
# share it. The key holds what the context was built from (the CA files' bytes, not only
# their names); a failed build is not kept.
_shared_lock = threading.Lock()
_shared: dict[tuple[object, ...], "Future[SealedContext]"] = {}


def shared_context(trust: Trust, check_hostname: bool = True, *, background: bool) -> "Future[SealedContext]":
    """The process's verifying context for `trust`, built once (in a thread of its own when
    `background`): the future of it, or of the UserError naming a bad CA file."""
    key = _shared_key(trust, check_hostname)
    with _shared_lock:
        future = _shared.get(key) if key is not None else None
        if future is not None:
            return future
        future = Future()
        if key is not None:
            _shared[key] = future
    if background:
        threading.Thread(target=_build, args=(future, trust, check_hostname, key), name="tls-context", daemon=True).start()
    else:
        _build(future, trust, check_hostname, key)
    return future


def prepare(trust: Trust) -> None:
    """Start building `trust`'s verifying context now, in a thread (a command's first step)."""
    shared_context(trust, background=True)


def _build(future: "Future[SealedContext]", trust: Trust, check_hostname: bool, key: tuple[object, ...] | None) -> None:
    try:
        future.set_result(trust.sealed_context(check_hostname=check_hostname))
    except BaseException as exc:  # a bad CA file: the caller gets the UserError naming it
        if key is not None:
            with _shared_lock:
                _shared.pop(key, None)
        future.set_exception(exc)


def _shared_key(trust: Trust, check_hostname: bool) -> tuple[object, ...] | None:
    """What a verifying context is built from; None when a CA file cannot be read now (the
    build then says why, for this run alone). Pins do not change a verifying context."""
    try:
        files = tuple(hashlib.sha256(read_small(path, MAX_CA_FILE_BYTES)).hexdigest() for path in trust.ca_files)
    except (OSError, LocalFileError):
        return None
    return (trust.use_system, files, check_hostname)
