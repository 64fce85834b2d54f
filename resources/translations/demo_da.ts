<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>Find the settings</source>
      <translation>Find indstillingerne</translation>
    </message>
    <message>
      <source>Test them, accepting the announced certificate</source>
      <translation>Test dem, og godkend det varslede certifikat</translation>
    </message>
    <message>
      <source>The fix, once the provider confirms the new certificate: accept exactly that one</source>
      <translation>Løsningen, når udbyderen har bekræftet det nye certifikat: godkend netop det</translation>
    </message>
    <message>
      <source>The fix: the app password made on the provider's security page</source>
      <translation>Løsningen: app-adgangskoden, der er lavet på udbyderens sikkerhedsside</translation>
    </message>
    <message>
      <source>The fix: the right password</source>
      <translation>Løsningen: den rigtige adgangskode</translation>
    </message>
    <message>
      <source>The move: update that account in place (a backup is kept)</source>
      <translation>Flytningen: opdater kontoen, hvor den er (der gemmes en sikkerhedskopi)</translation>
    </message>
    <message>
      <source>There is no demo scene “{scene}”; known scenes: {known}.</source>
      <translation>Der er ingen demoscene “{scene}”; kendte scener: {known}.</translation>
    </message>
    <message>
      <source>What changes: the existing Thunderbird account, old servers next to new</source>
      <translation>Hvad der ændres: den eksisterende Thunderbird-konto, gamle servere ved siden af nye</translation>
    </message>
    <message>
      <source>What the customer is offered: Business Mail (Exchange) next to POP and IMAP</source>
      <translation>Hvad kunden får tilbudt: Business Mail (Exchange) ved siden af POP og IMAP</translation>
    </message>
    <message>
      <source>What the customer meets: no settings can be found without the internet</source>
      <translation>Hvad kunden møder: uden internet kan der ikke findes nogen indstillinger</translation>
    </message>
    <message>
      <source>What the customer meets: port 25 does not answer, and sending works on 465 or 587</source>
      <translation>Hvad kunden møder: port 25 svarer ikke, og afsendelse virker på 465 eller 587</translation>
    </message>
    <message>
      <source>What the customer meets: the certificate is not the one accepted last week</source>
      <translation>Hvad kunden møder: certifikatet er ikke det, der blev godkendt i sidste uge</translation>
    </message>
    <message>
      <source>What the customer meets: the mail servers do not answer</source>
      <translation>Hvad kunden møder: mailserverne svarer ikke</translation>
    </message>
    <message>
      <source>What the customer meets: the normal password is refused, an app password is wanted</source>
      <translation>Hvad kunden møder: den normale adgangskode afvises, der kræves en app-adgangskode</translation>
    </message>
    <message>
      <source>What the customer meets: the password is refused</source>
      <translation>Hvad kunden møder: adgangskoden afvises</translation>
    </message>
    <message>
      <source>the customer bought Business Mail (Exchange) but may choose POP or IMAP</source>
      <translation>kunden har købt Business Mail (Exchange), men kan komme til at vælge POP eller IMAP</translation>
    </message>
    <message>
      <source>the customer types a wrong password; the servers refuse it</source>
      <translation>kunden skriver en forkert adgangskode; serverne afviser den</translation>
    </message>
    <message>
      <source>the network blocks port 25; sending works on 465 and 587</source>
      <translation>netværket blokerer port 25; afsendelse virker på 465 og 587</translation>
    </message>
    <message>
      <source>the normal password is refused: the provider wants an app password (two-factor sign-in is on)</source>
      <translation>den normale adgangskode afvises: udbyderen kræver en app-adgangskode (totrinsbekræftelse er slået til)</translation>
    </message>
    <message>
      <source>the ordinary demo: everything works once the announced certificate is accepted</source>
      <translation>den almindelige demo: alt virker, når det varslede certifikat er godkendt</translation>
    </message>
    <message>
      <source>the provider moves to new servers: an existing Thunderbird account still uses the old ones</source>
      <translation>udbyderen flytter til nye servere: en eksisterende Thunderbird-konto bruger stadig de gamle</translation>
    </message>
    <message>
      <source>the provider's mail servers are down: nothing answers on their ports</source>
      <translation>udbyderens mailservere er nede: intet svarer på deres porte</translation>
    </message>
    <message>
      <source>the servers show another certificate than the one accepted last week, and it was not announced</source>
      <translation>serverne viser et andet certifikat end det, der blev godkendt i sidste uge, og det er ikke varslet</translation>
    </message>
    <message>
      <source>this computer has no internet: nothing answers at all</source>
      <translation>denne computer har ikke internet: intet svarer overhovedet</translation>
    </message>
  </context>
</TS>
