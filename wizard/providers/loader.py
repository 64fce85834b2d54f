"""Reading provider packs: the bundled ones (importlib.resources) plus extra folders."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Iterable

from wizard.i18n import T
from wizard.localfile import LocalFileError, read_small
from wizard.model import EmailAddress
from wizard.providers.bundled import bundled_folder
from wizard.providers.model import PresetError, Presets, Provider
from wizard.providers.schema import MAX_LOGO_BYTES, Reader, parse_provider

MAX_FILE_BYTES = 256 * 1024
MAX_NESTING = 16  # tables and arrays inside each other; real packs use four


def nesting(value: Any, limit: int = MAX_NESTING) -> int:
    """How deep tables and arrays go in `value` (stops counting past `limit`), without
    recursion, so that no document can exhaust the stack here."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def parse_provider_file(data: bytes, origin: str, default_id: str, read: Reader | None = None) -> Provider:
    if len(data) > MAX_FILE_BYTES:
        raise PresetError(origin, "*", T("the file is larger than 256 KiB"))
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PresetError(origin, "*", T("it is not valid TOML: {problem}", problem=str(exc)[:200])) from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise PresetError(origin, "*", T("tables or lists are nested more than {limit} deep", limit=MAX_NESTING)) from None
    if nesting(document) > MAX_NESTING:
        raise PresetError(origin, "*", T("tables or lists are nested more than {limit} deep", limit=MAX_NESTING))
    return parse_provider(document, origin, default_id, read)


def read_pack(path: Path) -> bytes:
    """A pack from a folder someone gave us: a regular file of at most 256 KiB, or the
    usual PresetError naming it (a FIFO would hang, /dev/zero would never end)."""
    try:
        return read_small(path, MAX_FILE_BYTES)
    except LocalFileError as exc:
        raise PresetError(str(path), "*", exc.problem) from None
    except OSError as exc:
        raise PresetError(str(path), "*", T("it could not be read: {problem}", problem=exc.strerror or type(exc).__name__)) from None


def _folder():
    return bundled_folder()


def _reader(folder) -> Reader:
    def read(name: str) -> bytes | None:
        item = folder.joinpath(name)
        try:
            if isinstance(item, Path):  # a folder someone gave us: no FIFO, no device, no giant
                return read_small(item, MAX_LOGO_BYTES + 1, head=True)
            if not item.is_file():
                return None
            data = item.read_bytes()
        except (OSError, LocalFileError):
            return None
        return data[: MAX_LOGO_BYTES + 1]

    return read


def _bundled() -> list[tuple[str, str, bytes, Reader]]:
    folder = _folder()
    out = []
    if folder.is_dir():
        for item in sorted(folder.iterdir(), key=lambda i: i.name):
            if item.name.endswith(".toml") and item.is_file():
                out.append((item.name, item.name[:-5], item.read_bytes(), _reader(folder)))
    return out


# The bundled packs parsed so far, by their bytes: they do not change while the program runs,
# and every discovery and every doctor run asks for them (parsing them costs tens of ms).
_BUNDLED_PARSED: dict[tuple[str, str, bytes], Provider] = {}


def _parse_bundled(data: bytes, origin: str, stem: str, read: Reader) -> Provider:
    key = (origin, stem, data)
    provider = _BUNDLED_PARSED.get(key)
    if provider is None:
        provider = _BUNDLED_PARSED[key] = parse_provider_file(data, origin, stem, read)
    return provider


def load_presets(extra_dirs: Iterable[Path] = (), *, bundled: bool = True) -> Presets:
    """All packs: extra dirs first (in the given order, each sorted by name), then the bundled
    ones. A pack in an extra dir replaces the bundled pack with the same id (an installer's or a
    test's own copy); the same id twice in the extra dirs is refused. On a duplicate domain the
    first pack wins. Raises PresetError naming the bad field."""
    providers: list[Provider] = []
    for directory in extra_dirs:
        for path in sorted(Path(directory).glob("*.toml")):
            provider = parse_provider_file(read_pack(path), str(path), path.stem, _reader(Path(directory)))
            if any(p.id == provider.id for p in providers):
                raise PresetError(str(path), "id", T("another pack already has the id “{value}”", value=provider.id))
            providers.append(provider)
    for origin, stem, data, read in _bundled() if bundled else ():
        provider = _parse_bundled(data, origin, stem, read)
        if not any(p.id == provider.id for p in providers):
            providers.append(provider)
    return Presets(tuple(providers))


def match(address: EmailAddress | str, presets: Presets | None = None) -> Provider | None:
    """The pack for an address by its domain alone (no network: the MX match is discovery's)."""
    if not isinstance(address, EmailAddress):
        address = EmailAddress.parse(address)
    presets = presets if presets is not None else load_presets()
    return presets.for_domain(address.domain)
