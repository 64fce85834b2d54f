"""The demo provider: DNS, an https settings endpoint, IMAP, POP3 and SMTP on 127.0.0.1.

Everything runs on one asyncio loop in one background thread. Twisted's IMAP4 and POP3
servers and twisted.web run on that loop through Twisted's asyncio reactor; aiosmtpd runs
on it natively. Twisted's reactor is one per process and cannot be restarted, so the loop
thread is started once, lazily, and kept; each DemoProvider only opens and closes its own
listening ports on it (tests start and stop as many providers as they like).

Where the process may (root, as in `make test`'s private network namespace), the demo
listens on the real well-known ports of 127.0.0.1: 443, 993, 995, 465, 587 and 25 (a mail
server that takes mail for the demo domain; in the port25-blocked scene a port that never
answers). Elsewhere (`make run` as a normal user) it uses high ports: the published
settings carry them, reached through the demo's own DNS server as `--dns` would redirect
the wizard, and `DemoNetContext` maps the well-known numbers for code that connects
through the NetContext (see context.py).

A `Scene` (scenes.py) stages one support call on these same servers: which password they
take, what they answer when they refuse one, which of them listen at all, and the files a
customer's machine and the provider's pack hold (staging.py)."""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import shutil
import socket
import ssl
import tempfile
import threading
import warnings
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from wizard.demo import staging
from wizard.demo.certs import DemoCertificates
from wizard.demo.dnsserver import DnsZones, serve_dns
from wizard.demo.scenes import APP_PASSWORD, ORDINARY, Port25, Scene

DOMAIN = "demo.mailsetup.test"
USER = f"demo@{DOMAIN}"
PASSWORD = "rehearse-2468"
DEMO_GET_FOLDER = (b'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
                   b'<m:GetFolderResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><m:ResponseMessages>'
                   b'<m:GetFolderResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode></m:GetFolderResponseMessage>'
                   b"</m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>")
NAME = "Demo Mail"
MAIL_HOSTS = (f"imap.{DOMAIN}", f"pop.{DOMAIN}", f"smtp.{DOMAIN}", f"mail.{DOMAIN}")
WEB_HOSTS = (f"ispdb.{DOMAIN}", f"autoconfig.{DOMAIN}", DOMAIN)
HOST_IP = "127.0.0.1"
SERVICES = ("dns", "web", "imaps", "pop3s", "smtps", "submission", "filtered25")
WELL_KNOWN = {"web": 443, "imaps": 993, "pop3s": 995, "smtps": 465, "submission": 587, "filtered25": 25}
MNEMONIC = {"dns": 10053, "web": 10443, "imaps": 10993, "pop3s": 10995, "smtps": 10465, "submission": 10587, "filtered25": 10025}


@dataclass(frozen=True)
class DemoInfo:
    """What a shell needs to point the wizard at a running demo."""

    domain: str
    user: str
    password: str
    name: str
    ports: dict[str, int]
    ca_file: Path
    mail_sha256: str  # the "new" certificate the provider announces
    mail_cert_pem: bytes
    scene: str = ""  # the rehearsal scene staged ("" = the ordinary demo)
    data_dir: Path | None = None  # the demo's own MAILSETUP_DATA_DIR (certificate store)
    providers_dir: Path | None = None  # holds the demo provider's pack (for --providers)
    home: Path | None = None  # a rehearsal HOME with the customer's Thunderbird (moving-provider)
    profile: Path | None = None  # that Thunderbird profile
    customer_password: str = PASSWORD  # what the customer types in this scene
    working_password: str = PASSWORD  # what logs in (the app password in the app-password scene)
    port25: str = "open"  # "filtered" in the port25-blocked scene

    @property
    def dns(self) -> str:
        return f"{HOST_IP}:{self.ports['dns']}"

    @property
    def ispdb_url(self) -> str:
        port = "" if self.ports["web"] == 443 else f":{self.ports['web']}"
        return f"https://ispdb.{self.domain}{port}/v1.1/"

    @property
    def port_map(self) -> dict[int, int]:
        """Well-known port -> the demo port that plays it (see context.py)."""
        return {25: self.ports["filtered25"], 465: self.ports["smtps"], 587: self.ports["submission"], 993: self.ports["imaps"], 995: self.ports["pop3s"]}

    def to_json(self) -> dict[str, Any]:
        return {
            "domain": self.domain,
            "user": self.user,
            "password": self.password,
            "dns": self.dns,
            "ispdb_url": self.ispdb_url,
            "ca_file": str(self.ca_file),
            "ports": dict(self.ports),
            "announced_certificate_sha256": self.mail_sha256,
            "scene": self.scene,
            "data_dir": None if self.data_dir is None else str(self.data_dir),
            "providers_dir": None if self.providers_dir is None else str(self.providers_dir),
            "profile": None if self.profile is None else str(self.profile),
            "customer_password": self.customer_password,
            "working_password": self.working_password,
            "port25": self.port25,
        }


