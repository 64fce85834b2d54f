"""Autodiscover POX / mobilesync / v2 answers: Encryption overrides SSL, redirects, hostile input."""

import pytest
from hypothesis import given, settings, strategies as st

from wizard.model import AuthMethod, EmailAddress, Protocol, Security
from wizard.parsers.autodiscover import (
    AutodiscoverRedirect,
    AutodiscoverSettings,
    escape,
    mobilesync_request,
    parse_pox,
    parse_v2,
    pox_request,
)
from wizard.parsers.document import ParseError

NS = 'xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"'
NS_A = 'xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"'


def pox(account: str) -> bytes:
    return f'<?xml version="1.0"?><Autodiscover {NS}><Response {NS_A}><User><DisplayName>Jane</DisplayName></User><Account>{account}</Account></Response></Autodiscover>'.encode()


def proto(kind: str, server: str = "mail.example.com", port: str | None = "993", **fields: str) -> str:
    parts = [f"<Type>{kind}</Type>", f"<Server>{server}</Server>"]
    if port is not None:
        parts.append(f"<Port>{port}</Port>")
    parts += [f"<{k}>{v}</{k}>" for k, v in fields.items()]
    return "<Protocol>" + "".join(parts) + "</Protocol>"


def settings_of(*protocols: str) -> AutodiscoverSettings:
    result = parse_pox(pox("<AccountType>email</AccountType><Action>settings</Action>" + "".join(protocols)))
    assert isinstance(result, AutodiscoverSettings)
    return result


def test_the_request_carries_the_address_and_response_schema():
    body = pox_request(EmailAddress.parse("a&b@example.com")).decode()
    assert "<EMailAddress>a&amp;b@example.com</EMailAddress>" in body
    assert "responseschema/2006a" in body
    assert "mobilesync" in mobilesync_request(EmailAddress.parse("a@example.com")).decode()


@given(st.text(alphabet="&<>;amp\"' x", max_size=12) | st.text(max_size=20))
def test_the_request_escapes_text_as_the_standard_library_would(text):
    from xml.sax.saxutils import escape as standard

    assert escape(text) == standard(text)


def test_imap_pop_and_smtp_settings_are_read():
    result = settings_of(proto("IMAP", port="993", LoginName="jane@example.com"), proto("POP3", port="995"), proto("SMTP", "smtp.example.com", "587"))
    assert [(s.protocol, s.port, s.security) for s in result.incoming] == [(Protocol.IMAP, 993, Security.TLS), (Protocol.POP3, 995, Security.TLS)]
    assert result.incoming[0].username == "jane@example.com"
    assert (result.outgoing[0].host, result.outgoing[0].security) == ("smtp.example.com", Security.STARTTLS)


def test_A6_encryption_overrides_ssl():
    off_but_ssl = settings_of(proto("IMAP", port="993", SSL="off", Encryption="ssl"))
    assert off_but_ssl.incoming[0].security is Security.TLS
    on_but_none = settings_of(proto("IMAP", port="143", SSL="on", Encryption="none"))
    assert on_but_none.incoming[0].security is Security.PLAIN
    tls = settings_of(proto("SMTP", port="587", SSL="off", Encryption="TLS"))
    assert tls.outgoing[0].security is Security.STARTTLS


@pytest.mark.parametrize("fields, port, expected", [
    ({}, "993", Security.TLS),  # SSL defaults to on
    ({"SSL": "on"}, "143", Security.STARTTLS),
    ({"SSL": "off"}, "143", Security.PLAIN),
    ({"SSL": "maybe"}, "143", Security.STARTTLS),
    ({"Encryption": "auto"}, "993", Security.TLS),
    ({"Encryption": "quantum"}, "143", Security.STARTTLS),
    ({"Encryption": "quantum", "SSL": "off"}, "143", Security.STARTTLS),
])
def test_A4_unknown_security_is_never_plain(fields, port, expected):
    assert settings_of(proto("IMAP", port=port, **fields)).incoming[0].security is expected


def test_spa_auth_required_and_smtp_last_are_mapped():
    result = settings_of(proto("IMAP", SPA="on"), proto("SMTP", port="465", AuthRequired="off"), proto("SMTP", "smtp2.example.com", "465", SMTPLast="on"))
    assert result.incoming[0].auth == (AuthMethod.NTLM,)
    assert result.outgoing[0].auth == (AuthMethod.NONE,)
    assert result.outgoing[1].auth == (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.SMTP_AFTER_POP)


def test_domain_required_sets_the_login_domain():
    result = settings_of(proto("IMAP", DomainRequired="on", Domain="CORP"))
    assert result.incoming[0].login_domain == "CORP"


