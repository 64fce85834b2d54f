"""Rehearsal scenes: one support call each, staged by the demo's real servers.

A scene changes how the demo's servers behave (which password they take and what they answer
when they refuse one, which ports listen, which certificate was accepted "last week", which
facts the provider publishes); it never fakes a result. The wizard and the CLI then meet the
situation exactly as a customer would. Plain data: the provider reads it (provider.py)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wizard.i18n import T, Text
from wizard.model.errors import UserError

APP_PASSWORD = "demo-app-4826-1357"  # the app password of the app-password scene
WRONG_PASSWORD = "rehearse-2486"  # what the customer of the wrong-password scene types


class Port25(Enum):
    OPEN = "open"  # a mail server answers on 25, as on a network that lets it through
    FILTERED = "filtered"  # connects hang: a home network that filters port 25


@dataclass(frozen=True)
class Scene:
    name: str  # what `demo --scene NAME` takes; "" is the ordinary demo
    summary: Text  # one line for `demo --scenes` and the welcome page's picker
    codes: tuple[str, ...] = ()  # the finding codes a customer meets in it
    customer_password: str | None = None  # what the customer types, when not the right one
    app_password: bool = False  # the normal password is refused with an app-password hint
    mail_down: bool = False  # IMAP, POP3 and SMTP do not listen (refused)
    port25: Port25 = Port25.OPEN
    publishes_port25: bool = False  # the settings document lists port 25 first (old pages did)
    certificate_changed: bool = False  # a different certificate was accepted last week
    moving: bool = False  # the provider moves to new servers; the old ones sit in a profile
    business: bool = False  # an Exchange offer (Business Mail) next to POP and IMAP
    offline: bool = False  # nothing answers: no DNS, no web, no mail

    @property
    def announces_certificate(self) -> bool:
        """The provider announced the servers' new certificate (not when it changed unasked)."""
        return not self.certificate_changed and not self.offline


ORDINARY = Scene("", T("the ordinary demo: everything works once the announced certificate is accepted"))

SCENES: tuple[Scene, ...] = (
    Scene("wrong-password", T("the customer types a wrong password; the servers refuse it"), ("auth-failed",), customer_password=WRONG_PASSWORD),
    Scene("app-password", T("the normal password is refused: the provider wants an app password (two-factor sign-in is on)"), ("app-password-required",), app_password=True),
    Scene("server-down", T("the provider's mail servers are down: nothing answers on their ports"), ("port-closed",), mail_down=True),
    Scene("certificate-changed", T("the servers show another certificate than the one accepted last week, and it was not announced"), ("cert-changed",), certificate_changed=True),
    Scene("port25-blocked", T("the network blocks port 25; sending works on 465 and 587"), ("port25-blocked",), port25=Port25.FILTERED, publishes_port25=True),
    Scene("moving-provider", T("the provider moves to new servers: an existing Thunderbird account still uses the old ones"), moving=True),
    Scene("business-mail", T("the customer bought Business Mail (Exchange) but may choose POP or IMAP"), (), business=True),
    Scene("offline", T("this computer has no internet: nothing answers at all"), (), offline=True),
)


def scene_named(name: str | None) -> Scene:
    """The scene called `name` ("" or None: the ordinary demo); an unknown name is a usage
    error that lists the known ones."""
    if not name:
        return ORDINARY
    for scene in SCENES:
        if scene.name == name:
            return scene
    raise UserError("scene-unknown", T("There is no demo scene “{scene}”; known scenes: {known}.", scene=name, known=", ".join(s.name for s in SCENES)))
