<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TokenStore</name>
    <message>
        <source>in %1, readable only by you (no system keychain is used)</source>
        <translation>in %1, nur für dich lesbar (es wird kein System-Schlüsselbund verwendet)</translation>
    </message>
</context>
<context>
    <name>commonroom::ApiClient</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Asks to join</source>
        <translation>Möchte beitreten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Kurator*in</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>This person&apos;s name is not shared with you, or they are not on this computer yet</source>
        <translation>Der Name dieser Person wird nicht mit dir geteilt, oder sie ist noch nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsModel</name>
    <message>
        <source>curator</source>
        <translation>Kurator*in</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Mit Prüfung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(Gruppe ohne Namen)</translation>
    </message>
    <message>
        <source>Anyone in the community can join</source>
        <translation>Alle in der Gemeinschaft können beitreten</translation>
    </message>
    <message>
        <source>A curator approves each request to join</source>
        <translation>Eine Kurator*in bestätigt jede Beitrittsanfrage</translation>
    </message>
    <message>
        <source>New members join by invitation of a curator</source>
        <translation>Neue Mitglieder kommen auf Einladung einer Kurator*in</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a curator</source>
        <translation>
            <numerusform>%n Anfrage wartet auf eine Kurator*in</numerusform>
            <numerusform>%n Anfragen warten auf eine Kurator*in</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsWindow</name>
    <message>
        <source>The change will be sent at the next sync.</source>
        <translation>Die Änderung wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Finds groups by name and description</source>
        <translation>Findet Gruppen nach Name und Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe …</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>Deine Mitgliedschaft</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>&amp;Leave group…</source>
        <translation>Gruppe &amp;verlassen …</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Mitglieder der Gruppe</translation>
    </message>
    <message>
        <source>Curate</source>
        <translation>Kuratieren</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Annehmen …</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Die gewählte Anfrage annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>A&amp;blehnen …</translation>
    </message>
    <message>
        <source>Decline the selected request</source>
        <translation>Die gewählte Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Make &amp;curator…</source>
        <translation>Zur &amp;Kurator*in machen …</translation>
    </message>
    <message>
        <source>Make the selected member a curator</source>
        <translation>Das gewählte Mitglied zur Kurator*in machen</translation>
    </message>
    <message>
        <source>Name of a person on this computer</source>
        <translation>Name einer Person auf diesem Computer</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Einzuladende Person</translation>
    </message>
    <message>
        <source>In&amp;vite:</source>
        <translation>Ein&amp;laden:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>Invite the person to the group</source>
        <translation>Die Person in die Gruppe einladen</translation>
    </message>
    <message>
        <source>There are no groups on this computer yet. Sync to receive them, or create one.</source>
        <translation>Auf diesem Computer gibt es noch keine Gruppen. Synchronisiere, um sie zu erhalten, oder lege eine an.</translation>
    </message>
    <message>
        <source>Select a group to see its members and what you can do there.</source>
        <translation>Wähle eine Gruppe, um ihre Mitglieder zu sehen und was du dort tun kannst.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 group · %n member(s)</source>
        <translation>
            <numerusform>Gruppe: %1 · %n Mitglied</numerusform>
            <numerusform>Gruppe: %1 · %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>You curate this group.</source>
        <translation>Du kuratierst diese Gruppe.</translation>
    </message>
    <message>
        <source>You are a member of this group.</source>
        <translation>Du bist Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>You asked to join; a curator will answer your request.</source>
        <translation>Du hast um Beitritt gebeten; eine Kurator*in wird deine Anfrage beantworten.</translation>
    </message>
    <message>
        <source>You are invited to join this group.</source>
        <translation>Du bist eingeladen, dieser Gruppe beizutreten.</translation>
    </message>
    <message>
        <source>Your request to join was declined.</source>
        <translation>Deine Beitrittsanfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Your request to join was declined: %1</source>
        <translation>Deine Beitrittsanfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>This group is closed: its curators invite new members.</source>
        <translation>Diese Gruppe ist geschlossen: Ihre Kurator*innen laden neue Mitglieder ein.</translation>
    </message>
    <message>
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Eine Gruppe anlegen; du wirst ihre erste Kurator*in (Strg+N)</translation>
    </message>
    <message>
        <source>Only leaders and admins create groups</source>
        <translation>Nur Leitende und Admins legen Gruppen an</translation>
    </message>
    <message>
        <source>Accept invitation and &amp;join</source>
        <translation>Einladung annehmen und &amp;beitreten</translation>
    </message>
    <message>
        <source>Request to &amp;join…</source>
        <translation>&amp;Beitritt anfragen …</translation>
    </message>
    <message>
        <source>Only approved members join groups</source>
        <translation>Nur bestätigte Mitglieder treten Gruppen bei</translation>
    </message>
    <message>
        <source>&amp;Withdraw request…</source>
        <translation>Anfrage &amp;zurückziehen …</translation>
    </message>
    <message>
        <source>&amp;Refuse invitation…</source>
        <translation>Einladung a&amp;usschlagen …</translation>
    </message>
    <message>
        <source>You are the group&apos;s last curator: make someone else curator first.</source>
        <translation>Du bist die letzte Kurator*in der Gruppe: Mache zuerst jemand anderen zur Kurator*in.</translation>
    </message>
    <message>
        <source>Terms of %1</source>
        <translation>Bedingungen von %1</translation>
    </message>
    <message>
        <source>To join %1, accept its terms:</source>
        <translation>Um %1 beizutreten, nimm die Bedingungen an:</translation>
    </message>
    <message>
        <source>&amp;Accept terms and join</source>
        <translation>Bedingungen &amp;annehmen und beitreten</translation>
    </message>
    <message>
        <source>You did not join %1: joining needs its terms accepted.</source>
        <translation>Du bist %1 nicht beigetreten: Zum Beitritt müssen die Bedingungen angenommen werden.</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Beitritt zu %1 anfragen</translation>
    </message>
    <message>
        <source>A message for the curators (optional): who you are, why you would like to join.</source>
        <translation>Eine Nachricht an die Kurator*innen (optional): wer du bist und warum du beitreten möchtest.</translation>
    </message>
    <message>
        <source>You asked to join %1; a curator will answer.</source>
        <translation>Du hast um Beitritt zu %1 gebeten; eine Kurator*in wird antworten.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Du bist %1 beigetreten.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw your request to join %1?</source>
        <translation>Deine Beitrittsanfrage an %1 zurückziehen?</translation>
    </message>
    <message>
        <source>Your request to join %1 was withdrawn.</source>
        <translation>Deine Beitrittsanfrage an %1 wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Refuse invitation</source>
        <translation>Einladung ausschlagen</translation>
    </message>
    <message>
        <source>Refuse the invitation to join %1?</source>
        <translation>Die Einladung in %1 ausschlagen?</translation>
    </message>
    <message>
        <source>You refused the invitation to %1.</source>
        <translation>Du hast die Einladung in %1 ausgeschlagen.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Gruppe verlassen</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <source>To come back you will need a curator&apos;s approval or invitation.</source>
        <translation>Um zurückzukommen, brauchst du die Zustimmung oder Einladung einer Kurator*in.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Du hast %1 verlassen.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>Die Gruppe %1 wurde angelegt; du bist ihre Kurator*in.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Eine Nachricht an %1 (optional):</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Eine Nachricht an %1 mit der Begründung (optional):</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ist jetzt Mitglied von %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Du hast die Beitrittsanfrage von %1 an %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Make curator</source>
        <translation>Zur Kurator*in machen</translation>
    </message>
    <message>
        <source>Make %1 a curator of %2? Curators answer requests, invite people and appoint curators.</source>
        <translation>%1 zur Kurator*in von %2 machen? Kurator*innen beantworten Anfragen, laden Leute ein und ernennen Kurator*innen.</translation>
    </message>
    <message>
        <source>%1 is now a curator of %2.</source>
        <translation>%1 ist jetzt Kurator*in von %2.</translation>
    </message>
    <message>
        <source>No one called %1 is on this computer. Pick a name from the suggestions.</source>
        <translation>Niemand namens %1 ist auf diesem Computer. Wähle einen Namen aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>More than one person is called %1. Pick one from the suggestions.</source>
        <translation>Mehr als eine Person heißt %1. Wähle eine aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>%1 is invited to %2.</source>
        <translation>%1 ist zu %2 eingeladen.</translation>
    </message>
