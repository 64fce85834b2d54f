<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>mailsetup</name>
    <message>
      <source>Find the settings</source>
      <translation>Finn innstillingene</translation>
    </message>
    <message>
      <source>Test them, accepting the announced certificate</source>
      <translation>Test dem, og godta det varslede sertifikatet</translation>
    </message>
    <message>
      <source>The fix, once the provider confirms the new certificate: accept exactly that one</source>
      <translation>Løsningen, når leverandøren har bekreftet det nye sertifikatet: godta akkurat det</translation>
    </message>
    <message>
      <source>The fix: the app password made on the provider's security page</source>
      <translation>Løsningen: app-passordet som er laget på leverandørens sikkerhetsside</translation>
    </message>
    <message>
      <source>The fix: the right password</source>
      <translation>Løsningen: det riktige passordet</translation>
    </message>
    <message>
      <source>The move: update that account in place (a backup is kept)</source>
      <translation>Flyttingen: oppdater kontoen der den er (en sikkerhetskopi beholdes)</translation>
    </message>
    <message>
      <source>There is no demo scene “{scene}”; known scenes: {known}.</source>
      <translation>Det finnes ingen demoscene «{scene}»; kjente scener: {known}.</translation>
    </message>
    <message>
      <source>What changes: the existing Thunderbird account, old servers next to new</source>
      <translation>Hva som endres: den eksisterende Thunderbird-kontoen, gamle servere ved siden av nye</translation>
    </message>
    <message>
      <source>What the customer is offered: Business Mail (Exchange) next to POP and IMAP</source>
      <translation>Hva kunden får tilbud om: Business Mail (Exchange) ved siden av POP og IMAP</translation>
    </message>
    <message>
      <source>What the customer meets: no settings can be found without the internet</source>
      <translation>Hva kunden møter: uten internett kan ingen innstillinger finnes</translation>
    </message>
    <message>
      <source>What the customer meets: port 25 does not answer, and sending works on 465 or 587</source>
      <translation>Hva kunden møter: port 25 svarer ikke, og sending virker på 465 eller 587</translation>
    </message>
    <message>
      <source>What the customer meets: the certificate is not the one accepted last week</source>
      <translation>Hva kunden møter: sertifikatet er ikke det som ble godtatt forrige uke</translation>
    </message>
    <message>
      <source>What the customer meets: the mail servers do not answer</source>
      <translation>Hva kunden møter: e-postserverne svarer ikke</translation>
    </message>
    <message>
      <source>What the customer meets: the normal password is refused, an app password is wanted</source>
      <translation>Hva kunden møter: det vanlige passordet avvises, det kreves et app-passord</translation>
    </message>
    <message>
      <source>What the customer meets: the password is refused</source>
      <translation>Hva kunden møter: passordet avvises</translation>
    </message>
    <message>
      <source>the customer bought Business Mail (Exchange) but may choose POP or IMAP</source>
      <translation>kunden har kjøpt Business Mail (Exchange), men kan komme til å velge POP eller IMAP</translation>
    </message>
    <message>
      <source>the customer types a wrong password; the servers refuse it</source>
      <translation>kunden skriver feil passord; serverne avviser det</translation>
    </message>
    <message>
      <source>the network blocks port 25; sending works on 465 and 587</source>
      <translation>nettverket blokkerer port 25; sending virker på 465 og 587</translation>
    </message>
    <message>
      <source>the normal password is refused: the provider wants an app password (two-factor sign-in is on)</source>
      <translation>det vanlige passordet avvises: leverandøren krever et app-passord (totrinnsbekreftelse er slått på)</translation>
    </message>
    <message>
      <source>the ordinary demo: everything works once the announced certificate is accepted</source>
      <translation>den vanlige demoen: alt virker når det varslede sertifikatet er godtatt</translation>
    </message>
    <message>
      <source>the provider moves to new servers: an existing Thunderbird account still uses the old ones</source>
      <translation>leverandøren flytter til nye servere: en eksisterende Thunderbird-konto bruker fortsatt de gamle</translation>
    </message>
    <message>
      <source>the provider's mail servers are down: nothing answers on their ports</source>
      <translation>leverandørens e-postservere er nede: ingenting svarer på portene deres</translation>
    </message>
    <message>
      <source>the servers show another certificate than the one accepted last week, and it was not announced</source>
      <translation>serverne viser et annet sertifikat enn det som ble godtatt forrige uke, og det er ikke varslet</translation>
    </message>
    <message>
      <source>this computer has no internet: nothing answers at all</source>
      <translation>denne datamaskinen har ikke internett: ingenting svarer i det hele tatt</translation>
    </message>
  </context>
</TS>