def autoconfig_xml(domain: str, ports: dict[str, int], port25: bool = False) -> bytes:
    """The provider's settings in Thunderbird's autoconfig format: sending on 465 and 587.
    With `port25` (the port25-blocked scene) port 25 is listed first, as old provider pages
    did; the doctor finds it blocked and the wizard moves to 465/587."""
    on25 = f"""
    <outgoingServer type="smtp">
      <hostname>smtp.{domain}</hostname><port>25</port><socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>""" if port25 else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>{NAME}</displayName>
    <displayShortName>{NAME}</displayShortName>
    <incomingServer type="imap">
      <hostname>imap.{domain}</hostname><port>{ports['imaps']}</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.{domain}</hostname><port>{ports['pop3s']}</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>{on25}
    <outgoingServer type="smtp">
      <hostname>smtp.{domain}</hostname><port>{ports['smtps']}</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.{domain}</hostname><port>{ports['submission']}</port><socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
    <documentation url="https://{domain}/help">
      <descr lang="en">Demo Mail help (a rehearsal provider: it exists only on this computer)</descr>
    </documentation>
  </emailProvider>
</clientConfig>
""".encode()


def zones_for(domain: str, ports: dict[str, int]) -> DnsZones:
    zones = DnsZones(suffixes=(domain + ".",))
    for host in (domain, *(h.split(".")[0] + "." + domain for h in MAIL_HOSTS), *(h.split(".")[0] + "." + domain for h in WEB_HOSTS[:2])):
        zones.add(host, "A", HOST_IP)
    zones.add(domain, "MX", f"10 mail.{domain}.")
    zones.add(f"_imaps._tcp.{domain}", "SRV", f"0 1 {ports['imaps']} imap.{domain}.")
    zones.add(f"_pop3s._tcp.{domain}", "SRV", f"10 1 {ports['pop3s']} pop.{domain}.")
    zones.add(f"_submissions._tcp.{domain}", "SRV", f"0 1 {ports['smtps']} smtp.{domain}.")
    zones.add(f"_submission._tcp.{domain}", "SRV", f"10 1 {ports['submission']} smtp.{domain}.")
    return zones


# -- the shared loop thread ---------------------------------------------------------------


class _LoopThread:
    """One asyncio loop for all demo servers, with Twisted's reactor bound to it."""

    _instance: "_LoopThread | None" = None
    _guard = threading.Lock()

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.error: BaseException | None = None

        def main() -> None:
            asyncio.set_event_loop(self.loop)
            ready.set()
            self.loop.run_forever()

        # Before anything imports twisted.internet.reactor (twisted.mail does): bind the
        # process's one reactor to this loop.
        try:
            from twisted.internet import asyncioreactor

            asyncioreactor.install(eventloop=self.loop)
        except BaseException as exc:  # a reactor installed by someone else
            self.error = exc

        self.thread = threading.Thread(target=main, name="mailsetup-demo", daemon=True)
        self.thread.start()
        ready.wait()

    @classmethod
    def get(cls) -> "_LoopThread":
        with cls._guard:
            if cls._instance is None:
                cls._instance = _LoopThread()
            if cls._instance.error is not None:
                raise RuntimeError(f"the demo cannot start Twisted on its loop: {cls._instance.error}")
            return cls._instance

    def call(self, fn: Callable[[], Awaitable[Any]], timeout: float = 15) -> Any:
        future: Future = asyncio.run_coroutine_threadsafe(fn(), self.loop)  # type: ignore[arg-type]
        return future.result(timeout)


