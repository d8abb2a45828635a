<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Empty Chair</source>
        <translation>Over De lege stoel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. Read it at {url}</source>
        <translation>De licentietekst ontbreekt in deze installatie. U kunt hem lezen op {url}</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licentie</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Vermeldingen van derden</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Vermeldingen van derden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Empty Chair {version}</source>
        <translation>De lege stoel {version}</translation>
    </message>
    <message>
        <source>Empty Chair (La chaise vide) runs case conferences under shared professional secrecy: every item shared about a person passes a short, visible check first.

All data stays on this computer, encrypted. Keys: Ctrl+1/2/3 sections, Ctrl+N prepare a meeting, Ctrl+, settings, Ctrl+Q quit.</source>
        <translation>De lege stoel (Empty Chair, La chaise vide) begeleidt casusoverleg onder gedeeld beroepsgeheim: alles wat over een persoon gedeeld wordt, doorloopt eerst een korte, zichtbare toets.

Alle gegevens blijven versleuteld op deze computer. Toetsen: Ctrl+1/2/3 onderdelen, Ctrl+N vergadering voorbereiden, Ctrl+, instellingen, Ctrl+Q afsluiten.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence, version 1.2 ({licence}): you may use, study, share and improve it. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the software it is built with and their licences.</source>
        <translation>Vrije software onder de Europese openbare licentie (EUPL), versie 1.2 ({licence}): u mag ze gebruiken, bestuderen, delen en verbeteren. Ze wordt geleverd zonder garantie. Het tabblad Licentie bevat de volledige tekst; het tabblad Vermeldingen van derden somt de software op waarop ze gebouwd is, met hun licenties.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide {pyside}, Python {python}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation>Een actie toevoegen</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>De actie wijzigen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>A professional, or type a name (a relative…)</source>
        <translation>Een professional, of typ een naam (een naaste…)</translation>
    </message>
    <message>
        <source>{name} (the person concerned)</source>
        <translation>{name} (de betrokken persoon)</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Een datum vastleggen</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>W&amp;at</translation>
    </message>
    <message>
        <source>B&amp;y when</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>Choose who will carry out the action, or type a name.</source>
        <translation>Kies wie de actie uitvoert, of typ een naam.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Write what will be done.</source>
        <translation>Schrijf wat er gedaan wordt.</translation>
    </message>
</context>
<context>
    <name>AgendaEditModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Tijd (min)</translation>
    </message>
    <message>
        <source>{title}, {n} minutes</source>
        <translation>{title}, {n} minuten</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>({mark} over by {time})</source>
        <translation>({mark} {time} over tijd)</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Time box: {n} min</source>
        <translation>Voorziene tijd: {n} min</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Next item  Ctrl+→</source>
        <translation>Volgend punt  Ctrl+→</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <source>This was the last agenda item.</source>
        <translation>Dit was het laatste agendapunt.</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Laatste punt</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Empty Chair</source>
        <translation>De lege stoel</translation>
    </message>
</context>
<context>
    <name>BackgroundSafety</name>
    <message>
        <source>The check of this workspace&apos;s history found a problem: {problem}</source>
        <extracomment>Seconds without input before the daily backup starts. How often the timer looks whether a backup is due (ms). After the window shows, when the checks start (ms): the first paint comes first.</extracomment>
        <translation>De controle van de geschiedenis van deze werkruimte vond een probleem: {problem}</translation>
    </message>
    <message>
        <source>A problem with this workspace</source>
        <translation>Een probleem met deze werkruimte</translation>
    </message>
    <message>
        <source>Nothing was changed. Keep working only if you know why; otherwise restore the last good backup (Safety ▸ Backups…) and keep this file aside for whoever looks after your computers.</source>
        <translation>Er werd niets gewijzigd. Werk alleen verder als u weet waarom; zet anders de laatste goede back-up terug (Beveiliging ▸ Back-ups…) en houd dit bestand opzij voor wie uw computers beheert.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups — Empty Chair</source>
        <translation>Back-ups — De lege stoel</translation>
    </message>
    <message>
        <source>A backup is made each day the workspace is opened; the last 7 are kept. Backups are encrypted like the workspace. Choose a folder on another disk if you can.</source>
        <translation>Elke dag dat de werkruimte geopend wordt, wordt er een back-up gemaakt; de laatste 7 worden bewaard. Back-ups zijn versleuteld zoals de werkruimte. Kies als het kan een map op een andere schijf.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>De gekozen back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Back-up gemaakt in {file}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made on</source>
        <extracomment>``backup_now(folder, progress, cancelled)``: make a backup in ``folder``, reporting ``progress(done, total)`` and stopping when ``cancelled()`` turns true; returns its file.</extracomment>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>BlankedBar</name>
    <message>
        <source>■  Shared screen blanked — F12 to show</source>
        <translation>■  Gedeeld scherm verborgen — F12 om te tonen</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
</context>
<context>
    <name>CentrePanel</name>
    <message>
        <source>Time on this item</source>
        <translation>Tijd voor dit punt</translation>
    </message>
    <message>
        <source>Shared so far</source>
        <translation>Tot nu toe gedeeld</translation>
    </message>
    <message>
        <source>Show the wording on the shared screen</source>
        <translation>Formulering op gedeeld scherm tonen</translation>
    </message>
    <message>
        <source>The room then reads the wording of the items shared. Drafts and items not shared never show.</source>
        <translation>De zaal leest dan de formulering van de gedeelde informatie. Ontwerpen en niet-gedeelde informatie verschijnen nooit.</translation>
    </message>
    <message>
        <source>Correct the wording…</source>
        <translation>Formulering corrigeren…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Correct the wording…  F2</source>
        <translation>Corrigeren…  F2</translation>
    </message>
    <message>
        <source>Correct the wording of the shared item</source>
        <translation>De formulering van het gedeelde punt corrigeren</translation>
    </message>
    <message>
        <source>Withdraw…  Del</source>
        <translation>Intrekken…  Del</translation>
    </message>
    <message>
        <source>Withdraw the shared item</source>
        <translation>Het gedeelde punt intrekken</translation>
    </message>
    <message>
        <source>Propose a disclosure  Ctrl+D</source>
        <translation>Uitwisseling voorstellen  Ctrl+D</translation>
    </message>
    <message>
        <source>Propose a disclosure</source>
        <translation>Uitwisseling voorstellen</translation>
    </message>
    <message>
        <source>Deliberate…  Ctrl+E</source>
        <translation>Moreel beraad…  Ctrl+E</translation>
    </message>
    <message>
        <source>Deliberate on a question</source>
        <translation>Moreel beraad over een vraag</translation>
    </message>
    <message>
        <source>No agenda item yet</source>
        <translation>Nog geen agendapunt</translation>
    </message>
    <message>
        <source>Considered, not shared: {n}</source>
        <translation>Besproken, niet gedeeld: {n}</translation>
    </message>
</context>
<context>
    <name>ChairPanel</name>
    <message>
        <source>{count} persons are not here today.</source>
        <translation>{count} personen zijn er vandaag niet.</translation>
    </message>
    <message>
        <source>{alias} is represented today.</source>
        <translation>{alias} wordt vandaag vertegenwoordigd.</translation>
    </message>
    <message>
        <source>Speaking for {alias}: {advocate}</source>
        <translation>Spreekt voor {alias}: {advocate}</translation>
    </message>
    <message>
        <source>{alias} is not here today.</source>
        <translation>{alias} is er vandaag niet.</translation>
    </message>
    <message>
        <source>Not here today</source>
        <translation>Vandaag niet aanwezig</translation>
    </message>
    <message>
        <source>Represented: {advocate}</source>
        <translation>Vertegenwoordigd: {advocate}</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Vertegenwoordigd</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase — Empty Chair</source>
        <translation>Wachtzin wijzigen — De lege stoel</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtzin, nog eens</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens the workspace. Backups made before keep the old one. Nobody can recover a forgotten passphrase.</source>
        <translation>Na de wijziging opent alleen de nieuwe wachtzin de werkruimte. Eerder gemaakte back-ups houden de oude. Niemand kan een vergeten wachtzin terughalen.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtzin:</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Nieuwe wachtzin, nog &amp;eens:</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>Wachtzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Typ de huidige wachtzin.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least {n} characters.</source>
        <translation>De nieuwe wachtzin moet minstens {n} tekens tellen.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtzin is dezelfde als de huidige.</translation>
    </message>
    <message>
        <source>Changing the passphrase: the whole file is encrypted again…</source>
        <translation>Wachtzin wordt gewijzigd: het hele bestand wordt opnieuw versleuteld…</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>De huidige wachtzin klopt niet.</translation>
    </message>
</context>
<context>
    <name>CloseSummaryDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation>De vergadering afsluiten</translation>
    </message>
    <message>
        <source>Before closing: what this meeting produced</source>
        <translation>Voor het afsluiten: wat deze vergadering opleverde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Shared ({n})</source>
        <translation>Gedeeld ({n})</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Er werd niets gedeeld.</translation>
    </message>
    <message>
        <source>Considered, not shared</source>
        <translation>Besproken, niet gedeeld</translation>
    </message>
    <message>
        <source>Not shared: {n}</source>
        <translation>Niet gedeeld: {n}</translation>
    </message>
    <message>
        <source>Postponed to ask the person first: {n}</source>
        <translation>Uitgesteld om het eerst aan de persoon te vragen: {n}</translation>
    </message>
    <message>
        <source>Their content is not recorded.</source>
        <translation>De inhoud ervan wordt niet genoteerd.</translation>
    </message>
    <message>
        <source>Decisions ({n})</source>
        <translation>Beslissingen ({n})</translation>
    </message>
    <message>
        <source>Actions ({n})</source>
        <translation>Acties ({n})</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>uiterlijk op {date}</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Beslissingen en acties</translation>
    </message>
    <message>
        <source>No decision or action was recorded.</source>
        <translation>Er werd geen beslissing of actie genoteerd.</translation>
    </message>
    <message>
        <source>{mark} An item is still under discussion: closing discards it, and nothing of it is recorded.</source>
        <translation>{mark} Er wordt nog een punt besproken: afsluiten laat het vallen, en er wordt niets van bewaard.</translation>
    </message>
    <message>
        <source>{mark} A deliberation is still open: closing ends it and keeps nothing of it. Conclude it first if the team reached a conclusion.</source>
        <translation>{mark} Er loopt nog een beraad: afsluiten beëindigt het en bewaart er niets van. Rond het eerst af als het team tot een conclusie kwam.</translation>
    </message>
    <message>
        <source>{mark} Agenda items not reached: {items}.</source>
        <translation>{mark} Agendapunten die niet aan bod kwamen: {items}.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Verslag exporteren…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>The meeting is closed</source>
        <translation>De vergadering is afgesloten</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>Conclude the deliberation</source>
        <translation>Het beraad afronden</translation>
    </message>
    <message>
        <source>Goes into the minutes:</source>
        <translation>Komt in het verslag:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>&amp;Record a new decision</source>
        <translation>Een nieuwe beslissing &amp;noteren</translation>
    </message>
    <message>
        <source>&amp;Link to a decision already taken</source>
        <translation>&amp;Koppelen aan een genomen beslissing</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Shared items it rests on</source>
        <translation>Gedeelde punten waarop ze steunt</translation>
    </message>
    <message>
        <source>Rests on the shared items:</source>
        <translation>Steunt op de gedeelde punten:</translation>
    </message>
    <message>
        <source>Decision already taken</source>
        <translation>Beslissing die al genomen is</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Write the decision the conclusion led to.</source>
        <translation>Schrijf de beslissing waartoe de conclusie leidde.</translation>
    </message>
    <message>
        <source>Choose the decision the conclusion led to.</source>
        <translation>Kies de beslissing waartoe de conclusie leidde.</translation>
    </message>
</context>
<context>
    <name>ConditionLight</name>
    <message>
        <source>{symbol} {condition}</source>
        <translation>{symbol} {condition}</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>uitzondering</translation>
    </message>
    <message>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>antwoord nodig</translation>
    </message>
