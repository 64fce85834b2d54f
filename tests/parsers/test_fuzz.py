"""Every parser in wizard.parsers, fed anything at all, raises nothing but ParseError (its
promise). (The mail protocols' state machines in wizard.protocols have their own playbooks.)

`make test` runs a few hundred examples per parser; `make fuzz` runs 10,000 or more each
(MAILSETUP_FUZZ_EXAMPLES), which is too slow for every run. Inputs mix raw bytes with
documents built from the formats' own elements, so the fuzzer reaches the value handling
(ports written in other scripts' digits, control characters, unknown encodings) and not only
the XML parser's refusal."""

from __future__ import annotations

import json
import os
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, given, settings, strategies as st

from wizard.model import EmailAddress
from wizard.parsers.autoconfig import parse_autoconfig
from wizard.parsers.autodiscover import parse_pox, parse_v2
from wizard.parsers.document import ParseError
from wizard.parsers.domains import is_public_suffix, mx_lookup_domains, registrable_domain, same_base_domain
from wizard.parsers.srv import SrvRecord, parse_srv_text, srv_answer
from wizard.parsers.tls_certificate import certificate_info, identity_names

EXAMPLES = int(os.environ.get("MAILSETUP_FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ADDRESS = EmailAddress.parse("fuzz@example.com")

# Text that looks like what servers write, plus what they should not: other scripts' digits,
# controls, separators, markup characters.
_tricky = st.sampled_from(["993", "²", "①", "９９３", "٩٩٣", "-1", "0", "65536", "SSL", "STARTTLS", "plain", "none",
                           "client-IP-address", "OAuth2", "\r\n", "\x00", "\u2028", "https://h.example/x", "%EMAILADDRESS%", ""])
_text = st.one_of(_tricky, st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
_encodings = st.sampled_from(["UTF-8", "utf-16", "latin-1", "UTF-9", "base64", "rot13", "ascii", "x-unknown", ""])


def _xml_text(value: str) -> str:
    # characters XML 1.0 cannot hold at all are written as references: the parser must refuse them
    return "".join(c if c.isprintable() or c in "\t" else f"&#{ord(c)};" for c in escape(value))


@st.composite
def _autoconfig(draw) -> bytes:
    servers = []
    for _ in range(draw(st.integers(0, 4))):
        tag = draw(st.sampled_from(["incomingServer", "outgoingServer"]))
        kind = draw(st.sampled_from(["imap", "pop3", "smtp", "ews", "exchange", "imap5", ""]))
        fields = draw(st.lists(st.tuples(st.sampled_from(["hostname", "port", "socketType", "authentication", "username", "url", "ewsURL", "owaURL"]), _text), max_size=8))
        inner = "".join(f"<{k}>{_xml_text(v)}</{k}>" for k, v in fields)
        if draw(st.booleans()):
            inner += f"<pop3><daysToLeaveMessagesOnServer>{_xml_text(draw(_text))}</daysToLeaveMessagesOnServer></pop3>"
        servers.append(f"<{tag} type={quoteattr(kind)}>{inner}</{tag}>")
    encoding = draw(_encodings)
    head = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else ""
    lead = draw(st.sampled_from(["", "\n", "  \r\n", "\ufeff"]))
    body = (f'{head}<clientConfig><emailProvider id="x"><displayName>{_xml_text(draw(_text))}</displayName>'
            + "".join(servers) + "</emailProvider></clientConfig>")
    try:
        return lead.encode() + body.encode("utf-8")
    except UnicodeEncodeError:
        return b""


@st.composite
def _pox(draw) -> bytes:
    protocols = []
    for _ in range(draw(st.integers(0, 4))):
        fields = draw(st.lists(st.tuples(st.sampled_from(["Type", "Server", "Port", "SSL", "Encryption", "LoginName", "AuthRequired", "SPA", "EwsUrl", "Domain", "DomainRequired"]), _text), max_size=8))
        web = "<External><OWAUrl>{}</OWAUrl></External>".format(_xml_text(draw(_text))) if draw(st.booleans()) else ""
        protocols.append("<Protocol>" + "".join(f"<{k}>{_xml_text(v)}</{k}>" for k, v in fields) + web + "</Protocol>")
    action = draw(st.sampled_from(["settings", "redirectAddr", "RedirectURL", "redirecturl", ""]))
    redirect = draw(st.sampled_from(["RedirectAddr", "RedirectUrl", "redirecturl", "REDIRECTADDR"]))
    body = (f'<?xml version="1.0" encoding="{draw(_encodings) or "utf-8"}"?><Autodiscover><Response><User><DisplayName>{_xml_text(draw(_text))}</DisplayName></User>'
            f"<Account><AccountType>email</AccountType><Action>{action}</Action><{redirect}>{_xml_text(draw(_text))}</{redirect}>"
            + "".join(protocols) + "</Account></Response></Autodiscover>")
    return draw(st.sampled_from(["", "\n "])).encode() + body.encode("utf-8", "surrogatepass")


def _only_parse_errors(call, *args) -> None:
    try:
        call(*args)
    except ParseError:
        pass


@fuzz
@given(st.one_of(st.binary(max_size=3000), _autoconfig()))
def test_autoconfig(data):
    _only_parse_errors(parse_autoconfig, data, ADDRESS)


@fuzz
@given(st.one_of(st.binary(max_size=3000), _pox()))
def test_autodiscover_pox(data):
    _only_parse_errors(parse_pox, data)


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | _text,
                     lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(["Url", "Protocol", "ErrorCode", "ErrorMessage", "x"]), children, max_size=4),
                     max_leaves=10)


@fuzz
@given(st.one_of(st.binary(max_size=2000), _json.map(lambda v: json.dumps(v).encode())))
def test_autodiscover_v2(data):
    _only_parse_errors(parse_v2, data)


@fuzz
@given(st.one_of(_text, st.lists(_text, min_size=4, max_size=4).map(" ".join)))
def test_srv_text(line):
    _only_parse_errors(parse_srv_text, line)


@fuzz
@given(st.one_of(st.integers(-10, 70000), st.booleans(), _text), st.one_of(st.integers(-10, 70000), _text),
       st.one_of(st.integers(-10, 70000), _text), st.one_of(_text, st.integers()))
def test_srv_records(priority, weight, port, target):
    def build():
        record = SrvRecord(priority, weight, port, target)  # type: ignore[arg-type]
        srv_answer("_imaps", [record])

    _only_parse_errors(build)


@fuzz
@given(st.binary(max_size=1500), _text)
def test_certificates(der, host):
    _only_parse_errors(certificate_info, der, host or "h.example", 993)
    _only_parse_errors(identity_names, der)


@fuzz
@given(_text, _text)
def test_domains_never_raise(host, domain):
    registrable_domain(host)
    is_public_suffix(host)
    same_base_domain(host, domain)
    mx_lookup_domains(host, domain)
