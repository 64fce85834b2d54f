<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>A server of type “{kind}” was skipped: this program does not set it up.</source>
      <translation>En server av typen «{kind}» ble hoppet over: dette programmet setter den ikke opp.</translation>
    </message>
    <message>
      <source>A {protocol} server without a host name was skipped.</source>
      <translation>En {protocol}-server uten vertsnavn ble hoppet over.</translation>
    </message>
    <message>
      <source>An ActiveSync server was skipped: its address “{url}” is not https.</source>
      <translation>En ActiveSync-server ble hoppet over: adressen «{url}» er ikke https.</translation>
    </message>
    <message>
      <source>An Exchange server without an address was skipped.</source>
      <translation>En Exchange-server uten adresse ble hoppet over.</translation>
    </message>
    <message>
      <source>An SRV record has an invalid {field}: “{value}”.</source>
      <translation>En SRV-post har et ugyldig {field}: «{value}».</translation>
    </message>
    <message>
      <source>The Autodiscover answer asks to look elsewhere but does not say where.</source>
      <translation>Autodiscover-svaret ber oss lete et annet sted, men sier ikke hvor.</translation>
    </message>
    <message>
      <source>The Autodiscover answer contains no account settings.</source>
      <translation>Autodiscover-svaret inneholder ingen kontoinnstillinger.</translation>
    </message>
    <message>
      <source>The Autodiscover answer has no Response section.</source>
      <translation>Autodiscover-svaret har ingen Response-del.</translation>
    </message>
    <message>
      <source>The Autodiscover answer is for an account of type “{kind}”, not e-mail.</source>
      <translation>Autodiscover-svaret gjelder en konto av typen «{kind}», ikke e-post.</translation>
    </message>
    <message>
      <source>The Autodiscover answer names no server that can be used: {detail}</source>
      <translation>Autodiscover-svaret nevner ingen server som kan brukes: {detail}</translation>
    </message>
    <message>
      <source>The Autodiscover answer redirects to “{target}”, which is not a web address.</source>
      <translation>Autodiscover-svaret omdirigerer til «{target}», som ikke er en nettadresse.</translation>
    </message>
    <message>
      <source>The Autodiscover answer redirects to “{target}”, which is not an e-mail address.</source>
      <translation>Autodiscover-svaret omdirigerer til «{target}», som ikke er en e-postadresse.</translation>
    </message>
    <message>
      <source>The Autodiscover server answered with error {code}: {message}</source>
      <translation>Autodiscover-serveren svarte med feil {code}: {message}</translation>
    </message>
    <message>
      <source>The Autodiscover v2 answer has no Url.</source>
      <translation>Autodiscover v2-svaret har ingen Url.</translation>
    </message>
    <message>
      <source>The Autodiscover v2 answer points to “{url}”, which is not https; it was not followed.</source>
      <translation>Autodiscover v2-svaret peker på «{url}», som ikke er https; det ble ikke fulgt.</translation>
    </message>
    <message>
      <source>The answer is larger than 1 MiB and was not read.</source>
      <translation>Svaret er større enn 1 MiB og ble ikke lest.</translation>
    </message>
    <message>
      <source>The answer is not an Autodiscover v2 object.</source>
      <translation>Svaret er ikke et Autodiscover v2-objekt.</translation>
    </message>
    <message>
      <source>The answer is not an XML document.</source>
      <translation>Svaret er ikke et XML-dokument.</translation>
    </message>
    <message>
      <source>The answer is not valid JSON.</source>
      <translation>Svaret er ikke gyldig JSON.</translation>
    </message>
    <message>
      <source>The answer was empty.</source>
      <translation>Svaret var tomt.</translation>
    </message>
    <message>
      <source>The autoconfig file has no emailProvider section.</source>
      <translation>Autoconfig-filen har ingen emailProvider-del.</translation>
    </message>
    <message>
      <source>The autoconfig file names no server that can be used: {detail}</source>
      <translation>Autoconfig-filen nevner ingen server som kan brukes: {detail}</translation>
    </message>
    <message>
      <source>The connection security “{value}” of {host} is not one this program knows; it assumes {security}, never plaintext.</source>
      <translation>Tilkoblingssikkerheten «{value}» for {host} kjenner ikke dette programmet; det antar {security}, aldri ukryptert.</translation>
    </message>
    <message>
      <source>The document is not an Autodiscover answer (its root element is “{tag}”).</source>
      <translation>Dokumentet er ikke et Autodiscover-svar (rotelementet er «{tag}»).</translation>
    </message>
    <message>
      <source>The document is not an autoconfig file (its root element is “{tag}”).</source>
      <translation>Dokumentet er ikke en autoconfig-fil (rotelementet er «{tag}»).</translation>
    </message>
    <message>
      <source>The document is not well-formed XML: {problem}</source>
      <translation>Dokumentet er ikke velformet XML: {problem}</translation>
    </message>
    <message>
      <source>The document uses XML features that could attack this program (a DTD or entities) and was refused.</source>
      <translation>Dokumentet bruker XML-funksjoner som kunne angripe dette programmet (en DTD eller entiteter), og ble avvist.</translation>
    </message>
    <message>
      <source>The field “{field}” of the document contains a control character; the document was refused.</source>
      <translation>Feltet «{field}» i dokumentet inneholder et kontrolltegn; dokumentet ble avvist.</translation>
    </message>
    <message>
      <source>The server did not answer like an SMTP server: {reply}</source>
      <translation type="vanished">Serveren svarte ikke som en SMTP-server: {reply}</translation>
    </message>
    <message>
      <source>The server did not greet like a POP3 server: {reply}</source>
      <translation type="vanished">Serveren hilste ikke som en POP3-server: {reply}</translation>
    </message>
    <message>
      <source>The server did not greet like an IMAP server: {reply}</source>
      <translation type="vanished">Serveren hilste ikke som en IMAP-server: {reply}</translation>
    </message>
    <message>
      <source>The server did not list its capabilities.</source>
      <translation type="vanished">Serveren oppga ikke funksjonene sine.</translation>
    </message>
    <message>
      <source>The server refused the connection: {reply}</source>
      <translation type="vanished">Serveren avviste tilkoblingen: {reply}</translation>
    </message>
    <message>
      <source>The server refused to list its capabilities: {reply}</source>
      <translation type="vanished">Serveren nektet å oppgi funksjonene sine: {reply}</translation>
    </message>
    <message>
      <source>The server's answer could not be read: {detail}</source>
      <translation>Serverens svar kunne ikke leses: {detail}</translation>
    </message>
    <message>
      <source>The server's answer is too long to be a mail server's.</source>
      <translation type="vanished">Serverens svar er for langt til å komme fra en e-postserver.</translation>
    </message>
    <message>
      <source>The {protocol} server at “{url}” was skipped: only https addresses are used.</source>
      <translation>{protocol}-serveren på «{url}» ble hoppet over: bare https-adresser brukes.</translation>
    </message>
    <message>
      <source>The {protocol} server was skipped: {problem}</source>
      <translation>{protocol}-serveren ble hoppet over: {problem}</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: its connection security is unknown and the file states another {protocol} server fully.</source>
      <translation>{protocol}-serveren {host} ble hoppet over: tilkoblingssikkerheten er ukjent, og filen oppgir en annen {protocol}-server fullt ut.</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: its sign-in method “{method}” is only meaningful for sending mail.</source>
      <translation>{protocol}-serveren {host} ble hoppet over: innloggingsmetoden «{method}» gir bare mening når e-post sendes.</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: its sign-in method “{method}” is unknown.</source>
      <translation>{protocol}-serveren {host} ble hoppet over: innloggingsmetoden «{method}» er ukjent.</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: “{port}” is not a port number.</source>
      <translation>{protocol}-serveren {host} ble hoppet over: «{port}» er ikke et portnummer.</translation>
    </message>
    <message>
      <source>it lists no servers</source>
      <translation>den oppgir ingen servere</translation>
    </message>
    <message>
      <source>“{text}” is not an SRV record.</source>
      <translation>«{text}» er ikke en SRV-post.</translation>
    </message>
  </context>
</TS>
