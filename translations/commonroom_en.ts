<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>StartupRecovery</name>
    <message numerus="yes">
        <source>%n unsent change(s) were kept; they are sent at the next sync.</source>
        <translation>
            <numerusform>%n unsent change was kept; it is sent at the next sync.</numerusform>
            <numerusform>%n unsent changes were kept; they are sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read from the damaged file and are lost; please make them again.</source>
        <translation>
            <numerusform>%n unsent change could not be read from the damaged file and is lost; please make it again.</numerusform>
            <numerusform>%n unsent changes could not be read from the damaged file and are lost; please make them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ApprovalQueueWidget</name>
    <message numerus="yes">
        <source>%n person(s) waiting for a decision. Decisions are saved on this computer and sent with the next sync.</source>
        <translation>
            <numerusform>%n person waiting for a decision. Decisions are saved on this computer and sent with the next sync.</numerusform>
            <numerusform>%n people waiting for a decision. Decisions are saved on this computer and sent with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogWidget</name>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Scroll down for older ones.</source>
        <translation>
            <numerusform>%n entry, newest first. Scroll down for older ones.</numerusform>
            <numerusform>%n entries, newest first. Scroll down for older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::CheckInWindow</name>
    <message numerus="yes">
        <source>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</source>
        <translation>
            <numerusform>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</numerusform>
            <numerusform>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>walk-in(s)</source>
        <comment>under their count</comment>
        <translation>
            <numerusform>walk-in</numerusform>
            <numerusform>walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n expected</numerusform>
            <numerusform>%n expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>%n checked in</numerusform>
            <numerusform>%n checked in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer; %n change(s) will be sent at the next sync (no network needed now).</source>
        <translation>
            <numerusform>Saved on this computer; %n change will be sent at the next sync (no network needed now).</numerusform>
            <numerusform>Saved on this computer; %n changes will be sent at the next sync (no network needed now).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ContributionsPane</name>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation>
            <numerusform>%1: %n entry</numerusform>
            <numerusform>%1: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateMergeDialog</name>
    <message numerus="yes">
        <source>%n event registration(s)</source>
        <translation>
            <numerusform>%n event registration</numerusform>
            <numerusform>%n event registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventPagePane</name>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 of %n place taken</numerusform>
            <numerusform>%1 of %n places taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered (no limit)</source>
        <translation>
            <numerusform>%n registered (no limit)</numerusform>
            <numerusform>%n registered (no limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n on the waitlist</numerusform>
            <numerusform>%n on the waitlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reminder by mail %n hour(s) before</source>
        <translation>
            <numerusform>reminder by mail %n hour before</numerusform>
            <numerusform>reminder by mail %n hours before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventsModel</name>
    <message numerus="yes">
        <source>%n registered of %1 places</source>
        <translation>
            <numerusform>%n registered of %1 places</numerusform>
            <numerusform>%n registered of %1 places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered, no limit</source>
        <translation>
            <numerusform>%n registered, no limit</numerusform>
            <numerusform>%n registered, no limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n on the waitlist</numerusform>
            <numerusform>%n on the waitlist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::GroupPagePane</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to join wait for your answer: select one in the list below.</source>
        <translation>
            <numerusform>%n request to join waits for your answer: select it in the list below.</numerusform>
            <numerusform>%n requests to join wait for your answer: select one in the list below.</numerusform>
        </translation>
    </message>
</context>
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
    <name>commonroom::MainWindow</name>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln waiting</numerusform>
            <numerusform>%1, %Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All changes sent; %n refused (see Sync problems)</source>
        <translation>
            <numerusform>All changes sent; %n refused (see Sync problems)</numerusform>
            <numerusform>All changes sent; %n refused (see Sync problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people now</source>
        <translation>
            <numerusform>%n person now</numerusform>
            <numerusform>%n people now</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>commonroom::RelationsPane</name>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
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
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</source>
        <translation>
            <numerusform>This device&apos;s clock is %n minute ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</numerusform>
            <numerusform>This device&apos;s clock is %n minutes ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</source>
        <translation>
            <numerusform>This device&apos;s clock is %n minute behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</numerusform>
            <numerusform>This device&apos;s clock is %n minutes behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</numerusform>
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
<context>
    <name>commonroom::OpportunitiesPane</name>
    <message numerus="yes">
        <source>%1 of %n place(s) filled</source>
        <translation>
            <numerusform>%1 of %n place filled</numerusform>
            <numerusform>%1 of %n places filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkSheets</name>
    <message numerus="yes">
        <source>%n door(s); printed %1</source>
        <translation>
            <numerusform>%n door; printed %1</numerusform>
            <numerusform>%n doors; printed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) without a phone you may see are on the walk sheet only.</source>
        <translation>
            <numerusform>%n door without a phone you may see is on the walk sheet only.</numerusform>
            <numerusform>%n doors without a phone you may see are on the walk sheet only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::CanvassingDashboard</name>
    <message numerus="yes">
        <source>%1: %2 of %n door(s) visited</source>
        <translation>
            <numerusform>%1: %2 of %n door visited</numerusform>
            <numerusform>%1: %2 of %n doors visited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s).</source>
        <translation>
            <numerusform>%n supporter.</numerusform>
            <numerusform>%n supporters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::TurfCutDialog</name>
    <message numerus="yes">
        <source>%1 (%n door(s))</source>
        <translation>
            <numerusform>%1 (%n door)</numerusform>
            <numerusform>%1 (%n doors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turf(s).</source>
        <translation>
            <numerusform>%n turf.</numerusform>
            <numerusform>%n turfs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected people left out: you cannot see their address.</source>
        <translation>
            <numerusform>%n selected person left out: you cannot see their address.</numerusform>
            <numerusform>%n selected people left out: you cannot see their address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::AttendanceReportPane</name>
    <message numerus="yes">
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln registered</numerusform>
            <numerusform>%Ln registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln attended</numerusform>
            <numerusform>%Ln attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln no-show</numerusform>
            <numerusform>%Ln no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk-in(s)</source>
        <translation>
            <numerusform>%Ln walk-in</numerusform>
            <numerusform>%Ln walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln waitlisted</numerusform>
            <numerusform>%Ln waitlisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
    <name>commonroom::HomeDashboard</name>
    <message numerus="yes">
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Approve %n request</numerusform>
            <numerusform>Approve %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Decline %n request</numerusform>
            <numerusform>Decline %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other request(s) were answered.</source>
        <translation>
            <numerusform>%Ln other request was answered.</numerusform>
            <numerusform>%Ln other requests were answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %Ln request(s) to join.</source>
        <translation>
            <numerusform>Approved %Ln request to join.</numerusform>
            <numerusform>Approved %Ln requests to join.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declined %Ln request(s) to join.</source>
        <translation>
            <numerusform>Declined %Ln request to join.</numerusform>
            <numerusform>Declined %Ln requests to join.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ReviewRequestsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln waiting)</source>
        <translation>
            <numerusform>%1 (%Ln waiting)</numerusform>
            <numerusform>%1 (%Ln waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln longest waiting are shown here; open the group (Enter) for the others.</source>
        <translation>
            <numerusform>The longest waiting one is shown here; open the group (Enter) for the others.</numerusform>
            <numerusform>The %Ln longest waiting are shown here; open the group (Enter) for the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln request(s) to join</source>
        <translation>
            <numerusform>%1, %Ln request to join</numerusform>
            <numerusform>%1, %Ln requests to join</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMailPane</name>
    <message numerus="yes">
        <source>Mailed to %n</source>
        <translation>
            <numerusform>Mailed to %n</numerusform>
            <numerusform>Mailed to %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mailed</source>
        <translation>
            <numerusform>%n not mailed</numerusform>
            <numerusform>%n not mailed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not agree to be mailed</source>
        <translation>
            <numerusform>%n did not agree to be mailed</numerusform>
            <numerusform>%n did not agree to be mailed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed but have no address</source>
        <translation>
            <numerusform>%n agreed but has no address</numerusform>
            <numerusform>%n agreed but have no address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing: %1 of %n</source>
        <translation>
            <numerusform>Mailing: %1 of %n</numerusform>
            <numerusform>Mailing: %1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be delivered</source>
        <translation>
            <numerusform>%n could not be delivered</numerusform>
            <numerusform>%n could not be delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMail</name>
    <message numerus="yes">
        <source>You wrote %n messages in the last 24 hours, the most you may; write again a day after the first of them.</source>
        <translation>
            <numerusform>You wrote %n message in the last 24 hours, the most you may; write again a day after it.</numerusform>
            <numerusform>You wrote %n messages in the last 24 hours, the most you may; write again a day after the first of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventDialog</name>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::WriteMessageDialog</name>
    <message numerus="yes">
        <source>It goes to the group's %n other active member(s).</source>
        <translation>
            <numerusform>It goes to the group's %n other active member.</numerusform>
            <numerusform>It goes to the group's %n other active members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It goes to %n other person(s) of this audience.</source>
        <translation>
            <numerusform>It goes to %n other person of this audience.</numerusform>
            <numerusform>It goes to %n other people of this audience.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It goes to the %n people the list selects now, you excepted.</source>
        <translation>
            <numerusform>It goes to the %n person the list selects now, you excepted.</numerusform>
            <numerusform>It goes to the %n people the list selects now, you excepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicatesPane</name>
    <message numerus="yes">
        <source>Merge the %n pair(s) at least 98 % likely the same person?</source>
        <translation>
            <numerusform>Merge the %n pair at least 98 % likely the same person?</numerusform>
            <numerusform>Merge the %n pairs at least 98 % likely the same person?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %n pair(s)</source>
        <translation>
            <numerusform>&amp;Merge %n pair</numerusform>
            <numerusform>&amp;Merge %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged. They will be sent at the next sync.</source>
        <translation>
            <numerusform>%n pair merged. It will be sent at the next sync.</numerusform>
            <numerusform>%n pairs merged. They will be sent at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) written. They are sent to the server at the next sync.</source>
        <translation>
            <numerusform>%Ln row written. It is sent to the server at the next sync.</numerusform>
            <numerusform>%Ln rows written. They are sent to the server at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused; save them with the reason to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln row refused; save it with the reason to fix it and import it again.</numerusform>
            <numerusform>%Ln rows refused; save them with the reason to fix them and import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like someone already here under another spelling or address (below).</source>
        <translation>
            <numerusform>%Ln row looks like someone already here under another spelling or address (below).</numerusform>
            <numerusform>%Ln rows look like someone already here under another spelling or address (below).</numerusform>
        </translation>
    </message>
</context>
</TS>
