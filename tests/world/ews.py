"""An Exchange Web Services endpoint on the world's web server, asking for the sign-in a test
chooses: Basic (which it checks against the world's users), Bearer only (modern sign-in),
NTLM/Negotiate only (Windows sign-in), or nothing at all. Every request is in the web log
(`world.web.requests_for(host, path)`), so a test proves where a password went.

    ews = serve_ews(world, "ews.shop.test", sign_in="basic")
    ews.url        # https://ews.shop.test/EWS/Exchange.asmx
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from .web import Request, Response

EWS_PATH = "/EWS/Exchange.asmx"
SIGN_INS = ("basic", "bearer", "ntlm", "none")

# What Exchange itself answers to GetFolder inbox, trimmed to what the doctor reads.
GET_FOLDER_OK = b"""<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
<m:GetFolderResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
<m:ResponseMessages><m:GetFolderResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>
<m:Folders><t:Folder><t:FolderId Id="AAMk-inbox" ChangeKey="AQAA"/></t:Folder></m:Folders>
</m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>
"""

CHALLENGES: dict[str, tuple[tuple[str, str], ...]] = {
    # Exchange on premises with Basic switched on: each scheme its own field, Basic last
    "basic": (("WWW-Authenticate", "Negotiate"), ("WWW-Authenticate", "NTLM"), ("WWW-Authenticate", 'Basic realm="{host}"')),
    # Exchange Online with Basic switched off
    "bearer": (("WWW-Authenticate", 'Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", '
                                     'token_types="app_asserting_user", authorization_uri="https://login.example.test/common/oauth2/authorize", error="invalid_token"'),),
    "ntlm": (("WWW-Authenticate", "Negotiate, NTLM"),),
    "none": (),
}


@dataclass
class EwsEndpoint:
    host: str
    path: str
    sign_in: str
    passwords: dict[str, str]  # login name -> password (what Basic accepts)

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}"

    def handle(self, request: Request) -> Response:
        auth = request.header("Authorization") or ""
        if self.sign_in == "basic" and auth[:6].lower() == "basic ":
            try:
                name, _, password = base64.b64decode(auth[6:], validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                name, password = "", ""
            if name in self.passwords and self.passwords[name] == password:
                return Response(200, GET_FOLDER_OK, (("Content-Type", "text/xml; charset=utf-8"),))
        headers = tuple((k, v.replace("{host}", self.host)) for k, v in CHALLENGES[self.sign_in])
        if self.sign_in == "none":
            return Response(200, b"<html><body>Outlook on the web</body></html>", (("Content-Type", "text/html"),))
        return Response(401, b"", headers + (("Content-Type", "text/plain"),))


def serve_ews(world, host: str, sign_in: str = "basic", path: str = EWS_PATH, passwords: dict[str, str] | None = None) -> EwsEndpoint:
    """An EWS endpoint at https://host/path (POST only; https only); Basic accepts every
    world user by full address with their password (or the login names in `passwords`)."""
    assert sign_in in SIGN_INS, sign_in
    accepted = passwords if passwords is not None else {u.address: u.password for u in world.users}
    endpoint = EwsEndpoint(host, path, sign_in, dict(accepted))
    world.web.add(host, path, endpoint.handle, method="POST", schemes=("https",))
    world.certs.for_host(host)  # issued up front (two first handshakes for one name can race)
    return endpoint
