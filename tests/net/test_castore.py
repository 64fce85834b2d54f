"""The system's authorities: OpenSSL's hashed directory alone where it holds every certificate
of the bundle (read as a handshake needs them), the default (bundle parsed first) anywhere else.
Either way the same authorities are believed, and no other."""

import shutil
import socket
import ssl
import subprocess
import sys
import threading

import pytest
import trustme

from wizard.net import castore


@pytest.fixture
def system(tmp_path, monkeypatch):
    """A system of our own: SSL_CERT_FILE and SSL_CERT_DIR, as OpenSSL reads them, name a
    bundle and a directory made here (`openssl rehash` names the directory's links)."""
    assert shutil.which("openssl"), "the openssl command names the hashed directory's links"
    bundle, directory = tmp_path / "bundle.pem", tmp_path / "certs"
    directory.mkdir()
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.setenv("SSL_CERT_DIR", str(directory))

    def make(in_both: list[trustme.CA], only_in_bundle: list[trustme.CA] = (), text: str = "") -> None:
        bundle.write_text("".join(ca.cert_pem.bytes().decode() for ca in [*in_both, *only_in_bundle]) + text)
        for i, ca in enumerate(in_both):
            ca.cert_pem.write_to_path(str(directory / f"authority-{i}.pem"))
        subprocess.run(["openssl", "rehash", str(directory)], check=True, capture_output=True)

    make.directory = str(directory)
    return make


def handshake(ctx: ssl.SSLContext, ca: trustme.CA) -> str:
    """A real TLS handshake on loopback with a server whose certificate `ca` issued: "ok" or
    the verification's own words."""
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("mail.example.test").configure_cert(server_ctx)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        try:
            with server_ctx.wrap_socket(conn, server_side=True):
                pass
        except (ssl.SSLError, OSError):
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname="mail.example.test"):
                return "ok"
    except ssl.SSLCertVerificationError as exc:
        return exc.verify_message
    finally:
        thread.join(5)
        listener.close()


def test_a_directory_holding_the_whole_bundle_is_used_alone_and_read_as_needed(system):
    first, second, stranger = trustme.CA(), trustme.CA(), trustme.CA()
    system([first, second])
    assert castore.system_directory() == system.directory
    ctx = castore.sealed(True, ())
    assert ctx.cert_store_stats()["x509_ca"] == 0  # nothing parsed before a handshake asks
    assert handshake(ctx, second) == "ok"
    assert handshake(ctx, stranger) != "ok"  # an authority of neither is not believed


def test_an_authority_only_in_the_bundle_keeps_the_default(system):
    """The directory alone would believe less than OpenSSL's default: the bundle is loaded."""
    kept, only_in_bundle = trustme.CA(), trustme.CA()
    system([kept], [only_in_bundle])
    assert castore.system_directory() is None
    ctx = castore.sealed(True, ())
    assert ctx.cert_store_stats()["x509_ca"] == 2
    assert handshake(ctx, only_in_bundle) == "ok"


def test_a_bundle_with_trust_settings_of_its_own_keeps_the_default(system):
    ca = trustme.CA()
    system([ca], text="-----BEGIN TRUSTED CERTIFICATE-----\nAAAA\n-----END TRUSTED CERTIFICATE-----\n")
    assert castore.system_directory() is None


def test_no_directory_or_another_system_keeps_the_default(system, monkeypatch, tmp_path):
    system([trustme.CA()])
    monkeypatch.setattr(sys, "platform", "win32")  # Python reads Windows' own store there
    assert castore.system_directory() is None
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "absent"))
    assert castore.system_directory() is None


def test_a_directory_entry_that_is_not_a_file_keeps_the_default(system, tmp_path):
    import os

    ca = trustme.CA()
    system([ca])
    os.mkfifo(os.path.join(system.directory, "0000abcd.0"))  # never opened for reading, never waited on
    assert castore.system_directory() is None
