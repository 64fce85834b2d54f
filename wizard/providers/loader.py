"""Reading provider presets: the bundled ones (importlib.resources) plus extra folders."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Iterable

from wizard.i18n import T
from wizard.providers.model import PresetError, Presets, Provider, parse_provider

MAX_FILE_BYTES = 256 * 1024


def parse_provider_file(data: bytes, origin: str, default_id: str) -> Provider:
    if len(data) > MAX_FILE_BYTES:
        raise PresetError(origin, "*", T("the file is larger than 256 KiB"))
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PresetError(origin, "*", T("it is not valid TOML: {problem}", problem=str(exc)[:200])) from None
    return parse_provider(document, origin, default_id)


def _bundled() -> list[tuple[str, str, bytes]]:
    folder = resources.files("wizard.resources").joinpath("providers")
    out = []
    if folder.is_dir():
        for item in sorted(folder.iterdir(), key=lambda i: i.name):
            if item.name.endswith(".toml") and item.is_file():
                out.append((item.name, item.name[:-5], item.read_bytes()))
    return out


def load_presets(extra_dirs: Iterable[Path] = (), *, bundled: bool = True) -> Presets:
    """All presets; on a duplicate domain the first file (bundled, then extra dirs in the
    given order, each sorted by name) wins. Raises PresetError naming the bad field."""
    files = _bundled() if bundled else []
    for directory in extra_dirs:
        for path in sorted(Path(directory).glob("*.toml")):
            files.append((str(path), path.stem, path.read_bytes()))
    providers = tuple(parse_provider_file(data, origin, stem) for origin, stem, data in files)
    return Presets(providers)
