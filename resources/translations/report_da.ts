<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>Addresses</source>
      <translation>Adresser</translation>
    </message>
    <message>
      <source>Capabilities</source>
      <translation>Funktioner</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certifikat</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Forbindelse</translation>
    </message>
    <message>
      <source>Connection report for {address}</source>
      <translation>Forbindelsesrapport for {address}</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Kryptering</translation>
    </message>
    <message>
      <source>Everything needed works ({seconds} s).</source>
      <translation>Alt det nødvendige virker ({seconds} s).</translation>
    </message>
    <message>
      <source>Everything needed works.</source>
      <translation>Alt det nødvendige virker.</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Fund</translation>
    </message>
    <message>
      <source>Findings for {address}:</source>
      <translation>Fund for {address}:</translation>
    </message>
    <message>
      <source>Greeting</source>
      <translation>Hilsen</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Udstedt af</translation>
    </message>
    <message>
      <source>Issued to</source>
      <translation>Udstedt til</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>Made by mailsetup in {seconds} seconds.</source>
      <translation>Lavet af mailsetup på {seconds} sekunder.</translation>
    </message>
    <message>
      <source>Made by mailsetup {version} in {seconds} seconds; reference {reference}.</source>
      <translation>Lavet af mailsetup {version} på {seconds} sekunder; reference {reference}.</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Navne</translation>
    </message>
    <message>
      <source>Nothing wrong was found, but the sign-in could not be proven here ({seconds} s).</source>
      <translation>Der blev ikke fundet fejl, men login kunne ikke afprøves her ({seconds} s).</translation>
    </message>
    <message>
      <source>Nothing wrong was found, but the sign-in could not be proven here; see below.</source>
      <translation>Der blev ikke fundet fejl, men login kunne ikke afprøves her; se nedenfor.</translation>
    </message>
    <message>
      <source>Passwords are never included in this report.</source>
      <translation>Adgangskoder er aldrig med i denne rapport.</translation>
    </message>
    <message>
      <source>Problems were found ({seconds} s).</source>
      <translation>Der blev fundet problemer ({seconds} s).</translation>
    </message>
    <message>
      <source>Problems were found; see below.</source>
      <translation>Der blev fundet problemer; se nedenfor.</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint</source>
      <translation>SHA-256-fingeraftryk</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Sikkerhed</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Gyldigt</translation>
    </message>
    <message>
      <source>What to do:</source>
      <translation>Det kan du gøre:</translation>
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
