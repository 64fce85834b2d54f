<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>    {what:&lt;10} {old}  (unchanged)</source>
      <translation>    {what:&lt;10} {old}  (uændret)</translation>
    </message>
    <message>
      <source>  Incoming:</source>
      <translation>  Indgående:</translation>
    </message>
    <message>
      <source>  Outgoing:</source>
      <translation>  Udgående:</translation>
    </message>
    <message>
      <source>  Updated in place (old → new):</source>
      <translation>  Opdateret på stedet (gammel → ny):</translation>
    </message>
    <message>
      <source>--password-stdin was given, but standard input held no password.</source>
      <translation>--password-stdin blev angivet, men standardinput indeholdt ingen adgangskode.</translation>
    </message>
    <message>
      <source>--password-stdin was given, but there is no standard input to read the password from.</source>
      <translation>--password-stdin blev angivet, men der er intet standardinput at læse adgangskoden fra.</translation>
    </message>
    <message>
      <source>--sign-in needs a provider file that registers this wizard for sign-in ([oauth2]); {address} has none.</source>
      <translation>--sign-in kræver en udbyderfil, der registrerer denne guide til login ([oauth2]); {address} har ingen.</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>KOMMANDO</translation>
    </message>
    <message>
      <source>Checking the settings found from {source}:</source>
      <translation>Kontrollerer indstillingerne fundet via {source}:</translation>
    </message>
    <message>
      <source>Finds your e-mail provider's settings, tests them, and sets up your mail programs. Without a command, the wizard window opens.</source>
      <translation>Finder din e-mailudbyders indstillinger, tester dem og opsætter dine e-mailprogrammer. Uden en kommando åbnes guidevinduet.</translation>
    </message>
    <message>
      <source>Help: {name} {contact}</source>
      <translation>Hjælp: {name} {contact}</translation>
    </message>
    <message>
      <source>Its mail servers show a new self-signed certificate that {provider} announced (SHA-256 {sha256}); no authority vouches for it, so the commands accept exactly that one with --accept-fingerprint.</source>
      <translation>Dens mailservere viser et nyt selvsigneret certifikat, som {provider} har varslet (SHA-256 {sha256}); ingen myndighed går i god for det, så kommandoerne godkender netop det med --accept-fingerprint.</translation>
    </message>
    <message>
      <source>Its mail servers show a self-signed certificate (SHA-256 {sha256}) that {provider} did not announce; no authority vouches for it.</source>
      <translation>Dens mailservere viser et selvsigneret certifikat (SHA-256 {sha256}), som {provider} ikke har varslet; ingen myndighed går i god for det.</translation>
    </message>
    <message>
      <source>NOT ENCRYPTED</source>
      <translation type="vanished">IKKE KRYPTERET</translation>
    </message>
    <message>
      <source>No existing account for {address} was found; nothing to move. To add one, use: mailsetup write {address} --client thunderbird</source>
      <translation>Der blev ikke fundet nogen eksisterende konto for {address}; der er intet at flytte. Opret en med: mailsetup write {address} --client thunderbird</translation>
    </message>
    <message>
      <source>No settings were found for {address}; give the servers with --imap, --pop3 and --smtp HOST:PORT:SECURITY.</source>
      <translation>Der blev ikke fundet nogen indstillinger for {address}; angiv serverne med --imap, --pop3 og --smtp VÆRT:PORT:SIKKERHED.</translation>
    </message>
    <message>
      <source>Nothing was changed (--dry-run).</source>
      <translation>Intet blev ændret (--dry-run).</translation>
    </message>
    <message>
      <source>Point the commands at it with: {options}</source>
      <translation type="vanished">Peg kommandoerne på den med: {options}</translation>
    </message>
    <message>
      <source>Port 25 can be staged for the commands only where the demo may listen on port 25 (as root); the window always meets it.</source>
      <translation>Port 25 kan kun iscenesættes for kommandoerne, hvor demoen må lytte på port 25 (som root); vinduet møder den altid.</translation>
    </message>
    <message>
      <source>Press Ctrl+C to stop it.</source>
      <translation>Tryk Ctrl+C for at stoppe den.</translation>
    </message>
    <message>
      <source>Provider without a name</source>
      <translation>Udbyder uden navn</translation>
    </message>
    <message>
      <source>Provider: {provider}</source>
      <translation>Udbyder: {provider}</translation>
    </message>
    <message>
      <source>Reference for support: {reference}</source>
      <translation>Reference til support: {reference}</translation>
    </message>
    <message>
      <source>Report saved as {path}</source>
      <translation>Rapporten er gemt som {path}</translation>
    </message>
    <message>
      <source>Scene {scene}: {summary}</source>
      <translation>Scene {scene}: {summary}</translation>
    </message>
    <message>
      <source>Show the version and exit.</source>
      <translation>Vis versionen og afslut.</translation>
    </message>
    <message>
      <source>Sign in at {issuer} in your browser; the wizard waits for it.</source>
      <translation>Log ind hos {issuer} i din browser; guiden venter på det.</translation>
    </message>
    <message>
      <source>Signed in at {issuer} with the sign-in kept in this computer's keyring.</source>
      <translation>Logget ind hos {issuer} med det login, der er gemt i computerens nøglering.</translation>
    </message>
    <message>
      <source>Signed in at {issuer}.</source>
      <translation>Logget ind hos {issuer}.</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({problem}). Run again with MAILSETUP_DEBUG=1 to see the details.</source>
      <translation>Noget uventet gik galt ({problem}). Kør igen med MAILSETUP_DEBUG=1 for at se detaljerne.</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Stoppet.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is the one {provider} announced (SHA-256 {sha256}).</source>
      <translation>Certifikatet for {host}:{port} er det, {provider} har varslet (SHA-256 {sha256}).</translation>
    </message>
    <message>
      <source>The commands keep certificate decisions in the demo's own folder ({folder}), never in yours; --providers gives them the demo provider's pack.</source>
      <translation>Kommandoerne gemmer beslutninger om certifikater i demoens egen mappe ({folder}), aldrig i din; --providers giver dem demoudbyderens pakke.</translation>
    </message>
    <message>
      <source>The demo provider is running on this computer. Sign in as {user} with the password {password}</source>
      <translation>Demoudbyderen kører på denne computer. Log ind som {user} med adgangskoden {password}</translation>
    </message>
    <message>
      <source>The provider gave no sign-in to keep (no refresh token), so nothing was stored.</source>
      <translation>Udbyderen gav intet login at gemme (intet refresh-token), så intet blev gemt.</translation>
    </message>
    <message>
      <source>The report could not be saved as {path}: {problem}</source>
      <translation>Rapporten kunne ikke gemmes som {path}: {problem}</translation>
    </message>
    <message>
      <source>Webmail: {url}</source>
      <translation>Webmail: {url}</translation>
    </message>
    <message>
      <source>a Thunderbird profile folder to update (default: every profile found)</source>
      <translation>en Thunderbird-profilmappe, der skal opdateres (standard: alle fundne profiler)</translation>
    </message>
    <message>
      <source>accept the server certificate with this SHA-256 fingerprint</source>
      <translation>godkend servercertifikatet med dette SHA-256-fingeraftryk</translation>
    </message>
    <message>
      <source>also read provider packs (*.toml) from this folder; a pack there replaces a bundled one with the same id</source>
      <translation>læs også udbyderpakker (*.toml) fra denne mappe; en pakke dér erstatter en medfølgende pakke med samme id</translation>
    </message>
    <message>
      <source>also save the report as a web page you can send to support</source>
      <translation>gem også rapporten som en webside, du kan sende til support</translation>
    </message>
    <message>
      <source>also trust the certificate authorities in this PEM file</source>
      <translation>stol også på certifikatudstederne i denne PEM-fil</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>tvetydigt tilvalg: %(option)s kan passe med %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>ask this DNS server instead of the system's</source>
      <translation>spørg denne DNS-server i stedet for systemets</translation>
    </message>
    <message>
      <source>asking</source>
      <translation type="vanished">spørger</translation>
    </message>
    <message>
      <source>base URL of the ISPDB (the domain is appended)</source>
      <translation>grund-URL for ISPDB (domænet tilføjes)</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation type="vanished">annulleret</translation>
    </message>
    <message>
      <source>encrypted (SSL/TLS)</source>
      <translation type="vanished">krypteret (SSL/TLS)</translation>
    </message>
    <message>
      <source>encrypted (STARTTLS)</source>
      <translation type="vanished">krypteret (STARTTLS)</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>forventede mindst ét argument</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>forventede højst ét argument</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>forventede ét argument</translation>
    </message>
    <message>
      <source>failed</source>
      <translation type="vanished">mislykkedes</translation>
    </message>
    <message>
      <source>find the settings for an e-mail address</source>
      <translation>find indstillingerne for en e-mailadresse</translation>
    </message>
    <message>
      <source>found</source>
      <translation type="vanished">fundet</translation>
    </message>
    <message>
      <source>give up waiting after this many seconds (default 30)</source>
      <translation>opgiv at vente efter så mange sekunder (standard 30)</translation>
    </message>
    <message>
      <source>give up waiting after this many seconds (default 8)</source>
      <translation>stop med at vente efter så mange sekunder (standard 8)</translation>
    </message>
    <message>
      <source>global options</source>
      <translation>generelle tilvalg</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>ignorerede det angivne argument %r</translation>
    </message>
    <message>
      <source>incoming</source>
      <translation>indgående</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
      <source>language of messages: en, da or nb</source>
      <translation>sprog for beskeder: en, da eller nb</translation>
    </message>
    <message>
      <source>list the rehearsal scenes, one line each, and exit</source>
      <translation>vis øvescenerne, én linje hver, og afslut</translation>
    </message>
    <message>
      <source>move existing accounts for an address to the servers found now, in place</source>
      <translation>flyt eksisterende konti for en adresse over på de servere, der findes nu, uden at lave nye</translation>
    </message>
    <message>
      <source>needs your confirmation</source>
      <translation>kræver din bekræftelse</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation type="vanished">intet svar i tide</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation type="vanished">intet fundet</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
      <source>only show what would change</source>
      <translation>vis kun, hvad der ville blive ændret</translation>
    </message>
    <message>
      <source>open the wizard on the built-in demo provider (no internet needed)</source>
      <translation>åbn guiden med den indbyggede demo-udbyder (kræver ikke internet)</translation>
    </message>
    <message>
      <source>options</source>
      <translation>tilvalg</translation>
    </message>
    <message>
      <source>outgoing</source>
      <translation>udgående</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>positionelle argumenter</translation>
    </message>
    <message>
      <source>print one JSON object instead of lines for people</source>
      <translation>udskriv ét JSON-objekt i stedet for linjer til mennesker</translation>
    </message>
    <message>
      <source>read the password from standard input (never give it on the command line)</source>
      <translation>læs adgangskoden fra standardinput (angiv den aldrig på kommandolinjen)</translation>
    </message>
    <message>
      <source>remove the password and the kept sign-in stored for an address from the system keyring</source>
      <translation>fjern den gemte adgangskode og det gemte login for en adresse fra systemets nøglering</translation>
    </message>
    <message>
      <source>remove the password stored for an address from the system keyring</source>
      <translation type="vanished">fjern den gemte adgangskode for en adresse fra systemets nøglering</translation>
    </message>
    <message>
      <source>run as this provider's wizard: its pack applies to every address (for example altibox or mamut)</source>
      <translation>kør som denne udbyders guide: dens pakke gælder for alle adresser (f.eks. altibox eller mamut)</translation>
    </message>
    <message>
      <source>run only the demo provider, without the window, and print how to reach it</source>
      <translation>kør kun demoudbyderen, uden vindue, og skriv, hvordan den nås</translation>
    </message>
    <message>
      <source>send one test message to yourself and look for it</source>
      <translation>send én testbesked til dig selv og find den igen</translation>
    </message>
    <message>
      <source>set up the account in a mail program, or write a settings sheet</source>
      <translation>opsæt kontoen i et e-mailprogram, eller skriv et indstillingsark</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
      <source>sign in at the provider first, where its provider file registers this wizard (with the sign-in kept in this computer's keyring, else in your browser), and prove the logins with that sign-in</source>
      <translation>log først ind hos udbyderen, hvor dens udbyderfil registrerer denne guide (med det login, der er gemt i computerens nøglering, ellers i din browser), og bevis logins med det login</translation>
    </message>
    <message>
      <source>sign in at the provider in your browser first, where its provider file registers this wizard, and prove the logins with that sign-in</source>
      <translation type="vanished">log først ind hos udbyderen i din browser, hvor dens udbyderfil registrerer denne guide, og bevis logins med det logind</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation type="vanished">sprunget over</translation>
    </message>
    <message>
      <source>stage one support call on the demo provider (see --scenes)</source>
      <translation>iscenesæt én supportsamtale hos demoudbyderen (se --scenes)</translation>
    </message>
    <message>
      <source>test the servers for an e-mail address and explain what works</source>
      <translation>test serverne for en e-mailadresse og forklar, hvad der virker</translation>
    </message>
    <message>
      <source>the DNS server (the system's or --dns) validates DNSSEC: believe its signed answers without asking</source>
      <translation>DNS-serveren (systemets eller --dns) validerer DNSSEC: stol på dens signerede svar uden at spørge</translation>
    </message>
    <message>
      <source>the Thunderbird profile folder (default: the default profile)</source>
      <translation>Thunderbird-profilmappen (standard: standardprofilen)</translation>
    </message>
    <message>
      <source>the folder for written files</source>
      <translation>mappen til de skrevne filer</translation>
    </message>
    <message>
      <source>the folder with Apple and Outlook files written earlier (they are rewritten there)</source>
      <translation>mappen med Apple- og Outlook-filer, der er skrevet tidligere (de skrives igen dér)</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>følgende argumenter mangler: %s</translation>
    </message>
    <message>
      <source>the mail program: thunderbird, outlook, apple or sheet</source>
      <translation>e-mailprogrammet: thunderbird, outlook, apple eller sheet (indstillingsark)</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>pålidelig</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>ukendt kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>brug: </translation>
    </message>
    <message>
      <source>use this Exchange web service (EWS) address instead of discovering one, e.g. https://mail.example.com/EWS/Exchange.asmx</source>
      <translation>brug denne adresse til Exchange-webtjenesten (EWS) i stedet for at finde en, f.eks. https://mail.example.com/EWS/Exchange.asmx</translation>
    </message>
    <message>
      <source>use this server instead of discovering one (security: tls, starttls or plain)</source>
      <translation>brug denne server i stedet for at finde en (sikkerhed: tls, starttls eller plain)</translation>
    </message>
    <message>
      <source>username</source>
      <translation>brugernavn</translation>
    </message>
    <message>
      <source>which kind of account to set up</source>
      <translation>hvilken slags konto der skal opsættes</translation>
    </message>
    <message>
      <source>with --serve: stop after this many seconds (default: until Ctrl+C)</source>
      <translation>med --serve: stop efter så mange sekunder (standard: indtil Ctrl+C)</translation>
    </message>
    <message>
      <source>with --sign-in: keep the sign-in in this computer's keyring for later checks</source>
      <translation type="vanished">med --sign-in: gem logind i computerens nøglering til senere tjek</translation>
    </message>
    <message>
      <source>with --sign-in: keep the sign-in in this computer's keyring, so later checks sign in without the browser</source>
      <translation>med --sign-in: gem dit login i computerens nøglering, så senere tjek logger ind uden browseren</translation>
    </message>
    <message>
      <source>your e-mail address, such as name@example.com</source>
      <translation>din e-mailadresse, fx navn@eksempel.dk</translation>
    </message>
    <message>
      <source>{client} ({location}): the account for {address} uses {host}, which is being switched off.</source>
      <translation>{client} ({location}): kontoen for {address} bruger {host}, som udgår.</translation>
    </message>
    <message>
      <source>{client} ({location}, {key}) already uses the servers found now.</source>
      <translation>{client} ({location}, {key}) bruger allerede de servere, der findes nu.</translation>
    </message>
    <message>
      <source>{client} ({location}, {key}) points at other servers:</source>
      <translation>{client} ({location}, {key}) peger på andre servere:</translation>
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}: {status} ({ms} ms)</source>
      <translation>{mark} {source:&lt;12} {target}: {status} ({ms} ms)</translation>
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}: {status} ({ms} ms) — {detail}</source>
      <translation>{mark} {source:&lt;12} {target}: {status} ({ms} ms) — {detail}</translation>
    </message>
    <message>
      <source>{problem} --keep-sign-in needs a system keyring that keeps the sign-in encrypted; nothing was checked.</source>
      <translation>{problem} --keep-sign-in kræver en nøglering i systemet, der gemmer dit login krypteret; intet blev kontrolleret.</translation>
    </message>
    <message>
      <source>{provider} asks you to do these things by hand:</source>
      <translation>{provider} beder dig gøre disse ting selv:</translation>
    </message>
    <message>
      <source>{provider} moves to new servers on {date}. Do these things by hand:</source>
      <translation>{provider} skifter til nye servere den {date}. Gør disse ting selv:</translation>
    </message>
    <message>
      <source>{purpose} (ends with exit code {code}):</source>
      <translation>{purpose} (slutter med afslutningskode {code}):</translation>
    </message>
    <message>
      <source>{rank}. {provider} — from {source}, {trust}</source>
      <translation>{rank}. {provider} — fra {source}, {trust}</translation>
    </message>
    <message>
      <source>{said} Nothing was checked.</source>
      <translation>{said} Intet blev kontrolleret.</translation>
    </message>
    <message>
      <source>“{command}” is not available in this version of mailsetup yet.</source>
      <translation type="vanished">“{command}” findes endnu ikke i denne version af mailsetup.</translation>
    </message>
    <message>
      <source>“{value}” is not a number of seconds.</source>
      <translation>“{value}” er ikke et antal sekunder.</translation>
    </message>
  </context>
</TS>
