"""One discovery run: the address, the context, and lookups several sources share."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Awaitable, Callable

from wizard.discovery.evidence import Cause
from wizard.discovery.fetch import attempt
from wizard.discovery.group import Group
from wizard.i18n import T
from wizard.model import ConsentReason, EmailAddress, StepStatus
from wizard.net import NetContext
from wizard.net.errors import HttpClient
from wizard.protocols.dns import MX
from wizard.providers import Presets, Provider

# Guessing waits for the provider's own autoconfig file to be fetched (a found file makes
# its thirty-odd probe connections moot, and their CPU would slow that very fetch down):
# until that lane ends or autoconfig.<domain> has none, at most HOLD seconds, or only HOLD_SILENT after DNS answered while no
# host of the run has answered a connection (then the documents' hosts may be black holes,
# and guessing may find one that answers).
HOLD = 1.0
HOLD_SILENT = 0.3

# Asked before a step leaves the address's base domain on an unsigned hint (the http
# Autodiscover redirect). None: such steps are not taken (the CLI cannot ask).
Confirm = Callable[[ConsentReason], Awaitable[bool]]


@dataclass(frozen=True)
class MxAnswer:
    host: str | None  # most-preferred MX host; None when there is none (or a null MX)
    authenticated: bool  # DNSSEC-validated (AD bit)
    nxdomain: bool = False  # DNS said the address's domain does not exist


@dataclass
class Job:
    address: EmailAddress
    ctx: NetContext
    presets: Presets
    password: str | None = None
    confirm: Confirm | None = None
    brand: Provider | None = None  # a branded run: this pack applies to any address
    provider: Provider | None = None  # the pack that applies (set by the preset source)
    _client: HttpClient | None = field(default=None, repr=False)
    _mx: "asyncio.Task[MxAnswer] | None" = field(default=None, repr=False)
    _mx_group: object | None = field(default=None, repr=False)
    _documents_ended: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _mx_at: float | None = field(default=None, repr=False)  # when the MX lookup ended

    @property
    def domain(self) -> str:
        return self.address.domain

    def client(self) -> HttpClient:
        """One HTTP client for the run (one TLS context, one resolver); timeouts per request."""
        if self._client is None:
            self._client = self.ctx.http_client(timeout=None)
        return self._client

    def start_mx(self) -> None:
        if self._mx is None:
            group = Group(self.ctx)
            self._mx_group = group
            self._mx = group.spawn(lambda ctx: self._lookup_mx(ctx))
            self._mx.add_done_callback(lambda _: setattr(self, "_mx_at", time.monotonic()))

    async def mx(self) -> MxAnswer:
        """The shared MX lookup (started once by the engine; sources only wait for it)."""
        self.start_mx()
        assert self._mx is not None
        return await asyncio.shield(self._mx)

    async def _lookup_mx(self, ctx: NetContext) -> MxAnswer:
        async def work(rec) -> MxAnswer:
            answer = await ctx.resolve(self.domain, "MX")
            records = sorted((r for r in answer.records if isinstance(r, MX)), key=lambda r: r.preference)
            hosts = [r.exchange.lower() for r in records]
            if answer.nxdomain:
                rec.set(StepStatus.EMPTY, T("the domain {domain} does not exist", domain=self.domain))
                return MxAnswer(None, answer.authenticated, nxdomain=True)
            if not hosts:
                rec.set(StepStatus.EMPTY, T("no MX record"))
                return MxAnswer(None, answer.authenticated)
            if hosts[0] in ("", "."):
                rec.set(StepStatus.EMPTY, T("the domain says it receives no mail (null MX)"))
                return MxAnswer(None, answer.authenticated)
            signed = T("DNSSEC-validated") if answer.authenticated else T("not DNSSEC-validated")
            rec.set(StepStatus.OK, T("{host} ({signed})", host=hosts[0], signed=signed))
            return MxAnswer(hosts[0], answer.authenticated)

        found = await attempt(ctx, "mx", f"MX {self.domain}", work, answers=Cause.DNS_ANSWER)
        return found if found is not None else MxAnswer(None, False)

    def documents_ended(self) -> None:
        """The provider's own autoconfig lane has ended (with or without a file), or its own
        autoconfig host has no file."""
        self._documents_ended.set()

    async def before_guessing(self) -> None:
        """Wait as HOLD and HOLD_SILENT say before guessing starts."""
        started = time.monotonic()
        while not self._documents_ended.is_set():
            patience = self.ctx.patience
            silent = patience is not None and patience.evidence is None and self._mx_at is not None
            until = self._mx_at + HOLD_SILENT if silent and self._mx_at is not None else started + HOLD
            left = min(until, started + HOLD) - time.monotonic()
            if left <= 0:
                return
            try:
                async with asyncio.timeout(min(left, HOLD_SILENT)):
                    await self._documents_ended.wait()
            except TimeoutError:
                pass

    def mx_answered(self) -> bool:
        """The shared MX lookup has ended with an answer or a failure (not still waiting)."""
        return self._mx is not None and self._mx.done() and not self._mx.cancelled()

    def mx_nxdomain(self) -> bool:
        return self.mx_answered() and self._mx is not None and self._mx.exception() is None and self._mx.result().nxdomain

    async def close(self, *, on_purpose: bool = True) -> None:
        """`on_purpose`: a lookup still running ends as `cancelled` (else as `timeout`)."""
        group = self._mx_group
        if group is not None:
            if on_purpose:
                group.cancel()  # type: ignore[attr-defined]
            await group.close()  # type: ignore[attr-defined]
        if self._client is not None:
            try:
                await self._client.aclose()
            except Exception:
                pass
