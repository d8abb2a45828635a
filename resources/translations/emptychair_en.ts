<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>%n active professional(s).</source>
        <translation>
            <numerusform>%n active professional.</numerusform>
            <numerusform>%n active professionals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not bound by professional secrecy or without a recorded basis: asked to step out when confidential items are shared.</source>
        <translation>
            <numerusform>%n of them is not bound by professional secrecy or has no recorded basis: asked to step out when confidential items are shared.</numerusform>
            <numerusform>%n of them are not bound by professional secrecy or have no recorded basis: asked to step out when confidential items are shared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCheck</name>
    <message numerus="yes">
        <source>The audit log&apos;s %n event(s) were followed one by one: none is missing, changed or out of place.</source>
        <translation>
            <numerusform>The audit log&apos;s %n event was followed: it is not missing, changed or out of place.</numerusform>
            <numerusform>The audit log&apos;s %n events were followed one by one: none is missing, changed or out of place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n already in the directory</numerusform>
            <numerusform>%n already in the directory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>It locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>It locked itself after %n minute without activity.</numerusform>
            <numerusform>It locked itself after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message numerus="yes">
        <source>{count} meeting(s) found</source>
        <translation>
            <numerusform>{count} meeting found</numerusform>
            <numerusform>{count} meetings found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s)</source>
        <translation>
            <numerusform>{count} meeting</numerusform>
            <numerusform>{count} meetings</numerusform>
        </translation>
    </message>
</context>
</TS>
