"""Outlook for Windows: a PRF file for `outlook.exe /importprf`, a local Autodiscover response
(POX, MS-OXDSCLI) and a .reg file that makes Outlook's own "Add account" read it
(PreferLocalXML). Facts: PROTOCOLS.md section 3.

Passwords never go into these files; Outlook asks for it once. An account whose provider signs
people in on its own page (OAuth2) gets no files at all: a PRF or Autodiscover answer would
make Outlook ask for a password the provider does not take, while Outlook's own Add Account
signs in to Microsoft 365 (and Gmail) itself; the steps say how."""

from __future__ import annotations

import ntpath
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from wizard.i18n import T, Text
from wizard.model import AuthMethod, Protocol, Security, ServerSettings
from wizard.model.errors import UserError
from wizard.profiles.account import EXCHANGE_PROTOCOLS, Account
from wizard.profiles.atomic import replace_file
from wizard.profiles.filenames import address_stem, domain_stem, inside

OFFICE_VERSION = "16.0"  # Outlook 2016, 2019, 2021, 2024 and Microsoft 365 all use 16.0
AUTODISCOVER_KEY = rf"Software\Microsoft\Office\{OFFICE_VERSION}\Outlook\AutoDiscover"
SETUP_KEY = rf"Software\Microsoft\Office\{OFFICE_VERSION}\Outlook\Setup"
RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
DEFAULT_WINDOWS_FOLDER = "C:\\mailsetup"


class OutlookError(UserError):
    pass


# -- PRF --------------------------------------------------------------------------------------

# The MAPI property each [AccountN] key maps to (Office Customization Tool section 7).
_COMMON_MAP = (
    ("AccountName", "PT_UNICODE,0x0002"),
    ("DisplayName", "PT_UNICODE,0x000B"),
    ("EmailAddress", "PT_UNICODE,0x000C"),
)
_SMTP_MAP = (
    ("SMTPServer", "PT_UNICODE,0x0200"),
    ("SMTPUseAuth", "PT_LONG,0x0203"),
    ("SMTPAuthMethod", "PT_LONG,0x0208"),
    ("SMTPUserName", "PT_UNICODE,0x0204"),
    ("SMTPUseSPA", "PT_LONG,0x0207"),
    ("ConnectionType", "PT_LONG,0x000F"),
    ("ConnectionOID", "PT_UNICODE,0x0010"),
    ("SMTPPort", "PT_LONG,0x0201"),
    ("SMTPSecureConnection", "PT_LONG,0x020A"),
    ("ServerTimeOut", "PT_LONG,0x0209"),
)


def _incoming_map(p: str) -> tuple[tuple[str, str], ...]:
    return (
        (f"{p}Server", "PT_UNICODE,0x0100"),
        (f"{p}UserName", "PT_UNICODE,0x0101"),
        (f"{p}UseSPA", "PT_LONG,0x0108"),
        ("Organization", "PT_UNICODE,0x0107"),
        ("ReplyEmailAddress", "PT_UNICODE,0x0103"),
        (f"{p}Port", "PT_LONG,0x0104"),
        (f"{p}UseSSL", "PT_LONG,0x0105"),
    )


SMTP_SECURE = {Security.PLAIN: 0, Security.TLS: 1, Security.STARTTLS: 2}


def _spa(server: ServerSettings) -> int:
    """SPA is Microsoft's name for NTLM/"secure password authentication"."""
    return 1 if server.auth and server.auth[0] in (AuthMethod.NTLM, AuthMethod.GSSAPI) else 0


