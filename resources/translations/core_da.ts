<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>The folder “{folder}” given with --providers does not exist.</source>
      <translation>Mappen “{folder}”, der er angivet med --providers, findes ikke.</translation>
    </message>
    <message>
      <source>There is no provider pack “{brand}”; known packs: {known}.</source>
      <translation>Der findes ingen udbyderpakke “{brand}”; kendte pakker: {known}.</translation>
    </message>
    <message>
      <source>it is larger than {limit}</source>
      <translation>den er større end {limit}</translation>
    </message>
    <message>
      <source>it is not a regular file (a folder, a device or a pipe)</source>
      <translation>det er ikke en almindelig fil (men en mappe, en enhed eller en pipe)</translation>
    </message>
    <message>
      <source>“{path}” was not read: {problem}</source>
      <translation>“{path}” blev ikke læst: {problem}</translation>
    </message>
    <message>
      <source>“{value}” is not a web address; the ISPDB URL must start with https://.</source>
      <translation>“{value}” er ikke en webadresse; ISPDB-URL'en skal starte med https://.</translation>
    </message>
  </context>
</TS>
