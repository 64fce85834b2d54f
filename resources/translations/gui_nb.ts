<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>&amp;Accept this certificate for this server</source>
      <translation>&amp;Godta dette sertifikatet for denne serveren</translation>
    </message>
    <message>
      <source>&amp;Cancel the sign-in</source>
      <translation>&amp;Avbryt innloggingen</translation>
    </message>
    <message>
      <source>&amp;Copy report for support</source>
      <translation>&amp;Kopier rapport til kundestøtte</translation>
    </message>
    <message>
      <source>&amp;Do not accept</source>
      <translation>&amp;Ikke godta</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Fullfør</translation>
    </message>
    <message>
      <source>&amp;Go on</source>
      <translation>&amp;Fortsett</translation>
    </message>
    <message>
      <source>&amp;Keep me signed in (in this computer's keyring)</source>
      <translation>&amp;Hold meg innlogget (i denne datamaskinens nøkkelring)</translation>
    </message>
    <message>
      <source>&amp;Keep the password in this computer's keyring</source>
      <translation type="vanished">Ta vare på &amp;passordet i datamaskinens nøkkelring</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Språk:</translation>
    </message>
    <message>
      <source>&amp;Look again</source>
      <translation>&amp;Se etter på nytt</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>Åpne &amp;mappe</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passord:</translation>
    </message>
    <message>
      <source>&amp;Search again</source>
      <translation>&amp;Søk på nytt</translation>
    </message>
    <message>
      <source>&amp;Stop searching</source>
      <translation>&amp;Stopp søket</translation>
    </message>
    <message>
      <source>&amp;Stop setting up</source>
      <translation>&amp;Stopp oppsettet</translation>
    </message>
    <message>
      <source>&amp;Test again</source>
      <translation>Test på n&amp;ytt</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
      <source>A DNS service record points to a server outside your provider's domain: {detail}</source>
      <translation type="vanished">En DNS-tjenestepost peker til en server utenfor leverandørens domene: {detail}</translation>
    </message>
    <message>
      <source>A new server certificate</source>
      <translation>Et nytt serversertifikat</translation>
    </message>
    <message>
      <source>A server would be used without encryption: {detail}</source>
      <translation type="vanished">En server ville blitt brukt uten kryptering: {detail}</translation>
    </message>
    <message>
      <source>A sign-in at {provider} is kept in this computer's keyring. The wizard signs in with it, without your browser, and then tests receiving and sending mail with that sign-in. If {provider} no longer accepts it, it is removed and your browser opens so you can sign in again.</source>
      <translation>En innlogging hos {provider} er lagret i datamaskinens nøkkelring. Veiviseren logger inn med den uten nettleseren og tester deretter mottak og sending av e-post med den innloggingen. Hvis {provider} ikke lenger godtar den, fjernes den, og nettleseren åpnes så du kan logge inn på nytt.</translation>
    </message>
    <message>
      <source>Accept it only if your provider confirms its fingerprint: go back to the certificate, or accept it when the mail program asks.</source>
      <translation>Godta det bare hvis leverandøren din bekrefter fingeravtrykket: gå tilbake til sertifikatet, eller godta det når e-postprogrammet spør.</translation>
    </message>
    <message>
      <source>Account type: {kind}</source>
      <translation>Kontotype: {kind}</translation>
    </message>
    <message>
      <source>Address: {address}</source>
      <translation>Adresse: {address}</translation>
    </message>
    <message>
      <source>Also keep the password in this computer's keyring</source>
      <translation>Lagre også passordet i datamaskinens nøkkelring</translation>
    </message>
    <message>
      <source>Apple Mail (Mac)</source>
      <translation>Apple Mail (Mac)</translation>
    </message>
    <message>
      <source>As an Exchange account: Thunderbird sets up the mail; calendar and contacts are not set up in Thunderbird.</source>
      <translation>Som Exchange-konto: Thunderbird setter opp e-posten; kalender og kontakter settes ikke opp i Thunderbird.</translation>
    </message>
    <message>
      <source>Asking every place where mail programs look for settings, all at once.</source>
      <translation>Spør alle steder der e-postprogrammer leter etter innstillinger, på én gang.</translation>
    </message>
    <message>
      <source>Automatic discovery is not available in this version; enter the settings by hand.</source>
      <translation type="vanished">Automatisk søk finnes ikke i denne versjonen; skriv inn innstillingene selv.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <source>Business Mail (Exchange)</source>
      <translation>Business Mail (Exchange)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Certificate accepted for {host}:{port}: SHA-256 {sha256}</source>
      <translation>Sertifikat godtatt for {host}:{port}: SHA-256 {sha256}</translation>
    </message>
    <message>
      <source>Certificate details</source>
      <translation>Sertifikatets detaljer</translation>
    </message>
    <message>
      <source>Certificate not accepted for {host}:{port}: SHA-256 {sha256}</source>
      <translation>Sertifikat ikke godtatt for {host}:{port}: SHA-256 {sha256}</translation>
    </message>
    <message>
      <source>Check the settings, or enter them yourself.</source>
      <translation>Sjekk innstillingene, eller skriv dem inn selv.</translation>
    </message>
    <message>
      <source>Choose the mail programs to set up. Files for other programs and devices are saved in a folder, to open or send them there.</source>
      <translation>Velg e-postprogrammene som skal settes opp. Filer for andre programmer og enheter lagres i en mappe, så du kan åpne eller sende dem der.</translation>
    </message>
    <message>
      <source>Choose where to set up the account.</source>
      <translation>Velg hvor kontoen skal settes opp.</translation>
    </message>
    <message>
      <source>Connecting to each server, checking encryption and certificates, and logging in.</source>
      <translation>Kobler til hver server, kontrollerer kryptering og sertifikater og logger inn.</translation>
    </message>
    <message>
      <source>Connection test:</source>
      <translation>Tilkoblingstest:</translation>
    </message>
    <message>
      <source>Copy report for support</source>
      <translation>Kopier rapport til kundestøtte</translation>
    </message>
    <message>
      <source>Copy the folder “{folder}” to the Windows computer (a USB stick or your cloud storage will do).</source>
      <translation>Kopier mappen «{folder}» til Windows-maskinen (en minnepinne eller skylagringen din holder).</translation>
    </message>
    <message>
      <source>Could not write: {problem}</source>
      <translation>Kunne ikke skrive: {problem}</translation>
    </message>
    <message>
      <source>Create your forwarding rules and signature again in the new mail program.</source>
      <translation type="vanished">Opprett videresendingsreglene og signaturen din på nytt i det nye e-postprogrammet.</translation>
    </message>
    <message>
      <source>Created: {time}</source>
      <translation type="vanished">Opprettet: {time}</translation>
    </message>
    <message>
      <source>DNS service records</source>
      <translation type="vanished">DNS-tjenesteposter</translation>
    </message>
    <message>
      <source>Demo provider running on this computer. Sign in as {user} with the password {password}</source>
      <translation>Demoleverandøren kjører på denne datamaskinen. Logg inn som {user} med passordet {password}</translation>
    </message>
    <message>
      <source>Did you mean {address}? &amp;Use it</source>
      <translation>Mente du {address}? &amp;Bruk den</translation>
    </message>
    <message>
      <source>Discovery steps</source>
      <translation>Søkets trinn</translation>
    </message>
    <message>
      <source>Discovery steps:</source>
      <translation>Søkets trinn:</translation>
    </message>
    <message>
      <source>Do not use this server until your provider fixes its certificate.</source>
      <translation>Ikke bruk denne serveren før leverandøren din har rettet sertifikatet.</translation>
    </message>
    <message>
      <source>Domain that would receive your mail: {domain}</source>
      <translation>Domene som ville mottatt e-posten din: {domain}</translation>
    </message>
    <message>
      <source>Domain: {domain}</source>
      <translation>Domene: {domain}</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Ferdig</translation>
    </message>
    <message>
      <source>E-mail &amp;address:</source>
      <translation>E-post&amp;adresse:</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>E-postadresse</translation>
    </message>
    <message>
      <source>E-mail setup</source>
      <translation>Oppsett av e-post</translation>
    </message>
    <message>
      <source>Enter or change the settings &amp;myself</source>
      <translation>Skriv inn eller endre innstillingene &amp;selv</translation>
    </message>
    <message>
      <source>Enter or change the settings myself</source>
      <translation>Skriv inn eller endre innstillingene selv</translation>
    </message>
    <message>
      <source>Enter settings &amp;manually</source>
      <translation>Skriv inn innstillinger &amp;manuelt</translation>
    </message>
    <message>
      <source>Enter settings manually</source>
      <translation>Skriv inn innstillinger manuelt</translation>
    </message>
    <message>
      <source>Enter the settings your provider gave you. Encrypted connections are chosen to start with.</source>
      <translation>Skriv inn innstillingene du har fått fra leverandøren din. Krypterte forbindelser er valgt fra start.</translation>
    </message>
    <message>
      <source>Everything up to the sign-in works. Your provider signs you in on its own page; your mail program will open it.</source>
      <translation>Alt fram til innloggingen virker. Leverandøren din logger deg inn på sin egen side; e-postprogrammet ditt åpner den.</translation>
    </message>
    <message>
      <source>Everything up to the sign-in works. {provider} signs you in on its own page; your mail program will open it.</source>
      <translation>Alt fram til innloggingen virker. {provider} logger deg inn på sin egen side; e-postprogrammet ditt åpner den.</translation>
    </message>
    <message>
      <source>Everything works.</source>
      <translation type="vanished">Alt virker.</translation>
    </message>
    <message>
      <source>Everything works: receiving and sending mail were tested with your password.</source>
      <translation>Alt virker: mottak og sending av e-post ble testet med passordet ditt.</translation>
    </message>
    <message>
      <source>Everything works: signing in to Exchange was tested with your password.</source>
      <translation>Alt virker: innlogging på Exchange ble prøvd med passordet ditt.</translation>
    </message>
    <message>
      <source>Everything works: you signed in at {provider}, and receiving and sending mail were tested with that sign-in.</source>
      <translation>Alt virker: du logget inn hos {provider}, og mottak og sending av e-post ble testet med den innloggingen.</translation>
    </message>
    <message>
      <source>Everything works: {provider} accepted the sign-in kept in this computer's keyring, and receiving and sending mail were tested with that sign-in.</source>
      <translation>Alt virker: {provider} godtok innloggingen som er lagret i datamaskinens nøkkelring, og mottak og sending av e-post ble testet med den innloggingen.</translation>
    </message>
    <message>
      <source>Exchange (Business Mail)</source>
      <translation>Exchange (Business Mail)</translation>
    </message>
    <message>
      <source>Exchange mail</source>
      <translation>Exchange-e-post</translation>
    </message>
    <message>
      <source>Files for other programs and devices</source>
      <translation>Filer for andre programmer og enheter</translation>
    </message>
    <message>
      <source>Finding your settings</source>
      <translation>Innstillingene dine letes fram</translation>
    </message>
    <message>
      <source>Fingerprint (SHA-256):</source>
      <translation>Fingeravtrykk (SHA-256):</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Fullfør</translation>
    </message>
    <message>
      <source>Found at: {origin}</source>
      <translation>Funnet på: {origin}</translation>
    </message>
    <message>
      <source>Go back to the certificate and decide.</source>
      <translation>Gå tilbake til sertifikatet og bestem deg.</translation>
    </message>
    <message>
      <source>Help from {who}:</source>
      <translation>Hjelp fra {who}:</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Skjul</translation>
    </message>
    <message>
      <source>Hide &amp;details</source>
      <translation>Skjul &amp;detaljer</translation>
    </message>
    <message>
      <source>Hide the password</source>
      <translation>Skjul passordet</translation>
    </message>
    <message>
      <source>I have checked: this is my provider, use these settings</source>
      <translation>Jeg har sjekket: dette er leverandøren min, bruk disse innstillingene</translation>
    </message>
    <message>
      <source>IMAP</source>
      <translation>IMAP</translation>
    </message>
    <message>
      <source>Incoming</source>
      <translation>Innkommende</translation>
    </message>
    <message>
      <source>Incoming &amp;server:</source>
      <translation>Innkommende ser&amp;ver:</translation>
    </message>
    <message>
      <source>Incoming &amp;type:</source>
      <translation>Innkommende t&amp;ype:</translation>
    </message>
    <message>
      <source>Incoming p&amp;ort:</source>
      <translation>Innkommende p&amp;ort:</translation>
    </message>
    <message>
      <source>Incoming s&amp;ecurity:</source>
      <translation>Innkommende s&amp;ikkerhet:</translation>
    </message>
    <message>
      <source>Incoming:</source>
      <translation>Innkommende:</translation>
    </message>
    <message>
      <source>Incoming: {server}</source>
      <translation>Innkommende: {server}</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Informasjon</translation>
    </message>
    <message>
      <source>Issued by:</source>
      <translation>Utstedt av:</translation>
    </message>
    <message>
      <source>Issued to:</source>
      <translation>Utstedt til:</translation>
    </message>
    <message>
      <source>Keep the password in this computer's keyring</source>
      <translation type="vanished">Lagre passordet i datamaskinens nøkkelring</translation>
    </message>
    <message>
      <source>Kind of account</source>
      <translation>Kontotype</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Look again for Thunderbird</source>
      <translation>Se etter Thunderbird på nytt</translation>
    </message>
    <message>
      <source>Look-alike warning: “{labels}” mixes letters from different alphabets, a trick used to imitate well-known names.</source>
      <translation type="vanished">Advarsel om forveksling: «{labels}» blander bokstaver fra ulike alfabeter, et triks for å etterligne kjente navn.</translation>
    </message>
    <message>
      <source>Looking at the servers' certificates (no password is sent yet)…</source>
      <translation>Ser på serverens sertifikater (ingen passord sendes ennå)…</translation>
    </message>
    <message>
      <source>Looking for the settings of {address}…</source>
      <translation>Leter etter innstillingene for {address}…</translation>
    </message>
    <message>
      <source>Mail is downloaded to this computer and usually removed from the server.</source>
      <translation>E-posten lastes ned til denne datamaskinen og fjernes vanligvis fra serveren.</translation>
    </message>
    <message>
      <source>Mail programs</source>
      <translation>E-postprogrammer</translation>
    </message>
    <message>
      <source>Mail programs on this computer</source>
      <translation>E-postprogrammer på denne datamaskinen</translation>
    </message>
    <message>
      <source>Mail programs:</source>
      <translation>E-postprogrammer:</translation>
    </message>
    <message>
      <source>Mail, calendar and contacts kept in step on all devices.</source>
      <translation>E-post, kalender og kontakter holdes like på alle enheter.</translation>
    </message>
    <message>
      <source>Microsoft Autodiscover</source>
      <translation type="vanished">Microsoft Autodiscover</translation>
    </message>
    <message>
      <source>NOT encrypted</source>
      <translation type="vanished">IKKE kryptert</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Neste</translation>
    </message>
    <message>
      <source>No Thunderbird profile was found on this computer.</source>
      <translation type="vanished">Fant ingen Thunderbird-profil på denne datamaskinen.</translation>
    </message>
    <message>
      <source>No display is available, so the wizard window cannot open. Use the commands instead (mailsetup --help), or run it on a desktop.</source>
      <translation>Det finnes ingen skjerm, så veiviservinduet kan ikke åpnes. Bruk kommandoene i stedet (mailsetup --help), eller kjør den på et skrivebord.</translation>
    </message>
    <message>
      <source>No mail program was set up.</source>
      <translation>Ingen e-postprogrammer ble satt opp.</translation>
    </message>
    <message>
      <source>No password yet: without it the wizard cannot prove the login. You can still go on; the mail program will ask for it.</source>
      <translation type="vanished">Ikke noe passord ennå: uten det kan veiviseren ikke bevise at innloggingen virker. Du kan likevel fortsette; e-postprogrammet vil spørre etter det.</translation>
    </message>
    <message>
      <source>No password yet: without it the wizard cannot prove the login. You can still go on; the mail program will ask for it. Providers that sign you in on their own page (as Gmail and Microsoft 365 do) need none here.</source>
      <translation>Ikke noe passord ennå: uten det kan veiviseren ikke bevise at innloggingen virker. Du kan likevel fortsette; e-postprogrammet vil spørre etter det. Leverandører som logger deg inn på sin egen side (slik Gmail og Microsoft 365 gjør), trenger ikke noe her.</translation>
    </message>
    <message>
      <source>No settings were found for {address}. You can enter them by hand.</source>
      <translation type="vanished">Fant ingen innstillinger for {address}. Du kan skrive dem inn selv.</translation>
    </message>
    <message>
      <source>No system keyring was found on this computer.</source>
      <translation>Fant ingen nøkkelring i systemet på denne datamaskinen.</translation>
    </message>
    <message>
      <source>Not everything works yet. Read what to do below, go back to change the settings, or set it up anyway.</source>
      <translation>Ikke alt virker ennå. Les nedenfor hva du kan gjøre, gå tilbake og endre innstillingene, eller sett det opp likevel.</translation>
    </message>
    <message>
      <source>Not set up:</source>
      <translation type="vanished">Ikke satt opp:</translation>
    </message>
    <message>
      <source>Not tested.</source>
      <translation>Ikke testet.</translation>
    </message>
    <message>
      <source>Nothing wrong was found, but this server signs in in a way the wizard cannot test. Read below; the mail program signs in itself.</source>
      <translation>Det ble ikke funnet feil, men denne serveren logger inn på en måte veiviseren ikke kan prøve. Les nedenfor; e-postprogrammet logger inn selv.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it.</source>
      <translation>På en iPhone eller iPad: send «{file}» til deg selv (AirDrop eller e-post), åpne den, gå så til Innstillinger, Profil lastet ned, og installer den.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it. The Mac and the iPhone or iPad each ask for your password once while installing the profile: type it there. Your password is not in the profile.</source>
      <translation type="vanished">På en iPhone eller iPad: send «{file}» til deg selv (AirDrop eller e-post), åpne den, gå så til Innstillinger, Profil lastet ned, og installer den. Både Mac-en og iPhone-en eller iPad-en spør én gang hver om passordet ditt når profilen installeres: skriv det inn der. Passordet ditt er ikke i profilen.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it. The iPhone or iPad then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation type="vanished">På en iPhone eller iPad: send «{file}» til deg selv (AirDrop eller e-post), åpne den, gå så til Innstillinger, Profil lastet ned, og installer den. iPhone-en eller iPad-en spør deretter én gang om passordet ditt: skriv det inn der. Passordet ditt er ikke i profilen.</translation>
    </message>
    <message>
      <source>On iPhone, Android and other phones the user name is {user}</source>
      <translation>På iPhone, Android og andre telefoner er brukernavnet {user}</translation>
    </message>
    <message>
      <source>On the Mac: double-click “{file}”, then open System Settings, Privacy &amp; Security, Profiles, and install it.</source>
      <translation>På Mac-en: dobbeltklikk på «{file}», åpne så Systeminnstillinger, Personvern og sikkerhet, Profiler, og installer den.</translation>
    </message>
    <message>
      <source>On the Mac: double-click “{file}”, then open System Settings, Privacy &amp; Security, Profiles, and install it. The Mac then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation type="vanished">På Mac-en: dobbeltklikk på «{file}», åpne så Systeminnstillinger, Personvern og sikkerhet, Profiler, og installer den. Mac-en spør deretter én gang om passordet ditt: skriv det inn der. Passordet ditt er ikke i profilen.</translation>
    </message>
    <message>
      <source>Only for this wizard's own later checks: testing the account again, a provider's move to new servers, a support re-run. Your mail programs do not read it from there.</source>
      <translation>Bare for veiviserens egne senere kontroller: å teste kontoen igjen, når leverandøren flytter til nye servere, eller når brukerstøtte ber om en ny kjøring. E-postprogrammene dine leser det ikke derfra.</translation>
    </message>
    <message>
      <source>Open &amp;Thunderbird</source>
      <translation>Åpne Thunder&amp;bird</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation type="vanished">Åpne &amp;mappe</translation>
    </message>
    <message>
      <source>Open Outlook, choose File, then Add Account, and type your e-mail address.</source>
      <translation type="vanished">Åpne Outlook, velg Fil og så Legg til konto, og skriv inn e-postadressen din.</translation>
    </message>
    <message>
      <source>Open Outlook, choose File, then Add Account, and type your e-mail address. Outlook then asks for your password once: type it there. Your password is not in these files.</source>
      <translation>Åpne Outlook, velg Fil og så Legg til konto, og skriv inn e-postadressen din. Outlook spør deretter én gang om passordet ditt: skriv det inn der. Passordet ditt er ikke i disse filene.</translation>
    </message>
    <message>
      <source>Open Thunderbird</source>
      <translation>Åpne Thunderbird</translation>
    </message>
    <message>
      <source>Open the folder {folder}</source>
      <translation>Åpne mappen {folder}</translation>
    </message>
    <message>
      <source>Outgoing</source>
      <translation>Utgående</translation>
    </message>
    <message>
      <source>Outgoing po&amp;rt:</source>
      <translation>Utgående po&amp;rt:</translation>
    </message>
    <message>
      <source>Outgoing s&amp;erver (SMTP):</source>
      <translation type="vanished">Utgående s&amp;erver (SMTP):</translation>
    </message>
    <message>
      <source>Outgoing sec&amp;urity:</source>
      <translation type="vanished">Utgående si&amp;kkerhet:</translation>
    </message>
    <message>
      <source>Outgoing secur&amp;ity:</source>
      <translation>Utgående si&amp;kkerhet:</translation>
    </message>
    <message>
      <source>Outgoing ser&amp;ver (SMTP):</source>
      <translation>Utgående s&amp;erver (SMTP):</translation>
    </message>
    <message>
      <source>Outgoing server</source>
      <translation>Utgående server</translation>
    </message>
    <message>
      <source>Outgoing:</source>
      <translation>Utgående:</translation>
    </message>
    <message>
      <source>Outgoing: {server}</source>
      <translation>Utgående: {server}</translation>
    </message>
    <message>
      <source>Outlook</source>
      <translation>Outlook</translation>
    </message>
    <message>
      <source>Outlook asks for the password once when it first connects.</source>
      <translation>Outlook spør om passordet én gang, første gang det kobler til.</translation>
    </message>
    <message>
      <source>Outlook signs in on the provider's page itself: the steps for its own “Add account” are shown at the end; no file is needed</source>
      <translation>Outlook logger selv inn på leverandørens side: trinnene for dets egen «Legg til konto» vises til slutt; ingen fil trengs</translation>
    </message>
    <message>
      <source>POP</source>
      <translation>POP</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passord</translation>
    </message>
    <message>
      <source>Please confirm before anything is sent</source>
      <translation>Vennligst bekreft før noe sendes</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Provider: {name}</source>
      <translation>Leverandør: {name}</translation>
    </message>
    <message>
      <source>Receiving mail</source>
      <translation>Mottak av e-post</translation>
    </message>
    <message>
      <source>Reference for support: {reference}</source>
      <translation>Referanse til kundestøtte: {reference}</translation>
    </message>
    <message>
      <source>Rehearsal &amp;scene:</source>
      <translation>Øv&amp;ingsscene:</translation>
    </message>
    <message>
      <source>Rehearsal scene</source>
      <translation>Øvingsscene</translation>
    </message>
    <message>
      <source>Rehearsal: {summary}</source>
      <translation>Øving: {summary}</translation>
    </message>
    <message>
      <source>Remove the old account once the new one shows your mail.</source>
      <translation type="vanished">Fjern den gamle kontoen når den nye viser e-posten din.</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>SSL/TLS (recommended)</source>
      <translation>SSL/TLS (anbefales)</translation>
    </message>
    <message>
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <source>Sa&amp;ve report…</source>
      <translation>&amp;Lagre rapport…</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Lagre rapport</translation>
    </message>
    <message>
      <source>Search progress</source>
      <translation>Søkets fremdrift</translation>
    </message>
    <message>
      <source>Sending mail</source>
      <translation>Sending av e-post</translation>
    </message>
    <message>
      <source>Server:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <source>Servers</source>
      <translation>Servere</translation>
    </message>
    <message>
      <source>Set it &amp;up anyway; Done will list what is still open</source>
      <translation>Sett det &amp;opp likevel; Ferdig viser hva som gjenstår</translation>
    </message>
    <message>
      <source>Set it &amp;up anyway; the mail program will ask for the password</source>
      <translation>Sett det &amp;opp likevel; e-postprogrammet spør etter passordet</translation>
    </message>
    <message>
      <source>Set up your e-mail</source>
      <translation>Sett opp e-posten din</translation>
    </message>
    <message>
      <source>Set up your {provider} e-mail</source>
      <translation>Sett opp {provider}-e-posten din</translation>
    </message>
    <message>
      <source>Set up, but not everything is proven yet. Still open:</source>
      <translation>Satt opp, men ikke alt er bevist ennå. Dette gjenstår:</translation>
    </message>
    <message>
      <source>Set up:</source>
      <translation type="vanished">Satt opp:</translation>
    </message>
    <message>
      <source>Setting up your mail programs…</source>
      <translation>E-postprogrammene dine settes opp…</translation>
    </message>
    <message>
      <source>Settings found</source>
      <translation>Innstillinger funnet</translation>
    </message>
    <message>
      <source>Settings found for {address}.</source>
      <translation>Innstillinger funnet for {address}.</translation>
    </message>
    <message>
      <source>Settings from: {source} ({trust})</source>
      <translation>Innstillinger fra: {source} ({trust})</translation>
    </message>
    <message>
      <source>Settings sheet</source>
      <translation>Innstillingsark</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Vis</translation>
    </message>
    <message>
      <source>Show &amp;details</source>
      <translation>Vis &amp;detaljer</translation>
    </message>
    <message>
      <source>Show the password</source>
      <translation>Vis passordet</translation>
    </message>
    <message>
      <source>Shown as {unicode}, written {ascii} in computer form.</source>
      <translation>Vises som {unicode}, skrives {ascii} i dataform.</translation>
    </message>
    <message>
      <source>Sign &amp;in again at {provider}</source>
      <translation>Logg &amp;inn igjen hos {provider}</translation>
    </message>
    <message>
      <source>Sign &amp;in again at {provider} in your browser</source>
      <translation>Logg &amp;inn igjen hos {provider} i nettleseren</translation>
    </message>
    <message>
      <source>Sign &amp;in again at {provider} with the kept sign-in</source>
      <translation>Logg &amp;inn igjen hos {provider} med den lagrede innloggingen</translation>
    </message>
    <message>
      <source>Sign &amp;in at {provider}</source>
      <translation>Logg &amp;inn hos {provider}</translation>
    </message>
    <message>
      <source>Sign &amp;in at {provider} in your browser</source>
      <translation>Logg &amp;inn hos {provider} i nettleseren</translation>
    </message>
    <message>
      <source>Sign &amp;in at {provider} with the kept sign-in</source>
      <translation>Logg &amp;inn hos {provider} med den lagrede innloggingen</translation>
    </message>
    <message>
      <source>Sign-in</source>
      <translation>Innlogging</translation>
    </message>
    <message>
      <source>Signed in at {provider} in your browser.</source>
      <translation>Logget inn hos {provider} i nettleseren.</translation>
    </message>
    <message>
      <source>Signed in at {provider} with the sign-in kept in this computer's keyring.</source>
      <translation>Logget inn hos {provider} med innloggingen som er lagret i datamaskinens nøkkelring.</translation>
    </message>
    <message>
      <source>Signed in at {provider}. The token stays in this window's memory only.</source>
      <translation type="vanished">Logget inn hos {provider}. Tilgangsnøkkelen (token) holdes bare i dette vinduets minne.</translation>
    </message>
    <message>
      <source>Signed in with the sign-in kept in this computer's keyring.</source>
      <translation type="vanished">Logget inn med innloggingen som er lagret i datamaskinens nøkkelring.</translation>
    </message>
    <message>
      <source>Signing in at {provider} with the sign-in kept in this computer's keyring, without your browser. If {provider} no longer accepts it, your browser opens so you can sign in again.</source>
      <translation>Logger inn hos {provider} med innloggingen som er lagret i datamaskinens nøkkelring, uten nettleseren. Hvis {provider} ikke lenger godtar den, åpnes nettleseren så du kan logge inn på nytt.</translation>
    </message>
    <message>
      <source>Signing in at {provider}…</source>
      <translation>Logger inn hos {provider}…</translation>
    </message>
    <message>
      <source>Some checks failed. Read what to do below, go back to change the settings, or continue anyway.</source>
      <translation type="vanished">Noen kontroller feilet. Les nedenfor hva du kan gjøre, gå tilbake og endre innstillingene, eller fortsett likevel.</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({problem}).</source>
      <translation type="vanished">Noe uventet gikk galt ({problem}).</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Kilde</translation>
    </message>
    <message>
      <source>Source: {source}{origin} — {trust}</source>
      <translation>Kilde: {source}{origin} — {trust}</translation>
    </message>
    <message>
      <source>Step {number} of {total}</source>
      <translation>Trinn {number} av {total}</translation>
    </message>
    <message>
      <source>Stop setting up your e-mail? What you typed is not kept, and no mail program is changed.</source>
      <translation>Vil du stoppe oppsettet av e-posten din? Det du har skrevet, lagres ikke, og ingen e-postprogrammer blir endret.</translation>
    </message>
    <message>
      <source>Stop setting up?</source>
      <translation>Stoppe oppsettet?</translation>
    </message>
    <message>
      <source>Stopped. You can search again or enter the settings by hand.</source>
      <translation>Stoppet. Du kan søke på nytt eller skrive inn innstillingene selv.</translation>
    </message>
    <message>
      <source>Test again</source>
      <translation>Test på nytt</translation>
    </message>
    <message>
      <source>Test again, or check the settings.</source>
      <translation>Test på nytt, eller sjekk innstillingene.</translation>
    </message>
    <message>
      <source>Test progress</source>
      <translation>Testens fremdrift</translation>
    </message>
    <message>
      <source>Test results</source>
      <translation>Testresultater</translation>
    </message>
    <message>
      <source>Testing the settings</source>
      <translation>Innstillingene testes</translation>
    </message>
    <message>
      <source>Testing… this takes a few seconds.</source>
      <translation>Tester… dette tar noen sekunder.</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
      <source>The Mac and the iPhone or iPad each ask for your password once while installing the profile: type it there. Your password is not in the profile.</source>
      <translation>Både Mac-en og iPhone-en eller iPad-en spør én gang hver om passordet ditt når profilen installeres: skriv det inn der. Passordet ditt er ikke i profilen.</translation>
    </message>
    <message>
      <source>The Mac then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation>Mac-en spør deretter én gang om passordet ditt: skriv det inn der. Passordet ditt er ikke i profilen.</translation>
    </message>
    <message>
      <source>The account was added to Thunderbird ({path}).</source>
      <translation>Kontoen ble lagt til i Thunderbird ({path}).</translation>
    </message>
    <message>
      <source>The account was added to Thunderbird ({path}). Thunderbird asks for the password once.</source>
      <translation type="vanished">Kontoen ble lagt til i Thunderbird ({path}). Thunderbird spør etter passordet én gang.</translation>
    </message>
    <message>
      <source>The address and password you got from your e-mail provider.</source>
      <translation>Adressen og passordet du har fått fra e-postleverandøren din.</translation>
    </message>
    <message>
      <source>The address you got from your e-mail provider.</source>
      <translation>Adressen du har fått fra e-postleverandøren din.</translation>
    </message>
    <message>
      <source>The app password that works is {app}.</source>
      <translation>App-passordet som virker, er {app}.</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be trusted ({state}).</source>
      <translation>Sertifikatet til {host} kan ikke stoles på ({state}).</translation>
    </message>
    <message>
      <source>The certificate of {host} is the one you accepted.</source>
      <translation>Sertifikatet til {host} er det du godtok.</translation>
    </message>
    <message>
      <source>The certificate of {host} is trusted.</source>
      <translation>Sertifikatet til {host} er klarert.</translation>
    </message>
    <message>
      <source>The certificate of {host} waits for your decision.</source>
      <translation>Sertifikatet til {host} venter på avgjørelsen din.</translation>
    </message>
    <message>
      <source>The connection test is not available in this version.</source>
      <translation type="vanished">Tilkoblingstesten finnes ikke i denne versjonen.</translation>
    </message>
    <message>
      <source>The customer types {wrong} instead.</source>
      <translation>Kunden skriver {wrong} i stedet.</translation>
    </message>
    <message>
      <source>The domain “{domain}” does not exist. Check the spelling after @ in your address.</source>
      <translation>Domenet «{domain}» finnes ikke. Sjekk stavemåten etter @ i adressen din.</translation>
    </message>
    <message>
      <source>The existing account in Thunderbird was updated in place ({path}); a backup was kept.</source>
      <translation>Den eksisterende kontoen i Thunderbird ble oppdatert ({path}); en sikkerhetskopi er tatt vare på.</translation>
    </message>
    <message>
      <source>The existing account in Thunderbird was updated in place ({path}); a backup was kept. Thunderbird asks for the password once.</source>
      <translation type="vanished">Den eksisterende kontoen i Thunderbird ble oppdatert ({path}); en sikkerhetskopi er tatt. Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>The iPhone or iPad then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation>iPhone-en eller iPad-en spør deretter én gang om passordet ditt: skriv det inn der. Passordet ditt er ikke i profilen.</translation>
    </message>
    <message>
      <source>The kept sign-in could not be used, so your browser opened. Sign in at {provider} there; this window goes on by itself.</source>
      <translation>Den lagrede innloggingen kunne ikke brukes, så nettleseren ble åpnet. Logg inn hos {provider} der; dette vinduet fortsetter av seg selv.</translation>
    </message>
    <message>
      <source>The mail program asks for the password the first time; type it there.</source>
      <translation>E-postprogrammet spør etter passordet første gang; skriv det inn der.</translation>
    </message>
    <message>
      <source>The mail program opens that page the first time it connects; sign in there.</source>
      <translation>E-postprogrammet åpner den siden første gang det kobler til; logg inn der.</translation>
    </message>
    <message>
      <source>The mail program will warn about the certificate of {host}; accept it there only if your provider confirms it.</source>
      <translation>E-postprogrammet vil advare om sertifikatet til {host}; godta det der bare hvis leverandøren din bekrefter det.</translation>
    </message>
    <message>
      <source>The mail server shows a certificate that no authority on this computer vouches for. This happens when a provider changes its certificate. Accept it only if it is the one your provider announced.</source>
      <translation>E-postserveren viser et sertifikat som ingen instans på denne datamaskinen går god for. Det skjer når en leverandør bytter sertifikat. Godta det bare hvis det er det leverandøren din har varslet.</translation>
    </message>
    <message>
      <source>The password cannot be kept in this computer's keyring. {problem}</source>
      <translation>Passordet kan ikke lagres i datamaskinens nøkkelring. {problem}</translation>
    </message>
    <message>
      <source>The password could not be kept in the keyring: {problem}</source>
      <translation>Passordet kunne ikke lagres i nøkkelringen: {problem}</translation>
    </message>
    <message>
      <source>The password is only used to test the login and is kept in your system's keyring, never in a file.</source>
      <translation type="vanished">Passordet brukes bare til å teste innloggingen og lagres i systemets nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
      <source>The password is used to test the login. It is saved only where you choose on the last page, and only encrypted, never in a plain file.</source>
      <translation type="vanished">Passordet brukes til å teste innloggingen. Det lagres bare der du velger på siste side, og bare kryptert, aldri i en vanlig fil.</translation>
    </message>
    <message>
      <source>The password is used to test the login. It is saved only where you choose on the last page, and only encrypted, never in a plain file. A provider that signs you in on its own page never gets it.</source>
      <translation>Passordet brukes til å teste innloggingen. Det lagres bare der du velger på siste side, og bare kryptert, aldri i en vanlig fil. En leverandør som logger deg inn på sin egen side, får det aldri.</translation>
    </message>
    <message>
      <source>The password was not accepted. Type it again below and choose Test again.</source>
      <translation>Passordet ble ikke godtatt. Skriv det inn på nytt nedenfor, og velg Test på nytt.</translation>
    </message>
    <message>
      <source>The password was not kept in this computer's keyring.</source>
      <translation>Passordet ble ikke lagret i datamaskinens nøkkelring.</translation>
    </message>
    <message>
      <source>The provider's answer redirected to another domain: {detail}</source>
      <translation type="vanished">Leverandørens svar videresendte til et annet domene: {detail}</translation>
    </message>
    <message>
      <source>The report could not be saved as {path}: {problem}</source>
      <translation>Rapporten kunne ikke lagres som {path}: {problem}</translation>
    </message>
    <message>
      <source>The report is copied. Paste it into an e-mail or chat to support.</source>
      <translation>Rapporten er kopiert. Lim den inn i en e-post eller chat til kundestøtte.</translation>
    </message>
    <message>
      <source>The report is saved as {path}.</source>
      <translation>Rapporten er lagret som {path}.</translation>
    </message>
    <message>
      <source>The search failed.</source>
      <translation>Søket feilet.</translation>
    </message>
    <message>
      <source>The search stopped unexpectedly. Search again, or enter the settings by hand.</source>
      <translation>Søket stoppet uventet. Søk på nytt, eller skriv inn innstillingene selv.</translation>
    </message>
    <message>
      <source>The server did not accept the password.</source>
      <translation>Serveren godtok ikke passordet.</translation>
    </message>
    <message>
      <source>The servers could not be checked. Choose Next to try again, or change the settings.</source>
      <translation>Serverne kunne ikke kontrolleres. Velg Neste for å prøve på nytt, eller endre innstillingene.</translation>
    </message>
    <message>
      <source>The servers could not be checked: {problem} Choose Next to try again, or change the settings.</source>
      <translation>Serverne kunne ikke kontrolleres: {problem} Velg Neste for å prøve på nytt, eller endre innstillingene.</translation>
    </message>
    <message>
      <source>The settings came from DNS answers that are not signed (no DNSSEC).</source>
      <translation type="vanished">Innstillingene kom fra DNS-svar som ikke er signert (ingen DNSSEC).</translation>
    </message>
    <message>
      <source>The settings came from a source that cannot prove it speaks for your provider.</source>
      <translation>Innstillingene kom fra en kilde som ikke kan bevise at den snakker på vegne av leverandøren din.</translation>
    </message>
    <message>
      <source>The settings came over an unencrypted web connection, where anyone on the way could change them.</source>
      <translation type="vanished">Innstillingene kom over en ukryptert nettforbindelse, der hvem som helst underveis kunne endre dem.</translation>
    </message>
    <message>
      <source>The settings sheet is saved as {path}.</source>
      <translation>Innstillingsarket er lagret som {path}.</translation>
    </message>
    <message>
      <source>The settings were not tested. The mail program will show whether they work.</source>
      <translation>Innstillingene ble ikke testet. E-postprogrammet vil vise om de virker.</translation>
    </message>
    <message>
      <source>The sign-in kept from before no longer worked, so it was removed.</source>
      <translation>Innloggingen som var lagret fra før, virket ikke lenger, så den ble fjernet.</translation>
    </message>
    <message>
      <source>The sign-in kept from before no longer worked, so this new one is kept in its place.</source>
      <translation>Innloggingen som var lagret fra før, virket ikke lenger, så denne nye er lagret i stedet.</translation>
    </message>
    <message>
      <source>The sign-in kept in this computer's keyring could not be used this time, so the browser opened instead: {problem}</source>
      <translation>Innloggingen som er lagret i datamaskinens nøkkelring, kunne ikke brukes denne gangen, så nettleseren ble åpnet i stedet: {problem}</translation>
    </message>
    <message>
      <source>The sign-in stopped unexpectedly. Sign in again; if it happens again, send the report to support.</source>
      <translation>Innloggingen stoppet uventet. Logg inn igjen; skjer det igjen, send rapporten til kundestøtte.</translation>
    </message>
    <message>
      <source>The test stopped unexpectedly. Test again; if it happens again, send the report to support.</source>
      <translation>Testen stoppet uventet. Test på nytt; skjer det igjen, send rapporten til kundestøtte.</translation>
    </message>
    <message>
      <source>The test stopped: {problem}</source>
      <translation type="vanished">Testen stoppet: {problem}</translation>
    </message>
    <message>
      <source>The window cannot open: this desktop lacks libraries Qt needs. Install them (for example: sudo apt install {packages}) and try again.</source>
      <translation>Vinduet kan ikke åpnes: skrivebordet mangler biblioteker som Qt trenger. Installer dem (for eksempel: sudo apt install {packages}) og prøv igjen.</translation>
    </message>
    <message>
      <source>The wizard can sign in at {provider} itself and then test receiving and sending mail with that sign-in. If this computer keeps you signed in from before, no browser is needed; otherwise your browser opens.</source>
      <translation>Veiviseren kan selv logge inn hos {provider} og deretter teste mottak og sending av e-post med den innloggingen. Hvis datamaskinen holder deg innlogget fra før, trengs ingen nettleser; ellers åpnes nettleseren.</translation>
    </message>
    <message>
      <source>The wizard can sign in at {provider} itself, in your browser, and then test receiving and sending mail with that sign-in.</source>
      <translation>Veiviseren kan selv logge inn hos {provider} i nettleseren og deretter teste mottak og sending av e-post med den innloggingen.</translation>
    </message>
    <message>
      <source>The wizard forgets this sign-in when you close it.</source>
      <translation>Veiviseren glemmer denne innloggingen når du lukker den.</translation>
    </message>
    <message>
      <source>There, double-click “{file}” and answer Yes.</source>
      <translation>Dobbeltklikk der på «{file}», og svar Ja.</translation>
    </message>
    <message>
      <source>These mail programs were found on this computer. Files for other devices are saved so you can open or send them.</source>
      <translation type="vanished">Disse e-postprogrammene ble funnet på denne datamaskinen. Filer for andre enheter lagres, slik at du kan åpne eller sende dem.</translation>
    </message>
    <message>
      <source>These settings could have been forged by someone on your network. Use them only if the domain below really is your provider.</source>
      <translation>Disse innstillingene kan være forfalsket av noen på nettverket ditt. Bruk dem bare hvis domenet nedenfor virkelig er leverandøren din.</translation>
    </message>
    <message>
      <source>This account is already set up here with other servers; it will be updated in place (a backup is kept):</source>
      <translation>Denne kontoen er allerede satt opp her med andre servere; den blir oppdatert der den er (en sikkerhetskopi tas vare på):</translation>
    </message>
    <message>
      <source>This account is already set up here with these servers; it will be updated in place.</source>
      <translation>Denne kontoen er allerede satt opp her med disse serverne; den blir oppdatert der den er.</translation>
    </message>
    <message>
      <source>This computer could not reach the internet. Check your internet connection, then search again.</source>
      <translation>Datamaskinen kom ikke ut på internett. Sjekk internettforbindelsen din, og søk så på nytt.</translation>
    </message>
    <message>
      <source>This computer keeps you signed in, so next time the wizard signs in without your browser.</source>
      <translation>Datamaskinen holder deg innlogget, så neste gang logger veiviseren inn uten nettleseren.</translation>
    </message>
    <message>
      <source>This is the certificate {provider} announced. You can accept it; nothing is sent until you do.</source>
      <translation>Dette er sertifikatet {provider} har annonsert. Du kan godta det; ingenting sendes før du gjør det.</translation>
    </message>
    <message>
      <source>This is the certificate {provider} announced: the fingerprint matches.</source>
      <translation type="vanished">Dette er sertifikatet {provider} har varslet: fingeravtrykket stemmer.</translation>
    </message>
    <message>
      <source>This mail program is not supported.</source>
      <translation>Dette e-postprogrammet støttes ikke.</translation>
    </message>
    <message>
      <source>This name contains non-Latin or accented letters. Check that it is really your provider: its computer form is {ascii}.</source>
      <translation>Navnet inneholder ikke-latinske bokstaver eller aksenter. Sjekk at det virkelig er leverandøren din: i dataform heter det {ascii}.</translation>
    </message>
    <message>
      <source>This wizard finds your provider's settings, tests them on the real servers, and sets up your mail programs. It takes about a minute.</source>
      <translation>Veiviseren finner leverandørens innstillinger, tester dem på de ekte serverne og setter opp e-postprogrammene dine. Det tar omtrent ett minutt.</translation>
    </message>
    <message>
      <source>Thunderbird</source>
      <translation>Thunderbird</translation>
    </message>
    <message>
      <source>Thunderbird asks for the password once.</source>
      <translation>Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>Thunderbird is installed but has not been started yet. Start Thunderbird once, close it, then choose Look again.</source>
      <translation>Thunderbird er installert, men har ikke vært startet ennå. Start Thunderbird én gang, lukk det, og velg så Se etter på nytt.</translation>
    </message>
    <message>
      <source>Thunderbird is not installed on this computer.</source>
      <translation>Thunderbird er ikke installert på denne datamaskinen.</translation>
    </message>
    <message>
      <source>Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account.</source>
      <translation>Thunderbird trenger adressen til Exchange-serverens nettjeneste (EWS), og ingen er kjent for denne kontoen.</translation>
    </message>
    <message>
      <source>Thunderbird opens the provider's sign-in page the first time it connects; sign in there. No password is saved for it.</source>
      <translation>Thunderbird åpner innloggingssiden til leverandøren første gang det kobler til; logg inn der. Ikke noe passord lagres for det.</translation>
    </message>
    <message>
      <source>Thunderbird remembers the password (saved encrypted in Thunderbird's own password store)</source>
      <translation>Thunderbird husker passordet (lagret kryptert i Thunderbirds eget passordlager)</translation>
    </message>
    <message>
      <source>Thunderbird's provider database</source>
      <translation type="vanished">Thunderbirds leverandørdatabase</translation>
    </message>
    <message>
      <source>Thunderbird, profile “{name}”</source>
      <translation>Thunderbird, profilen «{name}»</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <source>Turn it on here: {url}</source>
      <translation>Slå det på her: {url}</translation>
    </message>
    <message>
      <source>Two-factor sign-in: {note}</source>
      <translation>Totrinnsbekreftelse: {note}</translation>
    </message>
    <message>
      <source>Type the password again; if it is right, ask your provider whether the account is locked.</source>
      <translation>Skriv passordet på nytt; er det riktig, spør leverandøren din om kontoen er låst.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Brukernavn</translation>
    </message>
    <message>
      <source>User name: {user}</source>
      <translation>Brukernavn: {user}</translation>
    </message>
    <message>
      <source>Valid:</source>
      <translation>Gyldig:</translation>
    </message>
    <message>
      <source>Waiting for you to sign in at {provider} in your browser. Finish signing in there; this window goes on by itself.</source>
      <translation>Venter på at du logger inn hos {provider} i nettleseren. Fullfør innloggingen der; dette vinduet fortsetter av seg selv.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>Web access: {url}</source>
      <translation>Nettilgang: {url}</translation>
    </message>
    <message>
      <source>Webmail:</source>
      <translation>Webmail:</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Velkommen</translation>
    </message>
    <message>
      <source>What changed:</source>
      <translation>Hva er endret:</translation>
    </message>
    <message>
      <source>What the test &amp;found:</source>
      <translation>Hva testen &amp;fant:</translation>
    </message>
    <message>
      <source>What was asked</source>
      <translation>Hva som ble spurt</translation>
    </message>
    <message>
      <source>What was done:</source>
      <translation>Hva som ble gjort:</translation>
    </message>
    <message>
      <source>What was proven</source>
      <translation>Hva som ble bevist</translation>
    </message>
    <message>
      <source>What was set up</source>
      <translation>Hva som ble satt opp</translation>
    </message>
    <message>
      <source>Where to get help</source>
      <translation>Hvor du kan få hjelp</translation>
    </message>
    <message>
      <source>Without the password the wizard cannot prove the login. Type it below and choose Test again.</source>
      <translation>Uten passordet kan veiviseren ikke bevise at innloggingen virker. Skriv det inn nedenfor, og velg Test på nytt.</translation>
    </message>
    <message>
      <source>You did not accept the certificate of {host}.</source>
      <translation>Du godtok ikke sertifikatet til {host}.</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation type="vanished">&amp;Navnet ditt:</translation>
    </message>
    <message>
      <source>Your account</source>
      <translation>Kontoen din</translation>
    </message>
    <message>
      <source>Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at your provider. Your mail program needs its own sign-in there, which it asks for the first time it connects; until then it cannot fetch or send mail.</source>
      <translation>E-posten din er satt opp, og den virker: mottak og sending ble testet med en innlogging hos leverandøren din. E-postprogrammet trenger sin egen innlogging der, som det ber om første gang det kobler til; til da kan det ikke hente eller sende e-post.</translation>
    </message>
    <message>
      <source>Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at {provider}. Your mail program needs its own sign-in there, which it asks for the first time it connects; until then it cannot fetch or send mail.</source>
      <translation>E-posten din er satt opp, og den virker: mottak og sending ble testet med en innlogging hos {provider}. E-postprogrammet trenger sin egen innlogging der, som det ber om første gang det kobler til; til da kan det ikke hente eller sende e-post.</translation>
    </message>
    <message>
      <source>Your e-mail is set up, and it works: receiving and sending were tested with your password.</source>
      <translation>E-posten din er satt opp, og den virker: mottak og sending ble testet med passordet ditt.</translation>
    </message>
    <message>
      <source>Your e-mail is set up. Everything up to the sign-in was tested: your provider signs you in on its own page, which your mail program opens the first time it connects. Sign in there; until then it cannot fetch or send mail.</source>
      <translation>E-posten din er satt opp. Alt fram til innloggingen er testet: leverandøren din logger deg inn på sin egen side, som e-postprogrammet åpner første gang det kobler til. Logg inn der; til da kan det ikke hente eller sende e-post.</translation>
    </message>
    <message>
      <source>Your e-mail is set up. Everything up to the sign-in was tested: {provider} signs you in on its own page, which your mail program opens the first time it connects. Sign in there; until then it cannot fetch or send mail.</source>
      <translation>E-posten din er satt opp. Alt fram til innloggingen er testet: {provider} logger deg inn på sin egen side, som e-postprogrammet åpner første gang det kobler til. Logg inn der; til da kan det ikke hente eller sende e-post.</translation>
    </message>
    <message>
      <source>Your internet connection blocks port 25, the old port for sending mail. Many providers of home internet do this to stop spam. That is not a problem: mail programs send on port 465 or 587 with your password.</source>
      <translation type="vanished">Internettilkoblingen din blokkerer port 25, den gamle porten for å sende e-post. Mange leverandører av internett til hjemmet gjør dette for å stoppe spam. Det er ikke noe problem: e-postprogrammer sender via port 465 eller 587 med passordet ditt.</translation>
    </message>
    <message>
      <source>Your mail stays on the server; every device sees the same folders.</source>
      <translation>E-posten blir liggende på serveren; alle enheter ser de samme mappene.</translation>
    </message>
    <message>
      <source>Your mail would go to:</source>
      <translation>E-posten din ville gått til:</translation>
    </message>
    <message>
      <source>Your na&amp;me:</source>
      <translation>Navnet &amp;ditt:</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Navnet ditt</translation>
    </message>
    <message>
      <source>Your network blocks port 25, as many do; that does not matter, because sending uses port {port}.</source>
      <translation>Nettverket ditt blokkerer port 25, som mange gjør; det gjør ingenting, for sending bruker port {port}.</translation>
    </message>
    <message>
      <source>Your network blocks port 25, so sending now uses {host} port {port} instead.</source>
      <translation>Nettverket ditt blokkerer port 25, så sending bruker nå {host} port {port} i stedet.</translation>
    </message>
    <message>
      <source>Your provider</source>
      <translation>Leverandøren din</translation>
    </message>
    <message>
      <source>Your provider has not announced this certificate to the wizard. Compare the fingerprint with the one your provider publishes, or call them.</source>
      <translation>Leverandøren din har ikke varslet dette sertifikatet til veiviseren. Sammenlign fingeravtrykket med det leverandøren publiserer, eller ring dem.</translation>
    </message>
    <message>
      <source>Your server settings</source>
      <translation>Serverinnstillingene dine</translation>
    </message>
    <message>
      <source>Your settings</source>
      <translation>Innstillingene dine</translation>
    </message>
    <message>
      <source>a printable page with every setting, saved in {path}</source>
      <translation>en side for utskrift med alle innstillinger, lagret i {path}</translation>
    </message>
    <message>
      <source>a profile cannot sign in on the provider's page: the steps for the device's own “Add Account” are shown at the end</source>
      <translation>en profil kan ikke logge inn på leverandørens side: trinnene for enhetens egen «Legg til konto» vises til slutt</translation>
    </message>
    <message>
      <source>a profile to open on the Mac, saved in {path}</source>
      <translation>en profil som åpnes på Macen, lagret i {path}</translation>
    </message>
    <message>
      <source>a profile to send to the phone or tablet, saved in {path}</source>
      <translation>en profil som sendes til telefonen eller nettbrettet, lagret i {path}</translation>
    </message>
    <message>
      <source>already accepted</source>
      <translation>allerede godtatt</translation>
    </message>
    <message>
      <source>answered</source>
      <translation type="vanished">svarte</translation>
    </message>
    <message>
      <source>as recipients will see it, e.g. Anna Hansen</source>
      <translation>slik mottakerne vil se det, f.eks. Anna Hansen</translation>
    </message>
    <message>
      <source>asking…</source>
      <translation type="vanished">spør…</translation>
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
      <source>entered by you</source>
      <translation>skrevet inn av deg</translation>
    </message>
    <message>
      <source>failed</source>
      <translation type="vanished">mislyktes</translation>
    </message>
    <message>
      <source>files for Outlook's own “Add account”, saved in {path}</source>
      <translation>filer for Outlooks egen «Legg til konto», lagret i {path}</translation>
    </message>
    <message>
      <source>from a source that could be forged - please check</source>
      <translation>fra en kilde som kan være forfalsket - vennligst sjekk</translation>
    </message>
    <message>
      <source>from your provider over a secure connection</source>
      <translation>fra leverandøren din over en sikker forbindelse</translation>
    </message>
    <message>
      <source>guessed - please check</source>
      <translation>gjettet - vennligst sjekk</translation>
    </message>
    <message>
      <source>iPhone or iPad</source>
      <translation>iPhone eller iPad</translation>
    </message>
    <message>
      <source>in {path}</source>
      <translation>i {path}</translation>
    </message>
    <message>
      <source>it replaces the certificate accepted before on this computer</source>
      <translation>det erstatter sertifikatet som ble godtatt tidligere på denne datamaskinen</translation>
    </message>
    <message>
      <source>mail server (MX) lookup</source>
      <translation type="vanished">oppslag av e-postserver (MX)</translation>
    </message>
    <message>
      <source>mailsetup report for support</source>
      <translation>mailsetup-rapport til kundestøtte</translation>
    </message>
    <message>
      <source>needed the person's confirmation</source>
      <translation>krevde personens bekreftelse</translation>
    </message>
    <message>
      <source>never seen before on this computer</source>
      <translation>aldri sett før på denne datamaskinen</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation type="vanished">ikke noe svar i tide</translation>
    </message>
    <message>
      <source>none found</source>
      <translation>ingen funnet</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation type="vanished">ikke nødvendig</translation>
    </message>
    <message>
      <source>not offered by this provider</source>
      <translation>tilbys ikke av denne leverandøren</translation>
    </message>
    <message>
      <source>not set up</source>
      <translation>ikke satt opp</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation type="vanished">ingenting funnet</translation>
    </message>
    <message>
      <source>provider list</source>
      <translation type="vanished">leverandørliste</translation>
    </message>
    <message>
      <source>provider's settings file</source>
      <translation type="vanished">leverandørens innstillingsfil</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>selvsignert</translation>
    </message>
    <message>
      <source>set up</source>
      <translation>satt opp</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation type="vanished">stoppet</translation>
    </message>
    <message>
      <source>the default profile, in {path}</source>
      <translation>standardprofilen, i {path}</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>klarert</translation>
    </message>
    <message>
      <source>trying usual server names</source>
      <translation type="vanished">prøver vanlige servernavn</translation>
    </message>
    <message>
      <source>{address} still uses {host}, which is being switched off.</source>
      <translation>{address} bruker fortsatt {host}, som blir slått av.</translation>
    </message>
    <message>
      <source>{address} still uses {host}.</source>
      <translation>{address} bruker fortsatt {host}.</translation>
    </message>
    <message>
      <source>{count} asked</source>
      <translation>{count} spurt</translation>
    </message>
    <message>
      <source>{domain} publishes no settings for mail programs. Enter the settings your provider gave you by hand.</source>
      <translation>{domain} publiserer ingen innstillinger for e-postprogrammer. Skriv inn innstillingene leverandøren din har gitt deg.</translation>
    </message>
    <message>
      <source>{host} is outside your address’s domain ({domain}).</source>
      <translation>{host} ligger utenfor domenet til adressen din ({domain}).</translation>
    </message>
    <message>
      <source>{host}:{port} would be used WITHOUT encryption: your password could be read on the way.</source>
      <translation>{host}:{port} ville blitt brukt UTEN kryptering: passordet ditt kunne blitt lest underveis.</translation>
    </message>
    <message>
      <source>{protocol} server {host}, port {port}, {security}</source>
      <translation>{protocol}-server {host}, port {port}, {security}</translation>
    </message>
    <message>
      <source>{provider} asks you to do these things by hand:</source>
      <translation>{provider} ber deg gjøre disse tingene selv:</translation>
    </message>
    <message>
      <source>{provider} does not let this sign-in be kept, so the wizard forgets it when you close it.</source>
      <translation>{provider} lar ikke denne innloggingen bli lagret, så veiviseren glemmer den når du lukker den.</translation>
    </message>
    <message>
      <source>{provider} logo</source>
      <translation>{provider}-logo</translation>
    </message>
    <message>
      <source>{provider} moves your e-mail to new servers on {date}. Do these things by hand:</source>
      <translation>{provider} flytter e-posten din til nye servere {date}. Gjør disse tingene selv:</translation>
    </message>
    <message>
      <source>{provider} moves your e-mail to new servers on {date}. This wizard sets up your mail programs for them and shows what you must redo by hand.</source>
      <translation>{provider} flytter e-posten din til nye servere {date}. Denne veiviseren setter opp e-postprogrammene dine for dem og viser hva du selv må gjøre på nytt.</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page in your browser, so the wizard does not ask for your password. Type it only on that page.</source>
      <translation>{provider} logger deg inn på sin egen side i nettleseren, så veiviseren spør ikke etter passordet ditt. Skriv det bare inn på den siden.</translation>
    </message>
    <message>
      <source>{provider} support</source>
      <translation>{provider} kundeservice</translation>
    </message>
    <message>
      <source>{status} The password you typed is not used, sent or kept.</source>
      <translation>{status} Passordet du skrev inn, blir ikke brukt, sendt eller lagret.</translation>
    </message>
    <message>
      <source>{status} Your password was not sent.</source>
      <translation>{status} Passordet ditt ble ikke sendt.</translation>
    </message>
    <message>
      <source>{status} {provider} signs you in on its own page, so the wizard needs no password.</source>
      <translation>{status} {provider} logger deg inn på sin egen side, så veiviseren trenger ikke noe passord.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) does not work yet.</source>
      <translation>{what} ({host}:{port}) virker ikke ennå.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) was not fully tested.</source>
      <translation>{what} ({host}:{port}) ble ikke testet fullt ut.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) was not tested, because you did not accept its certificate.</source>
      <translation>{what} ({host}:{port}) ble ikke testet, fordi du ikke godtok sertifikatet.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) was not tested.</source>
      <translation>{what} ({host}:{port}) ble ikke testet.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) works up to the sign-in: the server answers, encryption and its certificate are in order, and it offers sign-in on the provider's own page.</source>
      <translation>{what} ({host}:{port}) virker fram til innloggingen: serveren svarer, krypteringen og sertifikatet er i orden, og den tilbyr innlogging på leverandørens egen side.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) works up to the sign-in: the server answers, encryption and its certificate are in order, and it offers sign-in on {provider}'s own page.</source>
      <translation>{what} ({host}:{port}) virker fram til innloggingen: serveren svarer, krypteringen og sertifikatet er i orden, og den tilbyr innlogging på {provider}s egen side.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) works.</source>
      <translation>{what} ({host}:{port}) virker.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}): logging in was not tried, because no password was given.</source>
      <translation>{what} ({host}:{port}): innlogging ble ikke prøvd, fordi det ikke ble oppgitt noe passord.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}): logging in was not tried.</source>
      <translation>{what} ({host}:{port}): innlogging ble ikke prøvd.</translation>
    </message>
    <message>
      <source>{what} works: logged in to {host}:{port}.</source>
      <translation>{what} virker: logget inn på {host}:{port}.</translation>
    </message>
  </context>
</TS>
