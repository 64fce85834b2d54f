"""What the bundled packs say about a run's first moves, known before they are parsed.

A discovery's head start (wizard.discovery.first) asks only two things of the packs: which
address domains they are for, and whether any names MX hosts. Parsing and validating the
packs to answer costs a command a tenth of its start-up before its first packet, so the
answers for the bundled packs are kept beside them, in resources/providers/packs.index,
written from the real parse (`python -m wizard.providers.index`; a test keeps it true).

The index is believed only for exactly the files it was written from: every bundled *.toml
listed, each of the same size and CRC-32. Any other folder (a pack added, changed or taken
away, an installer's own) and the caller parses the packs, as it did before. The packs are
parsed all the same once the first moves are made, for the run itself."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.providers.bundled import bundled_folder

if TYPE_CHECKING:
    from wizard.providers.model import Presets

INDEX_FILE = "packs.index"
HEADER = "# the bundled packs' domains and MX use, for a run's first moves (python -m wizard.providers.index writes it)"


@dataclass(frozen=True)
class PackFacts:
    domains: frozenset[str] = frozenset()  # every pack's address domains, as the schema wrote them
    names_mx: bool = False  # some pack names MX hosts: only the MX answer tells whether it applies

    @classmethod
    def of(cls, presets: Presets) -> PackFacts:
        return cls(frozenset(d for p in presets.providers for d in p.domains), any(p.mx_patterns for p in presets.providers))

    def serves_domain(self, domain: str) -> bool:
        """As Provider.serves_domain, for any pack."""
        return domain.lower().rstrip(".") in self.domains


def index_lines(files: dict[str, bytes], presets: Presets) -> list[str]:
    """The index of the bundled pack files (name: bytes) whose parse is `presets`, a line per
    file: its name, size, CRC-32, "mx" or "-", its domains."""
    by_origin = {p.origin: p for p in presets.providers}
    lines = [HEADER]
    for name, data in sorted(files.items()):
        pack = by_origin[name]
        lines.append(" ".join([name, str(len(data)), str(zlib.crc32(data)), "mx" if pack.mx_patterns else "-", *pack.domains]))
    return lines


def bundled_facts() -> PackFacts | None:
    """The bundled packs' facts from the index, or None when it does not hold exactly for
    the files there now (then parse them)."""
    folder = bundled_folder()
    try:
        text = folder.joinpath(INDEX_FILE).read_text(encoding="utf-8")
        packs = sorted(item.name for item in folder.iterdir() if item.name.endswith(".toml") and item.is_file())
        listed: list[str] = []
        domains: set[str] = set()
        names_mx = False
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            name, size, crc, mx, *pack_domains = line.split(" ")
            data = folder.joinpath(name).read_bytes()
            if len(data) != int(size) or zlib.crc32(data) != int(crc) or mx not in ("mx", "-"):
                return None
            listed.append(name)
            domains.update(pack_domains)
            names_mx = names_mx or mx == "mx"
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if sorted(listed) != packs:
        return None
    return PackFacts(frozenset(domains), names_mx)


def main() -> int:
    """Write the index from the bundled packs as they are (a developer's step after changing one)."""
    from wizard.providers.loader import load_presets

    folder = bundled_folder()
    files = {item.name: item.read_bytes() for item in folder.iterdir() if item.name.endswith(".toml") and item.is_file()}
    folder.joinpath(INDEX_FILE).write_text("\n".join(index_lines(files, load_presets())) + "\n", encoding="utf-8")  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
