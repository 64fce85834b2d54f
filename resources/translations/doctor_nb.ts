<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>A firewall on your network or at the provider may block port {port}, or the server is down. Try another network (such as a phone's hotspot) to tell which.</source>
      <translation>En brannmur på nettverket ditt eller hos leverandøren blokkerer kanskje port {port}, eller serveren er nede. Prøv et annet nettverk (for eksempel en telefons hotspot) for å se hva det er.</translation>
    </message>
    <message>
      <source>A mail program cannot sign in to this server the way these settings say. Check the server name against your provider's instructions; if it is right, tell your provider.</source>
      <translation>Et e-postprogram kan ikke logge inn på denne serveren slik innstillingene sier. Sammenlign servernavnet med veiledningen fra leverandøren; hvis det stemmer, si fra til leverandøren.</translation>
    </message>
    <message>
      <source>A test message to {address} was sent and found in the inbox after {seconds} seconds.</source>
      <translation>En testmelding til {address} ble sendt og funnet i innboksen etter {seconds} sekunder.</translation>
    </message>
    <message>
      <source>A test message to {address} was sent and found in the inbox over POP3 after {seconds} seconds.</source>
      <translation>En testmelding til {address} ble sendt og funnet i innboksen via POP3 etter {seconds} sekunder.</translation>
    </message>
    <message>
      <source>Accept it only if your provider confirms this exact fingerprint. Then run the check again with --accept-fingerprint {sha256} (or choose Accept in the wizard); from then on only this certificate is accepted for {host}:{port}.</source>
      <translation type="vanished">Godta det bare hvis leverandøren din bekrefter nøyaktig dette fingeravtrykket. Kjør så kontrollen på nytt med --accept-fingerprint {sha256} (eller velg Godta i veiviseren); deretter godtas bare dette sertifikatet for {host}:{port}.</translation>
    </message>
    <message>
      <source>Accept it only if your provider confirms this exact fingerprint; from then on only this certificate is accepted for {host}:{port}.</source>
      <translation>Godta det bare hvis leverandøren din bekrefter akkurat dette fingeravtrykket; deretter godtas bare dette sertifikatet for {host}:{port}.</translation>
    </message>
    <message>
      <source>Accept it to continue (choose Accept in the wizard, or run the check again with --accept-fingerprint {sha256}); from then on only this certificate is accepted for {host}:{port}.</source>
      <translation type="vanished">Godta det for å fortsette (velg Godta i veiviseren, eller kjør kontrollen på nytt med --accept-fingerprint {sha256}); deretter godtas bare dette sertifikatet for {host}:{port}.</translation>
    </message>
    <message>
      <source>Accept it to continue; from then on only this certificate is accepted for {host}:{port}.</source>
      <translation>Godta det for å fortsette; deretter godtas bare dette sertifikatet for {host}:{port}.</translation>
    </message>
    <message>
      <source>Ask your provider which mail programs can sign in to this Exchange server.</source>
      <translation>Spør leverandøren din hvilke e-postprogrammer som kan logge inn på denne Exchange-serveren.</translation>
    </message>
    <message>
      <source>Ask your provider which server takes the sign-in; the provider file may name the wrong one.</source>
      <translation>Spør leverandøren din hvilken server som tar imot innloggingen; leverandørfilen nevner kanskje feil server.</translation>
    </message>
    <message>
      <source>Check that port {port} is the {service} port of this server. If it is, something on the network may be interfering.</source>
      <translation>Sjekk at port {port} er serverens {service}-port. Hvis den er det, kan noe på nettverket blande seg inn.</translation>
    </message>
    <message>
      <source>Check the Exchange address with your provider; it usually ends in /EWS/Exchange.asmx.</source>
      <translation>Sjekk Exchange-adressen med leverandøren din; den slutter vanligvis på /EWS/Exchange.asmx.</translation>
    </message>
    <message>
      <source>Check the date and time of this computer. If they are right, the provider must fix the certificate; it cannot be accepted here.</source>
      <translation>Sjekk datoen og klokkeslettet på datamaskinen. Hvis de er riktige, må leverandøren rette sertifikatet; det kan ikke godtas her.</translation>
    </message>
    <message>
      <source>Check the port number. Your provider may offer {service} on another port.</source>
      <translation type="vanished">Sjekk portnummeret. Leverandøren din tilbyr kanskje {service} på en annen port.</translation>
    </message>
    <message>
      <source>Check the port number: your provider may offer {service} on another port. If the number is right, the server is down for now: try again later, or ask your provider whether it has a fault.</source>
      <translation>Sjekk portnummeret: leverandøren din tilbyr kanskje {service} på en annen port. Er nummeret riktig, er serveren nede akkurat nå: prøv igjen senere, eller spør leverandøren din om det er en feil.</translation>
    </message>
    <message>
      <source>Check the servers, then confirm them.</source>
      <translation>Kontroller serverne, og bekreft dem deretter.</translation>
    </message>
    <message>
      <source>Check the servers, then give them explicitly with --imap, --pop3 and --smtp (or confirm them in the wizard).</source>
      <translation type="vanished">Sjekk serverne, og oppgi dem så uttrykkelig med --imap, --pop3 og --smtp (eller bekreft dem i veiviseren).</translation>
    </message>
    <message>
      <source>Check the spelling of the server name. If it is right, the name service of your network or of the provider is failing; try again later or on another network.</source>
      <translation>Sjekk stavingen av servernavnet. Hvis det er riktig, svikter navneoppslaget på nettverket ditt eller hos leverandøren; prøv igjen senere eller på et annet nettverk.</translation>
    </message>
    <message>
      <source>Check this computer's date and time, then sign in again.</source>
      <translation>Sjekk dato og klokkeslett på datamaskinen, og logg så inn på nytt.</translation>
    </message>
    <message>
      <source>Create an app password in your account's security settings at your provider (often under two-step verification) and use it here instead of your normal password.</source>
      <translation>Opprett et app-passord i kontoens sikkerhetsinnstillinger hos leverandøren din (ofte under totrinnsbekreftelse), og bruk det her i stedet for det vanlige passordet ditt.</translation>
    </message>
    <message>
      <source>Create an app password in your account's security settings at {provider} and use it here instead of your normal password. This program does not know {provider}'s page for it; ask {support}: {support_url}</source>
      <translation>Opprett et app-passord i kontoens sikkerhetsinnstillinger hos {provider}, og bruk det her i stedet for det vanlige passordet ditt. Dette programmet kjenner ikke siden hos {provider} der du gjør det; spør {support}: {support_url}</translation>
    </message>
    <message>
      <source>Do not continue until your provider confirms that it changed its certificate. If it did, accept the new one with --accept-fingerprint {new}.</source>
      <translation type="vanished">Ikke fortsett før leverandøren din bekrefter at den har byttet sertifikat. Hvis den har det, godta det nye med --accept-fingerprint {new}.</translation>
    </message>
    <message>
      <source>Do not continue until your provider confirms that it changed its certificate. If it did, accept the new one.</source>
      <translation>Ikke fortsett før leverandøren din bekrefter at den har byttet sertifikat. Hvis den har det, godta det nye.</translation>
    </message>
    <message>
      <source>Do not switch to an unencrypted connection: your password could be read on the way. Someone on the network may be removing the offer; try another network, or use the server's SSL/TLS port.</source>
      <translation>Ikke bytt til en ukryptert tilkobling: passordet ditt kan leses underveis. Noen på nettverket fjerner kanskje tilbudet; prøv et annet nettverk, eller bruk serverens SSL/TLS-port.</translation>
    </message>
    <message>
      <source>Do not switch to an unencrypted connection: your password could be read on the way. Try another network, or use the server's SSL/TLS port, and tell your provider.</source>
      <translation>Ikke bytt til en ukryptert tilkobling: passordet ditt kan leses underveis. Prøv et annet nettverk, eller bruk serverens SSL/TLS-port, og si fra til leverandøren din.</translation>
    </message>
    <message>
      <source>Do not use this connection and do not accept the certificate: someone may be intercepting it. Try another network and tell your provider.</source>
      <translation>Ikke bruk denne tilkoblingen, og ikke godta sertifikatet: noen kan avlytte den. Prøv et annet nettverk, og si fra til leverandøren din.</translation>
    </message>
    <message>
      <source>Do not use this network for e-mail: it tampers with your connections. Try another network, or use the server's SSL/TLS port, and tell your provider.</source>
      <translation>Ikke bruk dette nettverket til e-post: det tukler med tilkoblingene dine. Prøv et annet nettverk, eller bruk serverens SSL/TLS-port, og si fra til leverandøren din.</translation>
    </message>
    <message>
      <source>Finish signing in in your browser, or start the sign-in again.</source>
      <translation>Fullfør innloggingen i nettleseren, eller start innloggingen på nytt.</translation>
    </message>
    <message>
      <source>Give the password with --password-stdin.</source>
      <translation>Oppgi passordet med --password-stdin.</translation>
    </message>
    <message>
      <source>Give the servers with --imap, --pop3 and --smtp HOST:PORT:SECURITY: finding them automatically is not available in this version.</source>
      <translation type="vanished">Oppgi serverne med --imap, --pop3 og --smtp VERT:PORT:SIKKERHET: automatisk søk finnes ikke i denne versjonen.</translation>
    </message>
    <message>
      <source>Give them explicitly with --imap, --pop3 and --smtp.</source>
      <translation>Oppgi dem uttrykkelig med --imap, --pop3 og --smtp.</translation>
    </message>
    <message>
      <source>HTTP 401, asks for {schemes}</source>
      <translation>HTTP 401, ber om {schemes}</translation>
    </message>
    <message>
      <source>HTTP 403</source>
      <translation>HTTP 403</translation>
    </message>
    <message>
      <source>HTTP {code}</source>
      <translation>HTTP {code}</translation>
    </message>
    <message>
      <source>If your provider confirms it, set {location} as the Exchange address.</source>
      <translation>Hvis leverandøren din bekrefter det, bruk {location} som Exchange-adresse.</translation>
    </message>
    <message>
      <source>If your provider says to use one of those names as the server name, change the setting to it. Otherwise someone may be intercepting the connection: do not continue.</source>
      <translation>Hvis leverandøren din sier at du skal bruke ett av de navnene som servernavn, endre innstillingen til det. Ellers kan noen avlytte tilkoblingen: ikke fortsett.</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” (tried first: {others}).</source>
      <translation>Logget inn på {service} på {host}:{port} som «{username}» (prøvde først: {others}).</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” with the sign-in from {issuer}.</source>
      <translation type="vanished">Logget inn på {service} på {host}:{port} som «{username}» med innloggingen fra {issuer}.</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” with the token from the sign-in ({mechanism}).</source>
      <translation>Logget inn på {service} på {host}:{port} som «{username}» med tokenet fra innloggingen ({mechanism}).</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” with the token from the sign-in.</source>
      <translation type="vanished">Logget inn på {service} på {host}:{port} som «{username}» med tokenet fra innloggingen.</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}”.</source>
      <translation>Logget inn på {service} på {host}:{port} som «{username}».</translation>
    </message>
    <message>
      <source>Look in your inbox for the message “{subject}”; you may delete it.</source>
      <translation>Se etter meldingen «{subject}» i innboksen din; du kan slette den etterpå.</translation>
    </message>
    <message>
      <source>No answer came back from the browser within {seconds} s.</source>
      <translation>Det kom ikke noe svar tilbake fra nettleseren innen {seconds} s.</translation>
    </message>
    <message>
      <source>No password was given, so logging in to {service} on {host}:{port} was not tried.</source>
      <translation>Det ble ikke oppgitt noe passord, så innlogging på {service} på {host}:{port} ble ikke prøvd.</translation>
    </message>
    <message>
      <source>No protected connection to {service} on {host}:{port} ({problem}), so the token was not sent.</source>
      <translation>Ingen beskyttet tilkobling til {service} på {host}:{port} ({problem}), så tokenet ble ikke sendt.</translation>
    </message>
    <message>
      <source>No test message to {address} was sent: it has to log in to send and to receive, and this check had no password to log in with.</source>
      <translation>Ingen testmelding til {address} ble sendt: den må logge inn for å sende og motta, og denne kontrollen hadde ikke noe passord å logge inn med.</translation>
    </message>
    <message>
      <source>No test message to {address} was sent: {provider} signs you in on its own page (OAuth2), and the test message would have to log in with your password, which those servers never get.</source>
      <translation type="vanished">Ingen testmelding til {address} ble sendt: {provider} logger deg inn på sin egen side (OAuth2), og testmeldingen måtte ha logget inn med passordet ditt, som de serverne aldri får.</translation>
    </message>
    <message>
      <source>No test message to {address} was sent: {provider} signs you in on its own page (OAuth2), and this check was not signed in there; your password never goes to those servers.</source>
      <translation>Ingen testmelding til {address} ble sendt: {provider} logger deg inn på sin egen side (OAuth2), og denne kontrollen var ikke logget inn der; passordet ditt sendes aldri til de serverne.</translation>
    </message>
    <message>
      <source>No web browser could be opened for the sign-in.</source>
      <translation>Ingen nettleser kunne åpnes for innloggingen.</translation>
    </message>
    <message>
      <source>Nothing to do now. When the mail program first connects, sign in on the page it opens (with two-step verification if you use it).</source>
      <translation>Du trenger ikke gjøre noe nå. Når e-postprogrammet kobler til første gang, logger du inn på siden det åpner (med totrinnsbekreftelse hvis du bruker det).</translation>
    </message>
    <message>
      <source>Or run the check again with --sign-in --send-test: mailsetup then signs in at {provider} and sends the test message with that sign-in.</source>
      <translation>Eller kjør kontrollen på nytt med --sign-in --send-test: mailsetup logger da inn hos {provider} og sender testmeldingen med den innloggingen.</translation>
    </message>
    <message>
      <source>Send yourself a message from your mail program once it is signed in.</source>
      <translation>Send deg selv en melding fra e-postprogrammet ditt når det er logget inn.</translation>
    </message>
    <message>
      <source>Sending or receiving works only in part. Send the report to your provider's support.</source>
      <translation>Sending eller mottak virker bare delvis. Send rapporten til leverandørens brukerstøtte.</translation>
    </message>
    <message>
      <source>Set a default web browser on this computer, then start the sign-in again.</source>
      <translation>Velg en standard nettleser på datamaskinen, og start så innloggingen på nytt.</translation>
    </message>
    <message>
      <source>Sign in again and allow the wizard to use your mail.</source>
      <translation>Logg inn på nytt og gi veiviseren lov til å bruke e-posten din.</translation>
    </message>
    <message>
      <source>Sign in again in your browser. This happens after a password change, when the provider ends old sign-ins, or when a sign-in has not been used for a long time.</source>
      <translation>Logg inn på nytt i nettleseren. Det skjer etter et passordbytte, når leverandøren avslutter gamle innlogginger, eller når en innlogging ikke har vært brukt på lenge.</translation>
    </message>
    <message>
      <source>Sign in again. If it is refused again, the token may have expired at once (check this computer's clock) or the account may not be allowed to use mail programs.</source>
      <translation>Logg inn på nytt. Blir det avvist igjen, kan tokenet ha utløpt med en gang (sjekk klokken på datamaskinen), eller kontoen får ikke bruke e-postprogrammer.</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Logget inn</translation>
    </message>
    <message>
      <source>Something on the network may be interfering with encryption, or the server is set up wrongly. Try another network; if it happens there too, tell your provider.</source>
      <translation>Noe på nettverket forstyrrer kanskje krypteringen, eller serveren er satt opp feil. Prøv et annet nettverk; skjer det der også, si fra til leverandøren din.</translation>
    </message>
    <message>
      <source>Something on your network answers on port 25 in place of {host} ({reason}).</source>
      <translation>Noe på nettverket ditt svarer på port 25 i stedet for {host} ({reason}).</translation>
    </message>
    <message>
      <source>Start the sign-in again from the wizard.</source>
      <translation>Start innloggingen på nytt fra veiviseren.</translation>
    </message>
    <message>
      <source>Tell your provider's support; the provider file names this sign-in server.</source>
      <translation>Kontakt brukerstøtten hos leverandøren din; leverandørfilen nevner denne innloggingsserveren.</translation>
    </message>
    <message>
      <source>Test again with your password to send the test message.</source>
      <translation>Test igjen med passordet ditt for å sende testmeldingen.</translation>
    </message>
    <message>
      <source>The Exchange address {url} answered HTTP {code} without asking for a sign-in, so it does not look like an Exchange (EWS) service.</source>
      <translation>Exchange-adressen {url} svarte HTTP {code} uten å be om innlogging, så den ser ikke ut som en Exchange-tjeneste (EWS).</translation>
    </message>
    <message>
      <source>The Exchange address {url} came from {where}.</source>
      <translation>Exchange-adressen {url} kom fra {where}.</translation>
    </message>
    <message>
      <source>The Exchange address {url} is Exchange's usual address on {host}; {where} names {given}.</source>
      <translation>Exchange-adressen {url} er Exchanges vanlige adresse på {host}; {where} oppgir {given}.</translation>
    </message>
    <message>
      <source>The Exchange address {url} sends mail programs on to {location}. mailsetup did not follow it and sent no password there.</source>
      <translation>Exchange-adressen {url} sender e-postprogrammer videre til {location}. mailsetup fulgte den ikke og sendte ikke noe passord dit.</translation>
    </message>
    <message>
      <source>The Exchange server {host} asks for a kind of sign-in this program does not know ({schemes}). No password was sent.</source>
      <translation>Exchange-serveren {host} ber om en type innlogging som dette programmet ikke kjenner ({schemes}). Ikke noe passord ble sendt.</translation>
    </message>
    <message>
      <source>The Exchange server {host} wants Windows sign-in ({schemes}). Outlook and Thunderbird can sign in that way; mailsetup cannot, so your password was not proven here and was not sent.</source>
      <translation>Exchange-serveren {host} vil ha Windows-innlogging ({schemes}). Outlook og Thunderbird kan logge inn slik; det kan ikke mailsetup, så passordet ditt ble ikke prøvd her og ble ikke sendt.</translation>
    </message>
    <message>
      <source>The answer that came back from the browser does not belong to this sign-in, so it was not used.</source>
      <translation>Svaret som kom tilbake fra nettleseren, hører ikke til denne innloggingen, så det ble ikke brukt.</translation>
    </message>
    <message>
      <source>The browser's answer came to another address ({address}) than the one the wizard listens on, so it was not used.</source>
      <translation>Nettleserens svar kom til en annen adresse ({address}) enn den veiviseren lytter på, så det ble ikke brukt.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} expired on {date}.</source>
      <translation>Sertifikatet for {host}:{port} utløp {date}.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} has changed, and the new one is the certificate {provider} announced (SHA-256 {sha256}). Nothing is sent until you accept it.</source>
      <translation>Sertifikatet for {host}:{port} er byttet, og det nye er sertifikatet {provider} har annonsert (SHA-256 {sha256}). Ingenting sendes før du godtar det.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is damaged or forged ({reason}).</source>
      <translation>Sertifikatet for {host}:{port} er skadet eller forfalsket ({reason}).</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is made out to {names}, not to {host}.</source>
      <translation>Sertifikatet for {host}:{port} er utstedt til {names}, ikke til {host}.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is not the one accepted before (accepted: {old}; now: {new}). Nothing was sent.</source>
      <translation>Sertifikatet for {host}:{port} er ikke det som ble godtatt tidligere (godtatt: {old}; nå: {new}). Ingenting ble sendt.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is not vouched for by an authority this computer trusts, but it is the certificate {provider} announced (SHA-256 {sha256}). Nothing is sent until you accept it.</source>
      <translation>Sertifikatet for {host}:{port} er ikke godkjent av en instans denne datamaskinen stoler på, men det er sertifikatet {provider} har annonsert (SHA-256 {sha256}). Ingenting sendes før du godtar det.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is not vouched for by any authority this computer trusts ({reason}). Issued to {subject} by {issuer}; SHA-256 fingerprint {sha256}.</source>
      <translation>Sertifikatet for {host}:{port} er ikke bekreftet av noen instans denne datamaskinen stoler på ({reason}). Utstedt til {subject} av {issuer}; SHA-256-fingeravtrykk {sha256}.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is only valid from {date}.</source>
      <translation>Sertifikatet for {host}:{port} er først gyldig fra {date}.</translation>
    </message>
    <message>
      <source>The connection to the {service} server {host} on port {port} was cut off at once.</source>
      <translation>Tilkoblingen til {service}-serveren {host} på port {port} ble brutt med en gang.</translation>
    </message>
    <message>
      <source>The description of the sign-in server {issuer} speaks for another server ({other}); nothing from it was used.</source>
      <translation>Beskrivelsen av innloggingsserveren {issuer} taler for en annen server ({other}); ingenting fra den ble brukt.</translation>
    </message>
    <message>
      <source>The encrypted connection to the {service} server {host}:{port} could not be set up: {reason}. Nothing was sent.</source>
      <translation>Den krypterte tilkoblingen til {service}-serveren {host}:{port} kunne ikke opprettes: {reason}. Ingenting ble sendt.</translation>
    </message>
    <message>
      <source>The mail program asks for your password when it first connects. If it is refused there, ask your provider.</source>
      <translation>E-postprogrammet ber om passordet ditt første gang det kobler til. Hvis det blir avvist der, spør leverandøren din.</translation>
    </message>
    <message>
      <source>The provider may require another way of signing in, or another port. Ask your provider.</source>
      <translation>Leverandøren krever kanskje en annen måte å logge inn på eller en annen port. Spør leverandøren din.</translation>
    </message>
    <message>
      <source>The provider must renew its certificate. Until then the connection cannot be trusted, and an expired certificate cannot be accepted here.</source>
      <translation>Leverandøren må fornye sertifikatet sitt. Inntil da kan ikke tilkoblingen stoles på, og et utløpt sertifikat kan ikke godtas her.</translation>
    </message>
    <message>
      <source>The server itself refuses passwords without encryption ({signal}).</source>
      <translation>Serveren avviser selv passord uten kryptering ({signal}).</translation>
    </message>
    <message>
      <source>The server may be overloaded, or something on the network holds the connection open. Try again later or on another network.</source>
      <translation>Serveren er kanskje overbelastet, eller noe på nettverket holder tilkoblingen åpen. Prøv igjen senere eller på et annet nettverk.</translation>
    </message>
    <message>
      <source>The server name {host} could not be found: {problem}</source>
      <translation>Servernavnet {host} ble ikke funnet: {problem}</translation>
    </message>
    <message>
      <source>The server offers STARTTLS on this port.</source>
      <translation>Serveren tilbyr STARTTLS på denne porten.</translation>
    </message>
    <message>
      <source>The server offers no encryption on this port.</source>
      <translation>Serveren tilbyr ingen kryptering på denne porten.</translation>
    </message>
    <message>
      <source>The sign-in did not work</source>
      <translation>Innloggingen lyktes ikke</translation>
    </message>
    <message>
      <source>The sign-in kept in this computer's keyring is no longer accepted by {issuer} (it said: “{answer}”), so it is not tried again.</source>
      <translation>Innloggingen som er lagret i datamaskinens nøkkelring, godtas ikke lenger av {issuer} (den svarte: «{answer}»), så den prøves ikke igjen.</translation>
    </message>
    <message>
      <source>The sign-in server did not give a usable token. The server said: “{answer}”.</source>
      <translation>Innloggingsserveren ga ikke et brukbart token. Serveren sa: «{answer}».</translation>
    </message>
    <message>
      <source>The sign-in server gave a token that had already expired, so it was not used.</source>
      <translation>Innloggingsserveren ga et token som allerede var utløpt, så det ble ikke brukt.</translation>
    </message>
    <message>
      <source>The sign-in server {issuer} does not describe itself in a way the wizard can use, so the sign-in was not started.</source>
      <translation>Innloggingsserveren {issuer} beskriver ikke seg selv på en måte veiviseren kan bruke, så innloggingen ble ikke startet.</translation>
    </message>
    <message>
      <source>The sign-in to {service} on {host}:{port} failed: {problem}.</source>
      <translation>Innloggingen på {service} på {host}:{port} mislyktes: {problem}.</translation>
    </message>
    <message>
      <source>The sign-in was refused. The server said: “{answer}”.</source>
      <translation>Innloggingen ble avvist. Serveren sa: «{answer}».</translation>
    </message>
    <message>
      <source>The test message to {address} did not arrive: {problem}</source>
      <translation>Testmeldingen til {address} kom ikke fram: {problem}</translation>
    </message>
    <message>
      <source>The test message to {address} was sent, but whether it arrived could not be checked: the POP3 server {host} does not let mailsetup read only the headers of a message (TOP), and mailsetup does not download whole messages to look for it.</source>
      <translation>Testmeldingen til {address} ble sendt, men om den kom fram, kunne ikke kontrolleres: POP3-serveren {host} lar ikke mailsetup lese bare hodet til en melding (TOP), og mailsetup laster ikke ned hele meldinger for å lete etter den.</translation>
    </message>
    <message>
      <source>The {service} server {host} did not accept the password for {usernames}. It answered: “{answer}”.</source>
      <translation type="vanished">{service}-serveren {host} godtok ikke passordet for {usernames}. Den svarte: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host} did not accept the password for {usernames}. The server said: “{answer}”.</source>
      <translation>{service}-serveren {host} godtok ikke passordet for {usernames}. Serveren sa: «{answer}».</translation>
    </message>
    <message>
      <source>The {service} server {host} did not accept the token from the sign-in. The server said: “{answer}”.</source>
      <translation>{service}-serveren {host} godtok ikke tokenet fra innloggingen. Serveren sa: «{answer}».</translation>
    </message>
    <message>
      <source>The {service} server {host} did not answer on port {port} within {seconds} seconds.</source>
      <translation>{service}-serveren {host} svarte ikke på port {port} innen {seconds} sekunder.</translation>
    </message>
    <message>
      <source>The {service} server {host} offers no sign-in with a token (OAUTHBEARER or XOAUTH2), so the sign-in could not be tried there.</source>
      <translation>{service}-serveren {host} tilbyr ikke innlogging med et token (OAUTHBEARER eller XOAUTH2), så innloggingen kunne ikke prøves der.</translation>
    </message>
    <message>
      <source>The {service} server {host} on port {port} cannot be reached from this network.</source>
      <translation>{service}-serveren {host} på port {port} kan ikke nås fra dette nettverket.</translation>
    </message>
    <message>
      <source>The {service} server {host} refused the connection on port {port}: nothing answers there.</source>
      <translation>{service}-serveren {host} avviste tilkoblingen på port {port}: ingenting svarer der.</translation>
    </message>
    <message>
      <source>The {service} server {host} wants an app password for “{username}”, not your normal password. It answered: “{answer}”.</source>
      <translation type="vanished">{service}-serveren {host} vil ha et app-passord for “{username}”, ikke det vanlige passordet ditt. Den svarte: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host} wants an app password for “{username}”, not your normal password. The server said: “{answer}”.</source>
      <translation>{service}-serveren {host} vil ha et app-passord for «{username}», ikke det vanlige passordet ditt. Serveren sa: «{answer}».</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} accepted the connection but did not answer in time ({stage}).</source>
      <translation>{service}-serveren {host}:{port} tok imot tilkoblingen, men svarte ikke i tide ({stage}).</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} agreed to start encryption, but more data arrived before encryption began: someone on the network is injecting answers. The connection was closed and nothing was sent.</source>
      <translation>{service}-serveren {host}:{port} sa ja til å starte kryptering, men det kom mer data før krypteringen begynte: noen på nettverket setter inn falske svar. Tilkoblingen ble lukket, og ingenting ble sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} answered in a way a mail program cannot use: {problem}</source>
      <translation>{service}-serveren {host}:{port} svarte på en måte et e-postprogram ikke kan bruke: {problem}</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} did not offer encryption (STARTTLS), although these settings require it. Nothing was sent.</source>
      <translation>{service}-serveren {host}:{port} tilbød ikke kryptering (STARTTLS), selv om disse innstillingene krever det. Ingenting ble sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} does not allow logging in with a password here ({why}). No password was sent.</source>
      <translation>{service}-serveren {host}:{port} tillater ikke innlogging med passord her ({why}). Ingen passord ble sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} refused to start encryption. It answered: “{answer}”. Nothing was sent.</source>
      <translation type="vanished">{service}-serveren {host}:{port} nektet å starte kryptering. Den svarte: “{answer}”. Ingenting ble sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} refused to start encryption. The server said: “{answer}”. Nothing was sent.</source>
      <translation>{service}-serveren {host}:{port} nektet å starte kryptering. Serveren sa: «{answer}». Ingenting ble sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} was checked up to the sign-in: it answers, its encryption and certificate are in order, and it offers that sign-in ({offered}).</source>
      <translation>{service}-serveren {host}:{port} er kontrollert helt fram til innloggingen: den svarer, krypteringen og sertifikatet er i orden, og den tilbyr den innloggingen ({offered}).</translation>
    </message>
    <message>
      <source>These settings come from a source that cannot be trusted on its own ({reasons}), so no password was sent.</source>
      <translation>Disse innstillingene kommer fra en kilde som ikke kan stoles på alene ({reasons}), så ingen passord ble sendt.</translation>
    </message>
    <message>
      <source>These settings send mail through port 25 of {host}. Port 25 is for servers passing mail among themselves, and many networks block it.</source>
      <translation>Disse innstillingene sender e-post gjennom port 25 på {host}. Port 25 er for servere som sender e-post seg imellom, og mange nettverk blokkerer den.</translation>
    </message>
    <message>
      <source>These settings sign you in on the provider's own page (OAuth2), but the {service} server {host}:{port} does not offer that sign-in (it offers: {offered}). No password was sent.</source>
      <translation>Med disse innstillingene logger du inn på leverandørens egen side (OAuth2), men {service}-serveren {host}:{port} tilbyr ikke den innloggingen (den tilbyr: {offered}). Ikke noe passord ble sendt.</translation>
    </message>
    <message>
      <source>These settings use {service} on {host}:{port} without encryption, so a password would travel readable. mailsetup sends none that way. {note}</source>
      <translation>Disse innstillingene bruker {service} på {host}:{port} uten kryptering, så et passord ville bli sendt lesbart. mailsetup sender ingen på den måten. {note}</translation>
    </message>
    <message>
      <source>This is a mistake at the provider or an attack: do not sign in through it until your provider has fixed it.</source>
      <translation>Dette er en feil hos leverandøren eller et angrep: ikke logg inn gjennom den før leverandøren har rettet det.</translation>
    </message>
    <message>
      <source>This is normal on many home and mobile networks and is not a problem: sending mail uses port 587 or 465, which work.</source>
      <translation>Det er vanlig på mange hjemme- og mobilnettverk og er ikke et problem: sending av e-post bruker port 587 eller 465, som virker.</translation>
    </message>
    <message>
      <source>To accept it, run the check again with --accept-fingerprint {sha256}.</source>
      <translation>Kjør kontrollen på nytt med --accept-fingerprint {sha256} for å godta det.</translation>
    </message>
    <message>
      <source>To accept the new one, run the check again with --accept-fingerprint {new}.</source>
      <translation>Kjør kontrollen på nytt med --accept-fingerprint {new} for å godta det nye.</translation>
    </message>
    <message>
      <source>Two-factor sign-in is on for this account. Create an app password on {provider}'s security page, {url}, and use it here instead of your normal password.</source>
      <translation>Totrinnsbekreftelse er slått på for denne kontoen. Lag et app-passord på sikkerhetssiden til {provider}, {url}, og bruk det her i stedet for det vanlige passordet ditt.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). If it is right, log in to your provider's web mail: the account may be locked, or the provider may want a different user name.</source>
      <translation>Skriv passordet på nytt (pass på Caps Lock). Hvis det er riktig, logg inn på leverandørens nettpost: kontoen kan være låst, eller leverandøren vil kanskje ha et annet brukernavn.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. Make one in your account's security settings at {provider} and use it here.</source>
      <translation>Skriv passordet på nytt (pass på Caps Lock). {provider} tilbyr totrinnsbekreftelse: hvis den er slått på for kontoen din, trenger e-postprogrammer kanskje et app-passord i stedet for det vanlige passordet ditt. Lag et i kontoens sikkerhetsinnstillinger hos {provider}, og bruk det her.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. Make one on {provider}'s page {url} and use it here.</source>
      <translation>Skriv passordet på nytt (pass på Caps Lock). {provider} tilbyr totrinnsbekreftelse: hvis den er slått på for kontoen din, trenger e-postprogrammer kanskje et app-passord i stedet for det vanlige passordet ditt. Lag et på siden {url} hos {provider}, og bruk det her.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. This program does not know {provider}'s page for making one; ask {support}: {support_url}</source>
      <translation>Skriv passordet på nytt (pass på Caps Lock). {provider} tilbyr totrinnsbekreftelse: hvis den er slått på for kontoen din, trenger e-postprogrammer kanskje et app-passord i stedet for det vanlige passordet ditt. Dette programmet kjenner ikke siden hos {provider} der du lager et; spør {support}: {support_url}</translation>
    </message>
    <message>
      <source>Use encryption: SSL/TLS (for {service} usually port {tls_port}) or STARTTLS.</source>
      <translation>Bruk kryptering: SSL/TLS (for {service} vanligvis port {tls_port}) eller STARTTLS.</translation>
    </message>
    <message>
      <source>Use port 587 (STARTTLS) or 465 (SSL/TLS) with your password instead.</source>
      <translation>Bruk i stedet port 587 (STARTTLS) eller 465 (SSL/TLS) med passordet ditt.</translation>
    </message>
    <message>
      <source>Use that address only if your provider confirms that it is theirs; then set it as the Exchange address.</source>
      <translation>Bruk bare den adressen hvis leverandøren din bekrefter at den er deres; bruk den så som Exchange-adresse.</translation>
    </message>
    <message>
      <source>You accepted the certificate of {host}:{port} (SHA-256 {sha256}). From now on only this certificate is accepted there.</source>
      <translation>Du har godtatt sertifikatet for {host}:{port} (SHA-256 {sha256}). Fra nå av godtas bare dette sertifikatet der.</translation>
    </message>
    <message>
      <source>You can close this window and go back to the wizard.</source>
      <translation>Du kan lukke dette vinduet og gå tilbake til veiviseren.</translation>
    </message>
    <message>
      <source>You can close this window; the wizard says what went wrong.</source>
      <translation>Du kan lukke dette vinduet; veiviseren forteller hva som gikk galt.</translation>
    </message>
    <message>
      <source>Your network blocks port 25 to {host}, while port {ports} answers.</source>
      <translation>Nettverket ditt blokkerer port 25 til {host}, mens port {ports} svarer.</translation>
    </message>
    <message>
      <source>Your network redirects port 25 to another server. Never send mail through port 25; use port 587 or 465, which reach your provider directly.</source>
      <translation>Nettverket ditt omdirigerer port 25 til en annen server. Send aldri e-post gjennom port 25; bruk port 587 eller 465, som når direkte fram til leverandøren din.</translation>
    </message>
    <message>
      <source>Your provider</source>
      <translation>Leverandøren din</translation>
    </message>
    <message>
      <source>accepted earlier</source>
      <translation>godtatt tidligere</translation>
    </message>
    <message>
      <source>accepted now</source>
      <translation>godtatt nå</translation>
    </message>
    <message>
      <source>an answer longer than any mail server sends ({detail})</source>
      <translation>et svar som er lengre enn noen e-postserver sender ({detail})</translation>
    </message>
    <message>
      <source>changed since it was accepted</source>
      <translation>endret siden det ble godtatt</translation>
    </message>
    <message>
      <source>cut off by the network</source>
      <translation>brutt av nettverket</translation>
    </message>
    <message>
      <source>during the encryption handshake</source>
      <translation>under oppsettet av krypteringen</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>utløpt</translation>
    </message>
    <message>
      <source>from {source}</source>
      <translation>fra {source}</translation>
    </message>
    <message>
      <source>it calls itself {name}</source>
      <translation>den kaller seg {name}</translation>
    </message>
    <message>
      <source>it could not be sent ({problem})</source>
      <translation>den kunne ikke sendes ({problem})</translation>
    </message>
    <message>
      <source>it is self-signed</source>
      <translation>det er selvsignert</translation>
    </message>
    <message>
      <source>it shows another certificate</source>
      <translation>den viser et annet sertifikat</translation>
    </message>
    <message>
      <source>it was issued by an unknown authority</source>
      <translation>det er utstedt av en ukjent instans</translation>
    </message>
    <message>
      <source>it was sent, but did not show up in the inbox within {seconds} seconds</source>
      <translation>den ble sendt, men dukket ikke opp i innboksen innen {seconds} sekunder</translation>
    </message>
    <message>
      <source>its signature does not match its content</source>
      <translation>signaturen passer ikke til innholdet</translation>
    </message>
    <message>
      <source>made out to another name</source>
      <translation>utstedt til et annet navn</translation>
    </message>
    <message>
      <source>no answer (filtered)</source>
      <translation>ikke noe svar (filtrert)</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>ikke noe svar i tide</translation>
    </message>
    <message>
      <source>no encryption</source>
      <translation>ingen kryptering</translation>
    </message>
    <message>
      <source>no login offered after encryption</source>
      <translation>ingen innlogging tilbudt etter kryptering</translation>
    </message>
    <message>
      <source>not allowed here</source>
      <translation>ikke tillatt her</translation>
    </message>
    <message>
      <source>not tried</source>
      <translation>ikke prøvd</translation>
    </message>
    <message>
      <source>not tried (no password)</source>
      <translation>ikke prøvd (ikke noe passord)</translation>
    </message>
    <message>
      <source>not trusted</source>
      <translation>ikke klarert</translation>
    </message>
    <message>
      <source>open</source>
      <translation>åpen</translation>
    </message>
    <message>
      <source>open, {name}</source>
      <translation>åpen, {name}</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>avvist</translation>
    </message>
    <message>
      <source>refused by the server</source>
      <translation>avvist av serveren</translation>
    </message>
    <message>
      <source>sending and receiving must both log in first</source>
      <translation>både sending og mottak må først kunne logge inn</translation>
    </message>
    <message>
      <source>signs in on the provider's own page (not tried here)</source>
      <translation>logger inn på leverandørens egen side (ikke prøvd her)</translation>
    </message>
    <message>
      <source>the check said: {detail}</source>
      <translation>kontrollen sa: {detail}</translation>
    </message>
    <message>
      <source>the connection could not be opened again to look at the certificate</source>
      <translation>tilkoblingen kunne ikke åpnes igjen for å se på sertifikatet</translation>
    </message>
    <message>
      <source>the encrypted connection broke off ({detail})</source>
      <translation>den krypterte tilkoblingen ble brutt ({detail})</translation>
    </message>
    <message>
      <source>the name does not exist</source>
      <translation>navnet finnes ikke</translation>
    </message>
    <message>
      <source>the name service did not answer ({error})</source>
      <translation>navneoppslaget svarte ikke ({error})</translation>
    </message>
    <message>
      <source>the server answered without encryption</source>
      <translation>serveren svarte uten kryptering</translation>
    </message>
    <message>
      <source>the server closed the connection</source>
      <translation>serveren lukket tilkoblingen</translation>
    </message>
    <message>
      <source>the server offers only an outdated kind of encryption ({detail})</source>
      <translation>serveren tilbyr bare en utdatert form for kryptering ({detail})</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>klarert</translation>
    </message>
    <message>
      <source>unreachable</source>
      <translation>kan ikke nås</translation>
    </message>
    <message>
      <source>waiting for its greeting</source>
      <translation>mens det ble ventet på hilsenen</translation>
    </message>
    <message>
      <source>waiting for the answer to a web request</source>
      <translation>mens den ventet på svar på en nettforespørsel</translation>
    </message>
    <message>
      <source>while logging in</source>
      <translation>under innlogging</translation>
    </message>
    <message>
      <source>worked</source>
      <translation>virket</translation>
    </message>
    <message>
      <source>{mechanisms} offered</source>
      <translation>{mechanisms} tilbys</translation>
    </message>
    <message>
      <source>{mechanisms} offered; the sign-in happens on the provider's page</source>
      <translation>{mechanisms} tilbys; innloggingen skjer på leverandørens side</translation>
    </message>
    <message>
      <source>{message} (EWS said {code})</source>
      <translation>{message} (EWS sa {code})</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page; your mail program will open it. {checked}</source>
      <translation>{provider} logger deg inn på sin egen side; e-postprogrammet ditt åpner den. {checked}</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page; your mail program will open it. {checked} Your password was not sent.</source>
      <translation>{provider} logger deg inn på sin egen side; e-postprogrammet ditt åpner den. {checked} Passordet ditt ble ikke sendt.</translation>
    </message>
    <message>
      <source>{service} on {host}:{port} did not answer in time during the sign-in.</source>
      <translation>{service} på {host}:{port} svarte ikke i tide under innloggingen.</translation>
    </message>
    <message>
      <source>{state}: no answer in {waited} ms, while port {port} answered in {ms} ms</source>
      <translation>{state}: ikke noe svar på {waited} ms, mens port {port} svarte på {ms} ms</translation>
    </message>
    <message>
      <source>{status}: {subject}, SHA-256 {sha256}</source>
      <translation>{status}: {subject}, SHA-256 {sha256}</translation>
    </message>
  </context>
</TS>
