"""The window on the demo provider, with a rehearsal scene that can be changed on the
welcome page: `RehearsalBackend.stage(name)` restarts the demo's servers as that scene, and
every later run of the wizard meets it (no Qt here; the picker lives on the welcome page)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from wizard.gui.backend import EngineBackend, ProviderInfo
from wizard.i18n import T, Text


def demo_provider_info(info) -> ProviderInfo:
    """The demo provider as the window shows it: its pack (announced certificate, two-factor
    hint, move to new servers, account types), its logo, and a note for the support person
    saying how to sign in and what the scene stages."""
    from wizard.demo.scenes import scene_named

    pack = None
    if info.providers_dir is not None:
        from wizard.providers import load_presets

        pack = load_presets((info.providers_dir,), bundled=False).by_id("demo")
    note: Text = T("Demo provider running on this computer. Sign in as {user} with the password {password}", user=info.user, password=info.password)
    scene = scene_named(info.scene)
    more: list[Text] = []
    if scene.name:
        more.append(T("Rehearsal: {summary}", summary=scene.summary))
    if scene.customer_password:
        more.append(T("The customer types {wrong} instead.", wrong=scene.customer_password))
    if info.working_password != info.password:
        more.append(T("The app password that works is {app}.", app=info.working_password))
    for line in more:
        note = T("{above}\n{line}", above=note, line=line)  # layout only: nothing to translate
    if pack is None:
        return ProviderInfo(name=info.name, logo="demo", announced=(info.mail_sha256,), note=note)
    return replace(ProviderInfo.of(pack), logo="demo", note=note)


def demo_presets(info) -> Any:
    from wizard.providers import load_presets

    return load_presets((info.providers_dir,)) if info.providers_dir is not None else None


@dataclass
class RehearsalBackend(EngineBackend):
    """An EngineBackend on a running DemoProvider it owns; `stage()` swaps the scene."""

    demo: Any = None  # the wizard.demo.DemoProvider
    _given_home: Any = None

    @classmethod
    def start(cls, scene: str = "", **kwargs) -> "RehearsalBackend":
        backend = cls(make_context=lambda sink, deadline: None, **kwargs)  # context(): below
        backend._given_home = backend.home
        backend.stage(scene)
        return backend

    @property
    def info(self):
        return self.demo.info if self.demo is not None else None

    @property
    def scene(self) -> str:
        return self.info.scene if self.info is not None else ""

    @property
    def scenes(self):
        from wizard.demo.scenes import ORDINARY, SCENES

        return (ORDINARY,) + SCENES

    def stage(self, name: str) -> None:
        """Stop the demo's servers and start them again as scene `name` ("" = ordinary)."""
        from wizard.demo import DemoProvider
        from wizard.demo.scenes import scene_named

        scene = scene_named(name)
        if self.demo is not None:
            self.demo.stop()
        self.demo = DemoProvider(mnemonic_ports=True, scene=scene)
        info = self.demo.start()
        self.provider = demo_provider_info(info)
        self.presets = demo_presets(info)
        # The demo's own certificate store (last week's pin of certificate-changed), and the
        # scene's HOME with the customer's existing Thunderbird (moving-provider).
        self.store_path = info.data_dir / "certificates.json"
        self.home = info.home if info.home is not None else self._given_home

    def context(self, sink, deadline):
        from wizard.demo import demo_context

        return demo_context(self.info, sink=sink, deadline_seconds=deadline)

    def stop(self) -> None:
        if self.demo is not None:
            self.demo.stop()
            self.demo = None
