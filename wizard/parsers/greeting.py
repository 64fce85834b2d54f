"""Just enough IMAP, POP3 and SMTP to judge a guessed server: greeting, CAPABILITY / CAPA /
EHLO, STARTTLS, SASL mechanisms and LOGINDISABLED. Lines (str, no CRLF) in, facts out.

The full protocol readers used for verification live with the connection doctor; these are
the small pure pieces discovery needs to rank guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.i18n import T
from wizard.model import AuthMethod, Protocol
from wizard.parsers.document import ParseError

MAX_LINE = 8192
MAX_LINES = 200

_SMTP_LINE = re.compile(r"^(\d{3})([ -])(.*)$")


@dataclass(frozen=True)
class Capabilities:
    """What a server said about itself (before or after TLS)."""

    protocol: Protocol
    starttls: bool = False
    mechanisms: frozenset[str] = frozenset()  # SASL names, upper case
    login_disabled: bool = False  # IMAP LOGINDISABLED: no password until TLS
    user_command: bool = False  # POP3 USER/PASS

    @property
    def auth_methods(self) -> tuple[AuthMethod, ...]:
        """The mechanisms in the autoconfig vocabulary, best first."""
        found: list[AuthMethod] = []
        names = self.mechanisms
        if any(n.startswith("SCRAM-") for n in names) or names & {"CRAM-MD5", "DIGEST-MD5"}:
            found.append(AuthMethod.PASSWORD_ENCRYPTED)
        if names & {"PLAIN", "LOGIN"} or self.user_command or (self.protocol is Protocol.IMAP and not names and not self.login_disabled):
            found.append(AuthMethod.PASSWORD_CLEARTEXT)
        if names & {"XOAUTH2", "OAUTHBEARER"}:
            found.append(AuthMethod.OAUTH2)
        if "NTLM" in names:
            found.append(AuthMethod.NTLM)
        if "GSSAPI" in names:
            found.append(AuthMethod.GSSAPI)
        if "EXTERNAL" in names:
            found.append(AuthMethod.TLS_CLIENT_CERT)
        return tuple(found)


def _check(lines: list[str]) -> None:
    if len(lines) > MAX_LINES or any(len(line) > MAX_LINE for line in lines):
        raise ParseError("greeting-too-long", T("The server's answer is too long to be a mail server's."))


# -- IMAP ---------------------------------------------------------------------------------


def imap_greeting(line: str) -> frozenset[str] | None:
    """Capabilities from an `* OK [CAPABILITY ...]` greeting (None if it lists none);
    ParseError if this is not an IMAP server ready for us."""
    _check([line])
    upper = line.upper()
    if upper.startswith("* BYE"):
        raise ParseError("greeting-refused", T("The server refused the connection: {reply}", reply=line[:200]))
    if not (upper.startswith("* OK") or upper.startswith("* PREAUTH")):
        raise ParseError("greeting-not-imap", T("The server did not greet like an IMAP server: {reply}", reply=line[:200]))
    match = re.search(r"\[CAPABILITY ([^\]]*)\]", line, re.IGNORECASE)
    return frozenset(match.group(1).upper().split()) if match else None


def imap_response_done(line: str, tag: str) -> bool:
    return line.upper().startswith(tag.upper() + " ")


def imap_capabilities(lines: list[str] | frozenset[str], tag: str = "a1") -> Capabilities:
    """From the untagged `* CAPABILITY` line(s) and the tagged OK, or a greeting's list."""
    if isinstance(lines, frozenset):
        words = set(lines)
    else:
        _check(lines)
        words = set()
        done = False
        for line in lines:
            upper = line.upper()
            if upper.startswith("* CAPABILITY"):
                words.update(upper.split()[2:])
            elif upper.startswith(tag.upper() + " "):
                if not upper.split()[1:2] == ["OK"]:
                    raise ParseError("capability-refused", T("The server refused to list its capabilities: {reply}", reply=line[:200]))
                done = True
        if not done and not words:
            raise ParseError("capability-missing", T("The server did not list its capabilities."))
    if not any(w.startswith("IMAP4") for w in words):
        raise ParseError("greeting-not-imap", T("The server did not greet like an IMAP server: {reply}", reply=" ".join(sorted(words))[:200]))
    return Capabilities(
        Protocol.IMAP,
        starttls="STARTTLS" in words,
        mechanisms=frozenset(w[5:] for w in words if w.startswith("AUTH=")),
        login_disabled="LOGINDISABLED" in words,
    )


