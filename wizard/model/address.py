"""E-mail addresses as people type them, checked the way mail servers will check them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.i18n import T
from wizard.model.errors import UserError

# RFC 5322 atext; non-ASCII is allowed too (RFC 6531 internationalised local parts), written
# as "not ASCII": the same characters as the range \u0080-\U0010ffff inside the class, which
# the regex compiler spends a millisecond and a half of every start on.
_ATEXT = re.compile(r"^(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]|[^\x00-\x7f])+$")
_LDH = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
MAX_LOCAL = 64
MAX_ADDRESS = 254
MAX_DOMAIN = 253


class AddressError(UserError):
    pass


def _check_local(local: str, address: str) -> None:
    if not local:
        raise AddressError("address-no-local", T("“{address}” has nothing before the “@”. Write it as name@example.com.", address=address))
    if local.startswith('"'):
        raise AddressError("address-quoted", T("“{address}” uses quotation marks before the “@”, which mail programs do not support here.", address=address))
    if len(local.encode("utf-8")) > MAX_LOCAL:
        raise AddressError("address-local-too-long", T("The part before the “@” in “{address}” is longer than 64 characters.", address=address))
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise AddressError("address-dots", T("“{address}” has a dot at the start or end of the name, or two dots in a row.", address=address))
    for atom in local.split("."):
        if not _ATEXT.match(atom):
            bad = next((c for c in atom if not _ATEXT.match(c)), atom[:1])
            raise AddressError("address-bad-character", T("“{address}” contains a character that cannot be used in an e-mail address: “{char}”.", address=address, char=bad))


def _plain_ascii(domain: str) -> bool:
    """A domain IDNA would only lower-case: ASCII letters, digits and inner hyphens in every
    label, none of them an A-label (xn--) or with hyphens in its third and fourth places."""
    return domain.isascii() and len(domain) <= MAX_DOMAIN and all(_LDH.match(label) and label[2:4] != "--" for label in domain.lower().split("."))


def _idna_ascii(domain: str) -> str:
    """The domain's ASCII form (UTS 46 mapping, IDNA 2008): ValueError if it has none. The
    idna package, some milliseconds of a command's start, is loaded for the others only."""
    if _plain_ascii(domain):
        return domain.lower()
    import idna

    try:
        return str(idna.encode(domain, uts46=True).decode("ascii").lower())
    except (idna.IDNAError, UnicodeError) as exc:
        raise ValueError(str(exc)) from None


def _to_ascii_domain(domain: str, address: str) -> str:
    if not domain:
        raise AddressError("address-no-domain", T("“{address}” has nothing after the “@”. Add your provider's domain, such as example.com.", address=address))
    if domain.startswith("["):
        raise AddressError("address-ip-literal", T("“{address}” names a server by its IP address; use the provider's domain name instead.", address=address))
    domain = domain.rstrip(".") if domain.endswith(".") and not domain.endswith("..") else domain
    if "." not in domain:
        raise AddressError("address-domain-no-dot", T("The domain “{domain}” in “{address}” is incomplete: it needs a dot, as in example.com.", address=address, domain=domain))
    try:
        ascii_domain = _idna_ascii(domain)
    except ValueError:
        raise AddressError("address-bad-domain", T("The domain “{domain}” in “{address}” is not a valid domain name.", address=address, domain=domain)) from None
    if len(ascii_domain) > MAX_DOMAIN or not all(_LDH.match(label) for label in ascii_domain.split(".")):
        raise AddressError("address-bad-domain", T("The domain “{domain}” in “{address}” is not a valid domain name.", address=address, domain=domain))
    if ascii_domain.rsplit(".", 1)[-1].isdigit():
        raise AddressError("address-ip-literal", T("“{address}” names a server by its IP address; use the provider's domain name instead.", address=address))
    return ascii_domain


@dataclass(frozen=True, order=True)
class EmailAddress:
    """`domain` is ASCII (punycode), lower case; `local` keeps its case, as servers may."""

    local: str
    domain: str

    @classmethod
    def parse(cls, text: str) -> "EmailAddress":
        address = text.strip()
        if not address:
            raise AddressError("address-empty", T("Type your e-mail address, such as name@example.com."))
        if any(c.isspace() for c in address):
            raise AddressError("address-space", T("“{address}” contains a space; an e-mail address has none.", address=address))
        if "@" not in address:
            raise AddressError("address-no-at", T("“{address}” has no “@”. Write it as name@example.com.", address=address))
        local, _, domain = address.rpartition("@")
        if "@" in local and not local.startswith('"'):
            raise AddressError("address-two-at", T("“{address}” has more than one “@”.", address=address))
        _check_local(local, address)
        ascii_domain = _to_ascii_domain(domain, address)
        result = cls(local, ascii_domain)
        if len(str(result).encode("utf-8")) > MAX_ADDRESS:
            raise AddressError("address-too-long", T("“{address}” is longer than the 254 characters an e-mail address may have.", address=address))
        return result

    @property
    def domain_unicode(self) -> str:
        """The domain as people read it (ä, ø, …) for display next to the ASCII form."""
        import idna

        try:
            return str(idna.decode(self.domain))
        except idna.IDNAError:
            return self.domain

    def __str__(self) -> str:
        return f"{self.local}@{self.domain}"

    def to_json(self) -> str:
        return str(self)

    @classmethod
    def from_json(cls, value: str) -> "EmailAddress":
        return cls.parse(value)
