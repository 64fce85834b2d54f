"""“Did you mean …?” offers the known domain one typing slip away, and nothing else."""

from __future__ import annotations

import pytest

from wizard.discovery.suggest import did_you_mean, edit_distance, known_domains


@pytest.mark.parametrize("typed, meant", [
    ("gmial.com", "gmail.com"),      # two letters swapped
    ("gmail.con", "gmail.com"),      # one changed
    ("hotmal.com", "hotmail.com"),   # one dropped
    ("onlinee.no", "online.no"),     # one added
    ("ALTIBOX.NO.", None),           # known already (case and the final dot do not matter)
    ("example.test", None),          # nothing close
    ("fastmail.org", None),          # three edits away is not a slip
])
def test_a_close_known_domain_is_suggested(typed, meant):
    assert did_you_mean(typed) == meant


def test_the_packs_domains_are_known():
    from types import SimpleNamespace

    presets = SimpleNamespace(providers=(SimpleNamespace(domains=("example.org", "example.net")),))
    assert known_domains(presets) == ("example.org", "example.net")
    assert did_you_mean("exmaple.org", known=known_domains(presets)) == "example.org"


def test_two_equally_close_domains_give_no_guess():
    assert did_you_mean("abc.no", known=("abd.no", "abe.no")) is None


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("ab", "ba") == 1 and edit_distance("kitten", "sitting") == 3
