"""The autoconfig parser agrees with the draft and with both Thunderbirds on the cases their
own test suites pin (re-told here in our own fixtures): tolerant of what it does not know,
strict about what would be unsafe, and one bad value costs that value or that server only."""

from __future__ import annotations

import pytest

from wizard.model import AuthMethod, EmailAddress, Protocol, Security
from wizard.parsers.autoconfig import parse_autoconfig
from wizard.parsers.document import ParseError

ADDRESS = EmailAddress.parse("kari.nordmann@fjord.example")


def config(*sections: str, provider_extra: str = "", head: str = '<?xml version="1.0" encoding="UTF-8"?>') -> bytes:
    return (head + '<clientConfig version="1.1"><emailProvider id="fjord.example"><domain>fjord.example</domain>'
            "<displayName>Fjord Mail</displayName>" + provider_extra + "".join(sections) + "</emailProvider></clientConfig>").encode()


def section(kind: str = "imap", *elements: str, tag: str | None = None) -> str:
    tag = tag or ("outgoingServer" if kind == "smtp" else "incomingServer")
    return f'<{tag} type="{kind}">' + "".join(elements) + f"</{tag}>"


def el(name: str, value: str) -> str:
    return f"<{name}>{value}</{name}>"


IMAP_OK = section("imap", el("hostname", "imap.fjord.example"), el("port", "993"), el("socketType", "SSL"), el("username", "%EMAILADDRESS%"), el("authentication", "password-cleartext"))
SMTP_OK = section("smtp", el("hostname", "smtp.fjord.example"), el("port", "465"), el("socketType", "SSL"), el("username", "%EMAILADDRESS%"), el("authentication", "password-cleartext"))


# -- a mixed document: unknown protocols, unknown values, alternatives --------------------------

def test_a_document_full_of_unknown_things_still_gives_the_servers_it_can():
    parsed = parse_autoconfig(config(
        section("imap5", el("hostname", "future.fjord.example"), el("port", "993"), el("socketType", "SSL")),
        section("imap", el("hostname", "badauth.fjord.example"), el("port", "993"), el("socketType", "SSL"), el("authentication", "ssl-client-cert")),
        IMAP_OK,
        # several hostnames, ports and usernames: the first counts; socketType and authentication:
        # the first one we know counts
        section("pop3", el("hostname", "pop.fjord.example"), el("hostname", "pop-backup.fjord.example"), el("port", "995"), el("port", "7878"),
                el("socketType", "GSSAPI2"), el("socketType", "SSL"), el("username", "%EMAILLOCALPART%"), el("username", "%EMAILADDRESS%"),
                el("authentication", "GSSAPI2"), el("authentication", "password-encrypted"),
                "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><daysToLeaveMessagesOnServer>999</daysToLeaveMessagesOnServer></pop3>"),
        section("smtp", el("hostname", "smtp-badauth.fjord.example"), el("port", "587"), el("socketType", "STARTTLS"), el("authentication", "smtp-after-imap")),
        section("smtp", el("hostname", "smtp.fjord.example"), el("port", "587"), el("socketType", "GSSAPI2"), el("socketType", "STARTTLS"),
                el("authentication", "GSSAPI2"), el("authentication", "client-IP-address"), "<smtp/>"),
        provider_extra='<enableURL url="https://fjord.example/enable"/><instructionsURL url="https://fjord.example/help"/>',
    ), ADDRESS)
    assert [(s.protocol, s.host, s.port, s.security) for s in parsed.incoming] == [
        (Protocol.IMAP, "imap.fjord.example", 993, Security.TLS),
        (Protocol.POP3, "pop.fjord.example", 995, Security.TLS),
    ]
    pop = parsed.incoming[1]
    assert pop.username == "kari.nordmann" and pop.auth == (AuthMethod.PASSWORD_ENCRYPTED,)
    assert parsed.pop3 is not None and parsed.pop3.days_to_leave_messages_on_server == 999
    assert [(s.host, s.port, s.security, s.auth) for s in parsed.outgoing] == [("smtp.fjord.example", 587, Security.STARTTLS, (AuthMethod.CLIENT_IP,))]
    assert len(parsed.notes) >= 3  # each skipped server says why


def test_placeholders_fill_hosts_and_usernames_of_every_server():
    parsed = parse_autoconfig(config(
        section("pop3", el("hostname", "pop.%EMAILDOMAIN%"), el("port", "995"), el("socketType", "SSL"), el("username", "%EMAILLOCALPART%"), el("authentication", "plain")),
        section("imap", el("hostname", "imap.%EMAILDOMAIN%"), el("port", "993"), el("socketType", "SSL"), el("username", "%EMAILADDRESS%"), el("authentication", "plain")),
        section("pop3", el("hostname", "%EMAILDOMAIN%"), el("port", "995"), el("socketType", "SSL"), el("username", "%EMAILADDRESS%"), el("authentication", "plain")),
        SMTP_OK,
    ), ADDRESS)
    assert [(s.host, s.username) for s in parsed.incoming] == [
        ("pop.fjord.example", "kari.nordmann"), ("imap.fjord.example", "kari.nordmann@fjord.example"), ("fjord.example", "kari.nordmann@fjord.example"),
    ]


