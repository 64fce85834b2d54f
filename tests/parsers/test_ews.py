"""The doctor's one EWS request and reading its answer (no sockets)."""

from __future__ import annotations

from wizard.parsers.document import parse_xml
from wizard.parsers.ews import GET_INBOX, read_get_folder

ENVELOPE = ('<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
            '<m:GetFolderResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><m:ResponseMessages>'
            '<m:GetFolderResponseMessage ResponseClass="{cls}"><m:ResponseCode>{code}</m:ResponseCode></m:GetFolderResponseMessage>'
            "</m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>")


def test_the_request_asks_for_the_inbox_id_only_and_is_well_formed():
    root = parse_xml(GET_INBOX)
    assert root.tag == "Envelope"
    folder = next(e for e in root.iter() if e.tag == "DistinguishedFolderId")
    assert folder.get("Id") == "inbox"
    assert next(e for e in root.iter() if e.tag == "BaseShape").text == "IdOnly"


def test_success_and_error_answers():
    ok = read_get_folder(ENVELOPE.format(cls="Success", code="NoError").encode())
    assert ok.success and ok.code == "NoError"
    denied = read_get_folder(ENVELOPE.format(cls="Error", code="ErrorAccessDenied").encode())
    assert not denied.success and (denied.response_class, denied.code) == ("Error", "ErrorAccessDenied")


def test_what_is_not_an_ews_answer_reads_as_unknown_never_raises():
    for body in (b"", b"<html>Outlook on the web</html>", b"<not xml", b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', b"\xff" * 10):
        assert read_get_folder(body).response_class is None


def test_the_ews_endpoint_of_an_exchange_address():
    from wizard.parsers.ews import ews_address

    given = ews_address("https://mail.example.test/EWS/Exchange.asmx")
    assert (given.url, given.host, given.port, given.standard) == ("https://mail.example.test/EWS/Exchange.asmx", "mail.example.test", 443, False)
    for web in ("https://mamutmail.com", "https://mamutmail.com/", "https://Mamutmail.com/owa/"):
        bare = ews_address(web)
        assert bare.standard and bare.url.lower() == "https://mamutmail.com/ews/exchange.asmx" and bare.given == web
    assert ews_address("https://ews.example.test:8443/ews/exchange.asmx").port == 8443
    for refused in (None, "", "http://mail.example.test/EWS/Exchange.asmx", "https://autodiscover.example.test/autodiscover/autodiscover.xml",
                    "https://x.test/autodiscover/autodiscover.json", "https://user@x.test/EWS/Exchange.asmx", "https://x.test/EWS/Exchange.asmx?a=b",
                    "https://x.test:99999/", "https:///EWS"):
        assert ews_address(refused) is None, refused