</context>
<context>
    <name>commonroom::LoginDialog</name>
    <message>
        <source>Sign in to Commonroom</source>
        <translation>Bei Commonroom anmelden</translation>
    </message>
    <message>
        <source>Sign in once to copy your community to this computer. Afterwards Commonroom works without a connection and syncs when the server is reachable.</source>
        <translation>Melde dich einmal an, um deine Gemeinschaft auf diesen Computer zu kopieren. Danach funktioniert Commonroom auch ohne Verbindung und synchronisiert, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter the address of your community&apos;s server, for example %1.</source>
        <translation>Gib die Adresse des Servers deiner Gemeinschaft ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your password travels encrypted.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, damit dein Passwort verschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>Gib die E-Mail-Adresse ein, mit der du dich registriert hast.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The server at %1 did not present a certificate.</source>
        <translation>Der Server unter %1 hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>Not signed in: you did not accept the server&apos;s certificate.</source>
        <translation>Nicht angemeldet: Du hast das Zertifikat des Servers nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Diesem Server vertrauen?</translation>
    </message>
    <message>
        <source>This is the first time this computer connects to %1.</source>
        <translation>Dieser Computer verbindet sich zum ersten Mal mit %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your server administrator gave you (the server prints it when it starts):

%1

Trust the server only if they are the same. Commonroom remembers your answer.</source>
        <translation>Vergleiche diesen Fingerabdruck mit dem, den dir die Administration des Servers gegeben hat (der Server zeigt ihn beim Start an):

