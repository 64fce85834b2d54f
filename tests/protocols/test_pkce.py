"""PKCE S256 and state for the wizard's own OAuth sign-in: the RFC 7636 vector, refusals, and
no secret in a repr."""

import pytest

from wizard.protocols.pkce import Pkce, State, challenge_s256


def test_the_challenge_is_rfc_7636_appendix_b():
    assert challenge_s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.mark.parametrize("verifier", ["short", "a" * 129, "a" * 42 + " ", "ä" * 43])
def test_a_verifier_outside_the_rfc_is_refused(verifier):
    with pytest.raises(ValueError):
        challenge_s256(verifier)


def test_a_new_pair_is_random_consistent_and_not_in_its_repr():
    one, two = Pkce.new(), Pkce.new()
    assert one.verifier != two.verifier
    assert one.challenge == challenge_s256(one.verifier) and one.method == "S256"
    assert one.verifier not in repr(one)


def test_state_matches_only_itself_and_hides_in_repr():
    state = State.new()
    assert state.matches(state.value)
    assert not state.matches(State.new().value)
    assert not state.matches(None) and not state.matches("")
    assert state.value not in repr(state)
