<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>A firewall on your network or at the provider may block port {port}, or the server is down. Try another network (such as a phone's hotspot) to tell which.</source>
      <translation>En firewall på dit netværk eller hos udbyderen blokerer måske port {port}, eller serveren er nede. Prøv et andet netværk (fx en telefons hotspot) for at se hvilket.</translation>
    </message>
    <message>
      <source>A mail program cannot sign in to this server the way these settings say. Check the server name against your provider's instructions; if it is right, tell your provider.</source>
      <translation>Et mailprogram kan ikke logge ind på denne server sådan, som indstillingerne siger. Sammenlign servernavnet med din udbyders vejledning; hvis det er rigtigt, så giv din udbyder besked.</translation>
    </message>
    <message>
      <source>A test message to {address} was sent and found in the inbox after {seconds} seconds.</source>
      <translation>En testbesked til {address} blev sendt og fundet i indbakken efter {seconds} sekunder.</translation>
    </message>
    <message>
      <source>A test message to {address} was sent and found in the inbox over POP3 after {seconds} seconds.</source>
      <translation>En testbesked til {address} blev sendt og fundet i indbakken via POP3 efter {seconds} sekunder.</translation>
    </message>
    <message>
      <source>Accept it only if your provider confirms this exact fingerprint. Then run the check again with --accept-fingerprint {sha256} (or choose Accept in the wizard); from then on only this certificate is accepted for {host}:{port}.</source>
      <translation type="vanished">Acceptér det kun, hvis din udbyder bekræfter netop dette fingeraftryk. Kør så kontrollen igen med --accept-fingerprint {sha256} (eller vælg Acceptér i guiden); derefter accepteres kun dette certifikat for {host}:{port}.</translation>
    </message>
    <message>
      <source>Accept it only if your provider confirms this exact fingerprint; from then on only this certificate is accepted for {host}:{port}.</source>
      <translation>Acceptér det kun, hvis din udbyder bekræfter netop dette fingeraftryk; derefter accepteres kun dette certifikat for {host}:{port}.</translation>
    </message>
    <message>
      <source>Accept it to continue (choose Accept in the wizard, or run the check again with --accept-fingerprint {sha256}); from then on only this certificate is accepted for {host}:{port}.</source>
      <translation type="vanished">Acceptér det for at fortsætte (vælg Acceptér i guiden, eller kør kontrollen igen med --accept-fingerprint {sha256}); derefter accepteres kun dette certifikat for {host}:{port}.</translation>
    </message>
    <message>
      <source>Accept it to continue; from then on only this certificate is accepted for {host}:{port}.</source>
      <translation>Acceptér det for at fortsætte; derefter accepteres kun dette certifikat for {host}:{port}.</translation>
    </message>
    <message>
      <source>Ask your provider which mail programs can sign in to this Exchange server.</source>
      <translation>Spørg din udbyder, hvilke mailprogrammer der kan logge ind på denne Exchange-server.</translation>
    </message>
    <message>
      <source>Ask your provider which server takes the sign-in; the provider file may name the wrong one.</source>
      <translation>Spørg din udbyder, hvilken server der tager imod login; udbyderfilen nævner måske den forkerte.</translation>
    </message>
    <message>
      <source>Check that port {port} is the {service} port of this server. If it is, something on the network may be interfering.</source>
      <translation>Kontrollér, at port {port} er serverens {service}-port. Hvis den er, blander noget på netværket sig måske.</translation>
    </message>
    <message>
      <source>Check the Exchange address with your provider; it usually ends in /EWS/Exchange.asmx.</source>
      <translation>Tjek Exchange-adressen med din udbyder; den ender som regel på /EWS/Exchange.asmx.</translation>
    </message>
    <message>
      <source>Check the date and time of this computer. If they are right, the provider must fix the certificate; it cannot be accepted here.</source>
      <translation>Kontrollér computerens dato og klokkeslæt. Hvis de er rigtige, skal udbyderen rette certifikatet; det kan ikke accepteres her.</translation>
    </message>
    <message>
      <source>Check the port number. Your provider may offer {service} on another port.</source>
      <translation type="vanished">Kontrollér portnummeret. Din udbyder tilbyder måske {service} på en anden port.</translation>
    </message>
    <message>
      <source>Check the port number: your provider may offer {service} on another port. If the number is right, the server is down for now: try again later, or ask your provider whether it has a fault.</source>
      <translation>Tjek portnummeret: din udbyder tilbyder måske {service} på en anden port. Er nummeret rigtigt, er serveren nede lige nu: prøv igen senere, eller spørg din udbyder, om der er en fejl.</translation>
    </message>
    <message>
      <source>Check the servers, then confirm them.</source>
      <translation>Kontrollér serverne, og bekræft dem så.</translation>
    </message>
    <message>
      <source>Check the servers, then give them explicitly with --imap, --pop3 and --smtp (or confirm them in the wizard).</source>
      <translation type="vanished">Kontrollér serverne, og angiv dem så udtrykkeligt med --imap, --pop3 og --smtp (eller bekræft dem i guiden).</translation>
    </message>
    <message>
      <source>Check the spelling of the server name. If it is right, the name service of your network or of the provider is failing; try again later or on another network.</source>
      <translation>Kontrollér stavningen af servernavnet. Hvis det er rigtigt, svigter navneopslaget på dit netværk eller hos udbyderen; prøv igen senere eller på et andet netværk.</translation>
    </message>
    <message>
      <source>Check this computer's date and time, then sign in again.</source>
      <translation>Tjek computerens dato og klokkeslæt, og log så ind igen.</translation>
    </message>
    <message>
      <source>Create an app password in your account's security settings at your provider (often under two-step verification) and use it here instead of your normal password.</source>
      <translation>Opret en app-adgangskode i kontoens sikkerhedsindstillinger hos din udbyder (ofte under totrinsbekræftelse), og brug den her i stedet for din normale adgangskode.</translation>
    </message>
    <message>
      <source>Create an app password in your account's security settings at {provider} and use it here instead of your normal password. This program does not know {provider}'s page for it; ask {support}: {support_url}</source>
      <translation>Opret en app-adgangskode i kontoens sikkerhedsindstillinger hos {provider}, og brug den her i stedet for din normale adgangskode. Dette program kender ikke siden hos {provider}, hvor du gør det; spørg {support}: {support_url}</translation>
    </message>
    <message>
      <source>Do not continue until your provider confirms that it changed its certificate. If it did, accept the new one with --accept-fingerprint {new}.</source>
      <translation type="vanished">Fortsæt ikke, før din udbyder bekræfter, at den har skiftet certifikat. Hvis den har, så acceptér det nye med --accept-fingerprint {new}.</translation>
    </message>
    <message>
      <source>Do not continue until your provider confirms that it changed its certificate. If it did, accept the new one.</source>
      <translation>Fortsæt ikke, før din udbyder bekræfter, at den har skiftet certifikat. Hvis den har, så acceptér det nye.</translation>
    </message>
    <message>
      <source>Do not switch to an unencrypted connection: your password could be read on the way. Someone on the network may be removing the offer; try another network, or use the server's SSL/TLS port.</source>
      <translation>Skift ikke til en ukrypteret forbindelse: din adgangskode kunne læses undervejs. Nogen på netværket fjerner måske tilbuddet; prøv et andet netværk, eller brug serverens SSL/TLS-port.</translation>
    </message>
    <message>
      <source>Do not switch to an unencrypted connection: your password could be read on the way. Try another network, or use the server's SSL/TLS port, and tell your provider.</source>
      <translation>Skift ikke til en ukrypteret forbindelse: din adgangskode kunne læses undervejs. Prøv et andet netværk, eller brug serverens SSL/TLS-port, og fortæl det til din udbyder.</translation>
    </message>
    <message>
      <source>Do not use this connection and do not accept the certificate: someone may be intercepting it. Try another network and tell your provider.</source>
      <translation>Brug ikke denne forbindelse, og acceptér ikke certifikatet: nogen opsnapper den måske. Prøv et andet netværk, og fortæl det til din udbyder.</translation>
    </message>
    <message>
      <source>Do not use this network for e-mail: it tampers with your connections. Try another network, or use the server's SSL/TLS port, and tell your provider.</source>
      <translation>Brug ikke dette netværk til e-mail: det piller ved dine forbindelser. Prøv et andet netværk, eller brug serverens SSL/TLS-port, og fortæl det til din udbyder.</translation>
    </message>
    <message>
      <source>Finish signing in in your browser, or start the sign-in again.</source>
      <translation>Gør login færdigt i din browser, eller start det forfra.</translation>
    </message>
    <message>
      <source>Give the password with --password-stdin.</source>
      <translation>Angiv adgangskoden med --password-stdin.</translation>
    </message>
    <message>
      <source>Give the servers with --imap, --pop3 and --smtp HOST:PORT:SECURITY: finding them automatically is not available in this version.</source>
      <translation type="vanished">Angiv serverne med --imap, --pop3 og --smtp VÆRT:PORT:SIKKERHED: automatisk søgning findes ikke i denne version.</translation>
    </message>
    <message>
      <source>Give them explicitly with --imap, --pop3 and --smtp.</source>
      <translation>Angiv dem udtrykkeligt med --imap, --pop3 og --smtp.</translation>
    </message>
    <message>
      <source>HTTP 401, asks for {schemes}</source>
      <translation>HTTP 401, beder om {schemes}</translation>
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
      <translation>Hvis din udbyder bekræfter det, så brug {location} som Exchange-adresse.</translation>
    </message>
    <message>
      <source>If your provider says to use one of those names as the server name, change the setting to it. Otherwise someone may be intercepting the connection: do not continue.</source>
      <translation>Hvis din udbyder siger, at du skal bruge et af de navne som servernavn, så ret indstillingen til det. Ellers opsnapper nogen måske forbindelsen: fortsæt ikke.</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” (tried first: {others}).</source>
      <translation>Logget ind på {service} på {host}:{port} som “{username}” (prøvede først: {others}).</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” with the sign-in from {issuer}.</source>
      <translation type="vanished">Logget ind på {service} på {host}:{port} som “{username}” med logind fra {issuer}.</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” with the token from the sign-in ({mechanism}).</source>
      <translation>Logget ind på {service} på {host}:{port} som “{username}” med tokenet fra dit login ({mechanism}).</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}” with the token from the sign-in.</source>
      <translation type="vanished">Logget ind på {service} på {host}:{port} som “{username}” med tokenet fra logind.</translation>
    </message>
    <message>
      <source>Logged in to {service} on {host}:{port} as “{username}”.</source>
      <translation>Logget ind på {service} på {host}:{port} som “{username}”.</translation>
    </message>
    <message>
      <source>Look in your inbox for the message “{subject}”; you may delete it.</source>
      <translation>Se efter beskeden “{subject}” i din indbakke; du kan slette den bagefter.</translation>
    </message>
    <message>
      <source>No answer came back from the browser within {seconds} s.</source>
      <translation>Der kom intet svar tilbage fra browseren inden for {seconds} s.</translation>
    </message>
    <message>
      <source>No password was given, so logging in to {service} on {host}:{port} was not tried.</source>
      <translation>Der blev ikke angivet nogen adgangskode, så login på {service} på {host}:{port} blev ikke prøvet.</translation>
    </message>
    <message>
      <source>No protected connection to {service} on {host}:{port} ({problem}), so the token was not sent.</source>
      <translation>Ingen beskyttet forbindelse til {service} på {host}:{port} ({problem}), så tokenet blev ikke sendt.</translation>
    </message>
    <message>
      <source>No test message to {address} was sent: it has to log in to send and to receive, and this check had no password to log in with.</source>
      <translation>Der blev ikke sendt nogen testbesked til {address}: den skal logge ind for at sende og modtage, og denne kontrol havde ingen adgangskode at logge ind med.</translation>
    </message>
    <message>
      <source>No test message to {address} was sent: {provider} signs you in on its own page (OAuth2), and the test message would have to log in with your password, which those servers never get.</source>
      <translation type="vanished">Der blev ikke sendt nogen testbesked til {address}: {provider} logger dig ind på sin egen side (OAuth2), og testbeskeden skulle have logget ind med din adgangskode, som de servere aldrig får.</translation>
    </message>
    <message>
      <source>No test message to {address} was sent: {provider} signs you in on its own page (OAuth2), and this check was not signed in there; your password never goes to those servers.</source>
      <translation>Der blev ikke sendt nogen testbesked til {address}: {provider} logger dig ind på sin egen side (OAuth2), og denne kontrol var ikke logget ind der; din adgangskode sendes aldrig til de servere.</translation>
    </message>
    <message>
      <source>No web browser could be opened for the sign-in.</source>
      <translation>Der kunne ikke åbnes en webbrowser til login.</translation>
    </message>
    <message>
      <source>Nothing to do now. When the mail program first connects, sign in on the page it opens (with two-step verification if you use it).</source>
      <translation>Du skal ikke gøre noget nu. Når mailprogrammet første gang forbinder, logger du ind på den side, det åbner (med totrinsbekræftelse, hvis du bruger det).</translation>
    </message>
    <message>
      <source>Or run the check again with --sign-in --send-test: mailsetup then signs in at {provider} and sends the test message with that sign-in.</source>
      <translation>Eller kør kontrollen igen med --sign-in --send-test: mailsetup logger så ind hos {provider} og sender testbeskeden med det login.</translation>
    </message>
    <message>
      <source>Send yourself a message from your mail program once it is signed in.</source>
      <translation>Send dig selv en besked fra dit mailprogram, når det er logget ind.</translation>
    </message>
    <message>
      <source>Sending or receiving works only in part. Send the report to your provider's support.</source>
      <translation>Afsendelse eller modtagelse virker kun delvist. Send rapporten til din udbyders support.</translation>
    </message>
    <message>
      <source>Set a default web browser on this computer, then start the sign-in again.</source>
      <translation>Vælg en standardbrowser på computeren, og log så ind igen.</translation>
    </message>
    <message>
      <source>Sign in again and allow the wizard to use your mail.</source>
      <translation>Log ind igen, og giv guiden lov til at bruge din mail.</translation>
    </message>
    <message>
      <source>Sign in again in your browser. This happens after a password change, when the provider ends old sign-ins, or when a sign-in has not been used for a long time.</source>
      <translation>Log ind igen i din browser. Det sker efter et skift af adgangskode, når udbyderen afslutter gamle logins, eller når et login ikke har været brugt længe.</translation>
    </message>
    <message>
      <source>Sign in again. If it is refused again, the token may have expired at once (check this computer's clock) or the account may not be allowed to use mail programs.</source>
      <translation>Log ind igen. Afvises det igen, er tokenet måske udløbet med det samme (tjek computerens ur), eller kontoen må ikke bruge mailprogrammer.</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Logget ind</translation>
    </message>
    <message>
      <source>Something on the network may be interfering with encryption, or the server is set up wrongly. Try another network; if it happens there too, tell your provider.</source>
      <translation>Noget på netværket forstyrrer måske krypteringen, eller serveren er sat forkert op. Prøv et andet netværk; sker det også dér, så fortæl det til din udbyder.</translation>
    </message>
    <message>
      <source>Something on your network answers on port 25 in place of {host} ({reason}).</source>
      <translation>Noget på dit netværk svarer på port 25 i stedet for {host} ({reason}).</translation>
    </message>
    <message>
      <source>Start the sign-in again from the wizard.</source>
      <translation>Log ind igen fra guiden.</translation>
    </message>
    <message>
      <source>Tell your provider's support; the provider file names this sign-in server.</source>
      <translation>Kontakt din udbyders support; udbyderfilen nævner denne loginserver.</translation>
    </message>
    <message>
      <source>Test again with your password to send the test message.</source>
      <translation>Test igen med din adgangskode for at sende testbeskeden.</translation>
    </message>
    <message>
      <source>The Exchange address {url} answered HTTP {code} without asking for a sign-in, so it does not look like an Exchange (EWS) service.</source>
      <translation>Exchange-adressen {url} svarede HTTP {code} uden at bede om login, så den ligner ikke en Exchange-tjeneste (EWS).</translation>
    </message>
    <message>
      <source>The Exchange address {url} came from {where}.</source>
      <translation>Exchange-adressen {url} kom fra {where}.</translation>
    </message>
    <message>
      <source>The Exchange address {url} is Exchange's usual address on {host}; {where} names {given}.</source>
      <translation>Exchange-adressen {url} er Exchanges sædvanlige adresse på {host}; {where} angiver {given}.</translation>
    </message>
    <message>
      <source>The Exchange address {url} sends mail programs on to {location}. mailsetup did not follow it and sent no password there.</source>
      <translation>Exchange-adressen {url} sender mailprogrammer videre til {location}. mailsetup fulgte den ikke og sendte ingen adgangskode dertil.</translation>
    </message>
    <message>
      <source>The Exchange server {host} asks for a kind of sign-in this program does not know ({schemes}). No password was sent.</source>
      <translation>Exchange-serveren {host} beder om en slags login, som dette program ikke kender ({schemes}). Der blev ikke sendt nogen adgangskode.</translation>
    </message>
    <message>
      <source>The Exchange server {host} wants Windows sign-in ({schemes}). Outlook and Thunderbird can sign in that way; mailsetup cannot, so your password was not proven here and was not sent.</source>
      <translation>Exchange-serveren {host} vil have Windows-login ({schemes}). Outlook og Thunderbird kan logge ind sådan; det kan mailsetup ikke, så din adgangskode blev ikke afprøvet her og blev ikke sendt.</translation>
    </message>
    <message>
      <source>The answer that came back from the browser does not belong to this sign-in, so it was not used.</source>
      <translation>Svaret, der kom tilbage fra browseren, hører ikke til dette login, så det blev ikke brugt.</translation>
    </message>
    <message>
      <source>The browser's answer came to another address ({address}) than the one the wizard listens on, so it was not used.</source>
      <translation>Browserens svar kom til en anden adresse ({address}) end den, guiden lytter på, så det blev ikke brugt.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} expired on {date}.</source>
      <translation>Certifikatet for {host}:{port} udløb den {date}.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} has changed, and the new one is the certificate {provider} announced (SHA-256 {sha256}). Nothing is sent until you accept it.</source>
      <translation>Certifikatet for {host}:{port} er skiftet, og det nye er det certifikat, {provider} har annonceret (SHA-256 {sha256}). Intet sendes, før du accepterer det.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is damaged or forged ({reason}).</source>
      <translation>Certifikatet for {host}:{port} er beskadiget eller forfalsket ({reason}).</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is made out to {names}, not to {host}.</source>
      <translation>Certifikatet for {host}:{port} er udstedt til {names}, ikke til {host}.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is not the one accepted before (accepted: {old}; now: {new}). Nothing was sent.</source>
      <translation>Certifikatet for {host}:{port} er ikke det, der blev accepteret før (accepteret: {old}; nu: {new}). Intet blev sendt.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is not vouched for by an authority this computer trusts, but it is the certificate {provider} announced (SHA-256 {sha256}). Nothing is sent until you accept it.</source>
      <translation>Certifikatet for {host}:{port} er ikke godkendt af en myndighed, som denne computer stoler på, men det er det certifikat, {provider} har annonceret (SHA-256 {sha256}). Intet sendes, før du accepterer det.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is not vouched for by any authority this computer trusts ({reason}). Issued to {subject} by {issuer}; SHA-256 fingerprint {sha256}.</source>
      <translation>Certifikatet for {host}:{port} er ikke bekræftet af nogen myndighed, som denne computer stoler på ({reason}). Udstedt til {subject} af {issuer}; SHA-256-fingeraftryk {sha256}.</translation>
    </message>
    <message>
      <source>The certificate of {host}:{port} is only valid from {date}.</source>
      <translation>Certifikatet for {host}:{port} er først gyldigt fra {date}.</translation>
    </message>
    <message>
      <source>The connection to the {service} server {host} on port {port} was cut off at once.</source>
      <translation>Forbindelsen til {service}-serveren {host} på port {port} blev afbrudt med det samme.</translation>
    </message>
    <message>
      <source>The description of the sign-in server {issuer} speaks for another server ({other}); nothing from it was used.</source>
      <translation>Beskrivelsen af loginserveren {issuer} taler for en anden server ({other}); intet fra den blev brugt.</translation>
    </message>
    <message>
      <source>The encrypted connection to the {service} server {host}:{port} could not be set up: {reason}. Nothing was sent.</source>
      <translation>Den krypterede forbindelse til {service}-serveren {host}:{port} kunne ikke oprettes: {reason}. Intet blev sendt.</translation>
    </message>
    <message>
      <source>The mail program asks for your password when it first connects. If it is refused there, ask your provider.</source>
      <translation>Mailprogrammet beder om din adgangskode, første gang det forbinder. Hvis den bliver afvist dér, så spørg din udbyder.</translation>
    </message>
    <message>
      <source>The provider may require another way of signing in, or another port. Ask your provider.</source>
      <translation>Udbyderen kræver måske en anden måde at logge ind på eller en anden port. Spørg din udbyder.</translation>
    </message>
    <message>
      <source>The provider must renew its certificate. Until then the connection cannot be trusted, and an expired certificate cannot be accepted here.</source>
      <translation>Udbyderen skal forny sit certifikat. Indtil da kan forbindelsen ikke stoles på, og et udløbet certifikat kan ikke accepteres her.</translation>
    </message>
    <message>
      <source>The server itself refuses passwords without encryption ({signal}).</source>
      <translation>Serveren afviser selv adgangskoder uden kryptering ({signal}).</translation>
    </message>
    <message>
      <source>The server may be overloaded, or something on the network holds the connection open. Try again later or on another network.</source>
      <translation>Serveren er måske overbelastet, eller noget på netværket holder forbindelsen åben. Prøv igen senere eller på et andet netværk.</translation>
    </message>
    <message>
      <source>The server name {host} could not be found: {problem}</source>
      <translation>Servernavnet {host} kunne ikke findes: {problem}</translation>
    </message>
    <message>
      <source>The server offers STARTTLS on this port.</source>
      <translation>Serveren tilbyder STARTTLS på denne port.</translation>
    </message>
    <message>
      <source>The server offers no encryption on this port.</source>
      <translation>Serveren tilbyder ingen kryptering på denne port.</translation>
    </message>
    <message>
      <source>The sign-in did not work</source>
      <translation>Login lykkedes ikke</translation>
    </message>
    <message>
      <source>The sign-in kept in this computer's keyring is no longer accepted by {issuer} (it said: “{answer}”), so it is not tried again.</source>
      <translation>Det login, der er gemt i computerens nøglering, accepteres ikke længere af {issuer} (den svarede: “{answer}”), så det prøves ikke igen.</translation>
    </message>
    <message>
      <source>The sign-in server did not give a usable token. The server said: “{answer}”.</source>
      <translation>Loginserveren gav ikke et brugbart token. Serveren sagde: “{answer}”.</translation>
    </message>
    <message>
      <source>The sign-in server gave a token that had already expired, so it was not used.</source>
      <translation>Loginserveren gav et token, der allerede var udløbet, så det blev ikke brugt.</translation>
    </message>
    <message>
      <source>The sign-in server {issuer} does not describe itself in a way the wizard can use, so the sign-in was not started.</source>
      <translation>Loginserveren {issuer} beskriver ikke sig selv på en måde, guiden kan bruge, så login blev ikke startet.</translation>
    </message>
    <message>
      <source>The sign-in to {service} on {host}:{port} failed: {problem}.</source>
      <translation>Login på {service} på {host}:{port} mislykkedes: {problem}.</translation>
    </message>
    <message>
      <source>The sign-in was refused. The server said: “{answer}”.</source>
      <translation>Login blev afvist. Serveren sagde: “{answer}”.</translation>
    </message>
    <message>
      <source>The test message to {address} did not arrive: {problem}</source>
      <translation>Testbeskeden til {address} kom ikke frem: {problem}</translation>
    </message>
    <message>
      <source>The test message to {address} was sent, but whether it arrived could not be checked: the POP3 server {host} does not let mailsetup read only the headers of a message (TOP), and mailsetup does not download whole messages to look for it.</source>
      <translation>Testbeskeden til {address} blev sendt, men det kunne ikke kontrolleres, om den kom frem: POP3-serveren {host} lader ikke mailsetup læse kun en beskeds brevhoved (TOP), og mailsetup henter ikke hele beskeder ned for at lede efter den.</translation>
    </message>
    <message>
      <source>The {service} server {host} did not accept the password for {usernames}. It answered: “{answer}”.</source>
      <translation type="vanished">{service}-serveren {host} godtog ikke adgangskoden for {usernames}. Den svarede: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host} did not accept the password for {usernames}. The server said: “{answer}”.</source>
      <translation>{service}-serveren {host} godtog ikke adgangskoden for {usernames}. Serveren sagde: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host} did not accept the token from the sign-in. The server said: “{answer}”.</source>
      <translation>{service}-serveren {host} accepterede ikke tokenet fra dit login. Serveren sagde: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host} did not answer on port {port} within {seconds} seconds.</source>
      <translation>{service}-serveren {host} svarede ikke på port {port} inden for {seconds} sekunder.</translation>
    </message>
    <message>
      <source>The {service} server {host} offers no sign-in with a token (OAUTHBEARER or XOAUTH2), so the sign-in could not be tried there.</source>
      <translation>{service}-serveren {host} tilbyder ikke login med et token (OAUTHBEARER eller XOAUTH2), så login kunne ikke prøves der.</translation>
    </message>
    <message>
      <source>The {service} server {host} on port {port} cannot be reached from this network.</source>
      <translation>{service}-serveren {host} på port {port} kan ikke nås fra dette netværk.</translation>
    </message>
    <message>
      <source>The {service} server {host} refused the connection on port {port}: nothing answers there.</source>
      <translation>{service}-serveren {host} afviste forbindelsen på port {port}: intet svarer dér.</translation>
    </message>
    <message>
      <source>The {service} server {host} wants an app password for “{username}”, not your normal password. It answered: “{answer}”.</source>
      <translation type="vanished">{service}-serveren {host} vil have en app-adgangskode for “{username}”, ikke din normale adgangskode. Den svarede: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host} wants an app password for “{username}”, not your normal password. The server said: “{answer}”.</source>
      <translation>{service}-serveren {host} vil have en app-adgangskode for “{username}”, ikke din normale adgangskode. Serveren sagde: “{answer}”.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} accepted the connection but did not answer in time ({stage}).</source>
      <translation>{service}-serveren {host}:{port} tog imod forbindelsen, men svarede ikke i tide ({stage}).</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} agreed to start encryption, but more data arrived before encryption began: someone on the network is injecting answers. The connection was closed and nothing was sent.</source>
      <translation>{service}-serveren {host}:{port} sagde ja til at starte kryptering, men der kom flere data, før krypteringen begyndte: nogen på netværket indsætter falske svar. Forbindelsen blev lukket, og intet blev sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} answered in a way a mail program cannot use: {problem}</source>
      <translation>{service}-serveren {host}:{port} svarede på en måde, som et mailprogram ikke kan bruge: {problem}</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} did not offer encryption (STARTTLS), although these settings require it. Nothing was sent.</source>
      <translation>{service}-serveren {host}:{port} tilbød ikke kryptering (STARTTLS), selv om disse indstillinger kræver det. Intet blev sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} does not allow logging in with a password here ({why}). No password was sent.</source>
      <translation>{service}-serveren {host}:{port} tillader ikke login med adgangskode her ({why}). Ingen adgangskode blev sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} refused to start encryption. It answered: “{answer}”. Nothing was sent.</source>
      <translation type="vanished">{service}-serveren {host}:{port} nægtede at starte kryptering. Den svarede: “{answer}”. Intet blev sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} refused to start encryption. The server said: “{answer}”. Nothing was sent.</source>
      <translation>{service}-serveren {host}:{port} nægtede at starte kryptering. Serveren sagde: “{answer}”. Intet blev sendt.</translation>
    </message>
    <message>
      <source>The {service} server {host}:{port} was checked up to the sign-in: it answers, its encryption and certificate are in order, and it offers that sign-in ({offered}).</source>
      <translation>{service}-serveren {host}:{port} er kontrolleret helt frem til login: den svarer, dens kryptering og certifikat er i orden, og den tilbyder det login ({offered}).</translation>
    </message>
    <message>
      <source>These settings come from a source that cannot be trusted on its own ({reasons}), so no password was sent.</source>
      <translation>Disse indstillinger kommer fra en kilde, der ikke kan stoles på alene ({reasons}), så ingen adgangskode blev sendt.</translation>
    </message>
    <message>
      <source>These settings send mail through port 25 of {host}. Port 25 is for servers passing mail among themselves, and many networks block it.</source>
      <translation>Disse indstillinger sender mail gennem port 25 på {host}. Port 25 er til servere, der sender mail mellem sig, og mange netværk blokerer den.</translation>
    </message>
    <message>
      <source>These settings sign you in on the provider's own page (OAuth2), but the {service} server {host}:{port} does not offer that sign-in (it offers: {offered}). No password was sent.</source>
      <translation>Med disse indstillinger logger du ind på udbyderens egen side (OAuth2), men {service}-serveren {host}:{port} tilbyder ikke det login (den tilbyder: {offered}). Der blev ikke sendt nogen adgangskode.</translation>
    </message>
    <message>
      <source>These settings use {service} on {host}:{port} without encryption, so a password would travel readable. mailsetup sends none that way. {note}</source>
      <translation>Disse indstillinger bruger {service} på {host}:{port} uden kryptering, så en adgangskode ville blive sendt læsbart. mailsetup sender ingen på den måde. {note}</translation>
    </message>
    <message>
      <source>This is a mistake at the provider or an attack: do not sign in through it until your provider has fixed it.</source>
      <translation>Det er en fejl hos udbyderen eller et angreb: log ikke ind gennem den, før din udbyder har rettet det.</translation>
    </message>
    <message>
      <source>This is normal on many home and mobile networks and is not a problem: sending mail uses port 587 or 465, which work.</source>
      <translation>Det er normalt på mange hjemme- og mobilnetværk og er ikke et problem: afsendelse af mail bruger port 587 eller 465, som virker.</translation>
    </message>
    <message>
      <source>To accept it, run the check again with --accept-fingerprint {sha256}.</source>
      <translation>Kør kontrollen igen med --accept-fingerprint {sha256} for at acceptere det.</translation>
    </message>
    <message>
      <source>To accept the new one, run the check again with --accept-fingerprint {new}.</source>
      <translation>Kør kontrollen igen med --accept-fingerprint {new} for at acceptere det nye.</translation>
    </message>
    <message>
      <source>Two-factor sign-in is on for this account. Create an app password on {provider}'s security page, {url}, and use it here instead of your normal password.</source>
      <translation>Totrinsbekræftelse er slået til for denne konto. Lav en app-adgangskode på {provider}s sikkerhedsside, {url}, og brug den her i stedet for din normale adgangskode.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). If it is right, log in to your provider's web mail: the account may be locked, or the provider may want a different user name.</source>
      <translation>Skriv adgangskoden igen (pas på Caps Lock). Hvis den er rigtig, så log ind på din udbyders webmail: kontoen kan være låst, eller udbyderen vil måske have et andet brugernavn.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. Make one in your account's security settings at {provider} and use it here.</source>
      <translation>Skriv adgangskoden igen (pas på Caps Lock). {provider} tilbyder totrinsbekræftelse: hvis den er slået til for din konto, skal mailprogrammer måske bruge en app-adgangskode i stedet for din normale adgangskode. Lav en i kontoens sikkerhedsindstillinger hos {provider}, og brug den her.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. Make one on {provider}'s page {url} and use it here.</source>
      <translation>Skriv adgangskoden igen (pas på Caps Lock). {provider} tilbyder totrinsbekræftelse: hvis den er slået til for din konto, skal mailprogrammer måske bruge en app-adgangskode i stedet for din normale adgangskode. Lav en på siden {url} hos {provider}, og brug den her.</translation>
    </message>
    <message>
      <source>Type the password again (mind Caps Lock). {provider} offers two-factor sign-in: if it is on for your account, mail programs may need an app password instead of your normal password. This program does not know {provider}'s page for making one; ask {support}: {support_url}</source>
      <translation>Skriv adgangskoden igen (pas på Caps Lock). {provider} tilbyder totrinsbekræftelse: hvis den er slået til for din konto, skal mailprogrammer måske bruge en app-adgangskode i stedet for din normale adgangskode. Dette program kender ikke siden hos {provider}, hvor du laver en; spørg {support}: {support_url}</translation>
    </message>
    <message>
      <source>Use encryption: SSL/TLS (for {service} usually port {tls_port}) or STARTTLS.</source>
      <translation>Brug kryptering: SSL/TLS (for {service} som regel port {tls_port}) eller STARTTLS.</translation>
    </message>
    <message>
      <source>Use port 587 (STARTTLS) or 465 (SSL/TLS) with your password instead.</source>
      <translation>Brug i stedet port 587 (STARTTLS) eller 465 (SSL/TLS) med din adgangskode.</translation>
    </message>
    <message>
      <source>Use that address only if your provider confirms that it is theirs; then set it as the Exchange address.</source>
      <translation>Brug kun den adresse, hvis din udbyder bekræfter, at den er deres; brug den så som Exchange-adresse.</translation>
    </message>
    <message>
      <source>You accepted the certificate of {host}:{port} (SHA-256 {sha256}). From now on only this certificate is accepted there.</source>
      <translation>Du har accepteret certifikatet for {host}:{port} (SHA-256 {sha256}). Fremover accepteres kun dette certifikat dér.</translation>
    </message>
    <message>
      <source>You can close this window and go back to the wizard.</source>
      <translation>Du kan lukke dette vindue og gå tilbage til guiden.</translation>
    </message>
    <message>
      <source>You can close this window; the wizard says what went wrong.</source>
      <translation>Du kan lukke dette vindue; guiden fortæller, hvad der gik galt.</translation>
    </message>
    <message>
      <source>Your network blocks port 25 to {host}, while port {ports} answers.</source>
      <translation>Dit netværk blokerer port 25 til {host}, mens port {ports} svarer.</translation>
    </message>
    <message>
      <source>Your network redirects port 25 to another server. Never send mail through port 25; use port 587 or 465, which reach your provider directly.</source>
      <translation>Dit netværk omdirigerer port 25 til en anden server. Send aldrig mail gennem port 25; brug port 587 eller 465, som når direkte frem til din udbyder.</translation>
    </message>
    <message>
      <source>Your provider</source>
      <translation>Din udbyder</translation>
    </message>
    <message>
      <source>accepted earlier</source>
      <translation>accepteret tidligere</translation>
    </message>
    <message>
      <source>accepted now</source>
      <translation>accepteret nu</translation>
    </message>
    <message>
      <source>an answer longer than any mail server sends ({detail})</source>
      <translation>et svar, der er længere end nogen mailserver sender ({detail})</translation>
    </message>
    <message>
      <source>changed since it was accepted</source>
      <translation>ændret siden det blev accepteret</translation>
    </message>
    <message>
      <source>cut off by the network</source>
      <translation>afbrudt af netværket</translation>
    </message>
    <message>
      <source>during the encryption handshake</source>
      <translation>under opsætningen af krypteringen</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>udløbet</translation>
    </message>
    <message>
      <source>from {source}</source>
      <translation>fra {source}</translation>
    </message>
    <message>
      <source>it calls itself {name}</source>
      <translation>den kalder sig {name}</translation>
    </message>
    <message>
      <source>it could not be sent ({problem})</source>
      <translation>den kunne ikke sendes ({problem})</translation>
    </message>
    <message>
      <source>it is self-signed</source>
      <translation>det er selvsigneret</translation>
    </message>
    <message>
      <source>it shows another certificate</source>
      <translation>den viser et andet certifikat</translation>
    </message>
    <message>
      <source>it was issued by an unknown authority</source>
      <translation>det er udstedt af en ukendt myndighed</translation>
    </message>
    <message>
      <source>it was sent, but did not show up in the inbox within {seconds} seconds</source>
      <translation>den blev sendt, men dukkede ikke op i indbakken inden for {seconds} sekunder</translation>
    </message>
    <message>
      <source>its signature does not match its content</source>
      <translation>dets signatur passer ikke til indholdet</translation>
    </message>
    <message>
      <source>made out to another name</source>
      <translation>udstedt til et andet navn</translation>
    </message>
    <message>
      <source>no answer (filtered)</source>
      <translation>intet svar (filtreret)</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>intet svar i tide</translation>
    </message>
    <message>
      <source>no encryption</source>
      <translation>ingen kryptering</translation>
    </message>
    <message>
      <source>no login offered after encryption</source>
      <translation>intet login tilbudt efter kryptering</translation>
    </message>
    <message>
      <source>not allowed here</source>
      <translation>ikke tilladt her</translation>
    </message>
    <message>
      <source>not tried</source>
      <translation>ikke prøvet</translation>
    </message>
    <message>
      <source>not tried (no password)</source>
      <translation>ikke prøvet (ingen adgangskode)</translation>
    </message>
    <message>
      <source>not trusted</source>
      <translation>ikke betroet</translation>
    </message>
    <message>
      <source>open</source>
      <translation>åben</translation>
    </message>
    <message>
      <source>open, {name}</source>
      <translation>åben, {name}</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>afvist</translation>
    </message>
    <message>
      <source>refused by the server</source>
      <translation>afvist af serveren</translation>
    </message>
    <message>
      <source>sending and receiving must both log in first</source>
      <translation>både afsendelse og modtagelse skal først kunne logge ind</translation>
    </message>
    <message>
      <source>signs in on the provider's own page (not tried here)</source>
      <translation>logger ind på udbyderens egen side (ikke prøvet her)</translation>
    </message>
    <message>
      <source>the check said: {detail}</source>
      <translation>kontrollen sagde: {detail}</translation>
    </message>
    <message>
      <source>the connection could not be opened again to look at the certificate</source>
      <translation>forbindelsen kunne ikke åbnes igen for at se på certifikatet</translation>
    </message>
    <message>
      <source>the encrypted connection broke off ({detail})</source>
      <translation>den krypterede forbindelse blev afbrudt ({detail})</translation>
    </message>
    <message>
      <source>the name does not exist</source>
      <translation>navnet findes ikke</translation>
    </message>
    <message>
      <source>the name service did not answer ({error})</source>
      <translation>navneopslaget svarede ikke ({error})</translation>
    </message>
    <message>
      <source>the server answered without encryption</source>
      <translation>serveren svarede uden kryptering</translation>
    </message>
    <message>
      <source>the server closed the connection</source>
      <translation>serveren lukkede forbindelsen</translation>
    </message>
    <message>
      <source>the server offers only an outdated kind of encryption ({detail})</source>
      <translation>serveren tilbyder kun en forældet form for kryptering ({detail})</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>betroet</translation>
    </message>
    <message>
      <source>unreachable</source>
      <translation>kan ikke nås</translation>
    </message>
    <message>
      <source>waiting for its greeting</source>
      <translation>mens der ventedes på dens hilsen</translation>
    </message>
    <message>
      <source>waiting for the answer to a web request</source>
      <translation>mens den ventede på svar på en webforespørgsel</translation>
    </message>
    <message>
      <source>while logging in</source>
      <translation>under login</translation>
    </message>
    <message>
      <source>worked</source>
      <translation>lykkedes</translation>
    </message>
    <message>
      <source>{mechanisms} offered</source>
      <translation>{mechanisms} tilbydes</translation>
    </message>
    <message>
      <source>{mechanisms} offered; the sign-in happens on the provider's page</source>
      <translation>{mechanisms} tilbydes; login sker på udbyderens side</translation>
    </message>
    <message>
      <source>{message} (EWS said {code})</source>
      <translation>{message} (EWS sagde {code})</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page; your mail program will open it. {checked}</source>
      <translation>{provider} logger dig ind på sin egen side; dit mailprogram åbner den. {checked}</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page; your mail program will open it. {checked} Your password was not sent.</source>
      <translation>{provider} logger dig ind på sin egen side; dit mailprogram åbner den. {checked} Din adgangskode blev ikke sendt.</translation>
    </message>
    <message>
      <source>{service} on {host}:{port} did not answer in time during the sign-in.</source>
      <translation>{service} på {host}:{port} svarede ikke i tide under login.</translation>
    </message>
    <message>
      <source>{state}: no answer in {waited} ms, while port {port} answered in {ms} ms</source>
      <translation>{state}: intet svar på {waited} ms, mens port {port} svarede på {ms} ms</translation>
    </message>
    <message>
      <source>{status}: {subject}, SHA-256 {sha256}</source>
      <translation>{status}: {subject}, SHA-256 {sha256}</translation>
    </message>
  </context>
</TS>