def test_exchange_and_web_protocols():
    result = settings_of(
        "<Protocol><Type>EXCH</Type><Server>ex01.example.com</Server><EwsUrl>https://mail.example.com/EWS/Exchange.asmx</EwsUrl></Protocol>",
        "<Protocol><Type>EXPR</Type><Server>rpc.example.com</Server></Protocol>",
        "<Protocol><Type>WEB</Type><Internal><OWAUrl AuthenticationMethod='Basic'>https://mail.example.com/owa</OWAUrl></Internal></Protocol>",
    )
    assert [(s.protocol, s.host) for s in result.incoming] == [(Protocol.EWS, "mail.example.com"), (Protocol.EXCHANGE, "rpc.example.com")]
    assert result.incoming[0].url.endswith("Exchange.asmx")
    assert result.webmail == "https://mail.example.com/owa"


def test_redirect_addr_and_redirect_url():
    addr = parse_pox(pox("<Action>redirectAddr</Action><RedirectAddr>jane@other.example</RedirectAddr>"))
    url = parse_pox(pox("<Action>redirectUrl</Action><RedirectUrl>https://ad.other.example/autodiscover/autodiscover.xml</RedirectUrl>"))
    assert addr == AutodiscoverRedirect("address", "jane@other.example")
    assert url == AutodiscoverRedirect("url", "https://ad.other.example/autodiscover/autodiscover.xml")


@pytest.mark.parametrize("account", [
    "<Action>redirectAddr</Action><RedirectAddr>not an address</RedirectAddr>",
    "<Action>redirectAddr</Action>",
    "<Action>redirectUrl</Action><RedirectUrl>javascript:alert(1)</RedirectUrl>",
])
def test_bad_redirects_are_parse_errors(account):
    with pytest.raises(ParseError):
        parse_pox(pox(account))


def test_error_answers_become_readable_parse_errors():
    data = f'<Autodiscover {NS}><Response><Error Time="1" Id="2"><ErrorCode>600</ErrorCode><Message>Invalid Request</Message></Error></Response></Autodiscover>'.encode()
    with pytest.raises(ParseError) as caught:
        parse_pox(data)
    assert caught.value.code == "autodiscover-error" and "600" in caught.value.text.render()


def test_mobilesync_answers_give_activesync():
    data = b"""<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"><Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006">
    <Action><Settings><Server><Type>MobileSync</Type><Url>https://eas.example.com/Microsoft-Server-ActiveSync</Url></Server></Settings></Action></Response></Autodiscover>"""
    result = parse_pox(data)
    assert result.incoming[0].protocol is Protocol.ACTIVESYNC and result.incoming[0].host == "eas.example.com"


def test_v2_json_gives_the_https_url():
    assert parse_v2(b'{"Protocol": "AutodiscoverV1", "Url": "https://x.example/Autodiscover/Autodiscover.xml"}') == "https://x.example/Autodiscover/Autodiscover.xml"


@pytest.mark.parametrize("data, code", [
    (b'{"Url": "http://x.example/a.xml"}', "autodiscover-not-https"),
    (b'{"ErrorCode": "InternalServerError", "ErrorMessage": "x"}', "autodiscover-error"),
    (b"[1,2]", "document-wrong-kind"),
    (b"{", "json-malformed"),
    (b"{}", "document-no-servers"),
])
def test_v2_bad_answers_are_parse_errors(data, code):
    with pytest.raises(ParseError) as caught:
        parse_v2(data)
    assert caught.value.code == code


def test_entity_attacks_and_oversize_are_refused():
    xxe = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><Autodiscover>&x;</Autodiscover>'
    with pytest.raises(ParseError) as caught:
        parse_pox(xxe)
    assert caught.value.code == "xml-forbidden"
    with pytest.raises(ParseError) as caught:
        parse_pox(b"<Autodiscover>" + b" " * (1024 * 1024) + b"</Autodiscover>")
    assert caught.value.code == "document-too-large"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_pox_bytes_only_ever_give_a_parse_error(data):
    try:
        parse_pox(data)
    except ParseError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=500))
def test_fuzz_v2_bytes_only_ever_give_a_parse_error(data):
    try:
        assert parse_v2(data).startswith("https://")
    except ParseError:
        pass


