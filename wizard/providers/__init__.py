"""Provider packs (resources/providers/*.toml): loading, validation, and what a pack knows:
servers, announced certificates, a migration checklist, two-factor guidance and branding.

Each name loads its own module when first used: the window asks only for the installer's
default brand before it opens (bundled.py), without the packs' parsing and validation."""

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
    from wizard.providers.bundled import default_brand_id
    from wizard.providers.loader import load_presets, match, parse_provider_file
    from wizard.providers.model import (
        AccountType,
        AnnouncedCertificate,
        Branding,
        LocalText,
        Migration,
        PresetError,
        Presets,
        Provider,
        RetiredServer,
        ServerTemplate,
        Support,
        TwoFactor,
    )
    from wizard.providers.schema import parse_provider

_HOME = {
    "default_brand_id": "bundled", "load_presets": "loader", "match": "loader", "parse_provider_file": "loader",
    "parse_provider": "schema",
    **{name: "model" for name in ("AccountType", "AnnouncedCertificate", "Branding", "LocalText", "Migration", "PresetError",
                                  "Presets", "Provider", "RetiredServer", "ServerTemplate", "Support", "TwoFactor")},
}

__getattr__ = lazy_exports(__name__, _HOME)


__all__ = [
    "AccountType", "AnnouncedCertificate", "Branding", "LocalText", "Migration", "PresetError", "Presets", "Provider",
    "RetiredServer", "ServerTemplate", "Support", "TwoFactor", "default_brand_id", "load_presets", "match",
    "parse_provider", "parse_provider_file",
]