# -- item 3: authentication values only meaningful for sending ----------------------------------

@pytest.mark.parametrize("value", ["none", "client-IP-address", "smtp-after-pop"])
def test_an_incoming_server_that_signs_in_by_none_of_a_password_is_skipped(value):
    parsed = parse_autoconfig(config(
        section("imap", el("hostname", "odd.fjord.example"), el("port", "993"), el("socketType", "SSL"), el("authentication", value)),
        IMAP_OK, SMTP_OK), ADDRESS)
    assert [s.host for s in parsed.incoming] == ["imap.fjord.example"]
    assert any("sending" in n.render() for n in parsed.notes)


@pytest.mark.parametrize("value, method", [
    ("password-cleartext", AuthMethod.PASSWORD_CLEARTEXT), ("plain", AuthMethod.PASSWORD_CLEARTEXT),
    ("password-encrypted", AuthMethod.PASSWORD_ENCRYPTED), ("secure", AuthMethod.PASSWORD_ENCRYPTED),
    ("GSSAPI", AuthMethod.GSSAPI), ("NTLM", AuthMethod.NTLM),
])
def test_incoming_servers_keep_every_real_sign_in_method(value, method):
    parsed = parse_autoconfig(config(section("imap", el("hostname", "imap.fjord.example"), el("port", "993"), el("socketType", "SSL"), el("authentication", value))), ADDRESS)
    assert parsed.incoming[0].auth == (method,)


@pytest.mark.parametrize("value, method", [("none", AuthMethod.NONE), ("client-IP-address", AuthMethod.CLIENT_IP), ("smtp-after-pop", AuthMethod.SMTP_AFTER_POP)])
def test_outgoing_servers_may_send_without_a_password(value, method):
    parsed = parse_autoconfig(config(IMAP_OK, section("smtp", el("hostname", "smtp.fjord.example"), el("port", "465"), el("socketType", "SSL"), el("authentication", value))), ADDRESS)
    assert parsed.outgoing[0].auth == (method,)


def test_an_unknown_method_falls_back_to_the_next_known_one():
    parsed = parse_autoconfig(config(section("imap", el("hostname", "imap.fjord.example"), el("port", "993"), el("socketType", "SSL"),
                                             el("authentication", "quantum-handshake"), el("authentication", "password-cleartext"))), ADDRESS)
    assert parsed.incoming[0].auth == (AuthMethod.PASSWORD_CLEARTEXT,)


def test_an_incoming_server_with_an_outgoing_only_method_and_a_real_one_keeps_the_real_one():
    parsed = parse_autoconfig(config(section("imap", el("hostname", "imap.fjord.example"), el("port", "993"), el("socketType", "SSL"),
                                             el("authentication", "none"), el("authentication", "password-cleartext"))), ADDRESS)
    assert parsed.incoming[0].auth == (AuthMethod.PASSWORD_CLEARTEXT,)


# -- item 2: the draft's URL form ----------------------------------------------------------------

def test_a_section_with_only_a_url_gets_its_host_from_the_url():
    ews = section("ews", el("url", "https://outlook.office365.com/EWS/Exchange.asmx"), el("username", "%EMAILADDRESS%"), el("authentication", "OAuth2"))
    parsed = parse_autoconfig(config(ews, SMTP_OK), ADDRESS)
    server = parsed.incoming[0]
    assert (server.protocol, server.host, server.port, server.security) == (Protocol.EWS, "outlook.office365.com", 443, Security.TLS)
    assert server.url == "https://outlook.office365.com/EWS/Exchange.asmx" and server.auth == (AuthMethod.OAUTH2,)
    assert not parsed.guessed  # https said how it is protected


def test_a_url_with_its_own_port_keeps_it():
    parsed = parse_autoconfig(config(section("ews", el("url", "https://ews.fjord.example:8443/EWS/Exchange.asmx"))), ADDRESS)
    assert (parsed.incoming[0].host, parsed.incoming[0].port) == ("ews.fjord.example", 8443)


def test_a_url_that_is_not_https_is_skipped_never_plain():
    parsed = parse_autoconfig(config(section("ews", el("url", "http://ews.fjord.example/EWS/Exchange.asmx")), IMAP_OK), ADDRESS)
    assert [s.protocol for s in parsed.incoming] == [Protocol.IMAP]


def test_exchange_sections_keep_the_ews_and_web_addresses():
    exchange = section("exchange", el("hostname", "outlook.office365.com"), el("port", "443"), el("socketType", "SSL"), el("authentication", "OAuth2"),
                       el("owaURL", "https://outlook.office365.com/owa/"), el("ewsURL", "https://outlook.office365.com/ews/exchange.asmx"))
    parsed = parse_autoconfig(config(exchange), ADDRESS)
    assert parsed.incoming[0].url == "https://outlook.office365.com/ews/exchange.asmx"


# -- item 5: socketType --------------------------------------------------------------------------

