"""Where a run's deadline starts: at the moment a caller names (a command's start), else at
the call itself, read before the network layer is imported (the wait includes that)."""

from __future__ import annotations

import argparse
import time
from types import SimpleNamespace

import wizard.launch
from wizard.launch import build_context, command_context


def options(**extra) -> argparse.Namespace:
    return argparse.Namespace(dns=None, ca_file=None, ispdb_url=None, **extra)


def test_the_deadline_counts_from_the_start_it_is_given():
    began = time.monotonic() - 3.0
    ctx = build_context(options(), deadline_seconds=8.0, started=began)
    assert ctx.deadline.start == began and ctx.deadline.remaining() <= 5.0


def test_without_a_start_it_counts_from_the_call_not_from_after_the_imports(monkeypatch):
    # the clock is read once, first thing; the network layer's import (slow when cold) comes after it
    monkeypatch.setattr(wizard.launch, "time", SimpleNamespace(monotonic=lambda: 1234.5))
    assert build_context(options(), deadline_seconds=8.0).deadline.start == 1234.5


def test_a_command_context_counts_from_the_commands_start_and_a_bare_namespace_from_now():
    began = time.monotonic() - 3.0
    assert command_context(options(started=began), deadline_seconds=8.0).deadline.start == began
    before = time.monotonic()
    assert command_context(options(), deadline_seconds=8.0).deadline.start >= before
