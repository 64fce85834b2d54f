<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>&amp;Accept this certificate for this server</source>
      <translation>&amp;Acceptér dette certifikat for denne server</translation>
    </message>
    <message>
      <source>&amp;Cancel the sign-in</source>
      <translation>&amp;Afbryd login</translation>
    </message>
    <message>
      <source>&amp;Copy report for support</source>
      <translation>&amp;Kopiér rapport til support</translation>
    </message>
    <message>
      <source>&amp;Do not accept</source>
      <translation>Acceptér &amp;ikke</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <source>&amp;Go on</source>
      <translation>&amp;Fortsæt</translation>
    </message>
    <message>
      <source>&amp;Keep me signed in (in this computer's keyring)</source>
      <translation>&amp;Hold mig logget ind (i denne computers nøglering)</translation>
    </message>
    <message>
      <source>&amp;Keep the password in this computer's keyring</source>
      <translation type="vanished">&amp;Gem adgangskoden i computerens nøglering</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Sprog:</translation>
    </message>
    <message>
      <source>&amp;Look again</source>
      <translation>&amp;Se efter igen</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Næste &gt;</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>Åbn &amp;mappe</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
      <source>&amp;Search again</source>
      <translation>&amp;Søg igen</translation>
    </message>
    <message>
      <source>&amp;Stop searching</source>
      <translation>&amp;Stop søgningen</translation>
    </message>
    <message>
      <source>&amp;Stop setting up</source>
      <translation>&amp;Stop opsætningen</translation>
    </message>
    <message>
      <source>&amp;Test again</source>
      <translation>Test &amp;igen</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
      <source>A DNS service record points to a server outside your provider's domain: {detail}</source>
      <translation type="vanished">En DNS-servicepost peger på en server uden for din udbyders domæne: {detail}</translation>
    </message>
    <message>
      <source>A new server certificate</source>
      <translation>Et nyt servercertifikat</translation>
    </message>
    <message>
      <source>A server would be used without encryption: {detail}</source>
      <translation type="vanished">En server ville blive brugt uden kryptering: {detail}</translation>
    </message>
    <message>
      <source>A sign-in at {provider} is kept in this computer's keyring. The wizard signs in with it, without your browser, and then tests receiving and sending mail with that sign-in. If {provider} no longer accepts it, it is removed and your browser opens so you can sign in again.</source>
      <translation>Et login hos {provider} er gemt i computerens nøglering. Guiden logger ind med det uden din browser og tester derefter modtagelse og afsendelse af mail med det login. Hvis {provider} ikke længere accepterer det, fjernes det, og din browser åbner, så du kan logge ind igen.</translation>
    </message>
    <message>
      <source>Accept it only if your provider confirms its fingerprint: go back to the certificate, or accept it when the mail program asks.</source>
      <translation>Acceptér det kun, hvis din udbyder bekræfter fingeraftrykket: gå tilbage til certifikatet, eller acceptér det, når mailprogrammet spørger.</translation>
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
      <translation>Gem også adgangskoden i computerens nøglering</translation>
    </message>
    <message>
      <source>Apple Mail (Mac)</source>
      <translation>Apple Mail (Mac)</translation>
    </message>
    <message>
      <source>As an Exchange account: Thunderbird sets up the mail; calendar and contacts are not set up in Thunderbird.</source>
      <translation>Som Exchange-konto: Thunderbird sætter e-mailen op; kalender og kontakter sættes ikke op i Thunderbird.</translation>
    </message>
    <message>
      <source>Asking every place where mail programs look for settings, all at once.</source>
      <translation>Spørger alle de steder, hvor mailprogrammer leder efter indstillinger, på én gang.</translation>
    </message>
    <message>
      <source>Automatic discovery is not available in this version; enter the settings by hand.</source>
      <translation type="vanished">Automatisk søgning findes ikke i denne version; indtast indstillingerne selv.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbage</translation>
    </message>
    <message>
      <source>Business Mail (Exchange)</source>
      <translation>Business Mail (Exchange)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuller</translation>
    </message>
    <message>
      <source>Certificate accepted for {host}:{port}: SHA-256 {sha256}</source>
      <translation>Certifikat accepteret for {host}:{port}: SHA-256 {sha256}</translation>
    </message>
    <message>
      <source>Certificate details</source>
      <translation>Certifikatets detaljer</translation>
    </message>
    <message>
      <source>Certificate not accepted for {host}:{port}: SHA-256 {sha256}</source>
      <translation>Certifikat ikke accepteret for {host}:{port}: SHA-256 {sha256}</translation>
    </message>
    <message>
      <source>Check the settings, or enter them yourself.</source>
      <translation>Tjek indstillingerne, eller indtast dem selv.</translation>
    </message>
    <message>
      <source>Choose the mail programs to set up. Files for other programs and devices are saved in a folder, to open or send them there.</source>
      <translation>Vælg de mailprogrammer, der skal sættes op. Filer til andre programmer og enheder gemmes i en mappe, så du kan åbne eller sende dem dér.</translation>
    </message>
    <message>
      <source>Choose where to set up the account.</source>
      <translation>Vælg, hvor kontoen skal sættes op.</translation>
    </message>
    <message>
      <source>Connecting to each server, checking encryption and certificates, and logging in.</source>
      <translation>Forbinder til hver server, kontrollerer kryptering og certifikater og logger ind.</translation>
    </message>
    <message>
      <source>Connection test:</source>
      <translation>Forbindelsestest:</translation>
    </message>
    <message>
      <source>Copy report for support</source>
      <translation>Kopiér rapport til support</translation>
    </message>
    <message>
      <source>Copy the folder “{folder}” to the Windows computer (a USB stick or your cloud storage will do).</source>
      <translation>Kopiér mappen “{folder}” til Windows-computeren (en USB-nøgle eller din skylagring kan bruges).</translation>
    </message>
    <message>
      <source>Could not write: {problem}</source>
      <translation>Kunne ikke skrive: {problem}</translation>
    </message>
    <message>
      <source>Create your forwarding rules and signature again in the new mail program.</source>
      <translation type="vanished">Opret dine videresendelsesregler og din signatur igen i det nye mailprogram.</translation>
    </message>
    <message>
      <source>Created: {time}</source>
      <translation type="vanished">Oprettet: {time}</translation>
    </message>
    <message>
      <source>DNS service records</source>
      <translation type="vanished">DNS-serviceposter</translation>
    </message>
    <message>
      <source>Demo provider running on this computer. Sign in as {user} with the password {password}</source>
      <translation>Demoudbyderen kører på denne computer. Log ind som {user} med adgangskoden {password}</translation>
    </message>
    <message>
      <source>Did you mean {address}? &amp;Use it</source>
      <translation>Mente du {address}? &amp;Brug den</translation>
    </message>
    <message>
      <source>Discovery steps</source>
      <translation>Søgningens trin</translation>
    </message>
    <message>
      <source>Discovery steps:</source>
      <translation>Søgningens trin:</translation>
    </message>
    <message>
      <source>Do not use this server until your provider fixes its certificate.</source>
      <translation>Brug ikke denne server, før din udbyder har rettet certifikatet.</translation>
    </message>
    <message>
      <source>Domain that would receive your mail: {domain}</source>
      <translation>Domæne, der ville modtage din post: {domain}</translation>
    </message>
    <message>
      <source>Domain: {domain}</source>
      <translation>Domæne: {domain}</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Færdig</translation>
    </message>
    <message>
      <source>E-mail &amp;address:</source>
      <translation>Mail&amp;adresse:</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>E-mailadresse</translation>
    </message>
    <message>
      <source>E-mail setup</source>
      <translation>Opsætning af mail</translation>
    </message>
    <message>
      <source>Enter or change the settings &amp;myself</source>
      <translation>Indtast eller ret indstillingerne &amp;selv</translation>
    </message>
    <message>
      <source>Enter or change the settings myself</source>
      <translation>Indtast eller ret indstillingerne selv</translation>
    </message>
    <message>
      <source>Enter settings &amp;manually</source>
      <translation>Indtast indstillinger &amp;manuelt</translation>
    </message>
    <message>
      <source>Enter settings manually</source>
      <translation>Indtast indstillinger manuelt</translation>
    </message>
    <message>
      <source>Enter the settings your provider gave you. Encrypted connections are chosen to start with.</source>
      <translation>Indtast de indstillinger, du har fået af din udbyder. Krypterede forbindelser er valgt fra start.</translation>
    </message>
    <message>
      <source>Everything up to the sign-in works. Your provider signs you in on its own page; your mail program will open it.</source>
      <translation>Alt frem til login virker. Din udbyder logger dig ind på sin egen side; dit mailprogram åbner den.</translation>
    </message>
    <message>
      <source>Everything up to the sign-in works. {provider} signs you in on its own page; your mail program will open it.</source>
      <translation>Alt frem til login virker. {provider} logger dig ind på sin egen side; dit mailprogram åbner den.</translation>
    </message>
    <message>
      <source>Everything works.</source>
      <translation type="vanished">Alt virker.</translation>
    </message>
    <message>
      <source>Everything works: receiving and sending mail were tested with your password.</source>
      <translation>Alt virker: modtagelse og afsendelse af mail blev testet med din adgangskode.</translation>
    </message>
    <message>
      <source>Everything works: signing in to Exchange was tested with your password.</source>
      <translation>Alt virker: login på Exchange blev afprøvet med din adgangskode.</translation>
    </message>
    <message>
      <source>Everything works: you signed in at {provider}, and receiving and sending mail were tested with that sign-in.</source>
      <translation>Alt virker: du loggede ind hos {provider}, og modtagelse og afsendelse af mail blev testet med det login.</translation>
    </message>
    <message>
      <source>Everything works: {provider} accepted the sign-in kept in this computer's keyring, and receiving and sending mail were tested with that sign-in.</source>
      <translation>Alt virker: {provider} accepterede det login, der er gemt i computerens nøglering, og modtagelse og afsendelse af mail blev testet med det login.</translation>
    </message>
    <message>
      <source>Exchange (Business Mail)</source>
      <translation>Exchange (Business Mail)</translation>
    </message>
    <message>
      <source>Exchange mail</source>
      <translation>Exchange-mail</translation>
    </message>
    <message>
      <source>Files for other programs and devices</source>
      <translation>Filer til andre programmer og enheder</translation>
    </message>
    <message>
      <source>Finding your settings</source>
      <translation>Dine indstillinger findes</translation>
    </message>
    <message>
      <source>Fingerprint (SHA-256):</source>
      <translation>Fingeraftryk (SHA-256):</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Afslut</translation>
    </message>
    <message>
      <source>Found at: {origin}</source>
      <translation>Fundet på: {origin}</translation>
    </message>
    <message>
      <source>Go back to the certificate and decide.</source>
      <translation>Gå tilbage til certifikatet, og tag stilling.</translation>
    </message>
    <message>
      <source>Help from {who}:</source>
      <translation>Hjælp fra {who}:</translation>
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
      <translation>Skjul adgangskoden</translation>
    </message>
    <message>
      <source>I have checked: this is my provider, use these settings</source>
      <translation>Jeg har tjekket: det er min udbyder, brug disse indstillinger</translation>
    </message>
    <message>
      <source>IMAP</source>
      <translation>IMAP</translation>
    </message>
    <message>
      <source>Incoming</source>
      <translation>Indgående</translation>
    </message>
    <message>
      <source>Incoming &amp;server:</source>
      <translation>Indgående ser&amp;ver:</translation>
    </message>
    <message>
      <source>Incoming &amp;type:</source>
      <translation>Indgående t&amp;ype:</translation>
    </message>
    <message>
      <source>Incoming p&amp;ort:</source>
      <translation>Indgående p&amp;ort:</translation>
    </message>
    <message>
      <source>Incoming s&amp;ecurity:</source>
      <translation>Indgående s&amp;ikkerhed:</translation>
    </message>
    <message>
      <source>Incoming:</source>
      <translation>Indgående:</translation>
    </message>
    <message>
      <source>Incoming: {server}</source>
      <translation>Indgående: {server}</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>Issued by:</source>
      <translation>Udstedt af:</translation>
    </message>
    <message>
      <source>Issued to:</source>
      <translation>Udstedt til:</translation>
    </message>
    <message>
      <source>Keep the password in this computer's keyring</source>
      <translation type="vanished">Gem adgangskoden i computerens nøglering</translation>
    </message>
    <message>
      <source>Kind of account</source>
      <translation>Kontotype</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <source>Look again for Thunderbird</source>
      <translation>Se efter Thunderbird igen</translation>
    </message>
    <message>
      <source>Look-alike warning: “{labels}” mixes letters from different alphabets, a trick used to imitate well-known names.</source>
      <translation type="vanished">Advarsel om forveksling: “{labels}” blander bogstaver fra forskellige alfabeter, et trick til at efterligne kendte navne.</translation>
    </message>
    <message>
      <source>Looking at the servers' certificates (no password is sent yet)…</source>
      <translation>Ser på servernes certifikater (ingen adgangskode sendes endnu)…</translation>
    </message>
    <message>
      <source>Looking for the settings of {address}…</source>
      <translation>Leder efter indstillingerne for {address}…</translation>
    </message>
    <message>
      <source>Mail is downloaded to this computer and usually removed from the server.</source>
      <translation>Posten hentes ned på denne computer og fjernes normalt fra serveren.</translation>
    </message>
    <message>
      <source>Mail programs</source>
      <translation>Mailprogrammer</translation>
    </message>
    <message>
      <source>Mail programs on this computer</source>
      <translation>Mailprogrammer på denne computer</translation>
    </message>
    <message>
      <source>Mail programs:</source>
      <translation>Mailprogrammer:</translation>
    </message>
    <message>
      <source>Mail, calendar and contacts kept in step on all devices.</source>
      <translation>Post, kalender og kontakter holdes ens på alle enheder.</translation>
    </message>
    <message>
      <source>Microsoft Autodiscover</source>
      <translation type="vanished">Microsoft Autodiscover</translation>
    </message>
    <message>
      <source>NOT encrypted</source>
      <translation type="vanished">IKKE krypteret</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Næste</translation>
    </message>
    <message>
      <source>No Thunderbird profile was found on this computer.</source>
      <translation type="vanished">Der blev ikke fundet nogen Thunderbird-profil på denne computer.</translation>
    </message>
    <message>
      <source>No display is available, so the wizard window cannot open. Use the commands instead (mailsetup --help), or run it on a desktop.</source>
      <translation>Der er ingen skærm, så guidens vindue kan ikke åbne. Brug kommandoerne i stedet (mailsetup --help), eller kør den på et skrivebord.</translation>
    </message>
    <message>
      <source>No mail program was set up.</source>
      <translation>Intet mailprogram blev sat op.</translation>
    </message>
    <message>
      <source>No password yet: without it the wizard cannot prove the login. You can still go on; the mail program will ask for it.</source>
      <translation type="vanished">Ingen adgangskode endnu: uden den kan guiden ikke bevise, at login virker. Du kan godt fortsætte; mailprogrammet vil spørge efter den.</translation>
    </message>
    <message>
      <source>No password yet: without it the wizard cannot prove the login. You can still go on; the mail program will ask for it. Providers that sign you in on their own page (as Gmail and Microsoft 365 do) need none here.</source>
      <translation>Ingen adgangskode endnu: uden den kan guiden ikke bevise, at login virker. Du kan godt fortsætte; mailprogrammet vil spørge efter den. Udbydere, der logger dig ind på deres egen side (som Gmail og Microsoft 365), skal ikke have nogen her.</translation>
    </message>
    <message>
      <source>No settings were found for {address}. You can enter them by hand.</source>
      <translation type="vanished">Der blev ikke fundet indstillinger for {address}. Du kan indtaste dem selv.</translation>
    </message>
    <message>
      <source>No system keyring was found on this computer.</source>
      <translation>Der blev ikke fundet nogen nøglering i systemet på denne computer.</translation>
    </message>
    <message>
      <source>Not everything works yet. Read what to do below, go back to change the settings, or set it up anyway.</source>
      <translation>Ikke alt virker endnu. Læs herunder, hvad du kan gøre, gå tilbage og ret indstillingerne, eller sæt det op alligevel.</translation>
    </message>
    <message>
      <source>Not set up:</source>
      <translation type="vanished">Ikke sat op:</translation>
    </message>
    <message>
      <source>Not tested.</source>
      <translation>Ikke testet.</translation>
    </message>
    <message>
      <source>Nothing wrong was found, but this server signs in in a way the wizard cannot test. Read below; the mail program signs in itself.</source>
      <translation>Der blev ikke fundet fejl, men denne server logger ind på en måde, guiden ikke kan afprøve. Læs herunder; mailprogrammet logger selv ind.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it.</source>
      <translation>På en iPhone eller iPad: send “{file}” til dig selv (AirDrop eller mail), åbn den, gå så til Indstillinger, Profil hentet, og installér den.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it. The Mac and the iPhone or iPad each ask for your password once while installing the profile: type it there. Your password is not in the profile.</source>
      <translation type="vanished">På en iPhone eller iPad: send “{file}” til dig selv (AirDrop eller mail), åbn den, gå så til Indstillinger, Profil hentet, og installér den. Både din Mac og din iPhone eller iPad spørger hver én gang om din adgangskode, når profilen installeres: skriv den dér. Din adgangskode er ikke i profilen.</translation>
    </message>
    <message>
      <source>On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it. The iPhone or iPad then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation type="vanished">På en iPhone eller iPad: send “{file}” til dig selv (AirDrop eller mail), åbn den, gå så til Indstillinger, Profil hentet, og installér den. Din iPhone eller iPad spørger derefter én gang om din adgangskode: skriv den dér. Din adgangskode er ikke i profilen.</translation>
    </message>
    <message>
      <source>On iPhone, Android and other phones the user name is {user}</source>
      <translation>På iPhone, Android og andre telefoner er brugernavnet {user}</translation>
    </message>
    <message>
      <source>On the Mac: double-click “{file}”, then open System Settings, Privacy &amp; Security, Profiles, and install it.</source>
      <translation>På din Mac: dobbeltklik på “{file}”, åbn så Systemindstillinger, Anonymitet og sikkerhed, Profiler, og installér den.</translation>
    </message>
    <message>
      <source>On the Mac: double-click “{file}”, then open System Settings, Privacy &amp; Security, Profiles, and install it. The Mac then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation type="vanished">På din Mac: dobbeltklik på “{file}”, åbn så Systemindstillinger, Anonymitet og sikkerhed, Profiler, og installér den. Din Mac spørger derefter én gang om din adgangskode: skriv den dér. Din adgangskode er ikke i profilen.</translation>
    </message>
    <message>
      <source>Only for this wizard's own later checks: testing the account again, a provider's move to new servers, a support re-run. Your mail programs do not read it from there.</source>
      <translation>Kun til guidens egne senere kontroller: at teste kontoen igen, når udbyderen flytter til nye servere, eller når support beder om en ny kørsel. Dine mailprogrammer læser den ikke derfra.</translation>
    </message>
    <message>
      <source>Open &amp;Thunderbird</source>
      <translation>Åbn Thunder&amp;bird</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation type="vanished">Åbn &amp;mappe</translation>
    </message>
    <message>
      <source>Open Outlook, choose File, then Add Account, and type your e-mail address.</source>
      <translation type="vanished">Åbn Outlook, vælg Filer og så Tilføj konto, og skriv din mailadresse.</translation>
    </message>
    <message>
      <source>Open Outlook, choose File, then Add Account, and type your e-mail address. Outlook then asks for your password once: type it there. Your password is not in these files.</source>
      <translation>Åbn Outlook, vælg Filer og så Tilføj konto, og skriv din mailadresse. Outlook spørger derefter én gang om din adgangskode: skriv den dér. Din adgangskode er ikke i disse filer.</translation>
    </message>
    <message>
      <source>Open Thunderbird</source>
      <translation>Åbn Thunderbird</translation>
    </message>
    <message>
      <source>Open the folder {folder}</source>
      <translation>Åbn mappen {folder}</translation>
    </message>
    <message>
      <source>Outgoing</source>
      <translation>Udgående</translation>
    </message>
    <message>
      <source>Outgoing po&amp;rt:</source>
      <translation>Udgående po&amp;rt:</translation>
    </message>
    <message>
      <source>Outgoing s&amp;erver (SMTP):</source>
      <translation type="vanished">Udgående s&amp;erver (SMTP):</translation>
    </message>
    <message>
      <source>Outgoing sec&amp;urity:</source>
      <translation type="vanished">Udgående si&amp;kkerhed:</translation>
    </message>
    <message>
      <source>Outgoing secur&amp;ity:</source>
      <translation>Udgående si&amp;kkerhed:</translation>
    </message>
    <message>
      <source>Outgoing ser&amp;ver (SMTP):</source>
      <translation>Udgående s&amp;erver (SMTP):</translation>
    </message>
    <message>
      <source>Outgoing server</source>
      <translation>Udgående server</translation>
    </message>
    <message>
      <source>Outgoing:</source>
      <translation>Udgående:</translation>
    </message>
    <message>
      <source>Outgoing: {server}</source>
      <translation>Udgående: {server}</translation>
    </message>
    <message>
      <source>Outlook</source>
      <translation>Outlook</translation>
    </message>
    <message>
      <source>Outlook asks for the password once when it first connects.</source>
      <translation>Outlook spørger om adgangskoden én gang, første gang det forbinder.</translation>
    </message>
    <message>
      <source>Outlook signs in on the provider's page itself: the steps for its own “Add account” are shown at the end; no file is needed</source>
      <translation>Outlook logger selv ind på udbyderens side: trinnene til dens egen »Tilføj konto« vises til sidst; der skal ikke bruges nogen fil</translation>
    </message>
    <message>
      <source>POP</source>
      <translation>POP</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <source>Please confirm before anything is sent</source>
      <translation>Bekræft venligst, før noget sendes</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Provider: {name}</source>
      <translation>Udbyder: {name}</translation>
    </message>
    <message>
      <source>Receiving mail</source>
      <translation>Modtagelse af mail</translation>
    </message>
    <message>
      <source>Reference for support: {reference}</source>
      <translation>Reference til support: {reference}</translation>
    </message>
    <message>
      <source>Rehearsal &amp;scene:</source>
      <translation>Øv&amp;elsesscene:</translation>
    </message>
    <message>
      <source>Rehearsal scene</source>
      <translation>Øvelsesscene</translation>
    </message>
    <message>
      <source>Rehearsal: {summary}</source>
      <translation>Øvelse: {summary}</translation>
    </message>
    <message>
      <source>Remove the old account once the new one shows your mail.</source>
      <translation type="vanished">Fjern den gamle konto, når den nye viser din post.</translation>
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
      <translation>&amp;Gem rapport…</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Gem rapport</translation>
    </message>
    <message>
      <source>Search progress</source>
      <translation>Søgningens fremskridt</translation>
    </message>
    <message>
      <source>Sending mail</source>
      <translation>Afsendelse af mail</translation>
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
      <translation>Sæt det &amp;op alligevel; Færdig viser, hvad der mangler</translation>
    </message>
    <message>
      <source>Set it &amp;up anyway; the mail program will ask for the password</source>
      <translation>Sæt det &amp;op alligevel; mailprogrammet spørger efter adgangskoden</translation>
    </message>
    <message>
      <source>Set up your e-mail</source>
      <translation>Sæt din mail op</translation>
    </message>
    <message>
      <source>Set up your {provider} e-mail</source>
      <translation>Sæt din {provider}-mail op</translation>
    </message>
    <message>
      <source>Set up, but not everything is proven yet. Still open:</source>
      <translation>Sat op, men ikke alt er bevist endnu. Det mangler:</translation>
    </message>
    <message>
      <source>Set up:</source>
      <translation type="vanished">Sat op:</translation>
    </message>
    <message>
      <source>Setting up your mail programs…</source>
      <translation>Dine mailprogrammer sættes op…</translation>
    </message>
    <message>
      <source>Settings found</source>
      <translation>Fundne indstillinger</translation>
    </message>
    <message>
      <source>Settings found for {address}.</source>
      <translation>Indstillinger fundet for {address}.</translation>
    </message>
    <message>
      <source>Settings from: {source} ({trust})</source>
      <translation>Indstillinger fra: {source} ({trust})</translation>
    </message>
    <message>
      <source>Settings sheet</source>
      <translation>Indstillingsark</translation>
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
      <translation>Vis adgangskoden</translation>
    </message>
    <message>
      <source>Shown as {unicode}, written {ascii} in computer form.</source>
      <translation>Vises som {unicode}, skrives {ascii} i computerform.</translation>
    </message>
    <message>
      <source>Sign &amp;in again at {provider}</source>
      <translation>&amp;Log ind igen hos {provider}</translation>
    </message>
    <message>
      <source>Sign &amp;in again at {provider} in your browser</source>
      <translation>&amp;Log ind igen hos {provider} i din browser</translation>
    </message>
    <message>
      <source>Sign &amp;in again at {provider} with the kept sign-in</source>
      <translation>&amp;Log ind igen hos {provider} med det gemte login</translation>
    </message>
    <message>
      <source>Sign &amp;in at {provider}</source>
      <translation>&amp;Log ind hos {provider}</translation>
    </message>
    <message>
      <source>Sign &amp;in at {provider} in your browser</source>
      <translation>&amp;Log ind hos {provider} i din browser</translation>
    </message>
    <message>
      <source>Sign &amp;in at {provider} with the kept sign-in</source>
      <translation>&amp;Log ind hos {provider} med det gemte login</translation>
    </message>
    <message>
      <source>Sign-in</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>Signed in at {provider} in your browser.</source>
      <translation>Logget ind hos {provider} i din browser.</translation>
    </message>
    <message>
      <source>Signed in at {provider} with the sign-in kept in this computer's keyring.</source>
      <translation>Logget ind hos {provider} med det login, der er gemt i computerens nøglering.</translation>
    </message>
    <message>
      <source>Signed in at {provider}. The token stays in this window's memory only.</source>
      <translation type="vanished">Logget ind hos {provider}. Adgangsnøglen (token) gemmes kun i dette vindues hukommelse.</translation>
    </message>
    <message>
      <source>Signed in with the sign-in kept in this computer's keyring.</source>
      <translation type="vanished">Logget ind med det logind, der er gemt i computerens nøglering.</translation>
    </message>
    <message>
      <source>Signing in at {provider} with the sign-in kept in this computer's keyring, without your browser. If {provider} no longer accepts it, your browser opens so you can sign in again.</source>
      <translation>Logger ind hos {provider} med det login, der er gemt i computerens nøglering, uden din browser. Hvis {provider} ikke længere accepterer det, åbner din browser, så du kan logge ind igen.</translation>
    </message>
    <message>
      <source>Signing in at {provider}…</source>
      <translation>Logger ind hos {provider}…</translation>
    </message>
    <message>
      <source>Some checks failed. Read what to do below, go back to change the settings, or continue anyway.</source>
      <translation type="vanished">Nogle kontroller fejlede. Læs nedenfor, hvad du kan gøre, gå tilbage og ret indstillingerne, eller fortsæt alligevel.</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({problem}).</source>
      <translation type="vanished">Noget uventet gik galt ({problem}).</translation>
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
      <translation>Trin {number} af {total}</translation>
    </message>
    <message>
      <source>Stop setting up your e-mail? What you typed is not kept, and no mail program is changed.</source>
      <translation>Vil du stoppe opsætningen af din mail? Det, du har skrevet, gemmes ikke, og intet mailprogram bliver ændret.</translation>
    </message>
    <message>
      <source>Stop setting up?</source>
      <translation>Stop opsætningen?</translation>
    </message>
    <message>
      <source>Stopped. You can search again or enter the settings by hand.</source>
      <translation>Stoppet. Du kan søge igen eller indtaste indstillingerne selv.</translation>
    </message>
    <message>
      <source>Test again</source>
      <translation>Test igen</translation>
    </message>
    <message>
      <source>Test again, or check the settings.</source>
      <translation>Test igen, eller tjek indstillingerne.</translation>
    </message>
    <message>
      <source>Test progress</source>
      <translation>Testens fremskridt</translation>
    </message>
    <message>
      <source>Test results</source>
      <translation>Testresultater</translation>
    </message>
    <message>
      <source>Testing the settings</source>
      <translation>Indstillingerne testes</translation>
    </message>
    <message>
      <source>Testing… this takes a few seconds.</source>
      <translation>Tester… det tager et par sekunder.</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
      <source>The Mac and the iPhone or iPad each ask for your password once while installing the profile: type it there. Your password is not in the profile.</source>
      <translation>Både din Mac og din iPhone eller iPad spørger hver én gang om din adgangskode, når profilen installeres: skriv den dér. Din adgangskode er ikke i profilen.</translation>
    </message>
    <message>
      <source>The Mac then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation>Din Mac spørger derefter én gang om din adgangskode: skriv den dér. Din adgangskode er ikke i profilen.</translation>
    </message>
    <message>
      <source>The account was added to Thunderbird ({path}).</source>
      <translation>Kontoen blev tilføjet i Thunderbird ({path}).</translation>
    </message>
    <message>
      <source>The account was added to Thunderbird ({path}). Thunderbird asks for the password once.</source>
      <translation type="vanished">Kontoen blev tilføjet i Thunderbird ({path}). Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>The address and password you got from your e-mail provider.</source>
      <translation>Den adresse og adgangskode, du har fået af din mailudbyder.</translation>
    </message>
    <message>
      <source>The address you got from your e-mail provider.</source>
      <translation>Den adresse, du har fået af din mailudbyder.</translation>
    </message>
    <message>
      <source>The app password that works is {app}.</source>
      <translation>App-adgangskoden, der virker, er {app}.</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be trusted ({state}).</source>
      <translation>Certifikatet for {host} kan ikke stoles på ({state}).</translation>
    </message>
    <message>
      <source>The certificate of {host} is the one you accepted.</source>
      <translation>Certifikatet for {host} er det, du accepterede.</translation>
    </message>
    <message>
      <source>The certificate of {host} is trusted.</source>
      <translation>Certifikatet for {host} er betroet.</translation>
    </message>
    <message>
      <source>The certificate of {host} waits for your decision.</source>
      <translation>Certifikatet for {host} venter på din beslutning.</translation>
    </message>
    <message>
      <source>The connection test is not available in this version.</source>
      <translation type="vanished">Forbindelsestesten findes ikke i denne version.</translation>
    </message>
    <message>
      <source>The customer types {wrong} instead.</source>
      <translation>Kunden skriver {wrong} i stedet.</translation>
    </message>
    <message>
      <source>The domain “{domain}” does not exist. Check the spelling after @ in your address.</source>
      <translation>Domænet “{domain}” findes ikke. Tjek stavningen efter @ i din adresse.</translation>
    </message>
    <message>
      <source>The existing account in Thunderbird was updated in place ({path}); a backup was kept.</source>
      <translation>Den eksisterende konto i Thunderbird blev opdateret ({path}); en sikkerhedskopi er gemt.</translation>
    </message>
    <message>
      <source>The existing account in Thunderbird was updated in place ({path}); a backup was kept. Thunderbird asks for the password once.</source>
      <translation type="vanished">Den eksisterende konto i Thunderbird blev opdateret ({path}); en sikkerhedskopi er gemt. Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>The iPhone or iPad then asks for your password once: type it there. Your password is not in the profile.</source>
      <translation>Din iPhone eller iPad spørger derefter én gang om din adgangskode: skriv den dér. Din adgangskode er ikke i profilen.</translation>
    </message>
    <message>
      <source>The kept sign-in could not be used, so your browser opened. Sign in at {provider} there; this window goes on by itself.</source>
      <translation>Det gemte login kunne ikke bruges, så din browser åbnede. Log ind hos {provider} dér; dette vindue fortsætter af sig selv.</translation>
    </message>
    <message>
      <source>The mail program asks for the password the first time; type it there.</source>
      <translation>Mailprogrammet spørger efter adgangskoden første gang; skriv den dér.</translation>
    </message>
    <message>
      <source>The mail program opens that page the first time it connects; sign in there.</source>
      <translation>Mailprogrammet åbner den side, første gang det forbinder; log ind der.</translation>
    </message>
    <message>
      <source>The mail program will warn about the certificate of {host}; accept it there only if your provider confirms it.</source>
      <translation>Mailprogrammet vil advare om certifikatet for {host}; acceptér det kun dér, hvis din udbyder bekræfter det.</translation>
    </message>
    <message>
      <source>The mail server shows a certificate that no authority on this computer vouches for. This happens when a provider changes its certificate. Accept it only if it is the one your provider announced.</source>
      <translation>Mailserveren viser et certifikat, som ingen myndighed på denne computer går inde for. Det sker, når en udbyder skifter certifikat. Acceptér det kun, hvis det er det, din udbyder har annonceret.</translation>
    </message>
    <message>
      <source>The password cannot be kept in this computer's keyring. {problem}</source>
      <translation>Adgangskoden kan ikke gemmes i computerens nøglering. {problem}</translation>
    </message>
    <message>
      <source>The password could not be kept in the keyring: {problem}</source>
      <translation>Adgangskoden kunne ikke gemmes i nøgleringen: {problem}</translation>
    </message>
    <message>
      <source>The password is only used to test the login and is kept in your system's keyring, never in a file.</source>
      <translation type="vanished">Adgangskoden bruges kun til at teste login og gemmes i systemets nøglering, aldrig i en fil.</translation>
    </message>
    <message>
      <source>The password is used to test the login. It is saved only where you choose on the last page, and only encrypted, never in a plain file.</source>
      <translation type="vanished">Adgangskoden bruges til at teste login. Den gemmes kun der, hvor du vælger det på sidste side, og kun krypteret, aldrig i en almindelig fil.</translation>
    </message>
    <message>
      <source>The password is used to test the login. It is saved only where you choose on the last page, and only encrypted, never in a plain file. A provider that signs you in on its own page never gets it.</source>
      <translation>Adgangskoden bruges til at teste login. Den gemmes kun der, hvor du vælger det på sidste side, og kun krypteret, aldrig i en almindelig fil. En udbyder, der logger dig ind på sin egen side, får den aldrig.</translation>
    </message>
    <message>
      <source>The password was not accepted. Type it again below and choose Test again.</source>
      <translation>Adgangskoden blev ikke godtaget. Skriv den igen herunder, og vælg Test igen.</translation>
    </message>
    <message>
      <source>The password was not kept in this computer's keyring.</source>
      <translation>Adgangskoden blev ikke gemt i computerens nøglering.</translation>
    </message>
    <message>
      <source>The provider's answer redirected to another domain: {detail}</source>
      <translation type="vanished">Udbyderens svar viderestillede til et andet domæne: {detail}</translation>
    </message>
    <message>
      <source>The report could not be saved as {path}: {problem}</source>
      <translation>Rapporten kunne ikke gemmes som {path}: {problem}</translation>
    </message>
    <message>
      <source>The report is copied. Paste it into an e-mail or chat to support.</source>
      <translation>Rapporten er kopieret. Indsæt den i en mail eller chat til support.</translation>
    </message>
    <message>
      <source>The report is saved as {path}.</source>
      <translation>Rapporten er gemt som {path}.</translation>
    </message>
    <message>
      <source>The search failed.</source>
      <translation>Søgningen fejlede.</translation>
    </message>
    <message>
      <source>The search stopped unexpectedly. Search again, or enter the settings by hand.</source>
      <translation>Søgningen stoppede uventet. Søg igen, eller indtast indstillingerne selv.</translation>
    </message>
    <message>
      <source>The server did not accept the password.</source>
      <translation>Serveren godtog ikke adgangskoden.</translation>
    </message>
    <message>
      <source>The servers could not be checked. Choose Next to try again, or change the settings.</source>
      <translation>Serverne kunne ikke kontrolleres. Vælg Næste for at prøve igen, eller ret indstillingerne.</translation>
    </message>
    <message>
      <source>The servers could not be checked: {problem} Choose Next to try again, or change the settings.</source>
      <translation>Serverne kunne ikke kontrolleres: {problem} Vælg Næste for at prøve igen, eller ret indstillingerne.</translation>
    </message>
    <message>
      <source>The settings came from DNS answers that are not signed (no DNSSEC).</source>
      <translation type="vanished">Indstillingerne kom fra DNS-svar, der ikke er signeret (ingen DNSSEC).</translation>
    </message>
    <message>
      <source>The settings came from a source that cannot prove it speaks for your provider.</source>
      <translation>Indstillingerne kom fra en kilde, der ikke kan bevise, at den taler på din udbyders vegne.</translation>
    </message>
    <message>
      <source>The settings came over an unencrypted web connection, where anyone on the way could change them.</source>
      <translation type="vanished">Indstillingerne kom over en ukrypteret webforbindelse, hvor alle undervejs kunne ændre dem.</translation>
    </message>
    <message>
      <source>The settings sheet is saved as {path}.</source>
      <translation>Indstillingsarket er gemt som {path}.</translation>
    </message>
    <message>
      <source>The settings were not tested. The mail program will show whether they work.</source>
      <translation>Indstillingerne blev ikke testet. Mailprogrammet vil vise, om de virker.</translation>
    </message>
    <message>
      <source>The sign-in kept from before no longer worked, so it was removed.</source>
      <translation>Det login, der var gemt fra før, virkede ikke længere, så det blev fjernet.</translation>
    </message>
    <message>
      <source>The sign-in kept from before no longer worked, so this new one is kept in its place.</source>
      <translation>Det login, der var gemt fra før, virkede ikke længere, så dette nye er gemt i stedet.</translation>
    </message>
    <message>
      <source>The sign-in kept in this computer's keyring could not be used this time, so the browser opened instead: {problem}</source>
      <translation>Det login, der er gemt i computerens nøglering, kunne ikke bruges denne gang, så browseren åbnede i stedet: {problem}</translation>
    </message>
    <message>
      <source>The sign-in stopped unexpectedly. Sign in again; if it happens again, send the report to support.</source>
      <translation>Login stoppede uventet. Log ind igen; sker det igen, så send rapporten til support.</translation>
    </message>
    <message>
      <source>The test stopped unexpectedly. Test again; if it happens again, send the report to support.</source>
      <translation>Testen stoppede uventet. Test igen; sker det igen, så send rapporten til support.</translation>
    </message>
    <message>
      <source>The test stopped: {problem}</source>
      <translation type="vanished">Testen stoppede: {problem}</translation>
    </message>
    <message>
      <source>The window cannot open: this desktop lacks libraries Qt needs. Install them (for example: sudo apt install {packages}) and try again.</source>
      <translation>Vinduet kan ikke åbne: skrivebordet mangler biblioteker, som Qt skal bruge. Installér dem (for eksempel: sudo apt install {packages}) og prøv igen.</translation>
    </message>
    <message>
      <source>The wizard can sign in at {provider} itself and then test receiving and sending mail with that sign-in. If this computer keeps you signed in from before, no browser is needed; otherwise your browser opens.</source>
      <translation>Guiden kan selv logge ind hos {provider} og derefter teste modtagelse og afsendelse af mail med det login. Hvis computeren holder dig logget ind fra før, behøves ingen browser; ellers åbner din browser.</translation>
    </message>
    <message>
      <source>The wizard can sign in at {provider} itself, in your browser, and then test receiving and sending mail with that sign-in.</source>
      <translation>Guiden kan selv logge ind hos {provider} i din browser og derefter teste modtagelse og afsendelse af mail med det login.</translation>
    </message>
    <message>
      <source>The wizard forgets this sign-in when you close it.</source>
      <translation>Guiden glemmer dette login, når du lukker den.</translation>
    </message>
    <message>
      <source>There, double-click “{file}” and answer Yes.</source>
      <translation>Dobbeltklik dér på “{file}”, og svar Ja.</translation>
    </message>
    <message>
      <source>These mail programs were found on this computer. Files for other devices are saved so you can open or send them.</source>
      <translation type="vanished">Disse mailprogrammer blev fundet på denne computer. Filer til andre enheder gemmes, så du kan åbne eller sende dem.</translation>
    </message>
    <message>
      <source>These settings could have been forged by someone on your network. Use them only if the domain below really is your provider.</source>
      <translation>Disse indstillinger kan være forfalsket af nogen på dit netværk. Brug dem kun, hvis domænet herunder virkelig er din udbyder.</translation>
    </message>
    <message>
      <source>This account is already set up here with other servers; it will be updated in place (a backup is kept):</source>
      <translation>Denne konto er allerede sat op her med andre servere; den bliver opdateret, hvor den er (der gemmes en sikkerhedskopi):</translation>
    </message>
    <message>
      <source>This account is already set up here with these servers; it will be updated in place.</source>
      <translation>Denne konto er allerede sat op her med disse servere; den bliver opdateret, hvor den er.</translation>
    </message>
    <message>
      <source>This computer could not reach the internet. Check your internet connection, then search again.</source>
      <translation>Computeren kunne ikke nå internettet. Tjek din internetforbindelse, og søg så igen.</translation>
    </message>
    <message>
      <source>This computer keeps you signed in, so next time the wizard signs in without your browser.</source>
      <translation>Computeren holder dig logget ind, så næste gang logger guiden ind uden din browser.</translation>
    </message>
    <message>
      <source>This is the certificate {provider} announced. You can accept it; nothing is sent until you do.</source>
      <translation>Dette er det certifikat, {provider} har annonceret. Du kan acceptere det; intet sendes, før du gør det.</translation>
    </message>
    <message>
      <source>This is the certificate {provider} announced: the fingerprint matches.</source>
      <translation type="vanished">Det er det certifikat, {provider} har annonceret: fingeraftrykket passer.</translation>
    </message>
    <message>
      <source>This mail program is not supported.</source>
      <translation>Dette mailprogram understøttes ikke.</translation>
    </message>
    <message>
      <source>This name contains non-Latin or accented letters. Check that it is really your provider: its computer form is {ascii}.</source>
      <translation>Navnet indeholder ikke-latinske bogstaver eller accenter. Tjek, at det virkelig er din udbyder: i computerform hedder det {ascii}.</translation>
    </message>
    <message>
      <source>This wizard finds your provider's settings, tests them on the real servers, and sets up your mail programs. It takes about a minute.</source>
      <translation>Guiden finder din udbyders indstillinger, tester dem på de rigtige servere og sætter dine mailprogrammer op. Det tager omkring et minut.</translation>
    </message>
    <message>
      <source>Thunderbird</source>
      <translation>Thunderbird</translation>
    </message>
    <message>
      <source>Thunderbird asks for the password once.</source>
      <translation>Thunderbird spørger om adgangskoden én gang.</translation>
    </message>
    <message>
      <source>Thunderbird is installed but has not been started yet. Start Thunderbird once, close it, then choose Look again.</source>
      <translation>Thunderbird er installeret, men er ikke startet endnu. Start Thunderbird én gang, luk det, og vælg så Se efter igen.</translation>
    </message>
    <message>
      <source>Thunderbird is not installed on this computer.</source>
      <translation>Thunderbird er ikke installeret på denne computer.</translation>
    </message>
    <message>
      <source>Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account.</source>
      <translation>Thunderbird skal bruge adressen på Exchange-serverens webtjeneste (EWS), og ingen er kendt for denne konto.</translation>
    </message>
    <message>
      <source>Thunderbird opens the provider's sign-in page the first time it connects; sign in there. No password is saved for it.</source>
      <translation>Thunderbird åbner udbyderens loginside, første gang den forbinder; log ind der. Der gemmes ingen adgangskode til den.</translation>
    </message>
    <message>
      <source>Thunderbird remembers the password (saved encrypted in Thunderbird's own password store)</source>
      <translation>Thunderbird husker adgangskoden (gemt krypteret i Thunderbirds eget adgangskodelager)</translation>
    </message>
    <message>
      <source>Thunderbird's provider database</source>
      <translation type="vanished">Thunderbirds udbyderdatabase</translation>
    </message>
    <message>
      <source>Thunderbird, profile “{name}”</source>
      <translation>Thunderbird, profilen “{name}”</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <source>Turn it on here: {url}</source>
      <translation>Slå det til her: {url}</translation>
    </message>
    <message>
      <source>Two-factor sign-in: {note}</source>
      <translation>Totrinsbekræftelse: {note}</translation>
    </message>
    <message>
      <source>Type the password again; if it is right, ask your provider whether the account is locked.</source>
      <translation>Skriv adgangskoden igen; er den rigtig, så spørg din udbyder, om kontoen er låst.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Brugernavn</translation>
    </message>
    <message>
      <source>User name: {user}</source>
      <translation>Brugernavn: {user}</translation>
    </message>
    <message>
      <source>Valid:</source>
      <translation>Gyldigt:</translation>
    </message>
    <message>
      <source>Waiting for you to sign in at {provider} in your browser. Finish signing in there; this window goes on by itself.</source>
      <translation>Venter på, at du logger ind hos {provider} i din browser. Gør login færdigt dér; dette vindue fortsætter af sig selv.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>Web access: {url}</source>
      <translation>Webadgang: {url}</translation>
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
      <translation>Hvad er ændret:</translation>
    </message>
    <message>
      <source>What the test &amp;found:</source>
      <translation>Hvad testen &amp;fandt:</translation>
    </message>
    <message>
      <source>What was asked</source>
      <translation>Hvad der blev spurgt</translation>
    </message>
    <message>
      <source>What was done:</source>
      <translation>Hvad der blev gjort:</translation>
    </message>
    <message>
      <source>What was proven</source>
      <translation>Hvad der blev bevist</translation>
    </message>
    <message>
      <source>What was set up</source>
      <translation>Hvad der blev sat op</translation>
    </message>
    <message>
      <source>Where to get help</source>
      <translation>Hvor du kan få hjælp</translation>
    </message>
    <message>
      <source>Without the password the wizard cannot prove the login. Type it below and choose Test again.</source>
      <translation>Uden adgangskoden kan guiden ikke bevise, at login virker. Skriv den herunder, og vælg Test igen.</translation>
    </message>
    <message>
      <source>You did not accept the certificate of {host}.</source>
      <translation>Du accepterede ikke certifikatet for {host}.</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation type="vanished">Dit &amp;navn:</translation>
    </message>
    <message>
      <source>Your account</source>
      <translation>Din konto</translation>
    </message>
    <message>
      <source>Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at your provider. Your mail program needs its own sign-in there, which it asks for the first time it connects; until then it cannot fetch or send mail.</source>
      <translation>Din e-mail er sat op, og den virker: modtagelse og afsendelse blev testet med et login hos din udbyder. Dit mailprogram skal have sit eget login dér, som det beder om, første gang det forbinder; indtil da kan det ikke hente eller sende mail.</translation>
    </message>
    <message>
      <source>Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at {provider}. Your mail program needs its own sign-in there, which it asks for the first time it connects; until then it cannot fetch or send mail.</source>
      <translation>Din e-mail er sat op, og den virker: modtagelse og afsendelse blev testet med et login hos {provider}. Dit mailprogram skal have sit eget login dér, som det beder om, første gang det forbinder; indtil da kan det ikke hente eller sende mail.</translation>
    </message>
    <message>
      <source>Your e-mail is set up, and it works: receiving and sending were tested with your password.</source>
      <translation>Din mail er sat op, og den virker: modtagelse og afsendelse blev testet med din adgangskode.</translation>
    </message>
    <message>
      <source>Your e-mail is set up. Everything up to the sign-in was tested: your provider signs you in on its own page, which your mail program opens the first time it connects. Sign in there; until then it cannot fetch or send mail.</source>
      <translation>Din e-mail er sat op. Alt frem til login er testet: din udbyder logger dig ind på sin egen side, som dit mailprogram åbner, første gang det forbinder. Log ind der; indtil da kan det ikke hente eller sende mail.</translation>
    </message>
    <message>
      <source>Your e-mail is set up. Everything up to the sign-in was tested: {provider} signs you in on its own page, which your mail program opens the first time it connects. Sign in there; until then it cannot fetch or send mail.</source>
      <translation>Din e-mail er sat op. Alt frem til login er testet: {provider} logger dig ind på sin egen side, som dit mailprogram åbner, første gang det forbinder. Log ind der; indtil da kan det ikke hente eller sende mail.</translation>
    </message>
    <message>
      <source>Your internet connection blocks port 25, the old port for sending mail. Many providers of home internet do this to stop spam. That is not a problem: mail programs send on port 465 or 587 with your password.</source>
      <translation type="vanished">Din internetforbindelse blokerer port 25, den gamle port til at sende mail. Mange udbydere af privat internet gør det for at stoppe spam. Det er ikke et problem: mailprogrammer sender via port 465 eller 587 med din adgangskode.</translation>
    </message>
    <message>
      <source>Your mail stays on the server; every device sees the same folders.</source>
      <translation>Din post bliver på serveren; alle enheder ser de samme mapper.</translation>
    </message>
    <message>
      <source>Your mail would go to:</source>
      <translation>Din post ville gå til:</translation>
    </message>
    <message>
      <source>Your na&amp;me:</source>
      <translation>Dit na&amp;vn:</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Dit navn</translation>
    </message>
    <message>
      <source>Your network blocks port 25, as many do; that does not matter, because sending uses port {port}.</source>
      <translation>Dit netværk blokerer port 25, som mange gør; det gør ikke noget, for afsendelse bruger port {port}.</translation>
    </message>
    <message>
      <source>Your network blocks port 25, so sending now uses {host} port {port} instead.</source>
      <translation>Dit netværk blokerer port 25, så afsendelse bruger nu {host} port {port} i stedet.</translation>
    </message>
    <message>
      <source>Your provider</source>
      <translation>Din udbyder</translation>
    </message>
    <message>
      <source>Your provider has not announced this certificate to the wizard. Compare the fingerprint with the one your provider publishes, or call them.</source>
      <translation>Din udbyder har ikke annonceret dette certifikat over for guiden. Sammenlign fingeraftrykket med det, din udbyder offentliggør, eller ring til dem.</translation>
    </message>
    <message>
      <source>Your server settings</source>
      <translation>Dine serverindstillinger</translation>
    </message>
    <message>
      <source>Your settings</source>
      <translation>Dine indstillinger</translation>
    </message>
    <message>
      <source>a printable page with every setting, saved in {path}</source>
      <translation>en side til udskrift med alle indstillinger, gemt i {path}</translation>
    </message>
    <message>
      <source>a profile cannot sign in on the provider's page: the steps for the device's own “Add Account” are shown at the end</source>
      <translation>en profil kan ikke logge ind på udbyderens side: trinnene til enhedens egen »Tilføj konto« vises til sidst</translation>
    </message>
    <message>
      <source>a profile to open on the Mac, saved in {path}</source>
      <translation>en profil, der åbnes på din Mac, gemt i {path}</translation>
    </message>
    <message>
      <source>a profile to send to the phone or tablet, saved in {path}</source>
      <translation>en profil, der sendes til telefonen eller tabletten, gemt i {path}</translation>
    </message>
    <message>
      <source>already accepted</source>
      <translation>allerede accepteret</translation>
    </message>
    <message>
      <source>answered</source>
      <translation type="vanished">svarede</translation>
    </message>
    <message>
      <source>as recipients will see it, e.g. Anna Hansen</source>
      <translation>som modtagerne vil se det, fx Anna Hansen</translation>
    </message>
    <message>
      <source>asking…</source>
      <translation type="vanished">spørger…</translation>
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
      <source>entered by you</source>
      <translation>indtastet af dig</translation>
    </message>
    <message>
      <source>failed</source>
      <translation type="vanished">mislykkedes</translation>
    </message>
    <message>
      <source>files for Outlook's own “Add account”, saved in {path}</source>
      <translation>filer til Outlooks egen “Tilføj konto”, gemt i {path}</translation>
    </message>
    <message>
      <source>from a source that could be forged - please check</source>
      <translation>fra en kilde, der kan være forfalsket - tjek venligst</translation>
    </message>
    <message>
      <source>from your provider over a secure connection</source>
      <translation>fra din udbyder over en sikker forbindelse</translation>
    </message>
    <message>
      <source>guessed - please check</source>
      <translation>gættet - tjek venligst</translation>
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
      <translation>det afløser det certifikat, der tidligere blev accepteret på denne computer</translation>
    </message>
    <message>
      <source>mail server (MX) lookup</source>
      <translation type="vanished">opslag af mailserver (MX)</translation>
    </message>
    <message>
      <source>mailsetup report for support</source>
      <translation>mailsetup-rapport til support</translation>
    </message>
    <message>
      <source>needed the person's confirmation</source>
      <translation>krævede personens bekræftelse</translation>
    </message>
    <message>
      <source>never seen before on this computer</source>
      <translation>aldrig set før på denne computer</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation type="vanished">intet svar i tide</translation>
    </message>
    <message>
      <source>none found</source>
      <translation>ingen fundet</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation type="vanished">ikke nødvendig</translation>
    </message>
    <message>
      <source>not offered by this provider</source>
      <translation>tilbydes ikke af denne udbyder</translation>
    </message>
    <message>
      <source>not set up</source>
      <translation>ikke sat op</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation type="vanished">intet fundet</translation>
    </message>
    <message>
      <source>provider list</source>
      <translation type="vanished">udbyderliste</translation>
    </message>
    <message>
      <source>provider's settings file</source>
      <translation type="vanished">udbyderens indstillingsfil</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>selvsigneret</translation>
    </message>
    <message>
      <source>set up</source>
      <translation>sat op</translation>
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
      <translation>betroet</translation>
    </message>
    <message>
      <source>trying usual server names</source>
      <translation type="vanished">prøver almindelige servernavne</translation>
    </message>
    <message>
      <source>{address} still uses {host}, which is being switched off.</source>
      <translation>{address} bruger stadig {host}, som udgår.</translation>
    </message>
    <message>
      <source>{address} still uses {host}.</source>
      <translation>{address} bruger stadig {host}.</translation>
    </message>
    <message>
      <source>{count} asked</source>
      <translation>{count} spurgt</translation>
    </message>
    <message>
      <source>{domain} publishes no settings for mail programs. Enter the settings your provider gave you by hand.</source>
      <translation>{domain} offentliggør ingen indstillinger for mailprogrammer. Indtast de indstillinger, din udbyder har givet dig.</translation>
    </message>
    <message>
      <source>{host} is outside your address’s domain ({domain}).</source>
      <translation>{host} ligger uden for din adresses domæne ({domain}).</translation>
    </message>
    <message>
      <source>{host}:{port} would be used WITHOUT encryption: your password could be read on the way.</source>
      <translation>{host}:{port} ville blive brugt UDEN kryptering: din adgangskode kunne læses undervejs.</translation>
    </message>
    <message>
      <source>{protocol} server {host}, port {port}, {security}</source>
      <translation>{protocol}-server {host}, port {port}, {security}</translation>
    </message>
    <message>
      <source>{provider} asks you to do these things by hand:</source>
      <translation>{provider} beder dig gøre disse ting selv:</translation>
    </message>
    <message>
      <source>{provider} does not let this sign-in be kept, so the wizard forgets it when you close it.</source>
      <translation>{provider} tillader ikke, at dette login gemmes, så guiden glemmer det, når du lukker den.</translation>
    </message>
    <message>
      <source>{provider} logo</source>
      <translation>{provider}-logo</translation>
    </message>
    <message>
      <source>{provider} moves your e-mail to new servers on {date}. Do these things by hand:</source>
      <translation>{provider} flytter din e-mail til nye servere den {date}. Gør disse ting selv:</translation>
    </message>
    <message>
      <source>{provider} moves your e-mail to new servers on {date}. This wizard sets up your mail programs for them and shows what you must redo by hand.</source>
      <translation>{provider} flytter din e-mail til nye servere den {date}. Denne guide sætter dine mailprogrammer op til dem og viser, hvad du selv skal gøre igen.</translation>
    </message>
    <message>
      <source>{provider} signs you in on its own page in your browser, so the wizard does not ask for your password. Type it only on that page.</source>
      <translation>{provider} logger dig ind på sin egen side i din browser, så guiden spørger ikke efter din adgangskode. Skriv den kun på den side.</translation>
    </message>
    <message>
      <source>{provider} support</source>
      <translation>{provider} kundeservice</translation>
    </message>
    <message>
      <source>{status} The password you typed is not used, sent or kept.</source>
      <translation>{status} Den adgangskode, du skrev, bliver ikke brugt, sendt eller gemt.</translation>
    </message>
    <message>
      <source>{status} Your password was not sent.</source>
      <translation>{status} Din adgangskode blev ikke sendt.</translation>
    </message>
    <message>
      <source>{status} {provider} signs you in on its own page, so the wizard needs no password.</source>
      <translation>{status} {provider} logger dig ind på sin egen side, så guiden skal ikke bruge nogen adgangskode.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) does not work yet.</source>
      <translation>{what} ({host}:{port}) virker ikke endnu.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) was not fully tested.</source>
      <translation>{what} ({host}:{port}) blev ikke testet fuldt ud.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) was not tested, because you did not accept its certificate.</source>
      <translation>{what} ({host}:{port}) blev ikke testet, fordi du ikke accepterede certifikatet.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) was not tested.</source>
      <translation>{what} ({host}:{port}) blev ikke testet.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) works up to the sign-in: the server answers, encryption and its certificate are in order, and it offers sign-in on the provider's own page.</source>
      <translation>{what} ({host}:{port}) virker frem til login: serveren svarer, krypteringen og dens certifikat er i orden, og den tilbyder login på udbyderens egen side.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) works up to the sign-in: the server answers, encryption and its certificate are in order, and it offers sign-in on {provider}'s own page.</source>
      <translation>{what} ({host}:{port}) virker frem til login: serveren svarer, krypteringen og dens certifikat er i orden, og den tilbyder login på {provider}s egen side.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}) works.</source>
      <translation>{what} ({host}:{port}) virker.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}): logging in was not tried, because no password was given.</source>
      <translation>{what} ({host}:{port}): login blev ikke prøvet, fordi der ikke blev angivet nogen adgangskode.</translation>
    </message>
    <message>
      <source>{what} ({host}:{port}): logging in was not tried.</source>
      <translation>{what} ({host}:{port}): login blev ikke prøvet.</translation>
    </message>
    <message>
      <source>{what} works: logged in to {host}:{port}.</source>
      <translation>{what} virker: logget ind på {host}:{port}.</translation>
    </message>
  </context>
</TS>
