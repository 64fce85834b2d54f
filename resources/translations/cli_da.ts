<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>  Incoming:</source>
      <translation>  Indgående:</translation>
    </message>
    <message>
      <source>  Outgoing:</source>
      <translation>  Udgående:</translation>
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
      <source>COMMAND</source>
      <translation>KOMMANDO</translation>
    </message>
    <message>
      <source>Finds your e-mail provider's settings, tests them, and sets up your mail programs. Without a command, the wizard window opens.</source>
      <translation>Finder din e-mailudbyders indstillinger, tester dem og opsætter dine e-mailprogrammer. Uden en kommando åbnes guidevinduet.</translation>
    </message>
    <message>
      <source>NOT ENCRYPTED</source>
      <translation>IKKE KRYPTERET</translation>
    </message>
    <message>
      <source>Point the commands at it with: {options}</source>
      <translation>Peg kommandoerne på den med: {options}</translation>
    </message>
    <message>
      <source>Press Ctrl+C to stop it.</source>
      <translation>Tryk Ctrl+C for at stoppe den.</translation>
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
      <source>The demo provider is running on this computer. Sign in as {user} with the password {password}</source>
      <translation>Demoudbyderen kører på denne computer. Log ind som {user} med adgangskoden {password}</translation>
    </message>
    <message>
      <source>accept the server certificate with this SHA-256 fingerprint</source>
      <translation>godkend servercertifikatet med dette SHA-256-fingeraftryk</translation>
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
      <source>ask this DNS server instead of the system's</source>
      <translation>spørg denne DNS-server i stedet for systemets</translation>
    </message>
    <message>
      <source>asking</source>
      <translation>spørger</translation>
    </message>
    <message>
      <source>base URL of the ISPDB (the domain is appended)</source>
      <translation>grund-URL for ISPDB (domænet tilføjes)</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulleret</translation>
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
      <source>failed</source>
      <translation>mislykkedes</translation>
    </message>
    <message>
      <source>find the settings for an e-mail address</source>
      <translation>find indstillingerne for en e-mailadresse</translation>
    </message>
    <message>
      <source>found</source>
      <translation>fundet</translation>
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
      <source>language of messages: en, da or nb</source>
      <translation>sprog for beskeder: en, da eller nb</translation>
    </message>
    <message>
      <source>needs your confirmation</source>
      <translation>kræver din bekræftelse</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>intet svar i tide</translation>
    </message>
    <message>
      <source>nothing there</source>
      <translation>intet fundet</translation>
    </message>
    <message>
      <source>open the wizard on the built-in demo provider (no internet needed)</source>
      <translation>åbn guiden med den indbyggede demo-udbyder (kræver ikke internet)</translation>
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
      <source>remove the password stored for an address from the system keyring</source>
      <translation>fjern den gemte adgangskode for en adresse fra systemets nøglering</translation>
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
      <source>skipped</source>
      <translation>sprunget over</translation>
    </message>
    <message>
      <source>test the servers for an e-mail address and explain what works</source>
      <translation>test serverne for en e-mailadresse og forklar, hvad der virker</translation>
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
      <source>the mail program: thunderbird, outlook, apple or sheet</source>
      <translation>e-mailprogrammet: thunderbird, outlook, apple eller sheet (indstillingsark)</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>pålidelig</translation>
    </message>
    <message>
      <source>use this server instead of discovering one (security: tls, starttls or plain)</source>
      <translation>brug denne server i stedet for at finde en (sikkerhed: tls, starttls eller plain)</translation>
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
      <source>your e-mail address, such as name@example.com</source>
      <translation>din e-mailadresse, fx navn@eksempel.dk</translation>
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
      <source>{rank}. {provider} — from {source}, {trust}</source>
      <translation>{rank}. {provider} — fra {source}, {trust}</translation>
    </message>
    <message>
      <source>“{command}” is not available in this version of mailsetup yet.</source>
      <translation>“{command}” findes endnu ikke i denne version af mailsetup.</translation>
    </message>
    <message>
      <source>“{value}” is not a number of seconds.</source>
      <translation>“{value}” er ikke et antal sekunder.</translation>
    </message>
    <message>
      <source>“{value}” is not a web address; the ISPDB URL must start with https://.</source>
      <translation>“{value}” er ikke en webadresse; ISPDB-URL'en skal starte med https://.</translation>
    </message>
  </context>
</TS>
