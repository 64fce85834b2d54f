"""Keeps resources/translations/*.ts in step with the T("...") calls in the source.

A developer tool (`make translations`), not used at run time: new sources are added as
unfinished, sources no longer in the code are marked vanished, finished ones are kept."""

from __future__ import annotations

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import ElementTree as SafeET

from wizard.i18n.text import CONTEXT

QT_LANG = {"da": "da_DK", "nb": "nb_NO"}
# T("...") everywhere; h(catalog, "...") / h("...") for argparse help texts.
MARKERS = {"T", "h"}


def _called_name(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def has_words(source: str) -> bool:
    """Pure layout such as "{mark} {source:<12} {target}" needs no translation."""
    return bool(re.search(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", source)))


def area_of(package_root: Path, path: Path) -> str:
    """cli, discovery, doctor, ...: one catalogue per area, so areas are translated apart."""
    parts = path.relative_to(package_root).parts
    return parts[0] if len(parts) > 1 else "core"


def sources_in(root: Path, area: str | None = None) -> list[str]:
    """Every literal string given to a marker call, in order of first appearance."""
    found: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        if area is not None and area_of(root, path) != area:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            name = _called_name(node)
            if name not in MARKERS or not isinstance(node, ast.Call):
                continue
            literals = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if literals:
                if has_words(literals[0]):
                    found.setdefault(literals[0], None)
            elif name == "T":
                raise SystemExit(f"{path}:{node.lineno}: T() needs a literal string as its first argument")
    return list(found)


def read_ts(path: Path) -> dict[str, tuple[str, str | None]]:
    """source -> (translation, type) from an existing catalogue."""
    if not path.exists():
        return {}
    root = SafeET.fromstring(path.read_bytes())
    out: dict[str, tuple[str, str | None]] = {}
    for msg in root.iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if source is not None and tr is not None:
            out[source] = (tr.text or "", tr.get("type"))
    return out


def write_ts(path: Path, language: str, entries: dict[str, tuple[str, str | None]]) -> None:
    ts = ET.Element("TS", version="2.1", language=QT_LANG.get(language, language), sourcelanguage="en")
    ctx = ET.SubElement(ts, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source in sorted(entries):
        text, kind = entries[source]
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        tr = ET.SubElement(msg, "translation")
        tr.text = text
        if kind:
            tr.set("type", kind)
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def areas(project: Path) -> list[str]:
    root = project / "wizard"
    return sorted({area_of(root, p) for p in root.rglob("*.py")})


def finished_translations(project: Path, language: str) -> dict[str, str]:
    """Every finished translation in any area's catalogue (read before any is rewritten): a
    string whose code moved to another area keeps its translation instead of starting again
    as unfinished."""
    found: dict[str, str] = {}
    for path in sorted((project / "resources" / "translations").glob(f"*_{language}.ts")):
        for source, (text, kind) in read_ts(path).items():
            if text and kind in (None, "vanished"):
                found.setdefault(source, text)
    return found


def update(project: Path, language: str, area: str, additions: dict[str, str] | None = None, *, write: bool = True,
           known: dict[str, str] | None = None) -> list[str]:
    """Returns the sources of `area` still lacking a finished translation; with
    write=False only reports, leaving the catalogue untouched."""
    path = project / "resources" / "translations" / f"{area}_{language}.ts"
    current = sources_in(project / "wizard", area)
    if not current and not path.exists():
        return []
    old = read_ts(path)
    moved = finished_translations(project, language) if known is None else known
    entries: dict[str, tuple[str, str | None]] = {}
    for source in current:
        if additions and source in additions:
            entries[source] = (additions[source], None)
        elif source in old and old[source][1] in (None, "unfinished") and old[source][0]:
            entries[source] = old[source]
        elif source in moved:
            entries[source] = (moved[source], None)
        else:
            entries[source] = ("", "unfinished")
    elsewhere = set(sources_in(project / "wizard")) - set(current)
    for source, (text, kind) in old.items():
        if source not in entries and text and not (source in elsewhere and kind != "vanished"):
            entries[source] = (text, "vanished")
    if write:
        write_ts(path, language, entries)
    return [s for s, (text, kind) in entries.items() if kind == "unfinished" or (kind is None and not text)]


def main(argv: list[str]) -> int:
    """python -m wizard.i18n.extract [--area AREA] [--add FILE.json] [--list]   (from the project root)

    FILE.json holds {"da": {source: translation}, "nb": {...}} to merge in; --list only reports."""
    project = Path.cwd()
    chosen = [argv[argv.index("--area") + 1]] if "--area" in argv else areas(project)
    additions: dict[str, dict[str, str]] = {}
    if "--add" in argv:
        additions = json.loads(Path(argv[argv.index("--add") + 1]).read_text(encoding="utf-8"))
    missing = 0
    known = {language: finished_translations(project, language) for language in QT_LANG}
    for area in chosen:
        for language in QT_LANG:
            todo = update(project, language, area, additions.get(language), write="--list" not in argv, known=known[language])
            missing += len(todo)
            for source in todo:
                print(f"{area}_{language}.ts: untranslated: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
