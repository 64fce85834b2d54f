"""The World: every server of the test internet, started together and stopped together.

Facts about the world (hosts, users, certificates) are frozen data; the :class:`World` object
is the running thing with the knobs tests turn (DNS records, web routes, firewall rules,
which certificate the mail host presents).
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import sys
import socket
import ssl
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Mapping

from . import isolation
from .certs import CertPair, Certs
from .dnsserver import DNS_IP, Dns, Records
from .dovecot import MAIL_GID, MAIL_UID, Dovecot, DovecotPaths, User, render_config, write_users
from .firewall import Firewall, Rule
from .postfix import Postfix, PostfixPaths, make_queue, render_main_cf, render_master_cf, write_vmailbox
from .proc import WorldError, wait_until
from .web import Web, WebState

DOMAIN = "example.test"
MAIL_HOST = "mail.example.test"
PASSWORDS = {"alice": "correct horse battery", "bob": "hunter2 is not a password"}

DEFAULT_HOSTS: Mapping[str, str] = MappingProxyType({
    "mail.example.test": "127.0.1.10",
    "imap.example.test": "127.0.1.10",
    "smtp.example.test": "127.0.1.10",
    "pop.example.test": "127.0.1.10",
    "example.test": "127.0.2.1",  # web: https://example.test/autodiscover/autodiscover.xml
    "autoconfig.example.test": "127.0.2.2",
    "autodiscover.example.test": "127.0.2.3",
    "ispdb.test": "127.0.2.10",  # ISPDB stand-in: https://ispdb.test/autoconfig/v1.1/<domain>
    "blackhole.test": "127.0.9.9",  # in DNS, but every packet to it is dropped
})
_FIRST_FREE = ipaddress.IPv4Address("127.0.3.1")  # new hosts get addresses from here on


@dataclass(frozen=True)
class MailHost:
    """The world's mail server (Dovecot + Postfix) and its ports."""

    name: str
    ip: str
    aliases: tuple[str, ...]
    imap: int = 143  # STARTTLS, LOGINDISABLED before it
    imaps: int = 993
    pop3: int = 110  # STLS
    pop3s: int = 995
    smtp: int = 25  # STARTTLS offered
    submission: int = 587  # STARTTLS required before AUTH
    submissions: int = 465  # implicit TLS


@dataclass(frozen=True)
class Checkpoint:
    """What :meth:`World.restore` puts back after a test."""

    dns: Records
    web: WebState
    mail_cert: CertPair
    next_ip: ipaddress.IPv4Address


