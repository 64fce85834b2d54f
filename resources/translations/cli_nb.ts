<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>    {what:&lt;10} {old}  (unchanged)</source>
      <translation>    {what:&lt;10} {old}  (uendret)</translation>
    </message>
    <message>
      <source>  Incoming:</source>
      <translation>  Innkommende:</translation>
    </message>
    <message>
      <source>  Outgoing:</source>
      <translation>  Utgående:</translation>
    </message>
    <message>
      <source>  Updated in place (old → new):</source>
      <translation>  Oppdatert på stedet (gammel → ny):</translation>
    </message>
    <message>
      <source>--password-stdin was given, but standard input held no password.</source>
      <translation>--password-stdin ble oppgitt, men standard inndata inneholdt ikke noe passord.</translation>
    </message>
    <message>
      <source>--password-stdin was given, but there is no standard input to read the password from.</source>
      <translation>--password-stdin ble oppgitt, men det finnes ingen standard inndata å lese passordet fra.</translation>
    </message>
    <message>
      <source>--sign-in needs a provider file that registers this wizard for sign-in ([oauth2]); {address} has none.</source>
      <translation>--sign-in krever en leverandørfil som registrerer denne veiviseren for innlogging ([oauth2]); {address} har ingen.</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>KOMMANDO</translation>
    </message>
    <message>
      <source>Checking the settings found from {source}:</source>
      <translation>Kontrollerer innstillingene funnet via {source}:</translation>
    </message>
    <message>
      <source>Finds your e-mail provider's settings, tests them, and sets up your mail programs. Without a command, the wizard window opens.</source>
      <translation>Finner innstillingene til e-postleverandøren din, tester dem og setter opp e-postprogrammene dine. Uten en kommando åpnes veiviservinduet.</translation>
    </message>
    <message>
      <source>Help: {name} {contact}</source>
      <translation>Hjelp: {name} {contact}</translation>
    </message>
    <message>
      <source>Its mail servers show a new self-signed certificate that {provider} announced (SHA-256 {sha256}); no authority vouches for it, so the commands accept exactly that one with --accept-fingerprint.</source>
      <translation>E-postserverne viser et nytt selvsignert sertifikat som {provider} har varslet (SHA-256 {sha256}); ingen myndighet går god for det, så kommandoene godtar akkurat det med --accept-fingerprint.</translation>
    </message>
    <message>
      <source>Its mail servers show a self-signed certificate (SHA-256 {sha256}) that {provider} did not announce; no authority vouches for it.</source>
      <translation>E-postserverne viser et selvsignert sertifikat (SHA-256 {sha256}) som {provider} ikke har varslet; ingen myndighet går god for det.</translation>
    </message>
    <message>
      <source>NOT ENCRYPTED</source>
      <translation type="vanished">IKKE KRYPTERT</translation>
    </message>
    <message>
      <source>No existing account for {address} was found; nothing to move. To add one, use: mailsetup write {address} --client thunderbird</source>
      <translation>Fant ingen eksisterende konto for {address}; ingenting å flytte. Opprett en med: mailsetup write {address} --client thunderbird</translation>
    </message>
    <message>
      <source>No settings were found for {address}; give the servers with --imap, --pop3 and --smtp HOST:PORT:SECURITY.</source>
      <translation>Det ble ikke funnet noen innstillinger for {address}; oppgi serverne med --imap, --pop3 og --smtp VERT:PORT:SIKKERHET.</translation>
    </message>
    <message>
      <source>Nothing was changed (--dry-run).</source>
      <translation>Ingenting ble endret (--dry-run).</translation>
    </message>
    <message>
      <source>Point the commands at it with: {options}</source>
      <translation type="vanished">Pek kommandoene mot den med: {options}</translation>
    </message>
    <message>
      <source>Port 25 can be staged for the commands only where the demo may listen on port 25 (as root); the window always meets it.</source>
      <translation>Port 25 kan bare iscenesettes for kommandoene der demoen får lytte på port 25 (som root); vinduet møter den alltid.</translation>
    </message>
    <message>
      <source>Press Ctrl+C to stop it.</source>
      <translation>Trykk Ctrl+C for å stoppe den.</translation>
    </message>
    <message>
      <source>Provider without a name</source>
      <translation>Leverandør uten navn</translation>
    </message>
    <message>
      <source>Provider: {provider}</source>
      <translation>Leverandør: {provider}</translation>
    </message>
    <message>
      <source>Reference for support: {reference}</source>
      <translation>Referanse til kundestøtte: {reference}</translation>
    </message>
    <message>
      <source>Report saved as {path}</source>
      <translation>Rapporten er lagret som {path}</translation>
    </message>
    <message>
      <source>Scene {scene}: {summary}</source>
      <translation>Scene {scene}: {summary}</translation>
    </message>
    <message>
      <source>Show the version and exit.</source>
      <translation>Vis versjonen og avslutt.</translation>
    </message>
    <message>
      <source>Sign in at {issuer} in your browser; the wizard waits for it.</source>
      <translation>Logg inn hos {issuer} i nettleseren; veiviseren venter på det.</translation>
    </message>
    <message>
      <source>Signed in at {issuer} with the sign-in kept in this computer's keyring.</source>
      <translation>Logget inn hos {issuer} med innloggingen som er lagret i datamaskinens nøkkelring.</translation>
    </message>
    <message>
      <source>Signed in at {issuer}.</source>
      <translation>Logget inn hos {issuer}.</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({problem}). Run again with MAILSETUP_DEBUG=1 to see the details.</source>
      <translation>Noe uventet gikk galt ({problem}). Kjør på nytt med MAILSETUP_DEBUG=1 for å se detaljene.</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Stoppet.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is the one {provider} announced (SHA-256 {sha256}).</source>
      <translation>Sertifikatet for {host}:{port} er det {provider} har varslet (SHA-256 {sha256}).</translation>
    </message>
    <message>
      <source>The commands keep certificate decisions in the demo's own folder ({folder}), never in yours; --providers gives them the demo provider's pack.</source>
      <translation>Kommandoene lagrer beslutninger om sertifikater i demoens egen mappe ({folder}), aldri i din; --providers gir dem demoleverandørens pakke.</translation>
    </message>
    <message>
      <source>The demo provider is running on this computer. Sign in as {user} with the password {password}</source>
      <translation>Demoleverandøren kjører på denne datamaskinen. Logg inn som {user} med passordet {password}</translation>
    </message>
    <message>
      <source>The provider gave no sign-in to keep (no refresh token), so nothing was stored.</source>
      <translation>Leverandøren ga ingen innlogging å ta vare på (ingen refresh-token), så ingenting ble lagret.</translation>
    </message>
    <message>
      <source>The report could not be saved as {path}: {problem}</source>
      <translation>Rapporten kunne ikke lagres som {path}: {problem}</translation>
    </message>
    <message>
      <source>Webmail: {url}</source>
      <translation>Webmail: {url}</translation>
    </message>
    <message>
      <source>a Thunderbird profile folder to update (default: every profile found)</source>
      <translation>en Thunderbird-profilmappe som skal oppdateres (standard: alle profiler som finnes)</translation>
    </message>
    <message>
      <source>accept the server certificate with this SHA-256 fingerprint</source>
      <translation>godta serversertifikatet med dette SHA-256-fingeravtrykket</translation>
    </message>
    <message>
      <source>also read provider packs (*.toml) from this folder; a pack there replaces a bundled one with the same id</source>
      <translation>les også leverandørpakker (*.toml) fra denne mappen; en pakke der erstatter en medfølgende pakke med samme id</translation>
    </message>
    <message>
      <source>also save the report as a web page you can send to support</source>
      <translation>lagre også rapporten som en nettside du kan sende til brukerstøtte</translation>
    </message>
    <message>
      <source>also trust the certificate authorities in this PEM file</source>
      <translation>stol også på sertifikatutstederne i denne PEM-filen</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>tvetydig valg: %(option)s kan passe med %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>ask this DNS server instead of the system's</source>
      <translation>spør denne DNS-serveren i stedet for systemets</translation>
    </message>
    <message>
      <source>asking</source>
      <translation type="vanished">spør</translation>
    </message>
    <message>
      <source>base URL of the ISPDB (the domain is appended)</source>
      <translation>grunn-URL for ISPDB (domenet legges til)</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation type="vanished">avbrutt</translation>
    </message>
    <message>
      <source>encrypted (SSL/TLS)</source>
      <translation type="vanished">kryptert (SSL/TLS)</translation>
    </message>
    <message>
      <source>encrypted (STARTTLS)</source>
      <translation type="vanished">kryptert (STARTTLS)</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>forventet minst ett argument</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>forventet høyst ett argument</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>forventet ett argument</translation>
    </message>
    <message>
      <source>failed</source>
      <translation type="vanished">mislyktes</translation>
    </message>
    <message>
      <source>find the settings for an e-mail address</source>
      <translation>finn innstillingene for en e-postadresse</translation>
    </message>
    <message>
      <source>found</source>
      <translation type="vanished">funnet</translation>
    </message>
    <message>
      <source>give up waiting after this many seconds (default 30)</source>
      <translation>gi opp å vente etter så mange sekunder (standard 30)</translation>
    </message>
    <message>
      <source>give up waiting after this many seconds (default 8)</source>
      <translation>slutt å vente etter så mange sekunder (standard 8)</translation>
    </message>
    <message>
      <source>global options</source>
      <translation>generelle valg</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>ignorerte det oppgitte argumentet %r</translation>
    </message>
    <message>
      <source>incoming</source>
      <translation>innkommende</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>ugyldig %(type)s-verdi: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
      <source>language of messages: en, da or nb</source>
      <translation>språk for meldinger: en, da eller nb</translation>
    </message>
    <message>
      <source>list the rehearsal scenes, one line each, and exit</source>
      <translation>vis øvingsscenene, én linje hver, og avslutt</translation>
    </message>
    <message>
      <source>move existing accounts for an address to the servers found now, in place</source>
      <translation>flytt eksisterende kontoer for en adresse over til serverne som finnes nå, uten å lage nye</translation>
    </message>
    <message>
      <source>needs your confirmation</source>
      <translation>krever din bekreftelse</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation type="vanished">ikke svar i tide</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>ikke tillatt sammen med argumentet %s</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation type="vanished">ingenting funnet</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>ett av argumentene %s må oppgis</translation>
    </message>
    <message>
      <source>only show what would change</source>
      <translation>bare vis hva som ville blitt endret</translation>
    </message>
    <message>
      <source>open the wizard on the built-in demo provider (no internet needed)</source>
      <translation>åpne veiviseren med den innebygde demoleverandøren (trenger ikke internett)</translation>
    </message>
    <message>
      <source>options</source>
      <translation>valg</translation>
    </message>
    <message>
      <source>outgoing</source>
      <translation>utgående</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>posisjonsargumenter</translation>
    </message>
    <message>
      <source>print one JSON object instead of lines for people</source>
      <translation>skriv ut ett JSON-objekt i stedet for linjer for mennesker</translation>
    </message>
    <message>
      <source>read the password from standard input (never give it on the command line)</source>
      <translation>les passordet fra standard inndata (oppgi det aldri på kommandolinjen)</translation>
    </message>
    <message>
      <source>remove the password and the kept sign-in stored for an address from the system keyring</source>
      <translation>fjern passordet og innloggingen som er lagret for en adresse, fra systemets nøkkelring</translation>
    </message>
    <message>
      <source>remove the password stored for an address from the system keyring</source>
      <translation type="vanished">fjern passordet som er lagret for en adresse, fra systemets nøkkelring</translation>
    </message>
    <message>
      <source>run as this provider's wizard: its pack applies to every address (for example altibox or mamut)</source>
      <translation>kjør som denne leverandørens veiviser: pakken gjelder for alle adresser (for eksempel altibox eller mamut)</translation>
    </message>
    <message>
      <source>run only the demo provider, without the window, and print how to reach it</source>
      <translation>kjør bare demoleverandøren, uten vindu, og skriv hvordan den nås</translation>
    </message>
    <message>
      <source>send one test message to yourself and look for it</source>
      <translation>send én testmelding til deg selv og se etter den</translation>
    </message>
    <message>
      <source>set up the account in a mail program, or write a settings sheet</source>
      <translation>sett opp kontoen i et e-postprogram, eller skriv et innstillingsark</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
      <source>sign in at the provider first, where its provider file registers this wizard (with the sign-in kept in this computer's keyring, else in your browser), and prove the logins with that sign-in</source>
      <translation>logg først inn hos leverandøren, der leverandørfilen registrerer denne veiviseren (med innloggingen som er lagret i datamaskinens nøkkelring, ellers i nettleseren), og bevis innloggingene med den innloggingen</translation>
    </message>
    <message>
      <source>sign in at the provider in your browser first, where its provider file registers this wizard, and prove the logins with that sign-in</source>
      <translation type="vanished">logg først inn hos leverandøren i nettleseren, der leverandørfilen registrerer denne veiviseren, og bevis innloggingene med den innloggingen</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation type="vanished">hoppet over</translation>
    </message>
    <message>
      <source>stage one support call on the demo provider (see --scenes)</source>
      <translation>iscenesett én supportsamtale hos demoleverandøren (se --scenes)</translation>
    </message>
    <message>
      <source>test the servers for an e-mail address and explain what works</source>
      <translation>test serverne for en e-postadresse og forklar hva som virker</translation>
    </message>
    <message>
      <source>the DNS server (the system's or --dns) validates DNSSEC: believe its signed answers without asking</source>
      <translation>DNS-serveren (systemets eller --dns) validerer DNSSEC: stol på de signerte svarene uten å spørre</translation>
    </message>
    <message>
      <source>the Thunderbird profile folder (default: the default profile)</source>
      <translation>Thunderbird-profilmappen (standard: standardprofilen)</translation>
    </message>
    <message>
      <source>the folder for written files</source>
      <translation>mappen for filene som skrives</translation>
    </message>
    <message>
      <source>the folder with Apple and Outlook files written earlier (they are rewritten there)</source>
      <translation>mappen med Apple- og Outlook-filer som er skrevet tidligere (de skrives på nytt der)</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>disse argumentene mangler: %s</translation>
    </message>
    <message>
      <source>the mail program: thunderbird, outlook, apple or sheet</source>
      <translation>e-postprogrammet: thunderbird, outlook, apple eller sheet (innstillingsark)</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>pålitelig</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>ukjent kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>bruk: </translation>
    </message>
    <message>
      <source>use this Exchange web service (EWS) address instead of discovering one, e.g. https://mail.example.com/EWS/Exchange.asmx</source>
      <translation>bruk denne adressen til Exchange-nettjenesten (EWS) i stedet for å finne en, f.eks. https://mail.example.com/EWS/Exchange.asmx</translation>
    </message>
    <message>
      <source>use this server instead of discovering one (security: tls, starttls or plain)</source>
      <translation>bruk denne serveren i stedet for å finne en (sikkerhet: tls, starttls eller plain)</translation>
    </message>
    <message>
      <source>username</source>
      <translation>brukernavn</translation>
    </message>
    <message>
      <source>which kind of account to set up</source>
      <translation>hva slags konto som skal settes opp</translation>
    </message>
    <message>
      <source>with --serve: stop after this many seconds (default: until Ctrl+C)</source>
      <translation>med --serve: stopp etter så mange sekunder (standard: til Ctrl+C)</translation>
    </message>
    <message>
      <source>with --sign-in: keep the sign-in in this computer's keyring for later checks</source>
      <translation type="vanished">med --sign-in: ta vare på innloggingen i datamaskinens nøkkelring til senere sjekker</translation>
    </message>
    <message>
      <source>with --sign-in: keep the sign-in in this computer's keyring, so later checks sign in without the browser</source>
      <translation>med --sign-in: ta vare på innloggingen i datamaskinens nøkkelring, så senere sjekker logger inn uten nettleseren</translation>
    </message>
    <message>
      <source>your e-mail address, such as name@example.com</source>
      <translation>e-postadressen din, for eksempel navn@eksempel.no</translation>
    </message>
    <message>
      <source>{client} ({location}): the account for {address} uses {host}, which is being switched off.</source>
      <translation>{client} ({location}): kontoen for {address} bruker {host}, som blir slått av.</translation>
    </message>
    <message>
      <source>{client} ({location}, {key}) already uses the servers found now.</source>
      <translation>{client} ({location}, {key}) bruker allerede serverne som finnes nå.</translation>
    </message>
    <message>
      <source>{client} ({location}, {key}) points at other servers:</source>
      <translation>{client} ({location}, {key}) peker på andre servere:</translation>
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
      <translation>{problem} --keep-sign-in krever en nøkkelring i systemet som lagrer innloggingen kryptert; ingenting ble kontrollert.</translation>
    </message>
    <message>
      <source>{provider} asks you to do these things by hand:</source>
      <translation>{provider} ber deg gjøre disse tingene selv:</translation>
    </message>
    <message>
      <source>{provider} moves to new servers on {date}. Do these things by hand:</source>
      <translation>{provider} bytter til nye servere {date}. Gjør disse tingene selv:</translation>
    </message>
    <message>
      <source>{purpose} (ends with exit code {code}):</source>
      <translation>{purpose} (avslutter med returkode {code}):</translation>
    </message>
    <message>
      <source>{rank}. {provider} — from {source}, {trust}</source>
      <translation>{rank}. {provider} — fra {source}, {trust}</translation>
    </message>
    <message>
      <source>{said} Nothing was checked.</source>
      <translation>{said} Ingenting ble kontrollert.</translation>
    </message>
    <message>
      <source>“{command}” is not available in this version of mailsetup yet.</source>
      <translation type="vanished">«{command}» finnes ennå ikke i denne versjonen av mailsetup.</translation>
    </message>
    <message>
      <source>“{value}” is not a number of seconds.</source>
      <translation>«{value}» er ikke et antall sekunder.</translation>
    </message>
  </context>
</TS>