</context>
<context>
    <name>ConditionLights</name>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>te beantwoorden</translation>
    </message>
    <message>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
    <message>
        <source>{condition}: {status}</source>
        <translation>{condition}: {status}</translation>
    </message>
    <message>
        <source>{alias} is here and agrees</source>
        <translation>{alias} is aanwezig en stemt in</translation>
    </message>
    <message>
        <source>Ask to step out</source>
        <translation>Vragen buiten te gaan</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>{alias} agrees</source>
        <translation>{alias} stemt in</translation>
    </message>
    <message>
        <source>Confirm the undertaking</source>
        <translation>Verklaring bevestigen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent — {alias}</source>
        <translation>Toestemming registreren — {alias}</translation>
    </message>
    <message>
        <source>Correct a consent — {alias}</source>
        <translation>Een toestemming corrigeren — {alias}</translation>
    </message>
    <message>
        <source>Consent of {name} (“{alias}” in minutes)</source>
        <translation>Toestemming van {name} (“{alias}” in verslagen)</translation>
    </message>
    <message>
        <source>You are correcting the record of {date}. It stays in the history, marked as replaced; from now on the gate reads this correction.</source>
        <translation>U corrigeert de registratie van {date}. Die blijft in de geschiedenis, gemarkeerd als vervangen; vanaf nu leest de toets deze correctie.</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Gegeven</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>Geweige&amp;rd</translation>
    </message>
    <message>
        <source>Could &amp;not be obtained</source>
        <translation>&amp;Niet te verkrijgen</translation>
    </message>
    <message>
        <source>Informed, did not ob&amp;ject</source>
        <translation>Geïnformeerd, geen ver&amp;zet</translation>
    </message>
    <message>
        <source>O&amp;bjected</source>
        <translation>Verzet aangete&amp;kend</translation>
    </message>
    <message>
        <source>Why consent could not be obtained</source>
        <translation>Waarom toestemming niet verkregen kon worden</translation>
    </message>
    <message>
        <source>e.g. in hospital, cannot be reached</source>
        <translation>bv. opgenomen in het ziekenhuis, niet bereikbaar</translation>
    </message>
    <message>
        <source>Information it covers</source>
        <translation>Informatie die ze dekt</translation>
    </message>
    <message>
        <source>Not bound by professional secrecy</source>
        <translation>Niet gebonden door het beroepsgeheim</translation>
    </message>
    <message>
        <source>With whom: anyone in these missions, or these people</source>
        <translation>Met wie: iedereen binnen deze opdrachten, of deze personen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Hoe ze verkregen werd</translation>
    </message>
    <message>
        <source>e.g. in writing, orally at the interview of 3 March</source>
        <translation>bv. schriftelijk, mondeling bij het gesprek van 3 maart</translation>
    </message>
    <message>
        <source>Whose say</source>
        <translation>Wiens toestemming</translation>
    </message>
    <message>
        <source>{alias} themself</source>
        <translation>{alias} zelf</translation>
    </message>
    <message>
        <source>{alias}&apos;s parents (parental authority)</source>
        <translation>De ouders van {alias} (ouderlijk gezag)</translation>
    </message>
    <message>
        <source>Whose sa&amp;y:</source>
        <translation>Van &amp;wie:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Toestemming:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Geldig &amp;vanaf:</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>&amp;Hoe verkregen:</translation>
    </message>
    <message>
        <source>Discard the changes to this consent record?</source>
        <translation>De wijzigingen aan deze toestemming niet bewaren?</translation>
    </message>
    <message>
        <source>⚠ Not bound by professional secrecy: {names}. Naming them here does not let the team share with them: the secrecy condition still applies, and they will be asked to step out.</source>
        <translation>⚠ Niet gebonden door het beroepsgeheim: {names}. Hen hier vermelden laat het team niet toe met hen te delen: de voorwaarde van het beroepsgeheim blijft gelden, en hun wordt gevraagd even buiten te gaan.</translation>
    </message>
    <message>
        <source>Say why consent could not be obtained.</source>
        <translation>Zeg waarom toestemming niet verkregen kon worden.</translation>
    </message>
    <message>
        <source>Tick at least one kind of information.</source>
        <translation>Vink minstens één soort informatie aan.</translation>
    </message>
    <message>
        <source>Tick at least one mission or one professional.</source>
        <translation>Vink minstens één opdracht of één hulpverlener aan.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>Nothing was changed: change what was wrong, or Cancel.</source>
        <translation>Er is niets gewijzigd: wijzig wat fout was, of Annuleer.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>vervangen door een correctie</translation>
    </message>
    <message>
        <source>replaced by a correction on {date}</source>
        <translation>vervangen door een correctie op {date}</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>ingetrokken op {date}</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>nog niet van kracht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>in force until {date}</source>
        <translation>van kracht tot {date}</translation>
    </message>
    <message>
        <source>in force — corrects the record of {date}</source>
        <translation>van kracht — corrigeert de registratie van {date}</translation>
    </message>
    <message>
        <source>in force — a correction</source>
        <translation>van kracht — een correctie</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Could not be obtained</source>
        <translation>Niet te verkrijgen</translation>
    </message>
    <message>
        <source>Informed, did not object</source>
        <translation>Geïnformeerd, geen verzet</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Verzet</translation>
    </message>
    <message>
        <source>{kind} ({reason})</source>
        <translation>{kind} ({reason})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>vanaf {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <source>always</source>
        <translation>onbeperkt</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Copy for</source>
        <translation>Exemplaar voor</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Full record — {name} (the file)</source>
        <translation>Volledig verslag — {name} (het dossier)</translation>
    </message>
    <message>
        <source>every item (none was shared), with who received it</source>
        <translation>elk punt (er werd niets gedeeld), met wie het ontving</translation>
    </message>
    <message>
        <source>every item ({numbers}), with who received it</source>
        <translation>elk punt ({numbers}), met wie het ontving</translation>
    </message>
    <message>
        <source>no item: not bound by secrecy (decisions and actions only)</source>
        <translation>geen punt: niet gebonden door het beroepsgeheim (alleen beslissingen en acties)</translation>
    </message>
    <message>
        <source>no item shared with them (decisions and actions only)</source>
        <translation>geen punt met deze persoon gedeeld (alleen beslissingen en acties)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Withdraw a shared item</source>
        <translation>Een gedeeld punt intrekken</translation>
    </message>
    <message>
        <source>Correct the wording</source>
        <translation>De formulering corrigeren</translation>
    </message>
    <message>
        <source>Wording to minute</source>
        <translation>Formulering voor het verslag</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>The item becomes “not shared”: its wording and answers are erased from the workspace and will be in no minutes. Decisions and actions that rest on it no longer do. The audit log keeps only that it was withdrawn, by whom and when.</source>
        <translation>Het punt wordt “niet gedeeld”: de formulering en de antwoorden worden uit de werkruimte gewist en komen in geen enkel verslag. Beslissingen en acties die erop steunden, steunen er niet langer op. Het auditlogboek houdt alleen bij dat het ingetrokken werd, door wie en wanneer.</translation>
    </message>
    <message>
        <source>The corrected wording replaces the earlier one, which is not kept. The audit log keeps that a correction was made, by whom and when, never the words.</source>
        <translation>De gecorrigeerde formulering vervangt de vorige, die niet bewaard wordt. Het auditlogboek houdt bij dat er een correctie gebeurde, door wie en wanneer, nooit de woorden.</translation>
    </message>
    <message>
        <source>&amp;Withdraw the item</source>
        <translation>Het punt &amp;intrekken</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corrigeren</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Formulering</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>&amp;Gevraagd door</translation>
    </message>
    <message>
        <source>The wording is empty: to erase the item, withdraw it instead.</source>
        <translation>De formulering is leeg: trek het punt in om het te wissen.</translation>
    </message>
    <message>
        <source>The wording is unchanged.</source>
        <translation>De formulering is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create a workspace — Empty Chair</source>
        <translation>Een werkruimte aanmaken — De lege stoel</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Bestand van de werkruimte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtzin, nog eens</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>Everything in the workspace is encrypted with this passphrase. If it is lost, the data is lost: nobody, not even the app&apos;s authors, can recover it. Write it down and keep it somewhere safe.</source>
        <translation>Alles in de werkruimte wordt met deze wachtzin versleuteld. Gaat ze verloren, dan zijn de gegevens verloren: niemand, zelfs de makers van de toepassing niet, kan ze terughalen. Schrijf ze op en bewaar ze op een veilige plaats.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Nog &amp;eens:</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Voorziening</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>Werkruimte &amp;aanmaken</translation>
    </message>
    <message>
        <source>Open a &amp;workspace…</source>
        <translation>Een werkruimte o&amp;penen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>De &amp;demo proberen</translation>
    </message>
    <message>
        <source>A workspace of fictional data to look around; nothing in it is kept.</source>
        <translation>Een werkruimte met fictieve gegevens om rond te kijken; er wordt niets van bewaard.</translation>
    </message>
    <message>
        <source>Welcome. A workspace keeps your team&apos;s directory, the people concerned and your case conferences, encrypted, on this computer only.</source>
        <translation>Welkom. Een werkruimte bewaart het adresboek van uw team, de betrokkenen en uw casusoverleg, versleuteld en alleen op deze computer.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Een werkruimte openen</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation>Werkruimtes van De lege stoel (*.emptychair);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Waar de werkruimte bewaren</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair)</source>
        <translation>Werkruimtes van De lege stoel (*.emptychair)</translation>
    </message>
    <message>
        <source>Choose a passphrase: a few ordinary words make a good one.</source>
        <translation>Kies een wachtzin: enkele gewone woorden vormen een goede.</translation>
    </message>
    <message>
        <source>Weak: too short. Use at least 12 characters, or a few words.</source>
        <translation>Zwak: te kort. Gebruik minstens 12 tekens, of enkele woorden.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation>Redelijk. Met enkele woorden meer wordt ze sterk.</translation>
    </message>
    <message>
        <source>Good: long enough to be hard to guess.</source>
        <translation>Goed: lang genoeg om moeilijk te raden.</translation>
    </message>
    <message>
        <source>Choose where to keep the workspace.</source>
        <translation>Kies waar u de werkruimte bewaart.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation>Kies een wachtzin van minstens 12 tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>De twee wachtzinnen verschillen. Typ twee keer dezelfde.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Werkruimte wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Meeting paused</source>
        <translation>Vergadering gepauzeerd</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Add a decision</source>
        <translation>Een beslissing toevoegen</translation>
    </message>
    <message>
        <source>Edit the decision</source>
        <translation>De beslissing wijzigen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Beslissing</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Schrijf de beslissing.</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <source>Deliberation</source>
        <translation>Moreel beraad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Vragen die verder helpen</translation>
    </message>
    <message>
        <source>&amp;Notes for this step — stay on this console</source>
        <translation>&amp;Notities bij deze stap — blijven op deze console</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notities bij deze stap</translation>
    </message>
    <message>
        <source>Short notes: never shown on the shared screen, never kept</source>
        <translation>Korte notities: nooit op het gedeelde scherm, nooit bewaard</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Terug</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Vorige stap (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Verder ›</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Volgende stap (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Conclusion — goes into the minutes, with the question</source>
        <translation>&amp;Conclusie — komt in het verslag, met de vraag</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>What the team concludes, in a few words</source>
        <translation>Wat het team besluit, in enkele woorden</translation>
    </message>
    <message>
        <source>Take as conclusion  Ctrl+M</source>
        <translation>Als conclusie nemen  Ctrl+M</translation>
    </message>
    <message>
        <source>Take the note as the conclusion</source>
        <translation>De notitie als conclusie nemen</translation>
    </message>
    <message>
        <source>Conclude…  Ctrl+Enter</source>
        <translation>Afronden…  Ctrl+Enter</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>End  Esc</source>
        <translation>Stoppen  Esc</translation>
    </message>
    <message>
        <source>End without a conclusion</source>
        <translation>Stoppen zonder conclusie</translation>
    </message>
    <message>
        <source>Deliberation · {method}</source>
        <translation>Moreel beraad · {method}</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Stap {number} van {total}</translation>
    </message>
    <message>
        <source>“{question}”</source>
        <translation>“{question}”</translation>
    </message>
    <message>
        <source>Write a note first, or type the conclusion directly.</source>
        <translation>Schrijf eerst een notitie, of typ meteen de conclusie.</translation>
    </message>
    <message>
        <source>End the deliberation</source>
        <translation>Het beraad stoppen</translation>
    </message>
    <message>
        <source>End the deliberation without a conclusion? The notes will be forgotten and nothing of it goes into the minutes.</source>
        <translation>Het beraad stoppen zonder conclusie? De notities worden vergeten en niets ervan komt in het verslag.</translation>
    </message>
</context>
<context>
    <name>DeliberationSteps</name>
    <message>
        <source>The team is deliberating:</source>
        <translation>Het team houdt moreel beraad:</translation>
    </message>
    <message>
        <source>“{question}”</source>
        <translation>“{question}”</translation>
    </message>
    <message>
        <source>Step {number} of {total}   {dots}</source>
        <translation>Stap {number} van {total}   {dots}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo — fictional data, not saved: everything is gone when Empty Chair closes.</source>
        <translation>Demo — fictieve gegevens, niet bewaard: alles verdwijnt wanneer De lege stoel sluit.</translation>
    </message>
    <message>
        <source>Create &amp;your workspace…</source>
        <translation>&amp;Uw werkruimte aanmaken…</translation>
    </message>
    <message>
        <source>Open a wor&amp;kspace…</source>
        <translation>Een werkruimte o&amp;penen…</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Import professionals from a CSV file</source>
        <translation>Hulpverleners importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Het bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan niet gelezen worden: {reason}</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Directory of professionals</source>
        <translation>Adresboek van hulpverleners</translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation>Het adresboek filteren</translation>
    </message>
    <message>
        <source>Filter by name, role, organisation…</source>
        <translation>Filteren op naam, functie, organisatie…</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>No professional in the directory yet. Add the members of your team and the partners who may attend, with their secrecy basis and missions, or import them from a spreadsheet.</source>
        <translation>Nog geen hulpverlener in het adresboek. Voeg de leden van uw team toe en de partners die kunnen deelnemen, met de grondslag van hun beroepsgeheim en hun opdrachten, of importeer ze uit een rekenblad.</translation>
    </message>
    <message>
        <source>Add a professional…</source>
        <translation>Een hulpverlener toevoegen…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importeren uit een rekenblad…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n active professional(s).</source>
        <translation>
            <numerusform>%n actieve hulpverlener.</numerusform>
            <numerusform>%n actieve hulpverleners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not bound by professional secrecy or without a recorded basis: asked to step out when confidential items are shared.</source>
        <translation>
            <numerusform>%n ervan is niet gebonden door het beroepsgeheim of heeft geen geregistreerde grondslag: die persoon wordt gevraagd even buiten te gaan wanneer vertrouwelijke punten gedeeld worden.</numerusform>
            <numerusform>%n ervan zijn niet gebonden door het beroepsgeheim of hebben geen geregistreerde grondslag: hun wordt gevraagd even buiten te gaan wanneer vertrouwelijke punten gedeeld worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Heracti&amp;veren</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Niet bewaren</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase a person — Empty Chair</source>
        <translation>Een persoon wissen — De lege stoel</translation>
    </message>
    <message>
        <source>This erases {alias} for good: the person, {consents} consent record(s) and {meetings} meeting(s) with everything minuted in them ({shared} shared item(s)). It cannot be undone. Minutes and copies already saved as PDF or printed are not reached: destroy them as your institution&apos;s rules say. The audit log keeps only that a person was erased, with these counts, never who. Type {alias} below to confirm.</source>
        <translation>Dit wist {alias} definitief: de persoon, {consents} toestemming(en) en {meetings} vergadering(en) met alles wat erin genoteerd werd ({shared} gedeeld(e) punt(en)). Dit kan niet ongedaan gemaakt worden. Verslagen en kopieën die al als pdf bewaard of afgedrukt werden, worden niet geraakt: vernietig ze zoals de regels van uw organisatie het voorschrijven. Het auditlogboek houdt alleen bij dat een persoon gewist werd, met deze aantallen, nooit wie. Typ hieronder {alias} om te bevestigen.</translation>
    </message>
    <message>
        <source>Backups made before now still hold {alias}&apos;s data until they are replaced (the newest 7 are kept, one a day). If one of them is ever restored, this erasure is applied to it again at once: {alias} does not come back.</source>
        <translation>Back-ups die eerder gemaakt werden, bevatten nog de gegevens van {alias} tot ze vervangen worden (de 7 nieuwste worden bewaard, één per dag). Wordt er ooit een teruggezet, dan wordt deze wissing er meteen opnieuw op toegepast: {alias} komt niet terug.</translation>
    </message>
    <message>
        <source>Also &amp;replace the {count} kept backup(s) now</source>
        <translation>Ook de {count} bewaarde back-up(s) nu &amp;vervangen</translation>
    </message>
    <message>
        <source>One backup made after the erasure takes their place: the older restore points are then lost.</source>
        <translation>Eén back-up die na het wissen gemaakt wordt, neemt hun plaats in: de oudere herstelpunten gaan dan verloren.</translation>
    </message>
    <message>
        <source>Alias, to confirm</source>
        <translation>Alias, ter bevestiging</translation>
    </message>
    <message>
        <source>&amp;Alias, to confirm:</source>
        <translation>&amp;Alias, ter bevestiging:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
    <message>
        <source>Erasing and rewriting the file…</source>
        <translation>Wissen en het bestand herschrijven…</translation>
    </message>
    <message>
        <source>{alias} was erased, but the backups were not replaced: {reason}</source>
        <translation>{alias} werd gewist, maar de back-ups werden niet vervangen: {reason}</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>The last change was not saved; everything before it is safe.</source>
        <translation>De laatste wijziging is niet bewaard; alles daarvoor is veilig.</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. What was saved before is safe. If it happens again, restart Empty Chair.</source>
        <translation>Er ging iets mis en de laatste handeling werd niet voltooid. Wat eerder bewaard werd, is veilig. Gebeurt het opnieuw, start De lege stoel dan opnieuw.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
</context>
<context>
    <name>ExpiredMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Niet gedeeld</translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <source>Export minutes</source>
        <translation>Verslag exporteren</translation>
    </message>
    <message>
        <source>Full record (for the file)</source>
        <translation>Volledig verslag (voor het dossier)</translation>
    </message>
    <message>
        <source>minutes-{alias}-{day}.pdf</source>
        <translation>verslag-{alias}-{day}.pdf</translation>
    </message>
    <message>
        <source>Minutes file</source>
        <translation>Bestand van het verslag</translation>
    </message>
    <message>
        <source>A copy for each person concerned: {aliases}</source>
        <translation>Een kopie voor elke betrokken persoon: {aliases}</translation>
    </message>
    <message>
        <source>Copy for {alias}</source>
        <translation>Exemplaar voor {alias}</translation>
    </message>
    <message>
        <source>copy-for-{alias}-{day}.pdf</source>
        <translation>exemplaar-voor-{alias}-{day}.pdf</translation>
    </message>
    <message>
        <source>Person&apos;s copy file</source>
        <translation>Bestand van het exemplaar voor de betrokkene</translation>
    </message>
    <message>
        <source>A copy for each attendee</source>
        <translation>Een exemplaar voor elke deelnemer</translation>
    </message>
    <message>
        <source>Folder for the attendees&apos; copies</source>
        <translation>Map voor de exemplaren van de deelnemers</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Wie krijgt wat</translation>
    </message>
    <message>
        <source>Each attendee&apos;s copy holds only the items shared with them, and names only them for distribution. Someone who received no item, or who is not bound by secrecy, gets a copy without items (decisions and actions only).</source>
        <translation>Het exemplaar van elke deelnemer bevat alleen de punten die met hem of haar gedeeld werden, en vermeldt bij de verspreiding alleen die persoon. Wie geen punt ontving, of niet gebonden is door het beroepsgeheim, krijgt een exemplaar zonder punten (alleen beslissingen en acties).</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <source>The minutes name the person in full: a password is advised. Give it to the recipients another way than the file.</source>
        <translation>Het verslag noemt de persoon voluit: een wachtwoord is aangeraden. Bezorg het de ontvangers op een andere manier dan het bestand.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord, nog eens</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose where to save: {what}</source>
        <translation>Kies waar u bewaart: {what}</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nog eens</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status van de export</translation>
    </message>
    <message>
        <source>Open the full record</source>
        <translation>Het volledige verslag openen</translation>
    </message>
    <message>
        <source>Open the person&apos;s copy</source>
        <translation>Het exemplaar voor de betrokkene openen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Bewaren als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file for: {what}</source>
        <translation>Kies een bestand voor: {what}</translation>
    </message>
    <message>
        <source>Choose a folder for the attendees&apos; copies.</source>
        <translation>Kies een map voor de exemplaren van de deelnemers.</translation>
    </message>
    <message>
        <source>Choose at least one document to export.</source>
        <translation>Kies minstens één document om te exporteren.</translation>
    </message>
    <message>
        <source>Each document needs its own file: two of them have the same name.</source>
        <translation>Elk document heeft een eigen bestand nodig: twee ervan hebben dezelfde naam.</translation>
    </message>
    <message>
        <source>Type the password, or untick “Protect with a password”.</source>
        <translation>Typ het wachtwoord, of vink “Beveiligen met een wachtwoord” uit.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>De twee wachtwoorden verschillen. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>This folder cannot be created: {reason}. Choose another.</source>
        <translation>Deze map kan niet aangemaakt worden: {reason}. Kies een andere.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Niet geëxporteerd.</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>Some characters could not be printed:</source>
        <translation>Sommige tekens konden niet afgedrukt worden:</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>Please wait: the export is still running.</source>
        <translation>Even geduld: de export is nog bezig.</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ander</translation>
    </message>
</context>
<context>
    <name>FormMessage</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Propose a disclosure</source>
        <translation>Uitwisseling voorstellen</translation>
    </message>
    <message>
        <source>Who shares</source>
        <translation>Wie deelt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>{name} ⚠ special</source>
        <translation>{name} ⚠ gevoelig</translation>
    </message>
    <message>
        <source>Whose statement</source>
        <translation>Wiens uitspraak</translation>
    </message>
    <message>
        <source>whose statement</source>
        <translation>wiens uitspraak</translation>
    </message>
    <message>
        <source>What is this opinion based on?</source>
        <translation>Waarop steunt deze mening?</translation>
    </message>
    <message>
        <source>what was seen or heard, when</source>
        <translation>wat werd gezien of gehoord, en wanneer</translation>
    </message>
    <message>
        <source>About {alias}</source>
        <translation>Over {alias}</translation>
    </message>
    <message>
        <source>Wording to minute</source>
        <translation>Formulering voor het verslag</translation>
    </message>
    <message>
        <source>Only what the team strictly needs</source>
        <translation>Alleen wat het team strikt nodig heeft</translation>
    </message>
    <message>
        <source>Shared for</source>
        <translation>Gedeeld voor</translation>
    </message>
    <message>
        <source>Choose the purpose…</source>
        <translation>Kies het doel…</translation>
    </message>
    <message>
        <source>Whose information</source>
        <translation>Informatie over</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Kies een categorie…</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>mening</translation>
    </message>
    <message>
        <source>statement of</source>
        <translation>uitspraak van</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(niets geregistreerd)</translation>
    </message>
    <message>
        <source>Known wishes of {alias}: {wishes}</source>
        <translation>Gekende wensen van {alias}: {wishes}</translation>
    </message>
    <message>
        <source>Sharing this is in {alias}&apos;s interest</source>
        <translation>Dit delen is in het belang van {alias}</translation>
    </message>
    <message>
        <source>{alias} is here and agrees now</source>
        <translation>{alias} is aanwezig en stemt nu in</translation>
    </message>
    <message>
        <source>Everyone in the room needs to know this</source>
        <translation>Iedereen in de zaal moet dit weten</translation>
    </message>
    <message>
        <source>The wording holds only the minimum necessary</source>
        <translation>De formulering bevat alleen het noodzakelijke minimum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — because</source>
        <translation>nee — omdat</translation>
    </message>
    <message>
        <source>{question} No, because</source>
        <translation>{question} Nee, omdat</translation>
    </message>
    <message>
        <source>No — because… (typing the reason answers no)</source>
        <translation>Nee — omdat… (de reden typen antwoordt nee)</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Niet delen</translation>
    </message>
    <message>
        <source>Share without consent under a policy exception</source>
        <translation>Delen zonder toestemming, op grond van een uitzondering van het kader</translation>
    </message>
    <message>
        <source>Ground of the exception</source>
        <translation>Grond van de uitzondering</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Schriftelijke motivering</translation>
    </message>
    <message>
        <source>Confirm overriding the refusal</source>
        <translation>Bevestigen dat de weigering opzijgezet wordt</translation>
    </message>
    <message>
        <source>Share  Ctrl+Enter</source>
        <translation>Delen  Ctrl+Enter</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Postpone — ask {alias} first</source>
        <translation>Uitstellen — eerst {alias} vragen</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Annuleren  Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>A special category: information that touches the person most closely. Share it only if the team cannot act without it, in the fewest words.</source>
        <translation>Een bijzondere categorie: informatie die de persoon het dichtst raakt. Deel ze alleen als het team zonder niet kan handelen, in zo weinig mogelijk woorden.</translation>
    </message>
    <message>
        <source>Nobody is in the room: call the roll first.</source>
        <translation>Er is niemand in de zaal: neem eerst de aanwezigheden op.</translation>
    </message>
    <message>
        <source>{who} — not in the room</source>
        <translation>{who} — niet in de zaal</translation>
    </message>
    <message>
        <source>{names} (the room, automatic)</source>
        <translation>{names} (de zaal, automatisch)</translation>
    </message>
    <message>
        <source>nobody else is in the room</source>
        <translation>er is niemand anders in de zaal</translation>
    </message>
    <message>
        <source>{aliases} are here and agree now</source>
        <translation>{aliases} zijn hier en gaan nu akkoord</translation>
    </message>
    <message>
        <source>I confirm sharing despite this refusal: {refusal}</source>
        <translation>Ik bevestig dat er gedeeld wordt ondanks deze weigering: {refusal}</translation>
    </message>
    <message>
        <source>Close the gate</source>
        <translation>Het voorstel laten vallen</translation>
    </message>
    <message>
        <source>Close the gate without a decision? What was typed will be forgotten.</source>
        <translation>Het voorstel laten vallen zonder beslissing? Wat getypt werd, wordt vergeten.</translation>
    </message>
    <message>
        <source>Before anything is shared:</source>
        <translation>Voor er iets gedeeld wordt:</translation>
    </message>
    <message>
        <source>Known wishes: {wishes}</source>
        <translation>Gekende wensen: {wishes}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Before your first case conference</source>
        <translation>Voor uw eerste casusoverleg</translation>
    </message>
    <message>
        <source>Four steps, in this order. Each one is saved as soon as it is done; come back here whenever you like.</source>
        <translation>Vier stappen, in deze volgorde. Elke stap wordt bewaard zodra hij klaar is; kom hier terug wanneer u wilt.</translation>
    </message>
    <message>
        <source>&amp;Add a professional…</source>
        <translation>Een hulpverlener &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importeren uit een rekenblad…</translation>
    </message>
    <message>
        <source>Add the person co&amp;ncerned…</source>
        <translation>De betrokke&amp;ne toevoegen…</translation>
    </message>
    <message>
        <source>Record their &amp;consent…</source>
        <translation>De &amp;toestemming registreren…</translation>
    </message>
    <message>
        <source>Prepare the mee&amp;ting…</source>
        <translation>De &amp;vergadering voorbereiden…</translation>
    </message>
    <message>
        <source>Your team: the professionals who may attend, and their secrecy basis.</source>
        <translation>Uw team: de hulpverleners die kunnen deelnemen, en de grondslag van hun beroepsgeheim.</translation>
    </message>
    <message>
        <source>The person concerned: who the team meets about, and their wishes.</source>
        <translation>De betrokkene: over wie het team samenkomt, en de wensen van die persoon.</translation>
    </message>
    <message>
        <source>Their consent: what they agreed to share, with whom (or why not).</source>
        <translation>De toestemming: wat de persoon toestaat te delen, met wie (of waarom niet).</translation>
    </message>
    <message>
        <source>The meeting: its purpose, agenda and who is invited.</source>
        <translation>De vergadering: het doel, de agenda en wie er uitgenodigd is.</translation>
    </message>
    <message>
        <source>{n}. {step}</source>
        <translation>{n}. {step}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>{step} ({state})</source>
        <translation>{step} ({state})</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Case conference · {alias}</source>
        <translation>Casusoverleg · {alias}</translation>
    </message>
    <message>
        <source>{alias} is with us.</source>
        <translation>{alias} is bij ons.</translation>
    </message>
    <message>
        <source>{aliases} are with us.</source>
        <translation>{aliases} zijn bij ons.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{elapsed} / {box}</source>
        <translation>{elapsed} / {box}</translation>
    </message>
    <message>
        <source>+{over} over time</source>
        <translation>+{over} over tijd</translation>
    </message>
</context>
<context>
    <name>HistoryCheck</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Check the whole history</source>
        <translation>Volledige geschiedenis controleren</translation>
    </message>
    <message>
        <source>Following the audit log, event by event ({done} of {total})</source>
        <translation>Het auditlogboek overlopen, gebeurtenis per gebeurtenis ({done} van {total})</translation>
    </message>
    <message>
        <source>Comparing the stored rows with the events that recorded them</source>
        <translation>De bewaarde gegevens vergelijken met de gebeurtenissen die ze vastlegden</translation>
    </message>
    <message>
        <source>Reading the whole file, page by page</source>
        <translation>Het hele bestand lezen, pagina per pagina</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {what}…</source>
        <translation>Stap {number} van {count}: {what}…</translation>
    </message>
    <message>
        <source>The whole history holds</source>
        <translation>De volledige geschiedenis klopt</translation>
    </message>
    <message>
        <source>The whole history of this workspace was checked: nothing is wrong.</source>
        <translation>De volledige geschiedenis van deze werkruimte werd gecontroleerd: alles is in orde.</translation>
    </message>
    <message>
        <source>The file ({size}) was read page by page: no page is damaged.</source>
        <translation>Het bestand ({size}) werd pagina per pagina gelezen: geen enkele pagina is beschadigd.</translation>
    </message>
    <message>
        <source>The file was read page by page: no page is damaged.</source>
        <translation>Het bestand werd pagina per pagina gelezen: geen enkele pagina is beschadigd.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n event(s) were followed one by one: none is missing, changed or out of place.</source>
        <translation>
            <numerusform>De %n gebeurtenis van het auditlogboek werd nagegaan: ze ontbreekt niet en werd niet gewijzigd of verplaatst.</numerusform>
            <numerusform>De %n gebeurtenissen van het auditlogboek werden een voor een nagegaan: geen enkele ontbreekt, werd gewijzigd of verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared and withheld items, decisions, actions, consents and deliberations stored match the events that recorded them.</source>
        <translation>De bewaarde gedeelde en niet-gedeelde punten, beslissingen, acties, toestemmingen en beraden komen overeen met de gebeurtenissen die ze vastlegden.</translation>
    </message>
    <message>
        <source>The check was stopped because a meeting started: nothing was changed.</source>
        <translation>De controle werd gestopt omdat een vergadering begon: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The check was stopped before the end: nothing was changed.</source>
        <translation>De controle werd gestopt voor het einde: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Check stopped</source>
        <translation>Controle gestopt</translation>
    </message>
    <message>
        <source>You can check the whole history again at any time.</source>
        <translation>U kunt de volledige geschiedenis op elk moment opnieuw controleren.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace file is no longer at {path}.</source>
        <translation>Het bestand van de werkruimte staat niet meer op {path}.</translation>
    </message>
    <message>
        <source>Was it moved, renamed or deleted, or is its drive disconnected? Nothing was changed. Close Empty Chair, put the file back, and open it again.</source>
        <translation>Werd het verplaatst, hernoemd of verwijderd, of is de schijf losgekoppeld? Er werd niets gewijzigd. Sluit De lege stoel, zet het bestand terug en open het opnieuw.</translation>
    </message>
    <message>
        <source>The workspace file could not be read ({reason}).</source>
        <translation>Het bestand van de werkruimte kon niet gelezen worden ({reason}).</translation>
    </message>
    <message>
        <source>The history could not be checked</source>
        <translation>De geschiedenis kon niet gecontroleerd worden</translation>
    </message>
</context>
<context>
    <name>ImportGuideDialog</name>
    <message>
        <source>Import professionals from a spreadsheet</source>
        <translation>Hulpverleners importeren uit een rekenblad</translation>
    </message>
    <message>
        <source>Save your team list from the spreadsheet as CSV. Its first line holds the column titles; each other line is one professional. Only the name is required; titles may be in English, French or Dutch, in any order.</source>
        <translation>Bewaar de lijst van uw team vanuit het rekenblad als CSV. De eerste regel bevat de titels van de kolommen; elke andere regel is één hulpverlener. Alleen de naam is verplicht; de titels mogen in het Nederlands, Frans of Engels, in om het even welke volgorde.</translation>
    </message>
    <message>
        <source>Columns read</source>
        <translation>Gelezen kolommen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Titles understood</source>
        <translation>Begrepen titels</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Wat te schrijven</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First and last name (required).</source>
        <translation>Voornaam en naam (verplicht).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist.</source>
        <translation>bv. maatschappelijk werker, psycholoog.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Where they work.</source>
        <translation>Waar de persoon werkt.</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>yes or no (oui, non, ja, nee, 1, 0 and x are understood too).</source>
        <translation>ja of nee (nee, neen, yes, no, oui, non, 1, 0 en x worden ook begrepen).</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>The profession, function or law that binds.</source>
        <translation>Het beroep, de functie of de wet die eraan bindt.</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>The institution&apos;s missions they work in, separated by “|”: {missions}.</source>
        <translation>De opdrachten van de voorziening waarbinnen de persoon werkt, gescheiden door “|”: {missions}.</translation>
    </message>
    <message>
        <source>&amp;Save a template…</source>
        <translation>Een &amp;sjabloon bewaren…</translation>
    </message>
    <message>
        <source>&amp;Choose the CSV file…</source>
        <translation>Het CSV-bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>Het sjabloon werd niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Template saved as {file}. Replace the two examples with your team, keep the first line, save as CSV, then choose the file here.</source>
        <translation>Sjabloon bewaard als {file}. Vervang de twee voorbeelden door uw team, behoud de eerste regel, bewaar als CSV en kies dan hier het bestand.</translation>
    </message>
    <message>
        <source>team-template.csv</source>
        <translation>sjabloon-team.csv</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Een sjabloon bewaren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import professionals — preview</source>
        <translation>Hulpverleners importeren — voorbeeld</translation>
    </message>
    <message>
        <source>{file}: nothing can be imported. {reason}</source>
        <translation>{file}: er kan niets geïmporteerd worden. {reason}</translation>
    </message>
    <message>
        <source>{file}: {added}, {duplicates}, {invalid}.</source>
        <translation>{file}: {added}, {duplicates}, {invalid}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n toe te voegen</numerusform>
            <numerusform>%n toe te voegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n al in het adresboek</numerusform>
            <numerusform>%n al in het adresboek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ongeldig</numerusform>
            <numerusform>%n ongeldig</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every column: nothing is written until you choose Import.</source>
        <translation>Controleer elke kolom: er wordt niets bewaard voor u Importeren kiest.</translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>Niet gebruikte kolommen: {columns}.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <source>&amp;Import {count}</source>
        <translation>{count} &amp;importeren</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>? (“{cell}”)</source>
        <translation>? (“{cell}”)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{answer} (empty)</source>
        <translation>{answer} (leeg)</translation>
    </message>
    <message>
        <source>{answer} (read from “{cell}”)</source>
        <translation>{answer} (gelezen uit “{cell}”)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>skipped (duplicate)</source>
        <translation>overgeslagen (dubbel)</translation>
    </message>
    <message>
        <source>skipped (invalid)</source>
        <translation>overgeslagen (ongeldig)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The first line has no &apos;name&apos; (or &apos;nom&apos;) column: it must hold the column titles.</source>
        <translation>De eerste regel heeft geen kolom &apos;naam&apos; (of &apos;name&apos;, &apos;nom&apos;): ze moet de titels van de kolommen bevatten.</translation>
    </message>
    <message>
        <source>This is not a CSV text file. Save the sheet as CSV first.</source>
        <translation>Dit is geen CSV-tekstbestand. Bewaar het rekenblad eerst als CSV.</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>Geen naam.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no in the secrecy column.</source>
        <translation>&apos;{value}&apos; is geen ja of nee in de kolom van het beroepsgeheim.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the institution&apos;s missions.</source>
        <translation>&apos;{value}&apos; is geen opdracht van de voorziening.</translation>
    </message>
    <message>
        <source>Already in the directory (same name and organisation).</source>
        <translation>Al in het adresboek (zelfde naam en organisatie).</translation>
    </message>
    <message>
        <source>Appears earlier in the file.</source>
        <translation>Staat al hoger in het bestand.</translation>
    </message>
    <message>
        <source>This line cannot be read: a cell is longer than {limit} characters, or a quote is not closed.</source>
        <translation>Deze regel kan niet gelezen worden: een cel is langer dan {limit} tekens, of een aanhalingsteken wordt niet gesloten.</translation>
    </message>
    <message>
        <source>The &apos;{column}&apos; cell holds a broken character (half of an emoji or symbol): retype it in the sheet.</source>
        <translation>De cel &apos;{column}&apos; bevat een kapot teken (de helft van een emoji of symbool): typ ze opnieuw in het rekenblad.</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>Institution name</source>
        <translation>Naam van de voorziening</translation>
    </message>
    <message>
        <source>e.g. Youth Care Service of Namur</source>
        <translation>bv. Dienst Jeugdhulp Gent</translation>
    </message>
    <message>
        <source>Rule of conduct</source>
        <translation>Gedragsregel</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Voorziening:</translation>
    </message>
    <message>
        <source>Default framework</source>
        <translation>Standaardkader</translation>
    </message>
    <message>
        <source>Each meeting can use another framework, chosen when it is prepared.</source>
        <translation>Elke vergadering kan een ander kader volgen, gekozen bij de voorbereiding.</translation>
    </message>
    <message>
        <source>Not offered, its file is wrong: {problem}</source>
        <translation>Niet aangeboden, het bestand bevat een fout: {problem}</translation>
    </message>
    <message>
        <source>How the person can reach you</source>
        <translation>Hoe de persoon u kan bereiken</translation>
    </message>
    <message>
        <source>Address, phone or e-mail, for the person&apos;s copy of the minutes</source>
        <translation>Adres, telefoon of e-mail, voor het exemplaar van de persoon</translation>
    </message>
    <message>
        <source>Default framew&amp;ork:</source>
        <translation>Standaard&amp;kader:</translation>
    </message>
    <message>
        <source>&amp;Rule of conduct:</source>
        <translation>&amp;Gedragsregel:</translation>
    </message>
    <message>
        <source>&amp;Missions:</source>
        <translation>&amp;Opdrachten:</translation>
    </message>
    <message>
        <source>Contact (&amp;how to reach you):</source>
        <translation>&amp;Contact (hoe u bereikbaar bent):</translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name.</source>
        <translation>Vul de naam van de voorziening in.</translation>
    </message>
    <message>
        <source>Write the rule of conduct (the policy&apos;s template is a start).</source>
        <translation>Schrijf de gedragsregel (het model van het kader is een begin).</translation>
    </message>
    <message>
        <source>Add at least one mission (e.g. Youth care).</source>
        <translation>Voeg minstens één opdracht toe (bv. Jeugdhulp).</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Opdracht</translation>
    </message>
</context>
<context>
    <name>LegalBasisFields</name>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Reference of the legal basis</source>
        <translation>Referentie van de rechtsgrond</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Another basis: type it below</source>
        <translation>Een andere grondslag: typ ze hieronder</translation>
    </message>
    <message>
        <source>Choose the legal basis of the meeting, or type it.</source>
        <translation>Kies de rechtsgrond van de vergadering, of typ ze.</translation>
    </message>
    <message>
        <source>Type the legal basis: the law, decree or authorisation.</source>
        <translation>Typ de rechtsgrond: de wet, het decreet of de toestemming.</translation>
    </message>
    <message>
        <source>Title and date of the law, decree or authorisation</source>
        <translation>Titel en datum van de wet, het decreet of de toestemming</translation>
    </message>
    <message>
        <source>Reference, if any (e.g. date of the authorisation)</source>
        <translation>Eventuele referentie (bv. datum van de toestemming)</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Locked — {file} — Empty Chair</source>
        <translation>Vergrendeld — {file} — De lege stoel</translation>
    </message>
    <message>
        <source>Locked — Empty Chair</source>
        <translation>Vergrendeld — De lege stoel</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Wachtzin wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>LockCountdownBar</name>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation>&amp;Ontgrendeld blijven</translation>
    </message>
    <message>
        <source>Lock countdown</source>
        <translation>Aftellen tot vergrendeling</translation>
    </message>
    <message>
        <source>No activity: the console locks in {time} and blanks the shared screen.</source>
        <translation>Geen activiteit: de console vergrendelt over {time} en verbergt het gedeelde scherm.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Empty Chair is locked</source>
        <translation>De lege stoel is vergrendeld</translation>
    </message>
    <message>
        <source>A meeting in progress goes on: type the passphrase to come back to it.</source>
        <translation>Een lopende vergadering gaat door: typ de wachtzin om ernaar terug te keren.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Type the passphrase to come back to the workspace.</source>
        <translation>Typ de wachtzin om terug te keren naar de werkruimte.</translation>
    </message>
    <message numerus="yes">
        <source>It locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Ze vergrendelde zichzelf na %n minuut zonder activiteit.</numerusform>
            <numerusform>Ze vergrendelde zichzelf na %n minuten zonder activiteit.</numerusform>
        </translation>
    </message>
    <message>
        <source>It locked itself when the computer went to sleep or its screen locked.</source>
        <translation>Ze vergrendelde zichzelf toen de computer in slaapstand ging of het scherm vergrendelde.</translation>
    </message>
    <message>
        <source>It was locked by hand (Safety ▸ Lock now).</source>
        <translation>Ze werd met de hand vergrendeld (Beveiliging ▸ Nu vergrendelen).</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase.</source>
        <translation>Typ de wachtzin van de werkruimte.</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the workspace.</source>
        <translation>Deze wachtzin ontgrendelt de werkruimte niet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Werkruimte</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>Een werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Adresboek</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Betrokkenen</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Ve&amp;rgadering</translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation>Vergadering &amp;voorbereiden…</translation>
    </message>
    <message>
        <source>Presentation &amp;mode (shared screen)</source>
        <translation>&amp;Presentatiemodus (gedeeld scherm)</translation>
    </message>
    <message>
        <source>&amp;Dark shared screen</source>
        <translation>&amp;Donker gedeeld scherm</translation>
    </message>
    <message>
        <source>Shared screen &amp;on</source>
        <translation>Gedeeld scherm &amp;op</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Empty Chair</source>
        <translation>&amp;Over De lege stoel</translation>
    </message>
    <message>
        <source>{name} · {width}×{height}</source>
        <translation>{name} · {width}×{height}</translation>
    </message>
    <message>
        <source>{screen} — the console&apos;s (the preview beside it)</source>
        <translation>{screen} — dat van de console (het voorbeeld ernaast)</translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation>De werkruimte kan niet gelezen worden</translation>
    </message>
    <message>
        <source>{institution} — {file} — Empty Chair</source>
        <translation>{institution} — {file} — De lege stoel</translation>
    </message>
    <message>
        <source>The meeting about {alias} of {date} was left open. It can resume exactly where it was.</source>
        <translation>De vergadering over {alias} van {date} bleef open. Ze kan precies verdergaan waar ze was.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used once Empty Chair restarts.</source>
        <translation>De nieuwe taal wordt gebruikt zodra De lege stoel opnieuw start.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved and the demo reopens at once, with no passphrase to type. A meeting in progress stays open and can be resumed.</source>
        <translation>Nu opnieuw starten? Alles is bewaard en de demo gaat meteen weer open, zonder wachtzin. Een lopende vergadering blijft open en kan verdergaan.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved; you will type the passphrase again. A meeting in progress stays open and can be resumed.</source>
        <translation>Nu opnieuw starten? Alles is bewaard; u typt de wachtzin opnieuw. Een lopende vergadering blijft open en kan verdergaan.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Nu opnieuw &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Een werkruimte openen</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation>Werkruimtes van De lege stoel (*.emptychair);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This workspace is the one open in this window.</source>
        <translation>Deze werkruimte is de werkruimte die in dit venster geopend is.</translation>
    </message>
</context>
<context>
    <name>MeetingConsole</name>
    <message>
        <source>Meeting console</source>
        <translation>Console van de vergadering</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Case conference · {alias} · {mission} · {framework} · “{purpose}”</source>
        <translation>Casusoverleg · {alias} · {mission} · {framework} · “{purpose}”</translation>
    </message>
    <message>
        <source>Meeting state</source>
        <translation>Status van de vergadering</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Gedeeld scherm</translation>
    </message>
    <message>
        <source>Blank  F12</source>
        <translation>Verbergen  F12</translation>
    </message>
    <message>
        <source>Blank the shared screen</source>
        <translation>Het gedeelde scherm verbergen</translation>
    </message>
    <message>
        <source>Lock  Ctrl+L</source>
        <translation>Vergrendelen  Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>De console vergrendelen</translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation>Vergadering afsluiten…</translation>
    </message>
    <message>
        <source>● open {time}</source>
        <translation>● open {time}</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ afgesloten</translation>
    </message>
    <message>
        <source>○ prepared</source>
        <translation>○ voorbereid</translation>
    </message>
    <message>
        <source>Begin the meeting first: deliberate after the roll call.</source>
        <translation>Begin eerst de vergadering: moreel beraad kan pas na het opnemen van de aanwezigheden.</translation>
    </message>
    <message>
        <source>Decide the item under discussion first.</source>
        <translation>Beslis eerst over het punt dat besproken wordt.</translation>
    </message>
    <message>
        <source>No deliberation method could be read.</source>
        <translation>Geen enkele methode voor moreel beraad kon gelezen worden.</translation>
    </message>
    <message>
        <source>Begin the meeting first: the gate opens after the roll call.</source>
        <translation>Begin eerst de vergadering: een uitwisseling kan pas na het opnemen van de aanwezigheden.</translation>
    </message>
    <message>
        <source>Show  F12</source>
        <translation>Tonen  F12</translation>
    </message>
    <message>
        <source>The meeting has not started.</source>
        <translation>De vergadering is niet begonnen.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <source>The meeting&apos;s framework</source>
        <translation>Het kader van de vergadering</translation>
    </message>
    <message>
        <source>{alias} was informed</source>
        <translation>{alias} werd geïnformeerd</translation>
    </message>
    <message>
        <source>The parents were not informed</source>
        <translation>De ouders werden niet geïnformeerd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>stepped out</source>
        <translation>even buiten voor dit punt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>nog niet afgeroepen</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>mening</translation>
    </message>
    <message>
        <source>statement of {who}</source>
        <translation>uitspraak van {who}</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>uitspraak</translation>
    </message>
    <message>
        <source>{mark} not bound by secrecy</source>
        <translation>{mark} niet gebonden door beroepsgeheim</translation>
    </message>
    <message>
        <source>{mark} bound, no basis recorded</source>
        <translation>{mark} gebonden, geen grondslag geregistreerd</translation>
    </message>
    <message>
        <source>{mark} bound ({basis})</source>
        <translation>{mark} gebonden ({basis})</translation>
    </message>
    <message>
        <source>{mark} {mission}</source>
        <translation>{mark} {mission}</translation>
    </message>
    <message>
        <source>{mark} not in {mission}</source>
        <translation>{mark} niet in {mission}</translation>
    </message>
    <message>
        <source>not bound by professional secrecy</source>
        <translation>niet gebonden door het beroepsgeheim</translation>
    </message>
    <message>
        <source>no secrecy basis recorded</source>
        <translation>geen grondslag van het beroepsgeheim geregistreerd</translation>
    </message>
    <message>
        <source>does not work in {mission}</source>
        <translation>werkt niet binnen de opdracht {mission}</translation>
    </message>
    <message>
        <source>{mark} {who}: {concerns}</source>
        <translation>{mark} {who}: {concerns}</translation>
    </message>
    <message>
        <source>These attendees block sharing while they are in the room; they may be asked to step out for an item:</source>
        <translation>Deze deelnemers blokkeren het delen zolang ze in de zaal zijn; men kan hun vragen voor een punt even buiten te gaan:</translation>
    </message>
</context>
<context>
    <name>MeetingSearchBar</name>
    <message>
        <source>Search meetings by person</source>
        <translation>Vergaderingen zoeken op persoon</translation>
    </message>
    <message>
        <source>Name, alias or reference…</source>
        <translation>Naam, alias of referentie…</translation>
    </message>
    <message>
        <source>Meetings from this day</source>
        <translation>Vergaderingen vanaf deze dag</translation>
    </message>
    <message>
        <source>Meetings until this day</source>
        <translation>Vergaderingen tot en met deze dag</translation>
    </message>
    <message>
        <source>Meetings in this state</source>
        <translation>Vergaderingen met deze status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Wiss&amp;en</translation>
    </message>
    <message>
        <source>Show every meeting again</source>
        <translation>Alle vergaderingen opnieuw tonen</translation>
    </message>
    <message>
        <source>Perso&amp;n:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>om het even</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>voorbereid</translation>
    </message>
    <message>
        <source>open — can be resumed</source>
        <translation>open — kan verdergaan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Prepare a meeting</source>
        <translation>Een vergadering voorbereiden</translation>
    </message>
    <message>
        <source>A case conference is about a person, or about several members of one family: add a person concerned first.</source>
        <translation>Een casusoverleg gaat over één persoon, of over meerdere leden van één gezin: voeg eerst een betrokkene toe.</translation>
    </message>
    <message>
        <source>&amp;Add the person concerned…</source>
        <translation>De betrokkene &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Saved: the meeting about {alias} on {date}. Open it when the team is there; until then it can still be edited.</source>
        <translation>Bewaard: de vergadering over {alias} op {date}. Open ze wanneer het team er is; tot dan kan ze nog bewerkt worden.</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>De vergadering verwijderen</translation>
    </message>
    <message>
        <source>It has not been opened, so nothing was shared. This cannot be undone.</source>
        <translation>Ze werd niet geopend, er werd dus niets gedeeld. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>&amp;Delete the meeting</source>
        <translation>De vergadering &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>Delete the prepared meeting for {alias} on {date}?
Purpose: {purpose}</source>
        <translation>De voorbereide vergadering voor {alias} op {date} verwijderen?
Doel: {purpose}</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Verslag exporteren</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Case conferences</source>
        <translation>Casusoverleg</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation>Vergadering &amp;voorbereiden…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>E&amp;xport minutes…</source>
        <translation>Verslag e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) found</source>
        <translation>
            <numerusform>{count} vergadering gevonden</numerusform>
            <numerusform>{count} vergaderingen gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s)</source>
        <translation>
            <numerusform>{count} vergadering</numerusform>
            <numerusform>{count} vergaderingen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Verder&amp;gaan</translation>
    </message>
    <message>
        <source>Delete this prepared meeting (Delete key). Nothing of it is kept.</source>
        <translation>Deze voorbereide vergadering verwijderen (Delete-toets). Er blijft niets van bewaard.</translation>
    </message>
    <message>
        <source>Select a prepared meeting to delete it.</source>
        <translation>Selecteer een voorbereide vergadering om ze te verwijderen.</translation>
    </message>
    <message>
        <source>An open or closed meeting holds a record: it cannot be deleted here. It is removed only by retention (Safety ▸ Purge old meetings) or by erasing the person&apos;s data.</source>
        <translation>Een geopende of afgesloten vergadering bevat een verslag: ze kan hier niet verwijderd worden. Ze verdwijnt alleen via de bewaartermijn (Beveiliging ▸ Oude vergaderingen opschonen) of door de gegevens van de persoon te wissen.</translation>
    </message>
