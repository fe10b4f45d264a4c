<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Advocacy</source>
        <translation>Interessenvertretung</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmierung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organisierung</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Lokalisierung</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Door knock</source>
        <translation>Haustürbesuch</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Contributions are recorded once your application is approved.</source>
        <translation>Beiträge werden erfasst, sobald Ihr Antrag angenommen ist.</translation>
    </message>
    <message>
        <source>You record your own contributions; leaders record them for other people.</source>
        <translation>Sie erfassen Ihre eigenen Beiträge; Leitungen erfassen sie für andere.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of an entry for %2 is not one of the community&apos;s areas: %3.</source>
        <translation>Der Bereich „%1“ eines Eintrags für %2 ist keiner der Bereiche der Gemeinschaft: %3.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; of an entry for %2 is not one of: %3.</source>
        <translation>Die Art „%1“ eines Eintrags für %2 ist keine von: %3.</translation>
    </message>
    <message>
        <source>%1 hours for %2 is not a time one entry can hold: from 0 to %3 hours; split a longer contribution into one entry a day.</source>
        <translation>%1 Stunden für %2 passen nicht in einen Eintrag: 0 bis %3 Stunden; teilen Sie einen längeren Beitrag in einen Eintrag pro Tag auf.</translation>
    </message>
    <message>
        <source>There is no contribution with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keinen Beitrag mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only leaders and admins confirm contributions.</source>
        <translation>Nur Leitungen und Admins bestätigen Beiträge.</translation>
    </message>
    <message>
        <source>Cannot read the contributions of %1 on this device</source>
        <translation>Die Beiträge von %1 können auf diesem Gerät nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the contributions waiting for a confirmation on this device</source>
        <translation>Die Beiträge, die auf eine Bestätigung warten, können auf diesem Gerät nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>EventPrintouts</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>%1 expected. Walk-ins: write your name on a blank line.</source>
        <translation>%1 erwartet. Ohne Anmeldung: Tragen Sie Ihren Namen in eine leere Zeile ein.</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Angemeldete</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Anwesenheitsliste: %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Angemeldete: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>GroupMessages</name>
    <message>
        <source>The request of %1 to join %2 was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>Die Beitrittsanfrage von %1 an %2 wurde inzwischen beantwortet oder zurückgezogen. Synchronisieren Sie, um den Stand zu sehen.</translation>
    </message>
    <message>
        <source>Sign in first: a group needs a first curator.</source>
        <translation>Melden Sie sich zuerst an: Eine Gruppe braucht eine erste Kurator*in.</translation>
    </message>
    <message>
        <source>This group is not on this computer any more. Sync, then try again.</source>
        <translation>Diese Gruppe ist nicht mehr auf diesem Computer. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>To join %1, accept its terms.</source>
        <translation>Um %1 beizutreten, akzeptieren Sie die Bedingungen.</translation>
    </message>
    <message>
        <source>You are already a member of %1.</source>
        <translation>Sie sind bereits Mitglied von %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 already waits for a curator.</source>
        <translation>Ihre Beitrittsanfrage für %1 wartet bereits auf eine Kurator*in.</translation>
    </message>
    <message>
        <source>%1 takes new members by invitation of its curators only.</source>
        <translation>%1 nimmt neue Mitglieder nur auf Einladung der Kurator*innen auf.</translation>
    </message>
    <message>
        <source>This membership is not on this computer any more. Sync to see where it stands.</source>
        <translation>Diese Mitgliedschaft ist nicht mehr auf diesem Computer. Synchronisieren Sie, um den Stand zu sehen.</translation>
    </message>
    <message>
        <source>This request was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>Diese Anfrage wurde inzwischen beantwortet oder zurückgezogen. Synchronisieren Sie, um den Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 already has a membership, request or invitation in %2.</source>
        <translation>%1 hat bereits eine Mitgliedschaft, Anfrage oder Einladung in %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one curator: make someone else curator first.</source>
        <translation>%1 braucht mindestens eine Kurator*in: Ernennen Sie zuerst jemand anderen.</translation>
    </message>
    <message>
        <source>To leave %1 yourself, use Leave group.</source>
        <translation>Um %1 selbst zu verlassen, verwenden Sie „Gruppe verlassen“.</translation>
    </message>
    <message>
        <source>The community&apos;s rules do not allow this: %1</source>
        <translation>Die Regeln der Gemeinschaft erlauben dies nicht: %1</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>Dies war nicht möglich: %1</translation>
    </message>
    <message>
        <source>The change will be sent at the next sync.</source>
        <translation>Die Änderung wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household needs a name.</source>
        <translation>Ein Haushalt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The household name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Der Haushaltsname „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Only leaders and admins keep households.</source>
        <translation>Nur Leitende und Admins führen Haushalte.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1; synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Only leaders and admins place people in households.</source>
        <translation>Nur Leitende und Admins ordnen Personen Haushalten zu.</translation>
    </message>
    <message>
        <source>Only leaders and admins take people out of households.</source>
        <translation>Nur Leitende und Admins nehmen Personen aus Haushalten heraus.</translation>
    </message>
    <message>
        <source>%1 is in no household on this device.</source>
        <translation>%1 gehört auf diesem Gerät zu keinem Haushalt.</translation>
    </message>
    <message>
        <source>Cannot read the households on this device</source>
        <translation>Die Haushalte auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the household %1 on this device</source>
        <translation>Der Haushalt %1 auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no household with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keinen Haushalt mit der ID %1; synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot read the people of the household %1 on this device</source>
        <translation>Die Personen des Haushalts %1 auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the address of the household %1 on this device</source>
        <translation>Die Adresse des Haushalts %1 auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende·r</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Aktives Mitglied</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Core leader</source>
        <translation>Kernleitung</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Level %1 for %2 is not on the leadership ladder: levels go from %3 to %4.</source>
        <translation>Stufe %1 für %2 ist nicht auf der Leitungsleiter: die Stufen gehen von %3 bis %4.</translation>
    </message>
    <message>
        <source>Only leaders and admins assess people on the ladder.</source>
        <translation>Nur Leitungen und Admins stufen Personen auf der Leiter ein.</translation>
    </message>
    <message>
        <source>A leader note needs some text.</source>
        <translation>Eine Leitungsnotiz braucht Text.</translation>
    </message>
    <message>
        <source>Leader notes about you are kept from you, so you cannot write one about yourself; ask another leader.</source>
        <translation>Leitungsnotizen über Sie bleiben Ihnen verborgen, daher können Sie keine über sich selbst schreiben; bitten Sie eine andere Leitung.</translation>
    </message>
    <message>
        <source>Only leaders and admins write leader notes.</source>
        <translation>Nur Leitungen und Admins schreiben Leitungsnotizen.</translation>
    </message>
    <message>
        <source>Cannot read the assessments of %1 on this device</source>
        <translation>Die Einstufungen von %1 auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the leader notes about %1 on this device</source>
        <translation>Die Leitungsnotizen über %1 auf diesem Gerät können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
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
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
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
    <message>
        <source>Agrees to be contacted</source>
        <translation>Ist mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Einverstanden am</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollegium</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Brought in by</source>
        <translation>Hergebracht von</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relationship: family, colleague, neighbour or brought_in_by.</source>
        <translation>„%1“ ist keine Art von Beziehung: family, colleague, neighbour oder brought_in_by.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1; synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be related to themself.</source>
        <translation>%1 kann nicht mit sich selbst in Beziehung stehen.</translation>
    </message>
    <message>
        <source>Only leaders and admins relate people.</source>
        <translation>Nur Leitende und Admins halten Beziehungen zwischen Personen fest.</translation>
    </message>
    <message>
        <source>%1 was brought in, directly or not, by %2, so %2 cannot have been brought in by them: a recruitment chain cannot go round.</source>
        <translation>%1 wurde direkt oder indirekt von %2 hergebracht, also kann %2 nicht von %1 hergebracht worden sein: eine Anwerbungskette kann sich nicht schließen.</translation>
    </message>
    <message>
        <source>%1 is not recorded as brought in by %2.</source>
        <translation>Es ist nicht festgehalten, dass %1 von %2 hergebracht wurde.</translation>
    </message>
    <message>
        <source>%1 and %2 are not recorded as related (%3) on this device.</source>
        <translation>Auf diesem Gerät ist keine Beziehung (%3) zwischen %1 und %2 festgehalten.</translation>
    </message>
    <message>
        <source>Cannot read the relationships of %1 on this device</source>
        <translation>Die Beziehungen von %1 auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read whom %1 brought in on this device</source>
        <translation>Auf diesem Gerät kann nicht gelesen werden, wen %1 hergebracht hat</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>Damaged community copy</source>
        <translation>Beschädigte Gemeinschaftskopie</translation>
    </message>
    <message>
        <source>The community copy in %1 cannot be used: %2

Commonroom can set the damaged file aside (nothing is deleted), keep the changes not yet sent that can still be read, and fetch the community again from the server at the next sync. Recover now?</source>
        <translation>Die Gemeinschaftskopie in %1 kann nicht verwendet werden: %2

Commonroom kann die beschädigte Datei beiseitelegen (nichts wird gelöscht), die noch nicht gesendeten Änderungen behalten, die sich noch lesen lassen, und die Gemeinschaft bei der nächsten Synchronisierung neu vom Server abrufen. Jetzt wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>Die beschädigte Datei wurde nach %1 verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were kept; they are sent at the next sync.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung wurde behalten; sie wird bei der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>%n nicht gesendete Änderungen wurden behalten; sie werden bei der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read from the damaged file and are lost; please make them again.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung konnte aus der beschädigten Datei nicht gelesen werden und ist verloren; bitte nehmen Sie sie erneut vor.</numerusform>
            <numerusform>%n nicht gesendete Änderungen konnten aus der beschädigten Datei nicht gelesen werden und sind verloren; bitte nehmen Sie sie erneut vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file no longer told which device this was, so sign in again; this computer then counts as a new device.</source>
        <translation>Die beschädigte Datei verriet nicht mehr, welches Gerät dies war; melden Sie sich daher erneut an. Dieser Computer gilt dann als neues Gerät.</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>A smart list needs a name.</source>
        <translation>Eine intelligente Liste braucht einen Namen.</translation>
    </message>
    <message>
        <source>The smart list name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Der Name der intelligenten Liste „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; cannot be saved: %2</source>
        <translation>Die intelligente Liste „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>level %1 is not on the leadership ladder: levels go from %2 to %3.</source>
        <translation>Stufe %1 liegt nicht auf der Leitungsleiter: die Stufen gehen von %2 bis %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: applicant, member, leader or admin.</source>
        <translation>„%1“ ist keine Rolle: applicant, member, leader oder admin.</translation>
    </message>
    <message>
        <source>a day to have contributed since needs the area contributed in.</source>
        <translation>ein Tag, seit dem beigetragen wurde, braucht den Bereich des Beitrags.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of contributions.</source>
        <translation>„%1“ ist kein Bereich von Beiträgen.</translation>
    </message>
    <message>
        <source>the day &quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>der Tag „%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 events attended is not a number of events from 1 to %2.</source>
        <translation>%1 besuchte Veranstaltungen ist keine Anzahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>it selects by nothing; give it at least one criterion.</source>
        <translation>sie wählt nach nichts aus; geben Sie ihr mindestens ein Kriterium.</translation>
    </message>
    <message>
        <source>there is no group with the id %1 on this device.</source>
        <translation>auf diesem Gerät gibt es keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>it requires %1 tags, more than the %2 a smart list may.</source>
        <translation>sie verlangt %1 Schlagwörter, mehr als die %2, die eine intelligente Liste darf.</translation>
    </message>
    <message>
        <source>there is no tag with the id %1 on this device.</source>
        <translation>auf diesem Gerät gibt es kein Schlagwort mit der ID %1.</translation>
    </message>
    <message>
        <source>its criteria take %1 bytes, more than the %2 a smart list may hold.</source>
        <translation>ihre Kriterien belegen %1 Bytes, mehr als die %2, die eine intelligente Liste fassen darf.</translation>
    </message>
    <message>
        <source>Smart lists are a leaders&apos; tool: only leaders and admins save them.</source>
        <translation>Intelligente Listen sind ein Werkzeug für Leitende: nur Leitende und Admins speichern sie.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it changes it; save a copy of your own instead.</source>
        <translation>Die intelligente Liste „%1“ gehört Ihnen nicht: nur die leitende Person, die sie gespeichert hat, ändert sie; speichern Sie stattdessen eine eigene Kopie.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it (or an admin) deletes it.</source>
        <translation>Die intelligente Liste „%1“ gehört Ihnen nicht: nur die leitende Person, die sie gespeichert hat (oder ein Admin), löscht sie.</translation>
    </message>
    <message>
        <source>Cannot read the smart lists on this device</source>
        <translation>Die intelligenten Listen auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the smart list %1 on this device</source>
        <translation>Die intelligente Liste %1 auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no smart list with the id %1 on this device; sync, or see the lists with commonroom-cli lists.</source>
        <translation>Auf diesem Gerät gibt es keine intelligente Liste mit der ID %1; synchronisieren Sie, oder sehen Sie die Listen mit commonroom-cli lists.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Der Schlagwortname „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Only leaders and admins make tags.</source>
        <translation>Nur Leitende und Admins legen Schlagwörter an.</translation>
    </message>
    <message>
        <source>The community already has a tag named &quot;%1&quot; (names are compared whatever their case); apply that one, or choose another name.</source>
        <translation>Die Gemeinschaft hat schon ein Schlagwort namens „%1“ (Namen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen); vergeben Sie dieses oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the tags on this device</source>
        <translation>Die Schlagwörter auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot; on this device</source>
        <translation>Das Schlagwort „%1“ auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot; on this device; sync, or make it first.</source>
        <translation>Auf diesem Gerät gibt es kein Schlagwort namens „%1“; synchronisieren Sie oder legen Sie es zuerst an.</translation>
    </message>
    <message>
        <source>Cannot read the tag %1 on this device</source>
        <translation>Das Schlagwort %1 auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no tag with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es kein Schlagwort mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only leaders and admins apply and remove tags.</source>
        <translation>Nur Leitende und Admins vergeben und entfernen Schlagwörter.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is for leaders only and kept from the people it is applied to, so you cannot apply or remove it on yourself; ask another leader.</source>
        <translation>Das Schlagwort „%1“ ist nur für Leitende und bleibt den Personen verborgen, denen es vergeben ist; Sie können es sich also nicht selbst vergeben oder entfernen. Bitten Sie eine andere leitende Person darum.</translation>
    </message>
    <message>
        <source>Only admins delete tags; a leader can remove &quot;%1&quot; from the people it is applied to.</source>
        <translation>Nur Admins löschen Schlagwörter; Leitende können „%1“ bei den Personen entfernen, denen es vergeben ist.</translation>
    </message>
    <message>
        <source>Cannot read the tags of %1 on this device</source>
        <translation>Die Schlagwörter von %1 auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the people tagged &quot;%1&quot; on this device</source>
        <translation>Die Personen mit dem Schlagwort „%1“ auf diesem Gerät können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>no system keychain service is running</source>
        <translation>es läuft kein Schlüsselbunddienst des Systems</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The session could not be removed from the system keychain (%1). Remove the entry “%2” of “%3” with your keychain manager.</source>
        <translation>Die Sitzung konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1). Entfernen Sie den Eintrag „%2“ von „%3“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>in the system keychain, under “%1”</source>
        <translation>im Schlüsselbund des Systems, unter „%1“</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you</source>
        <translation>in der Datei %1, nur für Sie lesbar</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you, because no system keychain is available (%2)</source>
        <translation>in der Datei %1, nur für Sie lesbar, da kein Schlüsselbund des Systems verfügbar ist (%2)</translation>
    </message>
    <message>
        <source>only in memory until Commonroom quits, because no system keychain is available and keeping it in a file was declined; you will be asked to sign in again next time</source>
        <translation>nur im Arbeitsspeicher, bis Commonroom beendet wird, da kein Schlüsselbund des Systems verfügbar ist und das Speichern in einer Datei abgelehnt wurde; Sie werden beim nächsten Mal erneut zur Anmeldung aufgefordert</translation>
    </message>
</context>
<context>
    <name>commonroom::AccountClient</name>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and your connection, then try again.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1; try again later.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>commonroom::AdminDashboard</name>
    <message>
        <source>Admission and roles</source>
        <translation>Aufnahme und Rollen</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit-Protokoll</translation>
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
    <name>commonroom::ApplicantsModel</name>
    <message>
        <source>Asked for more information</source>
        <translation>Um weitere Informationen gebeten</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Noch hat niemand gebürgt.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Gefragt: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Vouches</source>
        <translation>Bürgschaften</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplicationStatusWidget</name>
    <message>
        <source>Welcome: your application was approved.</source>
        <translation>Willkommen: Ihr Antrag wurde angenommen.</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>Ihre Bewerbung</translation>
    </message>
    <message>
        <source>State of your application</source>
        <translation>Stand Ihrer Bewerbung</translation>
    </message>
    <message>
        <source>Vouches you received</source>
        <translation>Erhaltene Bürgschaften</translation>
    </message>
    <message>
        <source>Your application is sent. Sync to see what the community decides.</source>
        <translation>Ihre Bewerbung ist abgeschickt. Synchronisieren Sie, um zu sehen, wie die Gemeinschaft entscheidet.</translation>
    </message>
    <message>
        <source>Welcome: your application was approved. Sync to receive the community&apos;s directory.</source>
        <translation>Willkommen: Ihre Bewerbung wurde angenommen. Synchronisieren Sie, um das Verzeichnis der Gemeinschaft zu erhalten.</translation>
    </message>
    <message>
        <source>Your application was not accepted. The reason given: %1</source>
        <translation>Ihre Bewerbung wurde nicht angenommen. Angegebener Grund: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>An admin asks: %1

Answer by adding it to your profile (About you); they will see it at their next sync.</source>
        <translation>Eine Administratorin oder ein Administrator fragt: %1

