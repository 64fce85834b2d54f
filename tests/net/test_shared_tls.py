"""One run shares one verifying context per trust (built once, in a thread when asked early),
and no copy of the run can change it."""

import asyncio
import ssl

import pytest
import trustme

from wizard.model.errors import UserError
from wizard.net import NetContext, Trust
from wizard.net import castore
from wizard.net import trust as trust_module


@pytest.fixture
def trust(tmp_path):
    path = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return Trust(use_system=False, ca_files=(path,))


def test_a_run_and_its_copies_share_one_context_per_kind(trust):
    from dataclasses import replace

    ctx = NetContext(trust=trust)
    ctx.prepare_tls()
    first = ctx.ssl_context()
    assert replace(ctx, sink=lambda step: None).ssl_context() is first
    assert asyncio.run(ctx.tls_context()) is first
    unnamed = ctx.ssl_context(check_hostname=False)
    assert unnamed is not first and not unnamed.check_hostname and first.check_hostname


def test_runs_of_one_process_share_the_context_built_from_the_same_files(trust, tmp_path):
    """The CA store is loaded once per process (a sealed context nobody can change); a CA
    file whose bytes changed gives a new context, and a failed build is not kept."""
    first = NetContext(trust=trust).ssl_context()
    assert NetContext(trust=trust).ssl_context() is first
    assert asyncio.run(NetContext(trust=Trust(use_system=False, ca_files=trust.ca_files)).tls_context()) is first
    trustme.CA().cert_pem.write_to_path(str(trust.ca_files[0]))  # the same name, another authority
    assert NetContext(trust=trust).ssl_context() is not first


def test_a_failed_build_is_not_kept_for_the_next_run(tmp_path):
    path = tmp_path / "ca.pem"
    path.write_text("not yet a certificate")
    with pytest.raises(UserError):
        NetContext(trust=Trust(use_system=False, ca_files=(path,))).ssl_context()
    assert not any(future.done() and future.exception() for future in castore._shared.values())


def test_a_shared_context_refuses_a_change(trust):
    ctx = NetContext(trust=trust)
    with pytest.raises(AttributeError):
        ctx.ssl_context().check_hostname = False
    assert ctx.ssl_context().check_hostname and ctx.ssl_context().verify_mode == ssl.CERT_REQUIRED


def test_a_bad_ca_file_is_named_when_built_in_the_background(tmp_path):
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    ctx = NetContext(trust=Trust(use_system=False, ca_files=(junk,)))
    ctx.prepare_tls()
    with pytest.raises(UserError) as caught:
        asyncio.run(ctx.tls_context())
    assert "junk.pem" in caught.value.text.render()
    with pytest.raises(UserError):
        ctx.ssl_context()


def test_a_trust_prepared_before_any_network_context_is_the_one_its_run_verifies_with(trust):
    # a command starts the CA store loading as it starts, before the network layer is imported
    trust_module.prepare(trust)
    prepared = trust_module.shared_context(trust, background=False).result()
    ctx = NetContext(trust=trust)
    assert ctx.ssl_context() is prepared and asyncio.run(ctx.tls_context()) is prepared
    assert ctx.ssl_context(check_hostname=False) is not prepared
