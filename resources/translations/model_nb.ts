<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>A DNS service record points to a server outside your provider's domain: {detail}</source>
      <translation>En DNS-tjenestepost peker til en server utenfor leverandørens domene: {detail}</translation>
    </message>
    <message>
      <source>A server would be used without encryption: {detail}</source>
      <translation>En server ville blitt brukt uten kryptering: {detail}</translation>
    </message>
    <message>
      <source>Brand</source>
      <translation type="vanished">Merkevare</translation>
    </message>
    <message>
      <source>Branded for</source>
      <translation>Tilpasset for</translation>
    </message>
    <message>
      <source>DNS service records</source>
      <translation>DNS-tjenesteposter</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Informasjon</translation>
    </message>
    <message>
      <source>Look-alike warning: “{shown}” is written with letters that look like “{latin}” but are not; check that it is really your provider.</source>
      <translation>Advarsel om forveksling: «{shown}» er skrevet med bokstaver som ligner «{latin}», men ikke er det; sjekk at det virkelig er leverandøren din.</translation>
    </message>
    <message>
      <source>Look-alike warning: “{shown}” mixes letters from different alphabets to look like “{latin}”; check that it is really your provider.</source>
      <translation>Advarsel om forveksling: «{shown}» blander bokstaver fra ulike alfabeter, slik at det ligner «{latin}»; sjekk at det virkelig er leverandøren din.</translation>
    </message>
    <message>
      <source>Look-alike warning: “{shown}” mixes letters from different alphabets, a trick used to imitate well-known names.</source>
      <translation>Advarsel om forveksling: «{shown}» blander bokstaver fra ulike alfabeter, et triks for å etterligne kjente navn.</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Laget</translation>
    </message>
    <message>
      <source>Mail programs found</source>
      <translation>E-postprogrammer funnet</translation>
    </message>
    <message>
      <source>Microsoft Autodiscover</source>
      <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
      <source>NOT encrypted</source>
      <translation>IKKE kryptert</translation>
    </message>
    <message>
      <source>Not confirmed: could not reach {detail}, so the usual encrypted ports are assumed.</source>
      <translation>Ikke bekreftet: {detail} kunne ikke nås, så de vanlige krypterte portene er antatt.</translation>
    </message>
    <message>
      <source>Operating system</source>
      <translation>Operativsystem</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referanse</translation>
    </message>
    <message>
      <source>The domain “{domain}” in “{address}” is incomplete: it needs a dot, as in example.com.</source>
      <translation>Domenet «{domain}» i «{address}» er ufullstendig: det trenger et punktum, som i eksempel.no.</translation>
    </message>
    <message>
      <source>The domain “{domain}” in “{address}” is not a valid domain name.</source>
      <translation>Domenet «{domain}» i «{address}» er ikke et gyldig domenenavn.</translation>
    </message>
    <message>
      <source>The name is written with look-alike letters and may imitate another: {detail}</source>
      <translation>Navnet er skrevet med bokstaver som kan forveksles, og kan etterligne et annet: {detail}</translation>
    </message>
    <message>
      <source>The part before the “@” in “{address}” is longer than 64 characters.</source>
      <translation>Delen foran «@» i «{address}» er lengre enn 64 tegn.</translation>
    </message>
    <message>
      <source>The port “{port}” must be a number from 1 to 65535.</source>
      <translation>Porten «{port}» må være et tall fra 1 til 65535.</translation>
    </message>
    <message>
      <source>The provider's answer redirected to another domain: {detail}</source>
      <translation>Leverandørens svar videresendte til et annet domene: {detail}</translation>
    </message>
    <message>
      <source>The server name is empty.</source>
      <translation>Servernavnet er tomt.</translation>
    </message>
    <message>
      <source>The server's certificate is made out to another name: {detail}</source>
      <translation>Serverens sertifikat er utstedt til et annet navn: {detail}</translation>
    </message>
    <message>
      <source>The server's certificate is not valid: {detail}</source>
      <translation>Serverens sertifikat er ikke gyldig: {detail}</translation>
    </message>
    <message>
      <source>The settings came from DNS answers that are not signed (no DNSSEC): {detail}</source>
      <translation>Innstillingene kom fra DNS-svar som ikke er signert (ingen DNSSEC): {detail}</translation>
    </message>
    <message>
      <source>The settings came over an unencrypted web connection, where anyone on the way could change them: {detail}</source>
      <translation>Innstillingene kom over en ukryptert nettforbindelse, der hvem som helst underveis kunne endre dem: {detail}</translation>
    </message>
    <message>
      <source>The settings file does not say how {detail} protects the connection; encryption is assumed, never plaintext.</source>
      <translation>Innstillingsfilen sier ikke hvordan {detail} beskytter tilkoblingen; kryptering antas, aldri ukryptert.</translation>
    </message>
    <message>
      <source>The settings were guessed by trying common server names for {detail}.</source>
      <translation>Innstillingene ble gjettet ved å prøve vanlige servernavn for {detail}.</translation>
    </message>
    <message>
      <source>These server settings are incomplete or invalid: {problem}</source>
      <translation>Disse serverinnstillingene er ufullstendige eller ugyldige: {problem}</translation>
    </message>
    <message>
      <source>Thunderbird's provider database</source>
      <translation>Thunderbirds leverandørdatabase</translation>
    </message>
    <message>
      <source>Type your e-mail address, such as name@example.com.</source>
      <translation>Skriv e-postadressen din, for eksempel navn@eksempel.no.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>svarte</translation>
    </message>
    <message>
      <source>asking…</source>
      <translation>spør…</translation>
    </message>
    <message>
      <source>encrypted (SSL/TLS)</source>
      <translation>kryptert (SSL/TLS)</translation>
    </message>
    <message>
      <source>encrypted (STARTTLS)</source>
      <translation>kryptert (STARTTLS)</translation>
    </message>
    <message>
      <source>entered by you</source>
      <translation>skrevet inn av deg</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>mislyktes</translation>
    </message>
    <message>
      <source>mail server (MX) lookup</source>
      <translation>oppslag av e-postserver (MX)</translation>
    </message>
    <message>
      <source>mailsetup version</source>
      <translation>mailsetup-versjon</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>ikke noe svar i tide</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation>ikke nødvendig</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation>ingenting funnet</translation>
    </message>
    <message>
      <source>provider list</source>
      <translation>leverandørliste</translation>
    </message>
    <message>
      <source>provider's settings file</source>
      <translation>leverandørens innstillingsfil</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>stoppet</translation>
    </message>
    <message>
      <source>trying usual server names</source>
      <translation>prøver vanlige servernavn</translation>
    </message>
    <message>
      <source>{protocol} cannot be used to receive mail.</source>
      <translation>{protocol} kan ikke brukes til å motta e-post.</translation>
    </message>
    <message>
      <source>{protocol} cannot be used to send mail.</source>
      <translation>{protocol} kan ikke brukes til å sende e-post.</translation>
    </message>
    <message>
      <source>“{address}” contains a character that cannot be used in an e-mail address: “{char}”.</source>
      <translation>«{address}» inneholder et tegn som ikke kan brukes i en e-postadresse: «{char}».</translation>
    </message>
    <message>
      <source>“{address}” contains a space; an e-mail address has none.</source>
      <translation>«{address}» inneholder et mellomrom; det har ikke en e-postadresse.</translation>
    </message>
    <message>
      <source>“{address}” has a dot at the start or end of the name, or two dots in a row.</source>
      <translation>«{address}» har et punktum i starten eller slutten av navnet, eller to punktum etter hverandre.</translation>
    </message>
    <message>
      <source>“{address}” has more than one “@”.</source>
      <translation>«{address}» har mer enn én «@».</translation>
    </message>
    <message>
      <source>“{address}” has no “@”. Write it as name@example.com.</source>
      <translation>«{address}» mangler «@». Skriv den som navn@eksempel.no.</translation>
    </message>
    <message>
      <source>“{address}” has nothing after the “@”. Add your provider's domain, such as example.com.</source>
      <translation>«{address}» har ingenting etter «@». Legg til leverandørens domene, for eksempel eksempel.no.</translation>
    </message>
    <message>
      <source>“{address}” has nothing before the “@”. Write it as name@example.com.</source>
      <translation>«{address}» har ingenting foran «@». Skriv den som navn@eksempel.no.</translation>
    </message>
    <message>
      <source>“{address}” is longer than the 254 characters an e-mail address may have.</source>
      <translation>«{address}» er lengre enn de 254 tegnene en e-postadresse kan ha.</translation>
    </message>
    <message>
      <source>“{address}” names a server by its IP address; use the provider's domain name instead.</source>
      <translation>«{address}» angir en server med IP-adressen; bruk leverandørens domenenavn i stedet.</translation>
    </message>
    <message>
      <source>“{address}” uses quotation marks before the “@”, which mail programs do not support here.</source>
      <translation>«{address}» bruker anførselstegn foran «@», og det støtter ikke e-postprogrammer her.</translation>
    </message>
    <message>
      <source>“{host}” is not a valid server name.</source>
      <translation>«{host}» er ikke et gyldig servernavn.</translation>
    </message>
    <message>
      <source>“{text}” should look like HOST:PORT:SECURITY, for example mail.example.com:993:tls.</source>
      <translation>«{text}» skal ha formen VERT:PORT:SIKKERHET, for eksempel mail.eksempel.no:993:tls.</translation>
    </message>
    <message>
      <source>“{value}” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
      <translation>«{value}» er ikke et SHA-256-fingeravtrykk (64 heksadesimale sifre).</translation>
    </message>
    <message>
      <source>“{value}” is not a security setting; use tls, starttls or plain.</source>
      <translation>«{value}» er ikke en sikkerhetsinnstilling; bruk tls, starttls eller plain.</translation>
    </message>
  </context>
</TS>