</context>
<context>
    <name>MissionsEditor</name>
    <message>
        <source>Missions</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>New mission, e.g. Youth care</source>
        <translation>Nieuwe opdracht, bv. Jeugdhulp</translation>
    </message>
    <message>
        <source>New mission name</source>
        <translation>Naam van de nieuwe opdracht</translation>
    </message>
    <message>
        <source>Add mission</source>
        <translation>Opdracht toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>NotShareReasonDialog</name>
    <message>
        <source>Not share</source>
        <translation>Niet delen</translation>
    </message>
    <message>
        <source>Every condition is met. Why does the team choose not to share? The reason is recorded; what the item says is not.</source>
        <translation>Alle voorwaarden zijn vervuld. Waarom kiest het team ervoor niet te delen? De reden wordt vastgelegd; wat het punt zegt niet.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Kies een reden uit de lijst.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Framework: {name}</source>
        <translation>Kader: {name}</translation>
    </message>
    <message>
        <source>{condition}: {reason}</source>
        <translation>{condition}: {reason}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Our rule of conduct</source>
        <translation>Onze gedragsregel</translation>
    </message>
    <message>
        <source>Rule of conduct</source>
        <translation>Gedragsregel</translation>
    </message>
    <message>
        <source>Why we meet</source>
        <translation>Waarom we samenkomen</translation>
    </message>
    <message>
        <source>Start roll call</source>
        <translation>Aanwezigheden opnemen</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ve&amp;rbergen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>De wachtzin verbergen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>De wachtzin tonen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People concerned</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>De betrokkenen filteren</translation>
    </message>
    <message>
        <source>Filter by name, alias, reference…</source>
        <translation>Filteren op naam, alias, referentie…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>&amp;Persoon toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Prepare a mee&amp;ting…</source>
        <translation>Een &amp;vergadering voorbereiden…</translation>
    </message>
    <message>
        <source>Prepare a case conference about this person</source>
        <translation>Een casusoverleg over deze persoon voorbereiden</translation>
    </message>
    <message>
        <source>No person concerned yet. Add the person the team meets about: their name, the alias the minutes use, and their wishes.</source>
        <translation>Nog geen betrokkene. Voeg de persoon toe over wie het team samenkomt: de naam, de alias die de verslagen gebruiken, en de wensen van die persoon.</translation>
    </message>
    <message>
        <source>Add the person concerned…</source>
        <translation>De betrokkene toevoegen…</translation>
    </message>
    <message>
        <source>Known wishes</source>
        <translation>Gekende wensen</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Toestemming registreren…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrigeren…</translation>
    </message>
    <message>
        <source>Correct a record entered wrongly: the old one is kept in the history</source>
        <translation>Een verkeerd ingevoerde registratie corrigeren: de oude blijft bewaard in de geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Show repl&amp;aced records</source>
        <translation>Ve&amp;rvangen registraties tonen</translation>
    </message>
    <message>
        <source>Record their consent…</source>
        <translation>De toestemming registreren…</translation>
    </message>
    <message>
        <source>No consent recorded for {name}. Record what they agreed to share and with whom, what they refused, or why they could not be asked.</source>
        <translation>Geen toestemming geregistreerd voor {name}. Registreer wat de persoon toestaat te delen en met wie, wat de persoon weigerde, of waarom het niet gevraagd kon worden.</translation>
    </message>
    <message>
        <source>Select a person to see their consents.</source>
        <translation>Selecteer een persoon om de toestemmingen te zien.</translation>
    </message>
    <message>
        <source>{name} — “{alias}” in minutes</source>
        <translation>{name} — “{alias}” in verslagen</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets geregistreerd</translation>
    </message>
    <message>
        <source>Known wishes: {wishes}</source>
        <translation>Gekende wensen: {wishes}</translation>
    </message>
    <message>
        <source>Minor, {age} — parental authority: {holders}</source>
        <translation>Minderjarig, {age} jaar — ouderlijk gezag: {holders}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <source>Capacity to understand: {assessment} ({date}, {who})</source>
        <translation>Vermogen om te begrijpen: {assessment} ({date}, {who})</translation>
    </message>
    <message>
        <source>Capacity to understand: not assessed yet</source>
        <translation>Vermogen om te begrijpen: nog niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person concerned</source>
        <translation>Een betrokkene toevoegen</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Een persoon bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Alias in minutes</source>
        <translation>Alias in verslagen</translation>
    </message>
    <message>
        <source>initials or a pseudonym, e.g. J.D.</source>
        <translation>initialen of een schuilnaam, bv. J.D.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>your file number, optional</source>
        <translation>uw dossiernummer, niet verplicht</translation>
    </message>
    <message>
        <source>Household or family</source>
        <translation>Gezin of familie</translation>
    </message>
    <message>
        <source>e.g. Lambert family, optional</source>
        <translation>bv. gezin Lambert, optioneel</translation>
    </message>
    <message>
        <source>Place in the household</source>
        <translation>Plaats in het gezin</translation>
    </message>
    <message>
        <source>&amp;Date of birth known:</source>
        <translation>Geboorte&amp;datum bekend:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Who holds parental authority</source>
        <translation>Wie het ouderlijk gezag uitoefent</translation>
    </message>
    <message>
        <source>e.g. both parents; the mother</source>
        <translation>bv. beide ouders; de moeder</translation>
    </message>
    <message>
        <source>Capacity to understand</source>
        <translation>Vermogen om te begrijpen</translation>
    </message>
    <message>
        <source>What the child understands of what is shared, and how they were told</source>
        <translation>Wat het kind begrijpt van wat gedeeld wordt, en hoe het verteld werd</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>who made the assessment</source>
        <translation>wie de beoordeling maakte</translation>
    </message>
    <message>
        <source>A minor: informed according to age and maturity</source>
        <translation>Minderjarig: geïnformeerd naar leeftijd en maturiteit</translation>
    </message>
    <message>
        <source>Parental &amp;authority:</source>
        <translation>Ouderlijk &amp;gezag:</translation>
    </message>
    <message>
        <source>&amp;Capacity to understand:</source>
        <translation>&amp;Vermogen om te begrijpen:</translation>
    </message>
    <message>
        <source>Assessed on, &amp;by:</source>
        <translation>Beoordeeld op, d&amp;oor:</translation>
    </message>
    <message>
        <source>Known wishes</source>
        <translation>Gekende wensen</translation>
    </message>
    <message>
        <source>What the person has said they want. It is shown to the team when the chair is empty, to answer: what would they have wanted?</source>
        <translation>Wat de persoon zelf gezegd heeft te willen. Het team ziet dit wanneer de stoel leeg is, om te antwoorden op: wat zou de persoon gewild hebben?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Geboren:</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Gezin:</translation>
    </message>
    <message>
        <source>&amp;Place in it:</source>
        <translation>&amp;Plaats erin:</translation>
    </message>
    <message>
        <source>Known &amp;wishes:</source>
        <translation>Gekende &amp;wensen:</translation>
    </message>
    <message>
        <source>Discard the changes to this person?</source>
        <translation>De wijzigingen aan deze persoon niet bewaren?</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Vul de naam van de persoon in.</translation>
    </message>
    <message>
        <source>Enter the alias the minutes use for this person (e.g. initials).</source>
        <translation>Vul de alias in die de verslagen voor deze persoon gebruiken (bv. initialen).</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>{household} — {relationship}</source>
        <translation>{household} — {relationship}</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone — ask {alias} first</source>
        <translation>Uitstellen — eerst {alias} vragen</translation>
    </message>
    <message>
        <source>Who will ask</source>
        <translation>Wie het vraagt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Choose who will ask.</source>
        <translation>Kies wie het zal vragen.</translation>
    </message>
    <message>
        <source>Postpone — ask {alias} and {parents_of}&apos;s parents first</source>
        <translation>Uitstellen — eerst {alias} en de ouders van {parents_of} vragen</translation>
    </message>
    <message>
        <source>Postpone — ask {alias}&apos;s parents first</source>
        <translation>Uitstellen — eerst de ouders van {alias} vragen</translation>
    </message>
    <message>
        <source>Ask {alias} and {parents_of}&apos;s parents whether we may share an item ({category})</source>
        <translation>{alias} en de ouders van {parents_of} vragen of we een punt mogen delen ({category})</translation>
    </message>
    <message>
        <source>Ask {alias} and {parents_of}&apos;s parents whether we may share an item</source>
        <translation>{alias} en de ouders van {parents_of} vragen of we een punt mogen delen</translation>
    </message>
    <message>
        <source>Ask {alias}&apos;s parents whether we may share an item ({category})</source>
        <translation>De ouders van {alias} vragen of we een punt mogen delen ({category})</translation>
    </message>
    <message>
        <source>Ask {alias}&apos;s parents whether we may share an item</source>
        <translation>De ouders van {alias} vragen of we een punt mogen delen</translation>
    </message>
    <message>
        <source>Ask {alias} whether we may share an item ({category})</source>
        <translation>{alias} vragen of we een punt mogen delen ({category})</translation>
    </message>
    <message>
        <source>Ask {alias} whether we may share an item</source>
        <translation>Aan {alias} vragen of we een punt mogen delen</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Een datum vastleggen</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Who will ask</source>
        <translation>&amp;Wie vraagt het</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>B&amp;y when</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>The action is kept in the minutes; the item&apos;s wording is not.</source>
        <translation>De actie komt in het verslag; de formulering van het punt niet.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Write what will be asked.</source>
        <translation>Schrijf wat er gevraagd wordt.</translation>
    </message>
    <message>
        <source>The action must not repeat the item&apos;s wording: it is kept, the wording is not.</source>
        <translation>De actie mag de formulering van het punt niet herhalen: de actie wordt bewaard, de formulering niet.</translation>
    </message>
