"""The run's verifying TLS context: made once per process and trust, in a thread of its own,
and sealed against change. Apart from wizard.net.trust (the Trust: its checks and pins), so
that a command can ask for it from its very first line, before anything else of the program
is imported: it needs ssl and the reading of small local files, nothing more, and the CA
store is what a first handshake waits for longest."""

from __future__ import annotations

import hashlib
import ssl
import threading
from concurrent.futures import Future
from pathlib import Path

from wizard.localfile import MIB, LocalFileError, read_small

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


def configure(ctx: ssl.SSLContext, ca_files: tuple[Path, ...]) -> ssl.SSLContext:
    """TLS 1.2 at least, and the authorities of `ca_files` believed besides (a UserError
    naming a file that holds no PEM certificates)."""
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    for path in ca_files:
        try:
            # read by us (a regular file of bounded size), handed over as text
            ctx.load_verify_locations(cadata=read_small(path, MAX_CA_FILE_BYTES).decode("ascii", errors="replace"))
        except LocalFileError:
            raise
        except (ssl.SSLError, OSError, ValueError):
            from wizard.i18n import T
            from wizard.model.errors import UserError

            raise UserError("ca-file-invalid", T("The certificate file “{path}” could not be read as PEM certificates.", path=path)) from None
    return ctx


def sealed(use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool = True) -> SealedContext:
    """A verifying client context, sealed against change, for a run to share. `check_hostname=False`
    only for a caller that checks the name itself (the doctor, to tell the person which name
    the certificate lacks); the chain is verified."""
    ctx = SealedContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED and check_hostname, as create_default_context
    if use_system:
        ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
    configure(ctx, ca_files)
    ctx.check_hostname = check_hostname
    return ctx.seal()


# -- one verifying context per trust, per process ----------------------------------------------
# A mail program loads its CA store once; so does this one. Loading the system's store takes
# some 20-50 ms of CPU (it does not hold the GIL), so a command asks for it as it starts
# (`prepare`), before the network context is even imported, and its first handshakes find
# it built. A sealed context cannot be changed by anyone, so every run of the process may
# share it. The key holds what the context was built from (the CA files' bytes, not only
# their names); a failed build is not kept.
_shared_lock = threading.Lock()
_shared: dict[tuple[object, ...], "Future[SealedContext]"] = {}


def shared_context(use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool = True, *, background: bool) -> "Future[SealedContext]":
    """The process's verifying context for these authorities, built once (in a thread of its
    own when `background`): the future of it, or of the UserError naming a bad CA file."""
    key = _shared_key(use_system, ca_files, check_hostname)
    with _shared_lock:
        future = _shared.get(key) if key is not None else None
        if future is not None:
            return future
        future = Future()
        if key is not None:
            _shared[key] = future
    if background:
        # not a daemon: a process that ends while OpenSSL still loads the store (a command that
        # stops at a bad address right after asking for it) waits those few milliseconds, for
        # OpenSSL's own exit handler would free what the loading thread is using (a crash)
        threading.Thread(target=_build, args=(future, use_system, ca_files, check_hostname, key), name="tls-context").start()
    else:
        _build(future, use_system, ca_files, check_hostname, key)
    return future


def prepare(use_system: bool, ca_files: tuple[Path, ...]) -> None:
    """Start building the verifying context now, in a thread (a command's first step)."""
    shared_context(use_system, ca_files, background=True)


def _build(future: "Future[SealedContext]", use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool, key: tuple[object, ...] | None) -> None:
    try:
        future.set_result(sealed(use_system, ca_files, check_hostname))
    except BaseException as exc:  # a bad CA file: the caller gets the UserError naming it
        if key is not None:
            with _shared_lock:
                _shared.pop(key, None)
        future.set_exception(exc)


def _shared_key(use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool) -> tuple[object, ...] | None:
    """What a verifying context is built from; None when a CA file cannot be read now (the
    build then says why, for this run alone). Pins do not change a verifying context."""
    try:
        files = tuple(hashlib.sha256(read_small(path, MAX_CA_FILE_BYTES)).hexdigest() for path in ca_files)
    except (OSError, LocalFileError):
        return None
    return (use_system, files, check_hostname)
