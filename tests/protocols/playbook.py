"""Playbooks: a conversation driven by a script of what happens (bytes from the server, the
TLS handshake finishing, the server hanging up, an intention) and the events each must
give, in order. No sockets. Every state a machine passes through is noted, so each
protocol's tests can show they visited all of them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

from wizard.model import Protocol
from wizard.protocols import Conversation, Event, State

TLS = "tls-established"
EOF_ = "server-hung-up"
VISITED: dict[Protocol, set[State]] = defaultdict(set)


def _act(machine: Conversation, action: Any) -> list[Event]:
    if isinstance(action, bytes):
        return machine.receive(action)
    if action == TLS:
        return machine.tls_established()
    if action == EOF_:
        return machine.connection_closed()
    assert callable(action), action
    return action(machine)


def _matches(expected: Any, got: Event) -> bool:
    if isinstance(expected, type):
        return isinstance(got, expected)
    if callable(expected) and not hasattr(expected, "__dataclass_fields__"):
        return bool(expected(got))
    return expected == got


def play(machine: Conversation, *steps: Any) -> Conversation:
    """steps: action, [expected events], action, [expected events], ... An expected event is
    an event, an event type (any of that type) or a predicate."""
    VISITED[machine.protocol].add(machine.state)
    assert len(steps) % 2 == 0, "every action needs its expected events"
    for number, (action, expected) in enumerate(zip(steps[0::2], steps[1::2]), 1):
        got = _act(machine, action)
        VISITED[machine.protocol].add(machine.state)
        assert len(got) == len(expected) and all(_matches(e, g) for e, g in zip(expected, got)), (
            f"step {number} ({action!r}) gave {got!r}, expected {expected!r}"
        )
    return machine


def intend(method: str, *args: Any) -> Callable[[Conversation], list[Event]]:
    def call(machine: Conversation) -> list[Event]:
        return getattr(machine, method)(*args)

    call.__name__ = call.__qualname__ = f"{method}{args!r}"
    return call


def failed(failure: Any) -> Callable[[Event], bool]:
    return lambda event: getattr(event, "failure", None) is failure