</context>
<context>
    <name>PrepareMeetingDialog</name>
    <message>
        <source>Prepare a case conference</source>
        <translation>Een casusoverleg voorbereiden</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>De vergadering bewerken</translation>
    </message>
    <message>
        <source>Discard the changes to this meeting?</source>
        <translation>De wijzigingen aan deze vergadering niet bewaren?</translation>
    </message>
    <message>
        <source>The persons take part</source>
        <translation>De personen nemen deel</translation>
    </message>
    <message>
        <source>For everyone; each one&apos;s own participation is changed at the roll call.</source>
        <translation>Voor iedereen; ieders eigen deelname wordt bij de aanwezigheidscontrole aangepast.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Also concerned</source>
        <translation>Ook betrokken</translation>
    </message>
    <message>
        <source>A meeting about a family: tick each other person it concerns (Space).</source>
        <translation>Een overleg over een gezin: vink elke andere betrokken persoon aan (spatie).</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (standaard)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Why we meet, e.g. keep J. at home safely</source>
        <translation>Waarom we samenkomen, bv. J. veilig thuis laten wonen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Punt &amp;toevoegen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Naar &amp;onder</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Genodigden</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>represented by an advocate:</source>
        <translation>vertegenwoordigd door een woordvoerder:</translation>
    </message>
    <message>
        <source>absent (the empty chair)</source>
        <translation>afwezig (de lege stoel)</translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation>Naam van de woordvoerder</translation>
    </message>
    <message>
        <source>Informed beforehand, how:</source>
        <translation>Vooraf op de hoogte gebracht, hoe:</translation>
    </message>
    <message>
        <source>How the person was informed</source>
        <translation>Hoe de persoon op de hoogte gebracht werd</translation>
    </message>
    <message>
        <source>e.g. told in person on Monday</source>
        <translation>bv. maandag persoonlijk gezegd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>e.g. meeting room, 2nd floor, Rue des Écoles 4</source>
        <translation>bv. vergaderzaal, 2e verdieping, Schoolstraat 4</translation>
    </message>
    <message>
        <source>Already set, on:</source>
        <translation>Al vastgelegd, op:</translation>
    </message>
    <message>
        <source>Next meeting date</source>
        <translation>Datum van de volgende vergadering</translation>
    </message>
    <message>
        <source>The person takes part</source>
        <translation>De persoon neemt deel</translation>
    </message>
    <message>
        <source>{person} — {relationship}</source>
        <translation>{person} — {relationship}</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende vergadering</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation>De vergadering bewaren</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Beslissingen en acties</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>Choose the person concerned.</source>
        <translation>Kies de betrokkene.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s mission.</source>
        <translation>Kies de opdracht van de vergadering.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s framework.</source>
        <translation>Kies het kader van de vergadering.</translation>
    </message>
    <message>
        <source>Write the purpose: why we meet.</source>
        <translation>Schrijf het doel: waarom we samenkomen.</translation>
    </message>
    <message>
        <source>Choose who facilitates the meeting.</source>
        <translation>Kies wie de vergadering leidt.</translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation>Elk agendapunt heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Invite at least one professional from the directory.</source>
        <translation>Nodig minstens één hulpverlener uit het adresboek uit.</translation>
    </message>
    <message>
        <source>Say how {alias} takes part.</source>
        <translation>Zeg hoe {alias} deelneemt.</translation>
    </message>
    <message>
        <source>Write the name of the advocate who represents {alias}.</source>
        <translation>Schrijf de naam van de woordvoerder die {alias} vertegenwoordigt.</translation>
    </message>
    <message>
        <source>Say how {alias} was informed.</source>
        <translation>Zeg hoe {alias} op de hoogte gebracht werd.</translation>
    </message>
    <message>
        <source>The next meeting comes after this one: check its date.</source>
        <translation>De volgende vergadering komt na deze: controleer de datum.</translation>
    </message>
