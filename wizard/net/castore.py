"""The run's verifying TLS context: made once per process and trust, in a thread of its own,
and sealed against change. Apart from wizard.net.trust (the Trust: its checks and pins), so
that a command can ask for it from its very first line, before anything else of the program
is imported: it needs ssl and the reading of small local files, nothing more, and the CA
store is what a first handshake waits for longest."""

from __future__ import annotations

import ssl
import threading
from concurrent.futures import Future
from pathlib import Path

from wizard.localfile import LocalFileError, read_small
from wizard.net.tls import MAX_CA_FILE_BYTES, SealedContext, unloaded_context

__all__ = ["MAX_CA_FILE_BYTES", "SealedContext", "configure", "prepare", "sealed", "shared_context"]


def configure(ctx: ssl.SSLContext, ca_files: tuple[Path, ...]) -> ssl.SSLContext:
    """TLS 1.2 at least, and the authorities of `ca_files` believed besides (a UserError
    naming a file that holds no PEM certificates)."""
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # set already in an unloaded_context
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
    return _load(unloaded_context(check_hostname), use_system, ca_files)


def _load(ctx: SealedContext, use_system: bool, ca_files: tuple[Path, ...]) -> SealedContext:
    if use_system:
        ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
    configure(ctx, ca_files)
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
_loading: dict[tuple[object, ...], SealedContext] = {}  # each one's context while its authorities load


def shared_context(use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool = True, *, background: bool) -> "Future[SealedContext]":
    """The process's verifying context for these authorities, built once (in a thread of its
    own when `background`): the future of it, or of the UserError naming a bad CA file."""
    return _shared_build(use_system, ca_files, check_hostname, background)[0]


def _shared_build(use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool, background: bool, context: SealedContext | None = None) -> "tuple[Future[SealedContext], SealedContext | None]":
    key = _shared_key(use_system, ca_files, check_hostname)
    with _shared_lock:
        future = _shared.get(key) if key is not None else None
        if future is not None:
            return future, _loading.get(key) if key is not None else None
        future = Future()
        ctx = context if context is not None else unloaded_context(check_hostname)
        if key is not None:
            _shared[key] = future
            _loading[key] = ctx
    if background:
        # not a daemon: a process that ends while OpenSSL still loads the store (a command that
        # stops at a bad address right after asking for it) waits those few milliseconds, for
        # OpenSSL's own exit handler would free what the loading thread is using (a crash)
        threading.Thread(target=_build, args=(future, ctx, use_system, ca_files, key), name="tls-context").start()
    else:
        _build(future, ctx, use_system, ca_files, key)
    return future, ctx


def prepare(use_system: bool, ca_files: tuple[Path, ...], context: SealedContext | None = None) -> "tuple[SealedContext | None, Future[SealedContext]]":
    """Start building the verifying context now, in a thread (a command's first step): into
    `context` when given, one from `unloaded_context` that a command's opening wrote its
    ClientHellos with already (wizard.net.opening), so that the run verifies with the very
    object they were made from. It is taken only while this process has no context for
    these authorities (else that one is the run's) and only while it holds no authority
    and checks names. Returns the context while its authorities still load (None once
    built, or when it is not shared) and the future of the built one."""
    if context is not None and (context._sealed or not context.check_hostname or context.cert_store_stats()["x509"]):
        context = None
    future, ctx = _shared_build(use_system, ca_files, True, True, context)
    return (ctx if not future.done() else None), future


def _build(future: "Future[SealedContext]", ctx: SealedContext, use_system: bool, ca_files: tuple[Path, ...], key: tuple[object, ...] | None) -> None:
    try:
        future.set_result(_load(ctx, use_system, ca_files))
    except BaseException as exc:  # a bad CA file: the caller gets the UserError naming it
        if key is not None:
            with _shared_lock:
                _shared.pop(key, None)
        future.set_exception(exc)
    finally:
        if key is not None:
            with _shared_lock:
                _loading.pop(key, None)


def _shared_key(use_system: bool, ca_files: tuple[Path, ...], check_hostname: bool) -> tuple[object, ...] | None:
    """What a verifying context is built from; None when a CA file cannot be read now (the
    build then says why, for this run alone). Pins do not change a verifying context."""
    try:
        files = tuple(read_small(path, MAX_CA_FILE_BYTES) for path in ca_files)  # the bytes themselves: no hashing module to load first
    except (OSError, LocalFileError):
        return None
    return (use_system, files, check_hostname)
