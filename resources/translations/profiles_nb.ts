<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>--include-password needs the password on standard input (--password-stdin).</source>
      <translation>--include-password krever passordet på standard inndata (--password-stdin).</translation>
    </message>
    <message>
      <source>--keep-in-keyring needs the password on standard input (--password-stdin).</source>
      <translation>--keep-in-keyring trenger passordet på standard inn (--password-stdin).</translation>
    </message>
    <message>
      <source>--remember-password is for Thunderbird (--client thunderbird); the other programs ask for the password themselves.</source>
      <translation>--remember-password gjelder Thunderbird (--client thunderbird); de andre programmene spør selv om passordet.</translation>
    </message>
    <message>
      <source>--remember-password needs the password on standard input (--password-stdin).</source>
      <translation>--remember-password trenger passordet på standard inn (--password-stdin).</translation>
    </message>
    <message>
      <source>A PRF file can only describe IMAP or POP3 accounts; Exchange accounts are set up through the Autodiscover file instead.</source>
      <translation>En PRF-fil kan bare beskrive IMAP- eller POP3-kontoer; Exchange-kontoer settes i stedet opp via Autodiscover-filen.</translation>
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
      <translation>Også tilgjengelig</translation>
    </message>
    <message>
      <source>An Exchange profile is made either for a Mac or for an iPhone/iPad.</source>
      <translation>En Exchange-profil lages enten for en Mac eller for en iPhone/iPad.</translation>
    </message>
    <message>
      <source>Apple's mail profiles cannot sign in on {provider}'s own page, so mailsetup wrote no profile: one would ask for a password that {provider} does not take.</source>
      <translation>Apples e-postprofiler kan ikke logge inn på {provider}s egen side, så mailsetup skrev ingen profil: den ville be om et passord som {provider} ikke tar imot.</translation>
    </message>
    <message>
      <source>Apple's mail profiles cannot sign in on {provider}'s own page; add the account with the device's own account list instead.</source>
      <translation>Apples e-postprofiler kan ikke logge inn på {provider}s egen side; legg heller til kontoen med enhetens egen liste over kontoer.</translation>
    </message>
    <message>
      <source>Apple: put the password into the profile (not recommended)</source>
      <translation>Apple: legg passordet inn i profilen (frarådes)</translation>
    </message>
    <message>
      <source>Apple: sign the profile with this PEM certificate (intermediates may follow in the file)</source>
      <translation>Apple: signer profilen med dette PEM-sertifikatet (mellomliggende sertifikater kan følge etter i filen)</translation>
    </message>
    <message>
      <source>Apple: the PEM private key of the signing certificate</source>
      <translation>Apple: den private PEM-nøkkelen til signeringssertifikatet</translation>
    </message>
    <message>
      <source>Authentication</source>
      <translation>Autentisering</translation>
    </message>
    <message>
      <source>Automatic discovery is not available in this version; give the servers with --imap or --pop3 and --smtp HOST:PORT:SECURITY.</source>
      <translation type="vanished">Automatisk søk er ikke tilgjengelig i denne versjonen; oppgi serverne med --imap eller --pop3 og --smtp HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>Certificate for {endpoint}</source>
      <translation>Sertifikat for {endpoint}</translation>
    </message>
    <message>
      <source>Certificates you accepted (SHA-256 fingerprints)</source>
      <translation>Sertifikater du har godtatt (SHA-256-fingeravtrykk)</translation>
    </message>
    <message>
      <source>Connection security</source>
      <translation>Tilkoblingssikkerhet</translation>
    </message>
    <message>
      <source>Copy “{xml}” to “{windows_path}” on the Windows computer.</source>
      <translation>Kopier «{xml}» til «{windows_path}» på Windows-datamaskinen.</translation>
    </message>
    <message>
      <source>Could not read “{path}”: {problem}</source>
      <translation>Kunne ikke lese «{path}»: {problem}</translation>
    </message>
    <message>
      <source>Could not write “{path}”: {problem}</source>
      <translation>Kunne ikke skrive «{path}»: {problem}</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domene</translation>
    </message>
    <message>
      <source>Domain as written</source>
      <translation>Domenet slik det skrives</translation>
    </message>
    <message>
      <source>Double-click “{reg}” there and confirm, so Outlook reads that file when you add the account.</source>
      <translation>Dobbeltklikk på «{reg}» der og bekreft, slik at Outlook leser den filen når du legger til kontoen.</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>E-postadresse</translation>
    </message>
    <message>
      <source>E-mail settings for {address}</source>
      <translation>E-postinnstillinger for {address}</translation>
    </message>
    <message>
      <source>E-mail: {address}</source>
      <translation>E-post: {address}</translation>
    </message>
    <message>
      <source>Either run “outlook.exe /importprf {prf}” (classic Outlook adds the account from the file), or:</source>
      <translation>Kjør enten «outlook.exe /importprf {prf}» (klassisk Outlook legger til kontoen fra filen), eller:</translation>
    </message>
    <message>
      <source>Encrypted password</source>
      <translation>Kryptert passord</translation>
    </message>
    <message>
      <source>Exchange server</source>
      <translation>Exchange-server</translation>
    </message>
    <message>
      <source>Give the incoming server too: --imap or --pop3 HOST:PORT:SECURITY.</source>
      <translation>Oppgi også serveren for innkommende e-post: --imap eller --pop3 HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>If a program shows a certificate warning for these servers, compare its fingerprint with the one above; accept it only if they are the same.</source>
      <translation>Hvis et program viser en sertifikatadvarsel for disse serverne, sammenlign fingeravtrykket med det ovenfor; godta det bare hvis de er like.</translation>
    </message>
    <message>
      <source>In classic Outlook choose File, Add Account, type your address and your password when asked.</source>
      <translation>I klassisk Outlook velger du Fil, Legg til konto og skriver inn adressen og passordet ditt når du blir spurt.</translation>
    </message>
    <message>
      <source>In classic Outlook choose File, Add Account, type {address} and choose Connect.</source>
      <translation>I klassisk Outlook velger du Fil, Legg til konto, skriver {address} og velger Koble til.</translation>
    </message>
    <message>
      <source>In the new Outlook for Windows choose Settings, Accounts, Add account, type {address} and sign in the same way.</source>
      <translation>I nye Outlook for Windows velger du Innstillinger, Kontoer, Legg til konto, skriver {address} og logger inn på samme måte.</translation>
    </message>
    <message>
      <source>Incoming mail server</source>
      <translation>Server for innkommende e-post</translation>
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
      <translation>Fant ingen Thunderbird-profil. Start Thunderbird én gang, lukk det, og prøv igjen, eller oppgi profilmappen med --profile.</translation>
    </message>
    <message>
      <source>No authentication</source>
      <translation>Ingen autentisering</translation>
    </message>
    <message>
      <source>No authentication (by network address)</source>
      <translation>Ingen autentisering (ut fra nettverksadresse)</translation>
    </message>
    <message>
      <source>No password for {address} is stored in the system keyring.</source>
      <translation>Det er ikke lagret noe passord for {address} i systemets nøkkelring.</translation>
    </message>
    <message>
      <source>No server for sending mail (SMTP) is known for {address}; give one with --smtp HOST:PORT:SECURITY.</source>
      <translation>Ingen server for sending av e-post (SMTP) er kjent for {address}; oppgi en med --smtp HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>No settings were found for {address}; give the servers with --imap or --pop3 and --smtp HOST:PORT:SECURITY.</source>
      <translation>Fant ingen innstillinger for {address}; oppgi serverne med --imap eller --pop3 og --smtp HOST:PORT:SECURITY.</translation>
    </message>
    <message>
      <source>No sign-in for {address} is kept in the system keyring.</source>
      <translation>Ingen innlogging for {address} er lagret i systemets nøkkelring.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so mailsetup did not keep the password for its later checks.</source>
      <translation type="vanished">Det finnes ingen nøkkelring i systemet her, så mailsetup har ikke lagret passordet for sine senere kontroller.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so the password was not stored. Your mail program will ask for it once.</source>
      <translation type="vanished">Det finnes ingen systemnøkkelring her, så passordet ble ikke lagret. E-postprogrammet ditt vil be om det én gang.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so the sign-in was not kept.</source>
      <translation type="vanished">Det finnes ingen systemnøkkelring her, så innloggingen ble ikke lagret.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so there is no kept sign-in to remove.</source>
      <translation type="vanished">Det finnes ingen systemnøkkelring her, så det er ingen lagret innlogging å fjerne.</translation>
    </message>
    <message>
      <source>No system keyring is available here, so there is no stored password to remove.</source>
      <translation type="vanished">Det finnes ingen systemnøkkelring her, så det er ikke noe lagret passord å fjerne.</translation>
    </message>
    <message>
      <source>No system keyring was found on this computer.</source>
      <translation>Fant ingen nøkkelring i systemet på denne datamaskinen.</translation>
    </message>
    <message>
      <source>No {kind} server is known for {address}.</source>
      <translation>Ingen {kind}-server er kjent for {address}.</translation>
    </message>
    <message>
      <source>None (not encrypted)</source>
      <translation>Ingen (ikke kryptert)</translation>
    </message>
    <message>
      <source>Normal password</source>
      <translation>Vanlig passord</translation>
    </message>
    <message>
      <source>Nothing was moved: the servers found for {address} ({servers}) come from a source that could be forged ({reasons}). If they are right, give them with --imap/--pop3 and --smtp.</source>
      <translation>Ingenting ble flyttet: serverne som ble funnet for {address} ({servers}), kommer fra en kilde som kan være forfalsket ({reasons}). Hvis de er riktige, oppgi dem med --imap/--pop3 og --smtp.</translation>
    </message>
    <message>
      <source>OAuth2 (sign in through the provider's web page)</source>
      <translation>OAuth2 (logg inn via leverandørens nettside)</translation>
    </message>
    <message>
      <source>On a Mac: double-click the profile, then open System Settings, Privacy &amp; Security, Profiles, and install it.</source>
      <translation>På en Mac: dobbeltklikk på profilen, åpne deretter Systeminnstillinger, Personvern og sikkerhet, Profiler, og installer den.</translation>
    </message>
    <message>
      <source>On a Mac: open System Settings, Internet Accounts, Add Account; choose {provider} if the list has it and sign in on the page that opens.</source>
      <translation>På en Mac: åpne Systeminnstillinger, Internettkontoer, Legg til konto; velg {provider} hvis listen har den, og logg inn på siden som åpnes.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: open Settings, Mail, Accounts (on iOS 18: Settings, Apps, Mail, Mail Accounts), Add Account; choose {provider} if the list has it (it has Google, Microsoft Exchange, Outlook.com, Yahoo and AOL), type your address and sign in on the page that opens.</source>
      <translation>På en iPhone eller iPad: åpne Innstillinger, E-post, Kontoer (på iOS 18: Innstillinger, Apper, E-post, E-postkontoer), Legg til konto; velg {provider} hvis listen har den (den har Google, Microsoft Exchange, Outlook.com, Yahoo og AOL), skriv adressen din og logg inn på siden som åpnes.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send the profile to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it.</source>
      <translation>På en iPhone eller iPad: send profilen til deg selv (AirDrop eller e-post), åpne den, gå deretter til Innstillinger, Profil lastet ned, og installer den.</translation>
    </message>
    <message>
      <source>Outgoing mail server (SMTP)</source>
      <translation>Server for utgående e-post (SMTP)</translation>
    </message>
    <message>
      <source>Outlook asks for the password once when it first connects.</source>
      <translation>Outlook spør om passordet én gang, første gang det kobler til.</translation>
    </message>
    <message>
      <source>Outlook can only be set up directly on Windows; the files were written instead.</source>
      <translation>Outlook kan bare settes opp direkte på Windows; filene ble skrevet i stedet.</translation>
    </message>
    <message>
      <source>Outlook on Windows: also set the registry and start Outlook with the PRF file</source>
      <translation>Outlook på Windows: sett også opp registeret og start Outlook med PRF-filen</translation>
    </message>
    <message>
      <source>Outlook opens {provider}'s sign-in page: sign in there (with two-step verification if you use it). Outlook finds the servers itself.</source>
      <translation>Outlook åpner innloggingssiden til {provider}: logg inn der (med totrinnsbekreftelse hvis du bruker det). Outlook finner serverne selv.</translation>
    </message>
    <message>
      <source>Outlook signs in on the provider's own page; it asks for no password here.</source>
      <translation>Outlook logger inn på leverandørens egen side; det ber ikke om noe passord her.</translation>
    </message>
    <message>
      <source>Outlook was not found on this computer; the files were written and the registry was set.</source>
      <translation>Outlook ble ikke funnet på denne datamaskinen; filene ble skrevet, og registeret ble satt opp.</translation>
    </message>
    <message>
      <source>Outlook's PRF format cannot ask for STARTTLS on {host}:{port}; use the Autodiscover file, or the server's SSL/TLS port, instead.</source>
      <translation>Outlooks PRF-format kan ikke be om STARTTLS på {host}:{port}; bruk i stedet Autodiscover-filen eller serverens SSL/TLS-port.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passord</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Leverandør</translation>
    </message>
    <message>
      <source>SMTP after POP</source>
      <translation>SMTP etter POP</translation>
    </message>
    <message>
      <source>SSL/TLS (encrypted from the start)</source>
      <translation>SSL/TLS (kryptert fra starten)</translation>
    </message>
    <message>
      <source>STARTTLS (encryption switched on after connecting)</source>
      <translation>STARTTLS (kryptering slås på etter tilkoblingen)</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Sets up the e-mail account {address}.</source>
      <translation>Setter opp e-postkontoen {address}.</translation>
    </message>
    <message>
      <source>Sets up the e-mail account {address}. Your device asks for the password.</source>
      <translation>Setter opp e-postkontoen {address}. Enheten din ber om passordet.</translation>
    </message>
    <message>
      <source>Sets up the e-mail account {address}. Your device opens {provider}'s sign-in page.</source>
      <translation>Setter opp e-postkontoen {address}. Enheten din åpner innloggingssiden til {provider}.</translation>
    </message>
    <message>
      <source>Signing needs both --signing-cert and --signing-key.</source>
      <translation>Signering krever både --signing-cert og --signing-key.</translation>
    </message>
    <message>
      <source>Start Thunderbird; it asks for your password once.</source>
      <translation>Start Thunderbird; den ber om passordet ditt én gang.</translation>
    </message>
    <message>
      <source>Start Thunderbird; it logs in by itself with the saved password.</source>
      <translation>Start Thunderbird; det logger inn av seg selv med det lagrede passordet.</translation>
    </message>
    <message>
      <source>Start Thunderbird; when it first connects, it opens the provider's sign-in page. Sign in there; Thunderbird needs no password from you.</source>
      <translation>Start Thunderbird; første gang det kobler til, åpner det innloggingssiden til leverandøren. Logg inn der; Thunderbird trenger ikke noe passord fra deg.</translation>
    </message>
    <message>
      <source>TLS client certificate</source>
      <translation>TLS-klientsertifikat</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which cannot be used here ({problem}).</source>
      <translation>Miljøvariabelen PYTHON_KEYRING_BACKEND angir nøkkelringen {name}, som ikke kan brukes her ({problem}).</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which is not installed.</source>
      <translation>Miljøvariabelen PYTHON_KEYRING_BACKEND angir nøkkelringen {name}, som ikke er installert.</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable names the keyring {name}, which keeps passwords unencrypted, so mailsetup does not use it.</source>
      <translation>Miljøvariabelen PYTHON_KEYRING_BACKEND angir nøkkelringen {name}, som lagrer passord ukryptert, så mailsetup bruker den ikke.</translation>
    </message>
    <message>
      <source>The PYTHON_KEYRING_BACKEND environment variable turns the system keyring off (it names {name}).</source>
      <translation>Miljøvariabelen PYTHON_KEYRING_BACKEND slår av systemets nøkkelring (den angir {name}).</translation>
    </message>
    <message>
      <source>The Thunderbird profile folder “{profile}” does not exist.</source>
      <translation>Thunderbird-profilmappen «{profile}» finnes ikke.</translation>
    </message>
    <message>
      <source>The certificate for {servers} could not be fetched, so the profile does not carry it; your device will ask you to trust it.</source>
      <translation>Sertifikatet for {servers} kunne ikke hentes, så profilen inneholder det ikke; enheten din vil be deg om å stole på det.</translation>
    </message>
    <message>
      <source>The folder “{folder}” does not exist.</source>
      <translation>Mappen «{folder}» finnes ikke.</translation>
    </message>
    <message>
      <source>The keyring settings file {path} cannot be read ({problem}).</source>
      <translation>Innstillingsfilen for nøkkelringen, {path}, kan ikke leses ({problem}).</translation>
    </message>
    <message>
      <source>The keyring settings file {path} names the keyring {name}, which cannot be used here ({problem}).</source>
      <translation>Innstillingsfilen for nøkkelringen, {path}, angir nøkkelringen {name}, som ikke kan brukes her ({problem}).</translation>
    </message>
    <message>
      <source>The keyring settings file {path} names the keyring {name}, which is not installed.</source>
      <translation>Innstillingsfilen for nøkkelringen, {path}, angir nøkkelringen {name}, som ikke er installert.</translation>
    </message>
    <message>
      <source>The keyring settings file {path} names the keyring {name}, which keeps passwords unencrypted, so mailsetup does not use it.</source>
      <translation>Innstillingsfilen for nøkkelringen, {path}, angir nøkkelringen {name}, som lagrer passord ukryptert, så mailsetup bruker den ikke.</translation>
    </message>
    <message>
      <source>The keyring settings file {path} turns the system keyring off (it names {name}).</source>
      <translation>Innstillingsfilen for nøkkelringen, {path}, slår av systemets nøkkelring (den angir {name}).</translation>
    </message>
    <message>
      <source>The new Outlook for Windows cannot read these files; type the settings from the settings sheet there.</source>
      <translation>Nye Outlook for Windows kan ikke lese disse filene; skriv inn innstillingene fra innstillingsarket der.</translation>
    </message>
    <message>
      <source>The only keyring found on this computer ({name}) keeps passwords unencrypted, so mailsetup does not use it.</source>
      <translation>Den eneste nøkkelringen som ble funnet på denne datamaskinen ({name}), lagrer passord ukryptert, så mailsetup bruker den ikke.</translation>
    </message>
    <message>
      <source>The password could not be saved for Thunderbird: the encryption library Thunderbird uses (NSS) was not found here. Thunderbird asks for the password once.</source>
      <translation>Passordet kunne ikke lagres for Thunderbird: krypteringsbiblioteket Thunderbird bruker (NSS), finnes ikke her. Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>The password for {address} is kept in the system keyring, for mailsetup's own later checks (testing the account again, a move to new servers, a support re-run).</source>
      <translation>Passordet for {address} er lagret i systemets nøkkelring, for mailsetups egne senere kontroller (å teste kontoen igjen, en flytting til nye servere, en ny kjøring for brukerstøtte).</translation>
    </message>
    <message>
      <source>The password for {address} is stored in the system keyring.</source>
      <translation type="vanished">Passordet for {address} er lagret i systemets nøkkelring.</translation>
    </message>
    <message>
      <source>The password for {address} was removed from the system keyring.</source>
      <translation>Passordet for {address} ble fjernet fra systemets nøkkelring.</translation>
    </message>
    <message>
      <source>The profile holds no password: the device asks for it once while installing the profile.</source>
      <translation>Profilen inneholder ikke noe passord: enheten spør om det én gang når profilen installeres.</translation>
    </message>
    <message>
      <source>The profile holds no password: the device opens {provider}'s sign-in page while installing it; sign in there.</source>
      <translation>Profilen inneholder ikke noe passord: enheten åpner innloggingssiden til {provider} mens den installeres; logg inn der.</translation>
    </message>
    <message>
      <source>The profile is not signed, so your device shows it as “Unverified”; that is expected.</source>
      <translation>Profilen er ikke signert, så enheten din viser den som «Ikke bekreftet»; det er som forventet.</translation>
    </message>
    <message>
      <source>The provider renewed the sign-in for {address}; the keyring now holds the new one in place of the old.</source>
      <translation>Leverandøren fornyet innloggingen for {address}; nøkkelringen har nå den nye i stedet for den gamle.</translation>
    </message>
    <message>
      <source>The registry is set and Outlook is starting with the new account.</source>
      <translation>Registeret er satt opp, og Outlook starter med den nye kontoen.</translation>
    </message>
    <message>
      <source>The settings found for {address} come from a source that could be forged ({reasons}). Check them with “mailsetup discover”, then give them with --imap/--pop3 and --smtp to confirm.</source>
      <translation>Innstillingene funnet for {address} kommer fra en kilde som kan være forfalsket ({reasons}). Kontroller dem med «mailsetup discover», og oppgi dem deretter med --imap/--pop3 og --smtp for å bekrefte.</translation>
    </message>
    <message>
      <source>The sign-in for {address} is kept in the system keyring, for mailsetup's own later checks.</source>
      <translation>Innloggingen for {address} er lagret i systemets nøkkelring, for mailsetups egne senere sjekker.</translation>
    </message>
    <message>
      <source>The sign-in kept for {address} no longer works and was removed from the system keyring.</source>
      <translation>Den lagrede innloggingen for {address} virker ikke lenger og ble fjernet fra systemets nøkkelring.</translation>
    </message>
    <message>
      <source>The sign-in kept for {address} was changed meanwhile, so it was left as it is now.</source>
      <translation>Den lagrede innloggingen for {address} ble endret i mellomtiden, så den ble latt være slik den er nå.</translation>
    </message>
    <message>
      <source>The sign-in kept for {address} was removed from the system keyring.</source>
      <translation>Den lagrede innloggingen for {address} ble fjernet fra systemets nøkkelring.</translation>
    </message>
    <message>
      <source>The signing certificate or key could not be read: {problem}</source>
      <translation>Signeringssertifikatet eller nøkkelen kunne ikke leses: {problem}</translation>
    </message>
    <message>
      <source>The system keyring cannot be opened ({problem}).</source>
      <translation>Systemets nøkkelring kan ikke åpnes ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring cannot be reached ({problem}).</source>
      <translation>Systemets nøkkelring kan ikke nås ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring did not give the password back as stored; do not rely on it.</source>
      <translation>Systemets nøkkelring ga ikke passordet tilbake slik det ble lagret; ikke stol på den.</translation>
    </message>
    <message>
      <source>The system keyring did not give the renewed sign-in back as stored; the next check asks you to sign in again.</source>
      <translation>Systemets nøkkelring ga ikke den fornyede innloggingen tilbake slik den ble lagret; neste sjekk ber deg logge inn på nytt.</translation>
    </message>
    <message>
      <source>The system keyring did not give the sign-in back as stored; do not rely on it.</source>
      <translation>Systemets nøkkelring ga ikke innloggingen tilbake slik den ble lagret; ikke stol på den.</translation>
    </message>
    <message>
      <source>The system keyring is locked, and it was not unlocked.</source>
      <translation>Systemets nøkkelring er låst, og den ble ikke låst opp.</translation>
    </message>
    <message>
      <source>The system keyring refused the password ({problem}); it was not stored.</source>
      <translation type="vanished">Systemets nøkkelring avviste passordet ({problem}); det ble ikke lagret.</translation>
    </message>
    <message>
      <source>The system keyring refused the renewed sign-in ({problem}); the next check asks you to sign in again.</source>
      <translation type="vanished">Systemets nøkkelring avviste den fornyede innloggingen ({problem}); neste sjekk ber deg logge inn på nytt.</translation>
    </message>
    <message>
      <source>The system keyring refused the request ({problem}).</source>
      <translation>Systemets nøkkelring avviste forespørselen ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring refused the sign-in ({problem}); it was not kept.</source>
      <translation type="vanished">Systemets nøkkelring avviste innloggingen ({problem}); den ble ikke lagret.</translation>
    </message>
    <message>
      <source>The system keyring refused to remove the kept sign-in ({problem}).</source>
      <translation type="vanished">Systemets nøkkelring nektet å fjerne den lagrede innloggingen ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring refused to remove the password ({problem}).</source>
      <translation type="vanished">Systemets nøkkelring nektet å fjerne passordet ({problem}).</translation>
    </message>
    <message>
      <source>The system keyring refused to remove the sign-in that no longer works ({problem}).</source>
      <translation type="vanished">Systemets nøkkelring nektet å fjerne innloggingen som ikke lenger virker ({problem}).</translation>
    </message>
    <message>
      <source>This Thunderbird profile still has its old kind of password store; mailsetup leaves it alone. Thunderbird asks for the password once.</source>
      <translation>Denne Thunderbird-profilen har fortsatt den gamle typen passordlager; mailsetup rører det ikke. Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>This file is not a configuration profile.</source>
      <translation>Denne filen er ikke en konfigurasjonsprofil.</translation>
    </message>
    <message>
      <source>Thunderbird has several profiles and none is marked as the default; choose one with --profile: {profiles}</source>
      <translation>Thunderbird har flere profiler, og ingen er merket som standard; velg en med --profile: {profiles}</translation>
    </message>
    <message>
      <source>Thunderbird is set up here with IMAP or POP3 and SMTP; this account only offers Exchange. Choose --account-type imap if the provider offers IMAP.</source>
      <translation type="vanished">Thunderbird settes her opp med IMAP eller POP3 og SMTP; denne kontoen tilbyr bare Exchange. Velg --account-type imap hvis leverandøren tilbyr IMAP.</translation>
    </message>
    <message>
      <source>Thunderbird is using the profile “{profile}” right now (its “{lock}” file says so). Close Thunderbird and try again: it rewrites its settings when it quits.</source>
      <translation>Thunderbird bruker profilen «{profile}» akkurat nå (dens «{lock}»-fil sier det). Lukk Thunderbird og prøv igjen: det skriver over innstillingene sine når det avsluttes.</translation>
    </message>
    <message>
      <source>Thunderbird keeps no password for this account: the provider signs you in on its own page, which Thunderbird opens the first time.</source>
      <translation>Thunderbird lagrer ikke noe passord for denne kontoen: leverandøren logger deg inn på sin egen side, som Thunderbird åpner første gang.</translation>
    </message>
    <message>
      <source>Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account.</source>
      <translation>Thunderbird trenger adressen til Exchange-serverens nettjeneste (EWS), og ingen er kjent for denne kontoen.</translation>
    </message>
    <message>
      <source>Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account; give it with --ews-url https://HOST/EWS/Exchange.asmx, or choose --account-type imap if the provider offers IMAP.</source>
      <translation>Thunderbird trenger adressen til Exchange-serverens nettjeneste (EWS), og ingen er kjent for denne kontoen; oppgi den med --ews-url https://HOST/EWS/Exchange.asmx, eller velg --account-type imap hvis leverandøren tilbyr IMAP.</translation>
    </message>
    <message>
      <source>Thunderbird reaches it as an Exchange account at {url}, Exchange's usual address on {host} (the provider names {given}).</source>
      <translation>Thunderbird når den som Exchange-konto på {url}, Exchanges vanlige adresse på {host} (leverandøren oppgir {given}).</translation>
    </message>
    <message>
      <source>Thunderbird reaches it as an Exchange account at {url}.</source>
      <translation>Thunderbird når den som Exchange-konto på {url}.</translation>
    </message>
    <message>
      <source>Thunderbird remembers the password: it is saved, encrypted, in Thunderbird's own password store for {servers}.</source>
      <translation>Thunderbird husker passordet: det er lagret kryptert i Thunderbirds eget passordlager for {servers}.</translation>
    </message>
    <message>
      <source>Thunderbird sets up the mail, not calendar and contacts. The first time, it fetches the Exchange folders when it checks for new mail: choose Get Messages, or wait up to 10 minutes.</source>
      <translation>Thunderbird setter opp e-posten, ikke kalender og kontakter. Første gang henter det Exchange-mappene når det ser etter ny e-post: velg Hent meldinger, eller vent opptil 10 minutter.</translation>
    </message>
    <message>
      <source>Thunderbird sets up the mail; calendar and contacts are not set up in Thunderbird.</source>
      <translation type="vanished">Thunderbird setter opp e-posten; kalender og kontakter settes ikke opp i Thunderbird.</translation>
    </message>
    <message>
      <source>Thunderbird will trust the certificate you accepted for {servers}.</source>
      <translation>Thunderbird vil stole på sertifikatet du godtok for {servers}.</translation>
    </message>
    <message>
      <source>Thunderbird's key store in this profile (key4.db) could not be opened, so nothing was saved there. Thunderbird asks for the password once.</source>
      <translation>Thunderbirds nøkkellager i denne profilen (key4.db) kunne ikke åpnes, så ingenting ble lagret der. Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>Thunderbird's list of saved passwords ({path}) could not be read ({problem}), so it was left as it was. Thunderbird asks for the password once.</source>
      <translation>Thunderbirds liste over lagrede passord ({path}) kunne ikke leses ({problem}), så den ble ikke endret. Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>Thunderbird's list of saved passwords could not be written ({problem}); it was left as it was. Thunderbird asks for the password once.</source>
      <translation>Thunderbirds liste over lagrede passord kunne ikke skrives ({problem}); den ble ikke endret. Thunderbird spør om passordet én gang.</translation>
    </message>
    <message>
      <source>Thunderbird's saved passwords are protected by a primary password, which mailsetup does not unlock, so nothing was saved there. Thunderbird asks for the password once; it can remember it then.</source>
      <translation>Thunderbirds lagrede passord er beskyttet av et hovedpassord, som mailsetup ikke låser opp, så ingenting ble lagret der. Thunderbird spør om passordet én gang og kan huske det da.</translation>
    </message>
    <message>
      <source>Thunderbird: save the password, encrypted, in Thunderbird's own password store so it logs in by itself (needs --password-stdin)</source>
      <translation>Thunderbird: lagre passordet kryptert i Thunderbirds eget passordlager, så det logger inn av seg selv (krever --password-stdin)</translation>
    </message>
    <message>
      <source>Thunderbird: the account {address} in {profile} was updated (backup: {backup}).</source>
      <translation>Thunderbird: kontoen {address} i {profile} ble oppdatert (sikkerhetskopi: {backup}).</translation>
    </message>
    <message>
      <source>Thunderbird: the account {address} was added to {profile} (backup: {backup}).</source>
      <translation>Thunderbird: kontoen {address} ble lagt til i {profile} (sikkerhetskopi: {backup}).</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Brukernavn</translation>
    </message>
    <message>
      <source>Username on phones</source>
      <translation>Brukernavn på telefoner</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>Warning: these profiles contain your password in readable form. Send them only over a channel you trust, and delete them after installing.</source>
      <translation>Advarsel: disse profilene inneholder passordet ditt i lesbar form. Send dem bare gjennom en kanal du stoler på, og slett dem etter installasjonen.</translation>
    </message>
    <message>
      <source>Written by mailsetup on {date}. Keep this page; it holds no password.</source>
      <translation>Skrevet av mailsetup {date}. Ta vare på denne siden; den inneholder ikke noe passord.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Skrevet: {path}</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Navnet ditt</translation>
    </message>
    <message>
      <source>also keep the password in the system keyring, for mailsetup's own later checks (diagnose, migrate, a support re-run)</source>
      <translation>lagre også passordet i systemets nøkkelring, for mailsetups egne senere kontroller (diagnose, migrate, en ny kjøring for brukerstøtte)</translation>
    </message>
    <message>
      <source>the password you chose with your provider (not printed here)</source>
      <translation>passordet du valgte hos leverandøren din (skrives ikke ut her)</translation>
    </message>
    <message>
      <source>your name as recipients see it</source>
      <translation>navnet ditt slik mottakerne ser det</translation>
    </message>
    <message>
      <source>{problem} --keep-in-keyring needs a system keyring that keeps the password encrypted; nothing was written.</source>
      <translation>{problem} --keep-in-keyring krever en nøkkelring i systemet som lagrer passordet kryptert; ingenting ble skrevet.</translation>
    </message>
    <message>
      <source>{problem} No kept sign-in was removed.</source>
      <translation>{problem} Ingen lagret innlogging ble fjernet.</translation>
    </message>
    <message>
      <source>{problem} No password was removed.</source>
      <translation>{problem} Ingen passord ble fjernet.</translation>
    </message>
    <message>
      <source>{problem} The kept sign-in was not removed.</source>
      <translation>{problem} Den lagrede innloggingen ble ikke fjernet.</translation>
    </message>
    <message>
      <source>{problem} The password was not removed.</source>
      <translation>{problem} Passordet ble ikke fjernet.</translation>
    </message>
    <message>
      <source>{problem} The password was not stored.</source>
      <translation>{problem} Passordet ble ikke lagret.</translation>
    </message>
    <message>
      <source>{problem} The renewed sign-in was not kept; the next check asks you to sign in again.</source>
      <translation>{problem} Den fornyede innloggingen ble ikke lagret; neste sjekk ber deg logge inn på nytt.</translation>
    </message>
    <message>
      <source>{problem} The sign-in that no longer works was not removed.</source>
      <translation>{problem} Innloggingen som ikke virker lenger, ble ikke fjernet.</translation>
    </message>
    <message>
      <source>{problem} The sign-in was not kept.</source>
      <translation>{problem} Innloggingen ble ikke lagret.</translation>
    </message>
    <message>
      <source>{problem} mailsetup did not keep the password for its later checks.</source>
      <translation>{problem} mailsetup har ikke lagret passordet for sine senere kontroller.</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page, which Outlook opens itself, so mailsetup wrote no file for Outlook: a file would make Outlook ask for a password that {provider} does not take.</source>
      <translation>{provider} logger deg inn på sin egen side, som Outlook åpner selv, så mailsetup skrev ingen fil for Outlook: en fil ville få Outlook til å be om et passord som {provider} ikke tar imot.</translation>
    </message>
    <message>
      <source>{said} Nothing was written.</source>
      <translation>{said} Ingenting ble skrevet.</translation>
    </message>
    <message>
      <source>“{name}” cannot be used as a file name in “{folder}”.</source>
      <translation>«{name}» kan ikke brukes som filnavn i «{folder}».</translation>
    </message>
    <message>
      <source>“{url}” is not an Exchange web service address: --ews-url needs an https address, such as https://mail.example.com/EWS/Exchange.asmx.</source>
      <translation>«{url}» er ikke en adresse til en Exchange-nettjeneste: --ews-url trenger en https-adresse, for eksempel https://mail.example.com/EWS/Exchange.asmx.</translation>
    </message>
  </context>
</TS>
