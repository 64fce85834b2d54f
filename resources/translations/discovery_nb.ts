<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>DNSSEC-validated</source>
      <translation>DNSSEC-validert</translation>
    </message>
    <message>
      <source>No settings were found. Enter them yourself; the form starts with encrypted connections (IMAP 993, SMTP 465).</source>
      <translation>Fant ingen innstillinger. Skriv dem inn selv; skjemaet starter med krypterte tilkoblinger (IMAP 993, SMTP 465).</translation>
    </message>
    <message>
      <source>The answer is larger than 1 MiB and was not read.</source>
      <translation>Svaret er større enn 1 MiB og ble ikke lest.</translation>
    </message>
    <message>
      <source>The domain {domain} does not exist. Check the address for a typing mistake.</source>
      <translation>Domenet {domain} finnes ikke. Sjekk adressen for skrivefeil.</translation>
    </message>
    <message>
      <source>The server did not answer like an SMTP server: {reply}</source>
      <translation>Serveren svarte ikke som en SMTP-server: {reply}</translation>
    </message>
    <message>
      <source>The server did not greet like a POP3 server: {reply}</source>
      <translation>Serveren hilste ikke som en POP3-server: {reply}</translation>
    </message>
    <message>
      <source>The server did not greet like an IMAP server: {reply}</source>
      <translation>Serveren hilste ikke som en IMAP-server: {reply}</translation>
    </message>
    <message>
      <source>The server refused the connection: {reply}</source>
      <translation>Serveren avviste tilkoblingen: {reply}</translation>
    </message>
    <message>
      <source>This computer does not seem to be connected to a network: no name lookup and no connection got through. Check the connection, then try again.</source>
      <translation>Datamaskinen ser ikke ut til å være koblet til et nettverk: verken navneoppslag eller tilkoblinger kom gjennom. Sjekk tilkoblingen, og prøv igjen.</translation>
    </message>
    <message>
      <source>a server would be used WITHOUT encryption</source>
      <translation type="vanished">en server ville bli brukt UTEN kryptering</translation>
    </message>
    <message>
      <source>could not connect to {host}: {problem}</source>
      <translation>kunne ikke koble til {host}: {problem}</translation>
    </message>
    <message>
      <source>could not connect: {problem}</source>
      <translation>kunne ikke koble til: {problem}</translation>
    </message>
    <message>
      <source>found {servers}</source>
      <translation>fant {servers}</translation>
    </message>
    <message>
      <source>it came over an unencrypted connection, which anyone on the way could have changed</source>
      <translation type="vanished">det kom over en ukryptert tilkobling, som hvem som helst underveis kunne ha endret</translation>
    </message>
    <message>
      <source>it needs your confirmation</source>
      <translation type="vanished">det krever din bekreftelse</translation>
    </message>
    <message>
      <source>it relies on DNS answers that were not DNSSEC-validated</source>
      <translation type="vanished">det bygger på DNS-svar som ikke var DNSSEC-validert</translation>
    </message>
    <message>
      <source>leads to {host}, outside {domain}; not followed without your confirmation</source>
      <translation>fører til {host} utenfor {domain}; ikke fulgt uten din bekreftelse</translation>
    </message>
    <message>
      <source>more than {count} Autodiscover redirects; gave up</source>
      <translation>mer enn {count} Autodiscover-omdirigeringer; ga opp</translation>
    </message>
    <message>
      <source>more than {count} redirects; gave up</source>
      <translation>mer enn {count} omdirigeringer; ga opp</translation>
    </message>
    <message>
      <source>no MX record</source>
      <translation>ingen MX-post</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>ikke noe svar i tide</translation>
    </message>
    <message>
      <source>no answer within {seconds} s</source>
      <translation>ikke svar innen {seconds} s</translation>
    </message>
    <message>
      <source>no bundled provider uses this mail server</source>
      <translation type="vanished">ingen medfølgende leverandør bruker denne e-postserveren</translation>
    </message>
    <message>
      <source>no provider pack uses this mail server</source>
      <translation>ingen leverandørpakke bruker denne e-postserveren</translation>
    </message>
    <message>
      <source>no redirect (HTTP {code}); not used</source>
      <translation>ingen omdirigering (HTTP {code}); ikke brukt</translation>
    </message>
    <message>
      <source>no redirect, only a document; not used</source>
      <translation>ingen omdirigering, bare et dokument; ikke brukt</translation>
    </message>
    <message>
      <source>no such record</source>
      <translation>ingen slik post</translation>
    </message>
    <message>
      <source>no usable server in the record</source>
      <translation>ingen brukbar server i posten</translation>
    </message>
    <message>
      <source>none of the servers the pack of {provider} names answered</source>
      <translation>ingen av serverne pakken fra {provider} nevner, svarte</translation>
    </message>
    <message>
      <source>not DNSSEC-validated</source>
      <translation>ikke DNSSEC-validert</translation>
    </message>
    <message>
      <source>nothing answers on that port</source>
      <translation>ingenting svarer på den porten</translation>
    </message>
    <message>
      <source>nothing there (HTTP {code})</source>
      <translation>ingenting der (HTTP {code})</translation>
    </message>
    <message>
      <source>redirected to the unencrypted address {url}; not followed</source>
      <translation>omdirigert til den ukrypterte adressen {url}; ikke fulgt</translation>
    </message>
    <message>
      <source>redirected to “{url}”, which is not a web address</source>
      <translation>omdirigert til «{url}», som ikke er en nettadresse</translation>
    </message>
    <message>
      <source>sends us on to {target}</source>
      <translation>sender oss videre til {target}</translation>
    </message>
    <message>
      <source>the DNS names a server outside your domain</source>
      <translation type="vanished">DNS peker på en server utenfor domenet ditt</translation>
    </message>
    <message>
      <source>the address {url} is not https; not asked</source>
      <translation>adressen {url} er ikke https; ikke spurt</translation>
    </message>
    <message>
      <source>the answer from {host} was cut off before its end; nothing from it was used</source>
      <translation>svaret fra {host} ble brutt av før slutten; ingenting av det ble brukt</translation>
    </message>
    <message>
      <source>the answer lists no server to receive mail from</source>
      <translation>svaret oppgir ingen server å motta e-post fra</translation>
    </message>
    <message>
      <source>the certificate of {host} is not valid ({reason}); nothing from it was used</source>
      <translation>sertifikatet for {host} er ikke gyldig ({reason}); ingenting derfra ble brukt</translation>
    </message>
    <message>
      <source>the domain says it receives no mail (null MX)</source>
      <translation>domenet oppgir at det ikke tar imot e-post (null MX)</translation>
    </message>
    <message>
      <source>the domain says this service is not offered</source>
      <translation>domenet oppgir at denne tjenesten ikke tilbys</translation>
    </message>
    <message>
      <source>the domain {domain} does not exist</source>
      <translation>domenet {domain} finnes ikke</translation>
    </message>
    <message>
      <source>the encrypted connection failed: {problem}</source>
      <translation>den krypterte tilkoblingen mislyktes: {problem}</translation>
    </message>
    <message>
      <source>the file lists no server to receive mail from</source>
      <translation>filen oppgir ingen server å motta e-post fra</translation>
    </message>
    <message>
      <source>the mail server {host} is inside {domain}, whose own settings were asked for already</source>
      <translation>e-postserveren {host} ligger under {domain}, og innstillingene for det er allerede slått opp</translation>
    </message>
    <message>
      <source>the name lookup failed: {problem}</source>
      <translation>navneoppslaget mislyktes: {problem}</translation>
    </message>
    <message>
      <source>the pack of {provider} names no server to receive mail from; the other sources find them</source>
      <translation>pakken fra {provider} nevner ingen server for å motta e-post; de andre kildene finner dem</translation>
    </message>
    <message>
      <source>the preset lists no server to receive mail from</source>
      <translation type="vanished">forhåndsinnstillingen oppgir ingen server å motta e-post fra</translation>
    </message>
    <message>
      <source>the server answered HTTP {code}</source>
      <translation>serveren svarte HTTP {code}</translation>
    </message>
    <message>
      <source>the server closed the connection</source>
      <translation>serveren lukket tilkoblingen</translation>
    </message>
    <message>
      <source>the server sent data before encryption began (an injection attack); not used</source>
      <translation>serveren sendte data før krypteringen begynte (et injeksjonsangrep); ikke brukt</translation>
    </message>
    <message>
      <source>the server wants a password first (HTTP {code})</source>
      <translation>serveren vil ha et passord først (HTTP {code})</translation>
    </message>
    <message>
      <source>the server's answer is too long to be a mail server's</source>
      <translation>serverens svar er for langt til å komme fra en e-postserver</translation>
    </message>
    <message>
      <source>the server's certificate is for another name</source>
      <translation type="vanished">serverens sertifikat er utstedt for et annet navn</translation>
    </message>
    <message>
      <source>the server's certificate is not valid</source>
      <translation type="vanished">serverens sertifikat er ikke gyldig</translation>
    </message>
    <message>
      <source>the settings were guessed by trying common server names</source>
      <translation type="vanished">innstillingene ble gjettet ved å prøve vanlige servernavn</translation>
    </message>
    <message>
      <source>unexpected problem: {problem}</source>
      <translation>uventet problem: {problem}</translation>
    </message>
    <message>
      <source>you were sent to another domain</source>
      <translation type="vanished">du ble sendt videre til et annet domene</translation>
    </message>
    <message>
      <source>{host} does not exist</source>
      <translation>{host} finnes ikke</translation>
    </message>
    <message>
      <source>{host} is at {addresses}</source>
      <translation>{host} har adressen {addresses}</translation>
    </message>
    <message>
      <source>{protocol} without encryption on port {port}; not used</source>
      <translation>{protocol} uten kryptering på port {port}; ikke brukt</translation>
    </message>
    <message>
      <source>{protocol} {security} on port {port}</source>
      <translation>{protocol} {security} på port {port}</translation>
    </message>
    <message>
      <source>{protocol} {security}, sign-in: {mechanisms}</source>
      <translation>{protocol} {security}, innlogging: {mechanisms}</translation>
    </message>
    <message>
      <source>{text}; certificate problem: {reason}</source>
      <translation>{text}; sertifikatproblem: {reason}</translation>
    </message>
    <message>
      <source>{text}; needs browser sign-in (OAuth2)</source>
      <translation>{text}; krever innlogging i nettleseren (OAuth2)</translation>
    </message>
    <message>
      <source>{text}; no STARTTLS: unencrypted only</source>
      <translation>{text}; ingen STARTTLS: bare ukryptert</translation>
    </message>
    <message>
      <source>{text}; not trusted without your confirmation</source>
      <translation>{text}; ikke klarert uten din bekreftelse</translation>
    </message>
    <message>
      <source>{text}; note: {note}</source>
      <translation>{text}; merk: {note}</translation>
    </message>
    <message>
      <source>“{url}” is not a usable web address</source>
      <translation>«{url}» er ikke en brukbar nettadresse</translation>
    </message>
  </context>
</TS>
