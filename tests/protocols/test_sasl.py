"""SASL messages: PLAIN's three fields, LOGIN's two answers, the bearer-token forms, and
no control character in any of them."""

import base64

import pytest

from wizard.protocols import UnsafeValue, sasl


def test_plain_has_an_empty_authorization_identity():
    assert base64.b64decode(sasl.plain("alice@example.test", "pw")) == b"\0alice@example.test\0pw"


def test_login_answers_user_then_password():
    assert sasl.login_steps("alice", "pw") == (b"YWxpY2U=", b"cHc=")


def test_bearer_token_forms():
    assert base64.b64decode(sasl.xoauth2("a@b.c", "tok")) == b"user=a@b.c\x01auth=Bearer tok\x01\x01"
    assert base64.b64decode(sasl.oauthbearer("a,=@b.c", "tok")) == b"n,a=a=2C=3D@b.c,\x01auth=Bearer tok\x01\x01"


@pytest.mark.parametrize("build", [sasl.plain, sasl.login_steps, sasl.xoauth2, sasl.oauthbearer])
@pytest.mark.parametrize("bad", ["a\0b", "a\r\nb", "a\x01"])
def test_control_characters_are_refused(build, bad):
    with pytest.raises(UnsafeValue):
        build(bad, "secret")
    with pytest.raises(UnsafeValue):
        build("alice", bad)


def test_password_mechanism_choice():
    assert sasl.choose(frozenset({"LOGIN", "PLAIN", "CRAM-MD5"})) is sasl.Mechanism.PLAIN
    assert sasl.choose(frozenset({"LOGIN"})) is sasl.Mechanism.LOGIN
    assert sasl.choose(frozenset({"GSSAPI"})) is None
