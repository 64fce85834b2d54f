"""The login name a server expects, from the templates providers publish."""

from __future__ import annotations

from wizard.model.address import EmailAddress

PLACEHOLDERS = ("%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%", "%REALNAME%")


def expand_template(template: str, address: EmailAddress, realname: str = "") -> str:
    """Fill the autoconfig placeholders; one pass, so values cannot inject placeholders."""
    values = {
        "%EMAILADDRESS%": str(address),
        "%EMAILLOCALPART%": address.local,
        "%EMAILDOMAIN%": address.domain,
        "%REALNAME%": realname,
    }
    out: list[str] = []
    i = 0
    while i < len(template):
        for name, value in values.items():
            if template.startswith(name, i):
                out.append(value)
                i += len(name)
                break
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def username_variants(address: EmailAddress) -> tuple[str, ...]:
    """Usernames to try, most common first: full address, local part, and the
    "@"-to-"_" form some Exchange hosters use on phones (Mamut: mail_domain.com)."""
    full = str(address)
    variants = (full, address.local, full.replace("@", "_"))
    return tuple(dict.fromkeys(variants))
