"""`mailsetup write` without server options discovers the settings in the test world first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.cli.main import main
from wizard.profiles.thunderbird.prefs import PrefsFile

pytestmark = pytest.mark.world


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))


def test_write_uses_the_discovered_autoconfig(world, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    code = main(["write", "alice@example.test", "--client", "thunderbird", "--profile", str(profile), "--ca-file", str(world.ca_file), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    report = json.loads(captured.out)
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    server = report["keys"]["server"]
    assert prefs.get(f"mail.server.{server}.hostname") == world.mail.name
    assert prefs.get(f"mail.server.{server}.port") == 993
    assert prefs.get(f"mail.server.{server}.socketType") == 3
    assert prefs.get(f"mail.smtpserver.{report['keys']['smtp']}.port") == 465


def test_write_pop3_when_asked(world, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["write", "alice@example.test", "--client", "sheet", "--account-type", "pop3", "--out", str(tmp_path), "--ca-file", str(world.ca_file)])
    assert code == 0, capsys.readouterr().err
    html = (tmp_path / "alice_at_example.test-settings.html").read_text()
    assert "POP3" in html and "995" in html