def prf_text(account: Account, profile_name: str = "Outlook") -> str:
    """The PRF as text (written UTF-16 with CRLF). IMAP or POP3 with SMTP only: Outlook's PRF
    has no switch for STARTTLS on the incoming side, so that is refused rather than written
    as an unencrypted account."""
    incoming, smtp = account.incoming, account.outgoing
    if incoming.protocol not in (Protocol.IMAP, Protocol.POP3) or smtp is None:
        raise OutlookError("prf-exchange", T("A PRF file can only describe IMAP or POP3 accounts; Exchange accounts are set up through the Autodiscover file instead."))
    if incoming.security is Security.STARTTLS:
        raise OutlookError("prf-starttls", T("Outlook's PRF format cannot ask for STARTTLS on {host}:{port}; use the Autodiscover file, or the server's SSL/TLS port, instead.", host=incoming.host, port=incoming.port))
    p = "IMAP" if incoming.protocol is Protocol.IMAP else "POP3"
    mapping_name = "IMAP_I_Mail" if p == "IMAP" else "I_Mail"
    login, smtp_login = account.login(incoming), account.login(smtp)
    smtp_auth_needed = not (smtp.auth and smtp.auth[0] in (AuthMethod.NONE, AuthMethod.CLIENT_IP))
    values: list[tuple[str, str]] = [
        ("UniqueService", "No"),
        ("AccountName", account.name if account.provider else str(account.address)),
        ("DisplayName", account.realname or str(account.address)),
        ("EmailAddress", str(account.address)),
        ("ReplyEmailAddress", str(account.address)),
        (f"{p}Server", incoming.host),
        (f"{p}UserName", login),
        (f"{p}Port", str(incoming.port)),
        (f"{p}UseSSL", "1" if incoming.security is Security.TLS else "0"),
        (f"{p}UseSPA", str(_spa(incoming))),
        ("SMTPServer", smtp.host),
        ("SMTPPort", str(smtp.port)),
        ("SMTPSecureConnection", str(SMTP_SECURE[smtp.security])),
        ("SMTPUseAuth", "1" if smtp_auth_needed else "0"),
        # 0: log on with the incoming server's name and password; 1: its own (username below)
        ("SMTPAuthMethod", "0" if smtp_login == login else "1"),
        ("SMTPUserName", smtp_login),
        ("SMTPUseSPA", str(_spa(smtp))),
        ("ConnectionType", "0"),
    ]
    if p == "POP3":
        values.append(("LeaveOnServer", "0x1"))  # other devices still see the mail
    else:
        values.append(("CheckNewImap", "1"))
    mapping = _COMMON_MAP + _incoming_map(p) + _SMTP_MAP
    mapping += (("LeaveOnServer", "PT_LONG,0x1000"),) if p == "POP3" else (("CheckNewImap", "PT_LONG,0x1100"), ("RootFolder", "PT_UNICODE,0x1101"))
    lines = [
        "; Written by mailsetup for " + str(account.address) + ". Import with: outlook.exe /importprf <this file>",
        "; No password is stored here; Outlook asks for it once.",
        "[General]",
        "Custom=1",
        f"ProfileName={profile_name}",
        "DefaultProfile=Yes",
        "OverwriteProfile=Append",
        "ModifyDefaultProfileIfPresent=TRUE",
        "",
        "[Service List]",
        "",
        "[Internet Account List]",
        f"Account1={mapping_name}",
        "",
        "[Account1]",
        *(f"{k}={_prf_value(v)}" for k, v in values),
        "",
        "; Mapping of the keys above to MAPI properties (Office Customization Tool format)",
        f"[{mapping_name}]",
        f"AccountType={p}",
        *(f"{k}={v}" for k, v in mapping),
        "",
    ]
    return "\r\n".join(lines)


def _prf_value(value: str) -> str:
    # INI values are single lines; a line break would start a new key
    return value.replace("\r", " ").replace("\n", " ")


def prf_bytes(account: Account, profile_name: str = "Outlook") -> bytes:
    return prf_text(account, profile_name).encode("utf-16")  # with BOM: Outlook reads Unicode PRFs


# -- Autodiscover response ------------------------------------------------------------------

_ENCRYPTION = {Security.TLS: "SSL", Security.STARTTLS: "TLS", Security.PLAIN: "None"}


def _on(flag: bool) -> str:
    return "on" if flag else "off"


def _protocol(parent: ET.Element, type_: str, server: ServerSettings, login: str, extra: dict[str, str] | None = None) -> None:
    proto = ET.SubElement(parent, "Protocol")
    fields = {
        "Type": type_,
        "Server": server.host,
        "Port": str(server.port),
        "LoginName": login,
        "DomainRequired": _on(bool(server.login_domain)),
        "SPA": _on(bool(_spa(server))),
        "SSL": _on(server.security is not Security.PLAIN),
        "Encryption": _ENCRYPTION[server.security],
        "AuthRequired": _on(not (server.auth and server.auth[0] in (AuthMethod.NONE, AuthMethod.CLIENT_IP))),
    }
    if server.login_domain:
        fields["Domain"] = server.login_domain
    fields.update(extra or {})
    for key, value in fields.items():
        ET.SubElement(proto, key).text = value


