<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>The provider file {file} has a bad field “{field}”: {problem}</source>
      <translation>Udbyderfilen {file} har et forkert felt “{field}”: {problem}</translation>
    </message>
    <message>
      <source>it is missing</source>
      <translation>det mangler</translation>
    </message>
    <message>
      <source>it is not valid TOML: {problem}</source>
      <translation>det er ikke gyldig TOML: {problem}</translation>
    </message>
    <message>
      <source>it must be a list of server tables</source>
      <translation>det skal være en liste af servertabeller</translation>
    </message>
    <message>
      <source>it must be a list of texts</source>
      <translation>det skal være en liste af tekster</translation>
    </message>
    <message>
      <source>it must be a non-empty text</source>
      <translation>det skal være en tekst, der ikke er tom</translation>
    </message>
    <message>
      <source>it must be a number from 1 to 65535</source>
      <translation>det skal være et tal fra 1 til 65535</translation>
    </message>
    <message>
      <source>it must be a table of server settings</source>
      <translation>det skal være en tabel med serverindstillinger</translation>
    </message>
    <message>
      <source>it must list at least one server</source>
      <translation>det skal angive mindst én server</translation>
    </message>
    <message>
      <source>it must name at least one domain</source>
      <translation>det skal nævne mindst ét domæne</translation>
    </message>
    <message>
      <source>the file is larger than 256 KiB</source>
      <translation>filen er større end 256 KiB</translation>
    </message>
    <message>
      <source>this key is unknown</source>
      <translation>denne nøgle er ukendt</translation>
    </message>
    <message>
      <source>“{value}” does not belong in this list</source>
      <translation>“{value}” hører ikke til i denne liste</translation>
    </message>
    <message>
      <source>“{value}” is not a domain name</source>
      <translation>“{value}” er ikke et domænenavn</translation>
    </message>
    <message>
      <source>“{value}” is not a protocol</source>
      <translation>“{value}” er ikke en protokol</translation>
    </message>
    <message>
      <source>“{value}” is not an authentication method</source>
      <translation>“{value}” er ikke en godkendelsesmetode</translation>
    </message>
    <message>
      <source>“{value}” is not tls, starttls or plain</source>
      <translation>“{value}” er hverken tls, starttls eller plain</translation>
    </message>
  </context>
</TS>
