"""Provider packs (resources/providers/*.toml): loading and validation."""
