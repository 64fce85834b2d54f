"""A client TLS session over memory (wizard.net.tls): playbooks of bytes between it and a
server session, with no socket. It completes a handshake only with a certificate its
context believes, says a close_notify from a bare end, and judges a certificate by the
authorities its context holds when the server's answer is read, not when it was made."""

from __future__ import annotations

import ssl
import threading

import pytest
import trustme

from wizard.net import castore
from wizard.net.tls import TlsSession

NAME = "mail.example.test"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def client_context(ca: trustme.CA | None) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca is not None:
        ca.configure_trust(context)
    return context


class Server:
    """A server session over two memory buffers of its own."""

    def __init__(self, ca: trustme.CA, name: str = NAME) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert(name).configure_cert(context)
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = context.wrap_bio(self.incoming, self.outgoing, server_side=True)

    def step(self) -> None:
        try:
            self.obj.do_handshake()
        except ssl.SSLWantReadError:
            pass


def talk(client: TlsSession, server: Server) -> None:
    """Pass bytes both ways until neither side has more to say (handshake errors raise)."""
    client.handshake()
    for _ in range(10):
        out = client.pending()
        if out:
            server.incoming.write(out)
        server.step()
        back = server.outgoing.read()
        if back:
            client.feed(back)
        client.handshake()
        if not out and not back:
            return


def test_the_first_step_writes_a_client_hello_and_waits_for_the_server(ca):
    client = TlsSession(client_context(ca), NAME)
    assert client.handshake() is False
    hello = client.pending()
    assert hello[:1] == b"\x16" and hello[5:6] == b"\x01"  # a handshake record holding a ClientHello
    assert client.pending() == b""  # nothing more until the server speaks


def test_a_believed_certificate_completes_the_handshake_and_carries_plaintext_both_ways(ca):
    client, server = TlsSession(client_context(ca), NAME), Server(ca)
    talk(client, server)
    assert client.established and client.obj.version() in ("TLSv1.3", "TLSv1.2")
    client.write(b"a1 NOOP\r\n")
    server.incoming.write(client.pending())
    assert server.obj.read() == b"a1 NOOP\r\n"
    server.obj.write(b"* OK\r\n")
    client.feed(server.outgoing.read())
    assert client.read() == b"* OK\r\n" and not client.ended_cleanly


def test_a_certificate_the_context_does_not_believe_fails_the_handshake(ca):
    client, server = TlsSession(client_context(trustme.CA()), NAME), Server(ca)
    with pytest.raises(ssl.SSLCertVerificationError):
        talk(client, server)
    assert not client.established


def test_a_certificate_for_another_name_fails_the_handshake(ca):
    client, server = TlsSession(client_context(ca), NAME), Server(ca, "other.example.test")
    with pytest.raises(ssl.SSLCertVerificationError):
        talk(client, server)


def test_a_close_notify_is_an_end_the_peer_meant(ca):
    client, server = TlsSession(client_context(ca), NAME), Server(ca)
    talk(client, server)
    server.obj.write(b"last words")
    try:
        server.obj.unwrap()
    except ssl.SSLWantReadError:
        pass
    client.feed(server.outgoing.read())
    client.feed_eof()
    assert client.read() == b"last words" and client.ended_cleanly


def test_an_end_without_a_close_notify_is_not_taken_for_one(ca):
    client, server = TlsSession(client_context(ca), NAME), Server(ca)
    talk(client, server)
    server.obj.write(b"half")
    client.feed(server.outgoing.read())
    assert client.read() == b"half"
    client.feed_eof()  # a FIN anyone in the path could forge
    with pytest.raises(ssl.SSLError):
        client.read()
    assert not client.ended_cleanly


def test_our_close_writes_a_close_notify_without_waiting_for_the_peers(ca):
    client, server = TlsSession(client_context(ca), NAME), Server(ca)
    talk(client, server)
    client.close()
    server.incoming.write(client.pending())
    assert server.obj.read() == b""  # the ssl module's word for a close_notify read (with no bytes: SSLWantReadError)


@pytest.fixture
def held(monkeypatch):
    """castore's loading of the authorities waits until released."""
    release = threading.Event()
    load = castore._load

    def waiting(*args):
        release.wait(10)
        return load(*args)

    monkeypatch.setattr(castore, "_load", waiting)
    return release


def test_a_session_made_before_the_authorities_are_loaded_judges_by_those_loaded_when_the_answer_is_read(ca, tmp_path, held):
    """The opening writes its ClientHello with the run's shared context while the CA store
    still loads (wizard.net.castore.prepare); the server's certificate is judged only when
    its answer is fed in, by then against the complete store."""
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    early, future = castore.prepare(False, (path,))
    assert early is not None and not future.done()
    client = TlsSession(early, NAME)
    client.handshake()  # the ClientHello, with no authority loaded yet
    held.set()
    assert future.result(10) is early  # the very context the run verifies with, now loaded and sealed
    talk(client, Server(ca))
    assert client.established


def test_the_same_early_session_fails_when_the_store_it_ends_with_does_not_believe_the_server(tmp_path, held):
    path = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    early, future = castore.prepare(False, (path,))
    assert early is not None
    client = TlsSession(early, NAME)
    client.handshake()
    held.set()
    future.result(10)
    with pytest.raises(ssl.SSLCertVerificationError):
        talk(client, Server(trustme.CA()))


def test_once_built_the_shared_context_is_no_longer_handed_out_unloaded(ca, tmp_path):
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    _, future = castore.prepare(False, (path,))
    future.result(10)
    assert castore.prepare(False, (path,)) == (None, future)
