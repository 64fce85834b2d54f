<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>A server of type “{kind}” was skipped: this program does not set it up.</source>
      <translation>En server af typen “{kind}” blev sprunget over: dette program sætter den ikke op.</translation>
    </message>
    <message>
      <source>A {protocol} server without a host name was skipped.</source>
      <translation>En {protocol}-server uden værtsnavn blev sprunget over.</translation>
    </message>
    <message>
      <source>An ActiveSync server was skipped: its address “{url}” is not https.</source>
      <translation>En ActiveSync-server blev sprunget over: dens adresse “{url}” er ikke https.</translation>
    </message>
    <message>
      <source>An Exchange server without an address was skipped.</source>
      <translation>En Exchange-server uden adresse blev sprunget over.</translation>
    </message>
    <message>
      <source>An SRV record has an invalid {field}: “{value}”.</source>
      <translation>En SRV-post har et ugyldigt {field}: “{value}”.</translation>
    </message>
    <message>
      <source>The Autodiscover answer asks to look elsewhere but does not say where.</source>
      <translation>Autodiscover-svaret beder os søge et andet sted, men siger ikke hvor.</translation>
    </message>
    <message>
      <source>The Autodiscover answer contains no account settings.</source>
      <translation>Autodiscover-svaret indeholder ingen kontoindstillinger.</translation>
    </message>
    <message>
      <source>The Autodiscover answer has no Response section.</source>
      <translation>Autodiscover-svaret har ingen Response-sektion.</translation>
    </message>
    <message>
      <source>The Autodiscover answer is for an account of type “{kind}”, not e-mail.</source>
      <translation>Autodiscover-svaret gælder en konto af typen “{kind}”, ikke e-mail.</translation>
    </message>
    <message>
      <source>The Autodiscover answer names no server that can be used: {detail}</source>
      <translation>Autodiscover-svaret nævner ingen server, der kan bruges: {detail}</translation>
    </message>
    <message>
      <source>The Autodiscover answer redirects to “{target}”, which is not a web address.</source>
      <translation>Autodiscover-svaret omdirigerer til “{target}”, som ikke er en webadresse.</translation>
    </message>
    <message>
      <source>The Autodiscover answer redirects to “{target}”, which is not an e-mail address.</source>
      <translation>Autodiscover-svaret omdirigerer til “{target}”, som ikke er en e-mailadresse.</translation>
    </message>
    <message>
      <source>The Autodiscover server answered with error {code}: {message}</source>
      <translation>Autodiscover-serveren svarede med fejl {code}: {message}</translation>
    </message>
    <message>
      <source>The Autodiscover v2 answer has no Url.</source>
      <translation>Autodiscover v2-svaret har ingen Url.</translation>
    </message>
    <message>
      <source>The Autodiscover v2 answer points to “{url}”, which is not https; it was not followed.</source>
      <translation>Autodiscover v2-svaret peger på “{url}”, som ikke er https; det blev ikke fulgt.</translation>
    </message>
    <message>
      <source>The answer is larger than 1 MiB and was not read.</source>
      <translation>Svaret er større end 1 MiB og blev ikke læst.</translation>
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
      <translation>Autoconfig-filen har ingen emailProvider-sektion.</translation>
    </message>
    <message>
      <source>The autoconfig file names no server that can be used: {detail}</source>
      <translation>Autoconfig-filen nævner ingen server, der kan bruges: {detail}</translation>
    </message>
    <message>
      <source>The connection security “{value}” of {host} is not one this program knows; it assumes {security}, never plaintext.</source>
      <translation>Forbindelsessikkerheden “{value}” for {host} kender dette program ikke; det antager {security}, aldrig ukrypteret.</translation>
    </message>
    <message>
      <source>The document is not an Autodiscover answer (its root element is “{tag}”).</source>
      <translation>Dokumentet er ikke et Autodiscover-svar (dets rodelement er “{tag}”).</translation>
    </message>
    <message>
      <source>The document is not an autoconfig file (its root element is “{tag}”).</source>
      <translation>Dokumentet er ikke en autoconfig-fil (dets rodelement er “{tag}”).</translation>
    </message>
    <message>
      <source>The document is not well-formed XML: {problem}</source>
      <translation>Dokumentet er ikke velformet XML: {problem}</translation>
    </message>
    <message>
      <source>The document uses XML features that could attack this program (a DTD or entities) and was refused.</source>
      <translation>Dokumentet bruger XML-funktioner, der kunne angribe dette program (en DTD eller entiteter), og blev afvist.</translation>
    </message>
    <message>
      <source>The field “{field}” of the document contains a control character; the document was refused.</source>
      <translation>Feltet “{field}” i dokumentet indeholder et kontroltegn; dokumentet blev afvist.</translation>
    </message>
    <message>
      <source>The server did not answer like an SMTP server: {reply}</source>
      <translation type="vanished">Serveren svarede ikke som en SMTP-server: {reply}</translation>
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
      <translation type="vanished">Serveren oplyste ikke sine funktioner.</translation>
    </message>
    <message>
      <source>The server refused the connection: {reply}</source>
      <translation type="vanished">Serveren afviste forbindelsen: {reply}</translation>
    </message>
    <message>
      <source>The server refused to list its capabilities: {reply}</source>
      <translation type="vanished">Serveren nægtede at oplyse sine funktioner: {reply}</translation>
    </message>
    <message>
      <source>The server's answer could not be read: {detail}</source>
      <translation>Serverens svar kunne ikke læses: {detail}</translation>
    </message>
    <message>
      <source>The server's answer is too long to be a mail server's.</source>
      <translation type="vanished">Serverens svar er for langt til at komme fra en mailserver.</translation>
    </message>
    <message>
      <source>The {protocol} server at “{url}” was skipped: only https addresses are used.</source>
      <translation>{protocol}-serveren på “{url}” blev sprunget over: kun https-adresser bruges.</translation>
    </message>
    <message>
      <source>The {protocol} server was skipped: {problem}</source>
      <translation>{protocol}-serveren blev sprunget over: {problem}</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: its connection security is unknown and the file states another {protocol} server fully.</source>
      <translation>{protocol}-serveren {host} blev sprunget over: dens forbindelsessikkerhed er ukendt, og filen angiver en anden {protocol}-server fuldt ud.</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: its sign-in method “{method}” is only meaningful for sending mail.</source>
      <translation>{protocol}-serveren {host} blev sprunget over: dens loginmetode “{method}” giver kun mening ved afsendelse af post.</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: its sign-in method “{method}” is unknown.</source>
      <translation>{protocol}-serveren {host} blev sprunget over: dens loginmetode “{method}” er ukendt.</translation>
    </message>
    <message>
      <source>The {protocol} server {host} was skipped: “{port}” is not a port number.</source>
      <translation>{protocol}-serveren {host} blev sprunget over: “{port}” er ikke et portnummer.</translation>
    </message>
    <message>
      <source>it lists no servers</source>
      <translation>den angiver ingen servere</translation>
    </message>
    <message>
      <source>“{text}” is not an SRV record.</source>
      <translation>“{text}” er ikke en SRV-post.</translation>
    </message>
  </context>
</TS>
