"""A kept sign-in renewed at the test world's token endpoint (RFC 6749 section 6), with a
store standing in for the keyring: a rotated refresh token replaces the one used before the
tokens are handed on, and the old one is dead at the provider; one the provider no longer
takes (invalid_grant) is dropped from the store and the finding asks for a new sign-in; a
refusal that is not the token's fault leaves the kept one alone. One refresh per renewal."""

from __future__ import annotations

import asyncio

import pytest

from tests.doctor.test_signin import REGISTRATION, SERVERS, run
from wizard.doctor.signin import login_with_token, renew
from wizard.doctor.login import LoginStatus
from wizard.i18n import T, Text, load_catalog
from wizard.providers.model import OAuthClient

pytestmark = pytest.mark.world


class Store:
    """The keyring's part, in memory: what the doctor asked of it, in order."""

    def __init__(self, address: str, token: str | None) -> None:
        self.tokens = {address: token} if token else {}
        self.calls: list[tuple[str, ...]] = []

    def read(self, address: str) -> str | None:
        self.calls.append(("read", address))
        return self.tokens.get(address)

    def replace(self, address: str, used: str, new: str) -> Text:
        self.calls.append(("replace", address))
        assert self.tokens.get(address) == used
        self.tokens[address] = new
        return T("replaced")

    def drop(self, address: str, used: str) -> Text:
        self.calls.append(("drop", address))
        assert self.tokens.pop(address) == used
        return T("dropped")


def _kept(make_ctx, world) -> str:
    """A refresh token from a real sign-in (the test plays the browser)."""
    result, _ = run(make_ctx, world)
    assert result.tokens is not None and result.tokens.refresh_token
    return result.tokens.refresh_token


def _renew(make_ctx, address: str, store: Store, registration: OAuthClient = REGISTRATION):
    return asyncio.run(renew(make_ctx(read=5.0, deadline=30.0), registration, address, store))


def _token_requests(world) -> list[bytes]:
    return [r.body for r in world.web.requests_for("login.oauth.test", "/token")]


def test_a_rotated_refresh_token_replaces_the_kept_one_and_the_old_one_is_dead(make_ctx, world, oauth_world):
    address = world.user("alice").address
    first = _kept(make_ctx, world)
    store = Store(address, first)
    renewal = _renew(make_ctx, address, store)
    assert renewal is not None and renewal.finding is None and renewal.tokens is not None
    second = store.tokens[address]
    assert second != first and second == oauth_world.issued[-1]["refresh_token"] == renewal.tokens.refresh_token
    assert store.calls == [("read", address), ("replace", address)] and renewal.kept is not None
    assert first not in repr(renewal) and second not in repr(renewal) and renewal.tokens.access_token not in repr(renewal)
    proof = asyncio.run(login_with_token(make_ctx(read=5.0), SERVERS[0], address, renewal.tokens.access_token))
    assert proof.status is LoginStatus.OK  # the renewed access token opens the mail
    assert oauth_world.refresh_tokens[first].revoked  # the provider's side: the old one no longer works
    again = _renew(make_ctx, address, store)  # the next check uses the new one, and it works
    assert again is not None and again.tokens is not None and store.tokens[address] not in (first, second)


def test_without_rotation_the_kept_one_stays_and_the_store_is_not_written(make_ctx, world, oauth_world):
    oauth_world.rotate_refresh = False
    address = world.user("alice").address
    first = _kept(make_ctx, world)
    store = Store(address, first)
    renewal = _renew(make_ctx, address, store)
    assert renewal is not None and renewal.tokens is not None and renewal.tokens.refresh_token is None and renewal.kept is None
    assert store.tokens[address] == first and store.calls == [("read", address)]


def test_a_refresh_token_reused_after_rotation_is_dropped_and_a_new_sign_in_is_asked_for(make_ctx, world, oauth_world):
    address = world.user("alice").address
    first = _kept(make_ctx, world)
    assert _renew(make_ctx, address, Store(address, first)).tokens is not None  # another run rotated it
    stale = Store(address, first)  # this one still holds the old one
    before = len(_token_requests(world))
    renewal = _renew(make_ctx, address, stale)
    assert renewal is not None and renewal.tokens is None and renewal.stale
    assert renewal.finding.code == "oauth-sign-in-stale" and renewal.finding.severity.value == "warning"
    assert address not in stale.tokens and stale.calls == [("read", address), ("drop", address)]
    assert len(_token_requests(world)) == before + 1  # one refresh, not a loop
    words = {lang: (renewal.finding.message.render(load_catalog(lang)), renewal.finding.fix.render(load_catalog(lang))) for lang in ("en", "da", "nb")}
    assert "no longer accepted by https://login.oauth.test (it said: “invalid_grant" in words["en"][0] and words["en"][1].startswith("Sign in again in your browser.")
    assert words["da"][1].startswith("Log ind igen i din browser.") and words["nb"][1].startswith("Logg inn på nytt i nettleseren.")
    assert first not in str(words)
    assert _renew(make_ctx, address, stale) is None  # the next check goes straight to the browser


def test_a_sign_in_the_provider_ended_is_dropped(make_ctx, world, oauth_world):
    address = world.user("alice").address
    store = Store(address, _kept(make_ctx, world))
    oauth_world.revoke_refresh_tokens()
    renewal = _renew(make_ctx, address, store)
    assert renewal is not None and renewal.stale and not store.tokens


def test_a_refusal_that_is_not_the_tokens_fault_keeps_it(make_ctx, world, oauth_world):
    address = world.user("alice").address
    first = _kept(make_ctx, world)
    store = Store(address, first)
    renewal = _renew(make_ctx, address, store, OAuthClient(REGISTRATION.issuer, "someone-else", REGISTRATION.scopes))
    assert renewal is not None and renewal.tokens is None and not renewal.stale
    assert renewal.finding.code == "oauth-token-refused" and store.tokens[address] == first
    oauth_world.metadata_issuer = "https://evil.test"
    renewal = _renew(make_ctx, address, store)
    assert renewal.finding.code == "oauth-issuer-mismatch" and store.tokens[address] == first
    assert len(_token_requests(world)) == 2  # the code exchange and the refused refresh: nothing went to another issuer's endpoint


def test_nothing_kept_asks_nothing(make_ctx, world, oauth_world):
    assert _renew(make_ctx, "alice@example.test", Store("alice@example.test", None)) is None
    assert not world.web.requests_for("login.oauth.test", "/token") and not world.web.requests_for("login.oauth.test", "/.well-known/oauth-authorization-server")


def test_a_kept_sign_in_with_control_characters_is_dropped_before_anything_is_sent(make_ctx, world, oauth_world):
    store = Store("alice@example.test", "rt\r\ngrant_type=password")
    renewal = _renew(make_ctx, "alice@example.test", store)
    assert renewal is not None and renewal.stale and not store.tokens
    assert not world.web.requests_for("login.oauth.test", "/token")