def autodiscover_xml(account: Account) -> bytes:
    """A POX Autodiscover response (responseschema/2006a) describing the account. Exchange:
    a redirect to the provider's own Autodiscover URL when that is what we know, else an
    EXPR (Outlook Anywhere) block with the EWS URL."""
    # Namespaces are written as plain xmlns attributes: the inner Response redeclares the
    # default namespace, which ElementTree's prefix machinery cannot express.
    root = ET.Element("Autodiscover", {"xmlns": RESPONSE_NS})
    response = ET.SubElement(root, "Response", {"xmlns": OUTLOOK_NS})
    user = ET.SubElement(response, "User")
    ET.SubElement(user, "DisplayName").text = account.realname or str(account.address)
    acct = ET.SubElement(response, "Account")
    ET.SubElement(acct, "AccountType").text = "email"
    incoming = account.incoming
    if incoming.protocol in EXCHANGE_PROTOCOLS:
        url = incoming.url or ""
        if url.lower().endswith("/autodiscover.xml"):
            ET.SubElement(acct, "Action").text = "redirectUrl"
            ET.SubElement(acct, "RedirectUrl").text = url
        else:
            ET.SubElement(acct, "Action").text = "settings"
            extra = {"AuthPackage": "Ntlm" if _spa(incoming) else "Basic", "ServerExclusiveConnect": "on"}
            if url:
                extra["EwsUrl"] = url
                extra["ASUrl"] = url
            _protocol(acct, "EXPR", incoming, account.login(incoming), extra)
    else:
        ET.SubElement(acct, "Action").text = "settings"
        type_ = "IMAP" if incoming.protocol is Protocol.IMAP else "POP3"
        _protocol(acct, type_, incoming, account.login(incoming))
        if account.outgoing is not None:
            smtp = account.outgoing
            same = account.login(smtp) == account.login(incoming)
            _protocol(acct, "SMTP", smtp, account.login(smtp), {"UsePOPAuth": _on(same), "SMTPLast": "off"})
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


# -- registry ---------------------------------------------------------------------------------


def _reg_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def reg_text(domain: str, xml_path_on_windows: str) -> str:
    """A .reg file (Registry Editor 5.00) that makes Outlook prefer our local XML for `domain`."""
    lines = [
        "Windows Registry Editor Version 5.00",
        "",
        f"[HKEY_CURRENT_USER\\{AUTODISCOVER_KEY}]",
        '"PreferLocalXML"=dword:00000001',
        f"{_reg_string(domain)}={_reg_string(xml_path_on_windows)}",
        "",
        f"[HKEY_CURRENT_USER\\{SETUP_KEY}]",
        '"DisableOffice365SimplifiedAccountCreation"=dword:00000001',
        "",
    ]
    return "\r\n".join(lines)


def reg_bytes(domain: str, xml_path_on_windows: str) -> bytes:
    return reg_text(domain, xml_path_on_windows).encode("utf-16")  # regedit expects UTF-16 LE + BOM


# -- putting it together ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutlookFiles:
    prf: Path | None
    autodiscover: Path | None  # None: nothing written (the account signs in with OAuth2)
    reg: Path | None
    windows_xml_path: str
    prf_problem: Text | None  # why no PRF was written (Exchange, STARTTLS, OAuth2)
    address: str = ""
    provider: str | None = None
    oauth2: bool = False  # Outlook's own Add Account signs in; no file was written

    def to_json(self) -> dict[str, str | None]:
        return {
            "prf": str(self.prf) if self.prf else None,
            "autodiscover": str(self.autodiscover) if self.autodiscover else None,
            "reg": str(self.reg) if self.reg else None,
            "windows_xml_path": self.windows_xml_path,
            "prf_problem": self.prf_problem.render() if self.prf_problem else None,
            "sign_in": "oauth2" if self.oauth2 else "password",
        }


def _signs_in_itself(account: Account) -> Text:
    return T("{provider} signs you in on its own page, which Outlook opens itself, so mailsetup wrote no file for Outlook: a file would make Outlook ask for a password that {provider} does not take.", provider=account.provider or account.address.domain)


