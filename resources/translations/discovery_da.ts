<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>DNSSEC-validated</source>
      <translation>DNSSEC-valideret</translation>
    </message>
    <message>
      <source>No settings were found. Enter them yourself; the form starts with encrypted connections (IMAP 993, SMTP 465).</source>
      <translation>Der blev ikke fundet nogen indstillinger. Indtast dem selv; formularen starter med krypterede forbindelser (IMAP 993, SMTP 465).</translation>
    </message>
    <message>
      <source>The answer is larger than 1 MiB and was not read.</source>
      <translation>Svaret er større end 1 MiB og blev ikke læst.</translation>
    </message>
    <message>
      <source>The domain {domain} does not exist. Check the address for a typing mistake.</source>
      <translation>Domænet {domain} findes ikke. Tjek adressen for stavefejl.</translation>
    </message>
    <message>
      <source>The server did not answer like an SMTP server: {reply}</source>
      <translation>Serveren svarede ikke som en SMTP-server: {reply}</translation>
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
      <translation>Serveren afviste forbindelsen: {reply}</translation>
    </message>
    <message>
      <source>This computer does not seem to be connected to a network: no name lookup and no connection got through. Check the connection, then try again.</source>
      <translation>Computeren ser ikke ud til at være forbundet til et netværk: hverken navneopslag eller forbindelser kom igennem. Tjek forbindelsen, og prøv igen.</translation>
    </message>
    <message>
      <source>a server would be used WITHOUT encryption</source>
      <translation type="vanished">en server ville blive brugt UDEN kryptering</translation>
    </message>
    <message>
      <source>could not connect to {host}: {problem}</source>
      <translation>kunne ikke forbinde til {host}: {problem}</translation>
    </message>
    <message>
      <source>could not connect: {problem}</source>
      <translation>kunne ikke forbinde: {problem}</translation>
    </message>
    <message>
      <source>found {servers}</source>
      <translation>fandt {servers}</translation>
    </message>
    <message>
      <source>it came over an unencrypted connection, which anyone on the way could have changed</source>
      <translation type="vanished">det kom over en ukrypteret forbindelse, som alle undervejs kunne have ændret</translation>
    </message>
    <message>
      <source>it needs your confirmation</source>
      <translation type="vanished">det kræver din bekræftelse</translation>
    </message>
    <message>
      <source>it relies on DNS answers that were not DNSSEC-validated</source>
      <translation type="vanished">det bygger på DNS-svar, der ikke var DNSSEC-validerede</translation>
    </message>
    <message>
      <source>leads to {host}, outside {domain}; not followed without your confirmation</source>
      <translation>fører til {host} uden for {domain}; ikke fulgt uden din bekræftelse</translation>
    </message>
    <message>
      <source>more than {count} Autodiscover redirects; gave up</source>
      <translation>mere end {count} Autodiscover-omdirigeringer; opgav</translation>
    </message>
    <message>
      <source>more than {count} redirects; gave up</source>
      <translation>mere end {count} omdirigeringer; opgav</translation>
    </message>
    <message>
      <source>no MX record</source>
      <translation>ingen MX-post</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>intet svar i tide</translation>
    </message>
    <message>
      <source>no answer within {seconds} s</source>
      <translation>intet svar inden for {seconds} s</translation>
    </message>
    <message>
      <source>no bundled provider uses this mail server</source>
      <translation type="vanished">ingen medfølgende udbyder bruger denne mailserver</translation>
    </message>
    <message>
      <source>no provider pack uses this mail server</source>
      <translation>ingen udbyderpakke bruger denne mailserver</translation>
    </message>
    <message>
      <source>no redirect (HTTP {code}); not used</source>
      <translation>ingen omdirigering (HTTP {code}); ikke brugt</translation>
    </message>
    <message>
      <source>no redirect, only a document; not used</source>
      <translation>ingen omdirigering, kun et dokument; ikke brugt</translation>
    </message>
    <message>
      <source>no such record</source>
      <translation>ingen sådan post</translation>
    </message>
    <message>
      <source>no usable server in the record</source>
      <translation>ingen brugbar server i posten</translation>
    </message>
    <message>
      <source>none of the servers the pack of {provider} names answered</source>
      <translation>ingen af de servere, pakken fra {provider} nævner, svarede</translation>
    </message>
    <message>
      <source>not DNSSEC-validated</source>
      <translation>ikke DNSSEC-valideret</translation>
    </message>
    <message>
      <source>nothing answers on that port</source>
      <translation>intet svarer på den port</translation>
    </message>
    <message>
      <source>nothing there (HTTP {code})</source>
      <translation>intet der (HTTP {code})</translation>
    </message>
    <message>
      <source>redirected to the unencrypted address {url}; not followed</source>
      <translation>omdirigeret til den ukrypterede adresse {url}; ikke fulgt</translation>
    </message>
    <message>
      <source>redirected to “{url}”, which is not a web address</source>
      <translation>omdirigeret til “{url}”, som ikke er en webadresse</translation>
    </message>
    <message>
      <source>sends us on to {target}</source>
      <translation>sender os videre til {target}</translation>
    </message>
    <message>
      <source>the DNS names a server outside your domain</source>
      <translation type="vanished">DNS peger på en server uden for dit domæne</translation>
    </message>
    <message>
      <source>the address {url} is not https; not asked</source>
      <translation>adressen {url} er ikke https; ikke spurgt</translation>
    </message>
    <message>
      <source>the answer from {host} was cut off before its end; nothing from it was used</source>
      <translation>svaret fra {host} blev afbrudt før sin afslutning; intet af det blev brugt</translation>
    </message>
    <message>
      <source>the answer lists no server to receive mail from</source>
      <translation>svaret angiver ingen server at modtage post fra</translation>
    </message>
    <message>
      <source>the certificate of {host} is not valid ({reason}); nothing from it was used</source>
      <translation>certifikatet for {host} er ikke gyldigt ({reason}); intet derfra blev brugt</translation>
    </message>
    <message>
      <source>the domain says it receives no mail (null MX)</source>
      <translation>domænet oplyser, at det ikke modtager post (null MX)</translation>
    </message>
    <message>
      <source>the domain says this service is not offered</source>
      <translation>domænet oplyser, at denne tjeneste ikke tilbydes</translation>
    </message>
    <message>
      <source>the domain {domain} does not exist</source>
      <translation>domænet {domain} findes ikke</translation>
    </message>
    <message>
      <source>the encrypted connection failed: {problem}</source>
      <translation>den krypterede forbindelse mislykkedes: {problem}</translation>
    </message>
    <message>
      <source>the file lists no server to receive mail from</source>
      <translation>filen angiver ingen server at modtage post fra</translation>
    </message>
    <message>
      <source>the mail server {host} is inside {domain}, whose own settings were asked for already</source>
      <translation>mailserveren {host} ligger under {domain}, hvis egne indstillinger allerede er slået op</translation>
    </message>
    <message>
      <source>the name lookup failed: {problem}</source>
      <translation>navneopslaget mislykkedes: {problem}</translation>
    </message>
    <message>
      <source>the pack of {provider} names no server to receive mail from; the other sources find them</source>
      <translation>pakken fra {provider} nævner ingen server til at modtage post; de andre kilder finder dem</translation>
    </message>
    <message>
      <source>the preset lists no server to receive mail from</source>
      <translation type="vanished">forudindstillingen angiver ingen server at modtage post fra</translation>
    </message>
    <message>
      <source>the server answered HTTP {code}</source>
      <translation>serveren svarede HTTP {code}</translation>
    </message>
    <message>
      <source>the server closed the connection</source>
      <translation>serveren lukkede forbindelsen</translation>
    </message>
    <message>
      <source>the server sent data before encryption began (an injection attack); not used</source>
      <translation>serveren sendte data, før krypteringen begyndte (et injektionsangreb); ikke brugt</translation>
    </message>
    <message>
      <source>the server wants a password first (HTTP {code})</source>
      <translation>serveren vil have en adgangskode først (HTTP {code})</translation>
    </message>
    <message>
      <source>the server's answer is too long to be a mail server's</source>
      <translation>serverens svar er for langt til at komme fra en mailserver</translation>
    </message>
    <message>
      <source>the server's certificate is for another name</source>
      <translation type="vanished">serverens certifikat er udstedt til et andet navn</translation>
    </message>
    <message>
      <source>the server's certificate is not valid</source>
      <translation type="vanished">serverens certifikat er ikke gyldigt</translation>
    </message>
    <message>
      <source>the settings were guessed by trying common server names</source>
      <translation type="vanished">indstillingerne blev gættet ved at prøve almindelige servernavne</translation>
    </message>
    <message>
      <source>unexpected problem: {problem}</source>
      <translation>uventet problem: {problem}</translation>
    </message>
    <message>
      <source>you were sent to another domain</source>
      <translation type="vanished">du blev sendt videre til et andet domæne</translation>
    </message>
    <message>
      <source>{host} does not exist</source>
      <translation>{host} findes ikke</translation>
    </message>
    <message>
      <source>{host} is at {addresses}</source>
      <translation>{host} har adressen {addresses}</translation>
    </message>
    <message>
      <source>{protocol} without encryption on port {port}; not used</source>
      <translation>{protocol} uden kryptering på port {port}; ikke brugt</translation>
    </message>
    <message>
      <source>{protocol} {security} on port {port}</source>
      <translation>{protocol} {security} på port {port}</translation>
    </message>
    <message>
      <source>{protocol} {security}, sign-in: {mechanisms}</source>
      <translation>{protocol} {security}, login: {mechanisms}</translation>
    </message>
    <message>
      <source>{text}; certificate problem: {reason}</source>
      <translation>{text}; certifikatproblem: {reason}</translation>
    </message>
    <message>
      <source>{text}; needs browser sign-in (OAuth2)</source>
      <translation>{text}; kræver login i browseren (OAuth2)</translation>
    </message>
    <message>
      <source>{text}; no STARTTLS: unencrypted only</source>
      <translation>{text}; ingen STARTTLS: kun ukrypteret</translation>
    </message>
    <message>
      <source>{text}; not trusted without your confirmation</source>
      <translation>{text}; ikke betroet uden din bekræftelse</translation>
    </message>
    <message>
      <source>{text}; note: {note}</source>
      <translation>{text}; bemærk: {note}</translation>
    </message>
    <message>
      <source>“{url}” is not a usable web address</source>
      <translation>“{url}” er ikke en brugbar webadresse</translation>
    </message>
  </context>
</TS>
