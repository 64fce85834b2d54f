<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>    {protocol:&lt;8} {host}:{port}  {security}  {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  ! {code}: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  Incoming:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  Outgoing:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--password-stdin was given, but standard input held no password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--password-stdin was given, but there is no standard input to read the password from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>COMMAND</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finds your e-mail provider's settings, tests them, and sets up your mail programs. Without a command, the wizard window opens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NOT ENCRYPTED</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something unexpected went wrong ({problem}). Run again with MAILSETUP_DEBUG=1 to see the details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>accept the server certificate with this SHA-256 fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>also trust the certificate authorities in this PEM file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ask this DNS server instead of the system's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>asking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>base URL of the ISPDB (the domain is appended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>encrypted (SSL/TLS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>encrypted (STARTTLS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>find the settings for an e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>global options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language of messages: en, da or nb</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>needs your confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no answer in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open the wizard on the built-in demo provider (no internet needed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print one JSON object instead of lines for people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>read the password from standard input (never give it on the command line)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remove the password stored for an address from the system keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>set up the account in a mail program, or write a settings sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>test the servers for an e-mail address and explain what works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>use this server instead of discovering one (security: tls, starttls or plain)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>your e-mail address, such as name@example.com</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}: {status} ({ms} ms)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}: {status} ({ms} ms) — {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rank}. {provider} — from {source}, {trust}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{command}” is not available in this version of mailsetup yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” is not a number of seconds.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
