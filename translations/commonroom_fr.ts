<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Advocacy</source>
        <translation>Plaidoyer</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Door knock</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Contributions are recorded once your application is approved.</source>
        <translation>Les contributions s’enregistrent une fois votre demande approuvée.</translation>
    </message>
    <message>
        <source>You record your own contributions; leaders record them for other people.</source>
        <translation>Vous enregistrez vos propres contributions ; les responsables les enregistrent pour les autres.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Aucune personne avec l’identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of an entry for %2 is not one of the community&apos;s areas: %3.</source>
        <translation>Le domaine « %1 » d’une entrée pour %2 n’est pas un des domaines de la communauté : %3.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; of an entry for %2 is not one of: %3.</source>
        <translation>Le type « %1 » d’une entrée pour %2 n’est pas l’un de : %3.</translation>
    </message>
    <message>
        <source>%1 hours for %2 is not a time one entry can hold: from 0 to %3 hours; split a longer contribution into one entry a day.</source>
        <translation>%1 heures pour %2 ne tiennent pas dans une entrée : de 0 à %3 heures ; découpez une contribution plus longue en une entrée par jour.</translation>
    </message>
    <message>
        <source>There is no contribution with the id %1 on this device; sync, then try again.</source>
        <translation>Aucune contribution avec l’identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>Only leaders and admins confirm contributions.</source>
        <translation>Seuls les responsables et les admins confirment les contributions.</translation>
    </message>
    <message>
        <source>Cannot read the contributions of %1 on this device</source>
        <translation>Impossible de lire les contributions de %1 sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the contributions waiting for a confirmation on this device</source>
        <translation>Impossible de lire les contributions en attente de confirmation sur cet appareil</translation>
    </message>
</context>
<context>
    <name>EventPrintouts</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 expected. Walk-ins: write your name on a blank line.</source>
        <translation>%1 attendu(s). Personnes non inscrites : écrivez votre nom sur une ligne vide.</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Feuille d’émargement : %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Inscrits : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>GroupMessages</name>
    <message>
        <source>The request of %1 to join %2 was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>La demande de %1 pour rejoindre %2 a entre-temps reçu une réponse ou été retirée. Synchronisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>Sign in first: a group needs a first curator.</source>
        <translation>Connectez-vous d’abord : un groupe a besoin d’un premier responsable.</translation>
    </message>
    <message>
        <source>This group is not on this computer any more. Sync, then try again.</source>
        <translation>Ce groupe n’est plus sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>To join %1, accept its terms.</source>
        <translation>Pour rejoindre %1, acceptez ses conditions.</translation>
    </message>
    <message>
        <source>You are already a member of %1.</source>
        <translation>Vous êtes déjà membre de %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 already waits for a curator.</source>
        <translation>Votre demande pour rejoindre %1 attend déjà un responsable.</translation>
    </message>
    <message>
        <source>%1 takes new members by invitation of its curators only.</source>
        <translation>%1 n’accepte de nouveaux membres que sur invitation de ses responsables.</translation>
    </message>
    <message>
        <source>This membership is not on this computer any more. Sync to see where it stands.</source>
        <translation>Cette adhésion n’est plus sur cet ordinateur. Synchronisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>This request was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>Cette demande a entre-temps reçu une réponse ou été retirée. Synchronisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>%1 already has a membership, request or invitation in %2.</source>
        <translation>%1 a déjà une adhésion, une demande ou une invitation dans %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one curator: make someone else curator first.</source>
        <translation>%1 a besoin d’au moins un responsable : nommez d’abord quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>To leave %1 yourself, use Leave group.</source>
        <translation>Pour quitter %1 vous-même, utilisez Quitter le groupe.</translation>
    </message>
    <message>
        <source>The community&apos;s rules do not allow this: %1</source>
        <translation>Les règles de la communauté ne le permettent pas : %1</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>Impossible d’effectuer cette action : %1</translation>
    </message>
    <message>
        <source>The change will be sent at the next sync.</source>
        <translation>La modification sera envoyée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household needs a name.</source>
        <translation>Un foyer a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The household name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Le nom du foyer « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>Only leaders and admins keep households.</source>
        <translation>Seuls les responsables et les administrateurs tiennent les foyers.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Il n’y a pas de personne avec l’identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Only leaders and admins place people in households.</source>
        <translation>Seuls les responsables et les administrateurs placent des personnes dans des foyers.</translation>
    </message>
    <message>
        <source>Only leaders and admins take people out of households.</source>
        <translation>Seuls les responsables et les administrateurs retirent des personnes des foyers.</translation>
    </message>
    <message>
        <source>%1 is in no household on this device.</source>
        <translation>%1 n’est dans aucun foyer sur cet appareil.</translation>
    </message>
    <message>
        <source>Cannot read the households on this device</source>
        <translation>Impossible de lire les foyers sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the household %1 on this device</source>
        <translation>Impossible de lire le foyer %1 sur cet appareil</translation>
    </message>
    <message>
        <source>There is no household with the id %1 on this device; sync, then try again.</source>
        <translation>Il n’y a pas de foyer avec l’identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the people of the household %1 on this device</source>
        <translation>Impossible de lire les personnes du foyer %1 sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the address of the household %1 on this device</source>
        <translation>Impossible de lire l’adresse du foyer %1 sur cet appareil</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Membre actif</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Core leader</source>
        <translation>Responsable principal</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Aucune personne avec l’identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>Level %1 for %2 is not on the leadership ladder: levels go from %3 to %4.</source>
        <translation>Le niveau %1 pour %2 n’est pas sur l’échelle d’engagement : les niveaux vont de %3 à %4.</translation>
    </message>
    <message>
        <source>Only leaders and admins assess people on the ladder.</source>
        <translation>Seuls les responsables et les admins évaluent les personnes sur l’échelle.</translation>
    </message>
    <message>
        <source>A leader note needs some text.</source>
        <translation>Une note de responsables a besoin d’un texte.</translation>
    </message>
    <message>
        <source>Leader notes about you are kept from you, so you cannot write one about yourself; ask another leader.</source>
        <translation>Les notes de responsables à votre sujet vous sont cachées : vous ne pouvez pas en écrire une sur vous-même ; demandez à un·e autre responsable.</translation>
    </message>
    <message>
        <source>Only leaders and admins write leader notes.</source>
        <translation>Seuls les responsables et les admins écrivent des notes de responsables.</translation>
    </message>
    <message>
        <source>Cannot read the assessments of %1 on this device</source>
        <translation>Impossible de lire les évaluations de %1 sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the leader notes about %1 on this device</source>
        <translation>Impossible de lire les notes de responsables sur %1 sur cet appareil</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Leadership level</source>
        <translation>Niveau de responsabilité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Accepte d’être contacté(e)</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accepté le</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Voisin</translation>
    </message>
    <message>
        <source>Brought in by</source>
        <translation>Amené par</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relationship: family, colleague, neighbour or brought_in_by.</source>
        <translation>« %1 » n’est pas un type de relation : family, colleague, neighbour ou brought_in_by.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Il n’y a pas de personne avec l’identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be related to themself.</source>
        <translation>%1 ne peut pas être en relation avec soi-même.</translation>
    </message>
    <message>
        <source>Only leaders and admins relate people.</source>
        <translation>Seuls les responsables et les administrateurs relient des personnes.</translation>
    </message>
    <message>
        <source>%1 was brought in, directly or not, by %2, so %2 cannot have been brought in by them: a recruitment chain cannot go round.</source>
        <translation>%1 a été amené, directement ou non, par %2, donc %2 ne peut pas avoir été amené par cette personne : une chaîne de recrutement ne peut pas tourner en rond.</translation>
    </message>
    <message>
        <source>%1 is not recorded as brought in by %2.</source>
        <translation>Il n’est pas noté que %1 a été amené par %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are not recorded as related (%3) on this device.</source>
        <translation>Sur cet appareil, aucune relation (%3) n’est notée entre %1 et %2.</translation>
    </message>
    <message>
        <source>Cannot read the relationships of %1 on this device</source>
        <translation>Impossible de lire les relations de %1 sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read whom %1 brought in on this device</source>
        <translation>Impossible de lire qui %1 a amené sur cet appareil</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>Damaged community copy</source>
        <translation>Copie de la communauté endommagée</translation>
    </message>
    <message>
        <source>The community copy in %1 cannot be used: %2

Commonroom can set the damaged file aside (nothing is deleted), keep the changes not yet sent that can still be read, and fetch the community again from the server at the next sync. Recover now?</source>
        <translation>La copie de la communauté dans %1 est inutilisable : %2

Commonroom peut mettre le fichier endommagé de côté (rien n’est supprimé), garder les modifications pas encore envoyées qui peuvent encore être lues et récupérer à nouveau la communauté depuis le serveur à la prochaine synchronisation. Récupérer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>Le fichier endommagé a été déplacé vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were kept; they are sent at the next sync.</source>
        <translation>
            <numerusform>%n modification non envoyée a été gardée ; elle sera envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications non envoyées ont été gardées ; elles seront envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read from the damaged file and are lost; please make them again.</source>
        <translation>
            <numerusform>%n modification non envoyée n’a pas pu être lue dans le fichier endommagé et est perdue ; veuillez la refaire.</numerusform>
            <numerusform>%n modifications non envoyées n’ont pas pu être lues dans le fichier endommagé et sont perdues ; veuillez les refaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file no longer told which device this was, so sign in again; this computer then counts as a new device.</source>
        <translation>Le fichier endommagé ne disait plus de quel appareil il s’agissait : reconnectez-vous ; cet ordinateur comptera alors comme un nouvel appareil.</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>A smart list needs a name.</source>
        <translation>Une liste intelligente a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>The smart list name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Le nom de la liste intelligente « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; cannot be saved: %2</source>
        <translation>La liste intelligente « %1 » ne peut pas être enregistrée : %2</translation>
    </message>
    <message>
        <source>level %1 is not on the leadership ladder: levels go from %2 to %3.</source>
        <translation>le niveau %1 n&apos;est pas sur l&apos;échelle d&apos;engagement : les niveaux vont de %2 à %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: applicant, member, leader or admin.</source>
        <translation>« %1 » n&apos;est pas un rôle : applicant, member, leader ou admin.</translation>
    </message>
    <message>
        <source>a day to have contributed since needs the area contributed in.</source>
        <translation>une date depuis laquelle on a contribué demande le domaine de la contribution.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of contributions.</source>
        <translation>« %1 » n&apos;est pas un domaine de contributions.</translation>
    </message>
    <message>
        <source>the day &quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>le jour « %1 » n&apos;est pas une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 events attended is not a number of events from 1 to %2.</source>
        <translation>%1 événements suivis n&apos;est pas un nombre d&apos;événements de 1 à %2.</translation>
    </message>
    <message>
        <source>it selects by nothing; give it at least one criterion.</source>
        <translation>elle ne sélectionne selon rien ; donnez-lui au moins un critère.</translation>
    </message>
    <message>
        <source>there is no group with the id %1 on this device.</source>
        <translation>il n&apos;y a aucun groupe d&apos;identifiant %1 sur cet appareil.</translation>
    </message>
    <message>
        <source>it requires %1 tags, more than the %2 a smart list may.</source>
        <translation>elle exige %1 étiquettes, plus que les %2 permises à une liste intelligente.</translation>
    </message>
    <message>
        <source>there is no tag with the id %1 on this device.</source>
        <translation>il n&apos;y a aucune étiquette d&apos;identifiant %1 sur cet appareil.</translation>
    </message>
    <message>
        <source>its criteria take %1 bytes, more than the %2 a smart list may hold.</source>
        <translation>ses critères occupent %1 octets, plus que les %2 qu&apos;une liste intelligente peut contenir.</translation>
    </message>
    <message>
        <source>Smart lists are a leaders&apos; tool: only leaders and admins save them.</source>
        <translation>Les listes intelligentes sont un outil de responsables : seuls les responsables et les admins les enregistrent.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it changes it; save a copy of your own instead.</source>
        <translation>La liste intelligente « %1 » n&apos;est pas à vous : seul le responsable qui l&apos;a enregistrée la modifie ; enregistrez plutôt votre propre copie.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it (or an admin) deletes it.</source>
        <translation>La liste intelligente « %1 » n&apos;est pas à vous : seul le responsable qui l&apos;a enregistrée (ou un admin) la supprime.</translation>
    </message>
    <message>
        <source>Cannot read the smart lists on this device</source>
        <translation>Impossible de lire les listes intelligentes sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the smart list %1 on this device</source>
        <translation>Impossible de lire la liste intelligente %1 sur cet appareil</translation>
    </message>
    <message>
        <source>There is no smart list with the id %1 on this device; sync, or see the lists with commonroom-cli lists.</source>
        <translation>Il n&apos;y a aucune liste intelligente d&apos;identifiant %1 sur cet appareil ; synchronisez, ou voyez les listes avec commonroom-cli lists.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Le nom d’étiquette « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>Only leaders and admins make tags.</source>
        <translation>Seuls les responsables et les administrateurs créent des étiquettes.</translation>
    </message>
    <message>
        <source>The community already has a tag named &quot;%1&quot; (names are compared whatever their case); apply that one, or choose another name.</source>
        <translation>La communauté a déjà une étiquette nommée « %1 » (les noms sont comparés sans tenir compte de la casse) ; appliquez celle-ci ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot read the tags on this device</source>
        <translation>Impossible de lire les étiquettes sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot; on this device</source>
        <translation>Impossible de lire l’étiquette « %1 » sur cet appareil</translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot; on this device; sync, or make it first.</source>
        <translation>Il n’y a pas d’étiquette nommée « %1 » sur cet appareil ; synchronisez ou créez-la d’abord.</translation>
    </message>
    <message>
        <source>Cannot read the tag %1 on this device</source>
        <translation>Impossible de lire l’étiquette %1 sur cet appareil</translation>
    </message>
    <message>
        <source>There is no tag with the id %1 on this device; sync, then try again.</source>
        <translation>Il n’y a pas d’étiquette avec l’identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Il n’y a personne avec l’identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Only leaders and admins apply and remove tags.</source>
        <translation>Seuls les responsables et les administrateurs appliquent et retirent des étiquettes.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is for leaders only and kept from the people it is applied to, so you cannot apply or remove it on yourself; ask another leader.</source>
        <translation>L’étiquette « %1 » est réservée aux responsables et cachée aux personnes à qui elle est appliquée : vous ne pouvez donc pas vous l’appliquer ni vous la retirer ; demandez à un autre responsable.</translation>
    </message>
    <message>
        <source>Only admins delete tags; a leader can remove &quot;%1&quot; from the people it is applied to.</source>
        <translation>Seuls les administrateurs suppriment des étiquettes ; un responsable peut retirer « %1 » aux personnes à qui elle est appliquée.</translation>
    </message>
    <message>
        <source>Cannot read the tags of %1 on this device</source>
        <translation>Impossible de lire les étiquettes de %1 sur cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the people tagged &quot;%1&quot; on this device</source>
        <translation>Impossible de lire les personnes étiquetées « %1 » sur cet appareil</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>no system keychain service is running</source>
        <translation>aucun service de trousseau système n’est en cours d’exécution</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>l’accès au trousseau a été refusé</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>le trousseau système n’a pas répondu</translation>
    </message>
    <message>
        <source>The session could not be removed from the system keychain (%1). Remove the entry “%2” of “%3” with your keychain manager.</source>
        <translation>La session n’a pas pu être supprimée du trousseau système (%1). Supprimez l’entrée « %2 » de « %3 » avec votre gestionnaire de trousseau.</translation>
    </message>
    <message>
        <source>in the system keychain, under “%1”</source>
        <translation>dans le trousseau système, sous « %1 »</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you</source>
        <translation>dans le fichier %1, lisible uniquement par vous</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you, because no system keychain is available (%2)</source>
        <translation>dans le fichier %1, lisible uniquement par vous, car aucun trousseau système n’est disponible (%2)</translation>
    </message>
    <message>
        <source>only in memory until Commonroom quits, because no system keychain is available and keeping it in a file was declined; you will be asked to sign in again next time</source>
        <translation>uniquement en mémoire jusqu’à la fermeture de Commonroom, car aucun trousseau système n’est disponible et la conservation dans un fichier a été refusée ; vous devrez vous reconnecter la prochaine fois</translation>
    </message>
</context>
<context>
    <name>commonroom::AccountClient</name>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and your connection, then try again.</source>
        <translation>Impossible de joindre le serveur à l’adresse %1 : %2. Vérifiez l’adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1; try again later.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1 ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>commonroom::AdminDashboard</name>
    <message>
        <source>Admission and roles</source>
        <translation>Admission et rôles</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Candidatures</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitations</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
</context>
<context>
    <name>commonroom::ApiClient</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplicantsModel</name>
    <message>
        <source>Asked for more information</source>
        <translation>Informations complémentaires demandées</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente d’une décision</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Personne ne s’est encore porté garant.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Demandé : %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Vouches</source>
        <translation>Garants</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplicationStatusWidget</name>
    <message>
        <source>Welcome: your application was approved.</source>
        <translation>Bienvenue : votre candidature a été acceptée.</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>Votre candidature</translation>
    </message>
    <message>
        <source>State of your application</source>
        <translation>État de votre candidature</translation>
    </message>
    <message>
        <source>Vouches you received</source>
        <translation>Parrainages reçus</translation>
    </message>
    <message>
        <source>Your application is sent. Sync to see what the community decides.</source>
        <translation>Votre candidature est envoyée. Synchronisez pour voir ce que décide la communauté.</translation>
    </message>
    <message>
        <source>Welcome: your application was approved. Sync to receive the community&apos;s directory.</source>
        <translation>Bienvenue : votre candidature a été acceptée. Synchronisez pour recevoir l’annuaire de la communauté.</translation>
    </message>
    <message>
        <source>Your application was not accepted. The reason given: %1</source>
        <translation>Votre candidature n’a pas été acceptée. Motif indiqué : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>An admin asks: %1

Answer by adding it to your profile (About you); they will see it at their next sync.</source>
        <translation>Un administrateur demande : %1

Répondez en l’ajoutant à votre profil (À propos de vous) ; il le verra à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your application is waiting for an admin, or for members who know you to vouch for you. Until then you see what the community shows the public.</source>
        <translation>Votre candidature attend un administrateur, ou des membres qui vous connaissent et se portent garants pour vous. D’ici là, vous voyez ce que la communauté montre au public.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nobody has vouched for you yet.</source>
        <translation>Personne ne s’est encore porté garant pour vous.</translation>
    </message>
    <message>
        <source>Vouched for you:
