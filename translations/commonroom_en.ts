<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>commonroom::GroupsModel</name>
    <message numerus="yes">
        <source>%n request(s) waiting for a curator</source>
        <translation>
            <numerusform>%n request waiting for a curator</numerusform>
            <numerusform>%n requests waiting for a curator</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsWindow</name>
    <message numerus="yes">
        <source>%1 group · %n member(s)</source>
        <translation>
            <numerusform>%1 group · %n member</numerusform>
            <numerusform>%1 group · %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Last sync: %n minute ago</numerusform>
            <numerusform>Last sync: %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet. They stay on this computer and are sent when you sign in again.</source>
        <translation>
            <numerusform>%n change has not been sent yet. It stays on this computer and is sent when you sign in again.</numerusform>
            <numerusform>%n changes have not been sent yet. They stay on this computer and are sent when you sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending: %n change(s)</source>
        <translation>
            <numerusform>Sending: %n change</numerusform>
            <numerusform>Sending: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>Receiving: %n change</numerusform>
            <numerusform>Receiving: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message numerus="yes">
        <source>The server did not accept or refuse any of the %n waiting change(s).</source>
        <translation>
            <numerusform>The server neither accepted nor refused the waiting change.</numerusform>
            <numerusform>The server did not accept or refuse any of the %n waiting changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n change(s) sent</source>
        <translation>
            <numerusform>Up to date: %n change sent</numerusform>
            <numerusform>Up to date: %n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see Sync problems)</source>
        <translation>
            <numerusform>%n refused (see Sync problems)</numerusform>
            <numerusform>%n refused (see Sync problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsDialog</name>
    <message numerus="yes">
        <source>The server refused %n change(s). They were undone on this computer; the list says why.</source>
        <translation>
            <numerusform>The server refused %n change. It was undone on this computer; the list says why.</numerusform>
            <numerusform>The server refused %n changes. They were undone on this computer; the list says why.</numerusform>
        </translation>
    </message>
</context>
</TS>