Antworten Sie, indem Sie es in Ihrem Profil ergänzen (Über Sie); die Antwort ist bei der nächsten Synchronisierung sichtbar.</translation>
    </message>
    <message>
        <source>Your application is waiting for an admin, or for members who know you to vouch for you. Until then you see what the community shows the public.</source>
        <translation>Ihre Bewerbung wartet auf einen Administrator oder auf Mitglieder, die Sie kennen und für Sie bürgen. Bis dahin sehen Sie, was die Gemeinschaft öffentlich zeigt.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody has vouched for you yet.</source>
        <translation>Noch hat niemand für Sie gebürgt.</translation>
    </message>
    <message>
        <source>Vouched for you:
%1</source>
        <translation>Für Sie gebürgt:
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplyDialog</name>
    <message>
        <source>Apply to join</source>
        <translation>Mitglied werden</translation>
    </message>
    <message>
        <source>Tell the community who you are. An admin reviews your application, and members who know you can vouch for you. Until then you see only what the community shows the public.</source>
        <translation>Erzählen Sie der Gemeinschaft, wer Sie sind. Ein Administrator prüft Ihre Bewerbung, und Mitglieder, die Sie kennen, können für Sie bürgen. Bis dahin sehen Sie nur, was die Gemeinschaft öffentlich zeigt.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>A few lines: who you are, how you know the community, what you would like to do.</source>
        <translation>Ein paar Zeilen: wer Sie sind, woher Sie die Gemeinschaft kennen, was Sie gerne tun möchten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;About you:</source>
        <translation>Ü&amp;ber Sie:</translation>
    </message>
    <message>
        <source>&amp;Send me the community&apos;s news and calls to action by email</source>
        <translation>&amp;Neuigkeiten und Aufrufe der Gemeinschaft per E-Mail erhalten</translation>
    </message>
    <message>
        <source>You can change this later in your profile. The time of your choice is recorded.</source>
        <translation>Sie können dies später in Ihrem Profil ändern. Der Zeitpunkt Ihrer Wahl wird gespeichert.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Bewerben</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Geben Sie Ihren Namen so ein, wie die Gemeinschaft ihn sehen soll.</translation>
    </message>
    <message>
        <source>Enter your email address; the community writes to you there.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein; die Gemeinschaft schreibt Ihnen dorthin.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Bewerbung wird gesendet…</translation>
    </message>
</context>
<context>
    <name>commonroom::ApprovalQueueWidget</name>
    <message>
        <source>Approval queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>People waiting for a decision</source>
        <translation>Personen, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>About the selected applicant</source>
        <translation>Über die ausgewählte Person</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Make the selected applicant a member (Ctrl+Return)</source>
        <translation>Die ausgewählte Person als Mitglied aufnehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Turn the application down, with a reason the applicant will read</source>
        <translation>Die Bewerbung ablehnen, mit einer Begründung, die die Person lesen wird</translation>
    </message>
    <message>
        <source>Ask for &amp;information…</source>
        <translation>Um &amp;Informationen bitten…</translation>
    </message>
    <message>
        <source>Ask the applicant a question; they answer by editing their profile</source>
        <translation>Der Person eine Frage stellen; sie antwortet, indem sie ihr Profil bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Vouch…</source>
        <translation>&amp;Bürgen…</translation>
    </message>
    <message>
        <source>Vouch for the selected applicant, with a reason</source>
        <translation>Für die ausgewählte Person bürgen, mit Begründung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Select an applicant in the list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste aus.</translation>
    </message>
    <message>
        <source>Only admins decide on applications. You can vouch for an applicant instead.</source>
        <translation>Nur Administratoren entscheiden über Bewerbungen. Sie können stattdessen für eine Person bürgen.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Bewerbung ablehnen</translation>
    </message>
    <message>
        <source>Why is the application turned down? The applicant will read this reason.</source>
        <translation>Warum wird die Bewerbung abgelehnt? Die Person wird diese Begründung lesen.</translation>
    </message>
    <message>
        <source>Not rejected: a rejection needs a reason the applicant can read.</source>
        <translation>Nicht abgelehnt: Eine Ablehnung braucht eine Begründung, die die Person lesen kann.</translation>
    </message>
    <message>
        <source>Ask for more information</source>
        <translation>Um weitere Informationen bitten</translation>
    </message>
    <message>
        <source>What would you like to know? The applicant will read your question and can answer by editing their profile.</source>
        <translation>Was möchten Sie wissen? Die Person liest Ihre Frage und kann antworten, indem sie ihr Profil bearbeitet.</translation>
    </message>
    <message>
        <source>Nothing was asked: write the question first.</source>
        <translation>Nichts gefragt: Schreiben Sie zuerst die Frage.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a decision.</source>
        <translation>Niemand wartet auf eine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for a decision. Decisions are saved on this computer and sent with the next sync.</source>
        <translation>
            <numerusform>%n Person wartet auf eine Entscheidung. Entscheidungen werden auf diesem Computer gespeichert und mit der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>%n Personen warten auf eine Entscheidung. Entscheidungen werden auf diesem Computer gespeichert und mit der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone to see what they wrote and who vouched.</source>
        <translation>Wählen Sie jemanden aus, um zu sehen, was geschrieben wurde und wer gebürgt hat.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, applied %3</source>
        <translation>%1 &lt;%2&gt;, beworben am %3</translation>
    </message>
    <message>
        <source>About themselves: %1</source>
        <translation>Über sich: %1</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nichts geschrieben)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Gefragt: %1</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Noch hat niemand gebürgt.</translation>
    </message>
    <message>
        <source>Vouches:
