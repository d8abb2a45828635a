<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. Read it at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Chair {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Chair (La chaise vide) runs case conferences under shared professional secrecy: every item shared about a person passes a short, visible check first.

All data stays on this computer, encrypted. Keys: Ctrl+1/2/3 sections, Ctrl+N prepare a meeting, Ctrl+, settings, Ctrl+Q quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence, version 1.2 ({licence}): you may use, study, share and improve it. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the software it is built with and their licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who will carry out the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditModel</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>({mark} over by {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time box: {n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item  Ctrl+→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was the last agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made each day the workspace is opened; the last 7 are kept. Backups are encrypted like the workspace. Choose a folder on another disk if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankedBar</name>
    <message>
        <source>■  Shared screen blanked — F12 to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentrePanel</name>
    <message>
        <source>Time on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a disclosure  Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered, not shared: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairPanel</name>
    <message>
        <source>{alias} is represented today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking for {alias}: {advocate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{alias} is not here today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens the workspace. Backups made before keep the old one. Nobody can recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase: the whole file is encrypted again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseSummaryDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing: what this meeting produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} An item is still under discussion: closing discards it, and nothing of it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered, not shared: {n} · postponed to ask the person first: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(their content is not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionLight</name>
    <message>
        <source>{symbol} {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionLights</name>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{condition}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{alias} is here and agrees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent — {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could &amp;not be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why consent could not be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. in hospital, cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom: anyone in these missions, or these people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. in writing, orally at the interview of 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why consent could not be obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one mission or one professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Copy for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full record — {name} (the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item (none was shared), with who received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item ({numbers}), with who received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item: not bound by secrecy (decisions and actions only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item shared with them (decisions and actions only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create a workspace — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the workspace is encrypted with this passphrase. If it is lost, the data is lost: nobody, not even the app&apos;s authors, can recover it. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. A workspace keeps your team&apos;s directory, the people concerned and your case conferences, encrypted, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: a few ordinary words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: too short. Use at least 12 characters, or a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: long enough to be hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Meeting paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Import professionals from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Directory of professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, role, organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} active professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not bound by secrecy or without a recorded basis: they will be asked to step out when confidential items are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase a person — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases {alias} for good: the person, {consents} consent record(s) and {meetings} meeting(s) with everything minuted in them ({shared} shared item(s)). It cannot be undone, except from a backup made before. The audit log keeps only that a person was erased, with these counts, never who. Type {alias} below to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing and rewriting the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>The last change was not saved; everything before it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. What was saved before is safe. If it happens again, restart Empty Chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiredMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full record (for the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes-{alias}-{day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-for-{alias}-{day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for each attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the attendees&apos; copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attendee&apos;s copy holds only the items shared with them, and names only them for distribution. Someone who received no item, or who is not bound by secrecy, gets a copy without items (decisions and actions only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the person&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the attendees&apos; copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one document to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each document needs its own file: two of them have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password, or untick “Protect with a password”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters could not be printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Propose a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ⚠ special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&amp;pinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;statement of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording to minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the team strictly needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes of {alias}: {wishes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing this is in {alias}&apos;s interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{alias} is here and agrees now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the team needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share without consent under a policy exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground of the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm overriding the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share  Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone — ask {alias} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in the room: call the roll first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — not in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} (the room, automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody else is in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm sharing despite this refusal: {refusal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gate without a decision? What was typed will be forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything is shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes: {wishes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Case conference · {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{alias} is with us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} / {box}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{over} over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import professionals — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: nothing can be imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {added} to add, {duplicates} already in the directory, {invalid} invalid. Nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line has no &apos;name&apos; (or &apos;nom&apos;) column: it must hold the column titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV text file. Save the sheet as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no in the secrecy column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the institution&apos;s missions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the directory (same name and organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>Institution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Youth Care Service of Namur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olicy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule of conduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rule of conduct (the policy&apos;s template is a start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one mission (e.g. Youth care).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCountdownBar</name>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity: the console locks in {time} and blanks the shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Empty Chair is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console locked itself to protect the workspace {name}. A meeting in progress goes on: type the passphrase to come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not unlock the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;mode (shared screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{institution} — {file} — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting about {alias} of {date} was left open. It can resume exactly where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time Empty Chair starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingConsole</name>
    <message>
        <source>Meeting console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case conference · {alias} · {mission} · “{purpose}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock  Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● open {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the meeting first: the gate opens after the roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement of {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} not bound by secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} bound, no basis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} bound ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {mission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} not in {mission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound by professional secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secrecy basis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not work in {mission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {who}: {concerns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These attendees block sharing while they are in the room; they may be asked to step out for an item:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open — can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Prepare a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person concerned first, in People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been opened, so nothing was shared. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the prepared meeting for {alias} on {date}?
Purpose: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Case conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting yet. Prepare one: choose the person, the purpose and who comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this prepared meeting (Delete key). Nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a prepared meeting to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open or closed meeting holds a record: it cannot be deleted here. It is removed only by retention (Safety ▸ Purge old meetings) or by erasing the person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionsEditor</name>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mission, e.g. Youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mission name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our rule of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start roll call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, alias, reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — “{alias}” in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes: {wishes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initials or a pseudonym, e.g. J.D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your file number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person has said they want. It is shown to the team when the chair is empty, to answer: what would they have wanted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known &amp;wishes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the alias the minutes use for this person (e.g. initials).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone — ask {alias} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {alias} whether we may share an item ({category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is kept in the minutes; the item&apos;s wording is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who will ask the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what will be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action must not repeat the item&apos;s wording: it is kept, the wording is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareMeetingDialog</name>
    <message>
        <source>Prepare a case conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we meet, e.g. keep J. at home safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>represented by an advocate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent (the empty chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed beforehand, how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person was informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. told in person on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the purpose: why we meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who facilitates the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite at least one professional from the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how {alias} takes part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the advocate who represents {alias}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how {alias} was informed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Add a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bound by professional secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis of the secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profession, function or law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive (can be invited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works within the missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;sis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the professional&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Decisions &amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {who} — {what} — by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {who} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup. It is checked first; the current workspace file is never overwritten: it is kept next to it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&amp;Resume it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Purge old meetings — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings are kept {years} years. {count} meeting(s) ended before {cutoff}: they will be deleted with everything minuted in them. The audit log will keep only that a purge happened, how many, and the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} old meeting(s) still open are kept until they are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete {count} meeting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the meetings and rewriting the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows to move · Space toggles · P present · E excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present  P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excused  E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room</source>
        <extracomment>Saves a new professional to the directory; returns &quot;&quot; or the sentence saying why it failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}  {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone arrives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Someone arrives…  N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who walked in: from the directory, or a new professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>represented by an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent: empty chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show known wishes on the shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while everyone in the room is bound by secrecy and works in the mission; they hide again at once otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes on the shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known wishes are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes stay on this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known wishes are on the shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: {names} may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{alias} — present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{alias} — represented by {advocate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ {alias} — absent: empty chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new professional cannot be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the advocate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room ({count}): {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room: nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped out for this item: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared so far: {shared} · Considered, not shared: {withheld}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge old meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected person&apos;s &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the selected person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was closed for the restore. Empty Chair closes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and restored. The previous file was kept as {file}. Empty Chair closes now: open it again to use the restored workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge old meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in the People section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} / {box}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{over} over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {count} earlier items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {count} more items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Empty Chair starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How minutes name the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By their alias (e.g. J.D.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By their full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes of inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a meeting, lock after minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console counts down the last minute first, so the team can stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed meetings for (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes &amp;name the person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;During a meeting, lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed mee&amp;tings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionals: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared or open meetings: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent records: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You removed missions that are still in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you remove them anyway, these records keep referring to a mission that no longer exists: it shows as a code and can no longer be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missions still in use are back in the list. Nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedItemsPanel</name>
    <message>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been shared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {category} · shared by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{wording}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedScreenWindow</name>
    <message>
        <source>Case conference · {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — Empty Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase to open your team&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and restored; the damaged file was kept next to it. Type the backup&apos;s passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Someone arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who arrives, from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. school nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis of secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profession, function or law, e.g. nurse (profession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound by professional secrecy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are added to the meeting and marked present at once; the gate checks the room again. A new professional is also saved to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the directory is already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the person who arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether they are bound by professional secrecy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the basis of their secrecy (profession, function or law).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message>
        <source>This passphrase does not open the workspace. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Empty Chair workspace, or it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace file is damaged. Open a backup copy, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace or its folder cannot be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is already open in another Empty Chair window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is open in process {pid} on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Empty Chair. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace already exists at this place. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Shared items it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on the shared items:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
