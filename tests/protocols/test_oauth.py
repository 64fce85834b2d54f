"""The pure parts of the OAuth 2 sign-in: metadata addresses and documents (the issuer rule
of RFC 8414 3.3), the browser's address, the loopback redirect, the token answer. Bytes and
JSON in, values or a refusal with its problem out."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from wizard.protocols import oauth
from wizard.protocols.oauth import OAuthRefused, Problem
from wizard.protocols.pkce import Pkce, State

ISSUER = "https://login.oauth.test"
META = {
    "issuer": ISSUER,
    "authorization_endpoint": "https://login.oauth.test/authorize",
    "token_endpoint": "https://login.oauth.test/token",
    "response_types_supported": ["code"],
    "code_challenge_methods_supported": ["S256"],
    "scopes_supported": ["mail"],
}


def doc(**changes) -> bytes:
    data = {**META, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not None}).encode()


def refused(problem: Problem, call, *args, **kwargs):
    with pytest.raises(OAuthRefused) as caught:
        call(*args, **kwargs)
    assert caught.value.problem is problem, caught.value
    return caught.value


def test_metadata_addresses_for_an_issuer_with_and_without_a_path():
    assert oauth.metadata_urls(ISSUER) == (
        "https://login.oauth.test/.well-known/oauth-authorization-server",
        "https://login.oauth.test/.well-known/openid-configuration",
    )
    assert oauth.metadata_urls("https://login.oauth.test/tenant/v2/") == (
        "https://login.oauth.test/.well-known/oauth-authorization-server/tenant/v2",
        "https://login.oauth.test/tenant/v2/.well-known/openid-configuration",
    )


@pytest.mark.parametrize("issuer", ["http://login.oauth.test", "https://login.oauth.test/?tenant=1", "https://login.oauth.test/#x", "login.oauth.test"])
def test_an_issuer_that_is_not_a_plain_https_address_is_refused(issuer):
    refused(Problem.METADATA, oauth.metadata_urls, issuer)


def test_metadata_for_the_configured_issuer():
    meta = oauth.parse_metadata(doc(), ISSUER)
    assert meta == oauth.ServerMetadata(ISSUER, META["authorization_endpoint"], META["token_endpoint"], ("S256",), ("mail",))


@pytest.mark.parametrize("issuer", ["https://evil.test", ISSUER + "/", "https://LOGIN.oauth.test"])
def test_metadata_naming_another_issuer_fails_closed(issuer):
    error = refused(Problem.ISSUER, oauth.parse_metadata, doc(issuer=issuer), ISSUER)
    assert issuer in error.detail


@pytest.mark.parametrize("body", [
    b"<html>not json</html>", b"[]", b"\xff\xfe", doc(issuer=None), doc(token_endpoint=None),
    doc(authorization_endpoint="http://login.oauth.test/authorize"), doc(token_endpoint=42),
    doc(code_challenge_methods_supported=["plain"]), doc(response_types_supported=["token"]),
    doc(scopes_supported="mail"), b" " * (oauth.MAX_DOCUMENT + 1),
])
def test_unusable_metadata_is_refused(body):
    refused(Problem.METADATA, oauth.parse_metadata, body, ISSUER)


def test_metadata_that_does_not_list_challenge_methods_is_used_with_s256():
    assert oauth.parse_metadata(doc(code_challenge_methods_supported=None), ISSUER).code_challenge_methods == ()


def test_authorization_url_carries_the_code_flow_with_pkce_and_keeps_the_endpoints_query():
    meta = oauth.parse_metadata(doc(authorization_endpoint="https://login.oauth.test/authorize?tenant=t1"), ISSUER)
    pkce, state = Pkce.new(), State.new()
    url = oauth.authorization_url(meta, "mailsetup-test", oauth.redirect_uri(49152), ("mail", "offline_access"), state, pkce, "alice@example.test")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "login.oauth.test", "/authorize")
    assert parse_qs(parts.query) == {
        "tenant": ["t1"], "response_type": ["code"], "client_id": ["mailsetup-test"],
        "redirect_uri": ["http://127.0.0.1:49152/oauth/redirect"], "scope": ["mail offline_access"],
        "state": [state.value], "code_challenge": [pkce.challenge], "code_challenge_method": ["S256"],
        "login_hint": ["alice@example.test"],
    }
    assert pkce.verifier not in url


def test_redirect_uri_is_the_ip_literal():
    assert oauth.redirect_uri(8080) == "http://127.0.0.1:8080/oauth/redirect"
    with pytest.raises(ValueError):
        oauth.redirect_uri(0)


STATE = State("s" * 32)
HOST = "127.0.0.1:49152"


def test_redirect_with_our_state_gives_the_code():
    grant = oauth.parse_redirect(f"/oauth/redirect?code=abc123&state={'s' * 32}", HOST, 49152, STATE)
    assert grant.code == "abc123"
    assert "abc123" not in repr(grant)


@pytest.mark.parametrize("target", ["/oauth/redirect?code=abc", "/oauth/redirect?code=abc&state=other", "/oauth/redirect?code=abc&state="])
def test_redirect_without_our_state_fails_closed(target):
    refused(Problem.STATE, oauth.parse_redirect, target, HOST, 49152, STATE)


def test_an_error_is_read_only_once_the_state_is_ours():
    target = "/oauth/redirect?error=access_denied&error_description=The+user+said+no"
    refused(Problem.STATE, oauth.parse_redirect, target, HOST, 49152, STATE)
    error = refused(Problem.DENIED, oauth.parse_redirect, target + "&state=" + "s" * 32, HOST, 49152, STATE)
    assert error.detail == "access_denied: The user said no"


@pytest.mark.parametrize(("target", "host"), [
    ("/oauth/redirect?code=a&state=" + "s" * 32, "127.0.0.1:49153"),  # another port
    ("/oauth/redirect?code=a&state=" + "s" * 32, "localhost:49152"),  # another name for us
    ("/oauth/redirect?code=a&state=" + "s" * 32, "evil.test:49152"),  # DNS rebinding
    ("/oauth/redirect?code=a&state=" + "s" * 32, None),
    ("/elsewhere?code=a&state=" + "s" * 32, HOST),
    ("http://evil.test/oauth/redirect?code=a&state=" + "s" * 32, HOST),
    ("/oauth/redirect?code=a&code=b&state=" + "s" * 32, HOST),
    ("/oauth/redirect?state=" + "s" * 32, HOST),
])
def test_redirect_anywhere_but_our_exact_loopback_address_fails_closed(target, host):
    refused(Problem.REDIRECT, oauth.parse_redirect, target, host, 49152, STATE)


def test_token_request_is_a_public_clients_form_with_the_verifier():
    pkce = Pkce.new()
    body = oauth.token_request(oauth.Grant("abc"), oauth.redirect_uri(49152), "mailsetup-test", pkce)
    assert parse_qs(body.decode()) == {
        "grant_type": ["authorization_code"], "code": ["abc"], "redirect_uri": ["http://127.0.0.1:49152/oauth/redirect"],
        "client_id": ["mailsetup-test"], "code_verifier": [pkce.verifier],
    }


def test_token_answer_with_refresh_token():
    tokens = oauth.parse_token_response(200, json.dumps({"access_token": "at-1", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt-1", "scope": "mail"}).encode())
    assert (tokens.access_token, tokens.expires_in, tokens.refresh_token, tokens.scope) == ("at-1", 3600, "rt-1", "mail")
    assert "at-1" not in repr(tokens) and "rt-1" not in repr(tokens)


def test_token_error_in_the_servers_words():
    error = refused(Problem.TOKEN, oauth.parse_token_response, 400, b'{"error": "invalid_grant", "error_description": "code\\nreused"}')
    assert error.detail == "invalid_grant: code reused"


@pytest.mark.parametrize("body", [
    {"token_type": "Bearer"}, {"access_token": "", "token_type": "Bearer"}, {"access_token": "a", "token_type": "mac"},
    {"access_token": "a"}, {"access_token": "a\r\nb", "token_type": "Bearer"}, {"access_token": "a", "token_type": "Bearer", "expires_in": "3600"},
    {"access_token": "a", "token_type": "Bearer", "refresh_token": 7},
])
def test_unusable_token_answers_are_refused(body):
    refused(Problem.TOKEN, oauth.parse_token_response, 200, json.dumps(body).encode())


@pytest.mark.parametrize("seconds", [0, -60])
def test_a_token_that_has_already_expired_is_not_used(seconds):
    refused(Problem.EXPIRED, oauth.parse_token_response, 200, json.dumps({"access_token": "a", "token_type": "Bearer", "expires_in": seconds}).encode())


def test_every_problem_is_a_finding_code():
    from wizard.model.findings import CODES

    assert {p.value for p in Problem} <= set(CODES)


def test_a_refresh_request_is_the_public_clients_form_with_no_scope_and_no_secret():
    body = parse_qs(oauth.refresh_request("rt-1/2+3", "app").decode(), strict_parsing=True)
    assert body == {"grant_type": ["refresh_token"], "refresh_token": ["rt-1/2+3"], "client_id": ["app"]}


@pytest.mark.parametrize("token", ["", "rt\r\ngrant_type=password"])
def test_an_unusable_kept_sign_in_is_stale_before_anything_is_sent(token):
    refused(Problem.STALE, oauth.refresh_request, token, "app")


def test_invalid_grant_for_a_refresh_is_a_stale_sign_in_but_for_a_code_stays_a_refused_token():
    body = b'{"error": "invalid_grant", "error_description": "refresh token reused"}'
    assert refused(Problem.STALE, oauth.parse_token_response, 400, body, refreshing=True).said == "invalid_grant: refresh token reused"
    refused(Problem.TOKEN, oauth.parse_token_response, 400, body)
    refused(Problem.TOKEN, oauth.parse_token_response, 400, b'{"error": "invalid_client"}', refreshing=True)  # not the token's fault


def test_a_refresh_answer_with_a_new_refresh_token_carries_it_and_without_one_carries_none():
    rotated = oauth.parse_token_response(200, b'{"access_token": "a2", "token_type": "Bearer", "refresh_token": "rt-2"}', refreshing=True)
    assert (rotated.access_token, rotated.refresh_token) == ("a2", "rt-2") and "rt-2" not in repr(rotated)
    assert oauth.parse_token_response(200, b'{"access_token": "a2", "token_type": "Bearer"}', refreshing=True).refresh_token is None
