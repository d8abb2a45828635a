<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