%1</source>
        <translation>Bürgschaften:
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::AttendanceReportPane</name>
    <message numerus="yes">
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln angemeldet</numerusform>
            <numerusform>%Ln angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln teilgenommen</numerusform>
            <numerusform>%Ln teilgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln nicht erschienen</numerusform>
            <numerusform>%Ln nicht erschienen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk-in(s)</source>
        <translation>
            <numerusform>%Ln ohne Anmeldung</numerusform>
            <numerusform>%Ln ohne Anmeldung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln auf der Warteliste</numerusform>
            <numerusform>%Ln auf der Warteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln storniert</numerusform>
            <numerusform>%Ln storniert</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>By &amp;area:</source>
        <translation>Nach &amp;Gebiet:</translation>
    </message>
    <message>
        <source>Attendance by area</source>
        <translation>Teilnahme nach Gebiet</translation>
    </message>
    <message>
        <source>Chart of attendance by area</source>
        <translation>Diagramm der Teilnahme nach Gebiet</translation>
    </message>
    <message>
        <source>The same figures as the table above</source>
        <translation>Dieselben Zahlen wie in der Tabelle oben</translation>
    </message>
    <message>
        <source>Export attendance (&amp;CSV)…</source>
        <translation>Teilnahme exportieren (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export attendance as CSV</source>
        <translation>Teilnahme als CSV exportieren</translation>
    </message>
    <message>
        <source>Select an event to see its attendance.</source>
        <translation>Wählen Sie eine Veranstaltung aus, um ihre Teilnahme zu sehen.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Asked for information</source>
        <translation>Um Informationen gebeten</translation>
    </message>
    <message>
        <source>Vouched</source>
        <translation>Gebürgt</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Accepted an invitation</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Gerät widerrufen</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Renewed a session</source>
        <translation>Sitzung erneuert</translation>
    </message>
    <message>
        <source>Exported their data</source>
        <translation>Eigene Daten exportiert</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Person gelöscht</translation>
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
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Von Adresse</translation>
    </message>
    <message>
        <source>Continued as a new device</source>
        <translation>Als neues Gerät fortgesetzt</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Who acted (person id)</source>
        <translation>Wer gehandelt hat (Personen-ID)</translation>
    </message>
    <message>
        <source>Concerning (person id)</source>
        <translation>Betrifft (Personen-ID)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ask the server for the entries matching these filters</source>
        <translation>Den Server nach Einträgen fragen, die diesen Filtern entsprechen</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Einträge des Audit-Protokolls, neueste zuerst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Press Search to read the audit log from the server.</source>
        <translation>Klicken Sie auf Suchen, um das Audit-Protokoll vom Server zu lesen.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Audit-Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Kein Eintrag entspricht diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Scroll down for older ones.</source>
        <translation>
            <numerusform>%n Eintrag, neueste zuerst. Scrollen Sie nach unten für ältere.</numerusform>
            <numerusform>%n Einträge, neueste zuerst. Scrollen Sie nach unten für ältere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>Das neue Passwort ist mit dem aktuellen identisch. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>The current password is not right, or your session has ended. Check it and try again.</source>
        <translation>Das aktuelle Passwort ist falsch oder Ihre Sitzung ist abgelaufen. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>commonroom::CheckInWindow</name>
    <message>
        <source>Guest list</source>
        <translation>Gästeliste</translation>
    </message>
    <message>
        <source>Registered people first, then the rest of the directory.</source>
        <translation>Zuerst die Angemeldeten, dann das übrige Verzeichnis.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Type a name to find anyone in the directory, or register a walk-in (Ctrl+N).</source>
        <translation>Noch niemand ist angemeldet. Geben Sie einen Namen ein, um jemanden im Verzeichnis zu finden, oder erfassen Sie eine spontane Teilnahme (Strg+N).</translation>
    </message>
    <message numerus="yes">
        <source>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</source>
        <translation>
            <numerusform>Gästeliste: %n wird noch erwartet, oben aufgeführt. Geben Sie einen Namen ein, um jemanden zu finden, oder wählen Sie mit ↓ und drücken Sie Enter.</numerusform>
            <numerusform>Gästeliste: %n werden noch erwartet, oben aufgeführt. Geben Sie einen Namen ein, um jemanden zu finden, oder wählen Sie mit ↓ und drücken Sie Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is highlighted. Type the first letters of a name, or pick someone from the guest list with ↓, then press Enter.</source>
        <translation>Niemand ist ausgewählt. Geben Sie die ersten Buchstaben eines Namens ein oder wählen Sie mit ↓ jemanden aus der Gästeliste, dann drücken Sie Enter.</translation>
    </message>
    <message>
        <source>“%1” starts %2, not now: whoever is checked in here is counted as having attended.</source>
        <translation>„%1“ beginnt %2, nicht jetzt: Wer hier eingecheckt wird, gilt als teilgenommen.</translation>
    </message>
    <message>
        <source>“%1” ended %2: check-ins made now record attendance after the fact.</source>
        <translation>„%1“ endete %2: Check-ins jetzt erfassen die Teilnahme nachträglich.</translation>
    </message>
    <message numerus="yes">
        <source>walk-in(s)</source>
        <comment>under their count</comment>
        <translation>
            <numerusform>ohne Anmeldung</numerusform>
            <numerusform>ohne Anmeldung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n ohne Anmeldung</numerusform>
            <numerusform>%n ohne Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Unbekannte Veranstaltung</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Geben Sie die ersten Buchstaben eines Namens ein</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Registered people are listed first. Enter checks in the highlighted person, Ctrl+Z undoes.</source>
        <translation>Angemeldete Personen stehen oben. Eingabe checkt die markierte Person ein, Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Result of the last check-in</source>
        <translation>Ergebnis des letzten Check-ins</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Check in the highlighted person</source>
        <translation>Die markierte Person einchecken</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Den letzten Check-in rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Ohne Anmeldung…</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Person ohne Anmeldung erfassen</translation>
    </message>
    <message>
        <source>Leave check-in</source>
        <translation>Check-in verlassen</translation>
    </message>
    <message>
        <source>Leave check-in mode</source>
        <translation>Check-in-Modus verlassen</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die noch gesendet werden müssen</translation>
    </message>
    <message>
        <source>This event is not on this computer. Sync, then open check-in again.</source>
        <translation>Diese Veranstaltung ist nicht auf diesem Computer. Synchronisieren Sie und öffnen Sie dann den Check-in erneut.</translation>
    </message>
    <message>
        <source>You are not an organizer of this event: the server will refuse check-ins made here. Ask an organizer or a leader to run the door.</source>
        <translation>Sie sind kein Organisator dieser Veranstaltung: Der Server wird hier vorgenommene Check-ins ablehnen. Bitten Sie einen Organisator oder eine Leitung, den Eingang zu betreuen.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Check the spelling, or register a walk-in (Ctrl+N).</source>
        <translation>Niemand passt zu „%1“. Prüfen Sie die Schreibweise oder erfassen Sie eine Person ohne Anmeldung (Strg+N).</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation>%1 konnte nicht eingecheckt werden: %2</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 ist bereits eingecheckt.</translation>
    </message>
    <message>
        <source>%1 is already checked in (since %2).</source>
        <translation>%1 ist bereits eingecheckt (seit %2).</translation>
    </message>
    <message>
        <source>✔ %1 checked in.</source>
        <translation>✔ %1 eingecheckt.</translation>
    </message>
    <message>
        <source>✔ %1 checked in (was not registered).</source>
        <translation>✔ %1 eingecheckt (war nicht angemeldet).</translation>
    </message>
    <message>
        <source>The room is full: this check-in is kept and flagged for the organizers.</source>
        <translation>Der Raum ist voll: Dieser Check-in bleibt bestehen und wird für die Organisatoren markiert.</translation>
    </message>
    <message>
        <source>Nothing to undo: no check-in was made in this window yet.</source>
        <translation>Nichts rückgängig zu machen: In diesem Fenster wurde noch kein Check-in vorgenommen.</translation>
    </message>
    <message>
        <source>The check-in of %1 could not be undone: %2</source>
        <translation>Der Check-in von %1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The walk-in could not be registered: %1</source>
        <translation>Die Person ohne Anmeldung konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>✔ %1 registered as a walk-in and checked in.</source>
        <translation>✔ %1 ohne Anmeldung erfasst und eingecheckt.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n erwartet</numerusform>
            <numerusform>%n erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>%n eingecheckt</numerusform>
            <numerusform>%n eingecheckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is saved on this computer and sent.</source>
        <translation>Alles ist auf diesem Computer gespeichert und gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer; %n change(s) will be sent at the next sync (no network needed now).</source>
        <translation>
            <numerusform>Auf diesem Computer gespeichert; %n Änderung wird bei der nächsten Synchronisierung gesendet (jetzt ist kein Netzwerk nötig).</numerusform>
            <numerusform>Auf diesem Computer gespeichert; %n Änderungen werden bei der nächsten Synchronisierung gesendet (jetzt ist kein Netzwerk nötig).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ContributionsPane</name>
    <message>
        <source>Totals by area</source>
        <translation>Summen nach Bereich</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Contributions and touch-points, newest first</source>
        <translation>Beiträge und Kontakte, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>Er&amp;fassen…</translation>
    </message>
    <message>
        <source>Record a contribution or a touch-point</source>
        <translation>Einen Beitrag oder einen Kontakt erfassen</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the selected entry</source>
        <translation>Den ausgewählten Eintrag bestätigen</translation>
    </message>
    <message>
        <source>The entries you record wait until a leader confirms them.</source>
        <translation>Ihre Einträge warten, bis eine Leitung sie bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation>
            <numerusform>%1: %n Eintrag</numerusform>
            <numerusform>%1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 (%2 confirmed)</source>
        <translation>, %1 (%2 bestätigt)</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>erfasst von %1</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>waiting for a leader&apos;s confirmation</source>
        <translation>wartet auf die Bestätigung einer Leitung</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Einen Beitrag erfassen</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>optional, up to %1</source>
        <translation>optional, bis %1</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours; write 1.5 for an hour and a half, or leave it empty.</source>
        <translation>„%1“ ist keine Stundenzahl; schreiben Sie 1,5 für anderthalb Stunden oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesDialog</name>
    <message>
        <source>My devices</source>
        <translation>Meine Geräte</translation>
    </message>
    <message>
        <source>The computers signed in to your account. Revoke one you no longer use or have lost: it is signed out and erases its copy of the community when it next connects.</source>
        <translation>Die Computer, die bei Ihrem Konto angemeldet sind. Widerrufen Sie einen, den Sie nicht mehr nutzen oder verloren haben: Er wird abgemeldet und löscht seine Kopie der Gemeinschaft, sobald er sich das nächste Mal verbindet.</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Bei Ihrem Konto angemeldete Geräte</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Dieses Gerät ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Revoke this computer? It is signed out, and its copy of the community — with any change not yet synced — is erased at the next sync.</source>
        <translation>Diesen Computer widerrufen? Er wird abgemeldet, und seine Kopie der Gemeinschaft – mit allen noch nicht synchronisierten Änderungen – wird bei der nächsten Synchronisierung gelöscht.</translation>
    </message>
    <message>
        <source>Revoke %1? It is signed out and erases its copy of the community when it next connects. This cannot be undone; signing in again on it makes it a new device.</source>
        <translation>%1 widerrufen? Das Gerät wird abgemeldet und löscht seine Kopie der Gemeinschaft, sobald es sich das nächste Mal verbindet. Dies kann nicht rückgängig gemacht werden; eine erneute Anmeldung darauf macht es zu einem neuen Gerät.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Gerät widerrufen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>The list of devices could not be read: %1</source>
        <translation>Die Geräteliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation>Das Gerät wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>This computer is revoked. At its next sync it signs out and erases its copy of the community.</source>
        <translation>Dieser Computer ist widerrufen. Bei der nächsten Synchronisierung meldet er sich ab und löscht seine Kopie der Gemeinschaft.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesModel</name>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Signed in since</source>
        <translation>Angemeldet seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>commonroom::DoorSearchModel</name>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The registrations of the event cannot be read: %1</source>
        <translation>Die Anmeldungen der Veranstaltung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The directory cannot be read: %1</source>
        <translation>Das Verzeichnis kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateCandidatesModel</name>
    <message>
        <source>(merged away: %1)</source>
        <translation>(zusammengeführt: %1)</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>names %1 % alike</source>
        <translation>Namen zu %1 % ähnlich</translation>
    </message>
    <message>
        <source>same area</source>
        <translation>gleiche Gegend</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>How likely the two records are one person, from what they have in common</source>
        <translation>Wie wahrscheinlich die beiden Einträge eine Person sind, nach dem, was sie gemeinsam haben</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateMergeDialog</name>
    <message>
        <source>(empty or not shared)</source>
        <translation>(leer oder nicht geteilt)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the two records into the one kept</source>
        <translation>Die beiden Datensätze in den behaltenen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;Nicht dieselbe Person…</translation>
    </message>
    <message>
        <source>Mark the two records as different people</source>
        <translation>Die beiden Datensätze als verschiedene Personen markieren</translation>
    </message>
    <message>
        <source>This pair is not on this computer any more. Sync and look again.</source>
        <translation>Dieses Paar ist nicht mehr auf diesem Computer. Synchronisieren Sie und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>This pair was already reviewed (%1).</source>
        <translation>Dieses Paar wurde bereits geprüft (%1).</translation>
    </message>
    <message>
        <source>One of the two records is no longer on this computer (merged or removed). Sync and look again.</source>
        <translation>Einer der beiden Datensätze ist nicht mehr auf diesem Computer (zusammengeführt oder entfernt). Synchronisieren Sie und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the record of %1 (%2)</source>
        <translation>Den Datensatz von %1 behalten (%2)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event registration(s)</source>
        <translation>
            <numerusform>%n Veranstaltungsanmeldung</numerusform>
            <numerusform>%n Veranstaltungsanmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n besucht</numerusform>
            <numerusform>%n besucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the record of %1 and merge %2 into it? The other record is removed from the directory; its registrations, check-ins and groups move to the kept record, and a copy of it stays with this review.</source>
        <translation>Den Datensatz von %1 behalten und %2 darin zusammenführen? Der andere Datensatz wird aus dem Verzeichnis entfernt; seine Anmeldungen, Check-ins und Gruppen gehen auf den behaltenen Datensatz über, und eine Kopie davon bleibt bei dieser Prüfung.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>Die Datensätze wurden nicht zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Mark %1 and %2 as different people? They will not be flagged again.</source>
        <translation>%1 und %2 als verschiedene Personen markieren? Sie werden nicht erneut gemeldet.</translation>
    </message>
    <message>
        <source>The pair was not dismissed: %1</source>
        <translation>Das Paar wurde nicht verworfen: %1</translation>
    </message>
    <message>
        <source>Flagged because of: %1.</source>
        <translation>Markiert wegen: %1.</translation>
    </message>
    <message>
        <source>%1 likely the same person: %2.</source>
        <translation>Zu %1 wahrscheinlich dieselbe Person: %2.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, for each field, the value it keeps. Registrations, check-ins and group memberships of both are kept.</source>
        <translation>Wählen Sie den zu behaltenden Datensatz und für jedes Feld den zu behaltenden Wert. Anmeldungen, Check-ins und Gruppenmitgliedschaften beider bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicatesPane</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Review the selected pair</source>
        <translation>Das ausgewählte Paar prüfen</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Sie wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The two records are merged. %1</source>
        <translation>Die beiden Datensätze sind zusammengeführt. %1</translation>
    </message>
    <message>
        <source>Marked as different people. %1</source>
        <translation>Als verschiedene Personen markiert. %1</translation>
    </message>
    <message>
        <source>People who may be recorded twice: flagged at the door for the same email, phone or name, or found alike by the server&apos;s scan of the whole directory. Review each pair, the likeliest first: merge the two records, or mark them as different people.</source>
        <translation>Personen, die vielleicht doppelt erfasst sind: an der Tür wegen gleicher E-Mail, Telefonnummer oder gleichen Namens markiert, oder von der Durchsicht des ganzen Verzeichnisses auf dem Server als ähnlich gefunden. Prüfen Sie jedes Paar, das wahrscheinlichste zuerst: Führen Sie die beiden Einträge zusammen oder markieren Sie sie als verschiedene Personen.</translation>
    </message>
    <message>
        <source>Show &amp;decided pairs</source>
        <translation>&amp;Entschiedene Paare zeigen</translation>
    </message>
    <message>
        <source>&amp;Merge all above 98 %…</source>
        <translation>Alle über 98 % &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge every pair at least 98 % likely the same person</source>
        <translation>Jedes Paar zusammenführen, das zu mindestens 98 % wahrscheinlich dieselbe Person ist</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>Zusammenführung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Bring back the person merged away</source>
        <translation>Die weggeführte Person zurückholen</translation>
    </message>
    <message>
        <source>No pair is 98 % likely or more; review the others one by one.</source>
        <translation>Kein Paar ist zu 98 % oder mehr wahrscheinlich; prüfen Sie die anderen einzeln.</translation>
    </message>
    <message>
        <source>Merge likely duplicates</source>
        <translation>Wahrscheinliche Doppelte zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merge the %n pair(s) at least 98 % likely the same person?</source>
        <translation>
            <numerusform>Das %n Paar zusammenführen, das zu mindestens 98 % wahrscheinlich dieselbe Person ist?</numerusform>
            <numerusform>Die %n Paare zusammenführen, die zu mindestens 98 % wahrscheinlich dieselbe Person sind?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %n pair(s)</source>
        <translation>
            <numerusform>%n Paar &amp;zusammenführen</numerusform>
            <numerusform>%n Paare &amp;zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every pair was merged: %1 The pairs merged before it stay merged.</source>
        <translation>Nicht jedes Paar wurde zusammengeführt: %1 Die davor zusammengeführten Paare bleiben es.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged. They will be sent at the next sync.</source>
        <translation>
            <numerusform>%n Paar zusammengeführt. Es wird bei der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>%n Paare zusammengeführt. Sie werden bei der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the person merged away, as they were before the merge?</source>
        <translation>Die weggeführte Person so zurückholen, wie sie vor der Zusammenführung war?</translation>
    </message>
    <message>
        <source>The server restores their record; the two are then marked as different people. Registrations and memberships moved in the merge stay with the person kept.</source>
        <translation>Der Server stellt ihren Eintrag wieder her; die beiden gelten dann als verschiedene Personen. Bei der Zusammenführung verschobene Anmeldungen und Mitgliedschaften bleiben bei der behaltenen Person.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Asking the server to undo the merge…</source>
        <translation>Der Server wird gebeten, die Zusammenführung rückgängig zu machen…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>Die Zusammenführung wurde nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>The merge is undone; the person comes back with this sync.</source>
        <translation>Die Zusammenführung ist rückgängig gemacht; die Person kommt mit dieser Synchronisierung zurück.</translation>
    </message>
    <message>
        <source>Of each pair the record with an account, or else with more registrations and groups, is kept, and gets what only the other one has. Registrations, check-ins and group memberships of both are kept. A merge can be undone afterwards, pair by pair, while connected to the server.</source>
        <translation>Von jedem Paar bleibt der Eintrag mit Konto, sonst der mit mehr Anmeldungen und Gruppen, und erhält, was nur der andere hat. Anmeldungen, Check-ins und Gruppenmitgliedschaften beider bleiben erhalten. Eine Zusammenführung lässt sich danach Paar für Paar rückgängig machen, solange eine Verbindung zum Server besteht.</translation>
    </message>
</context>
<context>
    <name>commonroom::ErasePersonDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>This erases %1 from the community for good: their profile, memberships, vouches, account and devices. Every device drops them at its next sync. It cannot be undone. Do it only on their request.</source>
        <translation>Damit wird %1 endgültig aus der Gemeinschaft gelöscht: Profil, Mitgliedschaften, Bürgschaften, Konto und Geräte. Jedes Gerät entfernt die Person bei der nächsten Synchronisierung. Dies kann nicht rückgängig gemacht werden. Tun Sie es nur auf ihren Wunsch.</translation>
    </message>
    <message>
        <source>Reason, kept in the audit log</source>
        <translation>Grund, wird im Audit-Protokoll gespeichert</translation>
    </message>
    <message>
        <source>For example: asked by email on 3 May</source>
        <translation>Zum Beispiel: per E-Mail am 3. Mai angefragt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Type the name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen ein</translation>
    </message>
    <message>
        <source>&amp;Type “%1” to confirm:</source>
        <translation>&amp;Geben Sie zur Bestätigung „%1“ ein:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Write why %1 is erased; the audit log keeps the reason.</source>
        <translation>Schreiben Sie, warum %1 gelöscht wird; das Audit-Protokoll speichert den Grund.</translation>
    </message>
    <message>
        <source>Type the name exactly as shown (“%1”) to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Namen genau wie angezeigt ein („%1“).</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::EventDialog</name>
    <message>
        <source>Type part of the name of a city or region of the venue</source>
        <translation>Geben Sie einen Teil des Namens einer Stadt oder Region des Veranstaltungsorts ein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the venue's time zone from the list: type part of a city's name.</source>
        <translation>Wählen Sie die Zeitzone des Veranstaltungsorts aus der Liste: Geben Sie einen Teil eines Stadtnamens ein.</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Endet um:</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>Zeitzone des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Venue and address</source>
        <translation>Veranstaltungsort und Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Ausrichtende Gruppe</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>Die ganze Gemeinschaft</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Sta&amp;rts at:</source>
        <translation>&amp;Beginnt um:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation>&amp;Ausgerichtet von:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Geben Sie der Veranstaltung einen Titel.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Reminder by mail</source>
        <translation>Erinnerung per Mail</translation>
    </message>
    <message>
        <source>The server mails a reminder this long before the start, once, to each registrant who wants reminders.</source>
        <translation>Der Server mailt so lange vor Beginn einmal eine Erinnerung an alle Angemeldeten, die Erinnerungen wünschen.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n Stunde vorher</numerusform>
            <numerusform>%n Stunden vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 Woche vorher</translation>
    </message>
    <message>
        <source>Re&amp;mind by mail:</source>
        <translation>Per &amp;Mail erinnern:</translation>
    </message>
</context>
<context>
    <name>commonroom::EventExports</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1. gespeichert</translation>
    </message>
    <message>
        <source>The attendance could not be exported: %1</source>
        <translation>Die Teilnahme konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Teilnahme exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Veranstaltung exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>No events are listed: change the filters first.</source>
        <translation>Keine Veranstaltungen aufgelistet: Ändern Sie zuerst die Filter.</translation>
    </message>
    <message>
        <source>Export listed events</source>
        <translation>Aufgelistete Veranstaltungen exportieren</translation>
    </message>
    <message>
        <source>Commonroom events</source>
        <translation>Commonroom-Veranstaltungen</translation>
    </message>
    <message>
        <source>Save subscription file</source>
        <translation>Abonnementdatei speichern</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>Anwesenheitsliste speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was not saved: %1</source>
        <translation>Die Anwesenheitsliste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save list of registrants</source>
        <translation>Liste der Angemeldeten speichern</translation>
    </message>
    <message>
        <source>The list of registrants was not saved: %1</source>
        <translation>Die Liste der Angemeldeten wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer, or export a PDF instead.</source>
        <translation>Drucken fehlgeschlagen. Prüfen Sie den Drucker oder exportieren Sie stattdessen ein PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1.</source>
        <translation>An den Drucker gesendet: %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Anwesenheitsliste: %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Angemeldete: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::EventListPane</name>
    <message>
        <source>Which events</source>
        <translation>Welche Veranstaltungen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Ausrichtende Gruppe</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Veranstaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Words of the title or place</source>
        <translation>Wörter aus Titel oder Ort</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <source>The event was not created: %1</source>
        <translation>Die Veranstaltung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Event “%1” created. %2</source>
        <translation>Veranstaltung „%1“ erstellt. %2</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Sie wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>commonroom::EventPagePane</name>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Sie wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Ausgerichtet von</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Your registration</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Register for the event</source>
        <translation>Für die Veranstaltung anmelden</translation>
    </message>
    <message>
        <source>&amp;Cancel my registration…</source>
        <translation>Meine Anmeldung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Cancel my registration</source>
        <translation>Meine Anmeldung stornieren</translation>
    </message>
    <message>
        <source>Check-&amp;in mode</source>
        <translation>Check-&amp;in-Modus</translation>
    </message>
    <message>
        <source>Open check-in mode for the door</source>
        <translation>Check-in-Modus für den Eingang öffnen</translation>
    </message>
    <message>
        <source>Full-screen check-in at the door (Ctrl+Shift+K); works without a network</source>
        <translation>Vollbild-Check-in am Eingang (Strg+Umschalt+K); funktioniert ohne Netzwerk</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>Cancel even&amp;t…</source>
        <translation>Veranstal&amp;tung absagen…</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Veranstaltung absagen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Exportieren und drucken</translation>
    </message>
    <message>
        <source>Attendance (CSV)…</source>
        <translation>Teilnahme (CSV)…</translation>
    </message>
    <message>
        <source>This event (.ics)…</source>
        <translation>Diese Veranstaltung (.ics)…</translation>
    </message>
    <message>
        <source>Listed events (.ics)…</source>
        <translation>Aufgelistete Veranstaltungen (.ics)…</translation>
    </message>
    <message>
        <source>Subscription file (.ics)…</source>
        <translation>Abonnementdatei (.ics)…</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Anwesenheitsliste (PDF)…</translation>
    </message>
    <message>
        <source>Registrants (PDF)…</source>
        <translation>Angemeldete (PDF)…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Anwesenheitsliste drucken…</translation>
    </message>
    <message>
        <source>Print registrants…</source>
        <translation>Angemeldete drucken…</translation>
    </message>
    <message>
        <source>&amp;List of registrants:</source>
        <translation>&amp;Liste der Angemeldeten:</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Angemeldete</translation>
    </message>
    <message>
        <source>Register a &amp;person…</source>
        <translation>&amp;Person anmelden…</translation>
    </message>
    <message>
        <source>Register someone for the event</source>
        <translation>Jemanden für die Veranstaltung anmelden</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected registration…</source>
        <translation>Ausgewählte Anmeldung &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Cancel the selected registration</source>
        <translation>Die ausgewählte Anmeldung stornieren</translation>
    </message>
    <message>
        <source>No events match. Change the filters, sync to receive events, or create one.</source>
        <translation>Keine Veranstaltungen gefunden. Ändern Sie die Filter, synchronisieren Sie, um Veranstaltungen zu erhalten, oder erstellen Sie eine.</translation>
    </message>
    <message>
        <source>Select an event to see its details and registrants.</source>
        <translation>Wählen Sie eine Veranstaltung aus, um Details und Angemeldete zu sehen.</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Veranstaltung %1</translation>
    </message>
    <message>
        <source>Hosted by: %1</source>
        <translation>Ausgerichtet von: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 von %n Platz belegt</numerusform>
            <numerusform>%1 von %n Plätzen belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered (no limit)</source>
        <translation>
            <numerusform>%n angemeldet (keine Begrenzung)</numerusform>
            <numerusform>%n angemeldet (keine Begrenzung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n auf der Warteliste</numerusform>
            <numerusform>%n auf der Warteliste</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to register.</source>
        <translation>Melden Sie sich an, um sich für Veranstaltungen anzumelden.</translation>
    </message>
    <message>
        <source>You are not registered.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>You are on the waitlist: number %1. You get a place when one frees up, in order.</source>
        <translation>Sie stehen auf der Warteliste: Nummer %1. Sie erhalten einen Platz, sobald einer frei wird, der Reihe nach.</translation>
    </message>
    <message>
        <source>You are registered, and checked in.</source>
        <translation>Sie sind angemeldet und eingecheckt.</translation>
    </message>
    <message>
        <source>You are registered.</source>
        <translation>Sie sind angemeldet.</translation>
    </message>
    <message>
        <source>The event was not changed: %1</source>
        <translation>Die Veranstaltung wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Event “%1” saved. %2</source>
        <translation>Veranstaltung „%1“ gespeichert. %2</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Veranstaltung absagen</translation>
    </message>
    <message>
        <source>Cancel “%1”? It stays in the list, marked cancelled, so registrants can be told; calendars that subscribe remove it.</source>
        <translation>„%1“ absagen? Die Veranstaltung bleibt als abgesagt markiert in der Liste, damit die Angemeldeten informiert werden können; abonnierte Kalender entfernen sie.</translation>
    </message>
    <message>
        <source>The event was not cancelled: %1</source>
        <translation>Die Veranstaltung wurde nicht abgesagt: %1</translation>
    </message>
    <message>
        <source>“%1” is cancelled. %2</source>
        <translation>„%1“ ist abgesagt. %2</translation>
    </message>
    <message>
        <source>You were not registered: %1</source>
        <translation>Sie wurden nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The event is full: you are on the waitlist (number %1). %2</source>
        <translation>Die Veranstaltung ist voll: Sie stehen auf der Warteliste (Nummer %1). %2</translation>
    </message>
    <message>
        <source>You are registered for “%1”. %2</source>
        <translation>Sie sind für „%1“ angemeldet. %2</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Anmeldung stornieren</translation>
    </message>
    <message>
        <source>Cancel your registration for “%1”? Your place goes to the first person on the waitlist.</source>
        <translation>Ihre Anmeldung für „%1“ stornieren? Ihr Platz geht an die erste Person auf der Warteliste.</translation>
    </message>
    <message>
        <source>Your registration was not cancelled: %1</source>
        <translation>Ihre Anmeldung wurde nicht storniert: %1</translation>
    </message>
    <message>
        <source>Your registration is cancelled. %1</source>
        <translation>Ihre Anmeldung ist storniert. %1</translation>
    </message>
    <message>
        <source>The person was not registered: %1</source>
        <translation>Die Person wurde nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation>%1 steht auf der Warteliste.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 ist angemeldet.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Cancel the registration of %1 for “%2”? The first person on the waitlist gets the place.</source>
        <translation>Die Anmeldung von %1 für „%2“ stornieren? Die erste Person auf der Warteliste erhält den Platz.</translation>
    </message>
    <message>
        <source>The registration was not cancelled: %1</source>
        <translation>Die Anmeldung wurde nicht storniert: %1</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled. %2</source>
        <translation>Die Anmeldung von %1 ist storniert. %2</translation>
    </message>
    <message numerus="yes">
        <source>reminder by mail %n hour(s) before</source>
        <translation>
            <numerusform>Erinnerung per Mail %n Stunde vorher</numerusform>
            <numerusform>Erinnerung per Mail %n Stunden vorher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventsDashboard</name>
    <message>
        <source>Choose an event first: the door view checks people in at one event.</source>
        <translation>Wählen Sie zuerst eine Veranstaltung: Die Einlassansicht checkt Personen bei einer Veranstaltung ein.</translation>
    </message>
    <message>
        <source>Only the organizers of “%1”, the curators of its group and leaders check people in.</source>
        <translation>Nur die Organisatoren von „%1“, die Kurator*innen ihrer Gruppe und Leitende checken Personen ein.</translation>
    </message>
    <message>
        <source>“%1” is cancelled: there is nobody to check in.</source>
        <translation>„%1“ ist abgesagt: Es gibt niemanden einzuchecken.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;uplikate</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>D&amp;uplikate (%1)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
</context>
<context>
    <name>commonroom::EventsModel</name>
    <message>
        <source>(untitled event)</source>
        <translation>(Veranstaltung ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registered of %1 places</source>
        <translation>
            <numerusform>%n angemeldet von %1 Plätzen</numerusform>
            <numerusform>%n angemeldet von %1 Plätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered, no limit</source>
        <translation>
            <numerusform>%n angemeldet, keine Begrenzung</numerusform>
            <numerusform>%n angemeldet, keine Begrenzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n auf der Warteliste</numerusform>
            <numerusform>%n auf der Warteliste</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>(a group)</source>
        <translation>(eine Gruppe)</translation>
    </message>
</context>
<context>
    <name>commonroom::ExportMyDataDialog</name>
    <message>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <source>Saves everything the community holds about you — your profile with every field, your memberships, vouches and invitations — as a JSON document (complete, for programs) and a vCard (for address books).</source>
        <translation>Speichert alles, was die Gemeinschaft über Sie hat – Ihr Profil mit allen Feldern, Ihre Mitgliedschaften, Bürgschaften und Einladungen – als JSON-Dokument (vollständig, für Programme) und als vCard (für Adressbücher).</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save my data into</source>
        <translation>Meine Daten speichern in</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (Browse…).</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben können (Durchsuchen…).</translation>
    </message>
    <message>
        <source>Asking the server for your data…</source>
        <translation>Server wird nach Ihren Daten gefragt…</translation>
    </message>
    <message>
        <source>Your data could not be exported: %1</source>
        <translation>Ihre Daten konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1. gespeichert</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>1. Enter the email address of your account; the server mails you a code.</source>
        <translation>1. Geben Sie die E-Mail-Adresse Ihres Kontos ein; der Server schickt Ihnen einen Code.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Mail me a code</source>
        <translation>Code per E-&amp;Mail senden</translation>
    </message>
    <message>
        <source>2. Type the code from the mail and choose a new password.</source>
        <translation>2. Geben Sie den Code aus der E-Mail ein und wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>Neues Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Type the code from the mail (ask for one with “Mail me a code”).</source>
        <translation>Geben Sie den Code aus der E-Mail ein (fordern Sie einen mit „Code per E-Mail senden“ an).</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Neues Passwort wird festgelegt…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used or expired. Ask for a new one with “Mail me a code”.</source>
        <translation>Dieser Code funktioniert nicht: Er ist vielleicht falsch eingegeben, bereits verwendet oder abgelaufen. Fordern Sie mit „Code per E-Mail senden“ einen neuen an.</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It may take a few minutes; check the spam folder too.</source>
        <translation>Falls %1 zu einem Konto gehört, ist ein Code dorthin unterwegs. Das kann einige Minuten dauern; prüfen Sie auch den Spam-Ordner.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupCurationPane</name>
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
        <source>Remove as c&amp;urator…</source>
        <translation>Als K&amp;urator*in entfernen…</translation>
    </message>
    <message>
        <source>Make the selected curator an ordinary member</source>
        <translation>Die ausgewählte Kurator*in zu einem normalen Mitglied machen</translation>
    </message>
    <message>
        <source>R&amp;emove from group…</source>
        <translation>Aus Gruppe &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected person from the group</source>
        <translation>Die ausgewählte Person aus der Gruppe entfernen</translation>
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
        <source>The last curator cannot be removed: make someone else curator first.</source>
        <translation>Die letzte Kurator*in kann nicht entfernt werden: Ernennen Sie zuerst jemand anderen.</translation>
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
        <translation>Sie haben die Beitrittsanfrage von %1 an %2 abgelehnt.</translation>
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
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They will need to ask again or be invited to come back.</source>
        <translation>%1 aus %2 entfernen? Die Person muss erneut anfragen oder eingeladen werden, um zurückzukehren.</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ist nicht mehr in %2.</translation>
    </message>
    <message>
        <source>Remove as curator</source>
        <translation>Als Kurator*in entfernen</translation>
    </message>
    <message>
        <source>Make %1 an ordinary member of %2? They will no longer answer requests or invite people.</source>
        <translation>%1 zu einem normalen Mitglied von %2 machen? Die Person beantwortet dann keine Anfragen mehr und lädt niemanden mehr ein.</translation>
    </message>
    <message>
        <source>%1 is no longer a curator of %2.</source>
        <translation>%1 ist nicht mehr Kurator*in von %2.</translation>
    </message>
    <message>
        <source>No one called %1 is on this computer. Pick a name from the suggestions.</source>
        <translation>Niemand namens %1 ist auf diesem Computer. Wählen Sie einen Namen aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>More than one person is called %1. Pick one from the suggestions.</source>
        <translation>Mehr als eine Person heißt %1. Wählen Sie eine aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>%1 is invited to %2.</source>
        <translation>%1 ist zu %2 eingeladen.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupListPane</name>
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
        <source>Groups</source>
        <translation>Gruppen</translation>
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
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Eine Gruppe anlegen; Sie werden ihre erste Kurator*in (Strg+N)</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>Die Gruppe %1 wurde angelegt; Sie sind ihre Kurator*in.</translation>
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
        <translation>Der Name dieser Person wird nicht mit Ihnen geteilt, oder sie ist noch nicht auf diesem Computer</translation>
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
    <name>commonroom::GroupPagePane</name>
    <message>
        <source>Opportunities</source>
        <translation>Gelegenheiten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Why you cannot join</source>
        <translation>Warum Sie nicht beitreten können</translation>
    </message>
    <message>
        <source>Groups are for approved members: once your application is approved, you can join or ask to join.</source>
        <translation>Gruppen stehen angenommenen Mitgliedern offen: Sobald Ihr Antrag angenommen ist, können Sie beitreten oder um Beitritt bitten.</translation>
    </message>
    <message>
        <source>Your role does not let you join this group; ask one of its curators to invite you.</source>
        <translation>Ihre Rolle erlaubt keinen Beitritt zu dieser Gruppe; bitten Sie eine Kurator*in um eine Einladung.</translation>
    </message>
    <message>
        <source>Its members are shown once you are approved.</source>
        <translation>Mitglieder werden angezeigt, sobald Sie aufgenommen sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group · %2</source>
        <translation>Gruppe: %1 · %2</translation>
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
        <translation>Ihre Mitgliedschaft</translation>
    </message>
    <message>
        <source>Curators</source>
        <translation>Kurator*innen</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Wartende Anfragen</translation>
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
        <source>There are no groups on this computer yet. Sync to receive them, or create one.</source>
        <translation>Auf diesem Computer gibt es noch keine Gruppen. Synchronisieren Sie, um sie zu erhalten, oder legen Sie eine an.</translation>
    </message>
    <message>
        <source>Select a group to see its members and what you can do there.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Mitglieder zu sehen und was Sie dort tun können.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>You curate this group.</source>
        <translation>Sie kuratieren diese Gruppe.</translation>
    </message>
    <message>
        <source>You are a member of this group.</source>
        <translation>Sie sind Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>You asked to join; a curator will answer your request.</source>
        <translation>Sie haben um Beitritt gebeten; eine Kurator*in wird Ihre Anfrage beantworten.</translation>
    </message>
    <message>
        <source>You are invited to join this group.</source>
        <translation>Sie sind eingeladen, dieser Gruppe beizutreten.</translation>
    </message>
    <message>
        <source>Your request to join was declined.</source>
        <translation>Ihre Beitrittsanfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Your request to join was declined: %1</source>
        <translation>Ihre Beitrittsanfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>This group is closed: its curators invite new members.</source>
        <translation>Diese Gruppe ist geschlossen: Die Kurator*innen der Gruppe laden neue Mitglieder ein.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No curator on this computer.</source>
        <translation>Keine Kurator*innen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Curators: %1</source>
        <translation>Kurator*innen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to join wait for your answer: select one in the list below.</source>
        <translation>
            <numerusform>%n Beitrittsanfrage wartet auf Ihre Antwort: Wählen Sie sie in der Liste unten aus.</numerusform>
            <numerusform>%n Beitrittsanfragen warten auf Ihre Antwort: Wählen Sie eine in der Liste unten aus.</numerusform>
        </translation>
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
        <source>&amp;Withdraw request…</source>
        <translation>Anfrage &amp;zurückziehen …</translation>
    </message>
    <message>
        <source>&amp;Refuse invitation…</source>
        <translation>Einladung a&amp;usschlagen …</translation>
    </message>
    <message>
        <source>You are the group&apos;s last curator: make someone else curator first.</source>
        <translation>Sie sind die letzte Kurator*in der Gruppe: Machen Sie zuerst jemand anderen zur Kurator*in.</translation>
    </message>
    <message>
        <source>Terms of %1</source>
        <translation>Bedingungen von %1</translation>
    </message>
    <message>
        <source>To join %1, accept its terms:</source>
        <translation>Um %1 beizutreten, nehmen Sie die Bedingungen an:</translation>
    </message>
    <message>
        <source>&amp;Accept terms and join</source>
        <translation>Bedingungen &amp;annehmen und beitreten</translation>
    </message>
    <message>
        <source>You did not join %1: joining needs its terms accepted.</source>
        <translation>Sie sind %1 nicht beigetreten: Zum Beitritt müssen die Bedingungen angenommen werden.</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Beitritt zu %1 anfragen</translation>
    </message>
    <message>
        <source>A message for the curators (optional): who you are, why you would like to join.</source>
        <translation>Eine Nachricht an die Kurator*innen (optional): wer Sie sind und warum Sie beitreten möchten.</translation>
    </message>
    <message>
        <source>You asked to join %1; a curator will answer.</source>
        <translation>Sie haben um Beitritt zu %1 gebeten; eine Kurator*in wird antworten.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Sie sind %1 beigetreten.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw your request to join %1?</source>
        <translation>Ihre Beitrittsanfrage an %1 zurückziehen?</translation>
    </message>
    <message>
        <source>Your request to join %1 was withdrawn.</source>
        <translation>Ihre Beitrittsanfrage an %1 wurde zurückgezogen.</translation>
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
        <translation>Sie haben die Einladung in %1 ausgeschlagen.</translation>
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
        <translation>Um zurückzukommen, brauchen Sie die Zustimmung oder Einladung einer Kurator*in.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Sie haben %1 verlassen.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsModel</name>
    <message>
        <source>Members are shown once you are approved.</source>
        <translation>Mitglieder werden angezeigt, sobald Sie aufgenommen sind.</translation>
    </message>
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
        <translation>Sie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsWindow</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
</context>
<context>
    <name>commonroom::HomeDashboard</name>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>name not shared</source>
        <translation>Name nicht geteilt</translation>
    </message>
    <message>
        <source>Once your application is approved you can join groups; until then, look around under Groups (Ctrl+3).</source>
        <translation>Sobald Ihr Antrag angenommen ist, können Sie Gruppen beitreten; bis dahin sehen Sie sich unter Gruppen um (Strg+3).</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Annehmen…</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>Die ausgewählten Anfragen annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Decline the selected requests</source>
        <translation>Die ausgewählten Anfragen ablehnen</translation>
    </message>
    <message>
        <source>Select one or more requests, or a group for all of its.</source>
        <translation>Wählen Sie eine oder mehrere Anfragen aus, oder eine Gruppe für alle ihre Anfragen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage annehmen</numerusform>
            <numerusform>%n Anfragen annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage ablehnen</numerusform>
            <numerusform>%n Anfragen ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Eine Nachricht an %1 (optional):</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Eine Nachricht an %1 mit dem Grund (optional):</translation>
    </message>
    <message>
        <source>A message for each of them (optional):</source>
        <translation>Eine Nachricht an jede dieser Personen (optional):</translation>
    </message>
    <message>
        <source>A message for each of them saying why (optional):</source>
        <translation>Eine Nachricht an jede dieser Personen mit dem Grund (optional):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other request(s) were answered.</source>
        <translation>
            <numerusform>%Ln andere Anfrage wurde beantwortet.</numerusform>
            <numerusform>%Ln andere Anfragen wurden beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ist jetzt Mitglied von %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Sie haben die Beitrittsanfrage von %1 an %2 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %Ln request(s) to join.</source>
        <translation>
            <numerusform>%Ln Beitrittsanfrage angenommen.</numerusform>
            <numerusform>%Ln Beitrittsanfragen angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declined %Ln request(s) to join.</source>
        <translation>
            <numerusform>%Ln Beitrittsanfrage abgelehnt.</numerusform>
            <numerusform>%Ln Beitrittsanfragen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;My groups</source>
        <translation>&amp;Meine Gruppen</translation>
    </message>
    <message>
        <source>You are in no group yet. Find one under Groups (Ctrl+3).</source>
        <translation>Sie sind noch in keiner Gruppe. Finden Sie eine unter Gruppen (Strg+3).</translation>
    </message>
    <message>
        <source>&amp;Requests for you to review</source>
        <translation>&amp;Anfragen zur Prüfung</translation>
    </message>
    <message>
        <source>No requests to join are waiting for you.</source>
        <translation>Keine Beitrittsanfragen warten auf Sie.</translation>
    </message>
    <message>
        <source>Recent &amp;changes in my groups</source>
        <translation>Letzte Ä&amp;nderungen in meinen Gruppen</translation>
    </message>
    <message>
        <source>Nothing new in your groups since you started syncing.</source>
        <translation>Nichts Neues in Ihren Gruppen, seit Sie synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;Opportunities for you</source>
        <translation>&amp;Gelegenheiten für Sie</translation>
    </message>
    <message>
        <source>No open opportunity matches the skills, languages and interests of your profile yet.</source>
        <translation>Noch passt keine offene Gelegenheit zu den Fähigkeiten, Sprachen und Interessen Ihres Profils.</translation>
    </message>
    <message>
        <source>I&apos;m &amp;interested</source>
        <translation>Ich bin &amp;interessiert</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Ich bin interessiert</translation>
    </message>
    <message>
        <source>&amp;Withdraw interest</source>
        <translation>Interesse &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw interest</source>
        <translation>Interesse zurückziehen</translation>
    </message>
    <message>
        <source>Nothing has been written to your groups or events yet.</source>
        <translation>An Ihre Gruppen und Veranstaltungen wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>To you from the community's leaders</source>
        <translation>An Sie von den Leitenden der Gemeinschaft</translation>
    </message>
    <message>
        <source>To the list %1</source>
        <translation>An die Liste %1</translation>
    </message>
    <message>
        <source>Message&amp;s from my groups, events and leaders</source>
        <translation>Nachrichten au&amp;s meinen Gruppen, Veranstaltungen und von Leitenden</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationCodeDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Copy the code from the invitation mail and choose your password. The code works once, for the address it was sent to, within 14 days.</source>
        <translation>Kopieren Sie den Code aus der Einladungs-E-Mail und wählen Sie Ihr Passwort. Der Code funktioniert einmal, für die Adresse, an die er gesendet wurde, innerhalb von 14 Tagen.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Email the invitation was sent to</source>
        <translation>E-Mail-Adresse, an die die Einladung gesendet wurde</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Paste the code from the invitation mail.</source>
        <translation>Fügen Sie den Code aus der Einladungs-E-Mail ein.</translation>
    </message>
    <message>
        <source>Enter the email address the invitation was sent to.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die die Einladung gesendet wurde.</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Geben Sie Ihren Namen so ein, wie die Gemeinschaft ihn sehen soll.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used, expired, or sent to another address. Ask the person who invited you for a new invitation.</source>
        <translation>Dieser Code funktioniert nicht: Er ist vielleicht falsch eingegeben, bereits verwendet, abgelaufen oder an eine andere Adresse gesendet. Bitten Sie die einladende Person um eine neue Einladung.</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>Die Gemeinschaft</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>In</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsWidget</name>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Einzuladende E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Invite &amp;email:</source>
        <translation>&amp;E-Mail einladen:</translation>
    </message>
    <message>
        <source>Into the &amp;group</source>
        <translation>In die &amp;Gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>The server mails a code to the address at the next sync; it is valid for 14 days</source>
        <translation>Der Server schickt bei der nächsten Synchronisierung einen Code an die Adresse; er ist 14 Tage gültig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Gesendete Einladungen</translation>
    </message>
    <message>
        <source>Only leaders and admins can invite people.</source>
        <translation>Nur Leiter und Administratoren können Personen einladen.</translation>
    </message>
    <message>
        <source>Enter the email address to invite, for example name@example.org.</source>
        <translation>Geben Sie die einzuladende E-Mail-Adresse ein, zum Beispiel name@example.org.</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>die Gemeinschaft</translation>
    </message>
    <message>
        <source>Choose the group, or untick “Into the group” to invite into the community.</source>
        <translation>Wählen Sie die Gruppe aus oder deaktivieren Sie „In die Gruppe“, um in die Gemeinschaft einzuladen.</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>Die Einladung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is invited into %2. The server mails the code at the next sync.</source>
        <translation>%1 ist in %2 eingeladen. Der Server verschickt den Code bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>commonroom::LeadershipPane</name>
    <message>
        <source>Leadership</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Assessments, newest first</source>
        <translation>Einstufungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Einstufen…</translation>
    </message>
    <message>
        <source>Assess this person on the leadership ladder</source>
        <translation>Diese Person auf der Leitungsleiter einstufen</translation>
    </message>
    <message>
        <source>Leader notes</source>
        <translation>Leitungsnotizen</translation>
    </message>
    <message>
        <source>Leader notes, newest first</source>
        <translation>Leitungsnotizen, neueste zuerst</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add a leader note about this person</source>
        <translation>Eine Leitungsnotiz über diese Person hinzufügen</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Noch nicht eingestuft.</translation>
    </message>
    <message>
        <source>Current level: %1 (%2)</source>
        <translation>Aktuelle Stufe: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), by %4</source>
        <translation>%1 — %2 (%3), von %4</translation>
    </message>
    <message>
        <source>%1 — %2:
%3</source>
        <translation>%1 — %2:
%3</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Einstufen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Add a leader note</source>
        <translation>Leitungsnotiz hinzufügen</translation>
    </message>
    <message>
        <source>A note for the other leaders; the person never sees it:</source>
        <translation>Eine Notiz für die anderen Leitungen; die Person sieht sie nie:</translation>
    </message>
    <message>
        <source>The current level is unknown: the assessments could not be read.</source>
        <translation>Die aktuelle Stufe ist unbekannt: Die Einstufungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>commonroom::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) answers here. Ticked, your session is kept in %1, readable only by your user account: anyone who can read your files (a backup, an administrator) could act as you until you sign out. Unticked, you sign in each time you start Commonroom.</source>
        <translation>Hier antwortet kein Schlüsselbund des Systems (wie GNOME Keyring oder KWallet). Angekreuzt wird Ihre Sitzung in %1 aufbewahrt, nur für Ihr Benutzerkonto lesbar: Wer Ihre Dateien lesen kann (eine Sicherung, eine Administration), könnte bis zu Ihrer Abmeldung in Ihrem Namen handeln. Nicht angekreuzt melden Sie sich bei jedem Start von Commonroom an.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>Sign in to Commonroom</source>
        <translation>Bei Commonroom anmelden</translation>
    </message>
    <message>
        <source>Sign in once to copy your community to this computer. Afterwards Commonroom works without a connection and syncs when the server is reachable.</source>
        <translation>Melden Sie sich einmal an, um Ihre Gemeinschaft auf diesen Computer zu kopieren. Danach funktioniert Commonroom auch ohne Verbindung und synchronisiert, sobald der Server erreichbar ist.</translation>
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
        <translation>Geben Sie die Adresse des Servers Ihrer Gemeinschaft ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your password travels encrypted.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, damit Ihr Passwort verschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
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
        <translation>Nicht angemeldet: Sie haben das Zertifikat des Servers nicht akzeptiert.</translation>
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
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den Ihnen die Administration des Servers gegeben hat (der Server zeigt ihn beim Start an):

%1

Vertrauen Sie dem Server nur, wenn beide gleich sind. Commonroom merkt sich Ihre Antwort.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>&amp;Apply to join…</source>
        <translation>Mitglied &amp;werden…</translation>
    </message>
    <message>
        <source>New here? Ask the community to let you in (an admin or members who know you decide)</source>
        <translation>Neu hier? Bitten Sie die Gemeinschaft um Aufnahme (ein Administrator oder Mitglieder, die Sie kennen, entscheiden)</translation>
    </message>
    <message>
        <source>I have an in&amp;vitation code…</source>
        <translation>Ich habe einen Ein&amp;ladungscode…</translation>
    </message>
    <message>
        <source>Create your account with the code from your invitation mail</source>
        <translation>Erstellen Sie Ihr Konto mit dem Code aus Ihrer Einladungs-E-Mail</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>Passwort &amp;vergessen…</translation>
    </message>
    <message>
        <source>Get a code by email and choose a new password</source>
        <translation>Einen Code per E-Mail erhalten und ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Where your session is kept</source>
        <translation>Wo Ihre Sitzung gespeichert wird</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message>
        <source>Copy of the community</source>
        <translation>Kopie der Gemeinschaft</translation>
    </message>
    <message>
        <source>Nothing to send; the community is not wholly copied yet</source>
        <translation>Nichts zu senden; die Gemeinschaft ist noch nicht vollständig kopiert</translation>
    </message>
    <message>
        <source>The community is being copied to this computer: lists show only what has arrived until it is done.</source>
        <translation>Die Gemeinschaft wird auf diesen Computer kopiert: Bis dahin zeigen die Listen nur, was schon angekommen ist.</translation>
    </message>
    <message>
        <source>Only part of the community is on this computer: its copy was not finished. Lists may miss people, groups and events. Sync (F5) to finish it; what arrived is kept.</source>
        <translation>Nur ein Teil der Gemeinschaft ist auf diesem Computer: Die Kopie wurde nicht fertig. In den Listen können Personen, Gruppen und Veranstaltungen fehlen. Synchronisieren Sie (F5), um sie abzuschließen; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your role changed</source>
        <translation>Ihre Rolle hat sich geändert</translation>
    </message>
    <message>
        <source>%1 Commonroom opens again with what your new role, %2, may see and do.</source>
        <translation>%1 Commonroom öffnet sich neu mit dem, was Ihre neue Rolle (%2) sehen und tun darf.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>In lists, Enter opens what is selected; Alt with an underlined letter reaches its field or button.</source>
        <translation>In Listen öffnet die Eingabetaste das Ausgewählte; Alt mit einem unterstrichenen Buchstaben erreicht sein Feld oder seine Schaltfläche.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln wartet</numerusform>
            <numerusform>%1, %Ln warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person to see their card here.</source>
        <translation>Wählen Sie eine Person, um hier ihre Karte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>All changes sent; %n refused (see Sync problems)</source>
        <translation>
            <numerusform>Alle Änderungen gesendet; %n abgelehnt (siehe Synchronisierungsprobleme)</numerusform>
            <numerusform>Alle Änderungen gesendet; %n abgelehnt (siehe Synchronisierungsprobleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Neue &amp;Gruppe…</translation>
    </message>
    <message>
        <source>Community &amp;words…</source>
        <translation>&amp;Wörter der Gemeinschaft…</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them</source>
        <translation>Die Stufen der Leiter und die Bereiche der Beiträge so benennen, wie Ihre Gemeinschaft sie nennt</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>Intelligente Liste</translation>
    </message>
    <message>
        <source>Smart &amp;list:</source>
        <translation>Intelligente &amp;Liste:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as list…</source>
        <translation>Als Liste &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>Liste &amp;löschen…</translation>
    </message>
    <message>
        <source>No list</source>
        <translation>Keine Liste</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <source>The chosen smart list selects the people; choose "No list" to filter here.</source>
        <translation>Die gewählte intelligente Liste wählt die Menschen aus; wählen Sie „Keine Liste“, um hier zu filtern.</translation>
    </message>
    <message>
        <source>This is a saved list already.</source>
        <translation>Das ist bereits eine gespeicherte Liste.</translation>
    </message>
    <message>
        <source>Filter the people first: what the filters ask for is what the list keeps.</source>
        <translation>Filtern Sie zuerst die Menschen: Die Liste behält, wonach die Filter fragen.</translation>
    </message>
    <message>
        <source>Choose a saved list first.</source>
        <translation>Wählen Sie zuerst eine gespeicherte Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n people now</source>
        <translation>
            <numerusform>%n Person jetzt</numerusform>
            <numerusform>%n Personen jetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>Als intelligente Liste speichern</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Name der Liste:</translation>
    </message>
    <message>
        <source>Share the list</source>
        <translation>Liste teilen</translation>
    </message>
    <message>
        <source>Share "%1" with the other leaders and admins? Otherwise it stays on your devices alone.</source>
        <translation>„%1“ mit den anderen Leitenden und Admins teilen? Sonst bleibt sie nur auf Ihren Geräten.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Keep it mine</source>
        <translation>Für mich behalten</translation>
    </message>
    <message>
        <source>Saved the list "%1". It is sent at the next sync.</source>
        <translation>Liste „%1“ gespeichert. Sie wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Delete the list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Delete the shared list "%1"? It goes from every leader's devices at their next sync; the people in it stay.</source>
        <translation>Die geteilte Liste „%1“ löschen? Sie verschwindet bei der nächsten Synchronisierung von den Geräten aller Leitenden; die Menschen darin bleiben.</translation>
    </message>
    <message>
        <source>Delete the list "%1"? The people in it stay.</source>
        <translation>Die Liste „%1“ löschen? Die Menschen darin bleiben.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Von Tür zu Tür</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organisieren</translation>
    </message>
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
        <translation>Ihre Änderungen an den Server senden und die neuesten empfangen</translation>
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
        <translation>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;Ein Gemeinschaftsverzeichnis, das zuerst offline funktioniert. Ihre Gemeinschaft wird auf diesem Computer gespeichert und mit dem Server Ihrer Gemeinschaft synchronisiert.&lt;/p&gt;</translation>
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
            <numerusform>%n Änderung wurde noch nicht gesendet. Sie bleibt auf diesem Computer und wird gesendet, wenn Sie sich wieder anmelden.</numerusform>
            <numerusform>%n Änderungen wurden noch nicht gesendet. Sie bleiben auf diesem Computer und werden gesendet, wenn Sie sich wieder anmelden.</numerusform>
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
        <translation>Der Server ist nicht erreichbar. Sie können weiterarbeiten; Änderungen werden bei der nächsten Synchronisierung gesendet.</translation>
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
        <source>Browse, join and curate the community&apos;s groups</source>
        <translation>Die Gruppen der Gemeinschaft ansehen, ihnen beitreten und sie kuratieren</translation>
    </message>
    <message>
        <source>Sync speed and time left</source>
        <translation>Geschwindigkeit und Restzeit der Synchronisierung</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Sende %1 von %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Empfange %1 von %2</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Übersichten</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation>&amp;Check-in-Modus</translation>
    </message>
    <message>
        <source>Open the selected event&apos;s door view: check people in, full screen, offline</source>
        <translation>Die Eingangsansicht der ausgewählten Veranstaltung öffnen: Personen einchecken, im Vollbild, offline</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>Meine Bewerbung</translation>
    </message>
    <message>
        <source>Show the %1 dashboard</source>
        <translation>Übersicht %1 anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Meine &amp;Geräte…</translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>Meine Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Vouch for applicant…</source>
        <translation>Für Bewerber &amp;bürgen…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove a person and their data everywhere, at their request (admins)</source>
        <translation>Eine Person und ihre Daten überall entfernen, auf ihren Wunsch (Administratoren)</translation>
    </message>
    <message>
        <source>Fetch &amp;everything again…</source>
        <translation>&amp;Alles neu abrufen…</translation>
    </message>
    <message>
        <source>Receive the whole community again, for a copy that seems incomplete; your unsent changes are kept</source>
        <translation>Die ganze Gemeinschaft neu empfangen, wenn die Kopie unvollständig wirkt; Ihre nicht gesendeten Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Fetch everything again</source>
        <translation>Alles neu abrufen</translation>
    </message>
    <message>
        <source>Receive the whole community again from the server? This copy is replaced as the server sends it, which takes a while for a large community; your unsent changes are kept and sent first.</source>
        <translation>Die ganze Gemeinschaft neu vom Server empfangen? Diese Kopie wird ersetzt, während der Server sendet – bei einer großen Gemeinschaft dauert das eine Weile. Ihre nicht gesendeten Änderungen bleiben erhalten und werden zuerst gesendet.</translation>
    </message>
    <message>
        <source>&amp;Fetch everything</source>
        <translation>&amp;Alles abrufen</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Schla&amp;gwort:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (nur Leitende)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>W&amp;rite to them…</source>
        <translation>An sie sch&amp;reiben…</translation>
    </message>
    <message>
        <source>Write a message to the people the list selects now.</source>
        <translation>Eine Nachricht an die Menschen schreiben, die die Liste jetzt auswählt.</translation>
    </message>
    <message>
        <source>Choose a saved list first: a message goes to the people it selects.</source>
        <translation>Wählen Sie zuerst eine gespeicherte Liste: Eine Nachricht geht an die Menschen, die sie auswählt.</translation>
    </message>
    <message>
        <source>Nothing is written to this list: %1</source>
        <translation>An diese Liste wird nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>Die Nachricht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Nachricht „%1“ gespeichert; sie wird bei der nächsten Synchronisierung versandt.</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>Personen &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring people in from a spreadsheet (CSV)</source>
        <translation>Personen aus einer Tabelle (CSV) übernehmen</translation>
    </message>
</context>
<context>
    <name>commonroom::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>commonroom::MyGroupsModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(Gruppe ohne Namen)</translation>
    </message>
    <message>
        <source>You curate this group</source>
        <translation>Sie kuratieren diese Gruppe</translation>
    </message>
    <message>
        <source>You are a member</source>
        <translation>Sie sind Mitglied</translation>
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
        <translation>Sie werden die erste Kurator*in der Gruppe.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>Gruppe &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>commonroom::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters; a few unrelated words make a good one.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen; einige voneinander unabhängige Wörter sind eine gute Wahl.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das neue Passwort zweimal ein.</translation>
    </message>
</context>
<context>
    <name>commonroom::PeopleModel</name>
    <message>
        <source>Not shared with you</source>
        <translation>Nicht mit Ihnen geteilt</translation>
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
        <source>Unsaved changes (Ctrl+S saves)</source>
        <translation>Ungespeicherte Änderungen (Strg+S speichert)</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Nicht auf der Leiter</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>How far this person has come on the community's leadership ladder, from first contact to organizing others. Only leaders and admins change it.</source>
        <translation>Wie weit diese Person auf der Leiter der Gemeinschaft gekommen ist, vom ersten Kontakt bis dahin, andere zu organisieren. Nur Leitungen und Admins ändern sie.</translation>
    </message>
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
        <translation>Sie können dieses Profil ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Only this person chooses who sees each field of their profile.</source>
        <translation>Nur diese Person entscheidet, wer welches Feld ihres Profils sieht.</translation>
    </message>
    <message>
        <source>Not shared with you</source>
        <translation>Nicht mit Ihnen geteilt</translation>
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
        <translation>Nicht mit Ihnen geteilt. Was Sie hier eingeben, ersetzt den verborgenen Wert.</translation>
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
        <translation>Geben Sie einen Anzeigenamen ein: den Namen, unter dem andere diese Person kennen.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Check it, or leave the field empty.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus. Prüfen Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>Die Person konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>How others see this profile (Ctrl+Tab)</source>
        <translation>Wie andere dieses Profil sehen (Strg+Tab)</translation>
    </message>
    <message>
        <source>Check the links (one web address per line): %1</source>
        <translation>Prüfen Sie die Links (eine Webadresse pro Zeile): %1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>Foto aus&amp;wählen…</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture; it is made smaller to %1×%1 pixels</source>
        <translation>Ein JPEG- oder PNG-Bild; es wird auf %1×%1 Pixel verkleinert</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>Not shared
with you</source>
        <translation>Nicht mit Ihnen
geteilt</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>Foto kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (%2). Choose a JPEG or PNG file.</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden (%2). Wählen Sie eine JPEG- oder PNG-Datei.</translation>
    </message>
    <message>
        <source>“%1” could not be made into a photo small enough to keep. Choose another picture.</source>
        <translation>Aus „%1“ konnte kein ausreichend kleines Foto erstellt werden. Wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>View &amp;as:</source>
        <translation>&amp;Ansicht als:</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>Die Öffentlichkeit</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Eine Leitung</translation>
    </message>
    <message>
        <source>View the profile as</source>
        <translation>Profil anzeigen als</translation>
    </message>
    <message>
        <source>What others receive of this profile with the values and visibilities above, saved or not. Admins and the person themself see everything.</source>
        <translation>Was andere von diesem Profil mit den obigen Werten und Sichtbarkeiten erhalten, gespeichert oder nicht. Administratoren und die Person selbst sehen alles.</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Profilvorschau</translation>
    </message>
    <message>
        <source>%1 would see nothing of this profile.</source>
        <translation>%1 würde nichts von diesem Profil sehen.</translation>
    </message>
    <message>
        <source>The mail server refused this person's address on %1, so group messages and reminders are not mailed to it. Ask them for another address.</source>
        <translation>Der Mailserver hat die Adresse dieser Person am %1 abgelehnt; Gruppennachrichten und Erinnerungen werden nicht mehr dorthin gemailt. Bitten Sie um eine andere Adresse.</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonPickerDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Jemanden anmelden</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Geben Sie die ersten Buchstaben eines Namens ein</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Choose someone</source>
        <translation>Jemanden auswählen</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
</context>
<context>
    <name>commonroom::ProfileDashboard</name>
    <message>
        <source>Mail me my &amp;groups' messages (you read them here either way)</source>
        <translation>Nachrichten meiner &amp;Gruppen auch mailen (Sie lesen sie hier sowieso)</translation>
    </message>
    <message>
        <source>Sign in to see and edit your profile.</source>
        <translation>Melden Sie sich an, um Ihr Profil zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mail me &amp;reminders and messages of my events</source>
        <translation>E&amp;rinnerungen und Nachrichten meiner Veranstaltungen mailen</translation>
    </message>
    <message>
        <source>Mails from the server &amp;in:</source>
        <translation>Mails vom Server &amp;in:</translation>
    </message>
    <message>
        <source>Mail me the community's &amp;announcements</source>
        <translation>&amp;Ankündigungen der Gemeinschaft mailen</translation>
    </message>
</context>
<context>
    <name>commonroom::RecentChangesModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(Gruppe ohne Namen)</translation>
    </message>
    <message>
        <source>%1 was updated</source>
        <translation>%1 wurde aktualisiert</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1: curator of %2</source>
        <translation>%1: Kurator*in von %2</translation>
    </message>
    <message>
        <source>%1 joined %2</source>
        <translation>%1 ist %2 beigetreten</translation>
    </message>
    <message>
        <source>%1 asked to join %2</source>
        <translation>%1 möchte %2 beitreten</translation>
    </message>
    <message>
        <source>%1 was invited to %2</source>
        <translation>%1 wurde in %2 eingeladen</translation>
    </message>
    <message>
        <source>%1 is not joining %2 (declined)</source>
        <translation>%1 tritt %2 nicht bei (abgelehnt)</translation>
    </message>
    <message>
        <source>A membership of %1 changed</source>
        <translation>Eine Mitgliedschaft von %1 hat sich geändert</translation>
    </message>
</context>
<context>
    <name>commonroom::RegistrantsModel</name>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation>Auf der Warteliste (#%1)</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>%1 on device %2 (undone)</source>
        <translation>%1 auf Gerät %2 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation>%1 auf Gerät %2</translation>
    </message>
    <message>
        <source>Came although the event was full</source>
        <translation>Kam, obwohl die Veranstaltung voll war</translation>
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
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
</context>
<context>
    <name>commonroom::RelationsPane</name>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Other people in the household</source>
        <translation>Weitere Personen im Haushalt</translation>
    </message>
    <message>
        <source>Household to add them to</source>
        <translation>Haushalt, dem die Person zugeordnet wird</translation>
    </message>
    <message>
        <source>Hou&amp;sehold:</source>
        <translation>Hau&amp;shalt:</translation>
    </message>
    <message>
        <source>&amp;Add to household</source>
        <translation>Dem Haushalt &amp;zuordnen</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Neuer Haushalt…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>Haushalt &amp;verlassen</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Relate to…</source>
        <translation>In &amp;Beziehung setzen mit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Who brought whom</source>
        <translation>Wer wen hergebracht hat</translation>
    </message>
    <message>
        <source>People they brought in, and whom those brought in</source>
        <translation>Personen, die diese Person hergebracht hat, und wen jene hergebracht haben</translation>
    </message>
    <message>
        <source>There is no household yet: make one.</source>
        <translation>Es gibt noch keinen Haushalt: legen Sie einen an.</translation>
    </message>
    <message>
        <source>They are in this household already.</source>
        <translation>Die Person gehört schon zu diesem Haushalt.</translation>
    </message>
    <message>
        <source>They are in no household.</source>
        <translation>Die Person gehört zu keinem Haushalt.</translation>
    </message>
    <message>
        <source>Select a relationship to remove it.</source>
        <translation>Wählen Sie eine Beziehung aus, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>In the household &quot;%1&quot;.</source>
        <translation>Im Haushalt „%1“.</translation>
    </message>
    <message>
        <source>Address: %1 (as %2 shows it to you). A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Adresse: %1 (wie %2 sie Ihnen zeigt). Ein Haushalt hat keine eigene Adresse: Jede Person zeigt ihre, wem sie will.</translation>
    </message>
    <message>
        <source>No address is shown: none of its people shows you theirs. A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Keine Adresse wird angezeigt: Keine seiner Personen zeigt Ihnen ihre. Ein Haushalt hat keine eigene Adresse: Jede Person zeigt ihre, wem sie will.</translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation>Gehört zu keinem Haushalt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1 (%n Person)</numerusform>
            <numerusform>%1 (%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought in by: %1</source>
        <translation>Hergebracht von: %1</translation>
    </message>
    <message>
        <source>Brought in: %1</source>
        <translation>Hat hergebracht: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brought in by %1.</source>
        <translation>Hergebracht von %1.</translation>
    </message>
    <message>
        <source>Who brought them in is not recorded.</source>
        <translation>Wer die Person hergebracht hat, ist nicht festgehalten.</translation>
    </message>
    <message>
        <source>No one they brought in is recorded.</source>
        <translation>Niemand ist festgehalten, den die Person hergebracht hat.</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Neuer Haushalt</translation>
    </message>
    <message>
        <source>Name of the household (no address: each person shows theirs to whom they choose):</source>
        <translation>Name des Haushalts (keine Adresse: Jede Person zeigt ihre, wem sie will):</translation>
    </message>
</context>
<context>
    <name>commonroom::ReviewRequestsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln waiting)</source>
        <translation>
            <numerusform>%1 (%Ln wartet)</numerusform>
            <numerusform>%1 (%Ln warten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln longest waiting are shown here; open the group (Enter) for the others.</source>
        <translation>
            <numerusform>Hier steht die am längsten wartende Anfrage; die übrigen zeigt die Gruppe (Eingabetaste).</numerusform>
            <numerusform>Hier stehen die %Ln am längsten wartenden Anfragen; die übrigen zeigt die Gruppe (Eingabetaste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln request(s) to join</source>
        <translation>
            <numerusform>%1, %Ln Beitrittsanfrage</numerusform>
            <numerusform>%1, %Ln Beitrittsanfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1 asks to join %2, %3</source>
        <translation>%1 möchte %2 beitreten, %3</translation>
    </message>
    <message>
        <source>Group and person</source>
        <translation>Gruppe und Person</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(Gruppe ohne Namen)</translation>
    </message>
    <message>
        <source>%1 asks to join %2</source>
        <translation>%1 möchte %2 beitreten</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesModel</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesWidget</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Find a person by name or email</source>
        <translation>Person nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Find a person by name or email (empty: leaders and admins)</source>
        <translation>Person nach Name oder E-Mail suchen (leer: Leitungen und Administratoren)</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>Personen und ihre Rollen</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Zum &amp;Mitglied machen</translation>
    </message>
    <message>
        <source>Make &amp;leader</source>
        <translation>Zur &amp;Leitung machen</translation>
    </message>
    <message>
        <source>Make a&amp;dmin</source>
        <translation>Zum A&amp;dministrator machen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste aus.</translation>
    </message>
    <message>
        <source>Only admins change roles.</source>
        <translation>Nur Administratoren ändern Rollen.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>%1 is the last admin, and a community always keeps at least one. Make someone else an admin first, then change %1&apos;s role.</source>
        <translation>%1 ist der letzte Administrator, und eine Gemeinschaft behält immer mindestens einen. Machen Sie zuerst jemand anderen zum Administrator und ändern Sie dann die Rolle von %1.</translation>
    </message>
    <message>
        <source>The role could not be changed: %1</source>
        <translation>Die Rolle konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The server refused a role change: %1</source>
        <translation>Der Server hat eine Rollenänderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message>
        <source>Welcome: your application was approved.</source>
        <translation>Willkommen: Ihr Antrag wurde angenommen.</translation>
    </message>
    <message>
        <source>Your role in the community changed.</source>
        <translation>Ihre Rolle in der Gemeinschaft hat sich geändert.</translation>
    </message>
    <message>
        <source>This device is not signed in. Sign in to sync; your changes are kept meanwhile.</source>
        <translation>Dieses Gerät ist nicht angemeldet. Melden Sie sich an, um zu synchronisieren; Ihre Änderungen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Sync was cancelled. Nothing was lost; it resumes at the next sync.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Nichts ging verloren; sie wird beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <source>The server at %1 did not present the certificate you accepted. If its certificate was replaced on purpose, sign in again to accept the new one.</source>
        <translation>Der Server unter %1 hat nicht das Zertifikat vorgelegt, das Sie akzeptiert haben. Wenn es absichtlich ersetzt wurde, melden Sie sich erneut an, um das neue zu akzeptieren.</translation>
    </message>
    <message>
        <source>The server is not reachable (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>Der Server ist nicht erreichbar (%1). Ihre Änderungen bleiben erhalten und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; your unsent changes are kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um zu synchronisieren; nicht gesendete Änderungen bleiben erhalten.</translation>
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
        <translation>Der Server unter %1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und ob der Server läuft.</translation>
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
        <translation>Dieses Profil enthält die Gemeinschaftskopie einer anderen Person. Verwenden Sie ein anderes Profil, um sich als %1 anzumelden.</translation>
    </message>
    <message>
        <source>This device was revoked, so its copy of the community was erased. Sign in again to use Commonroom here.</source>
        <translation>Dieses Gerät wurde gesperrt, daher wurde seine Kopie der Gemeinschaft gelöscht. Melden Sie sich erneut an, um Commonroom hier zu nutzen.</translation>
    </message>
    <message>
        <source>This device was revoked, but erasing its copy failed: %1. Delete the profile folder %2 by hand.</source>
        <translation>Dieses Gerät wurde gesperrt, aber das Löschen seiner Kopie ist fehlgeschlagen: %1. Löschen Sie den Profilordner %2 von Hand.</translation>
    </message>
    <message>
        <source>The server is busy and asked to wait %1 s. Nothing was lost; sync tries again by itself.</source>
        <translation>Der Server ist ausgelastet und bittet, %1 s zu warten. Nichts ging verloren; die Synchronisierung versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh copy; try again later.</source>
        <translation>Der Server verlangt immer wieder eine neue Kopie; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The renewed session could not be kept: %1</source>
        <translation>Die erneuerte Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This device could not be registered anew: %1. Your unsent changes are kept; sync again.</source>
        <translation>Dieses Gerät konnte nicht neu angemeldet werden: %1. Ihre nicht gesendeten Änderungen bleiben erhalten; synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>This copy of Commonroom was restored from a backup or copied from another device, so the server did not know its latest changes. It now syncs as a new device and sends them again; nothing was lost.</source>
        <translation>Diese Commonroom-Kopie wurde aus einer Sicherung wiederhergestellt oder von einem anderen Gerät kopiert, daher kannte der Server ihre letzten Änderungen nicht. Sie synchronisiert jetzt als neues Gerät und sendet sie erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). This is not a changed certificate: the connection was disturbed. Your changes are kept and will be sent at the next sync.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen (%1). Das ist kein geändertes Zertifikat: Die Verbindung wurde gestört. Ihre Änderungen bleiben erhalten und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The connection to the server broke off in the middle of its answer (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>Die Verbindung zum Server brach mitten in seiner Antwort ab (%1). Ihre Änderungen bleiben erhalten und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The server at %1 did not give an HTTP answer (%2). Check the server address in the sign-in settings; your changes are kept.</source>
        <translation>Der Server unter %1 gab keine HTTP-Antwort (%2). Prüfen Sie die Serveradresse in den Anmeldeeinstellungen; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>The server at %1 is older than this app and cannot take its changes. Ask its admin to update commonroom-syncd; your changes are kept meanwhile.</source>
        <translation>Der Server unter %1 ist älter als diese App und kann ihre Änderungen nicht annehmen. Bitten Sie seine Administration, commonroom-syncd zu aktualisieren; Ihre Änderungen bleiben so lange erhalten.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2: %3). Your changes are kept and sync tries again later; if this goes on, tell the server&apos;s admin.</source>
        <translation>Der Server unter %1 ist fehlgeschlagen (HTTP %2: %3). Ihre Änderungen bleiben erhalten, und die Synchronisierung versucht es später erneut; wenn das anhält, sagen Sie der Serveradministration Bescheid.</translation>
    </message>
    <message>
        <source>This change is larger than the server accepts in one request (%1 KiB), so it could not be sent. Its values are kept here; make the change again with less in it (a smaller photo, a shorter text).</source>
        <translation>Diese Änderung ist größer, als der Server in einer Anfrage annimmt (%1 KiB), daher konnte sie nicht gesendet werden. Die Werte sind hier aufbewahrt; nehmen Sie die Änderung mit weniger Inhalt erneut vor (ein kleineres Foto, ein kürzerer Text).</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</source>
        <translation>
            <numerusform>Die Uhr dieses Geräts geht %n Minute vor gegenüber der des Servers. Ihre Änderungen wurden behalten und nach der Zeit des Servers datiert; stellen Sie die Uhr dieses Geräts richtig.</numerusform>
            <numerusform>Die Uhr dieses Geräts geht %n Minuten vor gegenüber der des Servers. Ihre Änderungen wurden behalten und nach der Zeit des Servers datiert; stellen Sie die Uhr dieses Geräts richtig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</source>
        <translation>
            <numerusform>Die Uhr dieses Geräts geht %n Minute nach gegenüber der des Servers. Ihre Änderungen wurden behalten; stellen Sie die Uhr dieses Geräts richtig, damit sie korrekt gegenüber anderen eingeordnet werden.</numerusform>
            <numerusform>Die Uhr dieses Geräts geht %n Minuten nach gegenüber der des Servers. Ihre Änderungen wurden behalten; stellen Sie die Uhr dieses Geräts richtig, damit sie korrekt gegenüber anderen eingeordnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position of the last sync on this device was damaged, so everything is fetched again; unsent changes are kept.</source>
        <translation>Die Position der letzten Synchronisierung auf diesem Gerät war beschädigt, daher wird alles neu abgerufen; nicht gesendete Änderungen bleiben erhalten.</translation>
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
        <source>%1 (code: %2)
%3</source>
        <translation>%1 (Code: %2)
%3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Membership of %1 in a group</source>
        <translation>Mitgliedschaft von %1 in einer Gruppe</translation>
    </message>
    <message>
        <source>Membership of %1 in %2</source>
        <translation>Mitgliedschaft von %1 in %2</translation>
    </message>
    <message>
        <source>Registration of %1 for an event</source>
        <translation>Anmeldung von %1 zu einer Veranstaltung</translation>
    </message>
    <message>
        <source>Registration of %1 for %2</source>
        <translation>Anmeldung von %1 zu %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ask someone who may make this change (a leader, or the group's curator) to make it; what you typed is kept here.</source>
        <translation>Bitten Sie jemanden, der diese Änderung vornehmen darf (eine leitende Person oder eine Kurator*in der Gruppe), sie vorzunehmen; Ihre Eingabe bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Correct it and save it again; what you typed is kept here.</source>
        <translation>Korrigieren Sie es und speichern Sie erneut; Ihre Eingabe bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>What it refers to is gone from the server; sync, then make the change again if it still applies.</source>
        <translation>Worauf sie sich bezieht, gibt es auf dem Server nicht mehr; synchronisieren Sie und nehmen Sie die Änderung erneut vor, falls sie noch zutrifft.</translation>
    </message>
    <message>
        <source>Sync again later; if it is refused again, tell your community's admin.</source>
        <translation>Synchronisieren Sie später erneut; wird sie wieder abgelehnt, sagen Sie es der Administration Ihrer Gemeinschaft.</translation>
    </message>
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
</context>
<context>
    <name>commonroom::TagsPane</name>
    <message>
        <source>Check a tag to apply it to this person, uncheck it to remove it.</source>
        <translation>Haken Sie ein Schlagwort an, um es dieser Person zu vergeben, oder entfernen Sie den Haken, um es zu entfernen.</translation>
    </message>
    <message>
        <source>The tags applied to this person that you may see.</source>
        <translation>Die Schlagwörter dieser Person, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (nur Leitende)</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>&amp;Neues Schlagwort…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Name des Schlagworts:</translation>
    </message>
    <message>
        <source>Who sees &quot;%1&quot;?</source>
        <translation>Wer sieht „%1“?</translation>
    </message>
    <message>
        <source>Should members see this tag too? Leaders only is the default: then it is never shown to members, nor to the people it is applied to.</source>
        <translation>Sollen auch Mitglieder dieses Schlagwort sehen? Standard ist „nur Leitende“: Dann wird es weder Mitgliedern noch den Personen gezeigt, denen es vergeben ist.</translation>
    </message>
    <message>
        <source>Members too</source>
        <translation>Auch Mitglieder</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Nur Leitende</translation>
    </message>
</context>
<context>
    <name>commonroom::VouchDialog</name>
    <message>
        <source>this applicant</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Vouch for %1</source>
        <translation>Für %1 bürgen</translation>
    </message>
    <message>
        <source>Say how you know %1 and why the community can welcome them. Admins and %1 will see your vouch and your reason; nobody else does.</source>
        <translation>Sagen Sie, woher Sie %1 kennen und warum die Gemeinschaft die Person willkommen heißen kann. Administratoren und %1 sehen Ihre Bürgschaft und Ihre Begründung; sonst niemand.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Vouch</source>
        <translation>&amp;Bürgen</translation>
    </message>
    <message>
        <source>Only members can vouch. Once your own application is approved, you can vouch for others.</source>
        <translation>Nur Mitglieder können bürgen. Sobald Ihre eigene Bewerbung angenommen ist, können Sie für andere bürgen.</translation>
    </message>
    <message>
        <source>You cannot vouch for yourself.</source>
        <translation>Sie können nicht für sich selbst bürgen.</translation>
    </message>
    <message>
        <source>This person is not on this computer. Sync, then try again.</source>
        <translation>Diese Person ist nicht auf diesem Computer. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 ist bereits Mitglied.</translation>
    </message>
    <message>
        <source>You have already vouched for %1.</source>
        <translation>Sie haben bereits für %1 gebürgt.</translation>
    </message>
    <message>
        <source>Write a reason: admins decide with it.</source>
        <translation>Schreiben Sie eine Begründung: Die Administratoren entscheiden damit.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under about %1 characters.</source>
        <translation>Die Begründung ist zu lang; bleiben Sie unter etwa %1 Zeichen.</translation>
    </message>
    <message>
        <source>The vouch could not be saved: %1</source>
        <translation>Die Bürgschaft konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::WalkInDialog</name>
    <message>
        <source>They &amp;agree to be contacted by the community</source>
        <translation>Die Person ist &amp;einverstanden, von der Gemeinschaft kontaktiert zu werden</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
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
        <source>Agrees to be contacted</source>
        <translation>Ist mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <source>Email and phone are kept only with this agreement</source>
        <translation>E-Mail und Telefon werden nur mit diesem Einverständnis gespeichert</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Someone who is not in the directory yet. Ask for their name; ask for an email or a phone only if they agree to be contacted.</source>
        <translation>Jemand, der noch nicht im Verzeichnis ist. Fragen Sie nach dem Namen; fragen Sie nur nach E-Mail oder Telefon, wenn die Person einverstanden ist, kontaktiert zu werden.</translation>
    </message>
    <message>
        <source>Register and check &amp;in</source>
        <translation>Anmelden und &amp;einchecken</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to register them.</source>
        <translation>Geben Sie den Namen der Person ein, um sie anzumelden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use a dark palette, whatever the desktop's theme.</source>
        <translation>Eine dunkle Farbpalette verwenden, unabhängig vom Thema der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every dashboard and main dialog in DIR and quit (scripts/screenshots.sh).</source>
        <translation>Nach der ersten Synchronisierung ein Bild jeder Übersicht und jedes Hauptdialogs in DIR speichern und beenden (scripts/screenshots.sh).</translation>
    </message>
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

Die Datei wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her oder starten Sie mit einem anderen Profil (--profile DIR).</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders post opportunities for it.</source>
        <translation>Nur die Kurator*innen der Gruppe und Leitende veröffentlichen Gelegenheiten für sie.</translation>
    </message>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>Eine Gelegenheit braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Der Titel „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of the opportunity &quot;%2&quot; is not one of the community&apos;s areas: %3.</source>
        <translation>Der Bereich „%1“ der Gelegenheit „%2“ ist keiner der Bereiche der Gemeinschaft: %3.</translation>
    </message>
    <message>
        <source>%1 places for the opportunity &quot;%2&quot; is not a number it can have: from 1 to %3.</source>
        <translation>%1 Plätze sind für die Gelegenheit „%2“ nicht möglich: von 1 bis %3.</translation>
    </message>
    <message>
        <source>The last day %1 of the opportunity &quot;%2&quot; is before its first day %3.</source>
        <translation>Der letzte Tag %1 der Gelegenheit „%2“ liegt vor ihrem ersten Tag %3.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Gruppe mit der ID %1; synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 people are already accepted for the opportunity &quot;%2&quot;, more than %3 places; decline someone first.</source>
        <translation>Für die Gelegenheit „%2“ sind schon %1 Personen angenommen, mehr als %3 Plätze; lehnen Sie zuerst jemanden ab.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders open and close its opportunities.</source>
        <translation>Nur die Kurator*innen der Gruppe und Leitende öffnen und schließen ihre Gelegenheiten.</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Mitglieder bekunden Interesse an Gelegenheiten; Bewerber*innen können das, sobald sie aufgenommen sind.</translation>
    </message>
    <message>
        <source>You are already accepted for &quot;%1&quot;.</source>
        <translation>Sie sind für „%1“ schon angenommen.</translation>
    </message>
    <message>
        <source>A curator of the group declined your interest in &quot;%1&quot;; ask them if you want to be considered again.</source>
        <translation>Eine Kurator*in der Gruppe hat Ihr Interesse an „%1“ abgelehnt; fragen Sie nach, wenn Sie erneut berücksichtigt werden möchten.</translation>
    </message>
    <message>
        <source>The opportunity &quot;%1&quot; is closed.</source>
        <translation>Die Gelegenheit „%1“ ist geschlossen.</translation>
    </message>
    <message>
        <source>You have not said you are interested in &quot;%1&quot;.</source>
        <translation>Sie haben kein Interesse an „%1“ bekundet.</translation>
    </message>
    <message>
        <source>Your message about &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Ihre Nachricht zu „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders accept or decline interest in &quot;%1&quot;.</source>
        <translation>Nur die Kurator*innen der Gruppe und Leitende nehmen Interesse an „%1“ an oder lehnen es ab.</translation>
    </message>
    <message>
        <source>%1 is not interested in &quot;%2&quot; (or withdrew); only someone interested is accepted or declined.</source>
        <translation>%1 hat kein Interesse an „%2“ (oder hat es zurückgezogen); nur wer interessiert ist, wird angenommen oder abgelehnt.</translation>
    </message>
    <message>
        <source>All %1 places of &quot;%2&quot; are taken; decline someone first, or give it more places.</source>
        <translation>Alle %1 Plätze von „%2“ sind vergeben; lehnen Sie zuerst jemanden ab oder geben Sie ihr mehr Plätze.</translation>
    </message>
    <message>
        <source>Cannot read the opportunities on this device</source>
        <translation>Die Gelegenheiten auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no opportunity with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Gelegenheit mit der ID %1; synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot read the interest in the opportunity %1 on this device</source>
        <translation>Das Interesse an der Gelegenheit %1 auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>commonroom::OpportunitiesPane</name>
    <message>
        <source>Opportunities of the &amp;group:</source>
        <translation>Gelegenheiten der &amp;Gruppe:</translation>
    </message>
    <message>
        <source>Opportunities of the group</source>
        <translation>Gelegenheiten der Gruppe</translation>
    </message>
    <message>
        <source>Post opportunit&amp;y…</source>
        <translation>Gelegenheit veröffentlichen (&amp;Y)…</translation>
    </message>
    <message>
        <source>I&apos;m in&amp;terested</source>
        <translation>Ich bin in&amp;teressiert</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw interest</source>
        <translation>Interesse zurückzie&amp;hen</translation>
    </message>
    <message>
        <source>Close &amp;opportunity</source>
        <translation>Gelegenheit schließen (&amp;O)</translation>
    </message>
    <message>
        <source>Interested &amp;people:</source>
        <translation>Interessierte &amp;Personen:</translation>
    </message>
    <message>
        <source>People interested in the opportunity</source>
        <translation>An der Gelegenheit interessierte Personen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) filled</source>
        <translation>
            <numerusform>%1 von %n Platz belegt</numerusform>
            <numerusform>%1 von %n Plätzen belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n frei</numerusform>
            <numerusform>%n frei</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Mitglieder bekunden Interesse an Gelegenheiten; Bewerber*innen können das, sobald sie aufgenommen sind.</translation>
    </message>
    <message>
        <source>All places are taken.</source>
        <translation>Alle Plätze sind vergeben.</translation>
    </message>
    <message>
        <source>Post an opportunity</source>
        <translation>Eine Gelegenheit veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>for example: bike repair, Python</source>
        <translation>zum Beispiel: Fahrradreparatur, Python</translation>
    </message>
    <message>
        <source>&amp;Skills wanted:</source>
        <translation>Gesuchte &amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>for example: Arabic, Portuguese</source>
        <translation>zum Beispiel: Arabisch, Portugiesisch</translation>
    </message>
    <message>
        <source>&amp;Languages wanted:</source>
        <translation>Gesuchte &amp;Sprachen:</translation>
    </message>
    <message>
        <source>for example: 3 hours on Saturday</source>
        <translation>zum Beispiel: 3 Stunden am Samstag</translation>
    </message>
    <message>
        <source>Time &amp;commitment:</source>
        <translation>&amp;Zeitaufwand:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>JJJJ-MM-TT, optional</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Beschr&amp;eibung:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day written YYYY-MM-DD; leave it empty when the opportunity has no date.</source>
        <translation>„%1“ ist kein als JJJJ-MM-TT geschriebener Tag; lassen Sie das Feld leer, wenn die Gelegenheit kein Datum hat.</translation>
    </message>
</context>
<context>
    <name>commonroom::OrganizingDashboard</name>
    <message>
        <source>Chart of canvass progress per turf</source>
        <translation>Diagramm des Fortschritts je Gebiet</translation>
    </message>
    <message>
        <source>Canvass progress per turf</source>
        <translation>Fortschritt je Gebiet</translation>
    </message>
    <message>
        <source>C&amp;anvass</source>
        <translation>Von &amp;Tür zu Tür</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Türen</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besucht</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Unterstützende</translation>
    </message>
    <message>
        <source>Visited, no conversation</source>
        <translation>Besucht, kein Gespräch</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Noch nicht besucht</translation>
    </message>
    <message>
        <source>Canvass progress per open turf</source>
        <translation>Fortschritt je offenem Gebiet</translation>
    </message>
    <message>
        <source>The same figures as the table below</source>
        <translation>Dieselben Zahlen wie in der Tabelle darunter</translation>
    </message>
    <message>
        <source>Organizing figures</source>
        <translation>Zahlen zum Organisieren</translation>
    </message>
    <message>
        <source>Chart of contributions by area over the last twelve months</source>
        <translation>Diagramm der Beiträge nach Bereich in den letzten zwölf Monaten</translation>
    </message>
    <message>
        <source>Chart of people per ladder level</source>
        <translation>Diagramm der Personen je Stufe</translation>
    </message>
    <message>
        <source>Chart of turnout per event</source>
        <translation>Diagramm der Teilnahme je Veranstaltung</translation>
    </message>
    <message>
        <source>Contributions by area</source>
        <translation>Beiträge nach Bereich</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Beiträge</translation>
    </message>
    <message>
        <source>Ladder pipeline</source>
        <translation>Stufenverlauf</translation>
    </message>
    <message>
        <source>&amp;Ladder</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <source>Turnout per event</source>
        <translation>Teilnahme je Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Teilnahme</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>The organizing figures could not be read: %1</source>
        <translation>Die Zahlen zum Organisieren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Contributions and touch-points in twelve months: %1 (%2 hours) · On the ladder: %3 · Moves up this quarter: %4 · Events in twelve months: %5, attended %6 of %7 registered</source>
        <translation>Beiträge und Kontakte in zwölf Monaten: %1 (%2 Stunden) · Auf den Stufen: %3 · Aufstiege in diesem Quartal: %4 · Veranstaltungen in zwölf Monaten: %5, teilgenommen %6 von %7 Angemeldeten</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Hours given by area, month by month</source>
        <translation>Geleistete Stunden nach Bereich, Monat für Monat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Moved up this quarter</source>
        <translation>In diesem Quartal aufgestiegen</translation>
    </message>
    <message>
        <source>Moved up since %1</source>
        <translation>Aufgestiegen seit %1</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Nicht auf den Stufen</translation>
    </message>
    <message>
        <source>The ladder: people per level</source>
        <translation>Die Stufen: Personen je Stufe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Turnout per event, last twelve months</source>
        <translation>Teilnahme je Veranstaltung, letzte zwölf Monate</translation>
    </message>
</context>
<context>
    <name>Turfs</name>
    <message>
        <source>Not home</source>
        <translation>Niemand zu Hause</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Gesprochen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Weggezogen</translation>
    </message>
    <message>
        <source>Only leaders and admins make and change turfs.</source>
        <translation>Nur Leitende und Admins legen Gebiete an und ändern sie.</translation>
    </message>
    <message>
        <source>A turf needs a name.</source>
        <translation>Ein Gebiet braucht einen Namen.</translation>
    </message>
    <message>
        <source>The turf name "%1" is too long: at most %2 characters.</source>
        <translation>Der Gebietsname „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Only leaders and admins cut turfs.</source>
        <translation>Nur Leitende und Admins teilen Gebiete ein.</translation>
    </message>
    <message>
        <source>A turf has from 1 to %1 doors (not %2).</source>
        <translation>Ein Gebiet hat 1 bis %1 Türen (nicht %2).</translation>
    </message>
    <message>
        <source>Choose whom to cut into turfs: a smart list or an area.</source>
        <translation>Wählen Sie, wen Sie in Gebiete einteilen: eine intelligente Liste oder ein Gebiet.</translation>
    </message>
    <message>
        <source>No neighbourhood</source>
        <translation>Kein Viertel</translation>
    </message>
    <message>
        <source>Only leaders and admins open and close turfs.</source>
        <translation>Nur Leitende und Admins öffnen und schließen Gebiete.</translation>
    </message>
    <message>
        <source>Only leaders and admins change a turf's doors.</source>
        <translation>Nur Leitende und Admins ändern die Türen eines Gebiets.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es kein Gebiet mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not at a door of this turf.</source>
        <translation>%1 steht an keiner Tür dieses Gebiets.</translation>
    </message>
    <message>
        <source>Only leaders and admins assign turfs.</source>
        <translation>Nur Leitende und Admins vergeben Gebiete.</translation>
    </message>
    <message>
        <source>The turf "%1" is closed; open it again before assigning it.</source>
        <translation>Das Gebiet „%1“ ist geschlossen; öffnen Sie es wieder, bevor Sie es vergeben.</translation>
    </message>
    <message>
        <source>%1 is not a member yet, and only members canvass; approve them first or choose a member.</source>
        <translation>%1 ist noch kein Mitglied, und nur Mitglieder gehen von Tür zu Tür; nehmen Sie die Person zuerst auf oder wählen Sie ein Mitglied.</translation>
    </message>
    <message>
        <source>An assignment must end after it starts.</source>
        <translation>Eine Vergabe muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>An assignment runs at most 92 days; assign the turf again after that.</source>
        <translation>Eine Vergabe läuft höchstens 92 Tage; vergeben Sie das Gebiet danach erneut.</translation>
    </message>
    <message>
        <source>This assignment would have ended already (%1); choose an end in the future.</source>
        <translation>Diese Vergabe wäre schon zu Ende (%1); wählen Sie ein Ende in der Zukunft.</translation>
    </message>
    <message>
        <source>Only leaders and admins withdraw turf assignments.</source>
        <translation>Nur Leitende und Admins ziehen Gebietsvergaben zurück.</translation>
    </message>
    <message>
        <source>There is no turf assignment with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Gebietsvergabe mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This turf assignment was withdrawn already.</source>
        <translation>Diese Gebietsvergabe wurde bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device: it was never assigned to you, or your assignment ended; ask a leader.</source>
        <translation>Auf diesem Gerät gibt es kein Gebiet mit der ID %1: Es wurde Ihnen nie vergeben, oder Ihre Vergabe ist abgelaufen; fragen Sie eine leitende Person.</translation>
    </message>
    <message>
        <source>The turf "%1" is not assigned to you now; ask a leader to assign it to you.</source>
        <translation>Das Gebiet „%1“ ist Ihnen derzeit nicht vergeben; bitten Sie eine leitende Person darum.</translation>
    </message>
    <message>
        <source>%1 is not at a door of the turf "%2".</source>
        <translation>%1 steht an keiner Tür des Gebiets „%2“.</translation>
    </message>
    <message>
        <source>"%1" is not an outcome at a door: not_home, talked, refused or moved.</source>
        <translation>„%1“ ist kein Ergebnis an einer Tür: not_home, talked, refused oder moved.</translation>
    </message>
    <message>
        <source>Support is from 1 to 5 (%1 is not).</source>
        <translation>Die Unterstützung reicht von 1 bis 5 (%1 nicht).</translation>
    </message>
    <message>
        <source>A note from a door is at most %1 characters.</source>
        <translation>Eine Notiz von einer Tür hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot read the turfs on this device</source>
        <translation>Die Gebiete auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the turf %1 on this device</source>
        <translation>Das Gebiet %1 auf diesem Gerät kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the doors of the turf %1 on this device</source>
        <translation>Die Türen des Gebiets %1 auf diesem Gerät können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the turf assignments on this device</source>
        <translation>Die Gebietsvergaben auf diesem Gerät können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>WalkSheets</name>
    <message numerus="yes">
        <source>%n door(s); printed %1</source>
        <translation>
            <numerusform>%n Tür; gedruckt %1</numerusform>
            <numerusform>%n Türen; gedruckt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Walk sheet</source>
        <translation>Laufliste</translation>
    </message>
    <message>
        <source>No address shown</source>
        <translation>Keine Adresse sichtbar</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Telefonliste</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) without a phone you may see are on the walk sheet only.</source>
        <translation>
            <numerusform>%n Tür ohne für Sie sichtbares Telefon steht nur auf der Laufliste.</numerusform>
            <numerusform>%n Türen ohne für Sie sichtbares Telefon stehen nur auf der Laufliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk sheet: %1</source>
        <translation>Laufliste: %1</translation>
    </message>
    <message>
        <source>Phone list: %1</source>
        <translation>Telefonliste: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::CanvassingDashboard</name>
    <message numerus="yes">
        <source>%1: %2 of %n door(s) visited</source>
        <translation>
            <numerusform>%1: %2 von %n Tür besucht</numerusform>
            <numerusform>%1: %2 von %n Türen besucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s).</source>
        <translation>
            <numerusform>%n unterstützende Person.</numerusform>
            <numerusform>%n unterstützende Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut people into turfs, assign a turf to a member for a time, and follow each turf's canvass. A canvasser's device holds a turf only while it is assigned.</source>
        <translation>Teilen Sie Menschen in Gebiete ein, vergeben Sie ein Gebiet für eine Zeit an ein Mitglied und verfolgen Sie, wie weit jedes Gebiet ist. Das Gerät der Person hält ein Gebiet nur, solange es vergeben ist.</translation>
    </message>
    <message>
        <source>The turfs assigned to you now. Record what happened at each door: it is saved on this device and sent at the next sync.</source>
        <translation>Die Ihnen derzeit vergebenen Gebiete. Halten Sie fest, was an jeder Tür geschah: Es wird auf diesem Gerät gespeichert und bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Turfs</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Türen</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besucht</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Unterstützende</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>&amp;Cut turfs…</source>
        <translation>Gebiete &amp;einteilen…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Vergeben…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Cl&amp;ose turf</source>
        <translation>Gebiet &amp;schließen</translation>
    </message>
    <message>
        <source>Walk &amp;sheet…</source>
        <translation>&amp;Laufliste…</translation>
    </message>
    <message>
        <source>&amp;Phone list…</source>
        <translation>&amp;Telefonliste…</translation>
    </message>
    <message>
        <source>Doors of the turf, in walking order</source>
        <translation>Türen des Gebiets, in Laufreihenfolge</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Support, from 1 (against) to 5 (strongly for)</source>
        <translation>Unterstützung, von 1 (dagegen) bis 5 (sehr dafür)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>&amp;Unterstützung:</translation>
    </message>
    <message>
        <source>Note (leaders and this turf's canvassers see it)</source>
        <translation>Notiz (Leitende und die Personen dieses Gebiets sehen sie)</translation>
    </message>
    <message>
        <source>Note from the door</source>
        <translation>Notiz von der Tür</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <source>No turfs yet: cut people into turfs to begin.</source>
        <translation>Noch keine Gebiete: Teilen Sie zuerst Menschen in Gebiete ein.</translation>
    </message>
    <message>
        <source>No turf is assigned to you now.</source>
        <translation>Ihnen ist derzeit kein Gebiet vergeben.</translation>
    </message>
    <message>
        <source>(address not shown to you)</source>
        <translation>(Adresse für Sie nicht sichtbar)</translation>
    </message>
    <message>
        <source>Choose a turf first.</source>
        <translation>Wählen Sie zuerst ein Gebiet.</translation>
    </message>
    <message>
        <source>Re&amp;open turf</source>
        <translation>Gebiet wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The turf is closed; open it again to assign it.</source>
        <translation>Das Gebiet ist geschlossen; öffnen Sie es wieder, um es zu vergeben.</translation>
    </message>
    <message>
        <source>No one is assigned this turf now.</source>
        <translation>Dieses Gebiet ist derzeit niemandem vergeben.</translation>
    </message>
    <message>
        <source>This turf is not assigned to you now.</source>
        <translation>Dieses Gebiet ist Ihnen derzeit nicht vergeben.</translation>
    </message>
    <message>
        <source>Choose the door first.</source>
        <translation>Wählen Sie zuerst die Tür.</translation>
    </message>
    <message>
        <source>Withdraw the turf</source>
        <translation>Gebiet zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw this turf from %1? Their devices drop its doors at their next sync; what they recorded stays.</source>
        <translation>Dieses Gebiet %1 entziehen? Deren Geräte verwerfen seine Türen bei der nächsten Synchronisierung; was festgehalten wurde, bleibt.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Close the turf</source>
        <translation>Gebiet schließen</translation>
    </message>
    <message>
        <source>%1 is canvassing this turf now. Closing it ends that: their devices drop its doors at their next sync.</source>
        <translation>%1 ist gerade in diesem Gebiet unterwegs. Das Schließen beendet das: Die Geräte verwerfen seine Türen bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Close turf</source>
        <translation>Gebiet schließen</translation>
    </message>
    <message>
        <source>Save the walk sheet</source>
        <translation>Laufliste speichern</translation>
    </message>
    <message>
        <source>walk-sheet</source>
        <translation>laufliste</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the phone list</source>
        <translation>Telefonliste speichern</translation>
    </message>
    <message>
        <source>phone-list</source>
        <translation>telefonliste</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfAssignDialog</name>
    <message>
        <source>Assign the turf</source>
        <translation>Gebiet vergeben</translation>
    </message>
    <message>
        <source>Assign "%1" to %2. Their devices hold its doors from the start to the end, and drop them after.</source>
        <translation>„%1“ an %2 vergeben. Deren Geräte halten die Türen vom Beginn bis zum Ende und verwerfen sie danach.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Vergeben</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfCutDialog</name>
    <message>
        <source>Cut turfs</source>
        <translation>Gebiete einteilen</translation>
    </message>
    <message>
        <source>The people of an area</source>
        <translation>Die Menschen eines Gebiets</translation>
    </message>
    <message>
        <source>Smart list: %1</source>
        <translation>Intelligente Liste: %1</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;Wen:</translation>
    </message>
    <message>
        <source>The area, as people write it in their profile</source>
        <translation>Das Gebiet, wie Menschen es in ihr Profil schreiben</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>&amp;Doors a turf:</source>
        <translation>&amp;Türen je Gebiet:</translation>
    </message>
    <message>
        <source>Before each turf's name, e.g. Spring canvass</source>
        <translation>Vor dem Namen jedes Gebiets, z. B. Frühjahrsrunde</translation>
    </message>
    <message>
        <source>&amp;Name them after:</source>
        <translation>&amp;Benennen nach:</translation>
    </message>
    <message>
        <source>The turfs that would be made</source>
        <translation>Die Gebiete, die entstehen würden</translation>
    </message>
    <message>
        <source>Choose a smart list, or write an area.</source>
        <translation>Wählen Sie eine intelligente Liste oder schreiben Sie ein Gebiet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n door(s))</source>
        <translation>
            <numerusform>%1 (%n Tür)</numerusform>
            <numerusform>%1 (%n Türen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turf(s).</source>
        <translation>
            <numerusform>%n Gebiet.</numerusform>
            <numerusform>%n Gebiete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected people left out: you cannot see their address.</source>
        <translation>
            <numerusform>%n ausgewählte Person ausgelassen: Sie sehen ihre Adresse nicht.</numerusform>
            <numerusform>%n ausgewählte Personen ausgelassen: Sie sehen ihre Adresse nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Only admins name the community's levels and areas.</source>
        <translation>Nur Admins benennen die Stufen und Bereiche der Gemeinschaft.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of the community's words: area or level.</source>
        <translation>„%1“ ist keine Art von Wörtern der Gemeinschaft: area oder level.</translation>
    </message>
    <message>
        <source>"%1" is not an area; the areas are: %2.</source>
        <translation>„%1“ ist kein Bereich; die Bereiche sind: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a level of the ladder: 1 to 5.</source>
        <translation>„%1“ ist keine Stufe der Leiter: 1 bis 5.</translation>
    </message>
    <message>
        <source>Every level of the ladder stays in use; rename it instead.</source>
        <translation>Jede Stufe der Leiter bleibt in Gebrauch; benennen Sie sie stattdessen um.</translation>
    </message>
    <message>
        <source>A name is one line of at most %1 characters.</source>
        <translation>Ein Name ist eine Zeile mit höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>commonroom::TermsDialog</name>
    <message>
        <source>The community's words</source>
        <translation>Die Wörter der Gemeinschaft</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them. An empty name is the default, in each reader's language. Untick an area your community does not use: it is offered nowhere new, and entries in it keep it.</source>
        <translation>Benennen Sie die Stufen der Leiter und die Bereiche der Beiträge so, wie Ihre Gemeinschaft sie nennt. Ein leerer Name ist der Standard, in der Sprache der lesenden Person. Entfernen Sie das Häkchen bei einem Bereich, den Ihre Gemeinschaft nicht nutzt: Er wird nirgends mehr neu angeboten, und Einträge darin behalten ihn.</translation>
    </message>
    <message>
        <source>Levels and areas</source>
        <translation>Stufen und Bereiche</translation>
    </message>
    <message>
        <source>Level or area</source>
        <translation>Stufe oder Bereich</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>Your community's name</source>
        <translation>Name in Ihrer Gemeinschaft</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Ticked: the community uses this area</source>
        <translation>Angehakt: Die Gemeinschaft nutzt diesen Bereich</translation>
    </message>
</context>
<context>
    <name>commonroom::TextPromptDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Write a name first.</source>
        <translation>Schreiben Sie zuerst einen Namen.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
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
</context>
<context>
    <name>commonroom::PersonCard</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>%1: shown</source>
        <translation>%1: wird gezeigt</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
</context>
<context>
    <name>GroupMail</name>
    <message>
        <source>Only the group's curators and the community's leaders write to the whole group.</source>
        <translation>Nur die Kurator*innen der Gruppe und die Leitungen der Gemeinschaft schreiben an die ganze Gruppe.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Gruppe mit der ID %1; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in first: the choice is kept with your profile.</source>
        <translation>Melden Sie sich zuerst an: Die Wahl wird mit Ihrem Profil gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n messages in the last 24 hours, the most you may; write again a day after the first of them.</source>
        <translation>
            <numerusform>Sie haben in den letzten 24 Stunden %n Nachricht geschrieben, so viele wie erlaubt; schreiben Sie einen Tag danach wieder.</numerusform>
            <numerusform>Sie haben in den letzten 24 Stunden %n Nachrichten geschrieben, so viele wie erlaubt; schreiben Sie einen Tag nach der ersten wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>This event is not on this device; sync, then try again.</source>
        <translation>Diese Veranstaltung ist nicht auf diesem Gerät; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only the event's organizers and the community's leaders write to its registrants.</source>
        <translation>Nur die Organisatoren der Veranstaltung und die Leitungen der Gemeinschaft schreiben an die Angemeldeten.</translation>
    </message>
    <message>
        <source>Nobody is a no-show before the event is over; write to them after it ends.</source>
        <translation>Vor dem Ende der Veranstaltung ist niemand ferngeblieben; schreiben Sie ihnen nach dem Ende.</translation>
    </message>
    <message>
        <source>The messages cannot be read.</source>
        <translation>Die Nachrichten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only the community's leaders and admins write to the people of a smart list.</source>
        <translation>Nur die Leitenden und Admins der Gemeinschaft schreiben an die Menschen einer intelligenten Liste.</translation>
    </message>
    <message>
        <source>The list selects nobody but you now; there is no one to write to.</source>
        <translation>Die Liste wählt jetzt niemanden außer Ihnen aus; es gibt niemanden, an den Sie schreiben könnten.</translation>
    </message>
    <message>
        <source>The list selects %1 people, more than a message reaches (%2); narrow it, or write to parts of it.</source>
        <translation>Die Liste wählt %1 Menschen aus, mehr als eine Nachricht erreicht (%2); grenzen Sie sie ein oder schreiben Sie an Teile davon.</translation>
    </message>
    <message>
        <source>There is no message with the id %1 on this device; sync, then try again.</source>
        <translation>Auf diesem Gerät gibt es keine Nachricht mit der ID %1; synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMailPane</name>
    <message>
        <source>Write to the group…</source>
        <translation>An die Gruppe schreiben…</translation>
    </message>
    <message>
        <source>Messages to the group</source>
        <translation>Nachrichten an die Gruppe</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Text der Nachricht</translation>
    </message>
    <message>
        <source>Waiting to be sent (next sync)</source>
        <translation>Wartet auf den Versand (nächste Synchronisierung)</translation>
    </message>
    <message numerus="yes">
        <source>Mailed to %n</source>
        <translation>
            <numerusform>An %n gemailt</numerusform>
            <numerusform>An %n gemailt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mailed</source>
        <translation>
            <numerusform>%n nicht gemailt</numerusform>
            <numerusform>%n nicht gemailt</numerusform>
        </translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(Name nicht geteilt)</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>Die Nachricht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Nachricht „%1“ gespeichert; sie wird bei der nächsten Synchronisierung versandt.</translation>
    </message>
    <message numerus="yes">
        <source>%n did not agree to be mailed</source>
        <translation>
            <numerusform>%n hat keinen Mails zugestimmt</numerusform>
            <numerusform>%n haben keinen Mails zugestimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed but have no address</source>
        <translation>
            <numerusform>%n hat zugestimmt, aber keine Adresse</numerusform>
            <numerusform>%n haben zugestimmt, aber keine Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mailed: %1. They read it here.</source>
        <translation>Nicht gemailt: %1. Sie lesen sie hier.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing: %1 of %n</source>
        <translation>
            <numerusform>Wird gemailt: %1 von %n</numerusform>
            <numerusform>Wird gemailt: %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be delivered</source>
        <translation>
            <numerusform>%n konnte nicht zugestellt werden</numerusform>
            <numerusform>%n konnten nicht zugestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Messages to the event's registrants</source>
        <translation>Nachrichten an die Angemeldeten der Veranstaltung</translation>
    </message>
    <message>
        <source>Write to registrants…</source>
        <translation>An Angemeldete schreiben…</translation>
    </message>
    <message>
        <source>Waiting for a seat</source>
        <translation>Warten auf einen Platz</translation>
    </message>
    <message>
        <source>Had a seat, did not come</source>
        <translation>Hatten einen Platz, kamen nicht</translation>
    </message>
    <message>
        <source>Registered, with a seat</source>
        <translation>Angemeldet, mit Platz</translation>
    </message>
</context>
<context>
    <name>commonroom::WriteMessageDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Everyone in the group reads it in Commonroom. The server mails it, when it receives it, to the members who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Alle in der Gruppe lesen sie in Commonroom. Der Server mailt sie, sobald er sie erhält, an die Mitglieder, die zugestimmt haben; ihre Adressen bleiben beim Server.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the group's %n other active member(s).</source>
        <translation>
            <numerusform>Sie geht an %n weiteres aktives Mitglied der Gruppe.</numerusform>
            <numerusform>Sie geht an %n weitere aktive Mitglieder der Gruppe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the registrants of %1</source>
        <translation>An die Angemeldeten von %1 schreiben</translation>
    </message>
    <message>
        <source>Everyone registered for the event reads it in Commonroom. The server mails it, when it receives it, to the people of the audience who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Alle Angemeldeten lesen sie in Commonroom. Der Server mailt sie, sobald er sie erhält, an die Empfänger, die Mails zugestimmt haben; ihre Adressen bleiben beim Server.</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message numerus="yes">
        <source>It goes to %n other person(s) of this audience.</source>
        <translation>
            <numerusform>Sie geht an %n weitere Person dieser Empfänger.</numerusform>
            <numerusform>Sie geht an %n weitere Personen dieser Empfänger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the people of %1</source>
        <translation>An die Menschen von %1 schreiben</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the %n people the list selects now, you excepted.</source>
        <translation>
            <numerusform>Sie geht an die %n Person, die die Liste jetzt auswählt, außer Ihnen.</numerusform>
            <numerusform>Sie geht an die %n Menschen, die die Liste jetzt auswählt, außer Ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>They read it in Commonroom without learning who else it went to, or by which list. The server mails it, when it receives it, to those who agreed to the community's announcements; their addresses stay with the server.</source>
        <translation>Sie lesen sie in Commonroom, ohne zu erfahren, an wen sie sonst ging oder über welche Liste. Der Server mailt sie, sobald er sie erhält, an alle, die den Ankündigungen der Gemeinschaft zugestimmt haben; ihre Adressen bleiben beim Server.</translation>
    </message>
</context>
<context>
    <name>commonroom::ReadMessageDialog</name>
    <message>
        <source>From %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>someone who does not share their name</source>
        <translation>jemandem, der seinen Namen nicht teilt</translation>
    </message>
    <message>
        <source>To the list %1 · %2</source>
        <translation>An die Liste %1 · %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is not UTF-8; choose its encoding (latin1 or windows-1252).</source>
        <translation>Die Datei ist kein UTF-8; wählen Sie ihre Kodierung (latin1 oder windows-1252).</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8, windows-1252 or latin1.</source>
        <translation>Unbekannte Kodierung „%1“: Verwenden Sie utf-8, windows-1252 oder latin1.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed; the file is cut short.</source>
        <translation>Ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen; die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Only leaders and admins bring people in from a file.</source>
        <translation>Nur Leitende und Admins übernehmen Menschen aus einer Datei.</translation>
    </message>
    <message>
        <source>%1 columns are mapped, and the file has %2.</source>
        <translation>%1 Spalten sind zugeordnet, die Datei hat %2.</translation>
    </message>
    <message>
        <source>"%1" is not something a column can be imported as; choose one of: %2.</source>
        <translation>„%1“ ist nichts, als das eine Spalte übernommen werden kann; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The people on this device cannot be read.</source>
        <translation>Die Menschen auf diesem Gerät können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>"%1" in %2 is neither yes nor no.</source>
        <translation>„%1“ in %2 ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>No name: a person needs a name, or a first or last name.</source>
        <translation>Kein Name: Eine Person braucht einen Namen oder einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were written before it; they stay, and are sent at the next sync.</source>
        <translation>%1 von %2 Zeilen wurden davor geschrieben; sie bleiben und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The groups on this device cannot be read.</source>
        <translation>Die Gruppen auf diesem Gerät können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 never ends (END:VCARD); the file is cut short.</source>
        <translation>Die Karte ab Zeile %1 endet nie (END:VCARD); die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>Die Datei enthält keine vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 is in the quoted-printable form of vCard 2.1, which is not read; export the contacts as vCard 3.0 or 4.0 and import that file.</source>
        <translation>Zeile %1 ist in der Quoted-Printable-Form von vCard 2.1, die nicht gelesen wird; exportieren Sie die Kontakte als vCard 3.0 oder 4.0 und importieren Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>commonroom::ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>Spalten &amp;getrennt durch:</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Latin-1)</source>
        <translation>Windows-1252 (Latin-1)</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Zeichensatz:</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Die Spalten</translation>
    </message>
    <message>
        <source>What each column becomes, guessed from its header. Change a guess, or leave a column out.</source>
        <translation>Was aus jeder Spalte wird, erraten aus ihrer Überschrift. Ändern Sie eine Vermutung oder lassen Sie eine Spalte weg.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Before importing</source>
        <translation>Vor dem Import</translation>
    </message>
    <message>
        <source>What the import would write. Nothing is written until you press Import.</source>
        <translation>Was der Import schreiben würde. Nichts wird geschrieben, bevor Sie auf Importieren drücken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>Die ersten Zeilen, wie sie gespeichert werden</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and why:</source>
        <translation>Zeilen, die nicht importiert werden können, und warum:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Warum sie abgelehnt wird</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the rows that were not imported, with the reason, to fix and import again</source>
        <translation>Die nicht importierten Zeilen mit dem Grund speichern, um sie zu korrigieren und erneut zu importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>%1, columns separated by %2: %3 columns, %4 rows.</source>
        <translation>%1, Spalten getrennt durch %2: %3 Spalten, %4 Zeilen.</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>%1 importieren als</translation>
    </message>
    <message>
        <source>New people: %1. Already here, gaining only what they lack: %2. Refused: %3.</source>
        <translation>Neue Personen: %1. Schon vorhanden, ergänzt nur um Fehlendes: %2. Abgelehnt: %3.</translation>
    </message>
    <message>
        <source>Groups not on this device, so not joined: %1. Create them first to join them.</source>
        <translation>Gruppen, die nicht auf diesem Gerät sind und daher nicht beigetreten werden: %1. Legen Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Who sees each person&apos;s contact details stays the cautious default until they choose.</source>
        <translation>Wer die Kontaktdaten jeder Person sieht, bleibt bei der vorsichtigen Voreinstellung, bis die Person selbst wählt.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Groups joined</source>
        <translation>Beigetretene Gruppen</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 of %2 rows written · %3 · %4</source>
        <translation>%1 von %2 Zeilen geschrieben · %3 · %4</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 rows written. They stay, and are sent to the server at the next sync.</source>
        <translation>Abgebrochen: %1 von %2 Zeilen geschrieben. Sie bleiben und werden bei der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written. They are sent to the server at the next sync.</source>
        <translation>
            <numerusform>%Ln Zeile geschrieben. Sie wird bei der nächsten Synchronisierung an den Server gesendet.</numerusform>
            <numerusform>%Ln Zeilen geschrieben. Sie werden bei der nächsten Synchronisierung an den Server gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused; save them with the reason to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt; speichern Sie sie mit dem Grund, um sie zu korrigieren und erneut zu importieren.</numerusform>
            <numerusform>%Ln Zeilen abgelehnt; speichern Sie sie mit dem Grund, um sie zu korrigieren und erneut zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling after this batch; what was written stays.</source>
        <translation>Abbruch nach diesem Stapel; was geschrieben wurde, bleibt.</translation>
    </message>
    <message>
        <source>%1, vCards: %2 contacts.</source>
        <translation>%1, vCards: %2 Kontakte.</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Tabellen und Kontakte (*.csv *.tsv *.txt *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (Excel, LibreOffice and Google Sheets all save it), its first line naming the columns; or contacts saved as vCards (.vcf) by an address book.</source>
        <translation>Eine als CSV gespeicherte Tabelle (Excel, LibreOffice und Google Sheets speichern sie alle), deren erste Zeile die Spalten benennt; oder Kontakte, die ein Adressbuch als vCards (.vcf) gespeichert hat.</translation>
    </message>
    <message>
        <source>Rows that look like someone already here, imported as new people and then flagged for review:</source>
        <translation>Zeilen, die jemandem ähneln, der schon hier ist; sie werden als neue Personen importiert und danach zur Prüfung markiert:</translation>
    </message>
    <message>
        <source>Rows that look like someone already here</source>
        <translation>Zeilen, die jemandem ähneln, der schon hier ist</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Whether rows look like someone already here could not be checked: %1</source>
        <translation>Ob Zeilen jemandem ähneln, der schon hier ist, konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like someone already here under another spelling or address (below).</source>
        <translation>
            <numerusform>%Ln Zeile ähnelt jemandem, der schon hier ist, mit anderer Schreibweise oder Adresse (unten).</numerusform>
            <numerusform>%Ln Zeilen ähneln jemandem, der schon hier ist, mit anderer Schreibweise oder Adresse (unten).</numerusform>
        </translation>
    </message>
</context>
</TS>
