"""How fetch names a failure: by the type of the error, never by the words of its message."""

from __future__ import annotations

import errno

from wizard.discovery.fetch import _transport_problem
from wizard.model import StepStatus
from wizard.net import NoAddress
from wizard.net.http import BadResponse, ConnectFailed
from wizard.protocols.http import HttpError, Problem as HttpProblem


def test_a_name_without_an_address_is_said_to_not_exist():
    problem = _transport_problem(NoAddress("autoconfig.gone.example"), "https://autoconfig.gone.example/x", 5.0)
    assert problem.status is StepStatus.EMPTY and "does not exist" in problem.text.render()
    assert problem.network is False  # DNS answered


def test_the_typed_error_is_found_inside_a_wrapping_error():
    try:
        try:
            raise NoAddress("gone.example")
        except NoAddress as inner:
            raise ConnectFailed("connect failed") from inner
    except ConnectFailed as outer:
        assert _transport_problem(outer, "https://gone.example/", 5.0).status is StepStatus.EMPTY


def test_a_message_that_merely_mentions_no_address_is_not_mistaken_for_one():
    problem = _transport_problem(OSError(errno.ECONNRESET, "peer says: has no address"), "https://x.example/", 5.0)
    assert problem.status is StepStatus.ERROR and "does not exist" not in problem.text.render()


def test_no_route_is_marked_as_this_machines_network():
    assert _transport_problem(OSError(errno.ENETUNREACH, "Network is unreachable"), "https://x.example/", 5.0).network is True


def test_an_answer_cut_short_is_said_to_be_cut_off_and_unused():
    # a reset or a TLS close without close_notify inside a document: a prefix must not pass for it
    cut = BadResponse(HttpError(HttpProblem.TRUNCATED, "the connection was reset before the body's end was confirmed"))
    problem = _transport_problem(cut, "https://autoconfig.b.example/mail/config-v1.1.xml", 5.0)
    assert problem.status is StepStatus.ERROR and problem.network is False
    assert problem.text.render() == "the answer from autoconfig.b.example was cut off before its end; nothing from it was used"
    other = _transport_problem(BadResponse(HttpError(HttpProblem.NOT_HTTP, "'SSH-2.0'")), "https://b.example/", 5.0)
    assert "cut off" not in other.text.render()
