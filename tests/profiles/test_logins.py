"""logins.json as Thunderbird reads it: where a mail server's login is looked up, how an
entry is laid out, and that whatever else the file holds stays as it was."""

from __future__ import annotations

import json

import pytest

from wizard.model import Protocol
from wizard.profiles.thunderbird.logins import ENC_TYPE_SDR, Credential, LoginsFile, LoginsFormatError, origin_for, server_origin


def seal(plain: bytes) -> bytes:
    return b"sealed:" + plain[::-1]


def unseal(sealed: bytes) -> bytes | None:
    return sealed[len(b"sealed:"):][::-1] if sealed.startswith(b"sealed:") else None


def test_each_server_kind_is_looked_up_under_thunderbirds_own_scheme() -> None:
    assert server_origin(Protocol.IMAP, "mail.example.test") == "imap://mail.example.test"
    assert server_origin(Protocol.POP3, "pop.example.test") == "mailbox://pop.example.test"  # POP3's local store type
    assert server_origin(Protocol.SMTP, "smtp.example.test") == "smtp://smtp.example.test"
    assert origin_for("imap", "2001:db8::1") == "imap://%5B2001%3Adb8%3A%3A1%5D"  # bracketed, then encoded, as Thunderbird does


def test_a_new_login_has_the_fields_thunderbird_writes() -> None:
    store = LoginsFile.parse(b"")
    updated = store.upsert(Credential("imap://mail.example.test", "alice@example.test", "pw"), seal, unseal, 1_700_000_000_000)
    assert updated is False
    (entry,) = store.data["logins"]
    assert entry["hostname"] == entry["httpRealm"] == "imap://mail.example.test"
    assert entry["formSubmitURL"] is None and entry["usernameField"] == entry["passwordField"] == ""
    assert entry["encType"] == ENC_TYPE_SDR and entry["id"] == 1 and store.data["nextId"] == 2
    assert entry["guid"].startswith("{") and entry["guid"].endswith("}") and len(entry["guid"]) == 38
    assert entry["timeCreated"] == entry["timePasswordChanged"] == entry["timeLastUsed"] == 1_700_000_000_000
    data = json.loads(store.to_bytes())
    assert data["version"] == 3 and data["potentiallyVulnerablePasswords"] == [] and data["dismissedBreachAlertsByLoginGUID"] == {}
    assert b"pw" not in store.to_bytes().replace(b"passwordField", b"").replace(b"Password", b"")


def test_the_same_origin_and_user_is_updated_not_twinned_and_other_logins_stay() -> None:
    other = {"id": 7, "hostname": "https://shop.test", "httpRealm": None, "formSubmitURL": "https://shop.test", "encryptedUsername": "x", "encryptedPassword": "y", "guid": "{g}", "encType": 1, "futureField": [1, 2]}
    raw = json.dumps({"nextId": 8, "logins": [other], "somethingNew": True, "version": 3}).encode()
    store = LoginsFile.parse(raw)
    cred = Credential("smtp://mail.example.test", "alice", "one")
    store.upsert(cred, seal, unseal, 1)
    guid = store.data["logins"][1]["guid"]
    assert store.upsert(Credential(cred.origin, cred.username, "two"), seal, unseal, 2) is True
    assert store.upsert(Credential(cred.origin, "bob", "three"), seal, unseal, 3) is False  # another user: its own login
    data = json.loads(store.to_bytes())
    assert data["logins"][0] == other and data["somethingNew"] is True
    assert [e["id"] for e in data["logins"]] == [7, 8, 9] and data["nextId"] == 10
    assert data["logins"][1]["guid"] == guid and data["logins"][1]["timePasswordChanged"] == 2 and data["logins"][1]["timeCreated"] == 1


@pytest.mark.parametrize("raw", [b"{not json", b"[]", b'{"logins": 5}', b"\xff\xfe"])
def test_a_file_that_is_not_thunderbirds_is_refused_rather_than_overwritten(raw: bytes) -> None:
    with pytest.raises(LoginsFormatError):
        LoginsFile.parse(raw)


def test_a_credential_never_shows_its_password() -> None:
    assert "s3cret" not in repr(Credential("imap://h", "u", "s3cret"))