</context>
<context>
    <name>PriorInformationFields</name>
    <message>
        <source>Holders of parental authority informed</source>
        <translation>Houders van het ouderlijk gezag geïnformeerd</translation>
    </message>
    <message>
        <source>{alias}: too young to be informed (age, maturity)</source>
        <translation>{alias}: te jong om te informeren (leeftijd, maturiteit)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De betrokkene</translation>
    </message>
    <message>
        <source>If not informed: why informing them would be contrary to {alias}&apos;s interest</source>
        <translation>Indien niet geïnformeerd: waarom hen informeren tegen het belang van {alias} zou ingaan</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>de betrokkene</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Add a professional</source>
        <translation>Een hulpverlener toevoegen</translation>
    </message>
    <message>
        <source>Edit a professional</source>
        <translation>Een hulpverlener bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist</source>
        <translation>bv. maatschappelijk werker, psycholoog</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Bound by professional secrecy</source>
        <translation>&amp;Gebonden door het beroepsgeheim</translation>
    </message>
    <message>
        <source>Basis of the secrecy</source>
        <translation>Grondslag van het beroepsgeheim</translation>
    </message>
    <message>
        <source>profession, function or law</source>
        <translation>beroep, functie of wet</translation>
    </message>
    <message>
        <source>A&amp;ctive (can be invited)</source>
        <translation>A&amp;ctief (kan uitgenodigd worden)</translation>
    </message>
    <message>
        <source>Works within the missions</source>
        <translation>Werkt binnen de opdrachten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Ba&amp;sis:</source>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <source>Discard the changes to this professional?</source>
        <translation>De wijzigingen aan deze hulpverlener niet bewaren?</translation>
    </message>
    <message>
        <source>Enter the professional&apos;s name.</source>
        <translation>Vul de naam van de hulpverlener in.</translation>
    </message>
