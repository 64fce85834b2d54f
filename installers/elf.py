"""What an ELF file asks of the dynamic linker: the sonames it links (DT_NEEDED) and the symbol
versions it needs from each (the GNU version-needs section). Read from the section headers,
in pure Python, so the packages' dependencies do not hang on how one binutils prints them."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NULL, DT_NEEDED = 0, 1


@dataclass(frozen=True)
class Links:
    """One ELF file's needs: sonames in link order, the versions needed of each (a soname
    linked without versioned symbols has none), and whether it is a 64-bit file."""

    needed: tuple[str, ...]
    versions: tuple[tuple[str, tuple[str, ...]], ...]
    is_64bit: bool


def is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == MAGIC


def _string(data: bytes, table: int, at: int) -> str:
    end = data.index(b"\0", table + at)
    return data[table + at:end].decode("utf-8", "replace")


def links(path: Path) -> Links:
    """Raises ValueError for a file that is not ELF or whose section headers are missing."""
    data = path.read_bytes()
    if data[:4] != MAGIC or data[4] not in (1, 2) or data[5] not in (1, 2):
        raise ValueError(f"{path.name} is not an ELF file")
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, dyn = order + "IIQQQQIIQQ", order + "qQ"
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, dyn = order + "IIIIIIIIII", order + "iI"
    if shoff == 0 or shnum == 0:
        raise ValueError(f"{path.name} has no section headers")
    # (type, offset, size, link, info) of every section
    sections = []
    for i in range(shnum):
        _, kind, _, _, offset, size, link, info, _, _ = struct.unpack_from(section, data, shoff + i * shentsize)
        sections.append((kind, offset, size, link, info))
    needed: list[str] = []
    versions: list[tuple[str, tuple[str, ...]]] = []
    for kind, offset, size, link, info in sections:
        strings = sections[link][1] if link < len(sections) else 0
        if kind == SHT_DYNAMIC:
            step = struct.calcsize(dyn)
            for at in range(offset, offset + size, step):
                tag, value = struct.unpack_from(dyn, data, at)
                if tag == DT_NULL:
                    break
                if tag == DT_NEEDED:
                    needed.append(_string(data, strings, value))
        elif kind == SHT_GNU_VERNEED:
            at = offset
            for _ in range(info):  # sh_info: how many files the section names
                _, count, file, aux, following = struct.unpack_from(order + "HHIII", data, at)
                names, entry = [], at + aux
                for _ in range(count):
                    _, _, _, name, step = struct.unpack_from(order + "IHHII", data, entry)
                    names.append(_string(data, strings, name))
                    entry += step
                versions.append((_string(data, strings, file), tuple(names)))
                if following == 0:
                    break
                at += following
    return Links(tuple(needed), tuple(versions), wide)
