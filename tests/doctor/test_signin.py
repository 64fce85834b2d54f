"""The wizard's own OAuth 2 sign-in against the test world (issue 15 item 2): the full RFC
8252 flow with the world's authorization server, the test playing the browser, proves IMAP,
POP3 and SMTP (465 and 587) logins with the token; each hostile case fails closed with its
finding and no server is sent a token."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.world.oauth import CLIENT_ID, ISSUER, MAIL_HOST, SCOPES, Browser
from wizard.doctor.login import LoginStatus, Target, TlsPolicy
from wizard.doctor.signin import SignInResult, bearer_login, sign_in_and_prove
from wizard.i18n import load_catalog
from wizard.model import Protocol, Security, ServerSettings
from wizard.protocols import sasl
from wizard.protocols.sasl import Mechanism
from wizard.providers.model import OAuthClient

pytestmark = pytest.mark.world

REGISTRATION = OAuthClient(ISSUER, CLIENT_ID, SCOPES)
SERVERS = (
    ServerSettings(Protocol.IMAP, MAIL_HOST, 993, Security.TLS),
    ServerSettings(Protocol.POP3, MAIL_HOST, 995, Security.TLS),
    ServerSettings(Protocol.SMTP, MAIL_HOST, 465, Security.TLS),
    ServerSettings(Protocol.SMTP, MAIL_HOST, 587, Security.STARTTLS),
)


def run(make_ctx, world, *, registration=REGISTRATION, wait=20.0, catalog=None, browser=None) -> tuple[SignInResult, Browser]:
    browser = browser or Browser(world.ca_file)
    result = asyncio.run(sign_in_and_prove(make_ctx(read=5.0, deadline=60.0), registration, world.user("alice").address, SERVERS, browser.open, catalog=catalog, wait=wait))
    browser.wait()
    return result, browser


def logins(oauth_world, world) -> list[str]:
    text = oauth_world.dovecot_log.read_text() if oauth_world.dovecot_log.exists() else ""
    return [line for line in text.splitlines() if "Login: user=<" in line]


def test_the_full_flow_proves_imap_pop3_and_smtp_with_the_token(make_ctx, world, oauth_world):
    result, browser = run(make_ctx, world, catalog=load_catalog("da"))
    assert [f.code for f in result.findings] == ["login-ok"] * 4, [f.message.render() for f in result.findings]
    assert result.proven and result.tokens is not None and result.tokens.refresh_token
    assert [(f.service, f.port) for f in result.findings] == [("imap", 993), ("pop3", 995), ("smtp", 465), ("smtp", 587)]
    url = browser.opened[0]
    assert url.startswith(f"{ISSUER}/authorize?") and "code_challenge_method=S256" in url and "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url
    assert browser.pages == [(200, browser.pages[0][1])] and "Du kan lukke dette vindue" in browser.pages[0][1]
    mechanisms = " ".join(logins(oauth_world, world))
    assert "method=OAUTHBEARER" in mechanisms
    assert all(f.message.render().endswith("with the token from the sign-in (OAUTHBEARER).") for f in result.findings)  # the one Dovecot logged
    assert oauth_world.issued and "access_token" not in repr(result)


def test_metadata_naming_another_issuer_fails_closed(make_ctx, world, oauth_world):
    oauth_world.metadata_issuer = "https://evil.test"
    result, browser = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-issuer-mismatch"]
    assert "https://evil.test" in result.findings[0].message.render()
    assert browser.opened == [] and result.tokens is None  # the browser never opened


def test_a_redirect_with_another_state_fails_closed(make_ctx, world, oauth_world):
    oauth_world.state_override = "not-the-state-we-sent"
    result, browser = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-state-mismatch"] and result.tokens is None
    assert "did not work" in browser.pages[0][1]
    assert not world.web.requests_for("login.oauth.test", "/token")  # the code was never exchanged


def test_a_redirect_to_another_host_fails_closed(make_ctx, world, oauth_world):
    world.dns.set_a("evil.test", "127.0.0.1")  # a name that leads to our listener: DNS rebinding
    oauth_world.redirect_authority = "evil.test:{port}"
    result, _ = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-redirect-mismatch"]
    assert "evil.test" in result.findings[0].message.render()
    assert not world.web.requests_for("login.oauth.test", "/token")


def test_a_redirect_to_another_port_never_reaches_the_wizard_and_times_out(make_ctx, world, oauth_world):
    oauth_world.redirect_authority = "127.0.0.1:9"  # nothing listens there
    result, browser = run(make_ctx, world, wait=1.0)
    assert [f.code for f in result.findings] == ["oauth-timeout"] and browser.errors
    assert not world.web.requests_for("login.oauth.test", "/token")


def test_a_refusal_in_the_redirect_is_said(make_ctx, world, oauth_world):
    oauth_world.deny = "access_denied"
    result, _ = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-denied"]
    assert "access_denied: The person said no" in result.findings[0].message.render()


def test_an_expired_token_is_refused_by_every_server_and_said(make_ctx, world, oauth_world):
    oauth_world.token_expired = True
    before = len(logins(oauth_world, world))
    result, _ = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-login-refused"] * 4
    assert not result.proven and len(logins(oauth_world, world)) == before


def test_a_token_that_says_it_has_expired_is_not_sent(make_ctx, world, oauth_world):
    oauth_world.expires_in = -60  # (authlib leaves out an expires_in of 0)
    result, _ = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-token-expired"] and result.tokens is None



def test_openid_connect_discovery_is_used_when_rfc8414_has_no_document(make_ctx, world, oauth_world):
    import json

    world.web.remove("login.oauth.test", "/.well-known/oauth-authorization-server")
    world.web.add("login.oauth.test", "/.well-known/openid-configuration", json.dumps(oauth_world.metadata()), schemes=("https",))
    result, _ = run(make_ctx, world)
    assert result.proven
    asked = [r.path for r in world.web.requests_for("login.oauth.test") if r.path.startswith("/.well-known/")]
    assert asked == ["/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"]


def test_no_metadata_at_all_is_said_and_nothing_is_opened(make_ctx, world, oauth_world):
    world.web.remove("login.oauth.test", "/.well-known/oauth-authorization-server")
    result, browser = run(make_ctx, world)
    assert [f.code for f in result.findings] == ["oauth-metadata-invalid"] and browser.opened == []


def test_no_browser_ends_the_sign_in_at_once(make_ctx, world, oauth_world):
    result = asyncio.run(sign_in_and_prove(make_ctx(), REGISTRATION, world.user("alice").address, SERVERS, lambda url: False, wait=60))
    assert [f.code for f in result.findings] == ["oauth-no-browser"] and result.tokens is None
    assert not world.web.requests_for("login.oauth.test", "/authorize")


def test_a_login_restricted_to_one_mechanism_uses_that_one_and_says_so(make_ctx, world, oauth_world):
    result, _ = run(make_ctx, world)
    assert result.tokens is not None
    ctx = make_ctx(read=5.0)
    target = Target(Protocol.IMAP, MAIL_HOST, world.ip_of(MAIL_HOST), 993, Security.TLS)
    before = len(logins(oauth_world, world))
    outcome = asyncio.run(bearer_login(ctx, target, TlsPolicy(ctx.ssl_context()), world.user("alice").address, result.tokens.access_token, 5.0, only=Mechanism.XOAUTH2))
    assert outcome.status is LoginStatus.OK and outcome.mechanism == "XOAUTH2"
    for _ in range(50):  # Dovecot writes its log asynchronously
        if len(logins(oauth_world, world)) > before:
            break
        time.sleep(0.1)
    assert "method=XOAUTH2" in logins(oauth_world, world)[before]  # OAUTHBEARER, offered first, was not used


def test_a_login_restricted_to_a_mechanism_the_server_does_not_offer_sends_no_token(make_ctx, fake):
    pop3, host = fake("pop3", True, mode="oauth2")  # SASL PLAIN XOAUTH2: no OAUTHBEARER
    ctx = make_ctx()
    token = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl"
    target = Target(Protocol.POP3, host, pop3.ip, 995, Security.TLS)
    outcome = asyncio.run(bearer_login(ctx, target, TlsPolicy(ctx.ssl_context()), "someone@example.test", token, 2.0, only=Mechanism.OAUTHBEARER))
    assert outcome.status is LoginStatus.BLOCKED and outcome.server_text == "no OAUTHBEARER" and outcome.mechanism is None
    assert pop3.recording.tls_sessions == 1 and b"AUTH" not in bytes(pop3.recording.received).upper()
    unrestricted = asyncio.run(bearer_login(ctx, target, TlsPolicy(ctx.ssl_context()), "someone@example.test", token, 2.0))
    assert unrestricted.status is LoginStatus.REJECTED and unrestricted.mechanism == "XOAUTH2"  # the fake takes no token
    assert sasl.xoauth2("someone@example.test", token) in bytes(pop3.recording.received)  # what `only` kept back