def _server_ssl(pem_cert: bytes, pem_key: bytes, folder: Path, name: str) -> ssl.SSLContext:
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    cert.write_bytes(pem_cert)
    key.write_bytes(pem_key)
    key.chmod(0o600)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


def well_known_ports_free() -> bool:
    """True where this process may listen on 25, 443, 465, 587, 993 and 995 of 127.0.0.1
    (root, as in the test namespace, or a lowered ip_unprivileged_port_start)."""
    for port in WELL_KNOWN.values():
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((HOST_IP, port))
        except OSError:
            return False
        finally:
            sock.close()
    return True


def _bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST_IP, port))
    except OSError:
        if port == 0:
            raise
        sock.bind((HOST_IP, 0))
    return sock


@dataclass
class DemoProvider:
    """`start()` opens every service and returns DemoInfo; `stop()` closes them again.
    `mnemonic_ports=True` (what `mailsetup demo` uses) tries 10993, 10465, ... first, so a
    support person sees recognisable numbers; tests use free ephemeral ports."""

    mnemonic_ports: bool = False
    well_known: bool | None = None  # None: use 25/443/465/587/993/995 when this process may
    scene: Scene = ORDINARY
    domain: str = DOMAIN
    info: DemoInfo | None = None
    store: Any = None  # the MailStore, once started
    _closers: list[Callable[[], Any]] = field(default_factory=list)
    _folder: Path | None = None

    def start(self) -> DemoInfo:
        if self.info is not None:
            return self.info
        self._folder = Path(tempfile.mkdtemp(prefix="mailsetup-demo-"))
        try:
            self.info = _LoopThread.get().call(self._start)
        except BaseException:
            self.stop()
            raise
        return self.info

    def stop(self) -> None:
        if self._closers:
            closers, self._closers = self._closers, []

            async def close() -> None:
                from twisted.internet.defer import Deferred

                for closer in reversed(closers):
                    try:
                        result = closer()
                        if isinstance(result, Deferred):  # Twisted's stopListening: wait until closed
                            result = result.asFuture(asyncio.get_running_loop())
                        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
                            await result
                    except Exception:
                        pass

            try:
                _LoopThread.get().call(close)
            except Exception:
                pass
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self.info = None

    def __enter__(self) -> DemoInfo:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _start(self) -> DemoInfo:
        from aiosmtpd.smtp import SMTP
        from twisted.internet import reactor, ssl as tssl
        from twisted.internet.protocol import ServerFactory
        from twisted.cred.portal import Portal
        from twisted.web import resource, server

        from wizard.demo.mailbox import DemoChecker, DemoIMAPServer, DemoPOP3, DemoRealm, MailStore, welcome_message

        assert self._folder is not None
        scene = self.scene
        self.store = MailStore()
        loop = asyncio.get_running_loop()
        certs = DemoCertificates.create(WEB_HOSTS, MAIL_HOSTS, with_old=scene.certificate_changed)
        ca_file = self._folder / "demo-ca.pem"
        ca_file.write_bytes(certs.ca.cert_pem)
        usernames = (f"demo@{self.domain}", "demo")
        self.store.deliver(welcome_message(f"demo@{self.domain}"))
        working = APP_PASSWORD if scene.app_password else PASSWORD
        checker = DemoChecker(usernames, working, refused_with=APP_PASSWORD_REFUSAL if scene.app_password else None, normal_password=PASSWORD)
        portal = Portal(DemoRealm(self.store), [checker])

        # Reserve every port first, so the settings document can name them.
        well_known = well_known_ports_free() if self.well_known is None else self.well_known

        def wanted(name: str) -> int:
            if well_known:
                return WELL_KNOWN[name]
            return MNEMONIC[name] if self.mnemonic_ports else 0

        socks = {name: _bind(wanted(name)) for name in SERVICES if name != "dns"}
        ports = {name: s.getsockname()[1] for name, s in socks.items()}
        for s in socks.values():
            s.close()  # Twisted and asyncio bind again just below (SO_REUSEADDR)

        dns_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            dns_sock.bind((HOST_IP, MNEMONIC["dns"] if self.mnemonic_ports else 0))
        except OSError:
            dns_sock.bind((HOST_IP, 0))
        ports["dns"] = dns_sock.getsockname()[1]
        if scene.offline:
            # No internet: the name server does not answer (this socket is held, never read)
            # and nothing else listens, so every connection is refused.
            self._closers.append(dns_sock.close)
        else:
            dns_sock.close()
            transport = await serve_dns(zones_for(self.domain, ports), HOST_IP, ports["dns"])
            self._closers.append(transport.close)

        info = self._staged(certs, ports, ca_file, working)
        if scene.offline:
            return info

        # https settings endpoint: ISPDB path and the provider's own autoconfig paths.
        document = autoconfig_xml(self.domain, ports, port25=scene.publishes_port25)
        domain = self.domain

        class Settings(resource.Resource):
            isLeaf = True

            def render_GET(self, request):  # noqa: N802 (Twisted's name)
                path = request.path.decode("ascii", "replace")
                wanted = path.rsplit("/", 1)[-1].lower()
                if path.endswith("config-v1.1.xml") or wanted == domain:
                    request.setHeader(b"content-type", b"application/xml; charset=utf-8")
                    return document
                request.setResponseCode(404)
                return b"not here"

            def render_POST(self, request):  # noqa: N802 - Autodiscover asks by POST: not offered here
                if business and request.path.decode("ascii", "replace").lower() == "/ews/exchange.asmx":
                    return exchange_answer(request)
                request.setResponseCode(404)
                return b"not here"

        business = scene.business

        def exchange_answer(request) -> bytes:
            """Business Mail's Exchange service (EWS), as far as the doctor asks it: a 401
            naming Basic, then GetFolder answered for the demo login."""
            given = (request.getHeader(b"authorization") or b"").decode("latin-1")
            if given[:6].lower() == "basic ":
                try:
                    name, _, secret = base64.b64decode(given[6:], validate=True).decode("utf-8").partition(":")
                except (binascii.Error, UnicodeDecodeError):
                    name, secret = "", ""
                if name in usernames and secret == working:
                    request.setHeader(b"content-type", b"text/xml; charset=utf-8")
                    return DEMO_GET_FOLDER
            request.setResponseCode(401)
            request.setHeader(b"www-authenticate", f'Basic realm="{domain}"'.encode())
            return b""

        web_tls = tssl.PrivateCertificate.loadPEM((certs.web.cert_pem + certs.web.key_pem).decode()).options()
        mail_tls = tssl.PrivateCertificate.loadPEM((certs.mail.cert_pem + certs.mail.key_pem).decode()).options()
        listening = [reactor.listenSSL(ports["web"], server.Site(Settings()), web_tls, interface=HOST_IP)]
        if not scene.mail_down:
            imap_factory = ServerFactory()
            imap_factory.protocol = lambda: _with_portal(DemoIMAPServer(), portal)  # type: ignore[assignment]
            listening.append(reactor.listenSSL(ports["imaps"], imap_factory, mail_tls, interface=HOST_IP))
            pop_factory = ServerFactory()
            pop_factory.protocol = lambda: _with_portal(DemoPOP3(), portal)  # type: ignore[assignment]
            listening.append(reactor.listenSSL(ports["pop3s"], pop_factory, mail_tls, interface=HOST_IP))
        for port in listening:
            self._closers.append(port.stopListening)
        if scene.mail_down:
            return info  # the mail servers are down: their ports refuse connections

        # SMTP through aiosmtpd: 465 implicit TLS, 587 STARTTLS required before AUTH.
        smtp_ssl = _server_ssl(certs.mail.cert_pem, certs.mail.key_pem, self._folder, "mail")
        handler = _Delivery(self.store)
        authenticator = _smtp_authenticator(usernames, working, APP_PASSWORD_REFUSAL if scene.app_password else None)
        logging.getLogger("mail.log").setLevel(logging.CRITICAL)  # aiosmtpd logs every aborted TLS probe

        def implicit_tls_smtp() -> SMTP:
            # aiosmtpd cannot tell that this socket is already TLS, so it warns about AUTH
            # without TLS; on this port there is no byte before the TLS handshake.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                return SMTP(handler, hostname=f"smtp.{self.domain}", auth_required=True, auth_require_tls=False, authenticator=authenticator)

        smtps = await loop.create_server(
            implicit_tls_smtp,
            HOST_IP, ports["smtps"], ssl=smtp_ssl, reuse_address=True,
        )
        submission = await loop.create_server(
            lambda: SMTP(handler, hostname=f"smtp.{self.domain}", tls_context=smtp_ssl, require_starttls=True, auth_required=True, authenticator=authenticator),
            HOST_IP, ports["submission"], reuse_address=True,
        )
        for srv in (smtps, submission):
            self._closers.append(srv.close)

        if scene.port25 is Port25.FILTERED:
            # "Port 25": the listen queue is filled by one connection the demo never accepts,
            # so the kernel drops every further SYN: a connect hangs until its timeout, exactly
            # what a home network that filters port 25 looks like (filtered, not refused).
            hole = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            hole.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            hole.bind((HOST_IP, ports["filtered25"]))
            hole.listen(0)
            filler = socket.create_connection((HOST_IP, ports["filtered25"]), timeout=2)
            self._closers.append(hole.close)
            self._closers.append(filler.close)
        else:
            # A network that lets port 25 through: the provider's mail exchanger answers there
            # and takes mail for the demo domain (no login: servers pass mail to it).
            mx = await loop.create_server(
                lambda: SMTP(_Delivery(self.store), hostname=f"mail.{self.domain}", tls_context=smtp_ssl),
                HOST_IP, ports["filtered25"], reuse_address=True,
            )
            self._closers.append(mx.close)
        return info

    def _staged(self, certs: DemoCertificates, ports: dict[str, int], ca_file: Path, working: str) -> DemoInfo:
        """The scene's files (the pack, the demo's own certificate store, a customer's old
        Thunderbird account) and the DemoInfo that names them."""
        assert self._folder is not None
        scene, domain = self.scene, self.domain
        data_dir = self._folder / "data"
        data_dir.mkdir()
        providers = staging.write_pack(self._folder, staging.pack_toml(scene, domain, ports, certs.mail.sha256, staging.move_date()))
        if scene.certificate_changed and certs.old is not None:
            published = (ports["imaps"], ports["pop3s"], ports["smtps"], ports["submission"])
            staging.pin_last_weeks_certificate(data_dir, tuple(h.replace(DOMAIN, domain) for h in MAIL_HOSTS), published, certs.old.sha256, f"CN={MAIL_HOSTS[0]}")
        home = profile = None
        user = f"demo@{domain}"
        if scene.moving:
            home = self._folder / "home"
            profile = staging.old_thunderbird_account(home, domain, user, ports)
        return DemoInfo(domain, user, PASSWORD, NAME, ports, ca_file, certs.mail.sha256, certs.mail.cert_pem,
                        scene=scene.name, data_dir=data_dir, providers_dir=providers, home=home, profile=profile,
                        customer_password=scene.customer_password or PASSWORD, working_password=working,
                        port25=scene.port25.value)


