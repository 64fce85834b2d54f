"""OAuth 2 in the test world: an authorization server of our own on https://login.oauth.test
(authlib's authorization-code grant with PKCE, public clients, JWT access tokens signed
RS256), and a mail host mail.oauth.test whose Dovecot checks those JWTs itself
(`passdb { driver = oauth2 }`, `introspection_mode = local`, the public key in a dict) for
IMAP and POP3, with a Postfix that authenticates SMTP through that Dovecot and delivers mail
for the provider's own domain (``DOMAIN``, its ``users``) into the maildirs that Dovecot
serves, so a message sent with a token can be read back with one.

The mail host is separate from the world's mail.example.test so that host's capabilities
(password logins only) stay as every other test knows them. The person is always signed in
at the provider (``OAuthWorld.user``); a test plays the browser by following the
authorization address. Knobs for hostile servers: another issuer in the metadata, another
state or redirect address, a refusal, tokens that have expired. Refresh tokens rotate
(``rotate_refresh``): a refresh answers with a new one and the old one is then invalid_grant,
as is every one after ``revoke_refresh_tokens()``.
"""

from __future__ import annotations

import json
import os
import ssl
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from authlib.oauth2 import AuthorizationServer, OAuth2Error, OAuth2Request
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7636 import CodeChallenge
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from joserfc import jwt
from joserfc.jwk import RSAKey

from .dovecot import MAIL_GID, MAIL_UID, User
from .postfix import PostfixPaths, make_queue, render_main_cf, render_master_cf, write_vmailbox
from .proc import Daemon, listening
from .web import Request, Response

if TYPE_CHECKING:
    from .world import World

ISSUER_HOST = "login.oauth.test"
ISSUER = f"https://{ISSUER_HOST}"
MAIL_HOST = "mail.oauth.test"
DOMAIN = "oauth.test"  # the provider's own addresses: mail for them is delivered here
MAILBOXES = ("alice", "bob")
MAIL_IP = "127.0.4.10"  # fixed, below the addresses World.allocate_ip hands out in a test
CLIENT_ID = "mailsetup-test-world"  # the test world's own registration, nobody else's
SCOPES = ("mail", "offline_access")
PORTS = {"imaps": 993, "pop3s": 995, "submission": 587, "submissions": 465}


def pack(domain: str = "oauth.test", incoming: tuple[str, ...] = ("imap", "pop3")) -> str:
    """A provider pack for the OAuth mail host with the test world's registration;
    `incoming`: its incoming servers (("pop3",): an account that receives over POP3 alone)."""
    ports = {"imap": 993, "pop3": 995}
    servers = "".join(f'''[[incoming]]
protocol = "{protocol}"
host = "{MAIL_HOST}"
port = {ports[protocol]}
security = "tls"
auth = ["oauth2"]

''' for protocol in incoming)
    return f'''name = "OAuth Test Mail"
domains = ["{domain}"]

{servers}[[outgoing]]
protocol = "smtp"
host = "{MAIL_HOST}"
port = 465
security = "tls"
auth = ["oauth2"]

[oauth2]
issuer = "{ISSUER}"
client_id = "{CLIENT_ID}"
scopes = {json.dumps(list(SCOPES))}
'''


