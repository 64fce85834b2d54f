<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>The provider file {file} has a bad field “{field}”: {problem}</source>
      <translation>Leverandørfilen {file} har et feil felt «{field}»: {problem}</translation>
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
      <translation>det må være en liste med servertabeller</translation>
    </message>
    <message>
      <source>it must be a list of texts</source>
      <translation>det må være en liste med tekster</translation>
    </message>
    <message>
      <source>it must be a non-empty text</source>
      <translation>det må være en tekst som ikke er tom</translation>
    </message>
    <message>
      <source>it must be a number from 1 to 65535</source>
      <translation>det må være et tall fra 1 til 65535</translation>
    </message>
    <message>
      <source>it must be a table of server settings</source>
      <translation>det må være en tabell med serverinnstillinger</translation>
    </message>
    <message>
      <source>it must list at least one server</source>
      <translation>det må oppgi minst én server</translation>
    </message>
    <message>
      <source>it must name at least one domain</source>
      <translation>det må nevne minst ett domene</translation>
    </message>
    <message>
      <source>the file is larger than 256 KiB</source>
      <translation>filen er større enn 256 KiB</translation>
    </message>
    <message>
      <source>this key is unknown</source>
      <translation>denne nøkkelen er ukjent</translation>
    </message>
    <message>
      <source>“{value}” does not belong in this list</source>
      <translation>«{value}» hører ikke hjemme i denne listen</translation>
    </message>
    <message>
      <source>“{value}” is not a domain name</source>
      <translation>«{value}» er ikke et domenenavn</translation>
    </message>
    <message>
      <source>“{value}” is not a protocol</source>
      <translation>«{value}» er ikke en protokoll</translation>
    </message>
    <message>
      <source>“{value}” is not an authentication method</source>
      <translation>«{value}» er ikke en autentiseringsmetode</translation>
    </message>
    <message>
      <source>“{value}” is not tls, starttls or plain</source>
      <translation>«{value}» er verken tls, starttls eller plain</translation>
    </message>
  </context>
</TS>