%1</source>
        <translation>Se sont portés garants pour vous :
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplyDialog</name>
    <message>
        <source>Apply to join</source>
        <translation>Demander à adhérer</translation>
    </message>
    <message>
        <source>Tell the community who you are. An admin reviews your application, and members who know you can vouch for you. Until then you see only what the community shows the public.</source>
        <translation>Dites à la communauté qui vous êtes. Un administrateur examine votre candidature, et les membres qui vous connaissent peuvent se porter garants pour vous. D’ici là, vous ne voyez que ce que la communauté montre au public.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>A few lines: who you are, how you know the community, what you would like to do.</source>
        <translation>Quelques lignes : qui vous êtes, comment vous connaissez la communauté, ce que vous aimeriez faire.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;About you:</source>
        <translation>À &amp;propos de vous :</translation>
    </message>
    <message>
        <source>&amp;Send me the community&apos;s news and calls to action by email</source>
        <translation>&amp;Recevoir par e-mail les nouvelles et appels à l’action de la communauté</translation>
    </message>
    <message>
        <source>You can change this later in your profile. The time of your choice is recorded.</source>
        <translation>Vous pourrez modifier ce choix plus tard dans votre profil. La date de votre choix est enregistrée.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Postuler</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Saisissez votre nom tel que vous souhaitez que la communauté le voie.</translation>
    </message>
    <message>
        <source>Enter your email address; the community writes to you there.</source>
        <translation>Saisissez votre adresse e-mail ; la communauté vous y écrira.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Envoi de votre candidature…</translation>
    </message>
