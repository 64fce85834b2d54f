"""The test world's OAuth part on its own, with the standard library's clients: the
authorization server issues a JWT through the code flow with PKCE, and Dovecot (IMAP, POP3)
and Postfix (SMTP through Dovecot) accept it, and refuse an expired or foreign one. Mail
sent with the token to the provider's own addresses arrives in the mailbox Dovecot serves."""

from __future__ import annotations

import base64
import hashlib
import imaplib
import json
import poplib
import secrets
import smtplib
import ssl
import threading
import time
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from tests.world.oauth import CLIENT_ID, DOMAIN, ISSUER, MAIL_HOST

pytestmark = pytest.mark.world


def _token(world, oauth_world) -> str:
    """The code flow by hand: a one-shot loopback catcher, the authorize redirect, the token."""
    caught: dict[str, str] = {}

    class Catch(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            caught.update({k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    catcher = HTTPServer(("127.0.0.1", 0), Catch)
    thread = threading.Thread(target=catcher.handle_request, daemon=True)
    thread.start()
    redirect = f"http://127.0.0.1:{catcher.server_port}/oauth/redirect"
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    with httpx.Client(verify=_tls(world), trust_env=False) as web:
        meta = web.get(f"{ISSUER}/.well-known/oauth-authorization-server").json()
        assert meta["issuer"] == ISSUER
        query = urlencode({"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": redirect, "scope": "mail offline_access",
                           "state": "s1", "code_challenge": challenge, "code_challenge_method": "S256"})
        answer = web.get(f"{meta['authorization_endpoint']}?{query}")
        assert answer.status_code == 302, answer.text
        httpx.get(answer.headers["location"], trust_env=False)
        thread.join(5)
        catcher.server_close()
        assert caught["state"] == "s1"
        wrong = web.post(meta["token_endpoint"], data={"grant_type": "authorization_code", "code": caught["code"], "redirect_uri": redirect,
                                                       "client_id": CLIENT_ID, "code_verifier": "x" * 43})
        assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"  # PKCE checked
        token = web.post(meta["token_endpoint"], data={"grant_type": "authorization_code", "code": caught["code"], "redirect_uri": redirect,
                                                       "client_id": CLIENT_ID, "code_verifier": verifier})
    assert token.status_code == 200, token.text
    body = token.json()
    assert body["token_type"].lower() == "bearer" and body["refresh_token"]
    return body["access_token"]


def _tls(world) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(world.ca_file))


def _xoauth2(user: str, token: str) -> bytes:
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def test_a_token_from_the_code_flow_opens_imap_pop3_and_smtp(world, oauth_world):
    user = world.user("alice").address
    token = _token(world, oauth_world)
    imap = imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=_tls(world))
    assert "AUTH=OAUTHBEARER" in imap.capabilities and "AUTH=PLAIN" not in imap.capabilities
    assert imap.authenticate("XOAUTH2", lambda _: _xoauth2(user, token))[0] == "OK"
    imap.logout()
    pop = poplib.POP3_SSL(MAIL_HOST, 995, context=_tls(world))
    assert pop._shortcmd("AUTH XOAUTH2 " + base64.b64encode(_xoauth2(user, token)).decode()).startswith(b"+OK")
    pop.quit()
    with smtplib.SMTP_SSL(MAIL_HOST, 465, context=_tls(world)) as smtp:
        smtp.ehlo()
        assert "XOAUTH2" in smtp.esmtp_features["auth"] and "OAUTHBEARER" in smtp.esmtp_features["auth"]
        code, _ = smtp.docmd("AUTH", "XOAUTH2 " + base64.b64encode(_xoauth2(user, token)).decode())
        assert code == 235


def _oauthbearer(user: str, token: str) -> bytes:
    return f"n,a={user},\x01auth=Bearer {token}\x01\x01".encode()


def _found(imap: imaplib.IMAP4, subject: str, wait: float = 10.0) -> bool:
    """Whether a message with `subject` is in INBOX, looking until `wait` seconds have passed."""
    end = time.monotonic() + wait
    while True:
        imap.select("INBOX", readonly=True)
        status, data = imap.search(None, "SUBJECT", f'"{subject}"')
        if status == "OK" and data and data[0].split():
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(0.2)


def test_mail_sent_with_the_token_over_submission_arrives_in_the_providers_own_mailbox(world, oauth_world):
    user = f"alice@{DOMAIN}"
    oauth_world.user = user
    token = _token(world, oauth_world)
    subjects = {465: f"oauth world 465 {secrets.token_hex(4)}", 587: f"oauth world 587 {secrets.token_hex(4)}"}
    for port, subject in subjects.items():
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = user, user, subject
        message.set_content("sent with the token\n")
        if port == 465:
            smtp = smtplib.SMTP_SSL(MAIL_HOST, 465, context=_tls(world))
            mechanism, blob = "XOAUTH2", _xoauth2(user, token)
        else:
            smtp = smtplib.SMTP(MAIL_HOST, 587)
            smtp.starttls(context=_tls(world))
            mechanism, blob = "OAUTHBEARER", _oauthbearer(user, token)
        with smtp:
            smtp.ehlo()
            code, _ = smtp.docmd("AUTH", f"{mechanism} " + base64.b64encode(blob).decode())
            assert code == 235
            assert smtp.send_message(message) == {}
    with imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=_tls(world)) as imap:
        imap.authenticate("XOAUTH2", lambda _: _xoauth2(user, token))
        assert all(_found(imap, subject) for subject in subjects.values())
    maildir = oauth_world.mailbox(user).maildir
    delivered = [p.read_text(errors="replace") for sub in ("new", "cur") for p in (maildir / sub).iterdir()]
    assert all(any(f"Subject: {subject}" in text for text in delivered) for subject in subjects.values())


