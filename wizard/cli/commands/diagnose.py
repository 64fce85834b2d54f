"""`mailsetup diagnose ADDRESS`: prove the settings on the real servers and explain."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wizard.cli.commands import common
from wizard.cli.options import DIAGNOSE_DEADLINE, discovery_deadline
from wizard.cli.output import Output
from wizard.i18n import Catalog, T, Text
from wizard.launch import brand_of, build_context, command_context
from wizard.model import wording
from wizard.model.fingerprint import normalize_fingerprint

DEADLINE_HELP = T("give up waiting after this many seconds (default 30)")


def nothing_found(address: str) -> Text:
    return T("No settings were found for {address}; give the servers with --imap, --pop3 and --smtp HOST:PORT:SECURITY.", address=address)


def using_discovered(source: Text | str) -> Text:
    return T("Checking the settings found from {source}:", source=source)


def html_written(path: str) -> Text:
    return T("Report saved as {path}", path=path)


def html_failed(path: str, problem: str) -> Text:
    return T("The report could not be saved as {path}: {problem}", path=path, problem=problem)


def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    common.add_address(parser, catalog)
    common.add_password_stdin(parser, catalog)
    common.add_servers(parser, catalog)
    common.add_fingerprint(parser, catalog)
    parser.add_argument("--html", metavar="FILE", type=Path, help=common.h(catalog, "also save the report as a web page you can send to support"))
    parser.add_argument("--send-test", action="store_true", help=common.h(catalog, "send one test message to yourself and look for it"))
    parser.add_argument("--sign-in", action="store_true", help=common.h(catalog, "sign in at the provider first, where its provider file registers this wizard (with the sign-in kept in this computer's keyring, else in your browser), and prove the logins with that sign-in"))
    parser.add_argument("--keep-sign-in", action="store_true", help=common.h(catalog, "with --sign-in: keep the sign-in in this computer's keyring, so later checks sign in without the browser"))
    parser.add_argument("--deadline", metavar="S", type=common.seconds_type(catalog), default=DIAGNOSE_DEADLINE, help=DEADLINE_HELP.render(catalog))


def _discovered(address, discovery: common.Discovery, out: Output, password: str | None):
    """The best discovered config and the provider pack that applies (as `discover` finds
    them: with --brand and --providers), or None (with a message) when nothing was found."""
    result = discovery.run(address, password)
    if not result.configs:
        out.error(nothing_found(str(address)))
        return None
    out.say(using_discovered(wording.source(result.configs[0].source.value)))
    from wizard.model.lookalike import mark

    return mark(result.configs[0], address.domain), result.provider  # a look-alike gets no password unasked


def run(args: argparse.Namespace, out: Output) -> int:
    address = common.parse_address(args.address)
    servers = common.given_servers(args)
    accept = tuple(args.accept_fingerprint or ())
    for value in accept:
        normalize_fingerprint(value)  # bad input: UserError, exit 2 before any network
    if getattr(args, "keep_sign_in", False):
        _keyring_usable()  # no keyring to keep the sign-in in: exit 2 before any network or browser
    discovery = None
    if not servers:  # the discovery's first connections open while the engines load
        discovery = common.start_discovery(args, address, lambda step: _live(out, step), discovery_deadline("diagnose", args.deadline))
    try:
        from wizard.doctor import CertStore, diagnose  # the engines load only when a command runs
        from wizard.report import render_html, render_report

        password = common.read_password(args, out)
    except BaseException:
        if discovery is not None:
            discovery.close()
        raise
    if discovery is None:
        target: object = servers
        provider = brand_of(args)  # a branded run's pack speaks for the servers given
    else:
        found = _discovered(address, discovery, out, password)
        if found is None:
            return 2
        target, provider = found
    token = None
    notice = None  # a kept sign-in that went stale: said in the report too
    waited_from = getattr(args, "started", None)  # the command's start (set by the CLI's main)
    if getattr(args, "sign_in", False):
        signed = _sign_in(args, out, address, provider)
        if signed is None:
            return 1
        token, notice, back = signed
        waited_from = back if back is not None else waited_from
    # --deadline is the person's wait from the command's start, discovery included; after a
    # sign-in in the browser it counts from their return (their time there is their own).
    ctx = build_context(args, sink=lambda step: _live(out, step), deadline_seconds=args.deadline, started=waited_from)
    report = diagnose(address, target, ctx, password=password, store=CertStore(), accept=accept, send_test=args.send_test, provider=provider, token=token)
    from dataclasses import replace

    from wizard.profiles.found import identity_now

    branded = brand_of(args)
    report = replace(report, identity=identity_now(str(address), branded.id if branded is not None else None))
    if notice is not None:
        report = replace(report, findings=(notice,) + report.findings)
    if args.html is not None:
        try:
            args.html.write_text(render_html(report, out.catalog, out.scrub), encoding="utf-8")
        except OSError as exc:
            out.error(html_failed(str(args.html), exc.strerror or type(exc).__name__))
            return 2
    if out.json_mode:
        out.emit_json(report.to_json(out.catalog))
    else:
        for line in render_report(report):
            out.say(line)
        out.say(T("Reference for support: {reference}", reference=report.identity.reference))
        if args.html is not None:
            out.say(html_written(str(args.html)))
    return 0 if report.ok else 1


def _keyring_usable() -> None:
    from wizard.model.errors import UserError
    from wizard.profiles.password import keyring_problem

    problem = keyring_problem()
    if problem is not None:
        raise UserError("keyring-unusable", T("{problem} --keep-sign-in needs a system keyring that keeps the sign-in encrypted; nothing was checked.", problem=problem))


def _sign_in(args: argparse.Namespace, out: Output, address, provider):
    """The wizard's own sign-in: the sign-in kept in the keyring renewed (no browser), else
    RFC 8252 in the system browser. Returns (the access token for the doctor, the finding of
    a kept sign-in that went stale or None, the time.monotonic() at which the person came
    back from the browser or None without one), or None after saying why not. Tokens are
    masked in everything the command writes; a refresh token goes to the keyring only with
    --keep-sign-in, or in place of the kept one it renews or replaces."""
    import asyncio
    import webbrowser

    from wizard.doctor import signin
    from wizard.protocols.oauth import OAuthRefused
    from wizard.model.errors import UserError
    from wizard.profiles.password import KeyringSignIns, store_refresh_token

    registration = getattr(provider, "oauth2", None)
    if registration is None:
        raise UserError("sign-in-unavailable", T("--sign-in needs a provider file that registers this wizard for sign-in ([oauth2]); {address} has none.", address=str(address)))

    renewal = asyncio.run(signin.renew(command_context(args, sink=lambda step: _live(out, step), deadline_seconds=args.deadline), registration, str(address), KeyringSignIns()))
    notice = None
    if renewal is not None and renewal.tokens is not None:
        out.hide(renewal.tokens.access_token)
        out.hide(renewal.tokens.refresh_token)
        out.say(T("Signed in at {issuer} with the sign-in kept in this computer's keyring.", issuer=registration.issuer))
        if renewal.kept is not None:
            out.say(renewal.kept)
        return renewal.tokens.access_token, None, None
    if renewal is not None and renewal.finding is not None:
        out.say(renewal.finding.message)  # why the kept one was not used, then the browser
        if renewal.kept is not None:
            out.say(renewal.kept)
        notice = renewal.finding if renewal.stale else None

    out.say(T("Sign in at {issuer} in your browser; the wizard waits for it.", issuer=registration.issuer))
    ctx = build_context(args, sink=lambda step: _live(out, step), deadline_seconds=signin.WAIT + args.deadline)
    try:
        tokens = asyncio.run(signin.sign_in(ctx, registration, webbrowser.open, login_hint=str(address), catalog=out.catalog))
    except OAuthRefused as refused:
        finding = signin.refusal_finding(refused, registration.issuer)
        if out.json_mode:
            out.emit_json({"sign_in": {"code": finding.code, "message": finding.message.render(out.catalog), "fix": finding.fix.render(out.catalog) if finding.fix else None}})
        else:
            out.error(finding.message)
            if finding.fix is not None:
                out.say(finding.fix)
        return None
    out.hide(tokens.access_token)
    if tokens.refresh_token:
        out.hide(tokens.refresh_token)
    out.say(T("Signed in at {issuer}.", issuer=registration.issuer))
    if getattr(args, "keep_sign_in", False) or (renewal is not None and renewal.stale):  # a stale kept one is replaced, as the person chose before
        if tokens.refresh_token:
            stored = store_refresh_token(str(address), tokens.refresh_token)
            if not stored.ok and getattr(args, "keep_sign_in", False):  # asked for, and not kept: the check stops here
                raise UserError("keyring-unusable", T("{said} Nothing was checked.", said=stored.message))
            out.say(stored.message)
        else:
            out.say(T("The provider gave no sign-in to keep (no refresh token), so nothing was stored."))
    return tokens.access_token, notice, time.monotonic()


def _live(out: Output, step) -> None:
    from wizard.report import render_step

    line = render_step(step)
    if line is not None:
        out.say(line)
