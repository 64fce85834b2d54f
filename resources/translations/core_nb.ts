<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>The folder “{folder}” given with --providers does not exist.</source>
      <translation>Mappen «{folder}» som er oppgitt med --providers, finnes ikke.</translation>
    </message>
    <message>
      <source>There is no provider pack “{brand}”; known packs: {known}.</source>
      <translation>Det finnes ingen leverandørpakke «{brand}»; kjente pakker: {known}.</translation>
    </message>
    <message>
      <source>“{value}” is not a web address; the ISPDB URL must start with https://.</source>
      <translation>«{value}» er ikke en nettadresse; ISPDB-URL-en må starte med https://.</translation>
    </message>
  </context>
</TS>
