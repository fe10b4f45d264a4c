<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>TokenStore</name>
    <message>
        <source>in %1, readable only by you (no system keychain is used)</source>
        <translation>en %1, legible solo por ti (no se usa ningún llavero del sistema)</translation>
    </message>
</context>
<context>
    <name>commonroom::ApiClient</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Asks to join</source>
        <translation>Pide unirse</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curador</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>This person&apos;s name is not shared with you, or they are not on this computer yet</source>
        <translation>El nombre de esta persona no se comparte contigo, o todavía no está en este ordenador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsModel</name>
    <message>
        <source>curator</source>
        <translation>curador</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Con revisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sin nombre)</translation>
    </message>
    <message>
        <source>Anyone in the community can join</source>
        <translation>Cualquiera de la comunidad puede unirse</translation>
    </message>
    <message>
        <source>A curator approves each request to join</source>
        <translation>Un curador aprueba cada solicitud para unirse</translation>
    </message>
    <message>
        <source>New members join by invitation of a curator</source>
        <translation>Los nuevos miembros entran por invitación de un curador</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a curator</source>
        <translation>
            <numerusform>%n solicitud espera a un curador</numerusform>
            <numerusform>%n solicitudes esperan a un curador</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsWindow</name>
    <message>
        <source>The change will be sent at the next sync.</source>
        <translation>El cambio se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Buscar grupos</translation>
    </message>
    <message>
        <source>Finds groups by name and description</source>
        <translation>Busca grupos por nombre y descripción</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>Tu membresía</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;Leave group…</source>
        <translation>&amp;Salir del grupo…</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>Curate</source>
        <translation>Curar</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Aprobar la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Decline the selected request</source>
        <translation>Rechazar la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Make &amp;curator…</source>
        <translation>Hacer &amp;curador…</translation>
    </message>
    <message>
        <source>Make the selected member a curator</source>
        <translation>Hacer curador al miembro seleccionado</translation>
    </message>
    <message>
        <source>Name of a person on this computer</source>
        <translation>Nombre de una persona en este ordenador</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Persona a invitar</translation>
    </message>
    <message>
        <source>In&amp;vite:</source>
        <translation>In&amp;vitar a:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <source>Invite the person to the group</source>
        <translation>Invitar a la persona al grupo</translation>
    </message>
    <message>
        <source>There are no groups on this computer yet. Sync to receive them, or create one.</source>
        <translation>Todavía no hay grupos en este ordenador. Sincroniza para recibirlos o crea uno.</translation>
    </message>
    <message>
        <source>Select a group to see its members and what you can do there.</source>
        <translation>Selecciona un grupo para ver sus miembros y lo que puedes hacer en él.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 group · %n member(s)</source>
        <translation>
            <numerusform>Grupo: %1 · %n miembro</numerusform>
            <numerusform>Grupo: %1 · %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>You curate this group.</source>
        <translation>Eres curador de este grupo.</translation>
    </message>
    <message>
        <source>You are a member of this group.</source>
        <translation>Eres miembro de este grupo.</translation>
    </message>
    <message>
        <source>You asked to join; a curator will answer your request.</source>
        <translation>Pediste unirte; un curador responderá a tu solicitud.</translation>
    </message>
    <message>
        <source>You are invited to join this group.</source>
        <translation>Estás invitado a unirte a este grupo.</translation>
    </message>
    <message>
        <source>Your request to join was declined.</source>
        <translation>Tu solicitud para unirte fue rechazada.</translation>
    </message>
    <message>
        <source>Your request to join was declined: %1</source>
        <translation>Tu solicitud para unirte fue rechazada: %1</translation>
    </message>
    <message>
        <source>This group is closed: its curators invite new members.</source>
        <translation>Este grupo es cerrado: sus curadores invitan a los nuevos miembros.</translation>
    </message>
    <message>
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Crear un grupo; serás su primer curador (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only leaders and admins create groups</source>
        <translation>Solo los líderes y administradores crean grupos</translation>
    </message>
    <message>
        <source>Accept invitation and &amp;join</source>
        <translation>Aceptar la invitación y &amp;unirse</translation>
    </message>
    <message>
        <source>Request to &amp;join…</source>
        <translation>Solicitar &amp;unirse…</translation>
    </message>
    <message>
        <source>Only approved members join groups</source>
        <translation>Solo los miembros aprobados se unen a grupos</translation>
    </message>
    <message>
        <source>&amp;Withdraw request…</source>
        <translation>&amp;Retirar solicitud…</translation>
    </message>
    <message>
        <source>&amp;Refuse invitation…</source>
        <translation>Re&amp;chazar invitación…</translation>
    </message>
    <message>
        <source>You are the group&apos;s last curator: make someone else curator first.</source>
        <translation>Eres el último curador del grupo: primero haz curador a otra persona.</translation>
    </message>
    <message>
        <source>Terms of %1</source>
        <translation>Condiciones de %1</translation>
    </message>
    <message>
        <source>To join %1, accept its terms:</source>
        <translation>Para unirte a %1, acepta sus condiciones:</translation>
    </message>
    <message>
        <source>&amp;Accept terms and join</source>
        <translation>&amp;Aceptar las condiciones y unirse</translation>
    </message>
    <message>
        <source>You did not join %1: joining needs its terms accepted.</source>
        <translation>No te uniste a %1: para unirse hay que aceptar sus condiciones.</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Solicitar unirse a %1</translation>
    </message>
    <message>
        <source>A message for the curators (optional): who you are, why you would like to join.</source>
        <translation>Un mensaje para los curadores (opcional): quién eres y por qué te gustaría unirte.</translation>
    </message>
    <message>
        <source>You asked to join %1; a curator will answer.</source>
        <translation>Pediste unirte a %1; un curador responderá.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Te uniste a %1.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Retirar solicitud</translation>
    </message>
    <message>
        <source>Withdraw your request to join %1?</source>
        <translation>¿Retirar tu solicitud para unirte a %1?</translation>
    </message>
    <message>
        <source>Your request to join %1 was withdrawn.</source>
        <translation>Tu solicitud para unirte a %1 fue retirada.</translation>
    </message>
    <message>
        <source>Refuse invitation</source>
        <translation>Rechazar invitación</translation>
    </message>
    <message>
        <source>Refuse the invitation to join %1?</source>
        <translation>¿Rechazar la invitación a unirte a %1?</translation>
    </message>
    <message>
        <source>You refused the invitation to %1.</source>
        <translation>Rechazaste la invitación a %1.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Salir del grupo</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>¿Salir de %1?</translation>
    </message>
    <message>
        <source>To come back you will need a curator&apos;s approval or invitation.</source>
        <translation>Para volver necesitarás la aprobación o la invitación de un curador.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Saliste de %1.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>Se creó el grupo %1; eres su curador.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprobar a %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Rechazar a %1</translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Un mensaje para %1 (opcional):</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Un mensaje para %1 explicando por qué (opcional):</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ya es miembro de %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Rechazaste la solicitud de %1 para unirse a %2.</translation>
    </message>
    <message>
        <source>Make curator</source>
        <translation>Hacer curador</translation>
    </message>
    <message>
        <source>Make %1 a curator of %2? Curators answer requests, invite people and appoint curators.</source>
        <translation>¿Hacer a %1 curador de %2? Los curadores responden solicitudes, invitan a personas y nombran curadores.</translation>
    </message>
    <message>
        <source>%1 is now a curator of %2.</source>
        <translation>%1 ya es curador de %2.</translation>
    </message>
    <message>
        <source>No one called %1 is on this computer. Pick a name from the suggestions.</source>
        <translation>No hay nadie llamado %1 en este ordenador. Elige un nombre de las sugerencias.</translation>
    </message>
    <message>
        <source>More than one person is called %1. Pick one from the suggestions.</source>
        <translation>Más de una persona se llama %1. Elige una de las sugerencias.</translation>
    </message>
    <message>
        <source>%1 is invited to %2.</source>
        <translation>%1 está invitado a %2.</translation>
    </message>
</context>
<context>
    <name>commonroom::LoginDialog</name>
    <message>
        <source>Sign in to Commonroom</source>
        <translation>Iniciar sesión en Commonroom</translation>
    </message>
    <message>
        <source>Sign in once to copy your community to this computer. Afterwards Commonroom works without a connection and syncs when the server is reachable.</source>
        <translation>Inicia sesión una vez para copiar tu comunidad en este ordenador. Después Commonroom funciona sin conexión y se sincroniza cuando el servidor está disponible.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the address of your community&apos;s server, for example %1.</source>
        <translation>Escribe la dirección del servidor de tu comunidad, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your password travels encrypted.</source>
        <translation>La dirección del servidor debe empezar por https:// para que tu contraseña viaje cifrada.</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>Escribe el correo electrónico con el que te registraste.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contactando con %1…</translation>
    </message>
    <message>
        <source>The server at %1 did not present a certificate.</source>
        <translation>El servidor en %1 no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>Not signed in: you did not accept the server&apos;s certificate.</source>
        <translation>No has iniciado sesión: no aceptaste el certificado del servidor.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>No se pudo iniciar sesión.</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>¿Confiar en este servidor?</translation>
    </message>
    <message>
        <source>This is the first time this computer connects to %1.</source>
        <translation>Es la primera vez que este ordenador se conecta a %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your server administrator gave you (the server prints it when it starts):

%1

Trust the server only if they are the same. Commonroom remembers your answer.</source>
        <translation>Compara esta huella con la que te dio la administración del servidor (el servidor la muestra al arrancar):

%1

Confía en el servidor solo si son iguales. Commonroom recordará tu respuesta.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Confiar</translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message>
        <source>Finds people by name, place, skills, languages, interests and bio</source>
        <translation>Busca personas por nombre, lugar, habilidades, idiomas, intereses y biografía</translation>
    </message>
    <message>
        <source>Export &amp;contact (vCard)…</source>
        <translation>Exportar &amp;contacto (vCard)…</translation>
    </message>
    <message>
        <source>Save the selected person as a vCard for an address book</source>
        <translation>Guardar la persona seleccionada como vCard para una libreta de direcciones</translation>
    </message>
    <message>
        <source>Export &amp;search (CSV)…</source>
        <translation>Exportar &amp;búsqueda (CSV)…</translation>
    </message>
    <message>
        <source>Save everyone the current search finds as a spreadsheet (CSV)</source>
        <translation>Guardar a todas las personas que encuentra la búsqueda como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Zon&amp;a:</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Habilidad:</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Cualquier habilidad</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Cualquier rol</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Solicitantes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Export contact</source>
        <translation>Exportar contacto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Export search</source>
        <translation>Exportar búsqueda</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your changes to the server and receive the latest ones</source>
        <translation>Enviar tus cambios al servidor y recibir los más recientes</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Editar persona…</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Problemas de sincronización…</translation>
    </message>
    <message>
        <source>Changes the server refused, and why</source>
        <translation>Cambios que el servidor rechazó y por qué</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Commonroom</source>
        <translation>&amp;Acerca de Commonroom</translation>
    </message>
    <message>
        <source>About Commonroom</source>
        <translation>Acerca de Commonroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;An offline-first community directory. Your community is kept on this computer and synced with your community&apos;s server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;Un directorio de la comunidad que funciona primero sin conexión. Tu comunidad se guarda en este ordenador y se sincroniza con el servidor de tu comunidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Última sincronización: ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Última sincronización: hace %n minuto</numerusform>
            <numerusform>Última sincronización: hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: today at %1</source>
        <translation>Última sincronización: hoy a las %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Saved. The change will be sent at the next sync.</source>
        <translation>Guardado. El cambio se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sign out of Commonroom on this computer?</source>
        <translation>¿Cerrar la sesión de Commonroom en este ordenador?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet. They stay on this computer and are sent when you sign in again.</source>
        <translation>
            <numerusform>%n cambio aún no se ha enviado. Se queda en este ordenador y se enviará cuando vuelvas a iniciar sesión.</numerusform>
            <numerusform>%n cambios aún no se han enviado. Se quedan en este ordenador y se enviarán cuando vuelvas a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
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
        <translation>Añadir una persona a la comunidad</translation>
    </message>
    <message>
        <source>Only leaders and admins can add people</source>
        <translation>Solo líderes y administradores pueden añadir personas</translation>
    </message>
    <message>
        <source>&amp;View person…</source>
        <translation>&amp;Ver persona…</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>The server is reachable.</source>
        <translation>El servidor está disponible.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The server is not reachable. You can keep working; changes are sent at the next sync.</source>
        <translation>El servidor no está disponible. Puedes seguir trabajando; los cambios se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Sending: %n change(s)</source>
        <translation>
            <numerusform>Enviando: %n cambio</numerusform>
            <numerusform>Enviando: %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>Recibiendo: %n cambio</numerusform>
            <numerusform>Recibiendo: %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>La sincronización no terminó.</translation>
    </message>
    <message>
        <source>Sync &amp;problems (%1)…</source>
        <translation>&amp;Problemas de sincronización (%1)…</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Stop the running sync; nothing is lost and it resumes later</source>
        <translation>Detener la sincronización en curso; no se pierde nada y se reanuda más tarde</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Grupos…</translation>
    </message>
    <message>
        <source>Browse, join and curate the community&apos;s groups</source>
        <translation>Explorar los grupos de la comunidad, unirse a ellos y curarlos</translation>
    </message>
    <message>
        <source>Sync speed and time left</source>
        <translation>Velocidad y tiempo restante de la sincronización</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto aproximadamente</numerusform>
            <numerusform>quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo aproximadamente</numerusform>
            <numerusform>quedan unos %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Recibiendo %1 de %2</translation>
    </message>
</context>
<context>
    <name>commonroom::NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Open: anyone can join</source>
        <translation>Abierto: cualquiera puede unirse</translation>
    </message>
    <message>
        <source>Reviewed: a curator approves each request</source>
        <translation>Con revisión: un curador aprueba cada solicitud</translation>
    </message>
    <message>
        <source>Closed: by invitation of a curator</source>
        <translation>Cerrado: por invitación de un curador</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>What members accept when they join; leave empty for none</source>
        <translation>Lo que los miembros aceptan al unirse; déjalo vacío si no hay</translation>
    </message>
    <message>
        <source>Optional: what members accept when they join</source>
        <translation>Opcional: lo que los miembros aceptan al unirse</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Condiciones:</translation>
    </message>
    <message>
        <source>You become the group&apos;s first curator.</source>
        <translation>Serás el primer curador del grupo.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Crear grupo</translation>
    </message>
</context>
<context>
    <name>commonroom::PeopleModel</name>
    <message>
        <source>Not shared with you</source>
        <translation>No compartido contigo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonEditor</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>You can view this profile but not change it.</source>
        <translation>Puedes ver este perfil, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Only this person chooses who sees each field of their profile.</source>
        <translation>Solo esta persona elige quién ve cada campo de su perfil.</translation>
    </message>
    <message>
        <source>Not shared with you</source>
        <translation>No compartido contigo</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Not shared with you. Whatever you type here replaces the hidden value.</source>
        <translation>No compartido contigo. Lo que escribas aquí sustituirá el valor oculto.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Only the person and admins</source>
        <translation>Solo la persona y la administración</translation>
    </message>
    <message>
        <source>Who can see %1</source>
        <translation>Quién puede ver: %1</translation>
    </message>
    <message>
        <source>Enter a display name: the name people know this person by.</source>
        <translation>Escribe un nombre visible: el nombre por el que la gente conoce a esta persona.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Check it, or leave the field empty.</source>
        <translation>«%1» no parece un correo electrónico. Revísalo o deja el campo vacío.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>No se pudo guardar la persona: %1</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>No se pudieron guardar tus cambios: %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Leadership level</source>
        <translation>Nivel de liderazgo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message>
        <source>This device is not signed in. Sign in to sync; your changes are kept meanwhile.</source>
        <translation>Este dispositivo no ha iniciado sesión. Inicia sesión para sincronizar; mientras tanto tus cambios se conservan.</translation>
    </message>
    <message>
        <source>Sync was cancelled. Nothing was lost; it resumes at the next sync.</source>
        <translation>Se canceló la sincronización. No se perdió nada; continuará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The server at %1 did not present the certificate you accepted. If its certificate was replaced on purpose, sign in again to accept the new one.</source>
        <translation>El servidor en %1 no presentó el certificado que aceptaste. Si se sustituyó a propósito, vuelve a iniciar sesión para aceptar el nuevo.</translation>
    </message>
    <message>
        <source>The server is not reachable (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>El servidor no está disponible (%1). Tus cambios se conservan y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; your unsent changes are kept.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión para sincronizar; tus cambios sin enviar se conservan.</translation>
    </message>
    <message>
        <source>The server refused the sync (HTTP %1): %2</source>
        <translation>El servidor rechazó la sincronización (HTTP %1): %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the push could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor al envío: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept or refuse any of the %n waiting change(s).</source>
        <translation>
            <numerusform>El servidor no aceptó ni rechazó el cambio pendiente.</numerusform>
            <numerusform>El servidor no aceptó ni rechazó ninguno de los %n cambios pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be read: %1</source>
        <translation>No se pudieron leer los cambios del servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n change(s) sent</source>
        <translation>
            <numerusform>Al día: %n cambio enviado</numerusform>
            <numerusform>Al día: %n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recibido</numerusform>
            <numerusform>%n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see Sync problems)</source>
        <translation>
            <numerusform>%n rechazado (ver Problemas de sincronización)</numerusform>
            <numerusform>%n rechazados (ver Problemas de sincronización)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and that the server is running.</source>
        <translation>No se pudo contactar con el servidor en %1: %2. Comprueba la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The server refused to sign you in (HTTP %1): %2</source>
        <translation>El servidor rechazó el inicio de sesión (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>This profile holds the community copy of another person. Use another profile to sign in as %1.</source>
        <translation>Este perfil contiene la copia de la comunidad de otra persona. Usa otro perfil para iniciar sesión como %1.</translation>
    </message>
    <message>
        <source>This device was revoked, so its copy of the community was erased. Sign in again to use Commonroom here.</source>
        <translation>Este dispositivo fue revocado, así que su copia de la comunidad se borró. Vuelve a iniciar sesión para usar Commonroom aquí.</translation>
    </message>
    <message>
        <source>This device was revoked, but erasing its copy failed: %1. Delete the profile folder %2 by hand.</source>
        <translation>Este dispositivo fue revocado, pero no se pudo borrar su copia: %1. Borra a mano la carpeta del perfil %2.</translation>
    </message>
    <message>
        <source>The server is busy and asked to wait %1 s. Nothing was lost; sync tries again by itself.</source>
        <translation>El servidor está ocupado y pidió esperar %1 s. No se perdió nada; la sincronización lo reintentará sola.</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh copy; try again later.</source>
        <translation>El servidor sigue pidiendo una copia nueva; inténtalo más tarde.</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Cambios que el servidor rechazó</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
    <message>
        <source>The list could not be cleared: %1</source>
        <translation>No se pudo vaciar la lista: %1</translation>
    </message>
    <message>
        <source>The server has accepted every change sent from this computer.</source>
        <translation>El servidor ha aceptado todos los cambios enviados desde este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s). They were undone on this computer; the list says why.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio. Se deshizo en este ordenador; la lista explica por qué.</numerusform>
            <numerusform>El servidor rechazó %n cambios. Se deshicieron en este ordenador; la lista explica por qué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsModel</name>
    <message>
        <source>%1 (code: %2)</source>
        <translation>%1 (código: %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Cambio en %1</translation>
    </message>
    <message>
        <source>Change to a person</source>
        <translation>Cambio en una persona</translation>
    </message>
    <message>
        <source>Change to the group %1</source>
        <translation>Cambio en el grupo %1</translation>
    </message>
    <message>
        <source>Change to a group</source>
        <translation>Cambio en un grupo</translation>
    </message>
    <message>
        <source>Change to a group membership</source>
        <translation>Cambio en una pertenencia a un grupo</translation>
    </message>
    <message>
        <source>Change to %1 %2</source>
        <translation>Cambio en %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonroom, the offline-first community directory.</source>
        <translation>Commonroom, el directorio de la comunidad que funciona sin conexión.</translation>
    </message>
    <message>
        <source>Keep this device&apos;s local data in DIR (default: the user&apos;s data directory).</source>
        <translation>Guardar los datos locales de este dispositivo en DIR (por defecto: la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Commonroom cannot start</source>
        <translation>Commonroom no puede iniciarse</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be used: %2</source>
        <translation>No se puede usar la carpeta de perfil %1: %2</translation>
    </message>
    <message>
        <source>The community copy in %1 could not be opened: %2

The file was left untouched. Restore it from a backup, or start with another profile (--profile DIR).</source>
        <translation>No se pudo abrir la copia de la comunidad en %1: %2

El archivo no se ha modificado. Restáuralo desde una copia de seguridad o empieza con otro perfil (--profile DIR).</translation>
    </message>
</context>
</TS>
