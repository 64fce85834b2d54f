"""What an installer is of: the product's names, ids and icon, plain or in a provider's brand
(`--brand mamut`), read from the same provider packs the wizard uses."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

LANGUAGES = ("en", "da", "nb")
HERE = Path(__file__).resolve().parent
BASE_ID = "org.mailsetup.mailsetup"


@dataclass(frozen=True)
class Product:
    version: str
    brand: str | None  # a pack id, baked in as the default brand
    names: dict[str, str]  # language -> display name
    icon_svg: bytes | None
    icon_png: bytes | None  # a pack's PNG logo, when that is what it has

    @property
    def package(self) -> str:
        """The package and command name: mailsetup, or mailsetup-<brand>."""
        return "mailsetup" if self.brand is None else f"mailsetup-{self.brand}"

    @property
    def app_id(self) -> str:
        """Reverse-DNS id (AppStream, desktop file, macOS bundle id)."""
        return BASE_ID if self.brand is None else f"{BASE_ID}.{self.brand}"

    @property
    def name(self) -> str:
        return self.names["en"]

    def text(self, key: str, language: str) -> str:
        return TEXTS[key][language].format(name=self.names[language])


def _texts() -> dict[str, dict[str, str]]:
    return tomllib.loads((HERE / "texts.toml").read_text(encoding="utf-8"))


TEXTS = _texts()


def _default_icon() -> bytes:
    return resources.files("wizard.resources").joinpath("icons").joinpath("mail.svg").read_bytes()


def product(version: str, brand: str | None = None, extra_packs: tuple[Path, ...] = ()) -> Product:
    """The plain product, or one provider's: its product name (or its name) and its logo."""
    if brand is None:
        return Product(version, None, {lang: "mailsetup" for lang in LANGUAGES}, _default_icon(), None)
    from wizard.providers import load_presets

    presets = load_presets(extra_packs)
    pack = presets.by_id(brand)
    if pack is None:
        raise SystemExit(f"build.py: there is no provider pack “{brand}”; known packs: {', '.join(presets.ids)}")
    branding = pack.branding
    local = branding.product_name if branding and branding.product_name else pack.display_name
    names = {lang: (dict(local.translations).get(lang) if local else None) or (local.source if local else pack.name) for lang in LANGUAGES}
    svg = png = None
    if pack.logo_data is not None and branding and branding.logo:
        if branding.logo.lower().endswith(".png"):
            png = pack.logo_data
        else:
            svg = pack.logo_data
    return Product(version, brand, names, svg or (None if png else _default_icon()), png)

