"""A request a head start may write before its run asks (wizard.net.head), described in the
terms the run's HTTP client is called with, so that what goes out ahead is byte for byte
what the client would write (`wizard.net.http.request_bytes`) and is taken only by the
request that would have written exactly those bytes. No credentials can be described:
a password goes, if ever, in a later request the run makes itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ahead:
    url: str
    method: str = "GET"
    content: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()  # as the client is given them (it adds its own)