APP_PASSWORD_REFUSAL = "Application-specific password required: two-factor sign-in is on for this account; make an app password on the security page"


def _with_portal(protocol: Any, portal: Any) -> Any:
    protocol.portal = portal
    return protocol


if TYPE_CHECKING:  # Twisted loads only when the demo starts
    from wizard.demo.mailbox import MailStore


class _Delivery:
    """aiosmtpd handler: mail to the demo user lands in its inbox; nothing leaves the demo."""

    def __init__(self, store: MailStore) -> None:
        self.store = store

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.store.deliver(envelope.original_content or envelope.content)
        return "250 OK: delivered to the demo mailbox"


def _smtp_authenticator(usernames: tuple[str, ...], password: str, refused_with: str | None = None):
    """AUTH PLAIN/LOGIN for the demo user. With `refused_with` (app-password scene) the
    normal password is refused with that reason, as such providers' servers answer."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    allowed = {u.lower() for u in usernames}

    def check(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", "replace").lower()
            given = auth_data.password.decode("utf-8", "replace")
            if login in allowed and given == password:
                return AuthResult(success=True)
            if login in allowed and refused_with is not None and given == PASSWORD:
                return AuthResult(success=False, handled=False, message=f"535 5.7.9 {refused_with}")
        return AuthResult(success=False, handled=False)

    return check
