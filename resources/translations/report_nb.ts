<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>Addresses</source>
      <translation>Adresser</translation>
    </message>
    <message>
      <source>Capabilities</source>
      <translation>Funksjoner</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Sertifikat</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Tilkobling</translation>
    </message>
    <message>
      <source>Connection report for {address}</source>
      <translation>Tilkoblingsrapport for {address}</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Kryptering</translation>
    </message>
    <message>
      <source>Everything needed works ({seconds} s).</source>
      <translation>Alt som trengs, virker ({seconds} s).</translation>
    </message>
    <message>
      <source>Everything needed works.</source>
      <translation>Alt som trengs, virker.</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Funn</translation>
    </message>
    <message>
      <source>Findings for {address}:</source>
      <translation>Funn for {address}:</translation>
    </message>
    <message>
      <source>Greeting</source>
      <translation>Hilsen</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Utstedt av</translation>
    </message>
    <message>
      <source>Issued to</source>
      <translation>Utstedt til</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Innlogging</translation>
    </message>
    <message>
      <source>Made by mailsetup in {seconds} seconds.</source>
      <translation>Laget av mailsetup på {seconds} sekunder.</translation>
    </message>
    <message>
      <source>Made by mailsetup {version} in {seconds} seconds; reference {reference}.</source>
      <translation>Laget av mailsetup {version} på {seconds} sekunder; referanse {reference}.</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Nothing wrong was found, but the sign-in could not be proven here ({seconds} s).</source>
      <translation>Det ble ikke funnet feil, men innloggingen kunne ikke prøves her ({seconds} s).</translation>
    </message>
    <message>
      <source>Nothing wrong was found, but the sign-in could not be proven here; see below.</source>
      <translation>Det ble ikke funnet feil, men innloggingen kunne ikke prøves her; se nedenfor.</translation>
    </message>
    <message>
      <source>Passwords are never included in this report.</source>
      <translation>Passord er aldri med i denne rapporten.</translation>
    </message>
    <message>
      <source>Problems were found ({seconds} s).</source>
      <translation>Det ble funnet problemer ({seconds} s).</translation>
    </message>
    <message>
      <source>Problems were found; see below.</source>
      <translation>Det ble funnet problemer; se nedenfor.</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint</source>
      <translation>SHA-256-fingeravtrykk</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Sikkerhet</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Gyldig</translation>
    </message>
    <message>
      <source>What to do:</source>
      <translation>Dette kan du gjøre:</translation>
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}  ({ms} ms)</source>
      <translation>{mark} {source:&lt;12} {target}  ({ms} ms)</translation>
    </message>
    <message>
      <source>{mark} {source:&lt;12} {target}  ({ms} ms)  {detail}</source>
      <translation>{mark} {source:&lt;12} {target}  ({ms} ms)  {detail}</translation>
    </message>
  </context>
</TS>