def test_expired_or_foreign_tokens_are_refused(world, oauth_world):
    user = world.user("alice").address
    oauth_world.token_expired = True
    expired = _token(world, oauth_world)
    imap = imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=_tls(world))
    with pytest.raises(imaplib.IMAP4.error):
        imap.authenticate("XOAUTH2", lambda _: _xoauth2(user, expired))
    oauth_world.token_expired = False
    good = _token(world, oauth_world)
    head, claims, _ = good.split(".")
    data = json.loads(base64.urlsafe_b64decode(claims + "=="))
    data["email"] = world.user("bob").address  # re-signed by nobody: the signature no longer fits
    forged = ".".join([head, base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode(), _])
    with pytest.raises(imaplib.IMAP4.error):
        imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=_tls(world)).authenticate("XOAUTH2", lambda _: _xoauth2(world.user("bob").address, forged))
    with pytest.raises(imaplib.IMAP4.error):  # a good token for alice does not open bob's mailbox
        imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=_tls(world)).authenticate("XOAUTH2", lambda _: _xoauth2(world.user("bob").address, good))


def _refresh(world, refresh_token: str) -> httpx.Response:
    with httpx.Client(verify=_tls(world), trust_env=False) as web:
        return web.post(f"{ISSUER}/token", data={"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": CLIENT_ID})


def test_a_refresh_token_rotates_and_the_old_one_is_then_invalid_grant(world, oauth_world):
    _token(world, oauth_world)
    first = oauth_world.issued[-1]["refresh_token"]
    answer = _refresh(world, first)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["access_token"] and body["refresh_token"] and body["refresh_token"] != first
    with imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=_tls(world)) as imap:  # the refreshed token opens the mail
        imap.authenticate("XOAUTH2", lambda _: _xoauth2(oauth_world.user, body["access_token"]))
    reused = _refresh(world, first)
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    assert _refresh(world, body["refresh_token"]).status_code == 200


def test_without_rotation_the_same_refresh_token_keeps_working_until_revoked(world, oauth_world):
    oauth_world.rotate_refresh = False
    _token(world, oauth_world)
    kept = oauth_world.issued[-1]["refresh_token"]
    for _ in range(2):
        answer = _refresh(world, kept)
        assert answer.status_code == 200 and "refresh_token" not in answer.json()
    oauth_world.revoke_refresh_tokens()
    assert _refresh(world, kept).json()["error"] == "invalid_grant"