class Browser:
    """Plays the system browser: ``open(url)`` (the callback the wizard is given) follows the
    address in a thread, through the authorization server's redirects, to wherever they lead,
    as a browser would. ``pages`` keeps what it was shown; ``errors`` what went wrong."""

    def __init__(self, ca_file: Path) -> None:
        self.ca_file = ca_file
        self.opened: list[str] = []
        self.pages: list[tuple[int, str]] = []
        self.errors: list[str] = []
        self._threads: list[threading.Thread] = []

    def open(self, url: str) -> None:
        self.opened.append(url)
        thread = threading.Thread(target=self._follow, args=(url,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def wait(self, timeout: float = 30) -> None:
        for thread in self._threads:
            thread.join(timeout)

    def _follow(self, url: str) -> None:
        import httpx

        try:
            with httpx.Client(verify=ssl.create_default_context(cafile=str(self.ca_file)), trust_env=False, follow_redirects=False, timeout=20) as client:
                for _ in range(5):
                    answer = client.get(url)
                    location = answer.headers.get("location")
                    if answer.status_code in (301, 302, 303, 307, 308) and location:
                        url = location
                        continue
                    self.pages.append((answer.status_code, answer.text))
                    return
        except httpx.HTTPError as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")


# -- the authorization server --------------------------------------------------------------------
class _Client(ClientMixin):
    """The test world's registration: a public native app (RFC 8252), any loopback port."""

    def get_client_id(self) -> str:
        return CLIENT_ID

    def get_default_redirect_uri(self) -> str | None:
        return None

    def get_allowed_scope(self, scope: str) -> str:
        return " ".join(s for s in (scope or "").split() if s in SCOPES)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        parts = urlsplit(redirect_uri)  # RFC 8252 7.3: the port is the app's to choose
        return parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.port is not None and parts.path == "/oauth/redirect"

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none"  # no secret: a native app cannot keep one

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")  # a refresh token comes with the code


@dataclass
class _Code:
    code: str
    redirect_uri: str
    scope: str
    user: str
    code_challenge: str | None
    code_challenge_method: str | None

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


class _Request(OAuth2Request):
    def __init__(self, method: str, uri: str, values: dict[str, str], headers: dict[str, str]) -> None:
        super().__init__(method, uri, headers=headers)
        self.payload = BasicOAuth2Payload(values)
        self._values = values

    @property
    def args(self) -> dict[str, str]:
        return self._values

    @property
    def form(self) -> dict[str, str]:
        return self._values


class _Server(AuthorizationServer):
    def __init__(self, world: "OAuthWorld") -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self.world = world
        self.codes: dict[str, _Code] = {}
        self.client = _Client()

    def query_client(self, client_id: str) -> _Client | None:
        return self.client if client_id == CLIENT_ID else None

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        self.world.issued.append(dict(token))
        if token.get("refresh_token"):
            self.world.refresh_tokens[token["refresh_token"]] = _Refresh(token["refresh_token"], request.user, token.get("scope", ""))

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        pass

    def create_oauth2_request(self, request: Any) -> OAuth2Request:
        return request

    def create_json_request(self, request: Any) -> OAuth2Request:
        return request

    def handle_response(self, status: int, body: Any, headers: Any) -> Response:
        raw = json.dumps(body).encode() if isinstance(body, dict) else (body or b"")
        return Response(status, raw, tuple(headers or ()))


class _CodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["none"]

    def save_authorization_code(self, code: str, request: OAuth2Request) -> None:
        data = request.payload.data
        server: _Server = self.server
        server.world.codes_issued.append(code)
        server.codes[code] = _Code(code, data["redirect_uri"], request.payload.scope or "", request.user,
                                   data.get("code_challenge"), data.get("code_challenge_method"))

    def query_authorization_code(self, code: str, client: ClientMixin) -> _Code | None:
        server: _Server = self.server
        return server.codes.get(code)

    def delete_authorization_code(self, authorization_code: _Code) -> None:
        server: _Server = self.server
        server.codes.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code: _Code) -> str:
        return authorization_code.user


@dataclass
class _Refresh:
    """A refresh token the server issued: who it is for, and whether it still works."""

    token: str
    user: str
    scope: str
    revoked: bool = False

    def check_client(self, client: ClientMixin) -> bool:
        return client.get_client_id() == CLIENT_ID

    def get_scope(self) -> str:
        return self.scope


class _RefreshGrant(grants.RefreshTokenGrant):
    """RFC 6749 section 6 for the public client. With ``rotate_refresh`` (the default, as
    Microsoft's and Google's do for public clients) every refresh answers with a new refresh
    token and the one used stops working; a revoked or unknown one is invalid_grant."""

    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["none"]

    @property
    def INCLUDE_NEW_REFRESH_TOKEN(self) -> bool:  # type: ignore[override]  # noqa: N802 (authlib's name)
        server: _Server = self.server
        return server.world.rotate_refresh

    def authenticate_refresh_token(self, refresh_token: str) -> _Refresh | None:
        server: _Server = self.server
        found = server.world.refresh_tokens.get(refresh_token)
        return found if found is not None and not found.revoked else None

    def authenticate_user(self, refresh_token: _Refresh) -> str:
        return refresh_token.user

    def revoke_old_credential(self, refresh_token: _Refresh) -> None:
        server: _Server = self.server
        if server.world.rotate_refresh:
            refresh_token.revoked = True


class OAuthWorld:
    """The running OAuth part of the world and the knobs a test turns (reset per test)."""

    def __init__(self, world: "World") -> None:
        self.world = world
        self.root = world.root / "oauth"
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._signing = RSAKey.import_key(self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        self.server = _Server(self)
        self.server.register_grant(_CodeGrant, [CodeChallenge(required=True)])
        self.server.register_grant(_RefreshGrant)
        self.server.register_token_generator("default", BearerTokenGenerator(self._access_token, self._refresh_token, lambda client, grant_type: self.expires_in))
        self.issued: list[dict[str, Any]] = []
        self.codes_issued: list[str] = []
        # The provider's mailboxes, where Dovecot's userdb puts them (mail/<domain>/<name>).
        # No password: they sign in with a token only.
        self.users: tuple[User, ...] = tuple(User(f"{name}@{DOMAIN}", "", world.root / "mail" / DOMAIN / name) for name in MAILBOXES)
        self.reset()

    # -- knobs -----------------------------------------------------------------------------------
    def reset(self) -> None:
        self.user = self.world.user("alice").address  # who is signed in at the provider
        self.metadata_issuer = ISSUER  # hostile: another issuer named in the metadata
        self.redirect_authority: str | None = None  # hostile: send the browser to another "host:port" ({port}: ours)
        self.state_override: str | None = None  # hostile: answer with another state
        self.deny: str | None = None  # an error code instead of a code
        self.token_expired = False  # hostile: the JWT's exp is already past (expires_in says not)
        self.expires_in = 3600
        self.rotate_refresh = True  # every refresh gives a new refresh token; the old one stops working
        self.issued = []
        self.codes_issued: list[str] = []
        self.refresh_tokens: dict[str, _Refresh] = {}
        self.server.codes.clear()

    def mailbox(self, address: str) -> User:
        """One of the provider's own mailboxes (``users``), by address."""
        return next(u for u in self.users if u.address == address)

    def revoke_refresh_tokens(self) -> None:
        """The provider ends every kept sign-in (a password change, a revocation, expiry)."""
        for refresh in self.refresh_tokens.values():
            refresh.revoked = True

    # -- the server's answers --------------------------------------------------------------------
    def metadata(self) -> dict[str, Any]:
        return {
            "issuer": self.metadata_issuer,
            "authorization_endpoint": f"{ISSUER}/authorize",
            "token_endpoint": f"{ISSUER}/token",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "scopes_supported": list(SCOPES),
        }

    def _access_token(self, client: ClientMixin, grant_type: str, user: str, scope: str) -> str:
        now = int(time.time())
        claims = {"iss": ISSUER, "sub": user.split("@")[0], "email": user, "client_id": CLIENT_ID, "scope": scope,
                  "iat": now - (7200 if self.token_expired else 0), "exp": now + (-3600 if self.token_expired else self.expires_in)}
        # Dovecot 2.3's local validation wants typ "JWT" (RFC 9068's "at+jwt" is refused)
        return jwt.encode({"alg": "RS256", "typ": "JWT"}, claims, self._signing)

    def _refresh_token(self, client: ClientMixin, grant_type: str, user: str, scope: str) -> str:
        return "rt-" + os.urandom(24).hex()

    def authorize(self, request: Request) -> Response:
        values = dict(parse_qsl(request.query, keep_blank_values=True))
        oauth_request = _Request("GET", f"{ISSUER}/authorize?{request.query}", values, dict(request.headers))
        if self.deny:
            redirect = values.get("redirect_uri", "")
            query = urlencode({"error": self.deny, "error_description": "The person said no", "state": values.get("state", "")})
            return self._redirect(f"{redirect}?{query}")
        try:
            grant = self.server.get_consent_grant(oauth_request, end_user=self.user)
        except OAuth2Error as exc:  # a bad client or redirect address: an error page, no redirect
            return Response(400, f"{exc.error}: {exc.description}".encode(), (("Content-Type", "text/plain"),))
        answer = self.server.create_authorization_response(oauth_request, grant_user=self.user, grant=grant)
        location = dict(answer.headers).get("Location")
        if answer.status != 302 or location is None:
            return answer
        return self._redirect(location)

    def _redirect(self, location: str) -> Response:
        parts = urlsplit(location)
        query = parts.query
        if self.state_override is not None:
            query = urlencode([(k, self.state_override if k == "state" else v) for k, v in parse_qsl(query, keep_blank_values=True)])
        netloc = self.redirect_authority.format(port=parts.port) if self.redirect_authority else parts.netloc
        return Response(302, b"", (("Location", urlunsplit((parts.scheme, netloc, parts.path, query, ""))),))

    def token(self, request: Request) -> Response:
        values = dict(parse_qsl(request.body.decode("ascii", "replace"), keep_blank_values=True))
        oauth_request = _Request("POST", f"{ISSUER}/token", values, dict(request.headers))
        answer = self.server.create_token_response(oauth_request)
        return Response(answer.status, answer.body, tuple(answer.headers) + (("Content-Type", "application/json"),))

    def install(self) -> None:
        """DNS and web routes (the world undoes both after every test, so each test calls it)."""
        self.world.dns.set_a(MAIL_HOST, MAIL_IP)
        web = self.world.web
        web.add(ISSUER_HOST, "/.well-known/oauth-authorization-server", lambda r: Response(200, json.dumps(self.metadata()).encode(), (("Content-Type", "application/json"),)), schemes=("https",))
        web.add(ISSUER_HOST, "/authorize", self.authorize, schemes=("https",))
        web.add(ISSUER_HOST, "/token", self.token, method="POST", schemes=("https",))

    # -- the mail host -----------------------------------------------------------------------------
    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.cert = self.world.certs.for_host(MAIL_HOST)
        keys = self.root / "keys" / "default" / "RS256"  # the dict key shared/<azp>/<alg>/<kid>
        keys.mkdir(parents=True)
        (keys / "default").write_bytes(self.key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        for path in [self.root, *self.root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        self.postfix_paths = PostfixPaths(etc=self.root / "postfix", queue=self.root / "spool", data=self.root / "postfix-data",
                                          mail_base=self.world.root / "mail", log=self.world.log_dir / "oauth-postfix.log")
        make_queue(self.postfix_paths)
        self.dovecot_log = self.world.log_dir / "oauth-dovecot.log"
        (self.root / "base").mkdir()
        (self.root / "state").mkdir()
        (self.root / "oauth2.conf.ext").write_text(
            "introspection_mode = local\n"
            f"local_validation_key_dict = fs:posix:prefix={self.root}/keys/\n"
            "username_attribute = email\n"
            f"issuers = {ISSUER}\n"
            "scope = mail\n"
        )
        (self.root / "dovecot.conf").write_text(self._dovecot_conf())
        self._dovecot = Daemon("oauth-dovecot", ["dovecot", "-F", "-c", str(self.root / "dovecot.conf")], self.dovecot_log)
        self._dovecot.start(lambda: all(listening(MAIL_IP, p) for p in (993, 995)) and (self.postfix_paths.queue / "private" / "auth").exists(), timeout=8)
        p = self.postfix_paths
        p.etc.mkdir()
        main = render_main_cf(MAIL_HOST, MAIL_IP, self.cert, p, [self.world.domain, DOMAIN])
        (p.etc / "main.cf").write_text(main)
        (p.etc / "master.cf").write_text("\n".join(line for line in render_master_cf(MAIL_IP).splitlines() if f"{MAIL_IP}:25 " not in line) + "\n")
        write_vmailbox(p.etc, [*self.world.users, *self.users], p.mail_base)
        self._write_mailboxes()
        past = time.time() - 5  # Postfix waits until a fresh main.cf is a second old
        for path in p.etc.iterdir():
            os.utime(path, (past, past))
        self._postfix = Daemon("oauth-postfix", ["/usr/lib/postfix/sbin/master", "-d", "-c", str(p.etc)], p.log)
        self._postfix.start(lambda: all(listening(MAIL_IP, port) for port in (465, 587)), timeout=8)

    def _write_mailboxes(self) -> None:
        """The provider's maildirs, owned by the mail user as the world's own are."""
        base = self.world.root / "mail" / DOMAIN
        for u in self.users:
            for sub in ("cur", "new", "tmp"):
                (u.maildir / sub).mkdir(parents=True, exist_ok=True)
        for path in [base, *base.rglob("*")]:
            os.chown(path, MAIL_UID, MAIL_GID)

    def stop(self) -> None:
        for name in ("_postfix", "_dovecot"):
            part = getattr(self, name, None)
            if part is not None:
                part.stop(timeout=0.3) if name == "_dovecot" else part.stop()

    def _dovecot_conf(self) -> str:
        dh = "/usr/share/dovecot/dh.pem"
        return f"""# generated by tests/world/oauth.py
protocols = imap pop3
listen = {MAIL_IP}
base_dir = {self.root}/base
state_dir = {self.root}/state
instance_name = mailsetup-world-oauth
log_path = {self.dovecot_log}
info_log_path = {self.dovecot_log}
log_timestamp = "%Y-%m-%d %H:%M:%S "
auth_verbose = yes
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = {MAIL_UID}
last_valid_uid = {MAIL_UID}
ssl = required
ssl_cert = <{self.cert.cert_file}
ssl_key = <{self.cert.key_file}
{f"ssl_dh = <{dh}" if os.path.exists(dh) else ""}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = oauthbearer xoauth2
auth_failure_delay = 0
mail_location = maildir:~/Maildir
passdb {{
  driver = oauth2
  mechanisms = oauthbearer xoauth2
  args = {self.root}/oauth2.conf.ext
}}
userdb {{
  driver = static
  args = uid={MAIL_UID} gid={MAIL_GID} home={self.world.root}/mail/%d/%n
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = 993
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = 995
    ssl = yes
  }}
}}
service auth {{
  unix_listener {self.postfix_paths.queue}/private/auth {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

