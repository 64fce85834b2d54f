"""Terminal lines for progress steps and configs (the GUI renders the same data itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from wizard.i18n import T, Text
from wizard.model import StepStatus, wording
from wizard.report.marks import STEP_MARK

if TYPE_CHECKING:
    from wizard.model import AccountConfig, ServerSettings, Step



def render_step(step: Step) -> Text:
    if step.status is StepStatus.STARTED:
        return T("{mark} {source:<12} {target}", mark=STEP_MARK[step.status], source=step.source, target=step.target)
    fields = dict(
        mark=STEP_MARK[step.status],
        source=step.source,
        target=step.target,
        status=wording.step_status(step.status),
        ms=f"{step.ms:.0f}" if step.ms is not None else "?",
    )
    if step.detail is None:
        return T("{mark} {source:<12} {target}: {status} ({ms} ms)", **fields)
    return T("{mark} {source:<12} {target}: {status} ({ms} ms) — {detail}", detail=step.detail, **fields)


def render_server(server: ServerSettings) -> Text:
    # The look-alike check (and the account types with it) loads when a result is shown, not
    # before a run's first question: a command prints its steps from the start.
    from wizard.model.lookalike import shown

    user = server.username or ""
    return T(
        "    {protocol:<8} {host}:{port}  {security}  {user}",
        protocol=server.protocol.value.upper(),
        host=shown(server.host),
        port=server.port,
        security=wording.SECURITY[server.security],
        user=user,
    )


def render_configs(configs: Iterable[AccountConfig]) -> Iterator[Text]:
    from wizard.model.lookalike import look

    for rank, config in enumerate(configs, 1):
        trust = T("trusted") if not config.needs_consent else T("needs your confirmation")
        yield T("{rank}. {provider} — from {source}, {trust}", rank=rank, provider=config.provider or T("Provider without a name"), source=wording.source(config.source.value), trust=trust)
        yield T("  Incoming:")
        for server in config.incoming:
            yield render_server(server)
        yield T("  Outgoing:")
        for server in config.outgoing:
            yield render_server(server)
        for reason in config.consent:
            yield T("  ! {reason}", reason=wording.consent(reason.code, reason.detail))
        for host in dict.fromkeys(s.host for s in (*config.incoming, *config.outgoing)):
            warning = look(host).warning
            if warning is not None:
                yield T("  ! {reason}", reason=warning)


def domain_warning(domain: str) -> Text | None:
    """The look-alike warning for the address's own domain, or None."""
    from wizard.model.lookalike import look

    return look(domain).warning
