"""Fixtures for the doctor's tests: a NetContext for the test world, a private certificate
store, and fake servers on fresh world host names."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from tests.doctor.servers import FakeServer, Loop, server_context
from wizard.doctor import CertStore
from wizard.net import Deadline, NetContext, Timeouts, Trust

PORTS = {("imap", True): 993, ("imap", False): 143, ("pop3", True): 995, ("pop3", False): 110, ("smtp", True): 465, ("smtp", False): 587}
_names = itertools.count(1)


@pytest.fixture(scope="session")
def fake_loop():
    loop = Loop()
    yield loop
    loop.close()


@pytest.fixture
def store(tmp_path: Path) -> CertStore:
    return CertStore(tmp_path / "certificates.json")


@pytest.fixture
def make_ctx(world):
    """A context trusting the world's CA (or not), with short timeouts; steps are collected."""

    def make(*, trust_world_ca: bool = True, read: float = 2.0, connect: float = 1.0, deadline: float = 20.0, steps: list | None = None) -> NetContext:
        trust = Trust(use_system=False, ca_files=(world.ca_file,)) if trust_world_ca else Trust(use_system=False)
        ctx = NetContext(trust=trust, timeouts=Timeouts(connect=connect, read=read), deadline=Deadline(seconds=deadline))
        if steps is not None:
            ctx.sink = steps.append
        return ctx

    return make


def tampered(pair, directory: Path) -> tuple[Path, Path]:
    """The pair's certificate with one byte of its signature changed ("bad signature")."""
    pems = pair.cert_file.read_bytes().split(b"-----END CERTIFICATE-----")
    leaf = x509.load_pem_x509_certificate(pems[0] + b"-----END CERTIFICATE-----\n")
    der = bytearray(leaf.public_bytes(serialization.Encoding.DER))
    der[-1] ^= 0x01
    bad = x509.load_der_x509_certificate(bytes(der))
    path = directory / "tampered.crt"
    path.write_bytes(bad.public_bytes(serialization.Encoding.PEM))
    return path, pair.key_file


@pytest.fixture
def fake(world, fake_loop, tmp_path):
    """fake(protocol, implicit, mode="normal", cert="valid", mailbox=None) -> (server, host name).
    cert: valid, self-signed, expired, bad-signature, wrong-name, other-domain. mailbox: a
    list of messages the servers share (what SMTP takes, POP3 serves)."""
    started: list[FakeServer] = []

    def make(protocol: str, implicit: bool, mode: str = "normal", cert: str = "valid", host: str | None = None, port: int | None = None, mailbox: list[bytes] | None = None):
        host = host or f"{protocol}{next(_names)}.fake.test"
        ip = world.ip_of(host) if host in world.dns.records.a else world.add_host(host)
        certs = world.certs
        if cert == "valid":
            pair = certs.for_host(host)
            files = (pair.cert_file, pair.key_file)
        elif cert == "self-signed":
            pair = certs.self_signed(host)
            files = (pair.cert_file, pair.key_file)
        elif cert == "expired":
            pair = certs.expired(host)
            files = (pair.cert_file, pair.key_file)
        elif cert == "wrong-name":
            pair = certs.wrong_name("wrong-name.test")
            files = (pair.cert_file, pair.key_file)
        elif cert == "other-domain":
            pair = certs.for_host("mail.attacker.test")
            files = (pair.cert_file, pair.key_file)
        elif cert == "bad-signature":
            files = tampered(certs.for_host(host), tmp_path)
        else:
            raise ValueError(cert)
        server = FakeServer(fake_loop, protocol, ip, port or PORTS[(protocol, implicit)], implicit=implicit, mode=mode, context=server_context(*files), name=host, mailbox=mailbox)
        server.start()
        started.append(server)
        return server, host

    yield make
    for server in started:
        server.stop()
