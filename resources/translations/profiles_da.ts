<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>--include-password needs the password on standard input (--password-stdin).</source>
      <translation>--include-password kræver adgangskoden på standardinput (--password-stdin).</translation>
    </message>
    <message>
      <source>--keep-in-keyring needs the password on standard input (--password-stdin).</source>
      <translation>--keep-in-keyring skal have adgangskoden på standardinput (--password-stdin).</translation>
    </message>
    <message>
      <source>--remember-password is for Thunderbird (--client thunderbird); the other programs ask for the password themselves.</source>
      <translation>--remember-password gælder Thunderbird (--client thunderbird); de andre programmer spørger selv om adgangskoden.</translation>
    </message>
    <message>
      <source>--remember-password needs the password on standard input (--password-stdin).</source>
      <translation>--remember-password skal have adgangskoden på standardinput (--password-stdin).</translation>
    </message>
    <message>
      <source>A PRF file can only describe IMAP or POP3 accounts; Exchange accounts are set up through the Autodiscover file instead.</source>
      <translation>En PRF-fil kan kun beskrive IMAP- eller POP3-konti; Exchange-konti sættes i stedet op via Autodiscover-filen.</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Address (URL)</source>
      <translation>Adresse (URL)</translation>
    </message>
    <message>
      <source>Also available</source>
      <translation>Også tilgængelig</translation>
    </message>
    <message>
      <source>An Exchange profile is made either for a Mac or for an iPhone/iPad.</source>
      <translation>En Exchange-profil laves enten til en Mac eller til en iPhone/iPad.</translation>
    </message>
    <message>
      <source>Apple's mail profiles cannot sign in on {provider}'s own page, so mailsetup wrote no profile: one would ask for a password that {provider} does not take.</source>
      <translation>Apples mailprofiler kan ikke logge ind på {provider}s egen side, så mailsetup skrev ingen profil: den ville bede om en adgangskode, som {provider} ikke tager imod.</translation>
    </message>
    <message>
      <source>Apple's mail profiles cannot sign in on {provider}'s own page; add the account with the device's own account list instead.</source>
      <translation>Apples mailprofiler kan ikke logge ind på {provider}s egen side; tilføj i stedet kontoen med enhedens egen liste over konti.</translation>
    </message>
    <message>
      <source>Apple: put the password into the profile (not recommended)</source>
      <translation>Apple: læg adgangskoden ind i profilen (frarådes)</translation>
    </message>
    <message>
      <source>Apple: sign the profile with this PEM certificate (intermediates may follow in the file)</source>
      <translation>Apple: signér profilen med dette PEM-certifikat (mellemliggende certifikater må følge efter i filen)</translation>
    </message>
    <message>
      <source>Apple: the PEM private key of the signing certificate</source>
      <translation>Apple: signeringscertifikatets private PEM-nøgle</translation>
    </message>
    <message>
      <source>Authentication</source>
      <translation>Godkendelse</translation>
    </message>
    <message>
      <source>Automatic discovery is not available in this version; give the servers with --imap or --pop3 and --smtp HOST:PORT:SECURITY.</source>
      <translation type="vanished">Automatisk søgning er ikke tilgængelig i denne version; angiv serverne med --imap eller --pop3 og --smtp HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>Certificate for {endpoint}</source>
      <translation>Certifikat for {endpoint}</translation>
    </message>
    <message>
      <source>Certificates you accepted (SHA-256 fingerprints)</source>
      <translation>Certifikater, du har godkendt (SHA-256-fingeraftryk)</translation>
    </message>
    <message>
      <source>Connection security</source>
      <translation>Forbindelsessikkerhed</translation>
    </message>
    <message>
      <source>Copy “{xml}” to “{windows_path}” on the Windows computer.</source>
      <translation>Kopiér “{xml}” til “{windows_path}” på Windows-computeren.</translation>
    </message>
    <message>
      <source>Could not read “{path}”: {problem}</source>
      <translation>Kunne ikke læse “{path}”: {problem}</translation>
    </message>
    <message>
      <source>Could not write “{path}”: {problem}</source>
      <translation>Kunne ikke skrive “{path}”: {problem}</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domæne</translation>
    </message>
    <message>
      <source>Domain as written</source>
      <translation>Domænet som det skrives</translation>
    </message>
    <message>
      <source>Double-click “{reg}” there and confirm, so Outlook reads that file when you add the account.</source>
      <translation>Dobbeltklik på “{reg}” dér og bekræft, så Outlook læser den fil, når du tilføjer kontoen.</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>E-mailadresse</translation>
    </message>
    <message>
      <source>E-mail settings for {address}</source>
      <translation>E-mailindstillinger for {address}</translation>
    </message>
    <message>
      <source>E-mail: {address}</source>
      <translation>E-mail: {address}</translation>
    </message>
    <message>
      <source>Either run “outlook.exe /importprf {prf}” (classic Outlook adds the account from the file), or:</source>
      <translation>Kør enten “outlook.exe /importprf {prf}” (klassisk Outlook tilføjer kontoen fra filen), eller:</translation>
    </message>
    <message>
      <source>Encrypted password</source>
      <translation>Krypteret adgangskode</translation>
    </message>
    <message>
      <source>Exchange server</source>
      <translation>Exchange-server</translation>
    </message>
    <message>
      <source>Give the incoming server too: --imap or --pop3 HOST:PORT:SECURITY.</source>
      <translation>Angiv også serveren til indgående mail: --imap eller --pop3 HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>If a program shows a certificate warning for these servers, compare its fingerprint with the one above; accept it only if they are the same.</source>
      <translation>Hvis et program viser en certifikatadvarsel for disse servere, så sammenlign dets fingeraftryk med det ovenfor; godkend det kun, hvis de er ens.</translation>
    </message>
    <message>
      <source>In classic Outlook choose File, Add Account, type your address and your password when asked.</source>
      <translation>I klassisk Outlook vælger du Filer, Tilføj konto og skriver din adresse og din adgangskode, når du bliver spurgt.</translation>
    </message>
    <message>
      <source>In classic Outlook choose File, Add Account, type {address} and choose Connect.</source>
      <translation>I klassisk Outlook vælger du Filer, Tilføj konto, skriver {address} og vælger Opret forbindelse.</translation>
    </message>
    <message>
      <source>In the new Outlook for Windows choose Settings, Accounts, Add account, type {address} and sign in the same way.</source>
      <translation>I nye Outlook til Windows vælger du Indstillinger, Konti, Tilføj konto, skriver {address} og logger ind på samme måde.</translation>
    </message>
    <message>
      <source>Incoming mail server</source>
      <translation>Server til indgående mail</translation>
    </message>
    <message>
      <source>Kerberos / GSSAPI</source>
      <translation>Kerberos / GSSAPI</translation>
    </message>
    <message>
      <source>NTLM</source>
      <translation>NTLM</translation>
    </message>
    <message>
      <source>No Thunderbird profile was found. Start Thunderbird once, close it, and try again, or name the profile folder with --profile.</source>
      <translation>Der blev ikke fundet nogen Thunderbird-profil. Start Thunderbird én gang, luk det, og prøv igen, eller angiv profilmappen med --profile.</translation>
    </message>
    <message>
      <source>No authentication</source>
      <translation>Ingen godkendelse</translation>
    </message>
    <message>
      <source>No authentication (by network address)</source>
      <translation>Ingen godkendelse (ud fra netværksadresse)</translation>
    </message>
    <message>
      <source>No password for {address} is stored in the system keyring.</source>
      <translation>Der er ingen adgangskode til {address} gemt i systemets nøglering.</translation>
    </message>
    <message>
      <source>No server for sending mail (SMTP) is known for {address}; give one with --smtp HOST:PORT:SECURITY.</source>
      <translation>Der kendes ingen server til at sende mail (SMTP) for {address}; angiv en med --smtp HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>No settings were found for {address}; give the servers with --imap or --pop3 and --smtp HOST:PORT:SECURITY.</source>
      <translation>Der blev ikke fundet nogen indstillinger for {address}; angiv serverne med --imap eller --pop3 og --smtp HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>No sign-in for {address} is kept in the system keyring.</source>
      <translation>Der er intet login for {address} gemt i systemets nøglering.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so mailsetup did not keep the password for its later checks.</source>
      <translation type="vanished">Der er ingen nøglering i systemet her, så mailsetup har ikke gemt adgangskoden til sine senere kontroller.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so the password was not stored. Your mail program will ask for it once.</source>
      <translation type="vanished">Der er ingen systemnøglering her, så adgangskoden blev ikke gemt. Dit mailprogram vil bede om den én gang.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so the sign-in was not kept.</source>
      <translation type="vanished">Der er ingen systemnøglering her, så logind blev ikke gemt.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so there is no kept sign-in to remove.</source>
      <translation type="vanished">Der er ingen systemnøglering her, så der er intet gemt logind at fjerne.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so there is no stored password to remove.</source>
      <translation type="vanished">Der er ingen systemnøglering her, så der er ingen gemt adgangskode at fjerne.</translation>
    </message>
    <message>
      <source>No system keyring was found on this computer.</source>
      <translation>Der blev ikke fundet nogen nøglering i systemet på denne computer.</translation>
    </message>
    <message>
      <source>No {kind} server is known for {address}.</source>
      <translation>Der kendes ingen {kind}-server for {address}.</translation>
    </message>
    <message>
      <source>None (not encrypted)</source>
      <translation>Ingen (ikke krypteret)</translation>
    </message>
    <message>
      <source>Normal password</source>
      <translation>Normal adgangskode</translation>
    </message>
    <message>
      <source>Nothing was moved: the servers found for {address} ({servers}) come from a source that could be forged ({reasons}). If they are right, give them with --imap/--pop3 and --smtp.</source>
      <translation>Intet blev flyttet: serverne fundet for {address} ({servers}) kommer fra en kilde, der kan være forfalsket ({reasons}). Hvis de er rigtige, så angiv dem med --imap/--pop3 og --smtp.</translation>
    </message>
    <message>
      <source>OAuth2 (sign in through the provider's web page)</source>
      <translation>OAuth2 (log ind via udbyderens webside)</translation>
    </message>
    <message>
      <source>On a Mac: double-click the profile, then open System Settings, Privacy &amp; Security, Profiles, and install it.</source>
      <translation>På en Mac: dobbeltklik på profilen, åbn derefter Systemindstillinger, Anonymitet &amp; sikkerhed, Profiler, og installer den.</translation>
    </message>
    <message>
      <source>On a Mac: open System Settings, Internet Accounts, Add Account; choose {provider} if the list has it and sign in on the page that opens.</source>
      <translation>På en Mac: åbn Systemindstillinger, Internetkonti, Tilføj konto; vælg {provider}, hvis listen har den, og log ind på den side, der åbner.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: open Settings, Mail, Accounts (on iOS 18: Settings, Apps, Mail, Mail Accounts), Add Account; choose {provider} if the list has it (it has Google, Microsoft Exchange, Outlook.com, Yahoo and AOL), type your address and sign in on the page that opens.</source>
      <translation>På en iPhone eller iPad: åbn Indstillinger, Mail, Konti (på iOS 18: Indstillinger, Apps, Mail, Mailkonti), Tilføj konto; vælg {provider}, hvis listen har den (den har Google, Microsoft Exchange, Outlook.com, Yahoo og AOL), skriv din adresse, og log ind på den side, der åbner.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send the profile to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it.</source>
      <translation>På en iPhone eller iPad: send profilen til dig selv (AirDrop eller e-mail), åbn den, gå derefter til Indstillinger, Profil hentet, og installer den.</translation>
    </message>
    <message>
      <source>Outgoing mail server (SMTP)</source>
      <translation>Server til udgående mail (SMTP)</translation>
    </message>
    <message>
      <source>Outlook asks for the password once when it first connects.</source>
      <translation>Outlook spørger om adgangskoden én gang, første gang det forbinder.</translation>
    </message>
    <message>
      <source>Outlook can only be set up directly on Windows; the files were written instead.</source>
      <translation>Outlook kan kun sættes op direkte på Windows; i stedet blev filerne skrevet.</translation>
    </message>
    <message>
      <source>Outlook on Windows: also set the registry and start Outlook with the PRF file</source>
      <translation>Outlook på Windows: sæt også registreringsdatabasen op og start Outlook med PRF-filen</translation>
    </message>
    <message>
      <source>Outlook opens {provider}'s sign-in page: sign in there (with two-step verification if you use it). Outlook finds the servers itself.</source>
      <translation>Outlook åbner {provider}s loginside: log ind der (med totrinsbekræftelse, hvis du bruger det). Outlook finder selv serverne.</translation>
    </message>
    <message>
      <source>Outlook signs in on the provider's own page; it asks for no password here.</source>
      <translation>Outlook logger ind på udbyderens egen side; den beder ikke om nogen adgangskode her.</translation>
    </message>
    <message>
      <source>Outlook was not found on this computer; the files were written and the registry was set.</source>
      <translation>Outlook blev ikke fundet på denne computer; filerne blev skrevet, og registreringsdatabasen blev sat op.</translation>
    </message>
    <message>
      <source>Outlook's PRF format cannot ask for STARTTLS on {host}:{port}; use the Autodiscover file, or the server's SSL/TLS port, instead.</source>
      <translation>Outlooks PRF-format kan ikke bede om STARTTLS på {host}:{port}; brug i stedet Autodiscover-filen eller serverens SSL/TLS-port.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Udbyder</translation>
    </message>
    <message>
      <source>SMTP after POP</source>
      <translation>SMTP efter POP</translation>
    </message>
    <message>
      <source>SSL/TLS (encrypted from the start)</source>
      <translation>SSL/TLS (krypteret fra starten)</translation>
    </message>
    <message>
      <source>STARTTLS (encryption switched on after connecting)</source>
      <translation>STARTTLS (kryptering slås til efter forbindelsen)</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Sets up the e-mail account {address}.</source>
      <translation>Opretter e-mailkontoen {address}.</translation>
    </message>
    <message>
      <source>Sets up the e-mail account {address}. Your device asks for the password.</source>
      <translation>Opretter e-mailkontoen {address}. Din enhed beder om adgangskoden.</translation>
    </message>
    <message>
      <source>Sets up the e-mail account {address}. Your device opens {provider}'s sign-in page.</source>
      <translation>Opretter e-mailkontoen {address}. Din enhed åbner {provider}s loginside.</translation>
    </message>
    <message>
      <source>Signing needs both --signing-cert and --signing-key.</source>
      <translation>Signering kræver både --signing-cert og --signing-key.</translation>
    </message>
    <message>
      <source>Start Thunderbird; it asks for your password once.</source>
      <translation>Start Thunderbird; den beder om din adgangskode én gang.</translation>
    </message>
    <message>
      <source>Start Thunderbird; it logs in by itself with the saved password.</source>
      <translation>Start Thunderbird; det logger selv ind med den gemte adgangskode.</translation>
    </message>
    <message>
      <source>Start Thunderbird; when it first connects, it opens the provider's sign-in page. Sign in there; Thunderbird needs no password from you.</source>
      <translation>Start Thunderbird; første gang den forbinder, åbner den udbyderens loginside. Log ind der; Thunderbird skal ikke have nogen adgangskode fra dig.</translation>
    </message>
    <message>
      <source>TLS client certificate</source>
      <translation>TLS-klientcertifikat</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which cannot be used here ({problem}).</source>
      <translation>Miljøvariablen PYTHON_KEYRING_BACKEND angiver nøgleringen {name}, som ikke kan bruges her ({problem}).</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which is not installed.</source>
      <translation>Miljøvariablen PYTHON_KEYRING_BACKEND angiver nøgleringen {name}, som ikke er installeret.</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which keeps passwords unencrypted, so mailsetup does not use it.</source>
      <translation>Miljøvariablen PYTHON_KEYRING_BACKEND angiver nøgleringen {name}, som gemmer adgangskoder ukrypteret, så mailsetup bruger den ikke.</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable turns the system keyring off (it names {name}).</source>
      <translation>Miljøvariablen PYTHON_KEYRING_BACKEND slår systemets nøglering fra (den angiver {name}).</translation>
    </message>
    <message>
      <source>The Thunderbird profile folder “{profile}” does not exist.</source>
      <translation>Thunderbird-profilmappen “{profile}” findes ikke.</translation>
    </message>
    <message>
      <source>The certificate for {servers} could not be fetched, so the profile does not carry it; your device will ask you to trust it.</source>
      <translation>Certifikatet for {servers} kunne ikke hentes, så profilen indeholder det ikke; din enhed vil bede dig om at stole på det.</translation>
    </message>
    <message>
      <source>The folder “{folder}” does not exist.</source>
      <translation>Mappen “{folder}” findes ikke.</translation>
    </message>
    <message>
      <source>The keyring settings file {path} cannot be read ({problem}).</source>
      <translation>Nøgleringens indstillingsfil {path} kan ikke læses ({problem}).</translation>
    </message>
    <message>
      <source>The keyring settings file {path} names the keyring {name}, which cannot be used here ({problem}).</source>
      <translation>Nøgleringens indstillingsfil {path} angiver nøgleringen {name}, som ikke kan bruges her ({problem}).</translation>
    </message>
    <message>
      <source>The keyring settings file {path} names the keyring {name}, which is not installed.</source>
      <translation>Nøgleringens indstillingsfil {path} angiver nøgleringen {name}, som ikke er installeret.</translation>
    </message>
    <message>
      <source>The keyring settings file {path} names the keyring {name}, which keeps passwords unencrypted, so mailsetup does not use it.</source>
      <translation>Nøgleringens indstillingsfil {path} angiver nøgleringen {name}, som gemmer adgangskoder ukrypteret, så mailsetup bruger den ikke.</translation>
    </message>
    <message>
      <source>The keyring settings file {path} turns the system keyring off (it names {name}).</source>
      <translation>Nøgleringens indstillingsfil {path} slår systemets nøglering fra (den angiver {name}).</translation>
    </message>
    <message>
      <source>The new Outlook for Windows cannot read these files; type the settings from the settings sheet there.</source>
      <translation>Det nye Outlook til Windows kan ikke læse disse filer; skriv indstillingerne fra indstillingsarket ind dér.</translation>
    </message>
    <message>
      <source>The only keyring found on this computer ({name}) keeps passwords unencrypted, so mailsetup does not use it.</source>
      <translation>Den eneste nøglering, der blev fundet på denne computer ({name}), gemmer adgangskoder ukrypteret, så mailsetup bruger den ikke.</translation>
    </message>
    <message>
      <source>The password could not be saved for Thunderbird: the encryption library Thunderbird uses (NSS) was not found here. Thunderbird asks for the password once.</source>
      <translation>Adgangskoden kunne ikke gemmes til Thunderbird: det krypteringsbibliotek, Thunderbird bruger (NSS), findes ikke her. Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>The password for {address} is kept in the system keyring, for mailsetup's own later checks (testing the account again, a move to new servers, a support re-run).</source>
      <translation>Adgangskoden til {address} er gemt i systemets nøglering til mailsetups egne senere kontroller (at teste kontoen igen, en flytning til nye servere, en ny kørsel for support).</translation>
    </message>
    <message>
      <source>The password for {address} is stored in the system keyring.</source>
      <translation type="vanished">Adgangskoden til {address} er gemt i systemets nøglering.</translation>
    </message>
    <message>
      <source>The password for {address} was removed from the system keyring.</source>
      <translation>Adgangskoden til {address} blev fjernet fra systemets nøglering.</translation>
    </message>
    <message>
      <source>The profile holds no password: the device asks for it once while installing the profile.</source>
      <translation>Profilen indeholder ingen adgangskode: enheden spørger om den én gang, når profilen installeres.</translation>
    </message>
    <message>
      <source>The profile holds no password: the device opens {provider}'s sign-in page while installing it; sign in there.</source>
      <translation>Profilen indeholder ingen adgangskode: enheden åbner {provider}s loginside, mens den installeres; log ind der.</translation>
    </message>
    <message>
      <source>The profile is not signed, so your device shows it as “Unverified”; that is expected.</source>
      <translation>Profilen er ikke signeret, så din enhed viser den som “Ikke bekræftet”; det er forventet.</translation>
    </message>
    <message>
      <source>The provider renewed the sign-in for {address}; the keyring now holds the new one in place of the old.</source>
      <translation>Udbyderen fornyede det gemte login for {address}; nøgleringen har nu det nye i stedet for det gamle.</translation>
    </message>
    <message>
      <source>The registry is set and Outlook is starting with the new account.</source>
      <translation>Registreringsdatabasen er sat op, og Outlook starter med den nye konto.</translation>
    </message>
    <message>
      <source>The settings found for {address} come from a source that could be forged ({reasons}). Check them with “mailsetup discover”, then give them with --imap/--pop3 and --smtp to confirm.</source>
      <translation>Indstillingerne fundet for {address} kommer fra en kilde, der kan være forfalsket ({reasons}). Kontrollér dem med “mailsetup discover”, og angiv dem derefter med --imap/--pop3 og --smtp for at bekræfte.</translation>
    </message>
    <message>
      <source>The sign-in for {address} is kept in the system keyring, for mailsetup's own later checks.</source>
      <translation>Login for {address} er gemt i systemets nøglering til mailsetups egne senere tjek.</translation>
    </message>
    <message>
      <source>The sign-in kept for {address} no longer works and was removed from the system keyring.</source>
      <translation>Det gemte login for {address} virker ikke længere og blev fjernet fra systemets nøglering.</translation>
    </message>
    <message>
      <source>The sign-in kept for {address} was changed meanwhile, so it was left as it is now.</source>
      <translation>Det gemte login for {address} blev ændret i mellemtiden, så det blev ladt, som det er nu.</translation>
    </message>
    <message>
      <source>The sign-in kept for {address} was removed from the system keyring.</source>
      <translation>Det gemte login for {address} blev fjernet fra systemets nøglering.</translation>
    </message>
    <message>
      <source>The signing certificate or key could not be read: {problem}</source>
      <translation>Signeringscertifikatet eller nøglen kunne ikke læses: {problem}</translation>
    </message>
    <message>
      <source>The system keyring cannot be opened ({problem}).</source>
      <translation>Systemets nøglering kan ikke åbnes ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring cannot be reached ({problem}).</source>
      <translation>Systemets nøglering kan ikke nås ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring did not give the password back as stored; do not rely on it.</source>
      <translation>Systemets nøglering gav ikke adgangskoden tilbage, som den blev gemt; stol ikke på den.</translation>
    </message>
    <message>
      <source>The system keyring did not give the renewed sign-in back as stored; the next check asks you to sign in again.</source>
      <translation>Systemets nøglering gav ikke det fornyede login tilbage, som det blev gemt; næste tjek beder dig logge ind igen.</translation>
    </message>
    <message>
      <source>The system keyring did not give the sign-in back as stored; do not rely on it.</source>
      <translation>Systemets nøglering gav ikke login tilbage, som det blev gemt; stol ikke på det.</translation>
    </message>
    <message>
      <source>The system keyring is locked, and it was not unlocked.</source>
      <translation>Systemets nøglering er låst, og den blev ikke låst op.</translation>
    </message>
    <message>
      <source>The system keyring refused the password ({problem}); it was not stored.</source>
      <translation type="vanished">Systemets nøglering afviste adgangskoden ({problem}); den blev ikke gemt.</translation>
    </message>
    <message>
      <source>The system keyring refused the renewed sign-in ({problem}); the next check asks you to sign in again.</source>
      <translation type="vanished">Systemets nøglering afviste det fornyede logind ({problem}); næste tjek beder dig logge ind igen.</translation>
    </message>
    <message>
      <source>The system keyring refused the request ({problem}).</source>
      <translation>Systemets nøglering afviste forespørgslen ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring refused the sign-in ({problem}); it was not kept.</source>
      <translation type="vanished">Systemets nøglering afviste logind ({problem}); det blev ikke gemt.</translation>
    </message>
    <message>
      <source>The system keyring refused to remove the kept sign-in ({problem}).</source>
      <translation type="vanished">Systemets nøglering nægtede at fjerne det gemte logind ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring refused to remove the password ({problem}).</source>
      <translation type="vanished">Systemets nøglering nægtede at fjerne adgangskoden ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring refused to remove the sign-in that no longer works ({problem}).</source>
      <translation type="vanished">Systemets nøglering nægtede at fjerne det logind, der ikke længere virker ({problem}).</translation>
    </message>
    <message>
      <source>This Thunderbird profile still has its old kind of password store; mailsetup leaves it alone. Thunderbird asks for the password once.</source>
      <translation>Denne Thunderbird-profil har stadig den gamle slags adgangskodelager; mailsetup rører det ikke. Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>This file is not a configuration profile.</source>
      <translation>Denne fil er ikke en konfigurationsprofil.</translation>
    </message>
    <message>
      <source>Thunderbird has several profiles and none is marked as the default; choose one with --profile: {profiles}</source>
      <translation>Thunderbird har flere profiler, og ingen er markeret som standard; vælg en med --profile: {profiles}</translation>
    </message>
    <message>
      <source>Thunderbird is set up here with IMAP or POP3 and SMTP; this account only offers Exchange. Choose --account-type imap if the provider offers IMAP.</source>
      <translation type="vanished">Thunderbird sættes her op med IMAP eller POP3 og SMTP; denne konto tilbyder kun Exchange. Vælg --account-type imap, hvis udbyderen tilbyder IMAP.</translation>
    </message>
    <message>
      <source>Thunderbird is using the profile “{profile}” right now (its “{lock}” file says so). Close Thunderbird and try again: it rewrites its settings when it quits.</source>
      <translation>Thunderbird bruger profilen “{profile}” lige nu (dens “{lock}”-fil siger det). Luk Thunderbird og prøv igen: det overskriver sine indstillinger, når det lukkes.</translation>
    </message>
    <message>
      <source>Thunderbird keeps no password for this account: the provider signs you in on its own page, which Thunderbird opens the first time.</source>
      <translation>Thunderbird gemmer ingen adgangskode til denne konto: udbyderen logger dig ind på sin egen side, som Thunderbird åbner første gang.</translation>
    </message>
    <message>
      <source>Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account.</source>
      <translation>Thunderbird skal bruge adressen på Exchange-serverens webtjeneste (EWS), og ingen er kendt for denne konto.</translation>
    </message>
    <message>
      <source>Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account; give it with --ews-url https://HOST/EWS/Exchange.asmx, or choose --account-type imap if the provider offers IMAP.</source>
      <translation>Thunderbird skal bruge adressen på Exchange-serverens webtjeneste (EWS), og ingen er kendt for denne konto; angiv den med --ews-url https://HOST/EWS/Exchange.asmx, eller vælg --account-type imap, hvis udbyderen tilbyder IMAP.</translation>
    </message>
    <message>
      <source>Thunderbird reaches it as an Exchange account at {url}, Exchange's usual address on {host} (the provider names {given}).</source>
      <translation>Thunderbird når den som Exchange-konto på {url}, Exchanges sædvanlige adresse på {host} (udbyderen angiver {given}).</translation>
    </message>
    <message>
      <source>Thunderbird reaches it as an Exchange account at {url}.</source>
      <translation>Thunderbird når den som Exchange-konto på {url}.</translation>
    </message>
    <message>
      <source>Thunderbird remembers the password: it is saved, encrypted, in Thunderbird's own password store for {servers}.</source>
      <translation>Thunderbird husker adgangskoden: den er gemt krypteret i Thunderbirds eget adgangskodelager til {servers}.</translation>
    </message>
    <message>
      <source>Thunderbird sets up the mail, not calendar and contacts. The first time, it fetches the Exchange folders when it checks for new mail: choose Get Messages, or wait up to 10 minutes.</source>
      <translation>Thunderbird sætter e-mailen op, ikke kalender og kontakter. Første gang henter det Exchange-mapperne, når det ser efter ny post: vælg Hent meddelelser, eller vent op til 10 minutter.</translation>
    </message>
    <message>
      <source>Thunderbird sets up the mail; calendar and contacts are not set up in Thunderbird.</source>
      <translation type="vanished">Thunderbird sætter e-mailen op; kalender og kontakter sættes ikke op i Thunderbird.</translation>
    </message>
    <message>
      <source>Thunderbird will trust the certificate you accepted for {servers}.</source>
      <translation>Thunderbird vil stole på det certifikat, du godkendte for {servers}.</translation>
    </message>
    <message>
      <source>Thunderbird's key store in this profile (key4.db) could not be opened, so nothing was saved there. Thunderbird asks for the password once.</source>
      <translation>Thunderbirds nøglelager i denne profil (key4.db) kunne ikke åbnes, så intet blev gemt der. Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>Thunderbird's list of saved passwords ({path}) could not be read ({problem}), so it was left as it was. Thunderbird asks for the password once.</source>
      <translation>Thunderbirds liste over gemte adgangskoder ({path}) kunne ikke læses ({problem}), så den blev ikke ændret. Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>Thunderbird's list of saved passwords could not be written ({problem}); it was left as it was. Thunderbird asks for the password once.</source>
      <translation>Thunderbirds liste over gemte adgangskoder kunne ikke skrives ({problem}); den blev ikke ændret. Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>Thunderbird's saved passwords are protected by a primary password, which mailsetup does not unlock, so nothing was saved there. Thunderbird asks for the password once; it can remember it then.</source>
      <translation>Thunderbirds gemte adgangskoder er beskyttet af en hovedadgangskode, som mailsetup ikke låser op, så intet blev gemt der. Thunderbird spørger om adgangskoden én gang og kan så huske den.</translation>
    </message>
    <message>
      <source>Thunderbird: save the password, encrypted, in Thunderbird's own password store so it logs in by itself (needs --password-stdin)</source>
      <translation>Thunderbird: gem adgangskoden krypteret i Thunderbirds eget adgangskodelager, så det selv logger ind (kræver --password-stdin)</translation>
    </message>
    <message>
      <source>Thunderbird: the account {address} in {profile} was updated (backup: {backup}).</source>
      <translation>Thunderbird: kontoen {address} i {profile} blev opdateret (sikkerhedskopi: {backup}).</translation>
    </message>
    <message>
      <source>Thunderbird: the account {address} was added to {profile} (backup: {backup}).</source>
      <translation>Thunderbird: kontoen {address} blev tilføjet i {profile} (sikkerhedskopi: {backup}).</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Brugernavn</translation>
    </message>
    <message>
      <source>Username on phones</source>
      <translation>Brugernavn på telefoner</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>Warning: these profiles contain your password in readable form. Send them only over a channel you trust, and delete them after installing.</source>
      <translation>Advarsel: disse profiler indeholder din adgangskode i læsbar form. Send dem kun via en kanal, du stoler på, og slet dem efter installationen.</translation>
    </message>
    <message>
      <source>Written by mailsetup on {date}. Keep this page; it holds no password.</source>
      <translation>Skrevet af mailsetup den {date}. Gem denne side; den indeholder ingen adgangskode.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Skrevet: {path}</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Dit navn</translation>
    </message>
    <message>
      <source>also keep the password in the system keyring, for mailsetup's own later checks (diagnose, migrate, a support re-run)</source>
      <translation>gem også adgangskoden i systemets nøglering til mailsetups egne senere kontroller (diagnose, migrate, en ny kørsel for support)</translation>
    </message>
    <message>
      <source>the password you chose with your provider (not printed here)</source>
      <translation>den adgangskode, du valgte hos din udbyder (udskrives ikke her)</translation>
    </message>
    <message>
      <source>your name as recipients see it</source>
      <translation>dit navn, som modtagerne ser det</translation>
    </message>
    <message>
      <source>{problem} --keep-in-keyring needs a system keyring that keeps the password encrypted; nothing was written.</source>
      <translation>{problem} --keep-in-keyring kræver en nøglering i systemet, der gemmer adgangskoden krypteret; intet blev skrevet.</translation>
    </message>
    <message>
      <source>{problem} No kept sign-in was removed.</source>
      <translation>{problem} Intet gemt login blev fjernet.</translation>
    </message>
    <message>
      <source>{problem} No password was removed.</source>
      <translation>{problem} Ingen adgangskode blev fjernet.</translation>
    </message>
    <message>
      <source>{problem} The kept sign-in was not removed.</source>
      <translation>{problem} Det gemte login blev ikke fjernet.</translation>
    </message>
    <message>
      <source>{problem} The password was not removed.</source>
      <translation>{problem} Adgangskoden blev ikke fjernet.</translation>
    </message>
    <message>
      <source>{problem} The password was not stored.</source>
      <translation>{problem} Adgangskoden blev ikke gemt.</translation>
    </message>
    <message>
      <source>{problem} The renewed sign-in was not kept; the next check asks you to sign in again.</source>
      <translation>{problem} Det fornyede login blev ikke gemt; næste tjek beder dig logge ind igen.</translation>
    </message>
    <message>
      <source>{problem} The sign-in that no longer works was not removed.</source>
      <translation>{problem} Det login, der ikke længere virker, blev ikke fjernet.</translation>
    </message>
    <message>
      <source>{problem} The sign-in was not kept.</source>
      <translation>{problem} Login blev ikke gemt.</translation>
    </message>
    <message>
      <source>{problem} mailsetup did not keep the password for its later checks.</source>
      <translation>{problem} mailsetup har ikke gemt adgangskoden til sine senere kontroller.</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page, which Outlook opens itself, so mailsetup wrote no file for Outlook: a file would make Outlook ask for a password that {provider} does not take.</source>
      <translation>{provider} logger dig ind på sin egen side, som Outlook selv åbner, så mailsetup skrev ingen fil til Outlook: en fil ville få Outlook til at bede om en adgangskode, som {provider} ikke tager imod.</translation>
    </message>
    <message>
      <source>{said} Nothing was written.</source>
      <translation>{said} Intet blev skrevet.</translation>
    </message>
    <message>
      <source>“{name}” cannot be used as a file name in “{folder}”.</source>
      <translation>“{name}” kan ikke bruges som filnavn i “{folder}”.</translation>
    </message>
    <message>
      <source>“{url}” is not an Exchange web service address: --ews-url needs an https address, such as https://mail.example.com/EWS/Exchange.asmx.</source>
      <translation>“{url}” er ikke en adresse til en Exchange-webtjeneste: --ews-url skal have en https-adresse, såsom https://mail.example.com/EWS/Exchange.asmx.</translation>
    </message>
  </context>
</TS>