%1

Vertraue dem Server nur, wenn beide gleich sind. Commonroom merkt sich deine Antwort.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message>
        <source>Finds people by name, place, skills, languages, interests and bio</source>
        <translation>Findet Personen nach Name, Ort, Fähigkeiten, Sprachen, Interessen und Biografie</translation>
    </message>
    <message>
        <source>Export &amp;contact (vCard)…</source>
        <translation>&amp;Kontakt exportieren (vCard)…</translation>
    </message>
    <message>
        <source>Save the selected person as a vCard for an address book</source>
        <translation>Die ausgewählte Person als vCard für ein Adressbuch speichern</translation>
    </message>
    <message>
        <source>Export &amp;search (CSV)…</source>
        <translation>&amp;Suche exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save everyone the current search finds as a spreadsheet (CSV)</source>
        <translation>Alle Treffer der aktuellen Suche als Tabelle (CSV) speichern</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Jedes Gebiet</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Jede Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Bewerber·innen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leitende</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Export contact</source>
        <translation>Kontakt exportieren</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export search</source>
        <translation>Suche exportieren</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes to the server and receive the latest ones</source>
        <translation>Deine Änderungen an den Server senden und die neuesten empfangen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person …</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Person &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>Synchronisierungs&amp;probleme …</translation>
    </message>
    <message>
        <source>Changes the server refused, and why</source>
        <translation>Vom Server abgelehnte Änderungen und warum</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Commonroom</source>
        <translation>&amp;Über Commonroom</translation>
    </message>
    <message>
        <source>About Commonroom</source>
        <translation>Über Commonroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;An offline-first community directory. Your community is kept on this computer and synced with your community&apos;s server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;Ein Gemeinschaftsverzeichnis, das zuerst offline funktioniert. Deine Gemeinschaft wird auf diesem Computer gespeichert und mit dem Server deiner Gemeinschaft synchronisiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: nie</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Letzte Synchronisierung: gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Letzte Synchronisierung: vor %n Minute</numerusform>
            <numerusform>Letzte Synchronisierung: vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: today at %1</source>
        <translation>Letzte Synchronisierung: heute um %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Saved. The change will be sent at the next sync.</source>
        <translation>Gespeichert. Die Änderung wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Sign out of Commonroom on this computer?</source>
        <translation>Auf diesem Computer von Commonroom abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet. They stay on this computer and are sent when you sign in again.</source>
        <translation>
            <numerusform>%n Änderung wurde noch nicht gesendet. Sie bleibt auf diesem Computer und wird gesendet, wenn du dich wieder anmeldest.</numerusform>
            <numerusform>%n Änderungen wurden noch nicht gesendet. Sie bleiben auf diesem Computer und werden gesendet, wenn du dich wieder anmeldest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft …</translation>
    </message>
    <message>
        <source>Commonroom</source>
        <translation>Commonroom</translation>
    </message>
    <message>
        <source>Commonroom — %1</source>
        <translation>Commonroom — %1</translation>
    </message>
    <message>
        <source>Add a person to the community</source>
        <translation>Eine Person zur Gemeinschaft hinzufügen</translation>
    </message>
    <message>
        <source>Only leaders and admins can add people</source>
        <translation>Nur Leitende und Admins können Personen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;View person…</source>
        <translation>Person &amp;ansehen …</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Alle Änderungen synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n Änderung wartet auf Synchronisierung</numerusform>
            <numerusform>%n Änderungen warten auf Synchronisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The server is reachable.</source>
        <translation>Der Server ist erreichbar.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server is not reachable. You can keep working; changes are sent at the next sync.</source>
        <translation>Der Server ist nicht erreichbar. Du kannst weiterarbeiten; Änderungen werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message numerus="yes">
        <source>Sending: %n change(s)</source>
        <translation>
            <numerusform>Senden: %n Änderung</numerusform>
            <numerusform>Senden: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>Empfangen: %n Änderung</numerusform>
            <numerusform>Empfangen: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync &amp;problems (%1)…</source>
        <translation>Synchronisierungs&amp;probleme (%1) …</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync; nothing is lost and it resumes later</source>
        <translation>Die laufende Synchronisierung anhalten; nichts geht verloren, sie wird später fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen …</translation>
    </message>
    <message>
        <source>Browse, join and curate the community&apos;s groups</source>
        <translation>Die Gruppen der Gemeinschaft ansehen, ihnen beitreten und sie kuratieren</translation>
    </message>
    <message>
        <source>Sync speed and time left</source>
        <translation>Geschwindigkeit und Restzeit der Synchronisierung</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Sende %1 von %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Empfange %1 von %2</translation>
    </message>