def write_files(account: Account, folder: Path, windows_folder: str | None = None) -> OutlookFiles:
    """Write <address>.prf (when the format can express the account), <domain>.xml and
    <domain>.reg into `folder`. The .reg names the XML by its Windows path: the real one on
    Windows, else `windows_folder` (default C:\\mailsetup) where the steps say to copy it."""
    if account.oauth2:
        return OutlookFiles(None, None, None, "", _signs_in_itself(account), str(account.address), account.provider, oauth2=True)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    domain = account.address.domain
    safe = address_stem(account.address)
    xml_path = inside(folder, f"autodiscover-{domain_stem(account.address)}.xml")
    replace_file(xml_path, autodiscover_xml(account))
    if sys.platform == "win32" and windows_folder is None:
        win_xml = str(xml_path.resolve())
    else:
        win_xml = ntpath.join(windows_folder or DEFAULT_WINDOWS_FOLDER, xml_path.name)
    reg_path = inside(folder, f"autodiscover-{domain_stem(account.address)}.reg")
    replace_file(reg_path, reg_bytes(domain, win_xml))
    prf_path: Path | None = inside(folder, f"{safe}.prf")
    problem: Text | None = None
    try:
        data = prf_bytes(account)
    except OutlookError as exc:
        prf_path, problem = None, exc.text
    else:
        assert prf_path is not None
        replace_file(prf_path, data)
    return OutlookFiles(prf_path, xml_path, reg_path, win_xml, problem, str(account.address), account.provider)


def steps(files: OutlookFiles) -> list[Text]:
    """What a person does on the Windows computer (shown when we are not on Windows)."""
    if files.oauth2:
        return add_account_steps(files.address, files.provider)
    assert files.autodiscover is not None and files.reg is not None
    out = [
        T("Copy “{xml}” to “{windows_path}” on the Windows computer.", xml=files.autodiscover.name, windows_path=files.windows_xml_path),
        T("Double-click “{reg}” there and confirm, so Outlook reads that file when you add the account.", reg=files.reg.name),
    ]
    if files.prf is not None:
        out.append(T("Either run “outlook.exe /importprf {prf}” (classic Outlook adds the account from the file), or:", prf=files.prf.name))
    out.append(T("In classic Outlook choose File, Add Account, type your address and your password when asked."))
    out.append(T("The new Outlook for Windows cannot read these files; type the settings from the settings sheet there."))
    return out


def add_account_steps(address: str, provider: str | None) -> list[Text]:
    """Outlook's own Add Account for an account that signs in on the provider's page."""
    who = provider or address.rpartition("@")[2]
    return [
        T("In classic Outlook choose File, Add Account, type {address} and choose Connect.", address=address),
        T("Outlook opens {provider}'s sign-in page: sign in there (with two-step verification if you use it). Outlook finds the servers itself.", provider=who),
        T("In the new Outlook for Windows choose Settings, Accounts, Add account, type {address} and sign in the same way.", address=address),
    ]


def apply_on_windows(files: OutlookFiles) -> None:  # pragma: no cover - runs only on Windows
    """With the person's consent: set the registry values and start Outlook with the PRF."""
    if sys.platform != "win32":
        raise OutlookError("outlook-not-windows", T("Outlook can only be set up directly on Windows; the files were written instead."))
    if files.oauth2 or files.autodiscover is None:
        return  # nothing to apply: Outlook's own Add Account signs in
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, AUTODISCOVER_KEY) as key:
        winreg.SetValueEx(key, "PreferLocalXML", 0, winreg.REG_DWORD, 1)
        winreg.SetValueEx(key, files.autodiscover.stem.removeprefix("autodiscover-"), 0, winreg.REG_SZ, files.windows_xml_path)
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, SETUP_KEY) as key:
        winreg.SetValueEx(key, "DisableOffice365SimplifiedAccountCreation", 0, winreg.REG_DWORD, 1)
    if files.prf is None:
        return
    outlook = shutil.which("outlook.exe") or _outlook_from_app_paths()
    if outlook is None:
        raise OutlookError("outlook-missing", T("Outlook was not found on this computer; the files were written and the registry was set."))
    subprocess.Popen([outlook, "/importprf", str(files.prf)], close_fds=True)


def _outlook_from_app_paths() -> str | None:  # pragma: no cover - Windows only
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE") as key:
            return str(winreg.QueryValue(key, None))
    except OSError:
        return None
