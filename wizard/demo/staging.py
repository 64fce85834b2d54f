"""The files a scene needs next to the demo's servers, all inside the demo's own folder:

- `providers/demo.toml`: the demo provider's pack (what a provider ships with its installer):
  the announced certificate, the two-factor hint, a move to new servers, Business Mail;
- `data/certificates.json`: the demo's own certificate store (MAILSETUP_DATA_DIR), so a
  rehearsal never touches the person's pins; the certificate-changed scene pins last week's;
- `home/.thunderbird/…`: the moving-provider scene's existing Thunderbird account on the old
  servers, written by mailsetup's own Thunderbird writer.

Nothing here fakes an answer: these are the facts a customer's machine and provider hold."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from wizard.demo.scenes import Scene

OLD_HOSTS = ("imap.old.{domain}", "smtp.old.{domain}")
TWO_FACTOR_URL = "https://{domain}/security"


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string is a JSON string


def _local(en: str, da: str, nb: str) -> str:
    return "{ " + ", ".join(f"{k} = {_quote(v)}" for k, v in (("en", en), ("da", da), ("nb", nb))) + " }"


def pack_toml(scene: Scene, domain: str, ports: dict[str, int], mail_sha256: str, move_date: date) -> str:
    """The demo provider's pack for this scene (TOML, parsed by wizard.providers like any pack)."""
    lines = [
        "# The mailsetup demo provider's pack, written by `mailsetup demo` for one rehearsal.",
        'id = "demo"',
        f"name = {_local('Demo Mail', 'Demo Mail', 'Demo Mail')}",
        f"domains = [{_quote(domain)}]",
    ]
    if scene.business:
        for protocol, key, security in (("imap", "imaps", "tls"), ("pop3", "pop3s", "tls")):
            lines += ["", "[[incoming]]", f'protocol = "{protocol}"', f'host = "{protocol[:4].replace("pop3", "pop")}.{domain}"',
                      f"port = {ports[key]}", f'security = "{security}"', 'username = "%EMAILADDRESS%"']
        web = "" if ports["web"] == 443 else f":{ports['web']}"  # the demo's web server plays Exchange's EWS
        lines += ["", "[[incoming]]", 'protocol = "exchange"', f"url = {_quote(f'https://{domain}{web}/EWS/Exchange.asmx')}",
                  'login_domain = "demo"', 'username = "%EMAILADDRESS%"', 'phone_username = "%EMAILLOCALPART%_%EMAILDOMAIN%"']
        lines += ["", "[[outgoing]]", 'protocol = "smtp"', f'host = "smtp.{domain}"', f"port = {ports['smtps']}", 'security = "tls"',
                  'username = "%EMAILADDRESS%"']
        kinds = (
            ("pop3", "POP", "POP", "POP",
             ("POP downloads the messages to this computer; other devices and webmail do not see what you read or answered.",
              "POP henter beskederne ned på denne computer; andre enheder og webmail kan ikke se, hvad du har læst eller besvaret.",
              "POP laster ned meldingene til denne datamaskinen; andre enheter og webmail ser ikke hva du har lest eller besvart.")),
            ("imap", "IMAP", "IMAP", "IMAP",
             ("IMAP keeps the messages on the server and shows the same mail on every device.",
              "IMAP beholder beskederne på serveren og viser den samme post på alle enheder.",
              "IMAP beholder meldingene på serveren og viser den samme e-posten på alle enheter.")),
            ("exchange", "Business Mail (Exchange)", "Business Mail (Exchange)", "Business Mail (Exchange)",
             ("Business Mail is Exchange: mail, calendar and contacts on every device. Choose it if you bought Business Mail.",
              "Business Mail er Exchange: post, kalender og kontakter på alle enheder. Vælg den, hvis du har købt Business Mail.",
              "Business Mail er Exchange: e-post, kalender og kontakter på alle enheter. Velg den hvis du har kjøpt Business Mail.")),
        )
        for kind, en, da, nb, (x_en, x_da, x_nb) in kinds:
            lines += ["", "[[account_types]]", f'kind = "{kind}"', f"label = {_local(en, da, nb)}", f"explanation = {_local(x_en, x_da, x_nb)}"]
    if scene.announces_certificate:
        lines += ["", "[[announced_certificates]]", f"sha256 = {_quote(mail_sha256)}"]
    if scene.moving:
        for pattern in OLD_HOSTS:
            host = pattern.format(domain=domain)
            protocol = "smtp" if host.startswith("smtp") else "imap"
            lines += ["", "[[retired]]", f"host = {_quote(host)}", f'protocol = "{protocol}"',
                      f"note = {_local(f'Demo Mail switches off its old server {host}.', f'Demo Mail slukker sin gamle server {host}.', f'Demo Mail slår av den gamle serveren {host}.')}"]
        lines += ["", "[migration]", f"date = {move_date.isoformat()}", "checklist = ["]
        lines.append("  " + _local("Set up your forwarding rules and out-of-office reply again in webmail.",
                                   "Sæt dine regler for videresendelse og dit autosvar op igen i webmail.",
                                   "Sett opp reglene for videresending og autosvaret ditt på nytt i webmail.") + ",")
        lines.append("  " + _local("Accept the new certificate the first time your mail program asks.",
                                   "Godkend det nye certifikat, første gang dit mailprogram spørger.",
                                   "Godkjenn det nye sertifikatet første gang e-postprogrammet ditt spør.") + ",")
        lines.append("]")
    # No webmail or support address: the demo's web pages exist only in the rehearsal, and a
    # click on a link must not send the person's browser looking for them on the internet.
    if scene.app_password:
        lines += ["", "[two_factor]", "available = true", f"url = {_quote(TWO_FACTOR_URL.format(domain=domain))}",
                  f"note = {_local('Two-factor sign-in is on for your account: mail programs need an app password, made on the security page.', 'Totrinsbekræftelse er slået til for din konto: mailprogrammer skal bruge en app-adgangskode, som du laver på sikkerhedssiden.', 'Tofaktorautentisering er slått på for kontoen din: e-postprogrammer trenger et app-passord, som du lager på sikkerhetssiden.')}"]
    return "\n".join(lines) + "\n"


