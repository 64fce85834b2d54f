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
      <source>a pack holds no secret: the wizard signs in as a public client (RFC 8252)</source>
      <translation>en pakke indeholder ingen hemmelighed: guiden logger ind som offentlig klient (RFC 8252)</translation>
    </message>
    <message>
      <source>an Exchange server needs its https address (url), or host, port and security</source>
      <translation>en Exchange-server skal have sin https-adresse (url) eller host, port og sikkerhed</translation>
    </message>
    <message>
      <source>an issuer has no query or fragment (“?” or “#”)</source>
      <translation>en udsteder (issuer) har ingen forespørgsel eller fragment (“?” eller “#”)</translation>
    </message>
    <message>
      <source>another pack already has the id “{value}”</source>
      <translation>en anden pakke har allerede id'et “{value}”</translation>
    </message>
    <message>
      <source>give either sha256 or issuer, not both</source>
      <translation>angiv enten sha256 eller issuer, ikke begge</translation>
    </message>
    <message>
      <source>it contains a control character (such as a line break), which no pack value may hold</source>
      <translation>det indeholder et kontroltegn (fx et linjeskift), og det må ingen værdi i en pakke indeholde</translation>
    </message>
    <message>
      <source>it could not be read: {problem}</source>
      <translation>den kunne ikke læses: {problem}</translation>
    </message>
    <message>
      <source>it is before not_before</source>
      <translation>det ligger før not_before</translation>
    </message>
    <message>
      <source>it is missing</source>
      <translation>det mangler</translation>
    </message>
    <message>
      <source>it is missing (give host, or url for Exchange)</source>
      <translation>det mangler (angiv host, eller url for Exchange)</translation>
    </message>
    <message>
      <source>it is missing (give sha256, or issuer with not_before and not_after)</source>
      <translation>det mangler (angiv sha256, eller issuer med not_before og not_after)</translation>
    </message>
    <message>
      <source>it is not valid TOML: {problem}</source>
      <translation>det er ikke gyldig TOML: {problem}</translation>
    </message>
    <message>
      <source>it must be a TOML date such as 2022-11-15</source>
      <translation>det skal være en TOML-dato som 2022-11-15</translation>
    </message>
    <message>
      <source>it must be a list of server tables</source>
      <translation>det skal være en liste af servertabeller</translation>
    </message>
    <message>
      <source>it must be a list of tables</source>
      <translation>det skal være en liste af tabeller</translation>
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
      <source>it must be a table</source>
      <translation>det skal være en tabel</translation>
    </message>
    <message>
      <source>it must be a table of server settings</source>
      <translation type="vanished">det skal være en tabel med serverindstillinger</translation>
    </message>
    <message>
      <source>it must be a text or a table of texts per language (en, da, nb)</source>
      <translation>det skal være en tekst eller en tabel med en tekst pr. sprog (en, da, nb)</translation>
    </message>
    <message>
      <source>it must be true or false</source>
      <translation>det skal være true eller false</translation>
    </message>
    <message>
      <source>it must list at least one server</source>
      <translation type="vanished">det skal angive mindst én server</translation>
    </message>
    <message>
      <source>it must name at least one authentication method</source>
      <translation>det skal nævne mindst én godkendelsesmetode</translation>
    </message>
    <message>
      <source>it must name at least one domain</source>
      <translation type="vanished">det skal nævne mindst ét domæne</translation>
    </message>
    <message>
      <source>it must name at least one scope</source>
      <translation>det skal nævne mindst ét scope</translation>
    </message>
    <message>
      <source>only an Exchange server has a separate username for phones</source>
      <translation>kun en Exchange-server har et særskilt brugernavn til telefoner</translation>
    </message>
    <message>
      <source>tables or lists are nested more than {limit} deep</source>
      <translation>tabeller eller lister er indlejret mere end {limit} niveauer dybt</translation>
    </message>
    <message>
      <source>the file is larger than 256 KiB</source>
      <translation>filen er større end 256 KiB</translation>
    </message>
    <message>
      <source>the file “{value}” is not next to the pack</source>
      <translation>filen “{value}” ligger ikke ved siden af pakken</translation>
    </message>
    <message>
      <source>this is not a language the wizard speaks (en, da, nb)</source>
      <translation>det er ikke et sprog, guiden taler (en, da, nb)</translation>
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
      <source>“{value}” is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
      <translation>“{value}” er ikke et SHA-256-fingeraftryk (64 hexadecimale cifre)</translation>
    </message>
    <message>
      <source>“{value}” is not a colour like #1a2b3c</source>
      <translation>“{value}” er ikke en farve som #1a2b3c</translation>
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
      <source>“{value}” is not a web address starting with https://</source>
      <translation>“{value}” er ikke en webadresse, der begynder med https://</translation>
    </message>
    <message>
      <source>“{value}” is not an authentication method</source>
      <translation>“{value}” er ikke en godkendelsesmetode</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>“{value}” er ikke en e-mailadresse</translation>
    </message>
    <message>
      <source>“{value}” is not imap, pop3 or exchange</source>
      <translation>“{value}” er ikke imap, pop3 eller exchange</translation>
    </message>
    <message>
      <source>“{value}” is not one scope (no spaces, quotes or backslashes)</source>
      <translation>“{value}” er ikke ét scope (ingen mellemrum, anførselstegn eller omvendte skråstreger)</translation>
    </message>
    <message>
      <source>“{value}” is not tls, starttls or plain</source>
      <translation>“{value}” er hverken tls, starttls eller plain</translation>
    </message>
    <message>
      <source>“{value}” must be lower-case letters, digits, - or _</source>
      <translation>“{value}” må kun bestå af små bogstaver, tal, - eller _</translation>
    </message>
    <message>
      <source>“{value}” must be the name of an .svg or .png file next to the pack</source>
      <translation>“{value}” skal være navnet på en .svg- eller .png-fil ved siden af pakken</translation>
    </message>
  </context>
</TS>
