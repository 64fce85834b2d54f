"""The discovery engine: every source at once, one deadline, results ranked.

Lanes in rank order (draft-ietf-mailmaint-autoconfig, stricter for http): preset, provider
autoconfig over https, ISPDB, MX-based, Autodiscover, SRV, guessing, plain-http autoconfig.
A lane's success cancels every lower lane once all higher lanes have finished — but only a
*decisive* success does: one whose proposal is encrypted and did not come over http. So an
attacker who drops the secure source cannot make a plaintext or http answer silence the
others (SECURITY.md A10), and a plaintext config never ranks above an encrypted one.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, replace
from typing import Awaitable, Callable

from wizard.discovery.arrange import HTTP_SOURCE, UNCONFIRMED, plaintext_proposal
from wizard.discovery.group import Group
from wizard.discovery.job import Confirm, Job
from wizard.discovery import evidence
from wizard.discovery.evidence import Cause, Evidence
from wizard.discovery.result import DiscoveryResult, Outcome
from wizard.discovery.sources import autoconfig, autodiscover, guess, ispdb, mx, preset, srv
from wizard.model import AccountConfig, EmailAddress, Step
from wizard.net import NetContext
from wizard.net.patience import Patience
from wizard.providers import PresetError, Presets, Provider, load_presets


@dataclass(frozen=True)
class Lane:
    rank: int
    name: str
    find: Callable[[Job, NetContext], Awaitable[AccountConfig | None]]
    # Runs to its end even after a better source answered, as Thunderbird's parallel
    # Autodiscover does: it is the Exchange alternative (Business Mail), never silenced.
    always_finishes: bool = False


LANES = (
    Lane(0, "preset", preset.find),
    Lane(1, "autoconfig", autoconfig.find_https),
    Lane(2, "ispdb", ispdb.find),
    Lane(3, "mx", mx.find),
    Lane(4, "autodiscover", autodiscover.find, always_finishes=True),
    Lane(5, "srv", srv.find),
    Lane(6, "guess", guess.find),
    Lane(7, "autoconfig-http", autoconfig.find_http),
)
HTTP_RANK = 7
# Seconds after the run began that a connection is given up while no host of the run has
# answered yet: a domain whose every host is silent ends in "nothing found" this soon, not at
# the connect timeout, and guessing's later start (HOLD_SILENT) does not add to it (a late
# connection still gets patience.ALONE_FLOOR of its own; once one host answers, the others
# get its pace: net/patience.py).
ALONE = 2.2
# The lane whose fetch is usually the critical path: its DNS questions go out before the
# others' (a run asks some twenty at once), and guessing waits for it (job.py: HOLD).
FIRST = "autoconfig"


def _came_over_http(config: AccountConfig) -> bool:
    return any(c.code == HTTP_SOURCE for c in config.consent)


def effective_rank(lane: Lane, config: AccountConfig) -> int:
    """An answer that passed through http ranks with the http lane, whatever lane found it."""
    return HTTP_RANK if _came_over_http(config) and lane.rank < HTTP_RANK else lane.rank


def decisive(config: AccountConfig) -> bool:
    """Good enough to stop the lower sources: encrypted, not over http, and not a pack's
    server assumed without being reached."""
    return not plaintext_proposal(config) and not _came_over_http(config) and not any(c.code == UNCONFIRMED for c in config.consent)


def rank_configs(found: list[tuple[Lane, AccountConfig]]) -> tuple[AccountConfig, ...]:
    """Encrypted proposals before plaintext ones (A10), then by source rank."""
    ordered = sorted(found, key=lambda item: (plaintext_proposal(item[1]), effective_rank(*item)))
    out: list[AccountConfig] = []
    for _, config in ordered:  # the same servers from a lower-ranked source add nothing
        if not any((c.incoming, c.outgoing) == (config.incoming, config.outgoing) for c in out):
            out.append(config)
    return tuple(out)


_warmed = threading.Event()


def warm_up(first: Callable[[], object] | None = None) -> None:
    """Once per program run, in a thread: the Public Suffix List parsed, and the reading of
    answers (HTTP responses, the XML stack, the autoconfig parser, JSON) loaded while the
    run's first questions are on the wire, instead of stalling its event loop mid-run or
    holding up the engine's start (a command imports the engine only after its opening).
    `first`: waited for before that (a head start's first moves: see `_after_first_moves`)."""
    if _warmed.is_set():
        return
    _warmed.set()

    def work() -> None:
        try:
            if first is not None:
                first()
            from wizard.net.http import prepare as http_ready
            from wizard.parsers import document
            from wizard.parsers.domains import prepare as domains_ready

            domains_ready()
            http_ready()
            document.prepare()
            import json  # noqa: F401

            import wizard.parsers.autoconfig  # noqa: F401
        except Exception:  # noqa: BLE001 - only a head start: the run does it itself when needed, and says so
            pass

    threading.Thread(target=work, name="discovery-warm-up", daemon=True).start()


# How long the warm-up waits for a head start's first moves at most (a host that stays silent
# keeps its warm-up unsettled until the connect gives up).
FIRST_MOVES_PATIENCE = 0.3


def _after_first_moves(ctx: NetContext) -> Callable[[], object] | None:
    """For a run with a head start: until its requests are written (or have failed), within
    FIRST_MOVES_PATIENCE. The servers' TLS flights arrive while the engine starts, and the
    loop that finishes each handshake and sends the request written ahead shares the
    interpreter with the warm-up's pure-Python work; the answers it reads come a round trip
    later, and only they need what the warm-up loads."""
    head = ctx.head_start
    if head is None:
        return None
    return lambda: head.wait(FIRST_MOVES_PATIENCE)


def silence_counted_from(ctx: NetContext) -> float:
    """Where a silent run's ALONE is counted from: the start of the run's deadline, which a
    command sets at its own start (the person waits from the moment they pressed Enter, the
    program's start-up included), when that is on the monotonic clock and not in the future;
    else now."""
    now = time.monotonic()
    deadline = ctx.deadline
    return min(deadline.start, now) if deadline.clock is time.monotonic else now


def _load_presets() -> Presets:
    try:
        return load_presets()
    except PresetError:
        return Presets()


async def discover_async(
    address: EmailAddress | str,
    ctx: NetContext,
    *,
    password: str | None = None,
    presets: Presets | None = None,
    confirm: Confirm | None = None,
    brand: Provider | None = None,
) -> DiscoveryResult:
    """Find settings for `address` within `ctx.deadline`. Never raises for network or
    document problems (they are steps); an invalid address raises AddressError. With `brand`
    (a branded wizard), that provider's pack applies whatever the address's domain."""
    if not isinstance(address, EmailAddress):
        address = EmailAddress.parse(address)
    began = time.monotonic()
    steps: list[Step] = []
    outer_sink = ctx.sink

    def sink(step: Step) -> None:
        if step.status.final:
            steps.append(step)
        outer_sink(step)

    run_ctx = replace(ctx, sink=sink, patience=Patience(alone=ALONE, began=silence_counted_from(ctx)))
    _ = run_ctx.resolver  # one resolver for every lane
    run_ctx.prepare_tls()  # the CA store loads in a thread while the first questions are out
    warm_up(_after_first_moves(ctx))
    seen = Evidence()
    evidence_token = evidence.current.set(seen)
    job = Job(address, run_ctx, presets if presets is not None else _load_presets(), password, confirm, brand)
    groups: dict[Lane, Group] = {lane: Group(run_ctx) for lane in LANES}
    tasks: dict[asyncio.Task, Lane] = {}
    results: dict[Lane, AccountConfig | None] = {}
    deadline_reached = False
    try:
        async with asyncio.timeout(run_ctx.deadline.remaining()):
            for lane in sorted(LANES, key=lambda lane: lane.name != FIRST):
                task = groups[lane].spawn(lambda c, lane=lane: lane.find(job, c))
                tasks[task] = lane
                if lane.name == FIRST:
                    for _ in range(2):  # its lane, then its fetches, up to their first DNS question
                        await asyncio.sleep(0)
                    job.start_mx()
            pending = set(tasks)
            while pending:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    results[tasks[task]] = None if task.cancelled() or task.exception() is not None else task.result()
                winners = [lane.rank for lane, cfg in results.items() if cfg is not None and decisive(cfg)]
                if winners:
                    best = min(winners)
                    if all(lane in results for lane in LANES if lane.rank < best):
                        for lane in LANES:
                            if lane.rank > best and lane not in results and not lane.always_finishes:
                                groups[lane].cancel()
                        # what is left pending now is only what always finishes
                        pending = {t for t in pending if tasks[t].always_finishes and tasks[t].rank > best}
                if any(lane.name == FIRST for lane in results):
                    job.documents_ended()  # after the cancelling: guessing starts only if still wanted
    except TimeoutError:
        deadline_reached = True
        if not job.mx_answered():
            seen.add(Cause.DNS_DOWN)  # the resolver never answered the first question
    finally:
        for group in groups.values():
            await group.close()
        await job.close(on_purpose=not deadline_reached)
        evidence.current.reset(evidence_token)
    for task, lane in tasks.items():
        if lane not in results and task.done() and not task.cancelled() and task.exception() is None:
            results[lane] = task.result()
    found = [(lane, cfg) for lane, cfg in results.items() if cfg is not None]
    return DiscoveryResult(address, rank_configs(found), tuple(steps), (time.monotonic() - began) * 1000, deadline_reached, job.provider,
                           reason=why_nothing(job, seen))


def why_nothing(job: Job, seen: Evidence) -> Outcome | None:
    """The reason to give when nothing is found, from evidence only: DNS said the address's
    domain does not exist, or every step failed for reasons of this machine's network."""
    if job.mx_nxdomain():
        return Outcome.NO_SUCH_DOMAIN
    if seen.no_network:
        return Outcome.NO_NETWORK
    return None


def discover(address: EmailAddress | str, ctx: NetContext, *, password: str | None = None, presets: Presets | None = None,
             confirm: Confirm | None = None, brand: Provider | None = None) -> DiscoveryResult:
    """The synchronous form for the CLI (and a GUI worker thread). With a head start, on its
    loop: the connections it opened belong there."""
    work = discover_async(address, ctx, password=password, presets=presets, confirm=confirm, brand=brand)
    return asyncio.run(work) if ctx.head_start is None else ctx.head_start.run(work)
