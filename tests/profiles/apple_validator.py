"""A small validator for configuration profiles against Apple's device-management YAML schemas.

Checks what the schema format (schema.md) states: key names, value types, required keys,
allowed values (rangelist), string formats, and that every payload and key exists on the
platforms the profile targets (supportedOS `introduced: n/a` means: not there).
The schema files are copied, with their MIT licence, into apple_schema/ beside this file."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SCHEMA_DIR = Path(__file__).with_name("apple_schema")
PLATFORMS = {0: ("iOS", "macOS"), 1: ("iOS",), 5: ("macOS",)}


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    path = SCHEMA_DIR / f"{name}.yaml"
    if not path.is_file():
        raise KeyError(name)
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _type_ok(kind: str, value: Any) -> bool:
    return {
        "<string>": lambda v: isinstance(v, str),
        "<integer>": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "<real>": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "<boolean>": lambda v: isinstance(v, bool),
        "<data>": lambda v: isinstance(v, (bytes, bytearray)),
        "<array>": lambda v: isinstance(v, list),
        "<dictionary>": lambda v: isinstance(v, dict),
        "<date>": lambda v: isinstance(v, dt.datetime),
        "<any>": lambda v: True,
    }[kind](value)


def _available(os_info: dict[str, Any] | None, platform: str) -> bool | None:
    if not os_info or platform not in os_info:
        return None  # inherits
    return os_info[platform].get("introduced") != "n/a"


def _check_keys(where: str, keys: list[dict[str, Any]], data: dict[str, Any], platforms: tuple[str, ...], skip: set[str] = frozenset()) -> list[str]:
    errors: list[str] = []
    by_name = {k["key"]: k for k in keys}
    for spec in keys:
        if spec.get("presence") == "required" and spec["key"] not in data and spec["key"] != "ANY":
            errors.append(f"{where}: required key {spec['key']} missing")
    for name, value in data.items():
        if name in skip:
            continue
        spec = by_name.get(name) or by_name.get("ANY")
        if spec is None:
            errors.append(f"{where}: unknown key {name}")
            continue
        if not _type_ok(spec["type"], value):
            errors.append(f"{where}: {name} should be {spec['type']}, is {type(value).__name__}")
            continue
        if "rangelist" in spec and value not in spec["rangelist"]:
            errors.append(f"{where}: {name}={value!r} not in {spec['rangelist']}")
        if "format" in spec and isinstance(value, str) and not re.search(spec["format"], value):
            errors.append(f"{where}: {name}={value!r} does not match {spec['format']}")
        for platform in platforms:
            if _available(spec.get("supportedOS"), platform) is False:
                errors.append(f"{where}: {name} is not available on {platform}")
        if spec["type"] == "<dictionary>" and spec.get("subkeys") and isinstance(value, dict):
            errors += _check_keys(f"{where}.{name}", spec["subkeys"], value, platforms)
    return errors


def validate(profile: dict[str, Any]) -> list[str]:
    """Every problem found; an empty list means the profile matches the schemas."""
    target = profile.get("TargetDeviceType", 0)
    platforms = PLATFORMS.get(target, ("iOS", "macOS"))
    top = schema("TopLevel")
    errors = _check_keys("TopLevel", top["payloadkeys"], profile, platforms, skip={"PayloadContent"})
    content = profile.get("PayloadContent")
    if not isinstance(content, list):
        return errors + ["TopLevel: PayloadContent must be an array"]
    common = schema("CommonPayloadKeys")["payloadkeys"]
    identifiers = [profile.get("PayloadIdentifier")]
    uuids = [profile.get("PayloadUUID")]
    for n, payload in enumerate(content):
        where = f"PayloadContent[{n}]"
        if not isinstance(payload, dict):
            errors.append(f"{where}: not a dictionary")
            continue
        kind = payload.get("PayloadType", "?")
        try:
            spec = schema(kind)
        except KeyError:
            errors.append(f"{where}: no schema for payload type {kind}")
            continue
        for platform in platforms:
            if _available(spec["payload"].get("supportedOS"), platform) is False:
                errors.append(f"{where}: {kind} is not available on {platform}")
        own = {k["key"] for k in spec["payloadkeys"]}
        keys = [k for k in common if k["key"] not in own] + spec["payloadkeys"]
        errors += _check_keys(f"{where} ({kind})", keys, payload, platforms)
        identifiers.append(payload.get("PayloadIdentifier"))
        uuids.append(payload.get("PayloadUUID"))
    if len(set(identifiers)) != len(identifiers):
        errors.append("PayloadIdentifier values are not unique within the profile")
    if len(set(uuids)) != len(uuids):
        errors.append("PayloadUUID values are not unique within the profile")
    return errors