</context>
<context>
    <name>commonroom::NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open: anyone can join</source>
        <translation>Offen: alle können beitreten</translation>
    </message>
    <message>
        <source>Reviewed: a curator approves each request</source>
        <translation>Mit Prüfung: eine Kurator*in bestätigt jede Anfrage</translation>
    </message>
    <message>
        <source>Closed: by invitation of a curator</source>
        <translation>Geschlossen: auf Einladung einer Kurator*in</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>What members accept when they join; leave empty for none</source>
        <translation>Was Mitglieder beim Beitritt annehmen; leer lassen für keine</translation>
    </message>
    <message>
        <source>Optional: what members accept when they join</source>
        <translation>Optional: was Mitglieder beim Beitritt annehmen</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>Bedin&amp;gungen:</translation>
    </message>
    <message>
        <source>You become the group&apos;s first curator.</source>
        <translation>Du wirst die erste Kurator*in der Gruppe.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>Gruppe &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>commonroom::PeopleModel</name>
    <message>
        <source>Not shared with you</source>
        <translation>Nicht mit dir geteilt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonEditor</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>You can view this profile but not change it.</source>
        <translation>Du kannst dieses Profil ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Only this person chooses who sees each field of their profile.</source>
        <translation>Nur diese Person entscheidet, wer welches Feld ihres Profils sieht.</translation>
    </message>
    <message>
        <source>Not shared with you</source>
        <translation>Nicht mit dir geteilt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Not shared with you. Whatever you type here replaces the hidden value.</source>
        <translation>Nicht mit dir geteilt. Was du hier eingibst, ersetzt den verborgenen Wert.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leitende</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only the person and admins</source>
        <translation>Nur die Person selbst und Admins</translation>
    </message>
    <message>
        <source>Who can see %1</source>
        <translation>Wer %1 sehen kann</translation>
    </message>
    <message>
        <source>Enter a display name: the name people know this person by.</source>
        <translation>Gib einen Anzeigenamen ein: den Namen, unter dem andere diese Person kennen.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Check it, or leave the field empty.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus. Prüfe sie oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>Die Person konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Deine Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leadership level</source>
        <translation>Leitungsstufe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message>
        <source>This device is not signed in. Sign in to sync; your changes are kept meanwhile.</source>
        <translation>Dieses Gerät ist nicht angemeldet. Melde dich an, um zu synchronisieren; deine Änderungen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Sync was cancelled. Nothing was lost; it resumes at the next sync.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Nichts ging verloren; sie wird beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <source>The server at %1 did not present the certificate you accepted. If its certificate was replaced on purpose, sign in again to accept the new one.</source>
        <translation>Der Server unter %1 hat nicht das Zertifikat vorgelegt, das du akzeptiert hast. Wenn es absichtlich ersetzt wurde, melde dich erneut an, um das neue zu akzeptieren.</translation>
    </message>
    <message>
        <source>The server is not reachable (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>Der Server ist nicht erreichbar (%1). Deine Änderungen bleiben erhalten und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; your unsent changes are kept.</source>
        <translation>Deine Sitzung ist abgelaufen. Melde dich erneut an, um zu synchronisieren; nicht gesendete Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server refused the sync (HTTP %1): %2</source>
        <translation>Der Server hat die Synchronisierung abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the push could not be read: %1</source>
        <translation>Die Antwort des Servers auf das Senden konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept or refuse any of the %n waiting change(s).</source>
        <translation>
            <numerusform>Der Server hat die wartende Änderung weder angenommen noch abgelehnt.</numerusform>
            <numerusform>Der Server hat keine der %n wartenden Änderungen angenommen oder abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be read: %1</source>
        <translation>Die Änderungen des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n change(s) sent</source>
        <translation>
            <numerusform>Aktuell: %n Änderung gesendet</numerusform>
            <numerusform>Aktuell: %n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see Sync problems)</source>
        <translation>
            <numerusform>%n abgelehnt (siehe Synchronisierungsprobleme)</numerusform>
            <numerusform>%n abgelehnt (siehe Synchronisierungsprobleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and that the server is running.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2. Prüfe die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>E-Mail-Adresse oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <source>The server refused to sign you in (HTTP %1): %2</source>
        <translation>Der Server hat die Anmeldung abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This profile holds the community copy of another person. Use another profile to sign in as %1.</source>
        <translation>Dieses Profil enthält die Gemeinschaftskopie einer anderen Person. Verwende ein anderes Profil, um dich als %1 anzumelden.</translation>
    </message>
    <message>
        <source>This device was revoked, so its copy of the community was erased. Sign in again to use Commonroom here.</source>
        <translation>Dieses Gerät wurde gesperrt, daher wurde seine Kopie der Gemeinschaft gelöscht. Melde dich erneut an, um Commonroom hier zu nutzen.</translation>
    </message>
    <message>
        <source>This device was revoked, but erasing its copy failed: %1. Delete the profile folder %2 by hand.</source>
        <translation>Dieses Gerät wurde gesperrt, aber das Löschen seiner Kopie ist fehlgeschlagen: %1. Lösche den Profilordner %2 von Hand.</translation>
    </message>
    <message>
        <source>The server is busy and asked to wait %1 s. Nothing was lost; sync tries again by itself.</source>
        <translation>Der Server ist ausgelastet und bittet, %1 s zu warten. Nichts ging verloren; die Synchronisierung versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh copy; try again later.</source>
        <translation>Der Server verlangt immer wieder eine neue Kopie; versuche es später erneut.</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Synchronisierungsprobleme</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>The list could not be cleared: %1</source>
        <translation>Die Liste konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>The server has accepted every change sent from this computer.</source>
        <translation>Der Server hat jede von diesem Computer gesendete Änderung angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s). They were undone on this computer; the list says why.</source>
        <translation>
            <numerusform>Der Server hat %n Änderung abgelehnt. Sie wurde auf diesem Computer rückgängig gemacht; die Liste nennt den Grund.</numerusform>
            <numerusform>Der Server hat %n Änderungen abgelehnt. Sie wurden auf diesem Computer rückgängig gemacht; die Liste nennt die Gründe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsModel</name>
    <message>
        <source>%1 (code: %2)</source>
        <translation>%1 (Code: %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Änderung an %1</translation>
    </message>
    <message>
        <source>Change to a person</source>
        <translation>Änderung an einer Person</translation>
    </message>
    <message>
        <source>Change to the group %1</source>
        <translation>Änderung an der Gruppe %1</translation>
    </message>
    <message>
        <source>Change to a group</source>
        <translation>Änderung an einer Gruppe</translation>
    </message>
    <message>
        <source>Change to a group membership</source>
        <translation>Änderung an einer Gruppenmitgliedschaft</translation>
    </message>
    <message>
        <source>Change to %1 %2</source>
        <translation>Änderung an %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonroom, the offline-first community directory.</source>
        <translation>Commonroom, das Gemeinschaftsverzeichnis, das auch offline funktioniert.</translation>
    </message>
    <message>
        <source>Keep this device&apos;s local data in DIR (default: the user&apos;s data directory).</source>
        <translation>Die lokalen Daten dieses Geräts in DIR ablegen (Standard: das Datenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Commonroom cannot start</source>
        <translation>Commonroom kann nicht starten</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be used: %2</source>
        <translation>Der Profilordner %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The community copy in %1 could not be opened: %2

The file was left untouched. Restore it from a backup, or start with another profile (--profile DIR).</source>
        <translation>Die Gemeinschaftskopie in %1 konnte nicht geöffnet werden: %2

Die Datei wurde nicht verändert. Stelle sie aus einer Sicherung wieder her oder starte mit einem anderen Profil (--profile DIR).</translation>
    </message>
</context>
</TS>
