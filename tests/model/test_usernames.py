"""Usernames: provider templates and the variants worth trying."""

from hypothesis import given, strategies as st

from wizard.model import EmailAddress, expand_template, username_variants

ADDRESS = EmailAddress.parse("ole@firma.dk")


def test_every_placeholder_is_filled():
    assert expand_template("%EMAILADDRESS%", ADDRESS) == "ole@firma.dk"
    assert expand_template("%EMAILLOCALPART%", ADDRESS) == "ole"
    assert expand_template("%EMAILDOMAIN%", ADDRESS) == "firma.dk"
    assert expand_template("%REALNAME% <%EMAILADDRESS%>", ADDRESS, "Ole Olsen") == "Ole Olsen <ole@firma.dk>"


def test_values_cannot_inject_further_placeholders():
    assert expand_template("%REALNAME%", ADDRESS, "%EMAILADDRESS%") == "%EMAILADDRESS%"


def test_variants_include_the_exchange_phone_form():
    assert username_variants(ADDRESS) == ("ole@firma.dk", "ole", "ole_firma.dk")


@given(st.text(alphabet="abc%EMAILDORNT_", max_size=40))
def test_text_without_placeholders_is_left_alone(template):
    if not any(p in template for p in ("%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%", "%REALNAME%")):
        assert expand_template(template, ADDRESS) == template
