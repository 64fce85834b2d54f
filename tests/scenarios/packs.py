"""The seed providers' packs, adapted to the test world where a test needs it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from tests.world.world import MAIL_HOST

ISPDB = "https://ispdb.test/autoconfig/v1.1/"


def bundled(pack_id: str) -> str:
    return resources.files("wizard.resources").joinpath("providers", f"{pack_id}.toml").read_text(encoding="utf-8")


def altibox_copy(folder: Path, domain: str, *, announce_sha256: str | None = None, mx: str | None = None) -> Path:
    """The bundled Altibox pack with a test domain (or MX pattern) standing in for Altibox's,
    and the world's "changed" certificate announced, as Altibox would when shipping it."""
    text = bundled("altibox")
    assert 'domains = []' in text and 'mx = []' in text
    text = text.replace("domains = []", f'domains = ["{domain}"]' if mx is None else "domains = []", 1)
    if mx is not None:
        text = text.replace("mx = []", f'mx = ["{mx}"]', 1)
    if announce_sha256:
        # before the first table, so the key lands at the top level
        head, tail = text.split("[[retired]]", 1)
        text = head + f'[[announced_certificates]]\nsha256 = "{announce_sha256}"\n\n[[retired]]' + tail
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "altibox.toml"
    path.write_text(text, encoding="utf-8")
    return path


def mamut_world(world) -> None:
    """mamutmail.com, the host the Mamut seed names, resolves to the world's mail host, and the
    mail host's certificate also names it: the real pack is tested unchanged."""
    world.dns.set_a("mamutmail.com", world.mail.ip)
    world.use_mail_certificate(world.certs.for_host(MAIL_HOST, *world.mail.aliases, "mamutmail.com"))


def cli_net(world) -> list[str]:
    return ["--ca-file", str(world.ca_file), "--dns", "127.0.0.53", "--ispdb-url", ISPDB]
