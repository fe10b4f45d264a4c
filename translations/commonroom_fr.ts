<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TokenStore</name>
    <message>
        <source>in %1, readable only by you (no system keychain is used)</source>
        <translation>dans %1, lisible par vous seul (aucun trousseau du système n’est utilisé)</translation>
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
    <name>commonroom::GroupsModel</name>
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
        <source>The change will be sent at the next sync.</source>
        <translation>La modification sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
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
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
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
    <message numerus="yes">
        <source>%1 group · %n member(s)</source>
        <translation>
            <numerusform>Groupe : %1 · %n membre</numerusform>
            <numerusform>Groupe : %1 · %n membres</numerusform>
        </translation>
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
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Créer un groupe ; vous en devenez le premier curateur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only leaders and admins create groups</source>
        <translation>Seuls les responsables et les administrateurs créent des groupes</translation>
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
        <source>Only approved members join groups</source>
        <translation>Seuls les membres approuvés rejoignent des groupes</translation>
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
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>Le groupe %1 a été créé ; vous en êtes le curateur.</translation>
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
    <name>commonroom::LoginDialog</name>
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
</context>
<context>
    <name>commonroom::MainWindow</name>
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
        <source>Only leaders and admins can add people</source>
        <translation>Seuls les responsables et les administrateurs peuvent ajouter des personnes</translation>
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
        <source>&amp;Groups…</source>
        <translation>&amp;Groupes…</translation>
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
    <message>
        <source>Sending %1 of %2</source>
        <translation>Envoi de %1 sur %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Réception de %1 sur %2</translation>
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
</context>
<context>
    <name>commonroom::SyncEngine</name>
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
    <message>
        <source>Change to a group membership</source>
        <translation>Modification d’une adhésion à un groupe</translation>
    </message>
    <message>
        <source>Change to %1 %2</source>
        <translation>Modification de %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
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
</TS>
