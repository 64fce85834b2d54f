"""ServerSettings: one server, its security never ambiguous."""

import pytest

from wizard.model import AuthMethod, Protocol, Security, ServerSettings, SettingsError, default_port


def test_host_is_normalized_to_lowercase_punycode():
    server = ServerSettings(Protocol.IMAP, "IMAP.Blåbær.DK.", 993, Security.TLS)
    assert server.host == "imap.xn--blbr-roah.dk"


def test_json_form_is_stable_and_round_trips():
    server = ServerSettings(Protocol.SMTP, "smtp.example.com", 587, Security.STARTTLS, (AuthMethod.PASSWORD_CLEARTEXT,), "%EMAILADDRESS%")
    data = server.to_json()
    assert data == {
        "protocol": "smtp",
        "host": "smtp.example.com",
        "port": 587,
        "security": "starttls",
        "auth": ["password-cleartext"],
        "username": "%EMAILADDRESS%",
    }
    assert ServerSettings.from_json(data) == server


@pytest.mark.parametrize("port", [0, 65536, -1, True])
def test_port_out_of_range_is_refused(port):
    with pytest.raises(SettingsError) as caught:
        ServerSettings(Protocol.IMAP, "imap.example.com", port, Security.TLS)
    assert caught.value.code == "port-invalid"


def test_unknown_security_is_refused_rather_than_treated_as_plain():
    with pytest.raises(SettingsError):
        ServerSettings.from_json({"protocol": "imap", "host": "h.example.com", "port": 993, "security": "ssl-maybe"})


def test_security_ranks_implicit_tls_before_starttls_before_plain():
    assert sorted([Security.PLAIN, Security.STARTTLS, Security.TLS], key=lambda s: s.rank) == [Security.TLS, Security.STARTTLS, Security.PLAIN]


@pytest.mark.parametrize("text, expected", [("plain", AuthMethod.PASSWORD_CLEARTEXT), ("secure", AuthMethod.PASSWORD_ENCRYPTED), ("OAuth2", AuthMethod.OAUTH2), ("bogus", None)])
def test_auth_method_parses_deprecated_spellings(text, expected):
    assert AuthMethod.parse(text) is expected


def test_endpoint_from_the_command_line():
    server = ServerSettings.parse_endpoint(Protocol.IMAP, "mail.example.com:993:TLS")
    assert (server.host, server.port, server.security) == ("mail.example.com", 993, Security.TLS)


@pytest.mark.parametrize("text, code", [("mail.example.com:993", "endpoint-form"), ("mail.example.com:x:tls", "port-invalid"), ("mail.example.com:993:ssl", "security-invalid"), ("bad host:993:tls", "host-invalid")])
def test_bad_endpoint_names_the_problem(text, code):
    with pytest.raises(SettingsError) as caught:
        ServerSettings.parse_endpoint(Protocol.IMAP, text)
    assert caught.value.code == code


def test_default_ports_follow_rfc_8314():
    assert default_port(Protocol.IMAP, Security.TLS) == 993
    assert default_port(Protocol.POP3, Security.TLS) == 995
    assert default_port(Protocol.SMTP, Security.TLS) == 465
    assert default_port(Protocol.SMTP, Security.STARTTLS) == 587



from hypothesis import given, strategies as st  # noqa: E402

_LABELS = st.text(alphabet=st.characters(max_codepoint=127), min_size=0, max_size=12) | st.sampled_from(["xn--bcher-kva", "xn--zz", "XN--BCHER-KVA", "a--b", "ab--c", "-x", "x-", "_srv", "Mail"])


@given(st.lists(_LABELS, min_size=1, max_size=4).map(".".join))
def test_for_an_ascii_name_idna_gives_its_lower_case_or_fails_into_it(host):
    """Why normalize_host leaves idna to names with non-ASCII letters: for an ASCII name
    the idna path always ends in its lower case."""
    from wizard.model.server import _idna_host

    assert _idna_host(host) == host.lower()


def test_a_plain_server_name_loads_no_idna():
    import subprocess
    import sys

    code = "import sys\nfrom wizard.model.server import normalize_host\nassert normalize_host('IMAP.Example.TEST') == 'imap.example.test'\nprint('idna' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
