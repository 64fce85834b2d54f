"""One client TLS session over memory: ciphertext in, plaintext out, and the reverse, with
no socket and no event loop (it needs `ssl` alone); and the verifying context sessions are
made from, before its authorities are loaded (wizard.net.castore loads them).

The transport drives every TLS connection through it (`wizard.net.transport`), so that a
session can begin before the event loop exists: a command's opening writes the ClientHello
while the program is still importing asyncio (`wizard.net.opening`), and the loop carries
the same session on. Owning the session also says plainly how a connection ended: only a
close_notify read from the peer (`ended_cleanly`) is an end it meant."""

from __future__ import annotations

import ssl

CHUNK = 64 * 1024  # plaintext read out of the session at a time
MAX_CA_FILE_BYTES = 4 * 1024 * 1024  # a CA file read for a context (the whole Mozilla bundle is about 220 KiB)


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


def unloaded_context(check_hostname: bool = True) -> SealedContext:
    """Everything a ClientHello is made from (CERT_REQUIRED, the name check, TLS 1.2 at
    least), no authority loaded yet: they count only once a certificate is judged, and
    wizard.net.castore loads them (into this very object, for a run's shared context)."""
    ctx = SealedContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED and check_hostname, as create_default_context
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = check_hostname
    return ctx


class TlsSession:
    """A client session of `context` for `server_hostname` (None: an address, no name to
    check). Certificates are judged by the context as the handshake reads them: whoever
    feeds the peer's bytes in must know the context's authorities are complete by then."""

    def __init__(self, context: ssl.SSLContext, server_hostname: str | None) -> None:
        self.incoming = ssl.MemoryBIO()
        self.outgoing = ssl.MemoryBIO()
        self.obj = context.wrap_bio(self.incoming, self.outgoing, server_side=False, server_hostname=server_hostname)
        self.context = context
        self.established = False
        self.ended_cleanly = False  # the peer's close_notify was read

    def handshake(self) -> bool:
        """Take the handshake as far as the bytes fed in allow: True once it is complete.
        Raises ssl.SSLError (ssl.SSLCertVerificationError for a certificate the context
        does not believe) when it fails."""
        if not self.established:
            try:
                self.obj.do_handshake()
            except ssl.SSLWantReadError:
                return False
            self.established = True
        return True

    def feed(self, data: bytes) -> None:
        self.incoming.write(data)

    def feed_eof(self) -> None:
        """The connection under the session ended (TCP's FIN)."""
        if not self.incoming.eof:
            self.incoming.write_eof()

    def read(self) -> bytes:
        """All the plaintext the bytes fed in hold. A close_notify sets `ended_cleanly`; an
        end without one (after `feed_eof`) raises ssl.SSLError, as does a broken record."""
        out = bytearray()
        while not self.ended_cleanly:
            try:
                chunk = self.obj.read(CHUNK)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                self.ended_cleanly = True
                break
            if not chunk:  # the ssl module's word for a close_notify on some versions
                self.ended_cleanly = True
                break
            out += chunk
        return bytes(out)

    def write(self, data: bytes) -> None:
        self.obj.write(data)

    def pending(self) -> bytes:
        """The ciphertext waiting to be sent."""
        return self.outgoing.read()

    def close(self) -> None:
        """Our close_notify, into `pending` (no wait for the peer's)."""
        try:
            self.obj.unwrap()
        except (ssl.SSLWantReadError, ssl.SSLError, ValueError):
            pass  # ours is written; the peer's is not waited for (or the session was broken)