def test_the_first_known_socket_type_counts():
    parsed = parse_autoconfig(config(section("imap", el("hostname", "imap.fjord.example"), el("port", "143"),
                                             el("socketType", "key-from-DNSSEC"), el("socketType", "STARTTLS"), el("socketType", "SSL"))), ADDRESS)
    assert parsed.incoming[0].security is Security.STARTTLS and not parsed.guessed


@pytest.mark.parametrize("socket", [None, "key-from-DNSSEC"])
def test_a_guessed_security_is_dropped_when_the_same_protocol_is_stated_fully(socket):
    guessed = [el("hostname", "guess.fjord.example"), el("port", "993")] + ([el("socketType", socket)] if socket else [])
    parsed = parse_autoconfig(config(section("imap", *guessed), IMAP_OK, SMTP_OK), ADDRESS)
    assert [s.host for s in parsed.incoming] == ["imap.fjord.example"] and not parsed.guessed


def test_a_guessed_security_is_kept_last_and_marked_when_nothing_else_of_its_protocol_exists():
    pop = section("pop3", el("hostname", "pop.fjord.example"), el("port", "995"), el("socketType", "SSL"))
    guessed_imap = section("imap", el("hostname", "guess.fjord.example"), el("port", "993"))
    parsed = parse_autoconfig(config(guessed_imap, pop, SMTP_OK), ADDRESS)
    assert [s.host for s in parsed.incoming] == ["pop.fjord.example", "guess.fjord.example"]
    assert parsed.guessed == (parsed.incoming[1],) and parsed.incoming[1].security is Security.TLS


# -- item 6: only ParseError; one bad value costs only its server ---------------------------------

@pytest.mark.parametrize("port", ["²", "①", "９９３", "99999", "0", "-993", "993.0", "0x3e1", "1e3"])
def test_a_port_that_is_not_ascii_digits_in_range_skips_that_server_only(port):
    bad = section("imap", el("hostname", "bad.fjord.example"), el("port", port), el("socketType", "SSL"))
    parsed = parse_autoconfig(config(bad, IMAP_OK), ADDRESS)
    assert [s.host for s in parsed.incoming] == ["imap.fjord.example"]


@pytest.mark.parametrize("days", ["²", "１０", "-1", "many"])
def test_a_bad_days_to_leave_value_costs_only_that_value(days):
    pop = section("pop3", el("hostname", "pop.fjord.example"), el("port", "995"), el("socketType", "SSL"),
                  f"<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><daysToLeaveMessagesOnServer>{days}</daysToLeaveMessagesOnServer></pop3>")
    parsed = parse_autoconfig(config(pop), ADDRESS)
    assert parsed.pop3 is not None and parsed.pop3.leave_messages_on_server is True and parsed.pop3.days_to_leave_messages_on_server is None


@pytest.mark.parametrize("encoding", ["UTF-9", "base64", "rot13", "x-no-such-charset"])
def test_an_encoding_python_does_not_know_is_a_parse_error(encoding):
    with pytest.raises(ParseError) as caught:
        parse_autoconfig(config(IMAP_OK, head=f'<?xml version="1.0" encoding="{encoding}"?>'), ADDRESS)
    assert caught.value.code == "xml-malformed"


def test_whitespace_before_the_xml_declaration_is_tolerated():
    parsed = parse_autoconfig(b"\r\n  \n" + config(IMAP_OK), ADDRESS)
    assert parsed.incoming[0].host == "imap.fjord.example"


# -- issue 12 class 6: control characters are refused where they enter ---------------------------

@pytest.mark.parametrize("field, value", [
    ("hostname", "imap.fjord.example&#13;&#10;A1 DELETE INBOX"),
    ("username", "kari&#10;A2 DELETE INBOX"),
    ("username", "kari&#0;"),
    ("hostname", "imap&#x85;.fjord.example"),
    ("username", "kari&#x2028;x"),
])
def test_a_server_value_with_a_control_character_refuses_the_document_naming_the_field(field, value):
    elements = {"hostname": "imap.fjord.example", "port": "993", "socketType": "SSL", "username": "kari"}
    elements[field] = value
    body = section("imap", *(el(k, v) for k, v in elements.items()))
    try:
        parse_autoconfig(config(body), ADDRESS)
    except ParseError as caught:
        assert caught.code in ("control-character", "xml-malformed")  # expat itself refuses &#0;
        if caught.code == "control-character":
            assert field in caught.text.render()
    else:
        pytest.fail("a control character was accepted")


def test_a_display_name_with_a_line_break_refuses_the_document():
    with pytest.raises(ParseError) as caught:
        parse_autoconfig(config(IMAP_OK, provider_extra=el("displayShortName", "Fjord&#10;Mail")), ADDRESS)
    assert caught.value.code == "control-character" and "displayShortName" in caught.value.text.render()


def test_line_breaks_around_a_value_are_only_formatting():
    body = section("imap", el("hostname", "\n   imap.fjord.example\n  "), el("port", "993"), el("socketType", "SSL"))
    assert parse_autoconfig(config(body), ADDRESS).incoming[0].host == "imap.fjord.example"
