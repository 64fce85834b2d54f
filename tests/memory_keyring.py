"""A keyring backend in this process's memory, for tests that need one without a Secret
Service: what the wizard writes is in `written`. Its priority is below keyring's own
fallbacks ('fail' is 0), so keyring's detection never picks it (or a subclass) for another
test; a test puts it in place itself. Subclasses are named as the backends they stand for
(the wizard judges some backends by their names)."""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = -5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.written.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
