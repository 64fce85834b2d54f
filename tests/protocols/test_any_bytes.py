"""Whatever a server sends, in whatever pieces, a conversation answers with events: never an
exception, never more held than the limits allow."""

import pytest
from hypothesis import given, settings, strategies as st

from wizard.protocols import Failed, ImapClient, Limits, Pop3Client, SmtpClient

LINES = st.sampled_from([
    b"* OK ready\r\n", b"+OK\r\n", b"220 mx\r\n", b"250-mx\r\n", b"250 AUTH PLAIN\r\n", b"a1 OK done\r\n",
    b"* CAPABILITY IMAP4rev1 STARTTLS\r\n", b"STLS\r\n", b".\r\n", b"+ \r\n", b"* 1 FETCH {5}\r\n", b"-ERR no\r\n", b"\r\n",
])
CHUNKS = st.lists(st.one_of(st.binary(max_size=300), LINES), max_size=40)


@pytest.mark.parametrize("make", [ImapClient, Pop3Client, SmtpClient, lambda **k: ImapClient(starttls=True, **k)])
@settings(max_examples=300, deadline=None)
@given(chunks=CHUNKS)
def test_any_bytes_give_only_events(make, chunks):
    limits = Limits(line=512, lines=20, literal=64, total=4096)
    client = make(limits=limits)
    for chunk in chunks:
        events = client.receive(chunk)
        assert all(not isinstance(e, Failed) or e.failure for e in events)
        assert len(client._lines.buffer) <= limits.line + len(chunk)
    client.connection_closed()
