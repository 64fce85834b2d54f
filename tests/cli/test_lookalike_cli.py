"""A look-alike domain at the command line (SECURITY notes, class 9), against a hostile
provider in the test world that publishes perfectly valid https settings for `pаypal.test`
(a Cyrillic `а`): the lines show the punycode and warn, the settings need confirmation, and
no password goes to its servers."""

from __future__ import annotations

import io
import json

import pytest

from tests.doctor.servers import FakeServer, Loop, server_context
from tests.world.world import autoconfig_xml
from wizard.cli.main import main

pytestmark = pytest.mark.world
ADDRESS = "jo@pаypal.test"
ASCII = "xn--pypal-4ve.test"
MAIL = f"mail.{ASCII}"
PASSWORD = "Homograph-s3cret"
ISPDB = "https://ispdb.test/autoconfig/v1.1/"


@pytest.fixture
def lookalike_provider(world, tmp_path, monkeypatch):
    """https autoconfig for the look-alike domain, and recording mail servers behind it."""
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    for host in (ASCII, f"autoconfig.{ASCII}", f"autodiscover.{ASCII}", "ispdb.test"):
        world.certs.for_host(host)
    world.web.add(f"autoconfig.{ASCII}", "/mail/config-v1.1.xml", autoconfig_xml(ASCII, MAIL), schemes=("https",))
    loop = Loop()
    pair = world.certs.for_host(MAIL)
    ip = world.add_host(MAIL)
    servers = [FakeServer(loop, protocol, ip, port, implicit=True, context=server_context(pair.cert_file, pair.key_file), name=MAIL).start()
               for protocol, port in (("imap", 993), ("pop3", 995), ("smtp", 465))]
    yield servers
    for server in servers:
        server.stop()
    loop.close()


def net(world) -> list[str]:
    return ["--dns", "127.0.0.53", "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB]


def test_discover_shows_the_punycode_warns_and_asks_for_confirmation(world, lookalike_provider, capsys):
    main(["discover", ADDRESS, *net(world)])
    said = capsys.readouterr().out
    assert f"pаypal.test ({ASCII})" in said and "Look-alike warning" in said
    assert "needs your confirmation" in said and "trusted" not in said.replace("needs your confirmation", "")


def test_discover_json_says_the_domain_is_a_look_alike(world, lookalike_provider, capsys):
    main(["discover", ADDRESS, "--json", *net(world)])
    report = json.loads(capsys.readouterr().out)
    assert report["domain"] == {"ascii": ASCII, "unicode": "pаypal.test", "lookalike": True}


def test_diagnose_sends_no_password_to_a_look_alike_domain_unasked(world, lookalike_provider, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["diagnose", ADDRESS, "--password-stdin", "--json", "--deadline", "10", *net(world)])
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert code == 1 and "consent-needed" in {f["code"] for f in report["findings"]}
    assert not any(s.recording.contains_secret(PASSWORD, (ADDRESS, "jo", f"jo@{ASCII}")) for s in lookalike_provider)
    assert PASSWORD not in out.out + out.err


def test_write_refuses_discovered_settings_for_a_look_alike_domain(world, lookalike_provider, tmp_path, capsys):
    code = main(["write", ADDRESS, "--client", "sheet", "--out", str(tmp_path / "out"), *net(world)])
    err = capsys.readouterr().err
    assert code == 2 and "lookalike-domain" in err
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
