"""mailsetup's own copy of the password, in the system keyring and nowhere else (no password in
any file, log or report), kept only when the person asks: for the wizard's own later checks
(`diagnose`, `migrate`, a support re-run). Mail programs never read it from here; Thunderbird
gets its own copy through `thunderbird.remember`. Without a usable keyring backend we say so
and store nothing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

import keyring
import keyring.errors

from wizard.i18n import T, Text
from wizard.profiles.keyring_backend import not_found, open_keyring, trouble

SERVICE = "mailsetup"


class KeyringStatus(StrEnum):
    STORED = "stored"
    REMOVED = "removed"
    NOT_FOUND = "not-found"
    NO_BACKEND = "no-backend"
    FAILED = "failed"


@dataclass(frozen=True)
class KeyringResult:
    status: KeyringStatus
    backend: str
    message: Text

    @property
    def ok(self) -> bool:
        return self.status in (KeyringStatus.STORED, KeyringStatus.REMOVED)

    def to_json(self) -> dict[str, str]:
        return {"status": self.status.value, "backend": self.backend, "message": self.message.render()}


# -- the keyring's calls, once: what each came to; the public functions below say it in their own words
class _Came(Enum):
    DONE = "done"
    NO_BACKEND = "no-backend"  # nothing to use (wizard.profiles.keyring_backend says why)
    ABSENT = "absent"  # nothing under the name
    CHANGED = "changed"  # something other than what the caller last saw
    REFUSED = "refused"  # the backend raised
    NOT_BACK = "not-back"  # written, but read back as something else


@dataclass(frozen=True)
class _Outcome:
    came: _Came
    backend: str
    why: Text | None = None  # for NO_BACKEND and REFUSED: what is wrong, in plain words

    @property
    def problem(self) -> Text:
        return self.why if self.why is not None else not_found()

    def result(self, done: KeyringStatus, words: dict[_Came, Text]) -> KeyringResult:
        status = {
            _Came.DONE: done,
            _Came.NO_BACKEND: KeyringStatus.NO_BACKEND,
            _Came.ABSENT: KeyringStatus.NOT_FOUND,
            _Came.CHANGED: KeyringStatus.NOT_FOUND,
            _Came.REFUSED: KeyringStatus.FAILED,
            _Came.NOT_BACK: KeyringStatus.FAILED,
        }[self.came]
        return KeyringResult(status, self.backend, words[self.came])


def _failed(exc: Exception, backend: str, *secrets: str) -> _Outcome:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _Outcome(_Came.NO_BACKEND, "none", not_found())
    return _Outcome(_Came.REFUSED, backend, trouble(exc, *secrets))


def _write(service: str, address: str, value: str, only_over: str | None = None) -> _Outcome:
    """Write `value` (over the entry only while it holds `only_over`, when given) and read it
    back, to be sure it is there."""
    opened = open_keyring()
    kr, name = opened.store, opened.backend
    if kr is None:
        return _Outcome(_Came.NO_BACKEND, name, opened.problem)
    try:
        if only_over is not None and kr.get_password(service, address) != only_over:
            return _Outcome(_Came.CHANGED, name)
        kr.set_password(service, address, value)
        back = kr.get_password(service, address)
    except Exception as exc:  # noqa: BLE001 - whatever the backend raises is said, never a traceback
        return _failed(exc, name, value, only_over or "")
    return _Outcome(_Came.DONE if back == value else _Came.NOT_BACK, name)


def _remove(service: str, address: str, only: str | None = None) -> _Outcome:
    """Delete the entry (only while it holds `only`, when given)."""
    opened = open_keyring()
    kr, name = opened.store, opened.backend
    if kr is None:
        return _Outcome(_Came.NO_BACKEND, name, opened.problem)
    try:
        there = kr.get_password(service, address)
        if there is None and only is None:
            return _Outcome(_Came.ABSENT, name)
        if only is not None and there != only:
            return _Outcome(_Came.CHANGED, name)
        kr.delete_password(service, address)
    except keyring.errors.PasswordDeleteError:
        return _Outcome(_Came.ABSENT, name)
    except Exception as exc:  # noqa: BLE001 - whatever the backend raises is said, never a traceback
        return _failed(exc, name, only or "")
    return _Outcome(_Came.DONE, name)


def _read(service: str, address: str) -> str | None:
    kr = open_keyring().store
    if kr is None:
        return None
    try:
        return kr.get_password(service, address)
    except Exception:  # noqa: BLE001 - a keyring that cannot answer holds nothing for us
        return None


def keyring_problem() -> Text | None:
    """Why no keyring can be used here (plain words, naming the setting that chose the
    backend), or None when one can. Nothing is read or written, so nothing asks to unlock;
    a locked keyring is found out when it is used."""
    return open_keyring().problem


# -- the password ------------------------------------------------------------------------------
def store_password(address: str, password: str) -> KeyringResult:
    """Store under (service "mailsetup", address) and read it back to be sure it is there."""
    out = _write(SERVICE, address, password)
    return out.result(KeyringStatus.STORED, {
        _Came.NO_BACKEND: T("{problem} mailsetup did not keep the password for its later checks.", problem=out.problem),
        _Came.REFUSED: T("{problem} The password was not stored.", problem=out.problem),
        _Came.NOT_BACK: T("The system keyring did not give the password back as stored; do not rely on it."),
        _Came.DONE: T("The password for {address} is kept in the system keyring, for mailsetup's own later checks (testing the account again, a move to new servers, a support re-run).", address=address),
    })


def read_password(address: str) -> str | None:
    return _read(SERVICE, address)


def forget_password(address: str) -> KeyringResult:
    out = _remove(SERVICE, address)
    return out.result(KeyringStatus.REMOVED, {
        _Came.NO_BACKEND: T("{problem} No password was removed.", problem=out.problem),
        _Came.ABSENT: T("No password for {address} is stored in the system keyring.", address=address),
        _Came.REFUSED: T("{problem} The password was not removed.", problem=out.problem),
        _Came.DONE: T("The password for {address} was removed from the system keyring.", address=address),
    })


def keyring_available() -> bool:
    """Whether a real keyring backend is there to offer (the window hides the choice if not)."""
    return open_keyring().store is not None


# -- the wizard's own kept sign-in (an OAuth2 refresh token) ---------------------------------------
SIGN_IN_SERVICE = "mailsetup-sign-in"


def store_refresh_token(address: str, token: str) -> KeyringResult:
    """The refresh token of the wizard's own sign-in, under (service "mailsetup-sign-in",
    address), and only there: kept when the person asks, so a later check can sign in again
    without the browser. Read back like the password, to be sure it is there."""
    out = _write(SIGN_IN_SERVICE, address, token)
    return out.result(KeyringStatus.STORED, {
        _Came.NO_BACKEND: T("{problem} The sign-in was not kept.", problem=out.problem),
        _Came.REFUSED: T("{problem} The sign-in was not kept.", problem=out.problem),
        _Came.NOT_BACK: T("The system keyring did not give the sign-in back as stored; do not rely on it."),
        _Came.DONE: T("The sign-in for {address} is kept in the system keyring, for mailsetup's own later checks.", address=address),
    })


def read_refresh_token(address: str) -> str | None:
    """The sign-in kept for `address`, or None (none kept, or no keyring)."""
    return _read(SIGN_IN_SERVICE, address)


def replace_refresh_token(address: str, used: str, new: str) -> KeyringResult:
    """The provider rotated the kept sign-in: it answered a refresh with a new refresh token,
    and the one `used` is dead from now on (RFC 6749 section 6: the old one must be discarded).

    The new one is written over the same entry in one call (the keyring replaces the item in
    place: there is no moment with neither, and never a second copy), then read back. Only
    while the entry still holds `used`: anything else there was put by a later run (a new
    sign-in) or removed by the person, and is left as it is."""
    out = _write(SIGN_IN_SERVICE, address, new, only_over=used)
    return out.result(KeyringStatus.STORED, {
        _Came.NO_BACKEND: T("{problem} The sign-in was not kept.", problem=out.problem),
        _Came.CHANGED: T("The sign-in kept for {address} was changed meanwhile, so it was left as it is now.", address=address),
        _Came.REFUSED: T("{problem} The renewed sign-in was not kept; the next check asks you to sign in again.", problem=out.problem),
        _Came.NOT_BACK: T("The system keyring did not give the renewed sign-in back as stored; the next check asks you to sign in again."),
        _Came.DONE: T("The provider renewed the sign-in for {address}; the keyring now holds the new one in place of the old.", address=address),
    })


def drop_refresh_token(address: str, used: str) -> KeyringResult:
    """The provider no longer accepts the kept sign-in `used` (invalid_grant): it goes, so no
    later check tries it again. Only while the entry still holds `used`, so a newer sign-in
    another run kept meanwhile survives."""
    out = _remove(SIGN_IN_SERVICE, address, only=used)
    return out.result(KeyringStatus.REMOVED, {
        _Came.NO_BACKEND: T("{problem} No kept sign-in was removed.", problem=out.problem),
        _Came.CHANGED: T("The sign-in kept for {address} was changed meanwhile, so it was left as it is now.", address=address),
        _Came.ABSENT: T("No sign-in for {address} is kept in the system keyring.", address=address),
        _Came.REFUSED: T("{problem} The sign-in that no longer works was not removed.", problem=out.problem),
        _Came.DONE: T("The sign-in kept for {address} no longer works and was removed from the system keyring.", address=address),
    })


class KeyringSignIns:
    """The kept sign-ins as the doctor's renewal needs them (wizard.doctor.signin.KeptSignIns):
    the system keyring, and nothing else."""

    def read(self, address: str) -> str | None:
        return read_refresh_token(address)

    def replace(self, address: str, used: str, new: str) -> Text:
        return replace_refresh_token(address, used, new).message

    def drop(self, address: str, used: str) -> Text:
        return drop_refresh_token(address, used).message


def forget_refresh_token(address: str) -> KeyringResult:
    """`mailsetup forget`: the kept sign-in goes with the password, whichever it is."""
    out = _remove(SIGN_IN_SERVICE, address)
    return out.result(KeyringStatus.REMOVED, {
        _Came.NO_BACKEND: T("{problem} No kept sign-in was removed.", problem=out.problem),
        _Came.ABSENT: T("No sign-in for {address} is kept in the system keyring.", address=address),
        _Came.REFUSED: T("{problem} The kept sign-in was not removed.", problem=out.problem),
        _Came.DONE: T("The sign-in kept for {address} was removed from the system keyring.", address=address),
    })