def write_pack(folder: Path, text: str) -> Path:
    providers = folder / "providers"
    providers.mkdir(parents=True, exist_ok=True)
    path = providers / "demo.toml"
    path.write_text(text, encoding="utf-8")
    return providers


def pin_last_weeks_certificate(data_dir: Path, hosts: tuple[str, ...], ports: tuple[int, ...], sha256: str, subject: str) -> None:
    """The certificate the person accepted last week, pinned in the demo's own store for every
    mail server and port the demo publishes (the servers now show another one)."""
    from wizard.doctor.store import CertStore
    from wizard.model.certificate import CertificateInfo

    store = CertStore(data_dir / "certificates.json")
    for host in hosts:
        for port in ports:
            store.accept(CertificateInfo(host=host, port=port, sha256=sha256, der=b"", subject=subject))


def old_thunderbird_account(home: Path, domain: str, user: str, ports: dict[str, int]) -> Path:
    """A Thunderbird profile (as a fresh install leaves it) with the user's account on the
    provider's old servers, written the way mailsetup writes any account. Returns the profile."""
    from wizard.model import Protocol, Security, ServerSettings
    from wizard.model.address import EmailAddress
    from wizard.profiles.account import Account
    from wizard.profiles.thunderbird.writer import write_account

    base = home / ".thunderbird"
    profile = base / "rehearse.default-esr"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "prefs.js").write_text('// Mozilla User Preferences\nuser_pref("mail.rehearsal", true);\n', encoding="utf-8")
    (base / "profiles.ini").write_text("[Profile0]\nName=default-esr\nIsRelative=1\nPath=rehearse.default-esr\nDefault=1\n\n"
                                       "[General]\nStartWithLastProfile=1\nVersion=2\n", encoding="utf-8")
    imap_host, smtp_host = (p.format(domain=domain) for p in OLD_HOSTS)
    account = Account(
        EmailAddress.parse(user),
        ServerSettings(Protocol.IMAP, imap_host, 993, Security.TLS, username=user),
        ServerSettings(Protocol.SMTP, smtp_host, 465, Security.TLS, username=user),
        realname="Demo Customer",
        provider="Demo Mail",
    )
    write_account(profile, account)
    return profile


def move_date(today: date | None = None) -> date:
    """The moving-provider scene's move: a week from today, so it is always ahead."""
    return (today or date.today()) + timedelta(days=7)