# -- POP3 ---------------------------------------------------------------------------------


def pop3_greeting(line: str) -> None:
    _check([line])
    if not line.startswith("+OK"):
        raise ParseError("greeting-not-pop3", T("The server did not greet like a POP3 server: {reply}", reply=line[:200]))


def pop3_response_done(lines: list[str]) -> bool:
    """A CAPA answer ends with a lone "."; an error is one "-ERR" line."""
    return bool(lines) and (lines[0].startswith("-ERR") or (lines[0].startswith("+OK") and lines[-1] == "." and len(lines) > 1))


def pop3_capa(lines: list[str]) -> Capabilities:
    _check(lines)
    if not lines or not lines[0].startswith("+OK"):
        # RFC 2449: a server without CAPA still speaks POP3; we just learn nothing.
        return Capabilities(Protocol.POP3, user_command=True)
    body = [line for line in lines[1:] if line != "."]
    mechanisms: set[str] = set()
    starttls = user = False
    for line in body:
        words = line.upper().split()
        if not words:
            continue
        if words[0] == "STLS":
            starttls = True
        elif words[0] == "USER":
            user = True
        elif words[0] == "SASL":
            mechanisms.update(words[1:])
    return Capabilities(Protocol.POP3, starttls=starttls, mechanisms=frozenset(mechanisms), user_command=user)


# -- SMTP ---------------------------------------------------------------------------------


def smtp_reply_done(lines: list[str]) -> bool:
    """The last line of a reply has a space (or nothing) after its code."""
    if not lines:
        return False
    match = _SMTP_LINE.match(lines[-1]) or re.match(r"^(\d{3})$", lines[-1])
    return match is not None and (len(match.groups()) == 1 or match.group(2) == " ")


def smtp_reply(lines: list[str]) -> tuple[int, list[str]]:
    """(code, texts) of one complete reply; ParseError when it is not SMTP."""
    _check(lines)
    code: int | None = None
    texts: list[str] = []
    for line in lines:
        match = _SMTP_LINE.match(line) or re.match(r"^(\d{3})()()$", line)
        if match is None:
            raise ParseError("greeting-not-smtp", T("The server did not answer like an SMTP server: {reply}", reply=line[:200]))
        value = int(match.group(1))
        if code is not None and value != code:
            raise ParseError("greeting-not-smtp", T("The server did not answer like an SMTP server: {reply}", reply=line[:200]))
        code = value
        texts.append(match.group(3))
    if code is None:
        raise ParseError("greeting-not-smtp", T("The server did not answer like an SMTP server: {reply}", reply=""))
    return code, texts


def smtp_greeting(lines: list[str]) -> None:
    code, texts = smtp_reply(lines)
    if code != 220:
        raise ParseError("greeting-refused", T("The server refused the connection: {reply}", reply=f"{code} {' '.join(texts)}"[:200]))


def smtp_ehlo(lines: list[str]) -> Capabilities:
    code, texts = smtp_reply(lines)
    if code != 250:
        raise ParseError("capability-refused", T("The server refused to list its capabilities: {reply}", reply=f"{code} {' '.join(texts)}"[:200]))
    mechanisms: set[str] = set()
    starttls = False
    for text in texts[1:]:
        words = text.upper().replace("=", " ").split()
        if not words:
            continue
        if words[0] == "STARTTLS":
            starttls = True
        elif words[0] == "AUTH":
            mechanisms.update(words[1:])
    return Capabilities(Protocol.SMTP, starttls=starttls, mechanisms=frozenset(mechanisms))
