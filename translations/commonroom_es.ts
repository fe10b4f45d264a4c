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
