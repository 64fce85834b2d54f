"""Which secret may go to which server: the password never to an OAuth2 server."""

import pytest

from wizard.model import AuthMethod, Credential, CredentialKind, Protocol, Security, ServerSettings, SignIn, credential_for, offers_oauth2


def _server(*auth: AuthMethod) -> ServerSettings:
    return ServerSettings(Protocol.IMAP, "imap.example.test", 993, Security.TLS, auth=auth)


def test_the_preferred_method_decides_the_sign_in():
    assert SignIn.of(_server(AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)) is SignIn.OAUTH2
    assert SignIn.of(_server(AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.OAUTH2)) is SignIn.PASSWORD
    assert SignIn.of(_server()) is SignIn.PASSWORD


def test_a_password_never_goes_to_an_oauth2_server_and_a_token_never_to_a_password_one():
    oauth, password = _server(AuthMethod.OAUTH2), _server(AuthMethod.PASSWORD_CLEARTEXT)
    assert credential_for(oauth, "secret").kind is CredentialKind.NONE
    assert credential_for(oauth, "secret", "tok").kind is CredentialKind.OAUTH2_TOKEN
    assert credential_for(oauth, "secret", "tok").secret == "tok"
    assert credential_for(password, "secret", "tok").secret == "secret"
    assert credential_for(password, None, "tok").kind is CredentialKind.NONE


def test_the_secret_is_never_in_the_repr_and_a_none_has_none():
    assert "hunter2" not in repr(Credential(CredentialKind.PASSWORD, "hunter2"))
    with pytest.raises(ValueError):
        Credential(CredentialKind.NONE, "x")
    with pytest.raises(ValueError):
        Credential(CredentialKind.OAUTH2_TOKEN)


def test_oauth2_mechanisms_are_picked_from_any_offer():
    assert offers_oauth2(frozenset({"PLAIN", "xoauth2", "OAUTHBEARER"})) == ("OAUTHBEARER", "XOAUTH2")
    assert offers_oauth2(("PLAIN", "LOGIN")) == ()


def test_no_password_is_needed_only_when_every_server_signs_in_on_the_providers_page():
    from wizard.model.credential import needs_no_password

    oauth, password = _server(AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT), _server(AuthMethod.PASSWORD_CLEARTEXT)
    assert needs_no_password((oauth, oauth))
    assert not needs_no_password((oauth, password))  # a mixed account keeps the password for its password server
    assert not needs_no_password(())  # nothing known: nothing concluded
