"""The commands `mailsetup demo --serve` prints: complete, to be pasted as they stand.

Each names the demo's DNS server, certificate authority, ISPDB address and pack folder, keeps
certificate decisions in the demo's own store (MAILSETUP_DATA_DIR), and accepts the servers'
certificate by its fingerprint where the story needs it. Each says what it ends with (its
exit code): a scene's problem command ends with the problem, its fix with success. A test
runs every one as printed. Pure: no I/O here."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import Any

from wizard.demo.provider import DemoInfo
from wizard.demo.scenes import Scene
from wizard.i18n import T, Text


@dataclass(frozen=True)
class Command:
    purpose: Text  # what it shows, in the person's language
    line: str  # the shell command, exactly as printed
    exit_code: int  # what it ends with

    def to_json(self, catalog=None) -> dict[str, Any]:
        return {"purpose": self.purpose.render(catalog), "command": self.line, "exit_code": self.exit_code}


def _q(value: object) -> str:
    return shlex.quote(str(value))


def commands_for(info: DemoInfo, scene: Scene, program: str) -> tuple[Command, ...]:
    """The commands of this scene, for a mailsetup started as `program`."""
    env = f"MAILSETUP_DATA_DIR={_q(info.data_dir)} " if info.data_dir is not None else ""
    options = f"--dns {_q(info.dns)} --ca-file {_q(info.ca_file)} --ispdb-url {_q(info.ispdb_url)}"
    if info.providers_dir is not None:
        options += f" --providers {_q(info.providers_dir)}"
    user = _q(info.user)
    accept = f" --accept-fingerprint {_q(info.mail_sha256)}"

    def run(words: str) -> str:
        return f"{env}{program} {words} {options}"

    def diagnose(password: str, extra: str = accept) -> str:
        return f"echo {_q(password)} | {run(f'diagnose {user} --password-stdin')}{extra}"

    name = scene.name
    if name == "wrong-password":
        return (Command(T("What the customer meets: the password is refused"), diagnose(info.customer_password), 1),
                Command(T("The fix: the right password"), diagnose(info.password), 0))
    if name == "app-password":
        return (Command(T("What the customer meets: the normal password is refused, an app password is wanted"), diagnose(info.password), 1),
                Command(T("The fix: the app password made on the provider's security page"), diagnose(info.working_password), 0))
    if name == "server-down":
        return (Command(T("What the customer meets: the mail servers do not answer"), diagnose(info.password), 1),)
    if name == "certificate-changed":
        return (Command(T("What the customer meets: the certificate is not the one accepted last week"), diagnose(info.password, ""), 1),
                Command(T("The fix, once the provider confirms the new certificate: accept exactly that one"), diagnose(info.password), 0))
    if name == "port25-blocked":
        return (Command(T("What the customer meets: port 25 does not answer, and sending works on 465 or 587"), diagnose(info.password), 0),)
    if name == "moving-provider":
        profile = f" --profile {_q(info.profile)}"
        return (Command(T("What changes: the existing Thunderbird account, old servers next to new"), f"{run(f'migrate {user} --dry-run')}{profile}", 0),
                Command(T("The move: update that account in place (a backup is kept)"), f"{run(f'migrate {user}')}{profile}", 0))
    if name == "business-mail":
        return (Command(T("What the customer is offered: Business Mail (Exchange) next to POP and IMAP"), run(f"discover {user}"), 0),)
    if name == "offline":
        return (Command(T("What the customer meets: no settings can be found without the internet"), run(f"discover {user}"), 1),)
    return (Command(T("Find the settings"), run(f"discover {user}"), 0),
            Command(T("Test them, accepting the announced certificate"), diagnose(info.password), 0))