_t = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(["IMAP", "POP3", "SMTP", "EXCH", "WEB"]) | _t, server=_t, port=_t, ssl=_t, encryption=st.none() | _t)
def test_fuzz_protocol_fields_never_give_plain_unless_said(kind, server, port, ssl, encryption):
    from xml.sax.saxutils import escape

    fields = {"SSL": escape(ssl)}
    if encryption is not None:
        fields["Encryption"] = escape(encryption)
    try:
        result = settings_of(proto(escape(kind), escape(server), escape(port), **fields))
    except (ParseError, AssertionError):
        return
    for s in result.incoming + result.outgoing:
        if s.security is Security.PLAIN:
            said = (encryption or "").strip().lower() if encryption is not None else ssl.strip().lower()
            assert said in ("none", "off", "false", "0")


# -- issue 11: agreeing with Thunderbird's Autodiscover reading ----------------------------------

def test_the_webmail_link_for_an_internet_client_is_the_external_one():
    result = settings_of(
        proto("IMAP"),
        "<Protocol><Type>WEB</Type><Internal><OWAUrl AuthenticationMethod='Ntlm'>https://owa.corp.internal/owa</OWAUrl></Internal>"
        "<External><OWAUrl AuthenticationMethod='Fba'>https://mail.example.com/owa</OWAUrl></External></Protocol>",
    )
    assert result.webmail == "https://mail.example.com/owa"


def test_an_internal_webmail_link_is_used_when_it_is_the_only_one():
    result = settings_of(proto("IMAP"), "<Protocol><Type>WEB</Type><Internal><OWAUrl>https://owa.corp.internal/owa</OWAUrl></Internal></Protocol>")
    assert result.webmail == "https://owa.corp.internal/owa"


@pytest.mark.parametrize("action, element", [
    ("redirectUrl", "RedirectUrl"), ("RedirectURL", "RedirectURL"), ("REDIRECTURL", "redirecturl"), ("redirecturl", "RedirectUrl"),
])
def test_redirect_url_is_read_whatever_the_case(action, element):
    target = "https://ad.other.example/autodiscover/autodiscover.xml"
    assert parse_pox(pox(f"<Action>{action}</Action><{element}>{target}</{element}>")) == AutodiscoverRedirect("url", target)


@pytest.mark.parametrize("action, element", [("redirectAddr", "RedirectAddr"), ("RedirectAddr", "redirectaddr"), ("REDIRECTADDR", "REDIRECTADDR")])
def test_redirect_addr_is_read_whatever_the_case(action, element):
    assert parse_pox(pox(f"<Action>{action}</Action><{element}>jane@other.example</{element}>")) == AutodiscoverRedirect("address", "jane@other.example")


def test_whitespace_before_the_declaration_is_tolerated():
    assert isinstance(parse_pox(b"\n\n   " + pox("<AccountType>email</AccountType><Action>settings</Action>" + proto("IMAP"))), AutodiscoverSettings)


@pytest.mark.parametrize("port", ["²", "١٢٣", "９９３", "70000"])
def test_a_port_that_is_not_ascii_digits_skips_that_protocol_only(port):
    result = settings_of(proto("IMAP", "bad.example.com", port=port), proto("POP3", port="995"))
    assert [s.host for s in result.incoming] == ["mail.example.com"]


@pytest.mark.parametrize("encoding", ["UTF-9", "base64"])
def test_an_unknown_encoding_is_a_parse_error(encoding):
    with pytest.raises(ParseError):
        parse_pox(f'<?xml version="1.0" encoding="{encoding}"?><Autodiscover/>'.encode())


@pytest.mark.parametrize("protocol, field", [
    (proto("IMAP", server="mail.example.com&#13;&#10;A1 DELETE INBOX"), "Server"),
    (proto("IMAP", LoginName="jane&#10;A1 DELETE INBOX"), "LoginName"),
    ("<Protocol><Type>EXCH</Type><Server>ex.example.com</Server><LoginName>jane&#13;x</LoginName></Protocol>", "LoginName"),
])
def test_a_value_with_a_control_character_refuses_the_answer_naming_the_field(protocol, field):
    with pytest.raises(ParseError) as caught:
        settings_of(protocol)
    assert caught.value.code == "control-character" and field in caught.value.text.render()


def test_a_display_name_or_redirect_with_a_control_character_is_refused():
    with pytest.raises(ParseError):
        parse_pox(pox("<Action>redirectAddr</Action><RedirectAddr>jane@other.example&#10;</RedirectAddr>x").replace(b"</RedirectAddr>x", b"x</RedirectAddr>"))
    with pytest.raises(ParseError) as caught:
        parse_pox(pox("<AccountType>email</AccountType><Action>settings</Action>" + proto("IMAP")).replace(b"<DisplayName>Jane", b"<DisplayName>Ja&#10;ne"))
    assert "DisplayName" in caught.value.text.render()
