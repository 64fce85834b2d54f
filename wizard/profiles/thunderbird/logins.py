"""logins.json, Thunderbird's saved-login store: the format, without any I/O.

Thunderbird looks a mail server's password up by origin and realm, both
"<localStoreType>://<host>" ("imap://", "mailbox://" for POP3, "ews://" for Exchange Web
Services, "smtp://"), no form URL,
and the server's user name; user name and password are stored SDR-encrypted (encType 1)
and base64 encoded. Entries, fields and counters we do not know are kept as they are."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import quote

from wizard.model import Protocol

DATA_VERSION = 3  # what Thunderbird's login store writes today
ENC_TYPE_SDR = 1

STORE_TYPE = {Protocol.IMAP: "imap", Protocol.POP3: "mailbox", Protocol.EWS: "ews", Protocol.SMTP: "smtp"}


class LoginsFormatError(ValueError):
    """logins.json exists but is not the JSON object Thunderbird writes."""


@dataclass(frozen=True)
class Credential:
    """One login Thunderbird should find: origin doubles as the realm, as Thunderbird does."""

    origin: str
    username: str
    password: str

    def __repr__(self) -> str:  # never the password, not even in a traceback
        return f"Credential(origin={self.origin!r}, username={self.username!r})"


def origin_for(scheme: str, host: str) -> str:
    """"imap://mail.example.test"; an IPv6 literal goes in brackets, the host is URL-encoded
    like Thunderbird's own server URI."""
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"{scheme}://{quote(host, safe='')}"


def server_origin(protocol: Protocol, host: str) -> str:
    return origin_for(STORE_TYPE[protocol], host)


Seal = Callable[[bytes], bytes]
Open = Callable[[bytes], "bytes | None"]


@dataclass
class LoginsFile:
    data: dict[str, Any]

    @classmethod
    def parse(cls, raw: bytes) -> "LoginsFile":
        if not raw.strip():
            return cls.empty()
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LoginsFormatError(str(exc)) from None
        if not isinstance(data, dict) or not isinstance(data.get("logins", []), list):
            raise LoginsFormatError("not a logins object")
        data.setdefault("logins", [])
        data.setdefault("potentiallyVulnerablePasswords", [])
        data.setdefault("dismissedBreachAlertsByLoginGUID", {})
        data.setdefault("version", DATA_VERSION)
        if not isinstance(data.get("nextId"), int):
            data["nextId"] = max((e.get("id", 0) for e in data["logins"] if isinstance(e, dict) and isinstance(e.get("id"), int)), default=0) + 1
        return cls(data)

    @classmethod
    def empty(cls) -> "LoginsFile":
        return cls({"nextId": 1, "logins": [], "potentiallyVulnerablePasswords": [], "dismissedBreachAlertsByLoginGUID": {}, "version": DATA_VERSION})

    def to_bytes(self) -> bytes:
        return json.dumps(self.data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def entries_for(self, origin: str) -> list[dict[str, Any]]:
        return [e for e in self.data["logins"] if isinstance(e, dict) and not e.get("deleted")
                and e.get("hostname") == origin and e.get("httpRealm") == origin]

    def upsert(self, credential: Credential, seal: Seal, unseal: Open, now_ms: int) -> bool:
        """Add the login, or give the existing one for this origin and user the new password.
        Returns True when an entry was updated rather than added."""
        enc_password = _b64(seal(credential.password.encode("utf-8")))
        for entry in self.entries_for(credential.origin):
            if _user_of(entry, unseal) == credential.username:
                entry["encryptedPassword"] = enc_password
                entry["encType"] = ENC_TYPE_SDR
                entry["timePasswordChanged"] = now_ms
                if isinstance(entry.get("syncCounter"), int):
                    entry["syncCounter"] += 1
                return True
        self.data["logins"].append({
            "id": self.data["nextId"],
            "hostname": credential.origin,
            "httpRealm": credential.origin,
            "formSubmitURL": None,
            "usernameField": "",
            "passwordField": "",
            "encryptedUsername": _b64(seal(credential.username.encode("utf-8"))),
            "encryptedPassword": enc_password,
            "guid": "{" + str(uuid.uuid4()) + "}",
            "encType": ENC_TYPE_SDR,
            "timeCreated": now_ms,
            "timeLastUsed": now_ms,
            "timePasswordChanged": now_ms,
            "timesUsed": 1,
            "syncCounter": 1,
            "everSynced": False,
            "encryptedUnknownFields": None,
        })
        self.data["nextId"] += 1
        return False


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _user_of(entry: dict[str, Any], unseal: Open) -> str | None:
    try:
        plain = unseal(base64.b64decode(entry.get("encryptedUsername") or "", validate=True))
    except (ValueError, TypeError):
        return None
    return plain.decode("utf-8", "replace") if plain is not None else None