def autoconfig_xml(domain: str, host: str) -> str:
    """A correct Thunderbird autoconfig document for ``domain`` served by ``host`` (TLS only)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>Test world mail ({domain})</displayName>
    <incomingServer type="imap">
      <hostname>{host}</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>{host}</hostname><port>995</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{host}</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


class World:
    """The running test internet. Use :meth:`start` / :meth:`stop` (or ``with World() as w``)."""

    def __init__(self, root: Path | None = None, keep: bool = False) -> None:
        self.root = root or Path(tempfile.mkdtemp(prefix="mailsetup-world-"))
        self.keep = keep  # leave the temp dir behind (for debugging)
        self.hosts: Mapping[str, str] = DEFAULT_HOSTS
        self.domain = DOMAIN
        self.mail = MailHost(MAIL_HOST, DEFAULT_HOSTS[MAIL_HOST],
                             tuple(h for h, ip in DEFAULT_HOSTS.items() if ip == DEFAULT_HOSTS[MAIL_HOST] and h != MAIL_HOST))
        self.blackhole_ip = DEFAULT_HOSTS["blackhole.test"]
        mail_base = self.root / "mail"
        self.users: tuple[User, ...] = tuple(
            User(f"{name}@{DOMAIN}", pw, mail_base / DOMAIN / name) for name, pw in PASSWORDS.items()
        )
        self.log_dir = self.root / "log"
        self.dovecot_log = self.log_dir / "dovecot.log"
        self.postfix_log = self.log_dir / "postfix.log"
        self.dnsmasq_log = self.log_dir / "dnsmasq.log"
        self.resolv_conf = self.root / "etc" / "resolv.conf"
        self._mounts: list[str] = []
        self._next_ip = _FIRST_FREE
        self._started = False
        self.start_seconds = 0.0

    # -- facts ---------------------------------------------------------------------------------
    def user(self, name: str = "alice") -> User:
        """A user by local part or address."""
        for u in self.users:
            if name in (u.address, u.local_part):
                return u
        raise KeyError(name)

    @property
    def ca_file(self) -> Path:
        return self.certs.ca_file

    def ip_of(self, host_or_ip: str) -> str:
        """An address for a host name known to the world's DNS, or the address itself."""
        try:
            return str(ipaddress.IPv4Address(host_or_ip))
        except ValueError:
            ips = self.dns.lookup_a(host_or_ip)
            if not ips:
                raise KeyError(f"{host_or_ip} has no A record in the test world") from None
            return ips[0]

    def env(self) -> dict[str, str]:
        """Environment additions for programs run inside the world."""
        return {"MAILSETUP_CA_FILE": str(self.ca_file), "MAILSETUP_WORLD": str(self.root)}

    # -- hosts ---------------------------------------------------------------------------------
    def allocate_ip(self) -> str:
        """A loopback address no host uses yet."""
        used = {ip for ips in self.dns.records.a.values() for ip in ips}
        while str(self._next_ip) in used:
            self._next_ip += 1
        ip = str(self._next_ip)
        self._next_ip += 1
        return ip

    def add_host(self, name: str, ip: str | None = None) -> str:
        """Give ``name`` an A record (a fresh address unless ``ip``); returns the address."""
        ip = ip or self.allocate_ip()
        self.dns.set_a(name, ip)
        return ip

    def _web_ip(self, host: str) -> str:
        ips = self.dns.lookup_a(host)
        return ips[0] if ips else self.add_host(host)

    # -- firewall ------------------------------------------------------------------------------
    def block_port(self, host_or_ip: str, port: int) -> Rule:
        """Silently drop TCP to host:port until the test ends (or the returned rule is removed)."""
        return self.firewall.block_port(self.ip_of(host_or_ip), port)

    def black_hole(self, host_or_ip: str) -> Rule:
        """Silently drop everything to the host until the test ends."""
        return self.firewall.black_hole(self.ip_of(host_or_ip))

    # -- mail certificate ----------------------------------------------------------------------
    @property
    def mail_cert(self) -> CertPair:
        """The certificate the mail host presents right now."""
        return self._mail_cert

    def use_mail_certificate(self, pair: CertPair) -> None:
        """Make Dovecot and Postfix present ``pair`` and wait until they do."""
        shutil.copyfile(pair.cert_file, self._served_cert.cert_file)
        shutil.copyfile(pair.key_file, self._served_cert.key_file)
        self._mail_cert = pair
        self.dovecot.reload()
        self.postfix.reload()
        for port in (self.mail.imaps, self.mail.submissions):
            if not wait_until(lambda port=port: served_fingerprint(self.mail.ip, port, self.mail.name) == pair.sha256, 5, 0.05):
                raise WorldError(f"mail host still presents the old certificate on port {port}")

    def use_changed_certificate(self) -> CertPair:
        """"The server certificate changed": a new, equally valid certificate for the mail host."""
        self.use_mail_certificate(self.certs.changed(MAIL_HOST, *self.mail.aliases))
        return self._mail_cert

    def use_original_certificate(self) -> None:
        if self._mail_cert != self.mail_cert_original:
            self.use_mail_certificate(self.mail_cert_original)

    # -- per-test state ------------------------------------------------------------------------
    def checkpoint(self) -> Checkpoint:
        return Checkpoint(self.dns.snapshot(), self.web.snapshot(), self._mail_cert, self._next_ip)

    def restore(self, point: Checkpoint) -> None:
        """Undo a test's changes: firewall rules, DNS records, web routes, mail certificate."""
        self.firewall.clear()
        self.dns.restore(point.dns)
        self.web.restore(point.web)
        self._next_ip = point.next_ip
        if self._mail_cert != point.mail_cert:
            self.use_mail_certificate(point.mail_cert)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> "World":
        problem = isolation.isolation_problem()
        if problem:
            raise WorldError(problem)
        began = time.monotonic()
        try:
            self._start()
        except BaseException:
            self.keep = True  # leave configs and logs for whoever reads the error
            self.stop()
            raise
        self._started = True
        self.start_seconds = time.monotonic() - began
        return self

    def _start(self) -> None:
        isolation.loopback_up()
        os.chmod(self.root, 0o755)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        etc = self.root / "etc"
        etc.mkdir(exist_ok=True)

        self.certs = Certs(self.root / "certs")
        self.mail_cert_original = self.certs.for_host(MAIL_HOST, *self.mail.aliases)
        self.mail_cert_changed = self.certs.changed(MAIL_HOST, *self.mail.aliases)
        self._served_cert = CertPair("served", self.mail_cert_original.names,
                                     self.root / "certs" / "mail-served.crt", self.root / "certs" / "mail-served.key",
                                     self.mail_cert_original.sha256)
        shutil.copyfile(self.mail_cert_original.cert_file, self._served_cert.cert_file)
        shutil.copyfile(self.mail_cert_original.key_file, self._served_cert.key_file)
        self._mail_cert = self.mail_cert_original

        # /etc files seen by everything in our mount namespace
        self.resolv_conf.write_text(f"nameserver {DNS_IP}\noptions timeout:1 attempts:1\n")
        (etc / "hosts").write_text("127.0.0.1 localhost\n")
        self._mount(self.resolv_conf, "/etc/resolv.conf")
        self._mount(etc / "hosts", "/etc/hosts")

        self.firewall = Firewall()
        self.firewall.setup()
        self.firewall.black_hole(self.blackhole_ip, permanent=True)

        self.dns = Dns(etc, self.log_dir)
        with self.dns.batch():
            for name, ip in DEFAULT_HOSTS.items():
                self.dns.set_a(name, ip)
            self.dns.add_mx(DOMAIN, MAIL_HOST, 10)
        self.dns.start()

        self._write_mailboxes()
        self._start_dovecot(etc)
        self._start_postfix(etc)

        self.web = Web(self.certs, self._web_ip)
        self.web.add(f"autoconfig.{DOMAIN}", "/mail/config-v1.1.xml", autoconfig_xml(DOMAIN, MAIL_HOST))
        for host in ("example.test", "ispdb.test", "autodiscover.example.test"):
            self.web.listen(self.hosts[host])

    def _mount(self, source: Path, target: str) -> None:
        isolation.bind_mount(source, target)
        self._mounts.append(target)

    def _write_mailboxes(self) -> None:
        mail = self.root / "mail"
        for u in self.users:
            for sub in ("cur", "new", "tmp"):
                (u.maildir / sub).mkdir(parents=True, exist_ok=True)
        for path in [mail, *mail.rglob("*")]:
            os.chown(path, MAIL_UID, MAIL_GID)

    def _start_dovecot(self, etc: Path) -> None:
        dovecot_etc = etc / "dovecot"
        dovecot_etc.mkdir()
        run = self.root / "run"
        paths = DovecotPaths(
            etc=dovecot_etc, base_dir=run / "dovecot", state_dir=self.root / "lib" / "dovecot",
            log=self.dovecot_log, auth_socket=self.root / "spool" / "postfix" / "private" / "auth",
        )
        paths.base_dir.mkdir(parents=True)
        paths.state_dir.mkdir(parents=True)
        self.postfix_paths = PostfixPaths(
            etc=etc / "postfix", queue=self.root / "spool" / "postfix", data=self.root / "lib" / "postfix",
            mail_base=self.root / "mail", log=self.postfix_log,
        )
        make_queue(self.postfix_paths)  # Dovecot puts Postfix's auth socket into it
        users_file = dovecot_etc / "users"
        write_users(users_file, list(self.users))
        (dovecot_etc / "dovecot.conf").write_text(render_config(self.mail.ip, self._served_cert, paths, users_file))
        self._mount(dovecot_etc, "/etc/dovecot")
        self.dovecot = Dovecot(self.mail.ip, paths)
        self.dovecot.start()

    def _start_postfix(self, etc: Path) -> None:
        p = self.postfix_paths
        p.etc.mkdir()
        (p.etc / "main.cf").write_text(render_main_cf(MAIL_HOST, self.mail.ip, self._served_cert, p, [DOMAIN]))
        (p.etc / "master.cf").write_text(render_master_cf(self.mail.ip))
        write_vmailbox(p.etc, list(self.users), p.mail_base)
        _age(p.etc)  # Postfix waits (300 ms steps) until a fresh main.cf is a second old
        self._mount(p.etc, "/etc/postfix")
        self.postfix = Postfix(self.mail.ip, p)
        self.postfix.start()

    def stop(self) -> None:
        """Stop every daemon, remove rules and mounts, delete the temp dir (unless ``keep``)."""
        parts = [p for p in (getattr(self, n, None) for n in ("web", "postfix", "dovecot", "dns")) if p]
        stoppers = [threading.Thread(target=_quietly, args=(p.stop,)) for p in parts]
        for t in stoppers:  # in parallel: Dovecot alone takes about a second to exit
            t.start()
        for t in stoppers:
            t.join()
        isolation.reap_strays()
        firewall = getattr(self, "firewall", None)
        if firewall is not None:
            firewall.teardown()
        for target in reversed(self._mounts):
            isolation.unmount(target)
        self._mounts.clear()
        self._started = False
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "World":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def summary(self) -> str:
        lines = [f"test world in {self.root} (started in {self.start_seconds:.2f} s)",
                 f"CA file: {self.ca_file}", f"DNS: {DNS_IP}", "hosts:"]
        lines += [f"  {name:28} {ips[0]}" for name, ips in sorted(self.dns.records.a.items())]
        lines.append(f"mail host {self.mail.name} ({self.mail.ip}): IMAP 143/993, POP3 110/995, SMTP 25/587/465")
        lines += [f"user {u.address} password {u.password!r}" for u in self.users]
        lines.append(f"logs: {self.log_dir}")
        return "\n".join(lines)


def _quietly(stop: Callable[[], None]) -> None:
    """Run one part's stop; a failure must not keep the other parts running."""
    try:
        stop()
    except Exception as exc:  # noqa: BLE001
        print(f"test world: stopping failed: {exc!r}", file=sys.stderr)


def _age(directory: Path, seconds: float = 5.0) -> None:
    """Backdate the files in ``directory``."""
    past = time.time() - seconds
    for path in directory.iterdir():
        os.utime(path, (past, past))


def served_fingerprint(ip: str, port: int, server_name: str, timeout: float = 1.0) -> str | None:
    """SHA-256 (hex) of the certificate an implicit-TLS port presents, or None if unreachable."""
    import hashlib

    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((ip, port), timeout=timeout) as raw:
            with ctx.wrap_socket(raw, server_hostname=server_name) as tls:
                der = tls.getpeercert(binary_form=True)
    except OSError:
        return None
    return hashlib.sha256(der).hexdigest() if der else None
