"""Provider packs (resources/providers/*.toml): loading, validation, and what a pack knows:
servers, announced certificates, a migration checklist, two-factor guidance and branding."""

from wizard.providers.loader import default_brand_id, load_presets, match, parse_provider_file
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

__all__ = [
    "AccountType", "AnnouncedCertificate", "Branding", "LocalText", "Migration", "PresetError", "Presets", "Provider",
    "RetiredServer", "ServerTemplate", "Support", "TwoFactor", "default_brand_id", "load_presets", "match",
    "parse_provider", "parse_provider_file",
]
