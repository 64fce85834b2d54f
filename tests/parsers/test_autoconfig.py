"""The autoconfig parser: every placeholder and authentication value, never plaintext by accident."""

import pytest
from hypothesis import given, settings, strategies as st

from wizard.model import AuthMethod, EmailAddress, Protocol, Security
from wizard.parsers.autoconfig import Link, parse_autoconfig
from wizard.parsers.document import MAX_DOCUMENT_BYTES, ParseError

ADDRESS = EmailAddress.parse("Jane.Doe@example.com")


def doc(servers: str, extra: str = "") -> bytes:
    return f"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.com">
<domain>example.com</domain><domain>example.net</domain>
<displayName>Example Mail for %EMAILDOMAIN%</displayName><displayShortName>Ex</displayShortName>
{servers}{extra}</emailProvider>
<webMail><loginPage url="https://webmail.example.com/"/></webMail></clientConfig>""".encode()


def server(kind="imap", host="imap.example.com", port="993", socket="SSL", auth=("password-cleartext",), user="%EMAILADDRESS%", tag="incomingServer"):
    parts = [f"<hostname>{host}</hostname>"]
    if port is not None:
        parts.append(f"<port>{port}</port>")
    if socket is not None:
        parts.append(f"<socketType>{socket}</socketType>")
    if user is not None:
        parts.append(f"<username>{user}</username>")
    parts += [f"<authentication>{a}</authentication>" for a in auth]
    return f'<{tag} type="{kind}">{"".join(parts)}</{tag}>'


def test_a_typical_file_gives_servers_in_document_order():
    parsed = parse_autoconfig(doc(server() + server("pop3", "pop.example.com", "995") + server("smtp", "smtp.example.com", "465", tag="outgoingServer")), ADDRESS)
    assert [(s.protocol, s.host, s.port, s.security) for s in parsed.incoming] == [
        (Protocol.IMAP, "imap.example.com", 993, Security.TLS),
        (Protocol.POP3, "pop.example.com", 995, Security.TLS),
    ]
    assert parsed.outgoing[0].protocol is Protocol.SMTP
    assert parsed.domains == ("example.com", "example.net")
    assert parsed.provider == "Example Mail for example.com"
    assert parsed.webmail == "https://webmail.example.com/"


@pytest.mark.parametrize(
    "template, expected",
    [
        ("%EMAILADDRESS%", "Jane.Doe@example.com"),
        ("%EMAILLOCALPART%", "Jane.Doe"),
        ("%EMAILDOMAIN%", "example.com"),
        ("%REALNAME%", "Jane Doe"),
        ("u-%EMAILLOCALPART%@%EMAILDOMAIN%", "u-Jane.Doe@example.com"),
    ],
)
def test_every_placeholder_is_filled_in_the_username(template, expected):
    parsed = parse_autoconfig(doc(server(user=template)), ADDRESS, realname="Jane Doe")
    assert parsed.incoming[0].username == expected


def test_placeholders_are_filled_in_host_names():
    parsed = parse_autoconfig(doc(server(host="imap.%EMAILDOMAIN%")), ADDRESS)
    assert parsed.incoming[0].host == "imap.example.com"


@pytest.mark.parametrize(
    "value, method",
    [
        ("password-cleartext", AuthMethod.PASSWORD_CLEARTEXT),
        ("plain", AuthMethod.PASSWORD_CLEARTEXT),
        ("password-encrypted", AuthMethod.PASSWORD_ENCRYPTED),
        ("secure", AuthMethod.PASSWORD_ENCRYPTED),
        ("OAuth2", AuthMethod.OAUTH2),
        ("NTLM", AuthMethod.NTLM),
        ("GSSAPI", AuthMethod.GSSAPI),
        ("client-IP-address", AuthMethod.CLIENT_IP),
        ("TLS-client-cert", AuthMethod.TLS_CLIENT_CERT),
        ("smtp-after-pop", AuthMethod.SMTP_AFTER_POP),
        ("none", AuthMethod.NONE),
    ],
)
def test_every_authentication_value_is_mapped_for_sending(value, method):
    parsed = parse_autoconfig(doc(server() + server("smtp", "smtp.example.com", "465", auth=(value,), tag="outgoingServer")), ADDRESS)
    assert parsed.outgoing[0].auth == (method,)


def test_oauth2_is_reported_as_needing_browser_signin_not_dropped():
    parsed = parse_autoconfig(doc(server(auth=("OAuth2", "password-cleartext"))), ADDRESS)
    assert parsed.incoming[0].auth == (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)
    assert parsed.needs_browser_signin


def test_unknown_authentication_values_are_skipped_but_known_ones_kept():
    parsed = parse_autoconfig(doc(server(auth=("kerberos-magic", "password-encrypted"))), ADDRESS)
    assert parsed.incoming[0].auth == (AuthMethod.PASSWORD_ENCRYPTED,)


@pytest.mark.parametrize("socket, port, expected", [
    ("garbage", "993", Security.TLS), ("garbage", "143", Security.STARTTLS), (None, "143", Security.STARTTLS),
    ("TLS", "465", Security.TLS), ("", "587", Security.STARTTLS), ("PLAIN", "143", Security.PLAIN),
])
def test_A4_unknown_socket_type_never_becomes_plain(socket, port, expected):
    parsed = parse_autoconfig(doc(server(socket=socket, port=port)), ADDRESS)
    assert parsed.incoming[0].security is expected
    if expected is not Security.PLAIN:
        assert parsed.notes


def test_missing_port_takes_the_default_for_the_security():
    assert parse_autoconfig(doc(server(port=None, socket="STARTTLS")), ADDRESS).incoming[0].port == 143


def test_unknown_server_types_and_bad_ports_are_skipped_with_a_note():
    parsed = parse_autoconfig(doc(server("jmap") + server(port="99999") + server("pop3", "pop.example.com", "995")), ADDRESS)
    assert [s.protocol for s in parsed.incoming] == [Protocol.POP3]
    assert len(parsed.notes) == 2


def test_unknown_elements_are_ignored():
    extra = "<futureThing a='1'><nested/></futureThing>"
    parsed = parse_autoconfig(doc(server().replace("<hostname>", "<wat>1</wat><hostname>"), extra), ADDRESS)
    assert parsed.incoming[0].host == "imap.example.com"


def test_documentation_and_enable_instructions_are_kept_for_people():
    extra = ('<documentation url="https://example.com/help"><descr lang="en">Help</descr></documentation>'
             '<enable visiturl="https://example.com/imap-on"><instruction>Switch IMAP on</instruction></enable>')
    parsed = parse_autoconfig(doc(server(), extra), ADDRESS)
    assert parsed.documentation[0].url == "https://example.com/help"
    assert parsed.enable[0].description == "Switch IMAP on"


def test_pop3_options_are_read():
    pop = server("pop3", "pop.example.com", "995").replace("</incomingServer>", "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><daysToLeaveMessagesOnServer>14</daysToLeaveMessagesOnServer></pop3></incomingServer>")
    parsed = parse_autoconfig(doc(pop), ADDRESS)
    assert parsed.pop3.leave_messages_on_server is True and parsed.pop3.days_to_leave_messages_on_server == 14


@pytest.mark.parametrize("data, code", [
    (b"", "document-empty"),
    (b"<clientConfig><emailProvider>", "xml-malformed"),
    (b"<html><body>Not found</body></html>", "document-wrong-kind"),
    (b"<clientConfig/>", "document-wrong-kind"),
    (b"<clientConfig><emailProvider id='x'/></clientConfig>", "document-no-servers"),
])
def test_malformed_documents_are_rejected_cleanly(data, code):
    with pytest.raises(ParseError) as caught:
        parse_autoconfig(data, ADDRESS)
    assert caught.value.code == code
    assert caught.value.text.render()


def test_oversized_documents_are_rejected_before_parsing():
    big = doc(server(), "<!--" + "x" * MAX_DOCUMENT_BYTES + "-->")
    with pytest.raises(ParseError) as caught:
        parse_autoconfig(big, ADDRESS)
    assert caught.value.code == "document-too-large"


XXE = b"""<?xml version="1.0"?><!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<clientConfig><emailProvider id="x"><incomingServer type="imap"><hostname>&xxe;</hostname></incomingServer></emailProvider></clientConfig>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><clientConfig>&lol3;</clientConfig>"""


@pytest.mark.parametrize("data", [XXE, BILLION_LAUGHS], ids=["xxe", "billion-laughs"])
def test_entity_attacks_are_refused(data):
    with pytest.raises(ParseError) as caught:
        parse_autoconfig(data, ADDRESS)
    assert caught.value.code == "xml-forbidden"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_arbitrary_bytes_only_ever_give_a_parse_error(data):
    try:
        parse_autoconfig(data, ADDRESS)
    except ParseError:
        pass


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(kind=_texts, host=_texts, port=_texts, socket=_texts, auth=st.lists(_texts, max_size=3), user=_texts)
def test_fuzz_structured_documents_never_yield_plain_from_garbage(kind, host, port, socket, auth, user):
    from xml.sax.saxutils import escape, quoteattr

    body = (f"<incomingServer type={quoteattr(kind)}><hostname>{escape(host)}</hostname><port>{escape(port)}</port>"
            f"<socketType>{escape(socket)}</socketType><username>{escape(user)}</username>"
            + "".join(f"<authentication>{escape(a)}</authentication>" for a in auth) + "</incomingServer>")
    try:
        parsed = parse_autoconfig(doc(body), ADDRESS)
    except ParseError:
        return
    for s in parsed.incoming:
        if s.security is Security.PLAIN:
            assert socket.strip().lower() == "plain"


def test_a_documentation_page_about_app_passwords_is_named_as_the_two_factor_page():
    extra = ('<documentation url="https://example.com/help"><descr lang="en">Configure IMAP</descr></documentation>'
             '<documentation url="https://example.com/security/app-passwords"><descr lang="en">Security</descr></documentation>')
    parsed = parse_autoconfig(doc(server(), extra), ADDRESS)
    assert parsed.two_factor_page == Link("https://example.com/security/app-passwords", "Security")
    assert parse_autoconfig(doc(server()), ADDRESS).two_factor_page is None