</context>
<context>
    <name>ProfessionalsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>✗ Not bound</source>
        <translation>✗ Niet gebonden</translation>
    </message>
    <message>
        <source>✓ {basis}</source>
        <translation>✓ {basis}</translation>
    </message>
    <message>
        <source>⚠ No basis</source>
        <translation>⚠ Geen grondslag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent openen</translation>
    </message>
    <message>
        <source>No workspace opened yet</source>
        <translation>Nog geen werkruimte geopend</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Decisions &amp; actions</source>
        <translation>Beslissingen en acties</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Beslissingen en acties</translation>
    </message>
    <message>
        <source>+ Decision…</source>
        <translation>+ Beslissing…</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Een beslissing toevoegen</translation>
    </message>
    <message>
        <source>+ Action…</source>
        <translation>+ Actie…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Een actie toevoegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Edit the selected decision or action</source>
        <translation>De gekozen beslissing of actie wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected decision or action</source>
        <translation>De gekozen beslissing of actie verwijderen</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Beslissing: {text}</translation>
    </message>
    <message>
        <source>Action: {who} — {what} — by {due}</source>
        <translation>Actie: {who} — {what} — tegen {due}</translation>
    </message>
    <message>
        <source>Action: {who} — {what}</source>
        <translation>Actie: {who} — {what}</translation>
    </message>
    <message>
        <source>Delete this line? {text}</source>
        <translation>Deze regel verwijderen? {text}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — Empty Chair</source>
        <translation>Terugzetten vanuit een back-up — De lege stoel</translation>
    </message>
    <message>
        <source>Choose a backup. It is checked first; the current workspace file is never overwritten: it is kept next to it, renamed.</source>
        <translation>Kies een back-up. Ze wordt eerst gecontroleerd; het huidige bestand van de werkruimte wordt nooit overschreven: het blijft ernaast bewaard, onder een andere naam.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtzin van de back-up</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>Er is nog geen back-up van deze werkruimte.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Wachtzin van de back-up:</translation>
    </message>
    <message>
        <source>&amp;Check and restore</source>
        <translation>&amp;Controleren en terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Kies een back-up.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Typ de wachtzin van de back-up.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Back-up wordt gecontroleerd en teruggezet…</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Type the passphrase the workspace had when the backup was made.</source>
        <translation>Deze wachtzin opent de back-up niet. Typ de wachtzin die de werkruimte had toen de back-up gemaakt werd.</translation>
    </message>
    <message>
        <source>Nothing was restored. {reason}</source>
        <translation>Er werd niets teruggezet. {reason}</translation>
    </message>
    <message>
        <source>What was done after this backup was made has been applied to it again: {erasures} erasure(s) of a person, {purges} purge(s) of old meetings. Nobody erased comes back.</source>
        <translation>Wat na het maken van deze back-up gebeurde, werd er opnieuw op toegepast: {erasures} keer een persoon gewist, {purges} keer oude vergaderingen opgeschoond. Niemand die gewist werd, komt terug.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The workspace did not open</source>
        <translation>De werkruimte ging niet open</translation>
    </message>
    <message>
        <source>No backup of this workspace was found in {folder}.</source>
        <translation>Er werd geen back-up van deze werkruimte gevonden in {folder}.</translation>
    </message>
    <message>
        <source>A backup from {date} exists. Restore a backup now?</source>
        <translation>Er bestaat een back-up van {date}. Nu een back-up terugzetten?</translation>
    </message>
    <message>
        <source>Updating Empty Chair is the better choice. </source>
        <translation>De lege stoel bijwerken is de betere keuze. </translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&amp;Resume it now</source>
        <translation>Nu &amp;verdergaan</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Purge old meetings — Empty Chair</source>
        <translation>Oude vergaderingen opschonen — De lege stoel</translation>
    </message>
    <message>
        <source>Meetings are kept {years} years. {count} meeting(s) ended before {cutoff}: they will be deleted with everything minuted in them. The audit log will keep only that a purge happened, how many, and the dates.</source>
        <translation>Vergaderingen worden {years} jaar bewaard. {count} vergadering(en) eindigde(n) voor {cutoff}: ze worden verwijderd met alles wat erin genoteerd werd. Het auditlogboek houdt alleen bij dat er opgeschoond werd, hoeveel, en de data.</translation>
    </message>
    <message>
        <source>{n} old meeting(s) still open are kept until they are closed.</source>
        <translation>{n} oude vergadering(en) die nog open zijn, blijven bewaard tot ze afgesloten worden.</translation>
    </message>
    <message>
        <source>Meetings to purge</source>
        <translation>Op te schonen vergaderingen</translation>
    </message>
    <message>
        <source>&amp;Delete {count} meeting(s)</source>
        <translation>{count} vergadering(en) &amp;verwijderen</translation>
    </message>
    <message>
        <source>Deleting the meetings and rewriting the file…</source>
        <translation>Vergaderingen worden verwijderd en het bestand herschreven…</translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <source>Roll call</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Arrows to move · Space toggles · P present · E excused</source>
        <translation>Pijltjes om te bewegen · Spatie wisselt · P aanwezig · E verontschuldigd</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Genodigden</translation>
    </message>
    <message>
        <source>&amp;Present  P</source>
        <translation>&amp;Aanwezig  P</translation>
    </message>
    <message>
        <source>&amp;Excused  E</source>
        <translation>&amp;Verontschuldigd  E</translation>
    </message>
    <message>
        <source>&amp;Begin the meeting</source>
        <translation>&amp;De vergadering beginnen</translation>
    </message>
    <message>
        <source>Confidentiality undertaking — each person arriving confirms it:
“{text}”</source>
        <translation>Vertrouwelijkheidsverklaring — elke persoon die aankomt bevestigt ze:
