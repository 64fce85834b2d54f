"""Provider presets (resources/providers/*.toml): loading and validation."""

from wizard.providers.loader import load_presets, parse_provider_file
from wizard.providers.model import PresetError, Presets, Provider, ServerTemplate

__all__ = ["PresetError", "Presets", "Provider", "ServerTemplate", "load_presets", "parse_provider_file"]
