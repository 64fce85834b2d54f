<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>A DNS service record points to a server outside your provider's domain: {detail}</source>
      <translation>En DNS-servicepost peger på en server uden for din udbyders domæne: {detail}</translation>
    </message>
    <message>
      <source>A server would be used without encryption: {detail}</source>
      <translation>En server ville blive brugt uden kryptering: {detail}</translation>
    </message>
    <message>
      <source>Brand</source>
      <translation type="vanished">Brand</translation>
    </message>
    <message>
      <source>Branded for</source>
      <translation>Tilpasset til</translation>
    </message>
    <message>
      <source>DNS service records</source>
      <translation>DNS-serviceposter</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>Look-alike warning: “{shown}” is written with letters that look like “{latin}” but are not; check that it is really your provider.</source>
      <translation>Advarsel om forveksling: “{shown}” er skrevet med bogstaver, der ligner “{latin}”, men ikke er det; tjek, at det virkelig er din udbyder.</translation>
    </message>
    <message>
      <source>Look-alike warning: “{shown}” mixes letters from different alphabets to look like “{latin}”; check that it is really your provider.</source>
      <translation>Advarsel om forveksling: “{shown}” blander bogstaver fra forskellige alfabeter, så det ligner “{latin}”; tjek, at det virkelig er din udbyder.</translation>
    </message>
    <message>
      <source>Look-alike warning: “{shown}” mixes letters from different alphabets, a trick used to imitate well-known names.</source>
      <translation>Advarsel om forveksling: “{shown}” blander bogstaver fra forskellige alfabeter, et trick til at efterligne kendte navne.</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Lavet</translation>
    </message>
    <message>
      <source>Mail programs found</source>
      <translation>Fundne mailprogrammer</translation>
    </message>
    <message>
      <source>Microsoft Autodiscover</source>
      <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
      <source>NOT encrypted</source>
      <translation>IKKE krypteret</translation>
    </message>
    <message>
      <source>Not confirmed: could not reach {detail}, so the usual encrypted ports are assumed.</source>
      <translation>Ikke bekræftet: {detail} kunne ikke nås, så de sædvanlige krypterede porte er antaget.</translation>
    </message>
    <message>
      <source>Operating system</source>
      <translation>Styresystem</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>The domain “{domain}” in “{address}” is incomplete: it needs a dot, as in example.com.</source>
      <translation>Domænet “{domain}” i “{address}” er ufuldstændigt: det skal have et punktum, som i eksempel.dk.</translation>
    </message>
    <message>
      <source>The domain “{domain}” in “{address}” is not a valid domain name.</source>
      <translation>Domænet “{domain}” i “{address}” er ikke et gyldigt domænenavn.</translation>
    </message>
    <message>
      <source>The name is written with look-alike letters and may imitate another: {detail}</source>
      <translation>Navnet er skrevet med bogstaver, der kan forveksles, og kan efterligne et andet: {detail}</translation>
    </message>
    <message>
      <source>The part before the “@” in “{address}” is longer than 64 characters.</source>
      <translation>Delen før “@” i “{address}” er længere end 64 tegn.</translation>
    </message>
    <message>
      <source>The port “{port}” must be a number from 1 to 65535.</source>
      <translation>Porten “{port}” skal være et tal fra 1 til 65535.</translation>
    </message>
    <message>
      <source>The provider's answer redirected to another domain: {detail}</source>
      <translation>Udbyderens svar viderestillede til et andet domæne: {detail}</translation>
    </message>
    <message>
      <source>The server name is empty.</source>
      <translation>Servernavnet er tomt.</translation>
    </message>
    <message>
      <source>The server's certificate is made out to another name: {detail}</source>
      <translation>Serverens certifikat er udstedt til et andet navn: {detail}</translation>
    </message>
    <message>
      <source>The server's certificate is not valid: {detail}</source>
      <translation>Serverens certifikat er ikke gyldigt: {detail}</translation>
    </message>
    <message>
      <source>The settings came from DNS answers that are not signed (no DNSSEC): {detail}</source>
      <translation>Indstillingerne kom fra DNS-svar, der ikke er signeret (ingen DNSSEC): {detail}</translation>
    </message>
    <message>
      <source>The settings came over an unencrypted web connection, where anyone on the way could change them: {detail}</source>
      <translation>Indstillingerne kom over en ukrypteret webforbindelse, hvor alle undervejs kunne ændre dem: {detail}</translation>
    </message>
    <message>
      <source>The settings file does not say how {detail} protects the connection; encryption is assumed, never plaintext.</source>
      <translation>Indstillingsfilen siger ikke, hvordan {detail} beskytter forbindelsen; der regnes med kryptering, aldrig ukrypteret.</translation>
    </message>
    <message>
      <source>The settings were guessed by trying common server names for {detail}.</source>
      <translation>Indstillingerne blev gættet ved at prøve almindelige servernavne for {detail}.</translation>
    </message>
    <message>
      <source>These server settings are incomplete or invalid: {problem}</source>
      <translation>Disse serverindstillinger er ufuldstændige eller ugyldige: {problem}</translation>
    </message>
    <message>
      <source>Thunderbird's provider database</source>
      <translation>Thunderbirds udbyderdatabase</translation>
    </message>
    <message>
      <source>Type your e-mail address, such as name@example.com.</source>
      <translation>Skriv din e-mailadresse, fx navn@eksempel.dk.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>svarede</translation>
    </message>
    <message>
      <source>asking…</source>
      <translation>spørger…</translation>
    </message>
    <message>
      <source>encrypted (SSL/TLS)</source>
      <translation>krypteret (SSL/TLS)</translation>
    </message>
    <message>
      <source>encrypted (STARTTLS)</source>
      <translation>krypteret (STARTTLS)</translation>
    </message>
    <message>
      <source>entered by you</source>
      <translation>indtastet af dig</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>mislykkedes</translation>
    </message>
    <message>
      <source>mail server (MX) lookup</source>
      <translation>opslag af mailserver (MX)</translation>
    </message>
    <message>
      <source>mailsetup version</source>
      <translation>mailsetup-version</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>intet svar i tide</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation>ikke nødvendig</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation>intet fundet</translation>
    </message>
    <message>
      <source>provider list</source>
      <translation>udbyderliste</translation>
    </message>
    <message>
      <source>provider's settings file</source>
      <translation>udbyderens indstillingsfil</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>stoppet</translation>
    </message>
    <message>
      <source>trying usual server names</source>
      <translation>prøver almindelige servernavne</translation>
    </message>
    <message>
      <source>{protocol} cannot be used to receive mail.</source>
      <translation>{protocol} kan ikke bruges til at modtage e-mail.</translation>
    </message>
    <message>
      <source>{protocol} cannot be used to send mail.</source>
      <translation>{protocol} kan ikke bruges til at sende e-mail.</translation>
    </message>
    <message>
      <source>“{address}” contains a character that cannot be used in an e-mail address: “{char}”.</source>
      <translation>“{address}” indeholder et tegn, der ikke kan bruges i en e-mailadresse: “{char}”.</translation>
    </message>
    <message>
      <source>“{address}” contains a space; an e-mail address has none.</source>
      <translation>“{address}” indeholder et mellemrum; det har en e-mailadresse ikke.</translation>
    </message>
    <message>
      <source>“{address}” has a dot at the start or end of the name, or two dots in a row.</source>
      <translation>“{address}” har et punktum i starten eller slutningen af navnet, eller to punktummer i træk.</translation>
    </message>
    <message>
      <source>“{address}” has more than one “@”.</source>
      <translation>“{address}” har mere end ét “@”.</translation>
    </message>
    <message>
      <source>“{address}” has no “@”. Write it as name@example.com.</source>
      <translation>“{address}” har intet “@”. Skriv den som navn@eksempel.dk.</translation>
    </message>
    <message>
      <source>“{address}” has nothing after the “@”. Add your provider's domain, such as example.com.</source>
      <translation>“{address}” har intet efter “@”. Tilføj din udbyders domæne, fx eksempel.dk.</translation>
    </message>
    <message>
      <source>“{address}” has nothing before the “@”. Write it as name@example.com.</source>
      <translation>“{address}” har intet før “@”. Skriv den som navn@eksempel.dk.</translation>
    </message>
    <message>
      <source>“{address}” is longer than the 254 characters an e-mail address may have.</source>
      <translation>“{address}” er længere end de 254 tegn, en e-mailadresse må have.</translation>
    </message>
    <message>
      <source>“{address}” names a server by its IP address; use the provider's domain name instead.</source>
      <translation>“{address}” angiver en server med dens IP-adresse; brug udbyderens domænenavn i stedet.</translation>
    </message>
    <message>
      <source>“{address}” uses quotation marks before the “@”, which mail programs do not support here.</source>
      <translation>“{address}” bruger anførselstegn før “@”, og det understøtter e-mailprogrammer ikke her.</translation>
    </message>
    <message>
      <source>“{host}” is not a valid server name.</source>
      <translation>“{host}” er ikke et gyldigt servernavn.</translation>
    </message>
    <message>
      <source>“{text}” should look like HOST:PORT:SECURITY, for example mail.example.com:993:tls.</source>
      <translation>“{text}” skal have formen VÆRT:PORT:SIKKERHED, fx mail.eksempel.dk:993:tls.</translation>
    </message>
    <message>
      <source>“{value}” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
      <translation>“{value}” er ikke et SHA-256-fingeraftryk (64 hexadecimale cifre).</translation>
    </message>
    <message>
      <source>“{value}” is not a security setting; use tls, starttls or plain.</source>
      <translation>“{value}” er ikke en sikkerhedsindstilling; brug tls, starttls eller plain.</translation>
    </message>
  </context>
</TS>