‘{text}’</translation>
    </message>
    <message>
        <source>&amp;Undertaking given  U</source>
        <translation>Verklaring &amp;gegeven  U</translation>
    </message>
    <message>
        <source>&amp;All present confirm the undertaking</source>
        <translation>All&amp;e aanwezigen bevestigen de verklaring</translation>
    </message>
    <message>
        <source>Arrows to move · Space toggles · P present · E excused · U undertaking given</source>
        <translation>Pijltjes om te bewegen · spatie wisselt · P aanwezig · E verontschuldigd · U verklaring gegeven</translation>
    </message>
</context>
<context>
    <name>RoomModel</name>
    <message>
        <source>undertaking not confirmed: not bound until they confirm it</source>
        <translation>verklaring niet bevestigd: niet gebonden tot ze bevestigd is</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room</source>
        <extracomment>Saves a new professional to the directory; returns &quot;&quot; or the sentence saying why it failed.</extracomment>
        <translation>De zaal</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Aankomen</translation>
    </message>
    <message>
        <source>Step out</source>
        <translation>Even buiten gaan</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Terugkomen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Vertrekken</translation>
    </message>
    <message>
        <source>Confirms the undertaking</source>
        <translation>Bevestigt de verklaring</translation>
    </message>
    <message>
        <source>{action}  {key}</source>
        <translation>{action}  {key}</translation>
    </message>
    <message>
        <source>Someone arrives…</source>
        <translation>Iemand komt binnen…</translation>
    </message>
    <message>
        <source>+ Someone arrives…  N</source>
        <translation>+ Iemand komt binnen…  N</translation>
    </message>
    <message>
        <source>Someone arrives</source>
        <translation>Iemand komt binnen</translation>
    </message>
    <message>
        <source>Add someone who walked in: from the directory, or a new professional</source>
        <translation>Iemand toevoegen die binnenkwam: uit het adresboek, of een nieuwe hulpverlener</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokken persoon</translation>
    </message>
    <message>
        <source>The person&apos;s participation</source>
        <translation>De deelname van de persoon</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>represented by an advocate</source>
        <translation>vertegenwoordigd door een woordvoerder</translation>
    </message>
    <message>
        <source>absent: empty chair</source>
        <translation>afwezig: lege stoel</translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation>Naam van de woordvoerder</translation>
    </message>
    <message>
        <source>Advocate&apos;s name, then Enter</source>
        <translation>Naam van de woordvoerder, dan Enter</translation>
    </message>
    <message>
        <source>Show known wishes on the shared screen</source>
        <translation>Gekende wensen op het gedeelde scherm tonen</translation>
    </message>
    <message>
        <source>Only while everyone in the room is bound by secrecy and works in the mission; they hide again at once otherwise.</source>
        <translation>Alleen zolang iedereen in de zaal gebonden is door het beroepsgeheim en binnen de opdracht werkt; anders verdwijnen ze meteen weer.</translation>
    </message>
    <message>
        <source>Known wishes on the shared screen</source>
        <translation>Gekende wensen op het gedeelde scherm</translation>
    </message>
    <message>
        <source>In the room ({n})</source>
        <translation>In de zaal ({n})</translation>
    </message>
    <message>
        <source>Back in the room now that the item is decided: {names}.</source>
        <translation>Terug in de zaal nu over het punt beslist is: {names}.</translation>
    </message>
    <message>
        <source>No known wishes are recorded.</source>
        <translation>Er zijn geen gekende wensen geregistreerd.</translation>
    </message>
    <message>
        <source>Known wishes stay on this console.</source>
        <translation>Gekende wensen blijven op deze console.</translation>
    </message>
    <message>
        <source>Known wishes are on the shared screen.</source>
        <translation>Gekende wensen staan op het gedeelde scherm.</translation>
    </message>
    <message>
        <source>Hidden: {names} may not see them.</source>
        <translation>Verborgen: {names} mag ze niet zien.</translation>
    </message>
    <message>
        <source>{alias} — present</source>
        <translation>{alias} — aanwezig</translation>
    </message>
    <message>
        <source>{alias} — represented by {advocate}</source>
        <translation>{alias} — vertegenwoordigd door {advocate}</translation>
    </message>
    <message>
        <source>◌ {alias} — absent: empty chair</source>
        <translation>◌ {alias} — afwezig: lege stoel</translation>
    </message>
    <message>
        <source>Attendee actions</source>
        <translation>Acties voor de deelnemer</translation>
    </message>
    <message>
        <source>A new professional cannot be saved here.</source>
        <translation>Een nieuwe hulpverlener kan hier niet bewaard worden.</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Vertrouwelijkheidsverklaring</translation>
    </message>
    <message>
        <source>{name} confirms the confidentiality undertaking:</source>
        <translation>{name} bevestigt de vertrouwelijkheidsverklaring:</translation>
    </message>
    <message>
        <source>&amp;Confirms it</source>
        <translation>&amp;Bevestigt</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Nog niet</translation>
    </message>
    <message>
        <source>Write the advocate&apos;s name.</source>
        <translation>Schrijf de naam van de woordvoerder.</translation>
    </message>
    <message>
        <source>In the room ({count}): {people}</source>
        <translation>In de zaal ({count}): {people}</translation>
    </message>
    <message>
        <source>In the room: nobody yet</source>
        <translation>In de zaal: nog niemand</translation>
    </message>
    <message>
        <source>Stepped out for this item: {people}</source>
        <translation>Even buiten voor dit punt: {people}</translation>
    </message>
    <message>
        <source>Shared so far: {shared} · Considered, not shared: {withheld}</source>
        <translation>Tot nu toe gedeeld: {shared} · Besproken, niet gedeeld: {withheld}</translation>
    </message>
</context>
<context>
    <name>RunningMeeting</name>
    <message>
        <source>Open the meeting</source>
        <translation>De vergadering openen</translation>
    </message>
    <message>
        <source>This meeting&apos;s framework cannot be used, its file is wrong or missing: {problem}. Nothing was changed; ask whoever installed the framework to correct its file.</source>
        <translation>Het kader van deze vergadering kan niet gebruikt worden, het bestand bevat een fout of ontbreekt: {problem}. Er werd niets gewijzigd; vraag wie het kader geïnstalleerd heeft om het bestand te verbeteren.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Beveiliging</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Wachtzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>Check the whole &amp;history…</source>
        <translation>Volledige &amp;geschiedenis controleren…</translation>
    </message>
    <message>
        <source>P&amp;urge old meetings…</source>
        <translation>&amp;Oude vergaderingen opschonen…</translation>
    </message>
    <message>
        <source>Export the selected person&apos;s &amp;record…</source>
        <translation>&amp;Dossier van de gekozen persoon exporteren…</translation>
    </message>
    <message>
        <source>&amp;Erase the selected person…</source>
        <translation>De gekozen persoon w&amp;issen…</translation>
    </message>
    <message>
        <source>Check the whole history</source>
        <translation>Volledige geschiedenis controleren</translation>
    </message>
    <message>
        <source>Not while a meeting runs: check the whole history after the meeting.</source>
        <translation>Niet tijdens een vergadering: controleer de volledige geschiedenis na de vergadering.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>The workspace was closed for the restore. Empty Chair closes now.</source>
        <translation>De werkruimte werd gesloten om terug te zetten. De lege stoel sluit nu af.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Gathering the person&apos;s record…</source>
        <translation>Het dossier van de persoon wordt verzameld…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>The backup was checked and restored. The previous file was kept as {file}. Empty Chair closes now: open it again to use the restored workspace.</source>
        <translation>De back-up werd gecontroleerd en teruggezet. Het vorige bestand werd bewaard als {file}. De lege stoel sluit nu af: open het opnieuw om de teruggezette werkruimte te gebruiken.</translation>
    </message>
    <message>
        <source>Purge old meetings</source>
        <translation>Oude vergaderingen opschonen</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
    <message>
        <source>Select a person in the People section first.</source>
        <translation>Selecteer eerst een persoon bij Betrokkenen.</translation>
    </message>
    <message>
        <source>The record was saved as {file}.</source>
        <translation>Het dossier werd bewaard als {file}.</translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation>Het dossier werd niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Person&apos;s record</source>
        <translation>Dossier van de persoon</translation>
    </message>
</context>
<context>
    <name>ScreenAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{mark} {number}. {title}</source>
        <translation>{mark} {number}. {title}</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{number}. {title} · {minutes} min</source>
        <translation>{number}. {title} · {minutes} min</translation>
    </message>
    <message>
        <source>{elapsed} / {box}</source>
        <translation>{elapsed} / {box}</translation>
    </message>
    <message>
        <source>+{over} over time</source>
        <translation>+{over} over tijd</translation>
    </message>
    <message>
        <source>… {count} earlier items</source>
        <translation>… {count} vorige punten</translation>
    </message>
    <message>
        <source>… {count} more items</source>
        <translation>… nog {count} punten</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Empty Chair</source>
        <translation>Instellingen — De lege stoel</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Voorziening</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <source>After saving, Empty Chair offers to restart in the new language.</source>
        <translation>Na het bewaren stelt De lege stoel voor om opnieuw te starten in de nieuwe taal.</translation>
    </message>
    <message>
        <source>How minutes name the person</source>
        <translation>Hoe verslagen de persoon noemen</translation>
    </message>
    <message>
        <source>By their alias (e.g. J.D.)</source>
        <translation>Met de alias (bv. J.D.)</translation>
    </message>
    <message>
        <source>By their full name</source>
        <translation>Met de volledige naam</translation>
    </message>
    <message>
        <source>Lock after minutes of inactivity</source>
        <translation>Vergrendelen na minuten zonder activiteit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>During a meeting, lock after minutes</source>
        <translation>Tijdens een vergadering vergrendelen na minuten</translation>
    </message>
    <message>
        <source>The console counts down the last minute first, so the team can stay.</source>
        <translation>De console telt eerst de laatste minuut af, zodat het team kan blijven.</translation>
    </message>
    <message>
        <source>Keep closed meetings for (years)</source>
        <translation>Afgesloten vergaderingen bewaren (jaar)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Deliberation method</source>
        <translation>Methode voor moreel beraad</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Minutes &amp;name the person:</source>
        <translation>Verslagen &amp;noemen de persoon:</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Vergrende&amp;len na:</translation>
    </message>
    <message>
        <source>&amp;During a meeting, lock after:</source>
        <translation>Tijdens een vergadering ve&amp;rgrendelen na:</translation>
    </message>
    <message>
        <source>Keep closed mee&amp;tings:</source>
        <translation>Afgesloten vergaderingen &amp;bewaren:</translation>
    </message>
    <message>
        <source>D&amp;eliberation method:</source>
        <translation>&amp;Methode voor moreel beraad:</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Vertrouwelijkheidsverklaring</translation>
    </message>
    <message>
        <source>As the framework says (asked)</source>
        <translation>Zoals het kader zegt (gevraagd)</translation>
    </message>
    <message>
        <source>As the framework says (not asked)</source>
        <translation>Zoals het kader zegt (niet gevraagd)</translation>
    </message>
    <message>
        <source>Asked at every check-in</source>
        <translation>Bij elke aankomst gevraagd</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Text of the undertaking</source>
        <translation>Tekst van de verklaring</translation>
    </message>
    <message>
        <source>Empty: the framework&apos;s own text. Until someone confirms it, they count as not bound by secrecy.</source>
        <translation>Leeg: de eigen tekst van het kader. Zolang iemand ze niet bevestigd heeft, geldt die persoon als niet gebonden door het beroepsgeheim.</translation>
    </message>
    <message>
        <source>Ask &amp;at check-in:</source>
        <translation>Vragen bi&amp;j aankomst:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Tek&amp;st:</translation>
    </message>
    <message>
        <source>professionals: {n}</source>
        <translation>hulpverleners: {n}</translation>
    </message>
    <message>
        <source>prepared or open meetings: {n}</source>
        <translation>voorbereide of geopende vergaderingen: {n}</translation>
    </message>
    <message>
        <source>consent records: {n}</source>
        <translation>toestemmingen: {n}</translation>
    </message>
    <message>
        <source>Missions still in use</source>
        <translation>Opdrachten die nog gebruikt worden</translation>
    </message>
    <message>
        <source>You removed missions that are still in use:</source>
        <translation>U hebt opdrachten verwijderd die nog gebruikt worden:</translation>
    </message>
    <message>
        <source>If you remove them anyway, these records keep referring to a mission that no longer exists: it shows as a code and can no longer be chosen.</source>
        <translation>Als u ze toch verwijdert, blijven deze gegevens verwijzen naar een opdracht die niet meer bestaat: ze verschijnt als een code en kan niet meer gekozen worden.</translation>
    </message>
    <message>
        <source>&amp;Remove anyway</source>
        <translation>Toch &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep the missions</source>
        <translation>De opdrachten &amp;behouden</translation>
    </message>
    <message>
        <source>The missions still in use are back in the list. Nothing else changed.</source>
        <translation>De opdrachten die nog gebruikt worden, staan weer in de lijst. Er is niets anders gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SharedItemsModel</name>
    <message>
        <source>“{wording}”</source>
        <translation>“{wording}”</translation>
    </message>
</context>
<context>
    <name>SharedItemsPanel</name>
    <message>
        <source>Information shared</source>
        <translation>Gedeelde informatie</translation>
    </message>
    <message>
        <source>Nothing has been shared yet.</source>
        <translation>Er werd nog niets gedeeld.</translation>
    </message>
    <message>
        <source>• {category} · shared by {name}</source>
        <translation>• {category} · gedeeld door {name}</translation>
    </message>
    <message>
        <source>“{wording}”</source>
        <translation>“{wording}”</translation>
    </message>
    <message>
        <source>… and {count} earlier</source>
        <translation>… en {count} eerder</translation>
    </message>
