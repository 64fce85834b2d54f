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
      <source>a pack holds no secret: the wizard signs in as a public client (RFC 8252)</source>
      <translation>en pakke inneholder ingen hemmelighet: veiviseren logger inn som offentlig klient (RFC 8252)</translation>
    </message>
    <message>
      <source>an Exchange server needs its https address (url), or host, port and security</source>
      <translation>en Exchange-server må ha https-adressen sin (url), eller host, port og sikkerhet</translation>
    </message>
    <message>
      <source>an issuer has no query or fragment (“?” or “#”)</source>
      <translation>en utsteder (issuer) har ingen spørring eller fragment («?» eller «#»)</translation>
    </message>
    <message>
      <source>another pack already has the id “{value}”</source>
      <translation>en annen pakke har allerede id-en «{value}»</translation>
    </message>
    <message>
      <source>give either sha256 or issuer, not both</source>
      <translation>oppgi enten sha256 eller issuer, ikke begge</translation>
    </message>
    <message>
      <source>it contains a control character (such as a line break), which no pack value may hold</source>
      <translation>det inneholder et kontrolltegn (for eksempel et linjeskift), og det kan ingen verdi i en pakke inneholde</translation>
    </message>
    <message>
      <source>it could not be read: {problem}</source>
      <translation>den kunne ikke leses: {problem}</translation>
    </message>
    <message>
      <source>it is before not_before</source>
      <translation>det er før not_before</translation>
    </message>
    <message>
      <source>it is missing</source>
      <translation>det mangler</translation>
    </message>
    <message>
      <source>it is missing (give host, or url for Exchange)</source>
      <translation>det mangler (oppgi host, eller url for Exchange)</translation>
    </message>
    <message>
      <source>it is missing (give sha256, or issuer with not_before and not_after)</source>
      <translation>det mangler (oppgi sha256, eller issuer med not_before og not_after)</translation>
    </message>
    <message>
      <source>it is not valid TOML: {problem}</source>
      <translation>det er ikke gyldig TOML: {problem}</translation>
    </message>
    <message>
      <source>it must be a TOML date such as 2022-11-15</source>
      <translation>det må være en TOML-dato som 2022-11-15</translation>
    </message>
    <message>
      <source>it must be a list of server tables</source>
      <translation>det må være en liste med servertabeller</translation>
    </message>
    <message>
      <source>it must be a list of tables</source>
      <translation>det må være en liste med tabeller</translation>
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
      <source>it must be a table</source>
      <translation>det må være en tabell</translation>
    </message>
    <message>
      <source>it must be a table of server settings</source>
      <translation type="vanished">det må være en tabell med serverinnstillinger</translation>
    </message>
    <message>
      <source>it must be a text or a table of texts per language (en, da, nb)</source>
      <translation>det må være en tekst eller en tabell med én tekst per språk (en, da, nb)</translation>
    </message>
    <message>
      <source>it must be true or false</source>
      <translation>det må være true eller false</translation>
    </message>
    <message>
      <source>it must list at least one server</source>
      <translation type="vanished">det må oppgi minst én server</translation>
    </message>
    <message>
      <source>it must name at least one authentication method</source>
      <translation>det må nevne minst én autentiseringsmetode</translation>
    </message>
    <message>
      <source>it must name at least one domain</source>
      <translation type="vanished">det må nevne minst ett domene</translation>
    </message>
    <message>
      <source>it must name at least one scope</source>
      <translation>det må nevne minst ett scope</translation>
    </message>
    <message>
      <source>only an Exchange server has a separate username for phones</source>
      <translation>bare en Exchange-server har et eget brukernavn for telefoner</translation>
    </message>
    <message>
      <source>tables or lists are nested more than {limit} deep</source>
      <translation>tabeller eller lister er nøstet mer enn {limit} nivåer dypt</translation>
    </message>
    <message>
      <source>the file is larger than 256 KiB</source>
      <translation>filen er større enn 256 KiB</translation>
    </message>
    <message>
      <source>the file “{value}” is not next to the pack</source>
      <translation>filen «{value}» ligger ikke ved siden av pakken</translation>
    </message>
    <message>
      <source>this is not a language the wizard speaks (en, da, nb)</source>
      <translation>dette er ikke et språk veiviseren snakker (en, da, nb)</translation>
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
      <source>“{value}” is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
      <translation>«{value}» er ikke et SHA-256-fingeravtrykk (64 heksadesimale sifre)</translation>
    </message>
    <message>
      <source>“{value}” is not a colour like #1a2b3c</source>
      <translation>«{value}» er ikke en farge som #1a2b3c</translation>
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
      <source>“{value}” is not a web address starting with https://</source>
      <translation>«{value}» er ikke en nettadresse som begynner med https://</translation>
    </message>
    <message>
      <source>“{value}” is not an authentication method</source>
      <translation>«{value}» er ikke en autentiseringsmetode</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>«{value}» er ikke en e-postadresse</translation>
    </message>
    <message>
      <source>“{value}” is not imap, pop3 or exchange</source>
      <translation>«{value}» er ikke imap, pop3 eller exchange</translation>
    </message>
    <message>
      <source>“{value}” is not one scope (no spaces, quotes or backslashes)</source>
      <translation>«{value}» er ikke ett scope (ingen mellomrom, anførselstegn eller omvendte skråstreker)</translation>
    </message>
    <message>
      <source>“{value}” is not tls, starttls or plain</source>
      <translation>«{value}» er verken tls, starttls eller plain</translation>
    </message>
    <message>
      <source>“{value}” must be lower-case letters, digits, - or _</source>
      <translation>«{value}» kan bare inneholde små bokstaver, sifre, - eller _</translation>
    </message>
    <message>
      <source>“{value}” must be the name of an .svg or .png file next to the pack</source>
      <translation>«{value}» må være navnet på en .svg- eller .png-fil ved siden av pakken</translation>
    </message>
  </context>
</TS>
