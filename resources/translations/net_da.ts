<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>The certificate file “{path}” could not be read as PEM certificates.</source>
      <translation>Certifikatfilen “{path}” kunne ikke læses som PEM-certifikater.</translation>
    </message>
    <message>
      <source>The certificate file “{path}” does not exist.</source>
      <translation>Certifikatfilen “{path}” findes ikke.</translation>
    </message>
    <message>
      <source>“{value}” is not a DNS server address; give an IP address, optionally with :PORT.</source>
      <translation>“{value}” er ikke en DNS-serveradresse; angiv en IP-adresse, eventuelt med :PORT.</translation>
    </message>
  </context>
</TS>