</context>
<context>
    <name>SharedScreenWindow</name>
    <message>
        <source>Case conference · {alias}</source>
        <translation>Casusoverleg · {alias}</translation>
    </message>
    <message>
        <source>Meeting paused</source>
        <translation>Vergadering gepauzeerd</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Show Meetings, Directory or People</source>
        <translation>Vergaderingen, Adresboek of Betrokkenen tonen</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Een vergadering voorbereiden</translation>
    </message>
    <message>
        <source>Show the shared screen (during a meeting)</source>
        <translation>Het gedeelde scherm tonen (tijdens een vergadering)</translation>
    </message>
    <message>
        <source>Lock Empty Chair now</source>
        <translation>De lege stoel nu vergrendelen</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Een nieuwe werkruimte aanmaken</translation>
    </message>
    <message>
        <source>Open another workspace</source>
        <translation>Een andere werkruimte openen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Deze lijst met sneltoetsen</translation>
    </message>
    <message>
        <source>Quit (a meeting in progress resumes next time)</source>
        <translation>Afsluiten (een lopende vergadering gaat de volgende keer verder)</translation>
    </message>
    <message>
        <source>Open or edit the selected row</source>
        <translation>De geselecteerde rij openen of bewerken</translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation>Het adresboek filteren</translation>
    </message>
    <message>
        <source>Delete the selected prepared meeting</source>
        <translation>De geselecteerde voorbereide vergadering verwijderen</translation>
    </message>
    <message>
        <source>Propose a disclosure (opens the gate)</source>
        <translation>Een uitwisseling voorstellen (opent de toets)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <source>Blank the shared screen, or show it again</source>
        <translation>Het gedeelde scherm verbergen, of weer tonen</translation>
    </message>
    <message>
        <source>Shared screen: full screen, or back to a window</source>
        <translation>Gedeeld scherm: volledig scherm, of terug naar een venster</translation>
    </message>
    <message>
        <source>Close the meeting (shows the summary first)</source>
        <translation>De vergadering afsluiten (toont eerst het overzicht)</translation>
    </message>
    <message>
        <source>Mark the selected person present</source>
        <translation>De geselecteerde persoon als aanwezig noteren</translation>
    </message>
    <message>
        <source>Mark the selected person excused</source>
        <translation>De geselecteerde persoon als verontschuldigd noteren</translation>
    </message>
    <message>
        <source>Present or not, in turn</source>
        <translation>Beurtelings aanwezig of niet</translation>
    </message>
    <message>
        <source>The selected person confirms the undertaking (when the meeting asks)</source>
        <translation>De geselecteerde persoon bevestigt de verklaring (als de vergadering erom vraagt)</translation>
    </message>
    <message>
        <source>The selected person arrives</source>
        <translation>De geselecteerde persoon komt aan</translation>
    </message>
    <message>
        <source>The selected person steps out</source>
        <translation>De geselecteerde persoon gaat even buiten</translation>
    </message>
    <message>
        <source>The selected person comes back</source>
        <translation>De geselecteerde persoon komt terug</translation>
    </message>
    <message>
        <source>The selected person leaves</source>
        <translation>De geselecteerde persoon vertrekt</translation>
    </message>
    <message>
        <source>Someone arrives: from the directory, or a new professional</source>
        <translation>Iemand komt binnen: uit het adresboek, of een nieuwe hulpverlener</translation>
    </message>
    <message>
        <source>All moves for the selected person</source>
        <translation>Alle bewegingen voor de geselecteerde persoon</translation>
    </message>
    <message>
        <source>Correct the wording of the selected item</source>
        <translation>De formulering van het gekozen punt corrigeren</translation>
    </message>
    <message>
        <source>Withdraw the selected item (it becomes not shared)</source>
        <translation>Het gekozen punt intrekken (het wordt niet gedeeld)</translation>
    </message>
    <message>
        <source>Edit the selected decision or action</source>
        <translation>De gekozen beslissing of actie wijzigen</translation>
    </message>
    <message>
        <source>Delete the selected decision or action</source>
        <translation>De gekozen beslissing of actie verwijderen</translation>
    </message>
    <message>
        <source>Share (when every condition is met)</source>
        <translation>Delen (wanneer alle voorwaarden vervuld zijn)</translation>
    </message>
    <message>
        <source>Close the gate without deciding</source>
        <translation>Het voorstel laten vallen zonder te beslissen</translation>
    </message>
    <message>
        <source>Deliberate on a question (the team disagrees on what to do)</source>
        <translation>Moreel beraad over een vraag (het team is het oneens over wat te doen)</translation>
    </message>
    <message>
        <source>Next step of the method</source>
        <translation>Volgende stap van de methode</translation>
    </message>
    <message>
        <source>Previous step of the method</source>
        <translation>Vorige stap van de methode</translation>
    </message>
    <message>
        <source>Take the note (or its selected part) as the conclusion</source>
        <translation>De notitie (of het geselecteerde deel) als conclusie nemen</translation>
    </message>
    <message>
        <source>Conclude: link the conclusion to a decision</source>
        <translation>Afronden: de conclusie aan een beslissing koppelen</translation>
    </message>
    <message>
        <source>End the deliberation without a conclusion</source>
        <translation>Het beraad stoppen zonder conclusie</translation>
    </message>
    <message>
        <source>Full screen, or back to a window</source>
        <translation>Volledig scherm, of terug naar een venster</translation>
    </message>
    <message>
        <source>Unlock with the passphrase typed</source>
        <translation>Ontgrendelen met de getypte wachtzin</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hoofdvenster</translation>
    </message>
    <message>
        <source>Lists (Meetings, Directory, People)</source>
        <translation>Lijsten (Vergaderingen, Adresboek, Betrokkenen)</translation>
    </message>
    <message>
        <source>Meeting console</source>
        <translation>Console van de vergadering</translation>
    </message>
    <message>
        <source>Roll call (list of invitees)</source>
        <translation>Aanwezigheden (lijst van genodigden)</translation>
    </message>
    <message>
        <source>In the room (list of attendees)</source>
        <translation>In de zaal (lijst van deelnemers)</translation>
    </message>
    <message>
        <source>Shared so far (list, until the meeting closes)</source>
        <translation>Tot nu toe gedeeld (lijst, tot de vergadering afgesloten is)</translation>
    </message>
    <message>
        <source>Decisions and actions (list, until the meeting closes)</source>
        <translation>Beslissingen en acties (lijst, tot de vergadering afgesloten is)</translation>
    </message>
    <message>
        <source>Disclosure gate</source>
        <translation>Toets voor het delen</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Moreel beraad</translation>
    </message>
    <message>
        <source>Shared screen window</source>
        <translation>Venster van het gedeelde scherm</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Vergrendelscherm</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Empty Chair</source>
        <translation>Sneltoetsen — De lege stoel</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard. Letters underlined in menus and buttons work with Alt.</source>
        <translation>Alles kan met het toetsenbord. Onderstreepte letters in menu&apos;s en knoppen werken met Alt.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>StartDeliberationDialog</name>
    <message>
        <source>Deliberate on a question</source>
        <translation>Moreel beraad over een vraag</translation>
    </message>
    <message>
        <source>When the team disagrees about what to do, take the time to go through the situation step by step before choosing.</source>
        <translation>Als het team het oneens is over wat te doen, neem dan de tijd om de situatie stap voor stap te overlopen voordat u kiest.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Should we … or …?</source>
        <translation>Moeten we … of …?</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>The question shows on the shared screen once you start; nothing shows while you type it. Your notes at each step stay on this console and are never kept: only the conclusion you mark goes into the minutes, with its decision.</source>
        <translation>De vraag verschijnt op het gedeelde scherm zodra u begint; zolang u ze typt, verschijnt er niets. Uw notities bij elke stap blijven op deze console en worden nooit bewaard: alleen de conclusie die u aanduidt, komt in het verslag, met haar beslissing.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>A method file could not be used: {error}</source>
        <translation>Een methodebestand kon niet gebruikt worden: {error}</translation>
    </message>
    <message>
        <source>Write the question the team deliberates on.</source>
        <translation>Schrijf de vraag waarover het team zich beraadt.</translation>
    </message>
    <message>
        <source>Choose a method.</source>
        <translation>Kies een methode.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — Empty Chair</source>
        <translation>Ontgrendelen — De lege stoel</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Bestand van de werkruimte</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>Een andere werkruimte o&amp;penen…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>De &amp;demo proberen</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Een back-up te&amp;rugzetten…</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Werkruimte:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Type the passphrase to open your team&apos;s workspace.</source>
        <translation>Typ de wachtzin om de werkruimte van uw team te openen.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Een werkruimte openen</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation>Werkruimtes van De lege stoel (*.emptychair);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase.</source>
        <translation>Typ de wachtzin van de werkruimte.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Werkruimte wordt geopend…</translation>
    </message>
    <message>
        <source>This passphrase opens the latest backup of this workspace, but not the workspace itself: either the passphrase was changed after that backup, or the start of the workspace file is damaged. If it is damaged, restore a backup: the damaged file is kept aside.</source>
        <translation>Deze wachtzin opent de laatste back-up van deze werkruimte, maar niet de werkruimte zelf: ofwel werd de wachtzin na die back-up gewijzigd, ofwel is het begin van het werkruimtebestand beschadigd. Is het beschadigd, zet dan een back-up terug: het beschadigde bestand wordt apart bewaard.</translation>
    </message>
    <message>
        <source>The backup was checked and restored; the damaged file was kept next to it. Type the backup&apos;s passphrase to open it.</source>
        <translation>De back-up werd gecontroleerd en teruggezet; het beschadigde bestand werd ernaast bewaard. Typ de wachtzin van de back-up om ze te openen.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Someone arrives</source>
        <translation>Iemand komt binnen</translation>
    </message>
    <message>
        <source>&amp;From the directory</source>
        <translation>&amp;Uit het adresboek</translation>
    </message>
    <message>
        <source>A &amp;new professional</source>
        <translation>Een &amp;nieuwe hulpverlener</translation>
    </message>
    <message>
        <source>Who arrives, from the directory</source>
        <translation>Wie binnenkomt, uit het adresboek</translation>
    </message>
    <message>
        <source>New professional</source>
        <translation>Nieuwe hulpverlener</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>e.g. school nurse</source>
        <translation>bv. schoolverpleegkundige</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ee</translation>
    </message>
    <message>
        <source>Basis of secrecy</source>
        <translation>Grondslag van het beroepsgeheim</translation>
    </message>
    <message>
        <source>profession, function or law, e.g. nurse (profession)</source>
        <translation>beroep, functie of wet, bv. verpleegkundige (beroep)</translation>
    </message>
    <message>
        <source>Bound by professional secrecy?</source>
        <translation>Gebonden door het beroepsgeheim?</translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation>Op welke grond</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>They are added to the meeting and marked present at once; the gate checks the room again. A new professional is also saved to the directory.</source>
        <translation>De persoon wordt aan de vergadering toegevoegd en meteen als aanwezig genoteerd; de toets controleert de zaal opnieuw. Een nieuwe hulpverlener wordt ook in het adresboek bewaard.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Add to the room</source>
        <translation>Aan de zaal toevoegen</translation>
    </message>
    <message>
        <source>Everyone in the directory is already invited</source>
        <translation>Iedereen uit het adresboek is al uitgenodigd</translation>
    </message>
    <message>
        <source>Choose who arrives.</source>
        <translation>Kies wie binnenkomt.</translation>
    </message>
    <message>
        <source>Write the name of the person who arrives.</source>
        <translation>Schrijf de naam van de persoon die binnenkomt.</translation>
    </message>
    <message>
        <source>Say whether they are bound by professional secrecy.</source>
        <translation>Zeg of de persoon gebonden is door het beroepsgeheim.</translation>
    </message>
    <message>
        <source>Write the basis of their secrecy (profession, function or law).</source>
        <translation>Schrijf de grondslag van het beroepsgeheim (beroep, functie of wet).</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message>
        <source>This passphrase does not open the workspace. Check it and try again. If you are sure it is right, the start of the file may be damaged: open a backup copy.</source>
        <translation>Deze wachtzin opent de werkruimte niet. Controleer ze en probeer opnieuw. Bent u zeker dat ze juist is, dan is het begin van het bestand misschien beschadigd: open een back-up.</translation>
    </message>
    <message>
        <source>Your user account may not read this workspace file. Ask whoever manages this computer to give you access to it, or open another file.</source>
        <translation>Uw gebruikersaccount mag dit bestand van de werkruimte niet lezen. Vraag wie deze computer beheert om u er toegang toe te geven, of open een ander bestand.</translation>
    </message>
    <message>
        <source>The field “{field}” holds a broken character (half of an emoji or symbol, often left by a copy and paste). Retype that part and save again: nothing was saved.</source>
        <translation>Het veld “{field}” bevat een kapot teken (de helft van een emoji of symbool, vaak achtergelaten door kopiëren en plakken). Typ dat stuk opnieuw en bewaar opnieuw: er werd niets bewaard.</translation>
    </message>
    <message>
        <source>This file is not an Empty Chair workspace, or it no longer exists.</source>
        <translation>Dit bestand is geen werkruimte van De lege stoel, of het bestaat niet meer.</translation>
    </message>
    <message>
        <source>This workspace file is damaged. Open a backup copy, or ask for help.</source>
        <translation>Dit bestand van de werkruimte is beschadigd. Open een back-up, of vraag hulp.</translation>
    </message>
    <message>
        <source>The workspace or its folder cannot be written. Choose another folder.</source>
        <translation>In de werkruimte of haar map kan niet geschreven worden. Kies een andere map.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space.</source>
        <translation>De schijf is vol: de laatste wijziging is niet bewaard. Maak wat ruimte vrij.</translation>
    </message>
    <message>
        <source>This workspace is already open in another Empty Chair window.</source>
        <translation>Deze werkruimte is al geopend in een ander venster van De lege stoel.</translation>
    </message>
    <message>
        <source>It is open in process {pid} on {host}.</source>
        <translation>Ze is geopend door proces {pid} op {host}.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Empty Chair. Update the app.</source>
        <translation>Deze werkruimte werd bewaard door een nieuwere versie van De lege stoel. Werk de toepassing bij.</translation>
    </message>
    <message>
        <source>A workspace already exists at this place. Choose another file name.</source>
        <translation>Er bestaat al een werkruimte op deze plaats. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Stopped before the end, as asked: nothing was changed.</source>
        <translation>Voor het einde gestopt, zoals gevraagd: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose another one.</source>
        <translation>Deze wachtzin kan niet gebruikt worden. Kies een andere.</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Shared items it rests on</source>
        <translation>Gedeelde punten waarop ze steunt</translation>
    </message>
    <message>
        <source>Rests on the shared items:</source>
        <translation>Steunt op de gedeelde punten:</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the person&apos;s record</source>
        <translation>Het dossier van de persoon bewaren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
</context>
</TS>
