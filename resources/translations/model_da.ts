<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>The domain “{domain}” in “{address}” is incomplete: it needs a dot, as in example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The domain “{domain}” in “{address}” is not a valid domain name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The part before the “@” in “{address}” is longer than 64 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The port “{port}” must be a number from 1 to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server name is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These server settings are incomplete or invalid: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your e-mail address, such as name@example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{protocol} cannot be used to receive mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{protocol} cannot be used to send mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” contains a character that cannot be used in an e-mail address: “{char}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” contains a space; an e-mail address has none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” has a dot at the start or end of the name, or two dots in a row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” has more than one “@”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” has no “@”. Write it as name@example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” has nothing after the “@”. Add your provider's domain, such as example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” has nothing before the “@”. Write it as name@example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” is longer than the 254 characters an e-mail address may have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” names a server by its IP address; use the provider's domain name instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{address}” uses quotation marks before the “@”, which mail programs do not support here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{host}” is not a valid server name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” should look like HOST:PORT:SECURITY, for example mail.example.com:993:tls.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” is not a security setting; use tls, starttls or plain.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