</context>
<context>
    <name>commonroom::ApprovalQueueWidget</name>
    <message>
        <source>Approval queue</source>
        <translation>File d’approbation</translation>
    </message>
    <message>
        <source>People waiting for a decision</source>
        <translation>Personnes en attente d’une décision</translation>
    </message>
    <message>
        <source>About the selected applicant</source>
        <translation>À propos du candidat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Make the selected applicant a member (Ctrl+Return)</source>
        <translation>Faire du candidat sélectionné un membre (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Turn the application down, with a reason the applicant will read</source>
        <translation>Refuser la candidature, avec un motif que le candidat lira</translation>
    </message>
    <message>
        <source>Ask for &amp;information…</source>
        <translation>Demander des &amp;informations…</translation>
    </message>
    <message>
        <source>Ask the applicant a question; they answer by editing their profile</source>
        <translation>Poser une question au candidat ; il répond en modifiant son profil</translation>
    </message>
    <message>
        <source>&amp;Vouch…</source>
        <translation>Se porter &amp;garant…</translation>
    </message>
    <message>
        <source>Vouch for the selected applicant, with a reason</source>
        <translation>Se porter garant du candidat sélectionné, avec un motif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Select an applicant in the list first.</source>
        <translation>Sélectionnez d’abord un candidat dans la liste.</translation>
    </message>
    <message>
        <source>Only admins decide on applications. You can vouch for an applicant instead.</source>
        <translation>Seuls les administrateurs statuent sur les candidatures. Vous pouvez plutôt vous porter garant d’un candidat.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>La décision n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Refuser la candidature</translation>
    </message>
    <message>
        <source>Why is the application turned down? The applicant will read this reason.</source>
        <translation>Pourquoi la candidature est-elle refusée ? Le candidat lira ce motif.</translation>
    </message>
    <message>
        <source>Not rejected: a rejection needs a reason the applicant can read.</source>
        <translation>Non refusée : un refus nécessite un motif lisible par le candidat.</translation>
    </message>
    <message>
        <source>Ask for more information</source>
        <translation>Demander des informations complémentaires</translation>
    </message>
    <message>
        <source>What would you like to know? The applicant will read your question and can answer by editing their profile.</source>
        <translation>Que souhaitez-vous savoir ? Le candidat lira votre question et pourra répondre en modifiant son profil.</translation>
    </message>
    <message>
        <source>Nothing was asked: write the question first.</source>
        <translation>Aucune question posée : écrivez d’abord la question.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a decision.</source>
        <translation>Personne n’attend de décision.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for a decision. Decisions are saved on this computer and sent with the next sync.</source>
        <translation>
            <numerusform>%n personne en attente d’une décision. Les décisions sont enregistrées sur cet ordinateur et envoyées à la prochaine synchronisation.</numerusform>
            <numerusform>%n personnes en attente d’une décision. Les décisions sont enregistrées sur cet ordinateur et envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone to see what they wrote and who vouched.</source>
        <translation>Sélectionnez une personne pour voir ce qu’elle a écrit et qui s’est porté garant.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, applied %3</source>
        <translation>%1 &lt;%2&gt;, candidature le %3</translation>
    </message>
    <message>
        <source>About themselves: %1</source>
        <translation>À propos de soi : %1</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(rien d’écrit)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Demandé : %1</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Personne ne s’est encore porté garant.</translation>
    </message>
    <message>
        <source>Vouches:
%1</source>
        <translation>Garants :
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::AttendanceReportPane</name>
    <message numerus="yes">
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln inscrit</numerusform>
            <numerusform>%Ln inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln présent</numerusform>
            <numerusform>%Ln présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln absent</numerusform>
            <numerusform>%Ln absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk-in(s)</source>
        <translation>
            <numerusform>%Ln sans inscription</numerusform>
            <numerusform>%Ln sans inscription</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln en liste d’attente</numerusform>
            <numerusform>%Ln en liste d’attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulée</numerusform>
            <numerusform>%Ln annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>By &amp;area:</source>
        <translation>Par &amp;secteur :</translation>
    </message>
    <message>
        <source>Attendance by area</source>
        <translation>Participation par secteur</translation>
    </message>
    <message>
        <source>Chart of attendance by area</source>
        <translation>Graphique de la participation par secteur</translation>
    </message>
    <message>
        <source>The same figures as the table above</source>
        <translation>Les mêmes chiffres que le tableau ci-dessus</translation>
    </message>
    <message>
        <source>Export attendance (&amp;CSV)…</source>
        <translation>Exporter la participation (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export attendance as CSV</source>
        <translation>Exporter la participation en CSV</translation>
    </message>
    <message>
        <source>Select an event to see its attendance.</source>
        <translation>Sélectionnez un événement pour voir sa participation.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Asked for information</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Vouched</source>
        <translation>Garant</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Accepted an invitation</source>
        <translation>Invitation acceptée</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Appareil révoqué</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Renewed a session</source>
        <translation>Session renouvelée</translation>
    </message>
    <message>
        <source>Exported their data</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse d’origine</translation>
    </message>
    <message>
        <source>Continued as a new device</source>
        <translation>A continué comme nouvel appareil</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Who acted (person id)</source>
        <translation>Auteur (identifiant de la personne)</translation>
    </message>
    <message>
        <source>Concerning (person id)</source>
        <translation>Concerne (identifiant de la personne)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ask the server for the entries matching these filters</source>
        <translation>Demander au serveur les entrées correspondant à ces filtres</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Entrées du journal d’audit, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Press Search to read the audit log from the server.</source>
        <translation>Cliquez sur Rechercher pour lire le journal d’audit depuis le serveur.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d’audit n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Scroll down for older ones.</source>
        <translation>
            <numerusform>%n entrée, la plus récente d’abord. Faites défiler vers le bas pour les plus anciennes.</numerusform>
            <numerusform>%n entrées, les plus récentes d’abord. Faites défiler vers le bas pour les plus anciennes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <source>The current password is not right, or your session has ended. Check it and try again.</source>
        <translation>Le mot de passe actuel est incorrect, ou votre session a expiré. Vérifiez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>commonroom::CheckInWindow</name>
    <message>
        <source>Guest list</source>
        <translation>Liste des invités</translation>
    </message>
    <message>
        <source>Registered people first, then the rest of the directory.</source>
        <translation>D'abord les personnes inscrites, puis le reste de l'annuaire.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Type a name to find anyone in the directory, or register a walk-in (Ctrl+N).</source>
        <translation>Personne n'est encore inscrit. Tapez un nom pour trouver quelqu'un dans l'annuaire, ou enregistrez une arrivée sans inscription (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</source>
        <translation>
            <numerusform>Liste des invités : %n encore attendu, en tête. Tapez un nom pour trouver quelqu'un, ou choisissez avec ↓ et appuyez sur Entrée.</numerusform>
            <numerusform>Liste des invités : %n encore attendus, en tête. Tapez un nom pour trouver quelqu'un, ou choisissez avec ↓ et appuyez sur Entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is highlighted. Type the first letters of a name, or pick someone from the guest list with ↓, then press Enter.</source>
        <translation>Personne n'est sélectionné. Tapez les premières lettres d'un nom, ou choisissez quelqu'un dans la liste avec ↓, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>“%1” starts %2, not now: whoever is checked in here is counted as having attended.</source>
        <translation>« %1 » commence le %2, pas maintenant : toute personne enregistrée ici est comptée comme présente.</translation>
    </message>
    <message>
        <source>“%1” ended %2: check-ins made now record attendance after the fact.</source>
        <translation>« %1 » s’est terminé le %2 : les enregistrements faits maintenant notent la présence après coup.</translation>
    </message>
    <message numerus="yes">
        <source>walk-in(s)</source>
        <comment>under their count</comment>
        <translation>
            <numerusform>sans inscription</numerusform>
            <numerusform>sans inscription</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n sans inscription</numerusform>
            <numerusform>%n sans inscription</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Événement inconnu</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Accueil : %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendus</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Tapez les premières lettres d’un nom</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>Registered people are listed first. Enter checks in the highlighted person, Ctrl+Z undoes.</source>
        <translation>Les personnes inscrites apparaissent en premier. Entrée enregistre la personne en surbrillance, Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Result of the last check-in</source>
        <translation>Résultat du dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Check in the highlighted person</source>
        <translation>Enregistrer l’arrivée de la personne en surbrillance</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Sans inscription…</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Enregistrer une personne sans inscription</translation>
    </message>
    <message>
        <source>Leave check-in</source>
        <translation>Quitter l’accueil</translation>
    </message>
    <message>
        <source>Leave check-in mode</source>
        <translation>Quitter le mode accueil</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d’envoi</translation>
    </message>
    <message>
        <source>This event is not on this computer. Sync, then open check-in again.</source>
        <translation>Cet événement n’est pas sur cet ordinateur. Synchronisez, puis rouvrez l’accueil.</translation>
    </message>
    <message>
        <source>You are not an organizer of this event: the server will refuse check-ins made here. Ask an organizer or a leader to run the door.</source>
        <translation>Vous n’êtes pas organisateur de cet événement : le serveur refusera les arrivées enregistrées ici. Demandez à un organisateur ou à un responsable de tenir l’accueil.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Check the spelling, or register a walk-in (Ctrl+N).</source>
        <translation>Personne ne correspond à « %1 ». Vérifiez l’orthographe ou enregistrez une personne sans inscription (Ctrl+N).</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation>L’arrivée de %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 est déjà enregistré(e).</translation>
    </message>
    <message>
        <source>%1 is already checked in (since %2).</source>
        <translation>%1 est déjà enregistré(e) (depuis %2).</translation>
    </message>
    <message>
        <source>✔ %1 checked in.</source>
        <translation>✔ Arrivée de %1 enregistrée.</translation>
    </message>
    <message>
        <source>✔ %1 checked in (was not registered).</source>
        <translation>✔ Arrivée de %1 enregistrée (n’était pas inscrit(e)).</translation>
    </message>
    <message>
        <source>The room is full: this check-in is kept and flagged for the organizers.</source>
        <translation>La salle est pleine : cet enregistrement est conservé et signalé aux organisateurs.</translation>
    </message>
    <message>
        <source>Nothing to undo: no check-in was made in this window yet.</source>
        <translation>Rien à annuler : aucun enregistrement n’a encore été fait dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The check-in of %1 could not be undone: %2</source>
        <translation>L’enregistrement de %1 n’a pas pu être annulé : %2</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Enregistrement de %1 annulé.</translation>
    </message>
    <message>
        <source>The walk-in could not be registered: %1</source>
        <translation>La personne sans inscription n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>✔ %1 registered as a walk-in and checked in.</source>
        <translation>✔ %1 enregistré(e) sans inscription et accueilli(e).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n attendu</numerusform>
            <numerusform>%n attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>%n enregistré</numerusform>
            <numerusform>%n enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is saved on this computer and sent.</source>
        <translation>Tout est enregistré sur cet ordinateur et envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer; %n change(s) will be sent at the next sync (no network needed now).</source>
        <translation>
            <numerusform>Enregistré sur cet ordinateur ; %n modification sera envoyée à la prochaine synchronisation (pas besoin de réseau maintenant).</numerusform>
            <numerusform>Enregistré sur cet ordinateur ; %n modifications seront envoyées à la prochaine synchronisation (pas besoin de réseau maintenant).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ContributionsPane</name>
    <message>
        <source>Totals by area</source>
        <translation>Totaux par domaine</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Entrées, la plus récente d’abord</translation>
    </message>
    <message>
        <source>Contributions and touch-points, newest first</source>
        <translation>Contributions et contacts, le plus récent d’abord</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>En&amp;registrer…</translation>
    </message>
    <message>
        <source>Record a contribution or a touch-point</source>
        <translation>Enregistrer une contribution ou un contact</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm the selected entry</source>
        <translation>Confirmer l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>The entries you record wait until a leader confirms them.</source>
        <translation>Les entrées que vous enregistrez attendent qu’un responsable les confirme.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation>
            <numerusform>%1 : %n entrée</numerusform>
            <numerusform>%1 : %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 (%2 confirmed)</source>
        <translation>, %1 (%2 confirmées)</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>enregistrée par %1</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>confirmée par %1</translation>
    </message>
    <message>
        <source>waiting for a leader&apos;s confirmation</source>
        <translation>en attente de la confirmation d’un responsable</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Enregistrer une contribution</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>optional, up to %1</source>
        <translation>facultatif, jusqu’à %1</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Fait le :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours; write 1.5 for an hour and a half, or leave it empty.</source>
        <translation>« %1 » n’est pas un nombre d’heures ; écrivez 1,5 pour une heure et demie, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesDialog</name>
    <message>
        <source>My devices</source>
        <translation>Mes appareils</translation>
    </message>
    <message>
        <source>The computers signed in to your account. Revoke one you no longer use or have lost: it is signed out and erases its copy of the community when it next connects.</source>
        <translation>Les ordinateurs connectés à votre compte. Révoquez celui que vous n’utilisez plus ou avez perdu : il est déconnecté et efface sa copie de la communauté à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Appareils connectés à votre compte</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Cet appareil est déjà révoqué.</translation>
    </message>
    <message>
        <source>Revoke this computer? It is signed out, and its copy of the community — with any change not yet synced — is erased at the next sync.</source>
        <translation>Révoquer cet ordinateur ? Il est déconnecté, et sa copie de la communauté — avec toute modification non encore synchronisée — est effacée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Revoke %1? It is signed out and erases its copy of the community when it next connects. This cannot be undone; signing in again on it makes it a new device.</source>
        <translation>Révoquer %1 ? Il est déconnecté et efface sa copie de la communauté à sa prochaine connexion. Cette action est irréversible ; s’y reconnecter en fera un nouvel appareil.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Révoquer l’appareil</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>The list of devices could not be read: %1</source>
        <translation>La liste des appareils n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation>L’appareil n’a pas été révoqué : %1</translation>
    </message>
    <message>
        <source>This computer is revoked. At its next sync it signs out and erases its copy of the community.</source>
        <translation>Cet ordinateur est révoqué. À sa prochaine synchronisation, il se déconnecte et efface sa copie de la communauté.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesModel</name>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Signed in since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>commonroom::DoorSearchModel</name>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En liste d’attente</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The registrations of the event cannot be read: %1</source>
        <translation>Les inscriptions de l’événement ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>The directory cannot be read: %1</source>
        <translation>L’annuaire ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateCandidatesModel</name>
    <message>
        <source>(merged away: %1)</source>
        <translation>(fusionné : %1)</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>names %1 % alike</source>
        <translation>noms semblables à %1 %</translation>
    </message>
    <message>
        <source>same area</source>
        <translation>même secteur</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>How likely the two records are one person, from what they have in common</source>
        <translation>La probabilité que les deux fiches soient une seule personne, d’après ce qu’elles ont en commun</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateMergeDialog</name>
    <message>
        <source>(empty or not shared)</source>
        <translation>(vide ou non partagé)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Merge the two records into the one kept</source>
        <translation>Fusionner les deux fiches dans celle conservée</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;Pas la même personne…</translation>
    </message>
    <message>
        <source>Mark the two records as different people</source>
        <translation>Marquer les deux fiches comme des personnes différentes</translation>
    </message>
    <message>
        <source>This pair is not on this computer any more. Sync and look again.</source>
        <translation>Cette paire n’est plus sur cet ordinateur. Synchronisez et regardez à nouveau.</translation>
    </message>
    <message>
        <source>This pair was already reviewed (%1).</source>
        <translation>Cette paire a déjà été examinée (%1).</translation>
    </message>
    <message>
        <source>One of the two records is no longer on this computer (merged or removed). Sync and look again.</source>
        <translation>L’une des deux fiches n’est plus sur cet ordinateur (fusionnée ou supprimée). Synchronisez et regardez à nouveau.</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep the record of %1 (%2)</source>
        <translation>Conserver la fiche de %1 (%2)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 de %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event registration(s)</source>
        <translation>
            <numerusform>%n inscription à un événement</numerusform>
            <numerusform>%n inscriptions à des événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n présence</numerusform>
            <numerusform>%n présences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the record of %1 and merge %2 into it? The other record is removed from the directory; its registrations, check-ins and groups move to the kept record, and a copy of it stays with this review.</source>
        <translation>Conserver la fiche de %1 et y fusionner %2 ? L’autre fiche est retirée de l’annuaire ; ses inscriptions, arrivées et groupes passent à la fiche conservée, et une copie en reste avec cet examen.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionner les fiches</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>Les fiches n’ont pas été fusionnées : %1</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Mark %1 and %2 as different people? They will not be flagged again.</source>
        <translation>Marquer %1 et %2 comme des personnes différentes ? Elles ne seront plus signalées.</translation>
    </message>
    <message>
        <source>The pair was not dismissed: %1</source>
        <translation>La paire n’a pas été écartée : %1</translation>
    </message>
    <message>
        <source>Flagged because of: %1.</source>
        <translation>Signalé pour : %1.</translation>
    </message>
    <message>
        <source>%1 likely the same person: %2.</source>
        <translation>Probablement la même personne à %1 : %2.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, for each field, the value it keeps. Registrations, check-ins and group memberships of both are kept.</source>
        <translation>Choisissez la fiche à garder et, pour chaque champ, la valeur qu’elle garde. Les inscriptions, présences et adhésions aux groupes des deux sont conservées.</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicatesPane</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Review the selected pair</source>
        <translation>Examiner la paire sélectionnée</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The two records are merged. %1</source>
        <translation>Les deux fiches sont fusionnées. %1</translation>
    </message>
    <message>
        <source>Marked as different people. %1</source>
        <translation>Marquées comme personnes différentes. %1</translation>
    </message>
    <message>
        <source>People who may be recorded twice: flagged at the door for the same email, phone or name, or found alike by the server&apos;s scan of the whole directory. Review each pair, the likeliest first: merge the two records, or mark them as different people.</source>
        <translation>Personnes peut-être enregistrées deux fois : signalées à l’entrée pour le même e-mail, téléphone ou nom, ou trouvées semblables par l’examen de tout l’annuaire sur le serveur. Examinez chaque paire, la plus probable d’abord : fusionnez les deux fiches, ou indiquez qu’il s’agit de personnes différentes.</translation>
    </message>
    <message>
        <source>Show &amp;decided pairs</source>
        <translation>Afficher les paires &amp;décidées</translation>
    </message>
    <message>
        <source>&amp;Merge all above 98 %…</source>
        <translation>&amp;Fusionner toutes au-dessus de 98 %…</translation>
    </message>
    <message>
        <source>Merge every pair at least 98 % likely the same person</source>
        <translation>Fusionner chaque paire probable à au moins 98 % d’être la même personne</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Annuler la fusion…</translation>
    </message>
    <message>
        <source>Bring back the person merged away</source>
        <translation>Faire revenir la personne fusionnée</translation>
    </message>
    <message>
        <source>No pair is 98 % likely or more; review the others one by one.</source>
        <translation>Aucune paire n’est probable à 98 % ou plus ; examinez les autres une à une.</translation>
    </message>
    <message>
        <source>Merge likely duplicates</source>
        <translation>Fusionner les doublons probables</translation>
    </message>
    <message numerus="yes">
        <source>Merge the %n pair(s) at least 98 % likely the same person?</source>
        <translation>
            <numerusform>Fusionner la %n paire probable à au moins 98 % d’être la même personne ?</numerusform>
            <numerusform>Fusionner les %n paires probables à au moins 98 % d’être la même personne ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %n pair(s)</source>
        <translation>
            <numerusform>&amp;Fusionner %n paire</numerusform>
            <numerusform>&amp;Fusionner %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every pair was merged: %1 The pairs merged before it stay merged.</source>
        <translation>Toutes les paires n’ont pas été fusionnées : %1 Les paires fusionnées avant restent fusionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged. They will be sent at the next sync.</source>
        <translation>
            <numerusform>%n paire fusionnée. Elle sera envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n paires fusionnées. Elles seront envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Bring back the person merged away, as they were before the merge?</source>
        <translation>Faire revenir la personne fusionnée telle qu’elle était avant la fusion ?</translation>
    </message>
    <message>
        <source>The server restores their record; the two are then marked as different people. Registrations and memberships moved in the merge stay with the person kept.</source>
        <translation>Le serveur restaure sa fiche ; les deux sont alors indiquées comme des personnes différentes. Les inscriptions et adhésions déplacées lors de la fusion restent à la personne gardée.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annuler la fusion</translation>
    </message>
    <message>
        <source>Asking the server to undo the merge…</source>
        <translation>Demande au serveur d’annuler la fusion…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>La fusion n’a pas été annulée : %1</translation>
    </message>
    <message>
        <source>The merge is undone; the person comes back with this sync.</source>
        <translation>La fusion est annulée ; la personne revient avec cette synchronisation.</translation>
    </message>
    <message>
        <source>Of each pair the record with an account, or else with more registrations and groups, is kept, and gets what only the other one has. Registrations, check-ins and group memberships of both are kept. A merge can be undone afterwards, pair by pair, while connected to the server.</source>
        <translation>De chaque paire, la fiche avec un compte, sinon celle qui a le plus d’inscriptions et de groupes, est gardée et reçoit ce que seule l’autre possède. Les inscriptions, présences et adhésions des deux sont conservées. Une fusion peut être annulée ensuite, paire par paire, avec une connexion au serveur.</translation>
    </message>
</context>
<context>
    <name>commonroom::ErasePersonDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>This erases %1 from the community for good: their profile, memberships, vouches, account and devices. Every device drops them at its next sync. It cannot be undone. Do it only on their request.</source>
        <translation>Cette action efface définitivement %1 de la communauté : profil, adhésions, parrainages, compte et appareils. Chaque appareil l’efface à sa prochaine synchronisation. Cette action est irréversible. Ne le faites qu’à sa demande.</translation>
    </message>
    <message>
        <source>Reason, kept in the audit log</source>
        <translation>Motif, conservé dans le journal d’audit</translation>
    </message>
    <message>
        <source>For example: asked by email on 3 May</source>
        <translation>Par exemple : demandé par e-mail le 3 mai</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Type the name to confirm</source>
        <translation>Tapez le nom pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Type “%1” to confirm:</source>
        <translation>&amp;Tapez « %1 » pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Write why %1 is erased; the audit log keeps the reason.</source>
        <translation>Indiquez pourquoi %1 est effacé(e) ; le journal d’audit conserve le motif.</translation>
    </message>
    <message>
        <source>Type the name exactly as shown (“%1”) to confirm.</source>
        <translation>Tapez le nom exactement comme affiché (« %1 ») pour confirmer.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation>%1 n’a pas été effacé(e) : %2</translation>
    </message>
</context>
<context>
    <name>commonroom::EventDialog</name>
    <message>
        <source>Type part of the name of a city or region of the venue</source>
        <translation>Tapez une partie du nom d’une ville ou d’une région du lieu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the venue's time zone from the list: type part of a city's name.</source>
        <translation>Choisissez le fuseau horaire du lieu dans la liste : tapez une partie du nom d’une ville.</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>Fuseau horaire du lieu</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Venue and address</source>
        <translation>Lieu et adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Groupe organisateur</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>Toute la communauté</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Sta&amp;rts at:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Zon&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation>&amp;Organisé par :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Donnez un titre à l’événement.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>Reminder by mail</source>
        <translation>Rappel par e-mail</translation>
    </message>
    <message>
        <source>The server mails a reminder this long before the start, once, to each registrant who wants reminders.</source>
        <translation>Le serveur envoie un rappel aussi longtemps avant le début, une seule fois, à chaque inscrit qui souhaite des rappels.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n heure avant</numerusform>
            <numerusform>%n heures avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 semaine avant</translation>
    </message>
    <message>
        <source>Re&amp;mind by mail:</source>
        <translation>Rappel par e-&amp;mail :</translation>
    </message>
</context>
<context>
    <name>commonroom::EventExports</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The attendance could not be exported: %1</source>
        <translation>La participation n’a pas pu être exportée : %1</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exporter la participation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Exporter l’événement</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>No events are listed: change the filters first.</source>
        <translation>Aucun événement listé : modifiez d’abord les filtres.</translation>
    </message>
    <message>
        <source>Export listed events</source>
        <translation>Exporter les événements listés</translation>
    </message>
    <message>
        <source>Commonroom events</source>
        <translation>Événements Commonroom</translation>
    </message>
    <message>
        <source>Save subscription file</source>
        <translation>Enregistrer le fichier d’abonnement</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>Enregistrer la feuille d’émargement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was not saved: %1</source>
        <translation>La feuille d’émargement n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Save list of registrants</source>
        <translation>Enregistrer la liste des inscrits</translation>
    </message>
    <message>
        <source>The list of registrants was not saved: %1</source>
        <translation>La liste des inscrits n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer, or export a PDF instead.</source>
        <translation>L’impression a échoué. Vérifiez l’imprimante, ou exportez plutôt un PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1.</source>
        <translation>Envoyé à l’imprimante : %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Feuille d’émargement : %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Inscrits : %1</translation>
    </message>
</context>
<context>
    <name>commonroom::EventListPane</name>
    <message>
        <source>Which events</source>
        <translation>Quels événements</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Groupe organisateur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Words of the title or place</source>
        <translation>Mots du titre ou du lieu</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;oupe :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Zon&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>The event was not created: %1</source>
        <translation>L’événement n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>Event “%1” created. %2</source>
        <translation>Événement « %1 » créé. %2</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Il sera envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>commonroom::EventPagePane</name>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Organisé par</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Your registration</source>
        <translation>Votre inscription</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>S’ins&amp;crire</translation>
    </message>
    <message>
        <source>Register for the event</source>
        <translation>S’inscrire à l’événement</translation>
    </message>
    <message>
        <source>&amp;Cancel my registration…</source>
        <translation>&amp;Annuler mon inscription…</translation>
    </message>
    <message>
        <source>Cancel my registration</source>
        <translation>Annuler mon inscription</translation>
    </message>
    <message>
        <source>Check-&amp;in mode</source>
        <translation>Mode a&amp;ccueil</translation>
    </message>
    <message>
        <source>Open check-in mode for the door</source>
        <translation>Ouvrir le mode accueil pour l’entrée</translation>
    </message>
    <message>
        <source>Full-screen check-in at the door (Ctrl+Shift+K); works without a network</source>
        <translation>Accueil en plein écran à l’entrée (Ctrl+Maj+K) ; fonctionne sans réseau</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Cancel even&amp;t…</source>
        <translation>Annuler l’événemen&amp;t…</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Annuler l’événement</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Exporter et imprimer</translation>
    </message>
    <message>
        <source>Attendance (CSV)…</source>
        <translation>Participation (CSV)…</translation>
    </message>
    <message>
        <source>This event (.ics)…</source>
        <translation>Cet événement (.ics)…</translation>
    </message>
    <message>
        <source>Listed events (.ics)…</source>
        <translation>Événements listés (.ics)…</translation>
    </message>
    <message>
        <source>Subscription file (.ics)…</source>
        <translation>Fichier d’abonnement (.ics)…</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Feuille d’émargement (PDF)…</translation>
    </message>
    <message>
        <source>Registrants (PDF)…</source>
        <translation>Inscrits (PDF)…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Imprimer la feuille d’émargement…</translation>
    </message>
    <message>
        <source>Print registrants…</source>
        <translation>Imprimer les inscrits…</translation>
    </message>
    <message>
        <source>&amp;List of registrants:</source>
        <translation>&amp;Liste des inscrits :</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Register a &amp;person…</source>
        <translation>Inscrire une &amp;personne…</translation>
    </message>
    <message>
        <source>Register someone for the event</source>
        <translation>Inscrire quelqu’un à l’événement</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected registration…</source>
        <translation>&amp;Retirer l’inscription sélectionnée…</translation>
    </message>
    <message>
        <source>Cancel the selected registration</source>
        <translation>Annuler l’inscription sélectionnée</translation>
    </message>
    <message>
        <source>No events match. Change the filters, sync to receive events, or create one.</source>
        <translation>Aucun événement ne correspond. Modifiez les filtres, synchronisez pour recevoir des événements, ou créez-en un.</translation>
    </message>
    <message>
        <source>Select an event to see its details and registrants.</source>
        <translation>Sélectionnez un événement pour voir ses détails et ses inscrits.</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Hosted by: %1</source>
        <translation>Organisé par : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 place prise sur %n</numerusform>
            <numerusform>%1 places prises sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered (no limit)</source>
        <translation>
            <numerusform>%n inscrit (aucune limite)</numerusform>
            <numerusform>%n inscrits (aucune limite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n en liste d’attente</numerusform>
            <numerusform>%n en liste d’attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to register.</source>
        <translation>Connectez-vous pour vous inscrire.</translation>
    </message>
    <message>
        <source>You are not registered.</source>
        <translation>Vous n’êtes pas inscrit(e).</translation>
    </message>
    <message>
        <source>You are on the waitlist: number %1. You get a place when one frees up, in order.</source>
        <translation>Vous êtes en liste d’attente : numéro %1. Vous obtiendrez une place dès qu’une se libère, dans l’ordre.</translation>
    </message>
    <message>
        <source>You are registered, and checked in.</source>
        <translation>Vous êtes inscrit(e) et votre arrivée est enregistrée.</translation>
    </message>
    <message>
        <source>You are registered.</source>
        <translation>Vous êtes inscrit(e).</translation>
    </message>
    <message>
        <source>The event was not changed: %1</source>
        <translation>L’événement n’a pas été modifié : %1</translation>
    </message>
    <message>
        <source>Event “%1” saved. %2</source>
        <translation>Événement « %1 » enregistré. %2</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Annuler l’événement</translation>
    </message>
    <message>
        <source>Cancel “%1”? It stays in the list, marked cancelled, so registrants can be told; calendars that subscribe remove it.</source>
        <translation>Annuler « %1 » ? Il reste dans la liste, marqué comme annulé, afin que les inscrits puissent être prévenus ; les calendriers abonnés le suppriment.</translation>
    </message>
    <message>
        <source>The event was not cancelled: %1</source>
        <translation>L’événement n’a pas été annulé : %1</translation>
    </message>
    <message>
        <source>“%1” is cancelled. %2</source>
        <translation>« %1 » est annulé. %2</translation>
    </message>
    <message>
        <source>You were not registered: %1</source>
        <translation>Vous n’avez pas été inscrit(e) : %1</translation>
    </message>
    <message>
        <source>The event is full: you are on the waitlist (number %1). %2</source>
        <translation>L’événement est complet : vous êtes en liste d’attente (numéro %1). %2</translation>
    </message>
    <message>
        <source>You are registered for “%1”. %2</source>
        <translation>Vous êtes inscrit(e) à « %1 ». %2</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Annuler l’inscription</translation>
    </message>
    <message>
        <source>Cancel your registration for “%1”? Your place goes to the first person on the waitlist.</source>
        <translation>Annuler votre inscription à « %1 » ? Votre place revient à la première personne en liste d’attente.</translation>
    </message>
    <message>
        <source>Your registration was not cancelled: %1</source>
        <translation>Votre inscription n’a pas été annulée : %1</translation>
    </message>
    <message>
        <source>Your registration is cancelled. %1</source>
        <translation>Votre inscription est annulée. %1</translation>
    </message>
    <message>
        <source>The person was not registered: %1</source>
        <translation>La personne n’a pas été inscrite : %1</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation>%1 est en liste d’attente.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 est inscrit(e).</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>Cancel the registration of %1 for “%2”? The first person on the waitlist gets the place.</source>
        <translation>Annuler l’inscription de %1 à « %2 » ? La première personne en liste d’attente obtient la place.</translation>
    </message>
    <message>
        <source>The registration was not cancelled: %1</source>
        <translation>L’inscription n’a pas été annulée : %1</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled. %2</source>
        <translation>L’inscription de %1 est annulée. %2</translation>
    </message>
    <message numerus="yes">
        <source>reminder by mail %n hour(s) before</source>
        <translation>
            <numerusform>rappel par e-mail %n heure avant</numerusform>
            <numerusform>rappel par e-mail %n heures avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventsDashboard</name>
    <message>
        <source>Choose an event first: the door view checks people in at one event.</source>
        <translation>Choisissez d’abord un événement : la vue d’accueil enregistre les arrivées à un événement.</translation>
    </message>
    <message>
        <source>Only the organizers of “%1”, the curators of its group and leaders check people in.</source>
        <translation>Seuls les organisateurs de « %1 », les curateurs de son groupe et les responsables enregistrent les arrivées.</translation>
    </message>
    <message>
        <source>“%1” is cancelled: there is nobody to check in.</source>
        <translation>« %1 » est annulé : il n’y a personne à enregistrer.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>&amp;Doublons</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>&amp;Doublons (%1)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
</context>
<context>
    <name>commonroom::EventsModel</name>
    <message>
        <source>(untitled event)</source>
        <translation>(événement sans titre)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registered of %1 places</source>
        <translation>
            <numerusform>%n inscrit sur %1 places</numerusform>
            <numerusform>%n inscrits sur %1 places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered, no limit</source>
        <translation>
            <numerusform>%n inscrit, aucune limite</numerusform>
            <numerusform>%n inscrits, aucune limite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n en liste d’attente</numerusform>
            <numerusform>%n en liste d’attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>(a group)</source>
        <translation>(un groupe)</translation>
    </message>
</context>
<context>
    <name>commonroom::ExportMyDataDialog</name>
    <message>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <source>Saves everything the community holds about you — your profile with every field, your memberships, vouches and invitations — as a JSON document (complete, for programs) and a vCard (for address books).</source>
        <translation>Enregistre tout ce que la communauté détient sur vous — votre profil avec tous ses champs, vos adhésions, parrainages et invitations — sous forme de document JSON (complet, pour les programmes) et de vCard (pour les carnets d’adresses).</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Save my data into</source>
        <translation>Enregistrer mes données dans</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (Browse…).</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire (Parcourir…).</translation>
    </message>
    <message>
        <source>Asking the server for your data…</source>
        <translation>Demande de vos données au serveur…</translation>
    </message>
    <message>
        <source>Your data could not be exported: %1</source>
        <translation>Vos données n’ont pas pu être exportées : %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>1. Enter the email address of your account; the server mails you a code.</source>
        <translation>1. Saisissez l’adresse e-mail de votre compte ; le serveur vous envoie un code.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Mail me a code</source>
        <translation>&amp;M’envoyer un code</translation>
    </message>
    <message>
        <source>2. Type the code from the mail and choose a new password.</source>
        <translation>2. Tapez le code reçu par e-mail et choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation>Code reçu par e-mail</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Type the code from the mail (ask for one with “Mail me a code”).</source>
        <translation>Tapez le code reçu par e-mail (demandez-en un avec « M’envoyer un code »).</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Définition du nouveau mot de passe…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used or expired. Ask for a new one with “Mail me a code”.</source>
        <translation>Ce code ne fonctionne pas : il a peut-être été mal saisi, déjà utilisé ou il a expiré. Demandez-en un nouveau avec « M’envoyer un code ».</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It may take a few minutes; check the spam folder too.</source>
        <translation>Si %1 correspond à un compte, un code y est en route. Cela peut prendre quelques minutes ; vérifiez aussi le dossier des indésirables.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Votre mot de passe a été modifié. Connectez-vous avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupCurationPane</name>
    <message>
        <source>Curate</source>
        <translation>Animer</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Accepter la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Decline the selected request</source>
        <translation>Refuser la demande sélectionnée</translation>
    </message>
    <message>
        <source>Make &amp;curator…</source>
        <translation>Nommer &amp;curateur…</translation>
    </message>
    <message>
        <source>Make the selected member a curator</source>
        <translation>Nommer curateur le membre sélectionné</translation>
    </message>
    <message>
        <source>Remove as c&amp;urator…</source>
        <translation>Retirer comme re&amp;sponsable…</translation>
    </message>
    <message>
        <source>Make the selected curator an ordinary member</source>
        <translation>Faire du responsable sélectionné un membre ordinaire</translation>
    </message>
    <message>
        <source>R&amp;emove from group…</source>
        <translation>R&amp;etirer du groupe…</translation>
    </message>
    <message>
        <source>Remove the selected person from the group</source>
        <translation>Retirer la personne sélectionnée du groupe</translation>
    </message>
    <message>
        <source>Name of a person on this computer</source>
        <translation>Nom d’une personne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Personne à inviter</translation>
    </message>
    <message>
        <source>In&amp;vite:</source>
        <translation>In&amp;viter :</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>Invite the person to the group</source>
        <translation>Inviter la personne dans le groupe</translation>
    </message>
    <message>
        <source>The last curator cannot be removed: make someone else curator first.</source>
        <translation>Le dernier responsable ne peut pas être retiré : nommez d’abord quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Un message pour %1 (facultatif) :</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Un message pour %1 expliquant pourquoi (facultatif) :</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 est maintenant membre de %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Vous avez refusé la demande de %1 pour rejoindre %2.</translation>
    </message>
    <message>
        <source>Make curator</source>
        <translation>Nommer curateur</translation>
    </message>
    <message>
        <source>Make %1 a curator of %2? Curators answer requests, invite people and appoint curators.</source>
        <translation>Nommer %1 curateur de %2 ? Les curateurs répondent aux demandes, invitent des personnes et nomment des curateurs.</translation>
    </message>
    <message>
        <source>%1 is now a curator of %2.</source>
        <translation>%1 est maintenant curateur de %2.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They will need to ask again or be invited to come back.</source>
        <translation>Retirer %1 de %2 ? La personne devra refaire une demande ou être invitée pour revenir.</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ne fait plus partie de %2.</translation>
    </message>
    <message>
        <source>Remove as curator</source>
        <translation>Retirer comme responsable</translation>
    </message>
    <message>
        <source>Make %1 an ordinary member of %2? They will no longer answer requests or invite people.</source>
        <translation>Faire de %1 un membre ordinaire de %2 ? La personne ne répondra plus aux demandes et n’invitera plus personne.</translation>
    </message>
    <message>
        <source>%1 is no longer a curator of %2.</source>
        <translation>%1 n’est plus responsable de %2.</translation>
    </message>
    <message>
        <source>No one called %1 is on this computer. Pick a name from the suggestions.</source>
        <translation>Personne ne s’appelle %1 sur cet ordinateur. Choisissez un nom parmi les suggestions.</translation>
    </message>
    <message>
        <source>More than one person is called %1. Pick one from the suggestions.</source>
        <translation>Plusieurs personnes s’appellent %1. Choisissez-en une parmi les suggestions.</translation>
    </message>
    <message>
        <source>%1 is invited to %2.</source>
        <translation>%1 est invité à %2.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupListPane</name>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <source>Finds groups by name and description</source>
        <translation>Trouve les groupes par nom et description</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Créer un groupe ; vous en devenez le premier curateur (Ctrl+N)</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>Le groupe %1 a été créé ; vous en êtes le curateur.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Asks to join</source>
        <translation>Demande à rejoindre</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curateur</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>This person&apos;s name is not shared with you, or they are not on this computer yet</source>
        <translation>Le nom de cette personne n’est pas partagé avec vous, ou elle n’est pas encore sur cet ordinateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupPagePane</name>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Why you cannot join</source>
        <translation>Pourquoi vous ne pouvez pas rejoindre</translation>
    </message>
    <message>
        <source>Groups are for approved members: once your application is approved, you can join or ask to join.</source>
        <translation>Les groupes sont réservés aux membres acceptés : une fois votre candidature acceptée, vous pourrez les rejoindre ou demander à les rejoindre.</translation>
    </message>
    <message>
        <source>Your role does not let you join this group; ask one of its curators to invite you.</source>
        <translation>Votre rôle ne vous permet pas de rejoindre ce groupe ; demandez à l'un de ses curateurs de vous inviter.</translation>
    </message>
    <message>
        <source>Its members are shown once you are approved.</source>
        <translation>Les membres s’affichent une fois votre adhésion approuvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group · %2</source>
        <translation>Groupe : %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>Votre adhésion</translation>
    </message>
    <message>
        <source>Curators</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Leave group…</source>
        <translation>&amp;Quitter le groupe…</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>There are no groups on this computer yet. Sync to receive them, or create one.</source>
        <translation>Il n’y a pas encore de groupe sur cet ordinateur. Synchronisez pour les recevoir, ou créez-en un.</translation>
    </message>
    <message>
        <source>Select a group to see its members and what you can do there.</source>
        <translation>Sélectionnez un groupe pour voir ses membres et ce que vous pouvez y faire.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message>
        <source>You curate this group.</source>
        <translation>Vous êtes curateur de ce groupe.</translation>
    </message>
    <message>
        <source>You are a member of this group.</source>
        <translation>Vous êtes membre de ce groupe.</translation>
    </message>
    <message>
        <source>You asked to join; a curator will answer your request.</source>
        <translation>Vous avez demandé à rejoindre ; un curateur répondra à votre demande.</translation>
    </message>
    <message>
        <source>You are invited to join this group.</source>
        <translation>Vous êtes invité à rejoindre ce groupe.</translation>
    </message>
    <message>
        <source>Your request to join was declined.</source>
        <translation>Votre demande d’adhésion a été refusée.</translation>
    </message>
    <message>
        <source>Your request to join was declined: %1</source>
        <translation>Votre demande d’adhésion a été refusée : %1</translation>
    </message>
    <message>
        <source>This group is closed: its curators invite new members.</source>
        <translation>Ce groupe est fermé : ses curateurs invitent les nouveaux membres.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No curator on this computer.</source>
        <translation>Aucun responsable sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Curators: %1</source>
        <translation>Responsables : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to join wait for your answer: select one in the list below.</source>
        <translation>
            <numerusform>%n demande d’adhésion attend votre réponse : sélectionnez-la dans la liste ci-dessous.</numerusform>
            <numerusform>%n demandes d’adhésion attendent votre réponse : sélectionnez-en une dans la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept invitation and &amp;join</source>
        <translation>Accepter l’invitation et &amp;rejoindre</translation>
    </message>
    <message>
        <source>Request to &amp;join…</source>
        <translation>Demander à &amp;rejoindre…</translation>
    </message>
    <message>
        <source>&amp;Withdraw request…</source>
        <translation>&amp;Retirer la demande…</translation>
    </message>
    <message>
        <source>&amp;Refuse invitation…</source>
        <translation>&amp;Décliner l’invitation…</translation>
    </message>
    <message>
        <source>You are the group&apos;s last curator: make someone else curator first.</source>
        <translation>Vous êtes le dernier curateur du groupe : nommez d’abord quelqu’un d’autre curateur.</translation>
    </message>
    <message>
        <source>Terms of %1</source>
        <translation>Conditions de %1</translation>
    </message>
    <message>
        <source>To join %1, accept its terms:</source>
        <translation>Pour rejoindre %1, acceptez ses conditions :</translation>
    </message>
    <message>
        <source>&amp;Accept terms and join</source>
        <translation>&amp;Accepter les conditions et rejoindre</translation>
    </message>
    <message>
        <source>You did not join %1: joining needs its terms accepted.</source>
        <translation>Vous n’avez pas rejoint %1 : il faut accepter ses conditions pour le rejoindre.</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Demander à rejoindre %1</translation>
    </message>
    <message>
        <source>A message for the curators (optional): who you are, why you would like to join.</source>
        <translation>Un message pour les curateurs (facultatif) : qui vous êtes, pourquoi vous aimeriez rejoindre.</translation>
    </message>
    <message>
        <source>You asked to join %1; a curator will answer.</source>
        <translation>Vous avez demandé à rejoindre %1 ; un curateur répondra.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Vous avez rejoint %1.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>Withdraw your request to join %1?</source>
        <translation>Retirer votre demande pour rejoindre %1 ?</translation>
    </message>
    <message>
        <source>Your request to join %1 was withdrawn.</source>
        <translation>Votre demande pour rejoindre %1 a été retirée.</translation>
    </message>
    <message>
        <source>Refuse invitation</source>
        <translation>Décliner l’invitation</translation>
    </message>
    <message>
        <source>Refuse the invitation to join %1?</source>
        <translation>Décliner l’invitation à rejoindre %1 ?</translation>
    </message>
    <message>
        <source>You refused the invitation to %1.</source>
        <translation>Vous avez décliné l’invitation à %1.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>Quitter %1 ?</translation>
    </message>
    <message>
        <source>To come back you will need a curator&apos;s approval or invitation.</source>
        <translation>Pour revenir, il vous faudra l’accord ou l’invitation d’un curateur.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Vous avez quitté %1.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsModel</name>
    <message>
        <source>Members are shown once you are approved.</source>
        <translation>Les membres s’affichent une fois votre adhésion approuvée.</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>curateur</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Sur validation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(groupe sans nom)</translation>
    </message>
    <message>
        <source>Anyone in the community can join</source>
        <translation>Tout membre de la communauté peut rejoindre</translation>
    </message>
    <message>
        <source>A curator approves each request to join</source>
        <translation>Un curateur valide chaque demande d’adhésion</translation>
    </message>
    <message>
        <source>New members join by invitation of a curator</source>
        <translation>Les nouveaux membres rejoignent sur invitation d’un curateur</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a curator</source>
        <translation>
            <numerusform>%n demande attend un curateur</numerusform>
            <numerusform>%n demandes attendent un curateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsWindow</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
</context>
<context>
    <name>commonroom::HomeDashboard</name>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>name not shared</source>
        <translation>nom non partagé</translation>
    </message>
    <message>
        <source>Once your application is approved you can join groups; until then, look around under Groups (Ctrl+3).</source>
        <translation>Une fois votre candidature acceptée, vous pourrez rejoindre des groupes ; d'ici là, jetez un œil dans Groupes (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>Approuver les demandes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Decline the selected requests</source>
        <translation>Refuser les demandes sélectionnées</translation>
    </message>
    <message>
        <source>Select one or more requests, or a group for all of its.</source>
        <translation>Sélectionnez une ou plusieurs demandes, ou un groupe pour toutes les siennes.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Approuver %n demande</numerusform>
            <numerusform>Approuver %n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Refuser %n demande</numerusform>
            <numerusform>Refuser %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Un message pour %1 (facultatif) :</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Un message pour %1 expliquant pourquoi (facultatif) :</translation>
    </message>
    <message>
        <source>A message for each of them (optional):</source>
        <translation>Un message pour chacune de ces personnes (facultatif) :</translation>
    </message>
    <message>
        <source>A message for each of them saying why (optional):</source>
        <translation>Un message pour chacune de ces personnes expliquant pourquoi (facultatif) :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other request(s) were answered.</source>
        <translation>
            <numerusform>%Ln autre demande a reçu une réponse.</numerusform>
            <numerusform>%Ln autres demandes ont reçu une réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 est maintenant membre de %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Vous avez refusé la demande de %1 pour rejoindre %2.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %Ln request(s) to join.</source>
        <translation>
            <numerusform>%Ln demande d’adhésion approuvée.</numerusform>
            <numerusform>%Ln demandes d’adhésion approuvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declined %Ln request(s) to join.</source>
        <translation>
            <numerusform>%Ln demande d’adhésion refusée.</numerusform>
            <numerusform>%Ln demandes d’adhésion refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;My groups</source>
        <translation>&amp;Mes groupes</translation>
    </message>
    <message>
        <source>You are in no group yet. Find one under Groups (Ctrl+3).</source>
        <translation>Vous n’êtes encore dans aucun groupe. Trouvez-en un sous Groupes (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Requests for you to review</source>
        <translation>&amp;Demandes à examiner</translation>
    </message>
    <message>
        <source>No requests to join are waiting for you.</source>
        <translation>Aucune demande d’adhésion ne vous attend.</translation>
    </message>
    <message>
        <source>Recent &amp;changes in my groups</source>
        <translation>&amp;Changements récents dans mes groupes</translation>
    </message>
    <message>
        <source>Nothing new in your groups since you started syncing.</source>
        <translation>Rien de nouveau dans vos groupes depuis que vous synchronisez.</translation>
    </message>
    <message>
        <source>&amp;Opportunities for you</source>
        <translation>&amp;Opportunités pour vous</translation>
    </message>
    <message>
        <source>No open opportunity matches the skills, languages and interests of your profile yet.</source>
        <translation>Aucune opportunité ouverte ne correspond encore aux compétences, langues et centres d&apos;intérêt de votre profil.</translation>
    </message>
    <message>
        <source>I&apos;m &amp;interested</source>
        <translation>Je suis &amp;intéressé·e</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Je suis intéressé·e</translation>
    </message>
    <message>
        <source>&amp;Withdraw interest</source>
        <translation>&amp;Retirer mon intérêt</translation>
    </message>
    <message>
        <source>Withdraw interest</source>
        <translation>Retirer mon intérêt</translation>
    </message>
    <message>
        <source>Nothing has been written to your groups or events yet.</source>
        <translation>Rien n'a encore été écrit à vos groupes ni à vos événements.</translation>
    </message>
    <message>
        <source>To you from the community's leaders</source>
        <translation>À vous, des responsables de la communauté</translation>
    </message>
    <message>
        <source>To the list %1</source>
        <translation>À la liste %1</translation>
    </message>
    <message>
        <source>Message&amp;s from my groups, events and leaders</source>
        <translation>Message&amp;s de mes groupes, événements et responsables</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationCodeDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Accepter une invitation</translation>
    </message>
    <message>
        <source>Copy the code from the invitation mail and choose your password. The code works once, for the address it was sent to, within 14 days.</source>
        <translation>Copiez le code de l’e-mail d’invitation et choisissez votre mot de passe. Le code fonctionne une seule fois, pour l’adresse à laquelle il a été envoyé, dans un délai de 14 jours.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Email the invitation was sent to</source>
        <translation>Adresse e-mail à laquelle l’invitation a été envoyée</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Paste the code from the invitation mail.</source>
        <translation>Collez le code de l’e-mail d’invitation.</translation>
    </message>
    <message>
        <source>Enter the email address the invitation was sent to.</source>
        <translation>Saisissez l’adresse e-mail à laquelle l’invitation a été envoyée.</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Saisissez votre nom tel que vous souhaitez que la communauté le voie.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used, expired, or sent to another address. Ask the person who invited you for a new invitation.</source>
        <translation>Ce code ne fonctionne pas : il a peut-être été mal saisi, déjà utilisé, il a expiré ou a été envoyé à une autre adresse. Demandez une nouvelle invitation à la personne qui vous a invité(e).</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>La communauté</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsWidget</name>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Adresse e-mail à inviter</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Invite &amp;email:</source>
        <translation>&amp;E-mail à inviter :</translation>
    </message>
    <message>
        <source>Into the &amp;group</source>
        <translation>Dans le &amp;groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>The server mails a code to the address at the next sync; it is valid for 14 days</source>
        <translation>Le serveur envoie un code à l’adresse à la prochaine synchronisation ; il est valable 14 jours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <source>Only leaders and admins can invite people.</source>
        <translation>Seuls les responsables et les administrateurs peuvent inviter des personnes.</translation>
    </message>
    <message>
        <source>Enter the email address to invite, for example name@example.org.</source>
        <translation>Saisissez l’adresse e-mail à inviter, par exemple nom@example.org.</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>la communauté</translation>
    </message>
    <message>
        <source>Choose the group, or untick “Into the group” to invite into the community.</source>
        <translation>Choisissez le groupe, ou décochez « Dans le groupe » pour inviter dans la communauté.</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>L’invitation n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 is invited into %2. The server mails the code at the next sync.</source>
        <translation>%1 est invité(e) dans %2. Le serveur envoie le code à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>commonroom::LeadershipPane</name>
    <message>
        <source>Leadership</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Assessments, newest first</source>
        <translation>Évaluations, la plus récente d’abord</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>É&amp;valuer…</translation>
    </message>
    <message>
        <source>Assess this person on the leadership ladder</source>
        <translation>Évaluer cette personne sur l’échelle d’engagement</translation>
    </message>
    <message>
        <source>Leader notes</source>
        <translation>Notes de responsables</translation>
    </message>
    <message>
        <source>Leader notes, newest first</source>
        <translation>Notes de responsables, la plus récente d’abord</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add a leader note about this person</source>
        <translation>Ajouter une note de responsables sur cette personne</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Pas encore évalué·e.</translation>
    </message>
    <message>
        <source>Current level: %1 (%2)</source>
        <translation>Niveau actuel : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), by %4</source>
        <translation>%1 — %2 (%3), par %4</translation>
    </message>
    <message>
        <source>%1 — %2:
%3</source>
        <translation>%1 — %2 :
%3</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Add a leader note</source>
        <translation>Ajouter une note de responsables</translation>
    </message>
    <message>
        <source>A note for the other leaders; the person never sees it:</source>
        <translation>Une note pour les autres responsables ; la personne ne la voit jamais :</translation>
    </message>
    <message>
        <source>The current level is unknown: the assessments could not be read.</source>
        <translation>Le niveau actuel est inconnu : les évaluations n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>commonroom::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) answers here. Ticked, your session is kept in %1, readable only by your user account: anyone who can read your files (a backup, an administrator) could act as you until you sign out. Unticked, you sign in each time you start Commonroom.</source>
        <translation>Aucun trousseau du système (comme GNOME Keyring ou KWallet) ne répond ici. Coché, votre session est gardée dans %1, lisible seulement par votre compte : quiconque peut lire vos fichiers (une sauvegarde, un administrateur) pourrait agir en votre nom jusqu'à votre déconnexion. Décoché, vous vous connectez à chaque démarrage de Commonroom.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Le trousseau a répondu : %1</translation>
    </message>
    <message>
        <source>Sign in to Commonroom</source>
        <translation>Se connecter à Commonroom</translation>
    </message>
    <message>
        <source>Sign in once to copy your community to this computer. Afterwards Commonroom works without a connection and syncs when the server is reachable.</source>
        <translation>Connectez-vous une fois pour copier votre communauté sur cet ordinateur. Ensuite, Commonroom fonctionne sans connexion et se synchronise dès que le serveur est joignable.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter the address of your community&apos;s server, for example %1.</source>
        <translation>Saisissez l’adresse du serveur de votre communauté, par exemple %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your password travels encrypted.</source>
        <translation>L’adresse du serveur doit commencer par https:// pour que votre mot de passe soit transmis chiffré.</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>Saisissez l’adresse électronique avec laquelle vous vous êtes inscrit.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server at %1 did not present a certificate.</source>
        <translation>Le serveur %1 n’a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>Not signed in: you did not accept the server&apos;s certificate.</source>
        <translation>Non connecté : vous n’avez pas accepté le certificat du serveur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Faire confiance à ce serveur ?</translation>
    </message>
    <message>
        <source>This is the first time this computer connects to %1.</source>
        <translation>C’est la première fois que cet ordinateur se connecte à %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your server administrator gave you (the server prints it when it starts):

%1

Trust the server only if they are the same. Commonroom remembers your answer.</source>
        <translation>Comparez cette empreinte avec celle que l’administrateur du serveur vous a donnée (le serveur l’affiche au démarrage) :

%1

Faites confiance au serveur uniquement si elles sont identiques. Commonroom se souviendra de votre réponse.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Faire confiance</translation>
    </message>
    <message>
        <source>&amp;Apply to join…</source>
        <translation>&amp;Demander à adhérer…</translation>
    </message>
    <message>
        <source>New here? Ask the community to let you in (an admin or members who know you decide)</source>
        <translation>Nouveau ici ? Demandez à la communauté de vous accueillir (un administrateur ou des membres qui vous connaissent décident)</translation>
    </message>
    <message>
        <source>I have an in&amp;vitation code…</source>
        <translation>J’ai un code d’in&amp;vitation…</translation>
    </message>
    <message>
        <source>Create your account with the code from your invitation mail</source>
        <translation>Créez votre compte avec le code de votre e-mail d’invitation</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>Mot de passe &amp;oublié…</translation>
    </message>
    <message>
        <source>Get a code by email and choose a new password</source>
        <translation>Recevoir un code par e-mail et choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Where your session is kept</source>
        <translation>Où votre session est conservée</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Votre mot de passe a été modifié. Connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n’a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message>
        <source>Copy of the community</source>
        <translation>Copie de la communauté</translation>
    </message>
    <message>
        <source>Nothing to send; the community is not wholly copied yet</source>
        <translation>Rien à envoyer ; la communauté n'est pas encore entièrement copiée</translation>
    </message>
    <message>
        <source>The community is being copied to this computer: lists show only what has arrived until it is done.</source>
        <translation>La communauté est en cours de copie sur cet ordinateur : jusqu'à la fin, les listes ne montrent que ce qui est arrivé.</translation>
    </message>
    <message>
        <source>Only part of the community is on this computer: its copy was not finished. Lists may miss people, groups and events. Sync (F5) to finish it; what arrived is kept.</source>
        <translation>Seule une partie de la communauté est sur cet ordinateur : sa copie n'est pas terminée. Des personnes, groupes et événements peuvent manquer dans les listes. Synchronisez (F5) pour la terminer ; ce qui est arrivé est gardé.</translation>
    </message>
    <message>
        <source>Your role changed</source>
        <translation>Votre rôle a changé</translation>
    </message>
    <message>
        <source>%1 Commonroom opens again with what your new role, %2, may see and do.</source>
        <translation>%1 Commonroom se rouvre avec ce que votre nouveau rôle, %2, peut voir et faire.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>In lists, Enter opens what is selected; Alt with an underlined letter reaches its field or button.</source>
        <translation>Dans les listes, Entrée ouvre l’élément sélectionné ; Alt avec une lettre soulignée atteint son champ ou son bouton.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln en attente</numerusform>
            <numerusform>%1, %Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person to see their card here.</source>
        <translation>Choisissez une personne pour voir sa fiche ici.</translation>
    </message>
    <message numerus="yes">
        <source>All changes sent; %n refused (see Sync problems)</source>
        <translation>
            <numerusform>Toutes les modifications envoyées ; %n refusée (voir Problèmes de synchronisation)</numerusform>
            <numerusform>Toutes les modifications envoyées ; %n refusées (voir Problèmes de synchronisation)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Nouveau &amp;groupe…</translation>
    </message>
    <message>
        <source>Community &amp;words…</source>
        <translation>&amp;Mots de la communauté…</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them</source>
        <translation>Nommer les niveaux de l'échelle et les domaines des contributions comme votre communauté les dit</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>Liste intelligente</translation>
    </message>
    <message>
        <source>Smart &amp;list:</source>
        <translation>&amp;Liste intelligente :</translation>
    </message>
    <message>
        <source>Sa&amp;ve as list…</source>
        <translation>&amp;Enregistrer comme liste…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>&amp;Supprimer la liste…</translation>
    </message>
    <message>
        <source>No list</source>
        <translation>Aucune liste</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (partagée)</translation>
    </message>
    <message>
        <source>The chosen smart list selects the people; choose "No list" to filter here.</source>
        <translation>La liste intelligente choisie sélectionne les personnes ; choisissez « Aucune liste » pour filtrer ici.</translation>
    </message>
    <message>
        <source>This is a saved list already.</source>
        <translation>C'est déjà une liste enregistrée.</translation>
    </message>
    <message>
        <source>Filter the people first: what the filters ask for is what the list keeps.</source>
        <translation>Filtrez d'abord les personnes : la liste garde ce que demandent les filtres.</translation>
    </message>
    <message>
        <source>Choose a saved list first.</source>
        <translation>Choisissez d'abord une liste enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n people now</source>
        <translation>
            <numerusform>%n personne maintenant</numerusform>
            <numerusform>%n personnes maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>Enregistrer comme liste intelligente</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nom de la liste :</translation>
    </message>
    <message>
        <source>Share the list</source>
        <translation>Partager la liste</translation>
    </message>
    <message>
        <source>Share "%1" with the other leaders and admins? Otherwise it stays on your devices alone.</source>
        <translation>Partager « %1 » avec les autres responsables et admins ? Sinon elle reste sur vos seuls appareils.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Keep it mine</source>
        <translation>La garder pour moi</translation>
    </message>
    <message>
        <source>Saved the list "%1". It is sent at the next sync.</source>
        <translation>Liste « %1 » enregistrée. Elle est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Delete the list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete the shared list "%1"? It goes from every leader's devices at their next sync; the people in it stay.</source>
        <translation>Supprimer la liste partagée « %1 » ? Elle disparaît des appareils de chaque responsable à leur prochaine synchronisation ; les personnes restent.</translation>
    </message>
    <message>
        <source>Delete the list "%1"? The people in it stay.</source>
        <translation>Supprimer la liste « %1 » ? Les personnes restent.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Finds people by name, place, skills, languages, interests and bio</source>
        <translation>Trouve des personnes par nom, lieu, compétences, langues, centres d’intérêt et biographie</translation>
    </message>
    <message>
        <source>Export &amp;contact (vCard)…</source>
        <translation>Exporter le &amp;contact (vCard)…</translation>
    </message>
    <message>
        <source>Save the selected person as a vCard for an address book</source>
        <translation>Enregistrer la personne sélectionnée en vCard pour un carnet d’adresses</translation>
    </message>
    <message>
        <source>Export &amp;search (CSV)…</source>
        <translation>Exporter la &amp;recherche (CSV)…</translation>
    </message>
    <message>
        <source>Save everyone the current search finds as a spreadsheet (CSV)</source>
        <translation>Enregistrer toutes les personnes trouvées par la recherche en tableur (CSV)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Zon&amp;e :</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>Co&amp;mpétence :</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Toute compétence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Export contact</source>
        <translation>Exporter le contact</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Export search</source>
        <translation>Exporter la recherche</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes to the server and receive the latest ones</source>
        <translation>Envoyer vos modifications au serveur et recevoir les plus récentes</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Problèmes de synchronisation…</translation>
    </message>
    <message>
        <source>Changes the server refused, and why</source>
        <translation>Modifications refusées par le serveur, et pourquoi</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Commonroom</source>
        <translation>À &amp;propos de Commonroom</translation>
    </message>
    <message>
        <source>About Commonroom</source>
        <translation>À propos de Commonroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;An offline-first community directory. Your community is kept on this computer and synced with your community&apos;s server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;Un annuaire de communauté conçu pour fonctionner hors ligne. Votre communauté est conservée sur cet ordinateur et synchronisée avec le serveur de votre communauté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Dernière synchronisation : à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation : il y a %n minute</numerusform>
            <numerusform>Dernière synchronisation : il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: today at %1</source>
        <translation>Dernière synchronisation : aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Saved. The change will be sent at the next sync.</source>
        <translation>Enregistré. La modification sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sign out of Commonroom on this computer?</source>
        <translation>Se déconnecter de Commonroom sur cet ordinateur ?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet. They stay on this computer and are sent when you sign in again.</source>
        <translation>
            <numerusform>%n modification n’a pas encore été envoyée. Elle reste sur cet ordinateur et sera envoyée quand vous vous reconnecterez.</numerusform>
            <numerusform>%n modifications n’ont pas encore été envoyées. Elles restent sur cet ordinateur et seront envoyées quand vous vous reconnecterez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion en cours…</translation>
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
        <translation>Ajouter une personne à la communauté</translation>
    </message>
    <message>
        <source>&amp;View person…</source>
        <translation>&amp;Voir la personne…</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Toutes les modifications sont synchronisées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>The server is reachable.</source>
        <translation>Le serveur est joignable.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The server is not reachable. You can keep working; changes are sent at the next sync.</source>
        <translation>Le serveur n’est pas joignable. Vous pouvez continuer à travailler ; les modifications seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Sending: %n change(s)</source>
        <translation>
            <numerusform>Envoi : %n modification</numerusform>
            <numerusform>Envoi : %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>Réception : %n modification</numerusform>
            <numerusform>Réception : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>La synchronisation n’a pas abouti.</translation>
    </message>
    <message>
        <source>Sync &amp;problems (%1)…</source>
        <translation>&amp;Problèmes de synchronisation (%1)…</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the running sync; nothing is lost and it resumes later</source>
        <translation>Arrêter la synchronisation en cours ; rien n’est perdu et elle reprendra plus tard</translation>
    </message>
    <message>
        <source>Browse, join and curate the community&apos;s groups</source>
        <translation>Parcourir, rejoindre et animer les groupes de la communauté</translation>
    </message>
    <message>
        <source>Sync speed and time left</source>
        <translation>Vitesse et temps restant de la synchronisation</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Envoi de %1 sur %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Réception de %1 sur %2</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation>Mode a&amp;ccueil</translation>
    </message>
    <message>
        <source>Open the selected event&apos;s door view: check people in, full screen, offline</source>
        <translation>Ouvrir la vue d’accueil de l’événement sélectionné : enregistrer les arrivées, en plein écran, hors ligne</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>Ma candidature</translation>
    </message>
    <message>
        <source>Show the %1 dashboard</source>
        <translation>Afficher le tableau de bord %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Mes &amp;appareils…</translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>E&amp;xporter mes données…</translation>
    </message>
    <message>
        <source>&amp;Vouch for applicant…</source>
        <translation>Se porter &amp;garant d’un candidat…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>E&amp;ffacer une personne…</translation>
    </message>
    <message>
        <source>Remove a person and their data everywhere, at their request (admins)</source>
        <translation>Supprimer une personne et ses données partout, à sa demande (administrateurs)</translation>
    </message>
    <message>
        <source>Fetch &amp;everything again…</source>
        <translation>&amp;Tout récupérer à nouveau…</translation>
    </message>
    <message>
        <source>Receive the whole community again, for a copy that seems incomplete; your unsent changes are kept</source>
        <translation>Recevoir à nouveau toute la communauté, pour une copie qui semble incomplète ; vos modifications non envoyées sont gardées</translation>
    </message>
    <message>
        <source>Fetch everything again</source>
        <translation>Tout récupérer à nouveau</translation>
    </message>
    <message>
        <source>Receive the whole community again from the server? This copy is replaced as the server sends it, which takes a while for a large community; your unsent changes are kept and sent first.</source>
        <translation>Recevoir à nouveau toute la communauté depuis le serveur ? Cette copie est remplacée au fur et à mesure de l’envoi, ce qui prend un moment pour une grande communauté ; vos modifications non envoyées sont gardées et envoyées d’abord.</translation>
    </message>
    <message>
        <source>&amp;Fetch everything</source>
        <translation>&amp;Tout récupérer</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Éti&amp;quette :</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (responsables seulement)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>W&amp;rite to them…</source>
        <translation>Leur éc&amp;rire…</translation>
    </message>
    <message>
        <source>Write a message to the people the list selects now.</source>
        <translation>Écrire un message aux personnes que la liste sélectionne maintenant.</translation>
    </message>
    <message>
        <source>Choose a saved list first: a message goes to the people it selects.</source>
        <translation>Choisissez d'abord une liste enregistrée : un message va aux personnes qu'elle sélectionne.</translation>
    </message>
    <message>
        <source>Nothing is written to this list: %1</source>
        <translation>Rien n'est écrit à cette liste : %1</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>Le message n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Message « %1 » enregistré ; il part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <source>Bring people in from a spreadsheet (CSV)</source>
        <translation>Faire entrer des personnes depuis un tableur (CSV)</translation>
    </message>
</context>
<context>
    <name>commonroom::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>(groupe sans nom)</translation>
    </message>
    <message>
        <source>You curate this group</source>
        <translation>Vous êtes responsable de ce groupe</translation>
    </message>
    <message>
        <source>You are a member</source>
        <translation>Vous êtes membre</translation>
    </message>
</context>
<context>
    <name>commonroom::NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open: anyone can join</source>
        <translation>Ouvert : tout le monde peut rejoindre</translation>
    </message>
    <message>
        <source>Reviewed: a curator approves each request</source>
        <translation>Sur validation : un curateur valide chaque demande</translation>
    </message>
    <message>
        <source>Closed: by invitation of a curator</source>
        <translation>Fermé : sur invitation d’un curateur</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>What members accept when they join; leave empty for none</source>
        <translation>Ce que les membres acceptent en rejoignant ; laisser vide s’il n’y en a pas</translation>
    </message>
    <message>
        <source>Optional: what members accept when they join</source>
        <translation>Facultatif : ce que les membres acceptent en rejoignant</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Conditions :</translation>
    </message>
    <message>
        <source>You become the group&apos;s first curator.</source>
        <translation>Vous devenez le premier curateur du groupe.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Créer le groupe</translation>
    </message>
</context>
<context>
    <name>commonroom::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters; a few unrelated words make a good one.</source>
        <translation>Choisissez un mot de passe d’au moins %1 caractères ; quelques mots sans rapport entre eux font un bon mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password twice.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez deux fois le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>commonroom::PeopleModel</name>
    <message>
        <source>Not shared with you</source>
        <translation>Non partagé avec vous</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonEditor</name>
    <message>
        <source>Unsaved changes (Ctrl+S saves)</source>
        <translation>Modifications non enregistrées (Ctrl+S enregistre)</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Hors de l’échelle</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>How far this person has come on the community's leadership ladder, from first contact to organizing others. Only leaders and admins change it.</source>
        <translation>Jusqu’où cette personne est allée sur l’échelle d’engagement de la communauté, du premier contact à l’organisation des autres. Seuls les responsables et les admins la modifient.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>You can view this profile but not change it.</source>
        <translation>Vous pouvez consulter ce profil, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Only this person chooses who sees each field of their profile.</source>
        <translation>Seule cette personne choisit qui voit chaque champ de son profil.</translation>
    </message>
    <message>
        <source>Not shared with you</source>
        <translation>Non partagé avec vous</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Not shared with you. Whatever you type here replaces the hidden value.</source>
        <translation>Non partagé avec vous. Ce que vous saisissez ici remplace la valeur masquée.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Only the person and admins</source>
        <translation>Seulement la personne et les administrateurs</translation>
    </message>
    <message>
        <source>Who can see %1</source>
        <translation>Qui peut voir : %1</translation>
    </message>
    <message>
        <source>Enter a display name: the name people know this person by.</source>
        <translation>Saisissez un nom affiché : le nom sous lequel on connaît cette personne.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Check it, or leave the field empty.</source>
        <translation>« %1 » ne ressemble pas à une adresse électronique. Vérifiez-la ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>La personne n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Vos modifications n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>How others see this profile (Ctrl+Tab)</source>
        <translation>Comment les autres voient ce profil (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>Check the links (one web address per line): %1</source>
        <translation>Vérifiez les liens (une adresse web par ligne) : %1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>C&amp;hoisir une photo…</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture; it is made smaller to %1×%1 pixels</source>
        <translation>Une image JPEG ou PNG ; elle est réduite à %1×%1 pixels</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Supprimer la photo</translation>
    </message>
    <message>
        <source>Not shared
with you</source>
        <translation>Non partagé
avec vous</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>Impossible d’afficher la photo</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (%2). Choose a JPEG or PNG file.</source>
        <translation>« %1 » n’a pas pu être lu comme une image (%2). Choisissez un fichier JPEG ou PNG.</translation>
    </message>
    <message>
        <source>“%1” could not be made into a photo small enough to keep. Choose another picture.</source>
        <translation>« %1 » n’a pas pu être réduit en une photo assez petite. Choisissez une autre image.</translation>
    </message>
    <message>
        <source>View &amp;as:</source>
        <translation>Voir &amp;en tant que :</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>Le public</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Un responsable</translation>
    </message>
    <message>
        <source>View the profile as</source>
        <translation>Voir le profil en tant que</translation>
    </message>
    <message>
        <source>What others receive of this profile with the values and visibilities above, saved or not. Admins and the person themself see everything.</source>
        <translation>Ce que les autres reçoivent de ce profil avec les valeurs et visibilités ci-dessus, enregistrées ou non. Les administrateurs et la personne elle-même voient tout.</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Aperçu du profil</translation>
    </message>
    <message>
        <source>%1 would see nothing of this profile.</source>
        <translation>%1 ne verrait rien de ce profil.</translation>
    </message>
    <message>
        <source>The mail server refused this person's address on %1, so group messages and reminders are not mailed to it. Ask them for another address.</source>
        <translation>Le serveur de messagerie a refusé l'adresse de cette personne le %1 ; les messages de groupe et les rappels n'y sont plus envoyés. Demandez-lui une autre adresse.</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonPickerDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Inscrire quelqu’un</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Tapez les premières lettres d’un nom</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Choose someone</source>
        <translation>Choisir quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
</context>
<context>
    <name>commonroom::ProfileDashboard</name>
    <message>
        <source>Mail me my &amp;groups' messages (you read them here either way)</source>
        <translation>M'envoyer par courriel les messages de mes &amp;groupes (vous les lisez ici de toute façon)</translation>
    </message>
    <message>
        <source>Sign in to see and edit your profile.</source>
        <translation>Connectez-vous pour voir et modifier votre profil.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mail me &amp;reminders and messages of my events</source>
        <translation>M'envoyer les &amp;rappels et messages de mes événements</translation>
    </message>
    <message>
        <source>Mails from the server &amp;in:</source>
        <translation>Courriels du serveur &amp;en :</translation>
    </message>
    <message>
        <source>Mail me the community's &amp;announcements</source>
        <translation>M'envoyer par courriel les &amp;annonces de la communauté</translation>
    </message>
</context>
<context>
    <name>commonroom::RecentChangesModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(groupe sans nom)</translation>
    </message>
    <message>
        <source>%1 was updated</source>
        <translation>%1 a été mis à jour</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1: curator of %2</source>
        <translation>%1 : responsable de %2</translation>
    </message>
    <message>
        <source>%1 joined %2</source>
        <translation>%1 a rejoint %2</translation>
    </message>
    <message>
        <source>%1 asked to join %2</source>
        <translation>%1 a demandé à rejoindre %2</translation>
    </message>
    <message>
        <source>%1 was invited to %2</source>
        <translation>%1 a été invité(e) dans %2</translation>
    </message>
    <message>
        <source>%1 is not joining %2 (declined)</source>
        <translation>%1 ne rejoint pas %2 (refusé)</translation>
    </message>
    <message>
        <source>A membership of %1 changed</source>
        <translation>Une adhésion de %1 a changé</translation>
    </message>
</context>
<context>
    <name>commonroom::RegistrantsModel</name>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation>En liste d’attente (n° %1)</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En liste d’attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>%1 on device %2 (undone)</source>
        <translation>%1 sur l’appareil %2 (annulé)</translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation>%1 sur l’appareil %2</translation>
    </message>
    <message>
        <source>Came although the event was full</source>
        <translation>Venu(e) alors que l’événement était complet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
</context>
<context>
    <name>commonroom::RelationsPane</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Other people in the household</source>
        <translation>Autres personnes du foyer</translation>
    </message>
    <message>
        <source>Household to add them to</source>
        <translation>Foyer auquel ajouter la personne</translation>
    </message>
    <message>
        <source>Hou&amp;sehold:</source>
        <translation>&amp;Foyer :</translation>
    </message>
    <message>
        <source>&amp;Add to household</source>
        <translation>&amp;Ajouter au foyer</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Nouveau foyer…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>&amp;Quitter le foyer</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Relate to…</source>
        <translation>&amp;Relier à…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Who brought whom</source>
        <translation>Qui a amené qui</translation>
    </message>
    <message>
        <source>People they brought in, and whom those brought in</source>
        <translation>Les personnes qu’elle a amenées, et celles que celles-ci ont amenées</translation>
    </message>
    <message>
        <source>There is no household yet: make one.</source>
        <translation>Il n’y a pas encore de foyer : créez-en un.</translation>
    </message>
    <message>
        <source>They are in this household already.</source>
        <translation>Cette personne est déjà dans ce foyer.</translation>
    </message>
    <message>
        <source>They are in no household.</source>
        <translation>Cette personne n’est dans aucun foyer.</translation>
    </message>
    <message>
        <source>Select a relationship to remove it.</source>
        <translation>Sélectionnez une relation pour la retirer.</translation>
    </message>
    <message>
        <source>In the household &quot;%1&quot;.</source>
        <translation>Dans le foyer « %1 ».</translation>
    </message>
    <message>
        <source>Address: %1 (as %2 shows it to you). A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Adresse : %1 (telle que %2 vous la montre). Un foyer n’a pas d’adresse propre : chaque personne montre la sienne à qui elle veut.</translation>
    </message>
    <message>
        <source>No address is shown: none of its people shows you theirs. A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Aucune adresse n’est affichée : aucune de ses personnes ne vous montre la sienne. Un foyer n’a pas d’adresse propre : chaque personne montre la sienne à qui elle veut.</translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation>Dans aucun foyer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1 (%n personne)</numerusform>
            <numerusform>%1 (%n personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought in by: %1</source>
        <translation>Amené par : %1</translation>
    </message>
    <message>
        <source>Brought in: %1</source>
        <translation>A amené : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Brought in by %1.</source>
        <translation>Amené par %1.</translation>
    </message>
    <message>
        <source>Who brought them in is not recorded.</source>
        <translation>Qui a amené cette personne n’est pas noté.</translation>
    </message>
    <message>
        <source>No one they brought in is recorded.</source>
        <translation>Personne qu’elle a amené n’est noté.</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Nouveau foyer</translation>
    </message>
    <message>
        <source>Name of the household (no address: each person shows theirs to whom they choose):</source>
        <translation>Nom du foyer (sans adresse : chaque personne montre la sienne à qui elle veut) :</translation>
    </message>
</context>
<context>
    <name>commonroom::ReviewRequestsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln waiting)</source>
        <translation>
            <numerusform>%1 (%Ln en attente)</numerusform>
            <numerusform>%1 (%Ln en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln longest waiting are shown here; open the group (Enter) for the others.</source>
        <translation>
            <numerusform>La plus ancienne est affichée ici ; ouvrez le groupe (Entrée) pour les autres.</numerusform>
            <numerusform>Les %Ln plus anciennes sont affichées ici ; ouvrez le groupe (Entrée) pour les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln request(s) to join</source>
        <translation>
            <numerusform>%1, %Ln demande d’adhésion</numerusform>
            <numerusform>%1, %Ln demandes d’adhésion</numerusform>
        </translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1 asks to join %2, %3</source>
        <translation>%1 demande à rejoindre %2, %3</translation>
    </message>
    <message>
        <source>Group and person</source>
        <translation>Groupe et personne</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(groupe sans nom)</translation>
    </message>
    <message>
        <source>%1 asks to join %2</source>
        <translation>%1 demande à rejoindre %2</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesModel</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesWidget</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Find a person by name or email</source>
        <translation>Trouver une personne par nom ou e-mail</translation>
    </message>
    <message>
        <source>Find a person by name or email (empty: leaders and admins)</source>
        <translation>Trouver une personne par nom ou e-mail (vide : responsables et administrateurs)</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>Personnes et leurs rôles</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Nommer &amp;membre</translation>
    </message>
    <message>
        <source>Make &amp;leader</source>
        <translation>Nommer &amp;responsable</translation>
    </message>
    <message>
        <source>Make a&amp;dmin</source>
        <translation>Nommer a&amp;dministrateur</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Sélectionnez d’abord une personne dans la liste.</translation>
    </message>
    <message>
        <source>Only admins change roles.</source>
        <translation>Seuls les administrateurs modifient les rôles.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 est déjà %2.</translation>
    </message>
    <message>
        <source>%1 is the last admin, and a community always keeps at least one. Make someone else an admin first, then change %1&apos;s role.</source>
        <translation>%1 est le dernier administrateur, et une communauté en garde toujours au moins un. Nommez d’abord quelqu’un d’autre administrateur, puis changez le rôle de %1.</translation>
    </message>
    <message>
        <source>The role could not be changed: %1</source>
        <translation>Le rôle n’a pas pu être modifié : %1</translation>
    </message>
    <message>
        <source>The server refused a role change: %1</source>
        <translation>Le serveur a refusé un changement de rôle : %1</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message>
        <source>Welcome: your application was approved.</source>
        <translation>Bienvenue : votre candidature a été acceptée.</translation>
    </message>
    <message>
        <source>Your role in the community changed.</source>
        <translation>Votre rôle dans la communauté a changé.</translation>
    </message>
    <message>
        <source>This device is not signed in. Sign in to sync; your changes are kept meanwhile.</source>
        <translation>Cet appareil n’est pas connecté. Connectez-vous pour synchroniser ; vos modifications sont conservées en attendant.</translation>
    </message>
    <message>
        <source>Sync was cancelled. Nothing was lost; it resumes at the next sync.</source>
        <translation>La synchronisation a été annulée. Rien n’a été perdu ; elle reprendra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server at %1 did not present the certificate you accepted. If its certificate was replaced on purpose, sign in again to accept the new one.</source>
        <translation>Le serveur %1 n’a pas présenté le certificat que vous avez accepté. S’il a été remplacé volontairement, reconnectez-vous pour accepter le nouveau.</translation>
    </message>
    <message>
        <source>The server is not reachable (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>Le serveur n’est pas joignable (%1). Vos modifications sont conservées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; your unsent changes are kept.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour synchroniser ; vos modifications non envoyées sont conservées.</translation>
    </message>
    <message>
        <source>The server refused the sync (HTTP %1): %2</source>
        <translation>Le serveur a refusé la synchronisation (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the push could not be read: %1</source>
        <translation>La réponse du serveur à l’envoi n’a pas pu être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept or refuse any of the %n waiting change(s).</source>
        <translation>
            <numerusform>Le serveur n’a ni accepté ni refusé la modification en attente.</numerusform>
            <numerusform>Le serveur n’a accepté ni refusé aucune des %n modifications en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be read: %1</source>
        <translation>Les modifications du serveur n’ont pas pu être lues : %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n change(s) sent</source>
        <translation>
            <numerusform>À jour : %n modification envoyée</numerusform>
            <numerusform>À jour : %n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see Sync problems)</source>
        <translation>
            <numerusform>%n refusée (voir Problèmes de synchronisation)</numerusform>
            <numerusform>%n refusées (voir Problèmes de synchronisation)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and that the server is running.</source>
        <translation>Impossible de joindre le serveur %1 : %2. Vérifiez l’adresse et que le serveur est démarré.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>L’adresse électronique ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server refused to sign you in (HTTP %1): %2</source>
        <translation>Le serveur a refusé la connexion (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>This profile holds the community copy of another person. Use another profile to sign in as %1.</source>
        <translation>Ce profil contient la copie de la communauté d’une autre personne. Utilisez un autre profil pour vous connecter en tant que %1.</translation>
    </message>
    <message>
        <source>This device was revoked, so its copy of the community was erased. Sign in again to use Commonroom here.</source>
        <translation>Cet appareil a été révoqué, sa copie de la communauté a donc été effacée. Reconnectez-vous pour utiliser Commonroom ici.</translation>
    </message>
    <message>
        <source>This device was revoked, but erasing its copy failed: %1. Delete the profile folder %2 by hand.</source>
        <translation>Cet appareil a été révoqué, mais l’effacement de sa copie a échoué : %1. Supprimez à la main le dossier de profil %2.</translation>
    </message>
    <message>
        <source>The server is busy and asked to wait %1 s. Nothing was lost; sync tries again by itself.</source>
        <translation>Le serveur est occupé et demande d’attendre %1 s. Rien n’est perdu ; la synchronisation réessaiera d’elle-même.</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh copy; try again later.</source>
        <translation>Le serveur continue de demander une nouvelle copie ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The renewed session could not be kept: %1</source>
        <translation>La session renouvelée n’a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>This device could not be registered anew: %1. Your unsent changes are kept; sync again.</source>
        <translation>Cet appareil n’a pas pu être enregistré à nouveau : %1. Vos modifications non envoyées sont gardées ; synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>This copy of Commonroom was restored from a backup or copied from another device, so the server did not know its latest changes. It now syncs as a new device and sends them again; nothing was lost.</source>
        <translation>Cette copie de Commonroom a été restaurée depuis une sauvegarde ou copiée depuis un autre appareil : le serveur ne connaissait donc pas ses dernières modifications. Elle se synchronise désormais comme un nouvel appareil et les renvoie ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). This is not a changed certificate: the connection was disturbed. Your changes are kept and will be sent at the next sync.</source>
        <translation>La connexion sécurisée au serveur a échoué (%1). Ce n’est pas un certificat changé : la connexion a été perturbée. Vos modifications sont gardées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The connection to the server broke off in the middle of its answer (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>La connexion au serveur s’est interrompue au milieu de sa réponse (%1). Vos modifications sont gardées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server at %1 did not give an HTTP answer (%2). Check the server address in the sign-in settings; your changes are kept.</source>
        <translation>Le serveur à %1 n’a pas donné de réponse HTTP (%2). Vérifiez l’adresse du serveur dans les réglages de connexion ; vos modifications sont gardées.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>The server at %1 is older than this app and cannot take its changes. Ask its admin to update commonroom-syncd; your changes are kept meanwhile.</source>
        <translation>Le serveur à %1 est plus ancien que cette application et ne peut pas accepter ses modifications. Demandez à son administrateur de mettre à jour commonroom-syncd ; vos modifications sont gardées en attendant.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2: %3). Your changes are kept and sync tries again later; if this goes on, tell the server&apos;s admin.</source>
        <translation>Le serveur à %1 a échoué (HTTP %2 : %3). Vos modifications sont gardées et la synchronisation réessaiera plus tard ; si cela continue, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>This change is larger than the server accepts in one request (%1 KiB), so it could not be sent. Its values are kept here; make the change again with less in it (a smaller photo, a shorter text).</source>
        <translation>Cette modification dépasse ce que le serveur accepte en une requête (%1 Kio) : elle n’a pas pu être envoyée. Ses valeurs sont gardées ici ; refaites la modification avec moins de contenu (une photo plus petite, un texte plus court).</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</source>
        <translation>
            <numerusform>L’horloge de cet appareil avance de %n minute sur celle du serveur. Vos modifications ont été gardées et datées à l’heure du serveur ; mettez l’horloge de cet appareil à l’heure.</numerusform>
            <numerusform>L’horloge de cet appareil avance de %n minutes sur celle du serveur. Vos modifications ont été gardées et datées à l’heure du serveur ; mettez l’horloge de cet appareil à l’heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</source>
        <translation>
            <numerusform>L’horloge de cet appareil retarde de %n minute sur celle du serveur. Vos modifications ont été gardées ; mettez l’horloge de cet appareil à l’heure pour qu’elles soient bien ordonnées par rapport à celles des autres.</numerusform>
            <numerusform>L’horloge de cet appareil retarde de %n minutes sur celle du serveur. Vos modifications ont été gardées ; mettez l’horloge de cet appareil à l’heure pour qu’elles soient bien ordonnées par rapport à celles des autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position of the last sync on this device was damaged, so everything is fetched again; unsent changes are kept.</source>
        <translation>La position de la dernière synchronisation sur cet appareil était endommagée : tout est donc récupéré à nouveau ; les modifications non envoyées sont gardées.</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>The list could not be cleared: %1</source>
        <translation>La liste n’a pas pu être vidée : %1</translation>
    </message>
    <message>
        <source>The server has accepted every change sent from this computer.</source>
        <translation>Le serveur a accepté toutes les modifications envoyées depuis cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s). They were undone on this computer; the list says why.</source>
        <translation>
            <numerusform>Le serveur a refusé %n modification. Elle a été annulée sur cet ordinateur ; la liste indique pourquoi.</numerusform>
            <numerusform>Le serveur a refusé %n modifications. Elles ont été annulées sur cet ordinateur ; la liste indique pourquoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsModel</name>
    <message>
        <source>%1 (code: %2)
%3</source>
        <translation>%1 (code : %2)
%3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Membership of %1 in a group</source>
        <translation>Adhésion de %1 à un groupe</translation>
    </message>
    <message>
        <source>Membership of %1 in %2</source>
        <translation>Adhésion de %1 à %2</translation>
    </message>
    <message>
        <source>Registration of %1 for an event</source>
        <translation>Inscription de %1 à un événement</translation>
    </message>
    <message>
        <source>Registration of %1 for %2</source>
        <translation>Inscription de %1 à %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ask someone who may make this change (a leader, or the group's curator) to make it; what you typed is kept here.</source>
        <translation>Demandez à quelqu’un qui peut faire cette modification (un responsable ou le curateur du groupe) de la faire ; ce que vous avez saisi est conservé ici.</translation>
    </message>
    <message>
        <source>Correct it and save it again; what you typed is kept here.</source>
        <translation>Corrigez-la et enregistrez-la à nouveau ; ce que vous avez saisi est conservé ici.</translation>
    </message>
    <message>
        <source>What it refers to is gone from the server; sync, then make the change again if it still applies.</source>
        <translation>Ce à quoi elle se rapporte n’existe plus sur le serveur ; synchronisez, puis refaites la modification si elle s’applique encore.</translation>
    </message>
    <message>
        <source>Sync again later; if it is refused again, tell your community's admin.</source>
        <translation>Synchronisez plus tard ; si elle est refusée à nouveau, prévenez l’administration de votre communauté.</translation>
    </message>
    <message>
        <source>%1 (code: %2)</source>
        <translation>%1 (code : %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Change to a person</source>
        <translation>Modification d’une personne</translation>
    </message>
    <message>
        <source>Change to the group %1</source>
        <translation>Modification du groupe %1</translation>
    </message>
    <message>
        <source>Change to a group</source>
        <translation>Modification d’un groupe</translation>
    </message>
</context>
<context>
    <name>commonroom::TagsPane</name>
    <message>
        <source>Check a tag to apply it to this person, uncheck it to remove it.</source>
        <translation>Cochez une étiquette pour l’appliquer à cette personne, décochez-la pour la retirer.</translation>
    </message>
    <message>
        <source>The tags applied to this person that you may see.</source>
        <translation>Les étiquettes appliquées à cette personne que vous pouvez voir.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (responsables seulement)</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>&amp;Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Nom de l’étiquette :</translation>
    </message>
    <message>
        <source>Who sees &quot;%1&quot;?</source>
        <translation>Qui voit « %1 » ?</translation>
    </message>
    <message>
        <source>Should members see this tag too? Leaders only is the default: then it is never shown to members, nor to the people it is applied to.</source>
        <translation>Les membres doivent-ils voir cette étiquette aussi ? Par défaut, elle est réservée aux responsables : elle n’est alors jamais montrée aux membres, ni aux personnes à qui elle est appliquée.</translation>
    </message>
    <message>
        <source>Members too</source>
        <translation>Les membres aussi</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Responsables seulement</translation>
    </message>
</context>
<context>
    <name>commonroom::VouchDialog</name>
    <message>
        <source>this applicant</source>
        <translation>ce candidat</translation>
    </message>
    <message>
        <source>Vouch for %1</source>
        <translation>Se porter garant de %1</translation>
    </message>
    <message>
        <source>Say how you know %1 and why the community can welcome them. Admins and %1 will see your vouch and your reason; nobody else does.</source>
        <translation>Dites comment vous connaissez %1 et pourquoi la communauté peut l’accueillir. Les administrateurs et %1 verront votre parrainage et votre motif ; personne d’autre.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Vouch</source>
        <translation>Se porter &amp;garant</translation>
    </message>
    <message>
        <source>Only members can vouch. Once your own application is approved, you can vouch for others.</source>
        <translation>Seuls les membres peuvent se porter garants. Une fois votre propre candidature approuvée, vous pourrez vous porter garant d’autres personnes.</translation>
    </message>
    <message>
        <source>You cannot vouch for yourself.</source>
        <translation>Vous ne pouvez pas vous porter garant de vous-même.</translation>
    </message>
    <message>
        <source>This person is not on this computer. Sync, then try again.</source>
        <translation>Cette personne n’est pas sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 est déjà membre.</translation>
    </message>
    <message>
        <source>You have already vouched for %1.</source>
        <translation>Vous vous êtes déjà porté garant de %1.</translation>
    </message>
    <message>
        <source>Write a reason: admins decide with it.</source>
        <translation>Indiquez un motif : les administrateurs décident en s’appuyant dessus.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under about %1 characters.</source>
        <translation>Le motif est trop long ; restez sous environ %1 caractères.</translation>
    </message>
    <message>
        <source>The vouch could not be saved: %1</source>
        <translation>Le parrainage n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>commonroom::WalkInDialog</name>
    <message>
        <source>They &amp;agree to be contacted by the community</source>
        <translation>La personne &amp;accepte d’être contactée par la communauté</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Accepte d’être contacté(e)</translation>
    </message>
    <message>
        <source>Email and phone are kept only with this agreement</source>
        <translation>L’e-mail et le téléphone ne sont conservés qu’avec cet accord</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Someone who is not in the directory yet. Ask for their name; ask for an email or a phone only if they agree to be contacted.</source>
        <translation>Une personne qui n’est pas encore dans l’annuaire. Demandez son nom ; ne demandez un e-mail ou un téléphone que si elle accepte d’être contactée.</translation>
    </message>
    <message>
        <source>Register and check &amp;in</source>
        <translation>Inscrire et enregistrer l’&amp;arrivée</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to register them.</source>
        <translation>Tapez le nom de la personne pour l’inscrire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use a dark palette, whatever the desktop's theme.</source>
        <translation>Utiliser une palette sombre, quel que soit le thème du bureau.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every dashboard and main dialog in DIR and quit (scripts/screenshots.sh).</source>
        <translation>Après la première synchronisation, enregistrer une image de chaque tableau de bord et dialogue principal dans DIR et quitter (scripts/screenshots.sh).</translation>
    </message>
    <message>
        <source>Commonroom, the offline-first community directory.</source>
        <translation>Commonroom, l’annuaire de communauté qui fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Keep this device&apos;s local data in DIR (default: the user&apos;s data directory).</source>
        <translation>Conserver les données locales de cet appareil dans DIR (par défaut : le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Commonroom cannot start</source>
        <translation>Commonroom ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be used: %2</source>
        <translation>Le dossier de profil %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>The community copy in %1 could not be opened: %2

The file was left untouched. Restore it from a backup, or start with another profile (--profile DIR).</source>
        <translation>La copie de la communauté dans %1 n’a pas pu être ouverte : %2

Le fichier n’a pas été modifié. Restaurez-le depuis une sauvegarde ou démarrez avec un autre profil (--profile DIR).</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Interested</source>
        <translation>Intéressé·e</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté·e</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé·e</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders post opportunities for it.</source>
        <translation>Seuls les curateurs du groupe et les responsables y publient des opportunités.</translation>
    </message>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>Une opportunité a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Le titre « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of the opportunity &quot;%2&quot; is not one of the community&apos;s areas: %3.</source>
        <translation>Le domaine « %1 » de l&apos;opportunité « %2 » n&apos;est pas un des domaines de la communauté : %3.</translation>
    </message>
    <message>
        <source>%1 places for the opportunity &quot;%2&quot; is not a number it can have: from 1 to %3.</source>
        <translation>%1 places n&apos;est pas un nombre possible pour l&apos;opportunité « %2 » : de 1 à %3.</translation>
    </message>
    <message>
        <source>The last day %1 of the opportunity &quot;%2&quot; is before its first day %3.</source>
        <translation>Le dernier jour %1 de l&apos;opportunité « %2 » est avant son premier jour %3.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>Il n&apos;y a pas de groupe d&apos;identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 people are already accepted for the opportunity &quot;%2&quot;, more than %3 places; decline someone first.</source>
        <translation>%1 personnes sont déjà acceptées pour l&apos;opportunité « %2 », plus que %3 places ; refusez d&apos;abord quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders open and close its opportunities.</source>
        <translation>Seuls les curateurs du groupe et les responsables ouvrent et ferment ses opportunités.</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Les membres disent être intéressés par des opportunités ; une personne candidate le peut une fois approuvée.</translation>
    </message>
    <message>
        <source>You are already accepted for &quot;%1&quot;.</source>
        <translation>Vous êtes déjà accepté·e pour « %1 ».</translation>
    </message>
    <message>
        <source>A curator of the group declined your interest in &quot;%1&quot;; ask them if you want to be considered again.</source>
        <translation>Un curateur du groupe a refusé votre intérêt pour « %1 » ; demandez-lui si vous voulez être reconsidéré·e.</translation>
    </message>
    <message>
        <source>The opportunity &quot;%1&quot; is closed.</source>
        <translation>L&apos;opportunité « %1 » est fermée.</translation>
    </message>
    <message>
        <source>You have not said you are interested in &quot;%1&quot;.</source>
        <translation>Vous n&apos;avez pas dit être intéressé·e par « %1 ».</translation>
    </message>
    <message>
        <source>Your message about &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Votre message sur « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders accept or decline interest in &quot;%1&quot;.</source>
        <translation>Seuls les curateurs du groupe et les responsables acceptent ou refusent l&apos;intérêt pour « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not interested in &quot;%2&quot; (or withdrew); only someone interested is accepted or declined.</source>
        <translation>%1 n&apos;est pas intéressé·e par « %2 » (ou s&apos;est retiré·e) ; on n&apos;accepte ou ne refuse que les personnes intéressées.</translation>
    </message>
    <message>
        <source>All %1 places of &quot;%2&quot; are taken; decline someone first, or give it more places.</source>
        <translation>Les %1 places de « %2 » sont prises ; refusez d&apos;abord quelqu&apos;un ou ajoutez des places.</translation>
    </message>
    <message>
        <source>Cannot read the opportunities on this device</source>
        <translation>Impossible de lire les opportunités de cet appareil</translation>
    </message>
    <message>
        <source>There is no opportunity with the id %1 on this device; sync, then try again.</source>
        <translation>Il n&apos;y a pas d&apos;opportunité d&apos;identifiant %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the interest in the opportunity %1 on this device</source>
        <translation>Impossible de lire l&apos;intérêt pour l&apos;opportunité %1 sur cet appareil</translation>
    </message>
</context>
<context>
    <name>commonroom::OpportunitiesPane</name>
    <message>
        <source>Opportunities of the &amp;group:</source>
        <translation>Opportunités du &amp;groupe :</translation>
    </message>
    <message>
        <source>Opportunities of the group</source>
        <translation>Opportunités du groupe</translation>
    </message>
    <message>
        <source>Post opportunit&amp;y…</source>
        <translation>Publier une opportunité (&amp;Y)…</translation>
    </message>
    <message>
        <source>I&apos;m in&amp;terested</source>
        <translation>Je suis in&amp;téressé·e</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw interest</source>
        <translation>Retirer mon intérêt (&amp;H)</translation>
    </message>
    <message>
        <source>Close &amp;opportunity</source>
        <translation>Fermer l&apos;&amp;opportunité</translation>
    </message>
    <message>
        <source>Interested &amp;people:</source>
        <translation>&amp;Personnes intéressées :</translation>
    </message>
    <message>
        <source>People interested in the opportunity</source>
        <translation>Personnes intéressées par l&apos;opportunité</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) filled</source>
        <translation>
            <numerusform>%1 sur %n place prise</numerusform>
            <numerusform>%1 sur %n places prises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n libre</numerusform>
            <numerusform>%n libres</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>vous : %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>compétences : %1</translation>
    </message>
    <message>
        <source>languages: %1</source>
        <translation>langues : %1</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Les membres disent être intéressés par des opportunités ; une personne candidate le peut une fois approuvée.</translation>
    </message>
    <message>
        <source>All places are taken.</source>
        <translation>Toutes les places sont prises.</translation>
    </message>
    <message>
        <source>Post an opportunity</source>
        <translation>Publier une opportunité</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>for example: bike repair, Python</source>
        <translation>par exemple : réparation de vélos, Python</translation>
    </message>
    <message>
        <source>&amp;Skills wanted:</source>
        <translation>&amp;Compétences recherchées :</translation>
    </message>
    <message>
        <source>for example: Arabic, Portuguese</source>
        <translation>par exemple : arabe, portugais</translation>
    </message>
    <message>
        <source>&amp;Languages wanted:</source>
        <translation>&amp;Langues recherchées :</translation>
    </message>
    <message>
        <source>for example: 3 hours on Saturday</source>
        <translation>par exemple : 3 heures le samedi</translation>
    </message>
    <message>
        <source>Time &amp;commitment:</source>
        <translation>&amp;Engagement en temps :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-JJ, facultatif</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour :</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Dernier &amp;jour :</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day written YYYY-MM-DD; leave it empty when the opportunity has no date.</source>
        <translation>« %1 » n&apos;est pas un jour écrit AAAA-MM-JJ ; laissez vide si l&apos;opportunité n&apos;a pas de date.</translation>
    </message>
</context>
<context>
    <name>commonroom::OrganizingDashboard</name>
    <message>
        <source>Chart of canvass progress per turf</source>
        <translation>Graphique de l'avancée par secteur</translation>
    </message>
    <message>
        <source>Canvass progress per turf</source>
        <translation>Avancée par secteur</translation>
    </message>
    <message>
        <source>C&amp;anvass</source>
        <translation>&amp;Porte-à-porte</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitées</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Visited, no conversation</source>
        <translation>Visitées, sans conversation</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Pas encore visitées</translation>
    </message>
    <message>
        <source>Canvass progress per open turf</source>
        <translation>Avancée par secteur ouvert</translation>
    </message>
    <message>
        <source>The same figures as the table below</source>
        <translation>Les mêmes chiffres que le tableau ci-dessous</translation>
    </message>
    <message>
        <source>Organizing figures</source>
        <translation>Chiffres de l’organisation</translation>
    </message>
    <message>
        <source>Chart of contributions by area over the last twelve months</source>
        <translation>Graphique des contributions par domaine sur les douze derniers mois</translation>
    </message>
    <message>
        <source>Chart of people per ladder level</source>
        <translation>Graphique des personnes par niveau de l’échelle</translation>
    </message>
    <message>
        <source>Chart of turnout per event</source>
        <translation>Graphique de la participation par événement</translation>
    </message>
    <message>
        <source>Contributions by area</source>
        <translation>Contributions par domaine</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>Ladder pipeline</source>
        <translation>Parcours sur l’échelle</translation>
    </message>
    <message>
        <source>&amp;Ladder</source>
        <translation>É&amp;chelle</translation>
    </message>
    <message>
        <source>Turnout per event</source>
        <translation>Participation par événement</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message>
        <source>The organizing figures could not be read: %1</source>
        <translation>Les chiffres de l’organisation n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Contributions and touch-points in twelve months: %1 (%2 hours) · On the ladder: %3 · Moves up this quarter: %4 · Events in twelve months: %5, attended %6 of %7 registered</source>
        <translation>Contributions et contacts sur douze mois : %1 (%2 heures) · Sur l’échelle : %3 · Montées ce trimestre : %4 · Événements sur douze mois : %5, présents %6 sur %7 inscrits</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours given by area, month by month</source>
        <translation>Heures données par domaine, mois par mois</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Moved up this quarter</source>
        <translation>Montés ce trimestre</translation>
    </message>
    <message>
        <source>Moved up since %1</source>
        <translation>Montés depuis le %1</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Hors de l’échelle</translation>
    </message>
    <message>
        <source>The ladder: people per level</source>
        <translation>L’échelle : personnes par niveau</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Turnout per event, last twelve months</source>
        <translation>Participation par événement, douze derniers mois</translation>
    </message>
</context>
<context>
    <name>Turfs</name>
    <message>
        <source>Not home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Only leaders and admins make and change turfs.</source>
        <translation>Seuls les responsables et les admins créent et modifient les secteurs.</translation>
    </message>
    <message>
        <source>A turf needs a name.</source>
        <translation>Un secteur a besoin d'un nom.</translation>
    </message>
    <message>
        <source>The turf name "%1" is too long: at most %2 characters.</source>
        <translation>Le nom de secteur « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>Only leaders and admins cut turfs.</source>
        <translation>Seuls les responsables et les admins découpent des secteurs.</translation>
    </message>
    <message>
        <source>A turf has from 1 to %1 doors (not %2).</source>
        <translation>Un secteur a de 1 à %1 portes (pas %2).</translation>
    </message>
    <message>
        <source>Choose whom to cut into turfs: a smart list or an area.</source>
        <translation>Choisissez qui découper en secteurs : une liste intelligente ou une zone.</translation>
    </message>
    <message>
        <source>No neighbourhood</source>
        <translation>Sans quartier</translation>
    </message>
    <message>
        <source>Only leaders and admins open and close turfs.</source>
        <translation>Seuls les responsables et les admins ouvrent et ferment les secteurs.</translation>
    </message>
    <message>
        <source>Only leaders and admins change a turf's doors.</source>
        <translation>Seuls les responsables et les admins modifient les portes d'un secteur.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device; sync, then try again.</source>
        <translation>Aucun secteur avec l'identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Aucune personne avec l'identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not at a door of this turf.</source>
        <translation>%1 n'est à aucune porte de ce secteur.</translation>
    </message>
    <message>
        <source>Only leaders and admins assign turfs.</source>
        <translation>Seuls les responsables et les admins attribuent des secteurs.</translation>
    </message>
    <message>
        <source>The turf "%1" is closed; open it again before assigning it.</source>
        <translation>Le secteur « %1 » est fermé ; rouvrez-le avant de l'attribuer.</translation>
    </message>
    <message>
        <source>%1 is not a member yet, and only members canvass; approve them first or choose a member.</source>
        <translation>%1 n'est pas encore membre, et seuls les membres font du porte-à-porte ; approuvez d'abord cette personne ou choisissez un membre.</translation>
    </message>
    <message>
        <source>An assignment must end after it starts.</source>
        <translation>Une attribution doit finir après son début.</translation>
    </message>
    <message>
        <source>An assignment runs at most 92 days; assign the turf again after that.</source>
        <translation>Une attribution dure au plus 92 jours ; attribuez de nouveau le secteur ensuite.</translation>
    </message>
    <message>
        <source>This assignment would have ended already (%1); choose an end in the future.</source>
        <translation>Cette attribution serait déjà terminée (%1) ; choisissez une fin dans le futur.</translation>
    </message>
    <message>
        <source>Only leaders and admins withdraw turf assignments.</source>
        <translation>Seuls les responsables et les admins retirent des attributions de secteurs.</translation>
    </message>
    <message>
        <source>There is no turf assignment with the id %1 on this device; sync, then try again.</source>
        <translation>Aucune attribution de secteur avec l'identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>This turf assignment was withdrawn already.</source>
        <translation>Cette attribution de secteur a déjà été retirée.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device: it was never assigned to you, or your assignment ended; ask a leader.</source>
        <translation>Aucun secteur avec l'identifiant %1 sur cet appareil : il ne vous a jamais été attribué, ou votre attribution a pris fin ; demandez à un responsable.</translation>
    </message>
    <message>
        <source>The turf "%1" is not assigned to you now; ask a leader to assign it to you.</source>
        <translation>Le secteur « %1 » ne vous est pas attribué en ce moment ; demandez à un responsable de vous l'attribuer.</translation>
    </message>
    <message>
        <source>%1 is not at a door of the turf "%2".</source>
        <translation>%1 n'est à aucune porte du secteur « %2 ».</translation>
    </message>
    <message>
        <source>"%1" is not an outcome at a door: not_home, talked, refused or moved.</source>
        <translation>« %1 » n'est pas un résultat à une porte : not_home, talked, refused ou moved.</translation>
    </message>
    <message>
        <source>Support is from 1 to 5 (%1 is not).</source>
        <translation>Le soutien va de 1 à 5 (%1 non).</translation>
    </message>
    <message>
        <source>A note from a door is at most %1 characters.</source>
        <translation>Une note de porte fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Cannot read the turfs on this device</source>
        <translation>Impossible de lire les secteurs de cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the turf %1 on this device</source>
        <translation>Impossible de lire le secteur %1 de cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the doors of the turf %1 on this device</source>
        <translation>Impossible de lire les portes du secteur %1 de cet appareil</translation>
    </message>
    <message>
        <source>Cannot read the turf assignments on this device</source>
        <translation>Impossible de lire les attributions de secteurs de cet appareil</translation>
    </message>
</context>
<context>
    <name>WalkSheets</name>
    <message numerus="yes">
        <source>%n door(s); printed %1</source>
        <translation>
            <numerusform>%n porte ; imprimé le %1</numerusform>
            <numerusform>%n portes ; imprimé le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Walk sheet</source>
        <translation>Feuille de porte-à-porte</translation>
    </message>
    <message>
        <source>No address shown</source>
        <translation>Aucune adresse visible</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Liste téléphonique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) without a phone you may see are on the walk sheet only.</source>
        <translation>
            <numerusform>%n porte sans téléphone visible pour vous n'est que sur la feuille de porte-à-porte.</numerusform>
            <numerusform>%n portes sans téléphone visible pour vous ne sont que sur la feuille de porte-à-porte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk sheet: %1</source>
        <translation>Feuille de porte-à-porte : %1</translation>
    </message>
    <message>
        <source>Phone list: %1</source>
        <translation>Liste téléphonique : %1</translation>
    </message>
</context>
<context>
    <name>commonroom::CanvassingDashboard</name>
    <message numerus="yes">
        <source>%1: %2 of %n door(s) visited</source>
        <translation>
            <numerusform>%1 : %2 sur %n porte visitées</numerusform>
            <numerusform>%1 : %2 sur %n portes visitées</numerusform>
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
            <numerusform>%n soutien.</numerusform>
            <numerusform>%n soutiens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut people into turfs, assign a turf to a member for a time, and follow each turf's canvass. A canvasser's device holds a turf only while it is assigned.</source>
        <translation>Découpez les personnes en secteurs, attribuez un secteur à un membre pour un temps et suivez l'avancée de chaque secteur. L'appareil du militant ne garde un secteur que tant qu'il lui est attribué.</translation>
    </message>
    <message>
        <source>The turfs assigned to you now. Record what happened at each door: it is saved on this device and sent at the next sync.</source>
        <translation>Les secteurs qui vous sont attribués en ce moment. Notez ce qui s'est passé à chaque porte : c'est enregistré sur cet appareil et envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Turfs</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitées</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>En porte-à-porte</translation>
    </message>
    <message>
        <source>&amp;Cut turfs…</source>
        <translation>&amp;Découper des secteurs…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Cl&amp;ose turf</source>
        <translation>&amp;Fermer le secteur</translation>
    </message>
    <message>
        <source>Walk &amp;sheet…</source>
        <translation>Feuille de &amp;porte-à-porte…</translation>
    </message>
    <message>
        <source>&amp;Phone list…</source>
        <translation>Liste &amp;téléphonique…</translation>
    </message>
    <message>
        <source>Doors of the turf, in walking order</source>
        <translation>Portes du secteur, dans l'ordre du parcours</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Support, from 1 (against) to 5 (strongly for)</source>
        <translation>Soutien, de 1 (contre) à 5 (très favorable)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>&amp;Soutien :</translation>
    </message>
    <message>
        <source>Note (leaders and this turf's canvassers see it)</source>
        <translation>Note (visible par les responsables et les militants de ce secteur)</translation>
    </message>
    <message>
        <source>Note from the door</source>
        <translation>Note de la porte</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fermé)</translation>
    </message>
    <message>
        <source>No turfs yet: cut people into turfs to begin.</source>
        <translation>Pas encore de secteurs : découpez des personnes en secteurs pour commencer.</translation>
    </message>
    <message>
        <source>No turf is assigned to you now.</source>
        <translation>Aucun secteur ne vous est attribué en ce moment.</translation>
    </message>
    <message>
        <source>(address not shown to you)</source>
        <translation>(adresse non visible pour vous)</translation>
    </message>
    <message>
        <source>Choose a turf first.</source>
        <translation>Choisissez d'abord un secteur.</translation>
    </message>
    <message>
        <source>Re&amp;open turf</source>
        <translation>&amp;Rouvrir le secteur</translation>
    </message>
    <message>
        <source>The turf is closed; open it again to assign it.</source>
        <translation>Le secteur est fermé ; rouvrez-le pour l'attribuer.</translation>
    </message>
    <message>
        <source>No one is assigned this turf now.</source>
        <translation>Ce secteur n'est attribué à personne en ce moment.</translation>
    </message>
    <message>
        <source>This turf is not assigned to you now.</source>
        <translation>Ce secteur ne vous est pas attribué en ce moment.</translation>
    </message>
    <message>
        <source>Choose the door first.</source>
        <translation>Choisissez d'abord la porte.</translation>
    </message>
    <message>
        <source>Withdraw the turf</source>
        <translation>Retirer le secteur</translation>
    </message>
    <message>
        <source>Withdraw this turf from %1? Their devices drop its doors at their next sync; what they recorded stays.</source>
        <translation>Retirer ce secteur à %1 ? Leurs appareils effacent ses portes à la prochaine synchronisation ; ce qui a été noté reste.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Close the turf</source>
        <translation>Fermer le secteur</translation>
    </message>
    <message>
        <source>%1 is canvassing this turf now. Closing it ends that: their devices drop its doors at their next sync.</source>
        <translation>%1 fait du porte-à-porte dans ce secteur en ce moment. Le fermer y met fin : leurs appareils effacent ses portes à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Close turf</source>
        <translation>Fermer le secteur</translation>
    </message>
    <message>
        <source>Save the walk sheet</source>
        <translation>Enregistrer la feuille de porte-à-porte</translation>
    </message>
    <message>
        <source>walk-sheet</source>
        <translation>feuille-porte-a-porte</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the phone list</source>
        <translation>Enregistrer la liste téléphonique</translation>
    </message>
    <message>
        <source>phone-list</source>
        <translation>liste-telephonique</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfAssignDialog</name>
    <message>
        <source>Assign the turf</source>
        <translation>Attribuer le secteur</translation>
    </message>
    <message>
        <source>Assign "%1" to %2. Their devices hold its doors from the start to the end, and drop them after.</source>
        <translation>Attribuer « %1 » à %2. Leurs appareils gardent ses portes du début à la fin, puis les effacent.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu'au :</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfCutDialog</name>
    <message>
        <source>Cut turfs</source>
        <translation>Découper des secteurs</translation>
    </message>
    <message>
        <source>The people of an area</source>
        <translation>Les personnes d'une zone</translation>
    </message>
    <message>
        <source>Smart list: %1</source>
        <translation>Liste intelligente : %1</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>The area, as people write it in their profile</source>
        <translation>La zone, telle que les gens l'écrivent dans leur profil</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Doors a turf:</source>
        <translation>&amp;Portes par secteur :</translation>
    </message>
    <message>
        <source>Before each turf's name, e.g. Spring canvass</source>
        <translation>Avant le nom de chaque secteur, p. ex. Tournée de printemps</translation>
    </message>
    <message>
        <source>&amp;Name them after:</source>
        <translation>&amp;Les nommer d'après :</translation>
    </message>
    <message>
        <source>The turfs that would be made</source>
        <translation>Les secteurs qui seraient créés</translation>
    </message>
    <message>
        <source>Choose a smart list, or write an area.</source>
        <translation>Choisissez une liste intelligente ou écrivez une zone.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n door(s))</source>
        <translation>
            <numerusform>%1 (%n porte)</numerusform>
            <numerusform>%1 (%n portes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turf(s).</source>
        <translation>
            <numerusform>%n secteur.</numerusform>
            <numerusform>%n secteurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected people left out: you cannot see their address.</source>
        <translation>
            <numerusform>%n personne choisie laissée de côté : vous ne voyez pas son adresse.</numerusform>
            <numerusform>%n personnes choisies laissées de côté : vous ne voyez pas leur adresse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Only admins name the community's levels and areas.</source>
        <translation>Seuls les admins nomment les niveaux et les domaines de la communauté.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of the community's words: area or level.</source>
        <translation>« %1 » n'est pas un type de mot de la communauté : area ou level.</translation>
    </message>
    <message>
        <source>"%1" is not an area; the areas are: %2.</source>
        <translation>« %1 » n'est pas un domaine ; les domaines sont : %2.</translation>
    </message>
    <message>
        <source>"%1" is not a level of the ladder: 1 to 5.</source>
        <translation>« %1 » n'est pas un niveau de l'échelle : 1 à 5.</translation>
    </message>
    <message>
        <source>Every level of the ladder stays in use; rename it instead.</source>
        <translation>Chaque niveau de l'échelle reste en usage ; renommez-le plutôt.</translation>
    </message>
    <message>
        <source>A name is one line of at most %1 characters.</source>
        <translation>Un nom tient sur une ligne de %1 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>commonroom::TermsDialog</name>
    <message>
        <source>The community's words</source>
        <translation>Les mots de la communauté</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them. An empty name is the default, in each reader's language. Untick an area your community does not use: it is offered nowhere new, and entries in it keep it.</source>
        <translation>Nommez les niveaux de l'échelle et les domaines des contributions comme votre communauté les dit. Un nom vide est celui par défaut, dans la langue de chaque lecteur. Décochez un domaine que votre communauté n'utilise pas : il n'est plus proposé nulle part, et les entrées qui l'ont le gardent.</translation>
    </message>
    <message>
        <source>Levels and areas</source>
        <translation>Niveaux et domaines</translation>
    </message>
    <message>
        <source>Level or area</source>
        <translation>Niveau ou domaine</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>Nom par défaut</translation>
    </message>
    <message>
        <source>Your community's name</source>
        <translation>Nom dans votre communauté</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Ticked: the community uses this area</source>
        <translation>Coché : la communauté utilise ce domaine</translation>
    </message>
</context>
<context>
    <name>commonroom::TextPromptDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Write a name first.</source>
        <translation>Écrivez d’abord un nom.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::PersonCard</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>%1: shown</source>
        <translation>%1 : affichée</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
</context>
<context>
    <name>GroupMail</name>
    <message>
        <source>Only the group's curators and the community's leaders write to the whole group.</source>
        <translation>Seuls les curateurs du groupe et les responsables de la communauté écrivent à tout le groupe.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>Aucun groupe avec l'identifiant %1 sur cet appareil ; synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>Sign in first: the choice is kept with your profile.</source>
        <translation>Connectez-vous d'abord : ce choix est gardé avec votre profil.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n messages in the last 24 hours, the most you may; write again a day after the first of them.</source>
        <translation>
            <numerusform>Vous avez écrit %n message ces dernières 24 heures, le maximum permis ; écrivez de nouveau un jour après.</numerusform>
            <numerusform>Vous avez écrit %n messages ces dernières 24 heures, le maximum permis ; écrivez de nouveau un jour après le premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>This event is not on this device; sync, then try again.</source>
        <translation>Cet événement n'est pas sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Only the event's organizers and the community's leaders write to its registrants.</source>
        <translation>Seuls les organisateurs de l'événement et les responsables de la communauté écrivent à ses inscrits.</translation>
    </message>
    <message>
        <source>Nobody is a no-show before the event is over; write to them after it ends.</source>
        <translation>Personne n'est absent avant la fin de l'événement ; écrivez-leur après.</translation>
    </message>
    <message>
        <source>The messages cannot be read.</source>
        <translation>Les messages ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>Only the community's leaders and admins write to the people of a smart list.</source>
        <translation>Seuls les responsables et les admins de la communauté écrivent aux personnes d'une liste intelligente.</translation>
    </message>
    <message>
        <source>The list selects nobody but you now; there is no one to write to.</source>
        <translation>La liste ne sélectionne personne d'autre que vous pour l'instant ; il n'y a personne à qui écrire.</translation>
    </message>
    <message>
        <source>The list selects %1 people, more than a message reaches (%2); narrow it, or write to parts of it.</source>
        <translation>La liste sélectionne %1 personnes, plus qu'un message n'en atteint (%2) ; restreignez-la, ou écrivez à des parties.</translation>
    </message>
    <message>
        <source>There is no message with the id %1 on this device; sync, then try again.</source>
        <translation>Aucun message avec l'id %1 sur cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMailPane</name>
    <message>
        <source>Write to the group…</source>
        <translation>Écrire au groupe…</translation>
    </message>
    <message>
        <source>Messages to the group</source>
        <translation>Messages au groupe</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Waiting to be sent (next sync)</source>
        <translation>En attente d'envoi (prochaine synchronisation)</translation>
    </message>
    <message numerus="yes">
        <source>Mailed to %n</source>
        <translation>
            <numerusform>Envoyé à %n</numerusform>
            <numerusform>Envoyé à %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mailed</source>
        <translation>
            <numerusform>%n sans courriel</numerusform>
            <numerusform>%n sans courriel</numerusform>
        </translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nom non partagé)</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Pas encore de messages.</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>Le message n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Message « %1 » enregistré ; il part à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n did not agree to be mailed</source>
        <translation>
            <numerusform>%n n'a pas accepté les e-mails</numerusform>
            <numerusform>%n n'ont pas accepté les e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed but have no address</source>
        <translation>
            <numerusform>%n a accepté mais n'a pas d'adresse</numerusform>
            <numerusform>%n ont accepté mais n'ont pas d'adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mailed: %1. They read it here.</source>
        <translation>Non envoyé par e-mail : %1. Ils le lisent ici.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing: %1 of %n</source>
        <translation>
            <numerusform>Envoi : %1 sur %n</numerusform>
            <numerusform>Envoi : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be delivered</source>
        <translation>
            <numerusform>%n n'a pas pu être remis</numerusform>
            <numerusform>%n n'ont pas pu être remis</numerusform>
        </translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Messages to the event's registrants</source>
        <translation>Messages aux inscrits de l'événement</translation>
    </message>
    <message>
        <source>Write to registrants…</source>
        <translation>Écrire aux inscrits…</translation>
    </message>
    <message>
        <source>Waiting for a seat</source>
        <translation>En attente d'une place</translation>
    </message>
    <message>
        <source>Had a seat, did not come</source>
        <translation>Avaient une place, ne sont pas venus</translation>
    </message>
    <message>
        <source>Registered, with a seat</source>
        <translation>Inscrits, avec une place</translation>
    </message>
</context>
<context>
    <name>commonroom::WriteMessageDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Everyone in the group reads it in Commonroom. The server mails it, when it receives it, to the members who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Tout le groupe le lit dans Commonroom. Le serveur l'envoie par courriel, dès qu'il le reçoit, aux membres qui l'ont accepté ; leurs adresses restent sur le serveur.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the group's %n other active member(s).</source>
        <translation>
            <numerusform>Il part à %n autre membre actif du groupe.</numerusform>
            <numerusform>Il part aux %n autres membres actifs du groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the registrants of %1</source>
        <translation>Écrire aux inscrits de %1</translation>
    </message>
    <message>
        <source>Everyone registered for the event reads it in Commonroom. The server mails it, when it receives it, to the people of the audience who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Tous les inscrits le lisent dans Commonroom. Le serveur l'envoie par courriel, dès réception, aux destinataires qui l'ont accepté ; leurs adresses restent sur le serveur.</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;À :</translation>
    </message>
    <message numerus="yes">
        <source>It goes to %n other person(s) of this audience.</source>
        <translation>
            <numerusform>Il atteint %n autre personne de ces destinataires.</numerusform>
            <numerusform>Il atteint %n autres personnes de ces destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the people of %1</source>
        <translation>Écrire aux personnes de %1</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the %n people the list selects now, you excepted.</source>
        <translation>
            <numerusform>Il va à la %n personne que la liste sélectionne maintenant, vous excepté.</numerusform>
            <numerusform>Il va aux %n personnes que la liste sélectionne maintenant, vous excepté.</numerusform>
        </translation>
    </message>
    <message>
        <source>They read it in Commonroom without learning who else it went to, or by which list. The server mails it, when it receives it, to those who agreed to the community's announcements; their addresses stay with the server.</source>
        <translation>Elles le lisent dans Commonroom sans apprendre à qui d'autre il est allé, ni par quelle liste. Le serveur l'envoie par courriel, dès qu'il le reçoit, à celles qui ont accepté les annonces de la communauté ; leurs adresses restent au serveur.</translation>
    </message>
</context>
<context>
    <name>commonroom::ReadMessageDialog</name>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>someone who does not share their name</source>
        <translation>quelqu'un qui ne partage pas son nom</translation>
    </message>
    <message>
        <source>To the list %1 · %2</source>
        <translation>À la liste %1 · %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is not UTF-8; choose its encoding (latin1 or windows-1252).</source>
        <translation>Le fichier n'est pas en UTF-8 ; choisissez son encodage (latin1 ou windows-1252).</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8, windows-1252 or latin1.</source>
        <translation>Encodage inconnu « %1 » : utilisez utf-8, windows-1252 ou latin1.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed; the file is cut short.</source>
        <translation>Un guillemet ouvert ligne %1 n'est jamais fermé ; le fichier est tronqué.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n'a pas de ligne d'en-têtes.</translation>
    </message>
    <message>
        <source>Only leaders and admins bring people in from a file.</source>
        <translation>Seuls les responsables et les admins font entrer des personnes depuis un fichier.</translation>
    </message>
    <message>
        <source>%1 columns are mapped, and the file has %2.</source>
        <translation>%1 colonnes sont associées, et le fichier en a %2.</translation>
    </message>
    <message>
        <source>"%1" is not something a column can be imported as; choose one of: %2.</source>
        <translation>« %1 » n'est pas une destination possible pour une colonne ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The people on this device cannot be read.</source>
        <translation>Les personnes de cet appareil ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>"%1" in %2 is neither yes nor no.</source>
        <translation>« %1 » dans %2 n'est ni oui ni non.</translation>
    </message>
    <message>
        <source>No name: a person needs a name, or a first or last name.</source>
        <translation>Pas de nom : une personne a besoin d'un nom, ou d'un prénom ou d'un nom de famille.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were written before it; they stay, and are sent at the next sync.</source>
        <translation>%1 lignes sur %2 ont été écrites avant ; elles restent et partent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The groups on this device cannot be read.</source>
        <translation>Les groupes de cet appareil ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 never ends (END:VCARD); the file is cut short.</source>
        <translation>La carte qui commence à la ligne %1 ne se termine jamais (END:VCARD) ; le fichier est tronqué.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>Le fichier ne contient aucune vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 is in the quoted-printable form of vCard 2.1, which is not read; export the contacts as vCard 3.0 or 4.0 and import that file.</source>
        <translation>La ligne %1 est dans la forme quoted-printable de vCard 2.1, qui n’est pas lue ; exportez les contacts en vCard 3.0 ou 4.0 et importez ce fichier.</translation>
    </message>
</context>
<context>
    <name>commonroom::ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>Colonnes &amp;séparées par :</translation>
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
        <translation>&amp;Caractères :</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Les colonnes</translation>
    </message>
    <message>
        <source>What each column becomes, guessed from its header. Change a guess, or leave a column out.</source>
        <translation>Ce que devient chaque colonne, deviné d’après son en-tête. Changez une supposition, ou laissez une colonne de côté.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Before importing</source>
        <translation>Avant l’import</translation>
    </message>
    <message>
        <source>What the import would write. Nothing is written until you press Import.</source>
        <translation>Ce que l’import écrirait. Rien n’est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>Les premières lignes telles qu’elles seront enregistrées</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and why:</source>
        <translation>Lignes qui ne peuvent pas être importées, et pourquoi :</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Lignes qui ne peuvent pas être importées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Pourquoi elle est refusée</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>&amp;Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>Save the rows that were not imported, with the reason, to fix and import again</source>
        <translation>Enregistrer les lignes non importées, avec la raison, pour les corriger et les importer à nouveau</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>%1, columns separated by %2: %3 columns, %4 rows.</source>
        <translation>%1, colonnes séparées par des %2 : %3 colonnes, %4 lignes.</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importer %1 comme</translation>
    </message>
    <message>
        <source>New people: %1. Already here, gaining only what they lack: %2. Refused: %3.</source>
        <translation>Nouvelles personnes : %1. Déjà présentes, qui ne reçoivent que ce qui leur manque : %2. Refusées : %3.</translation>
    </message>
    <message>
        <source>Groups not on this device, so not joined: %1. Create them first to join them.</source>
        <translation>Groupes absents de cet appareil, donc non rejoints : %1. Créez-les d’abord pour les rejoindre.</translation>
    </message>
    <message>
        <source>Who sees each person&apos;s contact details stays the cautious default until they choose.</source>
        <translation>Qui voit les coordonnées de chaque personne reste le réglage prudent par défaut jusqu’à ce qu’elle choisisse.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Groups joined</source>
        <translation>Groupes rejoints</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>%1 of %2 rows written · %3 · %4</source>
        <translation>%1 lignes sur %2 écrites · %3 · %4</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L’import s’est arrêté : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 rows written. They stay, and are sent to the server at the next sync.</source>
        <translation>Annulé : %1 lignes sur %2 écrites. Elles restent et sont envoyées au serveur à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written. They are sent to the server at the next sync.</source>
        <translation>
            <numerusform>%Ln ligne écrite. Elle est envoyée au serveur à la prochaine synchronisation.</numerusform>
            <numerusform>%Ln lignes écrites. Elles sont envoyées au serveur à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused; save them with the reason to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln ligne refusée ; enregistrez-la avec la raison pour la corriger et l’importer à nouveau.</numerusform>
            <numerusform>%Ln lignes refusées ; enregistrez-les avec la raison pour les corriger et les importer à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling after this batch; what was written stays.</source>
        <translation>Annulation après ce lot ; ce qui a été écrit reste.</translation>
    </message>
    <message>
        <source>%1, vCards: %2 contacts.</source>
        <translation>%1, vCards : %2 contacts.</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Tableurs et contacts (*.csv *.tsv *.txt *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (Excel, LibreOffice and Google Sheets all save it), its first line naming the columns; or contacts saved as vCards (.vcf) by an address book.</source>
        <translation>Un tableur enregistré en CSV (Excel, LibreOffice et Google Sheets savent tous le faire), dont la première ligne nomme les colonnes ; ou des contacts enregistrés en vCards (.vcf) par un carnet d’adresses.</translation>
    </message>
    <message>
        <source>Rows that look like someone already here, imported as new people and then flagged for review:</source>
        <translation>Lignes qui ressemblent à quelqu’un de déjà présent ; importées comme nouvelles personnes puis signalées pour examen :</translation>
    </message>
    <message>
        <source>Rows that look like someone already here</source>
        <translation>Lignes qui ressemblent à quelqu’un de déjà présent</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Whether rows look like someone already here could not be checked: %1</source>
        <translation>Impossible de vérifier si des lignes ressemblent à quelqu’un de déjà présent : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like someone already here under another spelling or address (below).</source>
        <translation>
            <numerusform>%Ln ligne ressemble à quelqu’un de déjà présent, avec une autre orthographe ou adresse (ci-dessous).</numerusform>
            <numerusform>%Ln lignes ressemblent à quelqu’un de déjà présent, avec une autre orthographe ou adresse (ci-dessous).</numerusform>
        </translation>
    </message>
</context>
</TS>
