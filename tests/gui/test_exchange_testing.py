"""The Testing page for an Exchange account found through Autodiscover, on the test world's
EWS endpoint: a Basic login proven (green), Windows sign-in and modern sign-in named and
never called proven (the person goes on by explicit choice), each photographed in en, da and
nb under test-output/screenshots/exchange/ (and checked for command-line words)."""

from __future__ import annotations

import pytest

from tests.discovery.helpers import AD_PATH, pox_protocol, pox_settings
from tests.scenarios.gui import branded_wizard, dispose, next_page, photograph, walk_to_finding
from tests.gui.walk import SHOTS
from tests.world.ews import serve_ews

pytestmark = pytest.mark.world
PASSWORD = "Exchange-s3cret"
FOLDER = SHOTS / "exchange"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.mark.parametrize("sign_in", ["basic", "ntlm", "bearer"])
def test_the_testing_page_for_an_exchange_account(sign_in, qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home
    from wizard.gui.pageid import PageId

    domain = f"gui-{sign_in}.test"
    address = f"jo@{domain}"
    ews = serve_ews(world, f"ews.{domain}", sign_in, passwords={address: PASSWORD})
    world.web.add(f"autodiscover.{domain}", AD_PATH, pox_settings(pox_protocol("EXPR", server=ews.host, port=443, EwsUrl=ews.url)), method="POST", schemes=("https",))
    for host in (domain, f"autoconfig.{domain}", f"autodiscover.{domain}", "ispdb.test"):
        world.certs.for_host(host)
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    window = branded_wizard(qtbot, world, [], tmp_path, home)
    walk_to_finding(qtbot, window, "Jo", address, PASSWORD)
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=15000)
    next_page(qtbot, window, PageId.SETTINGS)
    assert window.state.kind == "exchange"
    next_page(qtbot, window, PageId.TESTING, timeout=20000)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=20000)
    verdict = window.state.verdicts[0]
    codes = [testing.findings.item(i).data(256) for i in range(testing.findings.count())]
    if sign_in == "basic":
        assert verdict.verdict.value == "proven" and "Exchange mail works" in verdict.reason.render() and testing.isComplete()
        assert "signing in to Exchange was tested" in testing.status.text()
        assert "login-ok" in codes and "ews-found" in codes
    elif sign_in == "ntlm":  # named, never called proven: going on is the person's choice
        assert verdict.verdict.value == "not-tried" and "ews-windows-sign-in" in codes and not testing.isComplete()
        assert "Windows sign-in" in verdict.reason.render()
        assert "cannot test" in testing.status.text() and testing.anyway.isVisible()
        testing.anyway.click()
        assert testing.isComplete()
    else:  # modern sign-in: settled up to the provider's own page, as for any OAuth2 server
        assert verdict.verdict.value == "sign-in" and testing.isComplete()
        assert "oauth2-sign-in" in {f.code for f in window.state.diagnosis.findings} and "oauth2-sign-in" not in codes  # its verdict says it
        assert "Everything up to the sign-in works" in testing.status.text() and not testing.anyway.isVisible()
    requests = world.web.requests_for(ews.host, ews.path)
    assert requests and requests[0].header("Authorization") is None
    assert all(r.header("Authorization") is None for r in requests) or sign_in == "basic"
    shots = photograph(window, FOLDER, f"testing-{sign_in}")
    assert len(shots) == 3 and all(p.stat().st_size > 0 for p in shots)
    dispose(window)

