"""A certificate the provider's pack announced (issue 7, Altibox's migration day): the doctor
says so in reassuring words (cert-announced, info), but sends nothing until the person
accepts it, exactly as for any other certificate this computer does not trust."""

from __future__ import annotations

import ssl
from datetime import timedelta

import pytest

from tests.scenarios.packs import altibox_copy
from tests.world.world import MAIL_HOST
from wizard.doctor import diagnose
from wizard.i18n import load_catalog
from wizard.model import Protocol, Security, ServerSettings
from wizard.parsers.tls_certificate import certificate_info
from wizard.providers import load_presets

pytestmark = pytest.mark.world


def _info(pair, port: int):
    return certificate_info(ssl.PEM_cert_to_DER_cert(pair.cert_file.read_text()), MAIL_HOST, port)


def _pack(tmp_path, text_edit=None, sha256: str | None = None):
    folder = tmp_path / "packs"
    path = altibox_copy(folder, "altibox-kunde.test", announce_sha256=sha256)
    if text_edit is not None:
        path.write_text(text_edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return load_presets([folder]).by_id("altibox")


def _imap(world) -> ServerSettings:
    return ServerSettings(Protocol.IMAP, MAIL_HOST, world.mail.imaps, Security.TLS)


def test_a_changed_certificate_the_provider_announced_is_named_so_but_still_needs_acceptance(world, tmp_path, make_ctx, store):
    alice = world.user("alice")
    store.accept(_info(world.mail_cert_original, world.mail.imaps))  # accepted on an earlier day
    new = world.certs.changed(MAIL_HOST, *world.mail.aliases)
    world.use_mail_certificate(new)
    pack = _pack(tmp_path, sha256=_info(new, 993).sha256)

    report = diagnose(alice.address, [_imap(world)], make_ctx(), password=alice.password, store=store, provider=pack)

    [finding] = [f for f in report.findings if f.code.startswith("cert-")]
    assert finding.code == "cert-announced" and finding.severity.value == "info"
    assert report.services[0].certificate_status == "changed"
    assert report.services[0].login == "not-tried"  # never silently accepted
    assert not report.ok
    assert "Altibox announced" in finding.message.render() and "--accept-fingerprint" in finding.command.render() and "--" not in finding.fix.render()
    assert "annonceret" in finding.message.render(load_catalog("da"))
    assert "annonsert" in finding.message.render(load_catalog("nb"))

    accepted = diagnose(alice.address, [_imap(world)], make_ctx(), password=alice.password, store=store, provider=pack, accept=(new.sha256,))
    assert "cert-accepted" in accepted.codes and accepted.services[0].login == "ok" and accepted.ok


def test_an_untrusted_certificate_announced_by_issuer_and_validity_window_is_named_so(world, tmp_path, make_ctx, store):
    served = _info(world.mail_cert_original, 993)
    window = (
        f'[[announced_certificates]]\nissuer = "{served.issuer}"\n'
        f"not_before = {(served.not_before - timedelta(days=1)).date().isoformat()}\n"
        f"not_after = {(served.not_after + timedelta(days=1)).date().isoformat()}\n\n[[retired]]"
    )
    pack = _pack(tmp_path, lambda text: text.replace("[[retired]]", window, 1))
    report = diagnose("alice@example.test", [_imap(world)], make_ctx(trust_world_ca=False), store=store, provider=pack)
    assert "cert-announced" in report.codes and "cert-untrusted" not in report.codes
    assert report.services[0].certificate_status == "untrusted"


def test_a_certificate_the_provider_did_not_announce_keeps_the_plain_warning(world, tmp_path, make_ctx, store):
    pack = _pack(tmp_path, sha256="AB" * 32)
    untrusted = diagnose("alice@example.test", [_imap(world)], make_ctx(trust_world_ca=False), store=store, provider=pack)
    assert "cert-untrusted" in untrusted.codes and "cert-announced" not in untrusted.codes
    store.accept(_info(world.mail_cert_original, world.mail.imaps))
    world.use_changed_certificate()
    changed = diagnose("alice@example.test", [_imap(world)], make_ctx(), store=store, provider=pack)
    assert "cert-changed" in changed.codes and "cert-announced" not in changed.codes


def test_an_announced_certificate_with_a_forged_signature_stays_refused(fake, make_ctx, store, tmp_path):
    server, host = fake("imap", True, cert="bad-signature")
    settings = ServerSettings(Protocol.IMAP, host, server.port, Security.TLS)
    first = diagnose(f"alice@{host}", [settings], make_ctx(), store=store)
    pack = _pack(tmp_path, sha256=first.services[0].certificate.sha256)
    again = diagnose(f"alice@{host}", [settings], make_ctx(), store=store, provider=pack)
    assert "cert-untrusted" in again.codes and "cert-announced" not in again.codes
