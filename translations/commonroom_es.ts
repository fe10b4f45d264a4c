<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Advocacy</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Door knock</source>
        <translation>Visita puerta a puerta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Contributions are recorded once your application is approved.</source>
        <translation>Las contribuciones se registran cuando se aprueba tu solicitud.</translation>
    </message>
    <message>
        <source>You record your own contributions; leaders record them for other people.</source>
        <translation>Registras tus propias contribuciones; los líderes las registran para otras personas.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna persona con el id %1 en este dispositivo; sincroniza e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of an entry for %2 is not one of the community&apos;s areas: %3.</source>
        <translation>El área «%1» de una entrada para %2 no es una de las áreas de la comunidad: %3.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; of an entry for %2 is not one of: %3.</source>
        <translation>El tipo «%1» de una entrada para %2 no es uno de: %3.</translation>
    </message>
    <message>
        <source>%1 hours for %2 is not a time one entry can hold: from 0 to %3 hours; split a longer contribution into one entry a day.</source>
        <translation>%1 horas para %2 no caben en una entrada: de 0 a %3 horas; divide una contribución más larga en una entrada por día.</translation>
    </message>
    <message>
        <source>There is no contribution with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna contribución con el id %1 en este dispositivo; sincroniza e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Only leaders and admins confirm contributions.</source>
        <translation>Solo líderes y administradores confirman contribuciones.</translation>
    </message>
    <message>
        <source>Cannot read the contributions of %1 on this device</source>
        <translation>No se pueden leer las contribuciones de %1 en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the contributions waiting for a confirmation on this device</source>
        <translation>No se pueden leer las contribuciones que esperan una confirmación en este dispositivo</translation>
    </message>
</context>
<context>
    <name>EventPrintouts</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1 expected. Walk-ins: write your name on a blank line.</source>
        <translation>%1 esperados. Si vienes sin inscripción, escribe tu nombre en una línea en blanco.</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Hoja de firmas: %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Inscritos: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>GroupMessages</name>
    <message>
        <source>The request of %1 to join %2 was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>La solicitud de %1 para unirse a %2 ya fue respondida o retirada. Sincroniza para ver en qué estado está.</translation>
    </message>
    <message>
        <source>Sign in first: a group needs a first curator.</source>
        <translation>Inicia sesión primero: un grupo necesita un primer curador.</translation>
    </message>
    <message>
        <source>This group is not on this computer any more. Sync, then try again.</source>
        <translation>Este grupo ya no está en este equipo. Sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>To join %1, accept its terms.</source>
        <translation>Para unirte a %1, acepta sus condiciones.</translation>
    </message>
    <message>
        <source>You are already a member of %1.</source>
        <translation>Ya eres miembro de %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 already waits for a curator.</source>
        <translation>Tu solicitud para unirte a %1 ya está esperando a un curador.</translation>
    </message>
    <message>
        <source>%1 takes new members by invitation of its curators only.</source>
        <translation>%1 solo admite nuevos miembros por invitación de sus curadores.</translation>
    </message>
    <message>
        <source>This membership is not on this computer any more. Sync to see where it stands.</source>
        <translation>Esta membresía ya no está en este equipo. Sincroniza para ver en qué estado está.</translation>
    </message>
    <message>
        <source>This request was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>Mientras tanto, esta solicitud se respondió o se retiró. Sincroniza para ver en qué estado está.</translation>
    </message>
    <message>
        <source>%1 already has a membership, request or invitation in %2.</source>
        <translation>%1 ya tiene una membresía, solicitud o invitación en %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one curator: make someone else curator first.</source>
        <translation>%1 necesita al menos un curador: haz curador a otra persona primero.</translation>
    </message>
    <message>
        <source>To leave %1 yourself, use Leave group.</source>
        <translation>Para salir tú de %1, usa Salir del grupo.</translation>
    </message>
    <message>
        <source>The community&apos;s rules do not allow this: %1</source>
        <translation>Las normas de la comunidad no lo permiten: %1</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>No se pudo hacer: %1</translation>
    </message>
    <message>
        <source>The change will be sent at the next sync.</source>
        <translation>El cambio se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household needs a name.</source>
        <translation>Un hogar necesita un nombre.</translation>
    </message>
    <message>
        <source>The household name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>El nombre del hogar «%1» es demasiado largo: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only leaders and admins keep households.</source>
        <translation>Solo líderes y administradores gestionan los hogares.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna persona con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Only leaders and admins place people in households.</source>
        <translation>Solo líderes y administradores ponen a personas en hogares.</translation>
    </message>
    <message>
        <source>Only leaders and admins take people out of households.</source>
        <translation>Solo líderes y administradores sacan a personas de los hogares.</translation>
    </message>
    <message>
        <source>%1 is in no household on this device.</source>
        <translation>%1 no está en ningún hogar en este dispositivo.</translation>
    </message>
    <message>
        <source>Cannot read the households on this device</source>
        <translation>No se pueden leer los hogares en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the household %1 on this device</source>
        <translation>No se puede leer el hogar %1 en este dispositivo</translation>
    </message>
    <message>
        <source>There is no household with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ningún hogar con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot read the people of the household %1 on this device</source>
        <translation>No se pueden leer las personas del hogar %1 en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the address of the household %1 on this device</source>
        <translation>No se puede leer la dirección del hogar %1 en este dispositivo</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Miembro activo</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Core leader</source>
        <translation>Líder principal</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna persona con el id %1 en este dispositivo; sincroniza e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Level %1 for %2 is not on the leadership ladder: levels go from %3 to %4.</source>
        <translation>El nivel %1 para %2 no está en la escalera de liderazgo: los niveles van de %3 a %4.</translation>
    </message>
    <message>
        <source>Only leaders and admins assess people on the ladder.</source>
        <translation>Solo líderes y administradores evalúan a las personas en la escalera.</translation>
    </message>
    <message>
        <source>A leader note needs some text.</source>
        <translation>Una nota de líderes necesita texto.</translation>
    </message>
    <message>
        <source>Leader notes about you are kept from you, so you cannot write one about yourself; ask another leader.</source>
        <translation>Las notas de líderes sobre ti no se te muestran, así que no puedes escribir una sobre ti; pídeselo a otra persona líder.</translation>
    </message>
    <message>
        <source>Only leaders and admins write leader notes.</source>
        <translation>Solo líderes y administradores escriben notas de líderes.</translation>
    </message>
    <message>
        <source>Cannot read the assessments of %1 on this device</source>
        <translation>No se pueden leer las evaluaciones de %1 en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the leader notes about %1 on this device</source>
        <translation>No se pueden leer las notas de líderes sobre %1 en este dispositivo</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
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
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
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
    <message>
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aceptado el</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Vecino</translation>
    </message>
    <message>
        <source>Brought in by</source>
        <translation>Traído por</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relationship: family, colleague, neighbour or brought_in_by.</source>
        <translation>«%1» no es un tipo de relación: family, colleague, neighbour o brought_in_by.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna persona con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be related to themself.</source>
        <translation>%1 no puede estar relacionado consigo mismo.</translation>
    </message>
    <message>
        <source>Only leaders and admins relate people.</source>
        <translation>Solo líderes y administradores relacionan a las personas.</translation>
    </message>
    <message>
        <source>%1 was brought in, directly or not, by %2, so %2 cannot have been brought in by them: a recruitment chain cannot go round.</source>
        <translation>%1 fue traído, directa o indirectamente, por %2, así que %2 no puede haber sido traído por esa persona: una cadena de reclutamiento no puede cerrarse en círculo.</translation>
    </message>
    <message>
        <source>%1 is not recorded as brought in by %2.</source>
        <translation>No consta que %1 fuera traído por %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are not recorded as related (%3) on this device.</source>
        <translation>En este dispositivo no consta una relación (%3) entre %1 y %2.</translation>
    </message>
    <message>
        <source>Cannot read the relationships of %1 on this device</source>
        <translation>No se pueden leer las relaciones de %1 en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read whom %1 brought in on this device</source>
        <translation>No se puede leer a quién trajo %1 en este dispositivo</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>Damaged community copy</source>
        <translation>Copia de la comunidad dañada</translation>
    </message>
    <message>
        <source>The community copy in %1 cannot be used: %2

Commonroom can set the damaged file aside (nothing is deleted), keep the changes not yet sent that can still be read, and fetch the community again from the server at the next sync. Recover now?</source>
        <translation>La copia de la comunidad en %1 no se puede usar: %2

Commonroom puede apartar el archivo dañado (no se borra nada), conservar los cambios aún no enviados que todavía se puedan leer y volver a traer la comunidad del servidor en la próxima sincronización. ¿Recuperar ahora?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>El archivo dañado se movió a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were kept; they are sent at the next sync.</source>
        <translation>
            <numerusform>Se conservó %n cambio sin enviar; se envía en la próxima sincronización.</numerusform>
            <numerusform>Se conservaron %n cambios sin enviar; se envían en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read from the damaged file and are lost; please make them again.</source>
        <translation>
            <numerusform>%n cambio sin enviar no se pudo leer del archivo dañado y se perdió; vuelva a hacerlo.</numerusform>
            <numerusform>%n cambios sin enviar no se pudieron leer del archivo dañado y se perdieron; vuelva a hacerlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file no longer told which device this was, so sign in again; this computer then counts as a new device.</source>
        <translation>El archivo dañado ya no indicaba qué dispositivo era este, así que inicie sesión de nuevo; este equipo contará entonces como un dispositivo nuevo.</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>A smart list needs a name.</source>
        <translation>Una lista inteligente necesita un nombre.</translation>
    </message>
    <message>
        <source>The smart list name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>El nombre de la lista inteligente «%1» es demasiado largo: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; cannot be saved: %2</source>
        <translation>La lista inteligente «%1» no se puede guardar: %2</translation>
    </message>
    <message>
        <source>level %1 is not on the leadership ladder: levels go from %2 to %3.</source>
        <translation>el nivel %1 no está en la escalera de liderazgo: los niveles van de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: applicant, member, leader or admin.</source>
        <translation>«%1» no es un rol: applicant, member, leader o admin.</translation>
    </message>
    <message>
        <source>a day to have contributed since needs the area contributed in.</source>
        <translation>un día desde el que se contribuyó necesita el área de la contribución.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of contributions.</source>
        <translation>«%1» no es un área de contribuciones.</translation>
    </message>
    <message>
        <source>the day &quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>el día «%1» no es una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 events attended is not a number of events from 1 to %2.</source>
        <translation>%1 eventos asistidos no es un número de eventos de 1 a %2.</translation>
    </message>
    <message>
        <source>it selects by nothing; give it at least one criterion.</source>
        <translation>no selecciona por nada; dale al menos un criterio.</translation>
    </message>
    <message>
        <source>there is no group with the id %1 on this device.</source>
        <translation>no hay ningún grupo con el id %1 en este dispositivo.</translation>
    </message>
    <message>
        <source>it requires %1 tags, more than the %2 a smart list may.</source>
        <translation>exige %1 etiquetas, más de las %2 que admite una lista inteligente.</translation>
    </message>
    <message>
        <source>there is no tag with the id %1 on this device.</source>
        <translation>no hay ninguna etiqueta con el id %1 en este dispositivo.</translation>
    </message>
    <message>
        <source>its criteria take %1 bytes, more than the %2 a smart list may hold.</source>
        <translation>sus criterios ocupan %1 bytes, más de los %2 que puede guardar una lista inteligente.</translation>
    </message>
    <message>
        <source>Smart lists are a leaders&apos; tool: only leaders and admins save them.</source>
        <translation>Las listas inteligentes son una herramienta de líderes: solo líderes y administradores las guardan.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it changes it; save a copy of your own instead.</source>
        <translation>La lista inteligente «%1» no es tuya: solo la persona líder que la guardó la cambia; guarda en su lugar una copia propia.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it (or an admin) deletes it.</source>
        <translation>La lista inteligente «%1» no es tuya: solo la persona líder que la guardó (o un administrador) la elimina.</translation>
    </message>
    <message>
        <source>Cannot read the smart lists on this device</source>
        <translation>No se pueden leer las listas inteligentes de este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the smart list %1 on this device</source>
        <translation>No se puede leer la lista inteligente %1 de este dispositivo</translation>
    </message>
    <message>
        <source>There is no smart list with the id %1 on this device; sync, or see the lists with commonroom-cli lists.</source>
        <translation>No hay ninguna lista inteligente con el id %1 en este dispositivo; sincroniza, o mira las listas con commonroom-cli lists.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>El nombre de etiqueta «%1» es demasiado largo: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only leaders and admins make tags.</source>
        <translation>Solo líderes y administradores crean etiquetas.</translation>
    </message>
    <message>
        <source>The community already has a tag named &quot;%1&quot; (names are compared whatever their case); apply that one, or choose another name.</source>
        <translation>La comunidad ya tiene una etiqueta llamada «%1» (los nombres se comparan sin distinguir mayúsculas); aplica esa o elige otro nombre.</translation>
    </message>
    <message>
        <source>Cannot read the tags on this device</source>
        <translation>No se pueden leer las etiquetas en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot; on this device</source>
        <translation>No se puede leer la etiqueta «%1» en este dispositivo</translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot; on this device; sync, or make it first.</source>
        <translation>No hay ninguna etiqueta llamada «%1» en este dispositivo; sincroniza o créala primero.</translation>
    </message>
    <message>
        <source>Cannot read the tag %1 on this device</source>
        <translation>No se puede leer la etiqueta %1 en este dispositivo</translation>
    </message>
    <message>
        <source>There is no tag with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna etiqueta con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna persona con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Only leaders and admins apply and remove tags.</source>
        <translation>Solo líderes y administradores aplican y quitan etiquetas.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is for leaders only and kept from the people it is applied to, so you cannot apply or remove it on yourself; ask another leader.</source>
        <translation>La etiqueta «%1» es solo para líderes y se oculta a las personas a quienes se aplica, así que no puedes aplicártela ni quitártela; pídeselo a otro líder.</translation>
    </message>
    <message>
        <source>Only admins delete tags; a leader can remove &quot;%1&quot; from the people it is applied to.</source>
        <translation>Solo los administradores eliminan etiquetas; un líder puede quitar «%1» a las personas a quienes se aplica.</translation>
    </message>
    <message>
        <source>Cannot read the tags of %1 on this device</source>
        <translation>No se pueden leer las etiquetas de %1 en este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the people tagged &quot;%1&quot; on this device</source>
        <translation>No se pueden leer las personas con la etiqueta «%1» en este dispositivo</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>no system keychain service is running</source>
        <translation>no se está ejecutando ningún servicio de llavero del sistema</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>el llavero del sistema no respondió</translation>
    </message>
    <message>
        <source>The session could not be removed from the system keychain (%1). Remove the entry “%2” of “%3” with your keychain manager.</source>
        <translation>No se pudo quitar la sesión del llavero del sistema (%1). Elimina la entrada «%2» de «%3» con tu gestor de llaveros.</translation>
    </message>
    <message>
        <source>in the system keychain, under “%1”</source>
        <translation>en el llavero del sistema, como «%1»</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you</source>
        <translation>en el archivo %1, legible solo por ti</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you, because no system keychain is available (%2)</source>
        <translation>en el archivo %1, legible solo por ti, porque no hay ningún llavero del sistema disponible (%2)</translation>
    </message>
    <message>
        <source>only in memory until Commonroom quits, because no system keychain is available and keeping it in a file was declined; you will be asked to sign in again next time</source>
        <translation>solo en memoria hasta que Commonroom se cierre, porque no hay ningún llavero del sistema disponible y se rechazó guardarla en un archivo; la próxima vez tendrás que volver a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>commonroom::AccountClient</name>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and your connection, then try again.</source>
        <translation>No se pudo conectar con el servidor en %1: %2. Revisa la dirección y tu conexión, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1; try again later.</source>
        <translation>El servidor respondió con el estado HTTP %1; inténtalo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>commonroom::AdminDashboard</name>
    <message>
        <source>Admission and roles</source>
        <translation>Admisión y roles</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitaciones</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Registro de au&amp;ditoría</translation>
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
    <name>commonroom::ApplicantsModel</name>
    <message>
        <source>Asked for more information</source>
        <translation>Se pidió más información</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Esperando una decisión</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Nadie ha avalado todavía.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Preguntado: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Vouches</source>
        <translation>Avales</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>Bienvenida: tu solicitud fue aprobada.</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>Tu solicitud</translation>
    </message>
    <message>
        <source>State of your application</source>
        <translation>Estado de tu solicitud</translation>
    </message>
    <message>
        <source>Vouches you received</source>
        <translation>Avales que recibiste</translation>
    </message>
    <message>
        <source>Your application is sent. Sync to see what the community decides.</source>
        <translation>Tu solicitud se envió. Sincroniza para ver qué decide la comunidad.</translation>
    </message>
    <message>
        <source>Welcome: your application was approved. Sync to receive the community&apos;s directory.</source>
        <translation>Bienvenido: tu solicitud fue aprobada. Sincroniza para recibir el directorio de la comunidad.</translation>
    </message>
    <message>
        <source>Your application was not accepted. The reason given: %1</source>
        <translation>Tu solicitud no fue aceptada. Motivo indicado: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>An admin asks: %1

Answer by adding it to your profile (About you); they will see it at their next sync.</source>
        <translation>Un administrador pregunta: %1

Responde añadiéndolo a tu perfil (Sobre ti); lo verá en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Your application is waiting for an admin, or for members who know you to vouch for you. Until then you see what the community shows the public.</source>
        <translation>Tu solicitud espera a un administrador o a que te avalen miembros que te conocen. Hasta entonces ves lo que la comunidad muestra al público.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un miembro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody has vouched for you yet.</source>
        <translation>Nadie te ha avalado todavía.</translation>
    </message>
    <message>
        <source>Vouched for you:
%1</source>
        <translation>Te avalaron:
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplyDialog</name>
    <message>
        <source>Apply to join</source>
        <translation>Solicitar ingreso</translation>
    </message>
    <message>
        <source>Tell the community who you are. An admin reviews your application, and members who know you can vouch for you. Until then you see only what the community shows the public.</source>
        <translation>Cuéntale a la comunidad quién eres. Un administrador revisa tu solicitud, y los miembros que te conocen pueden avalarte. Hasta entonces solo ves lo que la comunidad muestra al público.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>A few lines: who you are, how you know the community, what you would like to do.</source>
        <translation>Unas líneas: quién eres, cómo conoces la comunidad, qué te gustaría hacer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;About you:</source>
        <translation>&amp;Sobre ti:</translation>
    </message>
    <message>
        <source>&amp;Send me the community&apos;s news and calls to action by email</source>
        <translation>&amp;Enviarme por correo las noticias y convocatorias de la comunidad</translation>
    </message>
    <message>
        <source>You can change this later in your profile. The time of your choice is recorded.</source>
        <translation>Puedes cambiarlo más tarde en tu perfil. Se registra el momento de tu elección.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Introduce tu nombre tal como quieres que lo vea la comunidad.</translation>
    </message>
    <message>
        <source>Enter your email address; the community writes to you there.</source>
        <translation>Introduce tu dirección de correo; la comunidad te escribirá allí.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Enviando tu solicitud…</translation>
    </message>
</context>
<context>
    <name>commonroom::ApprovalQueueWidget</name>
    <message>
        <source>Approval queue</source>
        <translation>Cola de aprobación</translation>
    </message>
    <message>
        <source>People waiting for a decision</source>
        <translation>Personas que esperan una decisión</translation>
    </message>
    <message>
        <source>About the selected applicant</source>
        <translation>Sobre el solicitante seleccionado</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Make the selected applicant a member (Ctrl+Return)</source>
        <translation>Hacer miembro al solicitante seleccionado (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Turn the application down, with a reason the applicant will read</source>
        <translation>Rechazar la solicitud, con un motivo que leerá el solicitante</translation>
    </message>
    <message>
        <source>Ask for &amp;information…</source>
        <translation>Pedir &amp;información…</translation>
    </message>
    <message>
        <source>Ask the applicant a question; they answer by editing their profile</source>
        <translation>Haz una pregunta al solicitante; responde editando su perfil</translation>
    </message>
    <message>
        <source>&amp;Vouch…</source>
        <translation>&amp;Avalar…</translation>
    </message>
    <message>
        <source>Vouch for the selected applicant, with a reason</source>
        <translation>Avalar al solicitante seleccionado, con un motivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Select an applicant in the list first.</source>
        <translation>Selecciona primero a un solicitante de la lista.</translation>
    </message>
    <message>
        <source>Only admins decide on applications. You can vouch for an applicant instead.</source>
        <translation>Solo los administradores deciden sobre las solicitudes. En su lugar, puedes avalar a un solicitante.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>No se pudo guardar la decisión: %1</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Rechazar solicitud</translation>
    </message>
    <message>
        <source>Why is the application turned down? The applicant will read this reason.</source>
        <translation>¿Por qué se rechaza la solicitud? El solicitante leerá este motivo.</translation>
    </message>
    <message>
        <source>Not rejected: a rejection needs a reason the applicant can read.</source>
        <translation>No se rechazó: un rechazo necesita un motivo que el solicitante pueda leer.</translation>
    </message>
    <message>
        <source>Ask for more information</source>
        <translation>Pedir más información</translation>
    </message>
    <message>
        <source>What would you like to know? The applicant will read your question and can answer by editing their profile.</source>
        <translation>¿Qué te gustaría saber? El solicitante leerá tu pregunta y podrá responder editando su perfil.</translation>
    </message>
    <message>
        <source>Nothing was asked: write the question first.</source>
        <translation>No se preguntó nada: escribe primero la pregunta.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a decision.</source>
        <translation>Nadie espera una decisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for a decision. Decisions are saved on this computer and sent with the next sync.</source>
        <translation>
            <numerusform>%n persona espera una decisión. Las decisiones se guardan en este equipo y se envían con la próxima sincronización.</numerusform>
            <numerusform>%n personas esperan una decisión. Las decisiones se guardan en este equipo y se envían con la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone to see what they wrote and who vouched.</source>
        <translation>Selecciona a alguien para ver lo que escribió y quién lo avaló.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, applied %3</source>
        <translation>%1 &lt;%2&gt;, solicitó el %3</translation>
    </message>
    <message>
        <source>About themselves: %1</source>
        <translation>Sobre sí: %1</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Preguntado: %1</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Nadie ha avalado todavía.</translation>
    </message>
    <message>
        <source>Vouches:
%1</source>
        <translation>Avales:
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::AttendanceReportPane</name>
    <message numerus="yes">
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln inscrito</numerusform>
            <numerusform>%Ln inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln asistió</numerusform>
            <numerusform>%Ln asistieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln no se presentó</numerusform>
            <numerusform>%Ln no se presentaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk-in(s)</source>
        <translation>
            <numerusform>%Ln sin inscripción</numerusform>
            <numerusform>%Ln sin inscripción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln en lista de espera</numerusform>
            <numerusform>%Ln en lista de espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelada</numerusform>
            <numerusform>%Ln canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No vino</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>By &amp;area:</source>
        <translation>Por &amp;área:</translation>
    </message>
    <message>
        <source>Attendance by area</source>
        <translation>Asistencia por área</translation>
    </message>
    <message>
        <source>Chart of attendance by area</source>
        <translation>Gráfico de asistencia por área</translation>
    </message>
    <message>
        <source>The same figures as the table above</source>
        <translation>Las mismas cifras que la tabla de arriba</translation>
    </message>
    <message>
        <source>Export attendance (&amp;CSV)…</source>
        <translation>Exportar asistencia (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export attendance as CSV</source>
        <translation>Exportar la asistencia como CSV</translation>
    </message>
    <message>
        <source>Select an event to see its attendance.</source>
        <translation>Selecciona un evento para ver su asistencia.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Asked for information</source>
        <translation>Se pidió información</translation>
    </message>
    <message>
        <source>Vouched</source>
        <translation>Avaló</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Cambió un rol</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Accepted an invitation</source>
        <translation>Aceptó una invitación</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Revocó un dispositivo</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Cambió la contraseña</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>Renewed a session</source>
        <translation>Renovó una sesión</translation>
    </message>
    <message>
        <source>Exported their data</source>
        <translation>Exportó sus datos</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Borró a una persona</translation>
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
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Relativo a</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Continued as a new device</source>
        <translation>Continuó como dispositivo nuevo</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Who acted (person id)</source>
        <translation>Quién actuó (id de persona)</translation>
    </message>
    <message>
        <source>Concerning (person id)</source>
        <translation>Relativo a (id de persona)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ask the server for the entries matching these filters</source>
        <translation>Pedir al servidor las entradas que coinciden con estos filtros</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Entradas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Press Search to read the audit log from the server.</source>
        <translation>Pulsa Buscar para leer el registro de auditoría del servidor.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Scroll down for older ones.</source>
        <translation>
            <numerusform>%n entrada, la más reciente primero. Desplázate hacia abajo para ver las anteriores.</numerusform>
            <numerusform>%n entradas, las más recientes primero. Desplázate hacia abajo para ver las anteriores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Cam&amp;biar contraseña</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduce tu contraseña actual.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>La nueva contraseña es igual a la actual. Elige otra.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>The current password is not right, or your session has ended. Check it and try again.</source>
        <translation>La contraseña actual no es correcta o tu sesión ha terminado. Revísala y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>commonroom::CheckInWindow</name>
    <message>
        <source>Guest list</source>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>Registered people first, then the rest of the directory.</source>
        <translation>Primero las personas inscritas, luego el resto del directorio.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Type a name to find anyone in the directory, or register a walk-in (Ctrl+N).</source>
        <translation>Aún no hay nadie inscrito. Escribe un nombre para buscar a cualquiera en el directorio, o registra a alguien que llega sin inscripción (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</source>
        <translation>
            <numerusform>Lista de invitados: falta llegar %n, arriba. Escribe un nombre para buscar a alguien, o elige con ↓ y pulsa Intro.</numerusform>
            <numerusform>Lista de invitados: faltan llegar %n, arriba. Escribe un nombre para buscar a alguien, o elige con ↓ y pulsa Intro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is highlighted. Type the first letters of a name, or pick someone from the guest list with ↓, then press Enter.</source>
        <translation>No hay nadie resaltado. Escribe las primeras letras de un nombre, o elige a alguien de la lista con ↓, y pulsa Intro.</translation>
    </message>
    <message>
        <source>“%1” starts %2, not now: whoever is checked in here is counted as having attended.</source>
        <translation>«%1» empieza el %2, no ahora: a quien se registre aquí se le cuenta como asistente.</translation>
    </message>
    <message>
        <source>“%1” ended %2: check-ins made now record attendance after the fact.</source>
        <translation>«%1» terminó el %2: los registros hechos ahora anotan la asistencia a posteriori.</translation>
    </message>
    <message numerus="yes">
        <source>walk-in(s)</source>
        <comment>under their count</comment>
        <translation>
            <numerusform>sin inscripción</numerusform>
            <numerusform>sin inscripción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n sin inscripción</numerusform>
            <numerusform>%n sin inscripción</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Evento desconocido</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Llegadas: %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperados</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Escribe las primeras letras de un nombre</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar una persona</translation>
    </message>
    <message>
        <source>Registered people are listed first. Enter checks in the highlighted person, Ctrl+Z undoes.</source>
        <translation>Las personas inscritas aparecen primero. Intro registra la llegada de la persona resaltada; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>Result of the last check-in</source>
        <translation>Resultado del último registro de llegada</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar llegada</translation>
    </message>
    <message>
        <source>Check in the highlighted person</source>
        <translation>Registrar la llegada de la persona resaltada</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Deshacer la última llegada</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Sin inscripción…</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Registrar a alguien sin inscripción</translation>
    </message>
    <message>
        <source>Leave check-in</source>
        <translation>Salir de llegadas</translation>
    </message>
    <message>
        <source>Leave check-in mode</source>
        <translation>Salir del modo de llegadas</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <source>This event is not on this computer. Sync, then open check-in again.</source>
        <translation>Este evento no está en este equipo. Sincroniza y vuelve a abrir el registro de llegadas.</translation>
    </message>
    <message>
        <source>You are not an organizer of this event: the server will refuse check-ins made here. Ask an organizer or a leader to run the door.</source>
        <translation>No eres organizador de este evento: el servidor rechazará las llegadas registradas aquí. Pide a un organizador o a un líder que se encargue de la puerta.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Check the spelling, or register a walk-in (Ctrl+N).</source>
        <translation>Nadie coincide con «%1». Revisa la ortografía o registra a alguien sin inscripción (Ctrl+N).</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation>No se pudo registrar la llegada de %1: %2</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 ya registró su llegada.</translation>
    </message>
    <message>
        <source>%1 is already checked in (since %2).</source>
        <translation>%1 ya registró su llegada (desde %2).</translation>
    </message>
    <message>
        <source>✔ %1 checked in.</source>
        <translation>✔ Llegada de %1 registrada.</translation>
    </message>
    <message>
        <source>✔ %1 checked in (was not registered).</source>
        <translation>✔ Llegada de %1 registrada (no estaba inscrito).</translation>
    </message>
    <message>
        <source>The room is full: this check-in is kept and flagged for the organizers.</source>
        <translation>La sala está llena: esta llegada se guarda y se señala a los organizadores.</translation>
    </message>
    <message>
        <source>Nothing to undo: no check-in was made in this window yet.</source>
        <translation>Nada que deshacer: todavía no se ha registrado ninguna llegada en esta ventana.</translation>
    </message>
    <message>
        <source>The check-in of %1 could not be undone: %2</source>
        <translation>No se pudo deshacer la llegada de %1: %2</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Se deshizo la llegada de %1.</translation>
    </message>
    <message>
        <source>The walk-in could not be registered: %1</source>
        <translation>No se pudo registrar a la persona sin inscripción: %1</translation>
    </message>
    <message>
        <source>✔ %1 registered as a walk-in and checked in.</source>
        <translation>✔ %1 inscrito sin inscripción previa y llegada registrada.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n esperado</numerusform>
            <numerusform>%n esperados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>%n llegada registrada</numerusform>
            <numerusform>%n llegadas registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is saved on this computer and sent.</source>
        <translation>Todo está guardado en este equipo y enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer; %n change(s) will be sent at the next sync (no network needed now).</source>
        <translation>
            <numerusform>Guardado en este equipo; %n cambio se enviará en la próxima sincronización (ahora no hace falta red).</numerusform>
            <numerusform>Guardado en este equipo; %n cambios se enviarán en la próxima sincronización (ahora no hace falta red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ContributionsPane</name>
    <message>
        <source>Totals by area</source>
        <translation>Totales por área</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Entradas, la más reciente primero</translation>
    </message>
    <message>
        <source>Contributions and touch-points, newest first</source>
        <translation>Contribuciones y contactos, el más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Registrar…</translation>
    </message>
    <message>
        <source>Record a contribution or a touch-point</source>
        <translation>Registrar una contribución o un contacto</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Confirm the selected entry</source>
        <translation>Confirmar la entrada seleccionada</translation>
    </message>
    <message>
        <source>The entries you record wait until a leader confirms them.</source>
        <translation>Las entradas que registras esperan hasta que un líder las confirme.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation>
            <numerusform>%1: %n entrada</numerusform>
            <numerusform>%1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 (%2 confirmed)</source>
        <translation>, %1 (%2 confirmadas)</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>registrada por %1</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>confirmada por %1</translation>
    </message>
    <message>
        <source>waiting for a leader&apos;s confirmation</source>
        <translation>a la espera de la confirmación de un líder</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Registrar una contribución</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>optional, up to %1</source>
        <translation>opcional, hasta %1</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Reali&amp;zada el:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours; write 1.5 for an hour and a half, or leave it empty.</source>
        <translation>«%1» no es un número de horas; escribe 1,5 para una hora y media, o déjalo vacío.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesDialog</name>
    <message>
        <source>My devices</source>
        <translation>Mis dispositivos</translation>
    </message>
    <message>
        <source>The computers signed in to your account. Revoke one you no longer use or have lost: it is signed out and erases its copy of the community when it next connects.</source>
        <translation>Los equipos con sesión iniciada en tu cuenta. Revoca uno que ya no uses o hayas perdido: se cerrará su sesión y borrará su copia de la comunidad la próxima vez que se conecte.</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Dispositivos con sesión iniciada en tu cuenta</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;lizar</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Este dispositivo ya está revocado.</translation>
    </message>
    <message>
        <source>Revoke this computer? It is signed out, and its copy of the community — with any change not yet synced — is erased at the next sync.</source>
        <translation>¿Revocar este equipo? Se cerrará la sesión, y su copia de la comunidad —con cualquier cambio aún no sincronizado— se borrará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Revoke %1? It is signed out and erases its copy of the community when it next connects. This cannot be undone; signing in again on it makes it a new device.</source>
        <translation>¿Revocar %1? Se cerrará su sesión y borrará su copia de la comunidad la próxima vez que se conecte. No se puede deshacer; si vuelves a iniciar sesión en él, será un dispositivo nuevo.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revocar dispositivo</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <source>The list of devices could not be read: %1</source>
        <translation>No se pudo leer la lista de dispositivos: %1</translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation>El dispositivo no se revocó: %1</translation>
    </message>
    <message>
        <source>This computer is revoked. At its next sync it signs out and erases its copy of the community.</source>
        <translation>Este equipo está revocado. En su próxima sincronización cerrará la sesión y borrará su copia de la comunidad.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesModel</name>
    <message>
        <source>This computer (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signed in since</source>
        <translation>Sesión iniciada desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>commonroom::DoorSearchModel</name>
    <message>
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The registrations of the event cannot be read: %1</source>
        <translation>No se pueden leer las inscripciones del evento: %1</translation>
    </message>
    <message>
        <source>The directory cannot be read: %1</source>
        <translation>No se puede leer el directorio: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateCandidatesModel</name>
    <message>
        <source>(merged away: %1)</source>
        <translation>(fusionado: %1)</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>names %1 % alike</source>
        <translation>nombres parecidos al %1 %</translation>
    </message>
    <message>
        <source>same area</source>
        <translation>misma zona</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>How likely the two records are one person, from what they have in common</source>
        <translation>Qué tan probable es que los dos registros sean una persona, según lo que tienen en común</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateMergeDialog</name>
    <message>
        <source>(empty or not shared)</source>
        <translation>(vacío o no compartido)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge the two records into the one kept</source>
        <translation>Fusionar los dos registros en el que se conserva</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;No es la misma persona…</translation>
    </message>
    <message>
        <source>Mark the two records as different people</source>
        <translation>Marcar los dos registros como personas distintas</translation>
    </message>
    <message>
        <source>This pair is not on this computer any more. Sync and look again.</source>
        <translation>Este par ya no está en este equipo. Sincroniza y vuelve a mirar.</translation>
    </message>
    <message>
        <source>This pair was already reviewed (%1).</source>
        <translation>Este par ya se revisó (%1).</translation>
    </message>
    <message>
        <source>One of the two records is no longer on this computer (merged or removed). Sync and look again.</source>
        <translation>Uno de los dos registros ya no está en este equipo (fusionado o eliminado). Sincroniza y vuelve a mirar.</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep the record of %1 (%2)</source>
        <translation>Conservar el registro de %1 (%2)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event registration(s)</source>
        <translation>
            <numerusform>%n inscripción a eventos</numerusform>
            <numerusform>%n inscripciones a eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n asistió</numerusform>
            <numerusform>%n asistieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the record of %1 and merge %2 into it? The other record is removed from the directory; its registrations, check-ins and groups move to the kept record, and a copy of it stays with this review.</source>
        <translation>¿Conservar el registro de %1 y fusionar %2 en él? El otro registro se elimina del directorio; sus inscripciones, llegadas y grupos pasan al registro conservado, y una copia queda con esta revisión.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>Los registros no se fusionaron: %1</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Mark %1 and %2 as different people? They will not be flagged again.</source>
        <translation>¿Marcar a %1 y %2 como personas distintas? No se volverán a señalar.</translation>
    </message>
    <message>
        <source>The pair was not dismissed: %1</source>
        <translation>El par no se descartó: %1</translation>
    </message>
    <message>
        <source>Flagged because of: %1.</source>
        <translation>Marcado por: %1.</translation>
    </message>
    <message>
        <source>%1 likely the same person: %2.</source>
        <translation>%1 probable que sea la misma persona: %2.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, for each field, the value it keeps. Registrations, check-ins and group memberships of both are kept.</source>
        <translation>Elija el registro que se conserva y, para cada campo, el valor que conserva. Se conservan las inscripciones, registros de asistencia y membresías de grupo de ambos.</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicatesPane</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>Review the selected pair</source>
        <translation>Revisar el par seleccionado</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The two records are merged. %1</source>
        <translation>Los dos registros se fusionaron. %1</translation>
    </message>
    <message>
        <source>Marked as different people. %1</source>
        <translation>Marcados como personas distintas. %1</translation>
    </message>
    <message>
        <source>People who may be recorded twice: flagged at the door for the same email, phone or name, or found alike by the server&apos;s scan of the whole directory. Review each pair, the likeliest first: merge the two records, or mark them as different people.</source>
        <translation>Personas que quizá estén registradas dos veces: marcadas en la puerta por el mismo correo, teléfono o nombre, o halladas parecidas por la revisión de todo el directorio en el servidor. Revise cada par, el más probable primero: fusione los dos registros o márquelos como personas distintas.</translation>
    </message>
    <message>
        <source>Show &amp;decided pairs</source>
        <translation>Mostrar pares &amp;decididos</translation>
    </message>
    <message>
        <source>&amp;Merge all above 98 %…</source>
        <translation>&amp;Fusionar todos por encima del 98 %…</translation>
    </message>
    <message>
        <source>Merge every pair at least 98 % likely the same person</source>
        <translation>Fusionar cada par con al menos un 98 % de probabilidad de ser la misma persona</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Deshacer fusión…</translation>
    </message>
    <message>
        <source>Bring back the person merged away</source>
        <translation>Recuperar a la persona fusionada</translation>
    </message>
    <message>
        <source>No pair is 98 % likely or more; review the others one by one.</source>
        <translation>Ningún par llega al 98 % de probabilidad; revise los demás uno a uno.</translation>
    </message>
    <message>
        <source>Merge likely duplicates</source>
        <translation>Fusionar duplicados probables</translation>
    </message>
    <message numerus="yes">
        <source>Merge the %n pair(s) at least 98 % likely the same person?</source>
        <translation>
            <numerusform>¿Fusionar el %n par con al menos un 98 % de probabilidad de ser la misma persona?</numerusform>
            <numerusform>¿Fusionar los %n pares con al menos un 98 % de probabilidad de ser la misma persona?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %n pair(s)</source>
        <translation>
            <numerusform>&amp;Fusionar %n par</numerusform>
            <numerusform>&amp;Fusionar %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every pair was merged: %1 The pairs merged before it stay merged.</source>
        <translation>No se fusionaron todos los pares: %1 Los pares fusionados antes siguen fusionados.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged. They will be sent at the next sync.</source>
        <translation>
            <numerusform>%n par fusionado. Se enviará en la próxima sincronización.</numerusform>
            <numerusform>%n pares fusionados. Se enviarán en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer fusión</translation>
    </message>
    <message>
        <source>Bring back the person merged away, as they were before the merge?</source>
        <translation>¿Recuperar a la persona fusionada tal como estaba antes de la fusión?</translation>
    </message>
    <message>
        <source>The server restores their record; the two are then marked as different people. Registrations and memberships moved in the merge stay with the person kept.</source>
        <translation>El servidor restaura su registro; luego los dos quedan marcados como personas distintas. Las inscripciones y membresías movidas en la fusión se quedan con la persona conservada.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer fusión</translation>
    </message>
    <message>
        <source>Asking the server to undo the merge…</source>
        <translation>Pidiendo al servidor que deshaga la fusión…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>La fusión no se deshizo: %1</translation>
    </message>
    <message>
        <source>The merge is undone; the person comes back with this sync.</source>
        <translation>La fusión está deshecha; la persona vuelve con esta sincronización.</translation>
    </message>
    <message>
        <source>Of each pair the record with an account, or else with more registrations and groups, is kept, and gets what only the other one has. Registrations, check-ins and group memberships of both are kept. A merge can be undone afterwards, pair by pair, while connected to the server.</source>
        <translation>De cada par se conserva el registro con cuenta, o si no el que tiene más inscripciones y grupos, que recibe lo que solo tiene el otro. Se conservan las inscripciones, asistencias y membresías de ambos. Una fusión puede deshacerse después, par por par, con conexión al servidor.</translation>
    </message>
</context>
<context>
    <name>commonroom::ErasePersonDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Borrar a %1</translation>
    </message>
    <message>
        <source>This erases %1 from the community for good: their profile, memberships, vouches, account and devices. Every device drops them at its next sync. It cannot be undone. Do it only on their request.</source>
        <translation>Esto borra a %1 de la comunidad definitivamente: su perfil, membresías, avales, cuenta y dispositivos. Cada dispositivo lo eliminará en su próxima sincronización. No se puede deshacer. Hazlo solo a petición suya.</translation>
    </message>
    <message>
        <source>Reason, kept in the audit log</source>
        <translation>Motivo, que se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <source>For example: asked by email on 3 May</source>
        <translation>Por ejemplo: preguntado por correo el 3 de mayo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Type the name to confirm</source>
        <translation>Escribe el nombre para confirmar</translation>
    </message>
    <message>
        <source>&amp;Type “%1” to confirm:</source>
        <translation>&amp;Escribe «%1» para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar definitivamente</translation>
    </message>
    <message>
        <source>Write why %1 is erased; the audit log keeps the reason.</source>
        <translation>Escribe por qué se borra a %1; el registro de auditoría guarda el motivo.</translation>
    </message>
    <message>
        <source>Type the name exactly as shown (“%1”) to confirm.</source>
        <translation>Escribe el nombre exactamente como se muestra («%1») para confirmar.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation>%1 no se borró: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::EventDialog</name>
    <message>
        <source>Type part of the name of a city or region of the venue</source>
        <translation>Escribe parte del nombre de una ciudad o región del lugar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the venue's time zone from the list: type part of a city's name.</source>
        <translation>Elige la zona horaria del lugar en la lista: escribe parte del nombre de una ciudad.</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>Zona horaria del lugar</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Venue and address</source>
        <translation>Lugar y dirección</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Grupo organizador</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>Toda la comunidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Sta&amp;rts at:</source>
        <translation>Em&amp;pieza:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Zon&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation>&amp;Organizado por:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Ponle un título al evento.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Reminder by mail</source>
        <translation>Recordatorio por correo</translation>
    </message>
    <message>
        <source>The server mails a reminder this long before the start, once, to each registrant who wants reminders.</source>
        <translation>El servidor envía un recordatorio con esta antelación, una sola vez, a cada inscrito que quiera recordatorios.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 semana antes</translation>
    </message>
    <message>
        <source>Re&amp;mind by mail:</source>
        <translation>Rec&amp;ordar por correo:</translation>
    </message>
</context>
<context>
    <name>commonroom::EventExports</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>The attendance could not be exported: %1</source>
        <translation>No se pudo exportar la asistencia: %1</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exportar asistencia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Exportar evento</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>No events are listed: change the filters first.</source>
        <translation>No hay eventos en la lista: cambia primero los filtros.</translation>
    </message>
    <message>
        <source>Export listed events</source>
        <translation>Exportar los eventos de la lista</translation>
    </message>
    <message>
        <source>Commonroom events</source>
        <translation>Eventos de Commonroom</translation>
    </message>
    <message>
        <source>Save subscription file</source>
        <translation>Guardar archivo de suscripción</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>Guardar hoja de firmas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was not saved: %1</source>
        <translation>La hoja de firmas no se guardó: %1</translation>
    </message>
    <message>
        <source>Save list of registrants</source>
        <translation>Guardar lista de inscritos</translation>
    </message>
    <message>
        <source>The list of registrants was not saved: %1</source>
        <translation>La lista de inscritos no se guardó: %1</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer, or export a PDF instead.</source>
        <translation>Falló la impresión. Revisa la impresora o exporta un PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1.</source>
        <translation>Enviado a la impresora: %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Hoja de firmas: %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Inscritos: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::EventListPane</name>
    <message>
        <source>Which events</source>
        <translation>Qué eventos</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Grupo organizador</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Words of the title or place</source>
        <translation>Palabras del título o del lugar</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;upo:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Zon&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>The event was not created: %1</source>
        <translation>El evento no se creó: %1</translation>
    </message>
    <message>
        <source>Event “%1” created. %2</source>
        <translation>Evento «%1» creado. %2</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>commonroom::EventPagePane</name>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Organizado por</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Your registration</source>
        <translation>Tu inscripción</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Ins&amp;cribir</translation>
    </message>
    <message>
        <source>Register for the event</source>
        <translation>Inscribirse en el evento</translation>
    </message>
    <message>
        <source>&amp;Cancel my registration…</source>
        <translation>&amp;Cancelar mi inscripción…</translation>
    </message>
    <message>
        <source>Cancel my registration</source>
        <translation>Cancelar mi inscripción</translation>
    </message>
    <message>
        <source>Check-&amp;in mode</source>
        <translation>Modo de &amp;llegadas</translation>
    </message>
    <message>
        <source>Open check-in mode for the door</source>
        <translation>Abrir el modo de llegadas para la puerta</translation>
    </message>
    <message>
        <source>Full-screen check-in at the door (Ctrl+Shift+K); works without a network</source>
        <translation>Registro de llegadas a pantalla completa en la puerta (Ctrl+Mayús+K); funciona sin red</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Editar el evento</translation>
    </message>
    <message>
        <source>Cancel even&amp;t…</source>
        <translation>Cancelar even&amp;to…</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Cancelar el evento</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Exportar e imprimir</translation>
    </message>
    <message>
        <source>Attendance (CSV)…</source>
        <translation>Asistencia (CSV)…</translation>
    </message>
    <message>
        <source>This event (.ics)…</source>
        <translation>Este evento (.ics)…</translation>
    </message>
    <message>
        <source>Listed events (.ics)…</source>
        <translation>Eventos de la lista (.ics)…</translation>
    </message>
    <message>
        <source>Subscription file (.ics)…</source>
        <translation>Archivo de suscripción (.ics)…</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Hoja de firmas (PDF)…</translation>
    </message>
    <message>
        <source>Registrants (PDF)…</source>
        <translation>Inscritos (PDF)…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Imprimir hoja de firmas…</translation>
    </message>
    <message>
        <source>Print registrants…</source>
        <translation>Imprimir inscritos…</translation>
    </message>
    <message>
        <source>&amp;List of registrants:</source>
        <translation>&amp;Lista de inscritos:</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Register a &amp;person…</source>
        <translation>Inscribir a una &amp;persona…</translation>
    </message>
    <message>
        <source>Register someone for the event</source>
        <translation>Inscribir a alguien en el evento</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected registration…</source>
        <translation>&amp;Retirar la inscripción seleccionada…</translation>
    </message>
    <message>
        <source>Cancel the selected registration</source>
        <translation>Cancelar la inscripción seleccionada</translation>
    </message>
    <message>
        <source>No events match. Change the filters, sync to receive events, or create one.</source>
        <translation>Ningún evento coincide. Cambia los filtros, sincroniza para recibir eventos o crea uno.</translation>
    </message>
    <message>
        <source>Select an event to see its details and registrants.</source>
        <translation>Selecciona un evento para ver sus detalles e inscritos.</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Hosted by: %1</source>
        <translation>Organizado por: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 de %n plaza ocupada</numerusform>
            <numerusform>%1 de %n plazas ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered (no limit)</source>
        <translation>
            <numerusform>%n inscrito (sin límite)</numerusform>
            <numerusform>%n inscritos (sin límite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n en la lista de espera</numerusform>
            <numerusform>%n en la lista de espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to register.</source>
        <translation>Inicia sesión para inscribirte.</translation>
    </message>
    <message>
        <source>You are not registered.</source>
        <translation>No estás inscrito.</translation>
    </message>
    <message>
        <source>You are on the waitlist: number %1. You get a place when one frees up, in order.</source>
        <translation>Estás en la lista de espera: número %1. Obtendrás una plaza cuando se libere alguna, por orden.</translation>
    </message>
    <message>
        <source>You are registered, and checked in.</source>
        <translation>Estás inscrito y tu llegada está registrada.</translation>
    </message>
    <message>
        <source>You are registered.</source>
        <translation>Estás inscrito.</translation>
    </message>
    <message>
        <source>The event was not changed: %1</source>
        <translation>El evento no se modificó: %1</translation>
    </message>
    <message>
        <source>Event “%1” saved. %2</source>
        <translation>Evento «%1» guardado. %2</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancelar evento</translation>
    </message>
    <message>
        <source>Cancel “%1”? It stays in the list, marked cancelled, so registrants can be told; calendars that subscribe remove it.</source>
        <translation>¿Cancelar «%1»? Sigue en la lista, marcado como cancelado, para poder avisar a los inscritos; los calendarios suscritos lo eliminan.</translation>
    </message>
    <message>
        <source>The event was not cancelled: %1</source>
        <translation>El evento no se canceló: %1</translation>
    </message>
    <message>
        <source>“%1” is cancelled. %2</source>
        <translation>«%1» está cancelado. %2</translation>
    </message>
    <message>
        <source>You were not registered: %1</source>
        <translation>No se te inscribió: %1</translation>
    </message>
    <message>
        <source>The event is full: you are on the waitlist (number %1). %2</source>
        <translation>El evento está lleno: estás en la lista de espera (número %1). %2</translation>
    </message>
    <message>
        <source>You are registered for “%1”. %2</source>
        <translation>Estás inscrito en «%1». %2</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancelar inscripción</translation>
    </message>
    <message>
        <source>Cancel your registration for “%1”? Your place goes to the first person on the waitlist.</source>
        <translation>¿Cancelar tu inscripción en «%1»? Tu plaza pasa a la primera persona de la lista de espera.</translation>
    </message>
    <message>
        <source>Your registration was not cancelled: %1</source>
        <translation>Tu inscripción no se canceló: %1</translation>
    </message>
    <message>
        <source>Your registration is cancelled. %1</source>
        <translation>Tu inscripción está cancelada. %1</translation>
    </message>
    <message>
        <source>The person was not registered: %1</source>
        <translation>La persona no se inscribió: %1</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation>%1 está en la lista de espera.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 está inscrito.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Cancel the registration of %1 for “%2”? The first person on the waitlist gets the place.</source>
        <translation>¿Cancelar la inscripción de %1 en «%2»? La primera persona de la lista de espera obtiene la plaza.</translation>
    </message>
    <message>
        <source>The registration was not cancelled: %1</source>
        <translation>La inscripción no se canceló: %1</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled. %2</source>
        <translation>La inscripción de %1 está cancelada. %2</translation>
    </message>
    <message numerus="yes">
        <source>reminder by mail %n hour(s) before</source>
        <translation>
            <numerusform>recordatorio por correo %n hora antes</numerusform>
            <numerusform>recordatorio por correo %n horas antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventsDashboard</name>
    <message>
        <source>Choose an event first: the door view checks people in at one event.</source>
        <translation>Elija primero un evento: la vista de entrada registra la llegada de personas a un evento.</translation>
    </message>
    <message>
        <source>Only the organizers of “%1”, the curators of its group and leaders check people in.</source>
        <translation>Solo los organizadores de «%1», los curadores de su grupo y los líderes registran llegadas.</translation>
    </message>
    <message>
        <source>“%1” is cancelled: there is nobody to check in.</source>
        <translation>«%1» está cancelado: no hay nadie a quien registrar.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;uplicados</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>D&amp;uplicados (%1)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
</context>
<context>
    <name>commonroom::EventsModel</name>
    <message>
        <source>(untitled event)</source>
        <translation>(evento sin título)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registered of %1 places</source>
        <translation>
            <numerusform>%n inscrito de %1 plazas</numerusform>
            <numerusform>%n inscritos de %1 plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered, no limit</source>
        <translation>
            <numerusform>%n inscrito, sin límite</numerusform>
            <numerusform>%n inscritos, sin límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n en la lista de espera</numerusform>
            <numerusform>%n en la lista de espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>(a group)</source>
        <translation>(un grupo)</translation>
    </message>
</context>
<context>
    <name>commonroom::ExportMyDataDialog</name>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Saves everything the community holds about you — your profile with every field, your memberships, vouches and invitations — as a JSON document (complete, for programs) and a vCard (for address books).</source>
        <translation>Guarda todo lo que la comunidad tiene sobre ti —tu perfil con todos los campos, tus membresías, avales e invitaciones— como un documento JSON (completo, para programas) y una vCard (para libretas de direcciones).</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Carpeta donde guardar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Save my data into</source>
        <translation>Guardar mis datos en</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (Browse…).</source>
        <translation>Elige una carpeta en la que puedas escribir (Examinar…).</translation>
    </message>
    <message>
        <source>Asking the server for your data…</source>
        <translation>Pidiendo tus datos al servidor…</translation>
    </message>
    <message>
        <source>Your data could not be exported: %1</source>
        <translation>No se pudieron exportar tus datos: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Olvidé la contraseña</translation>
    </message>
    <message>
        <source>1. Enter the email address of your account; the server mails you a code.</source>
        <translation>1. Introduce la dirección de correo de tu cuenta; el servidor te enviará un código.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Mail me a code</source>
        <translation>&amp;Envíame un código</translation>
    </message>
    <message>
        <source>2. Type the code from the mail and choose a new password.</source>
        <translation>2. Escribe el código del correo y elige una nueva contraseña.</translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation>Código del correo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Establecer nueva contraseña</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Introduce la dirección de correo de tu cuenta.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Type the code from the mail (ask for one with “Mail me a code”).</source>
        <translation>Escribe el código del correo (pide uno con «Envíame un código»).</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Estableciendo la nueva contraseña…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used or expired. Ask for a new one with “Mail me a code”.</source>
        <translation>Este código no funciona: puede estar mal escrito, ya usado o caducado. Pide uno nuevo con «Envíame un código».</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It may take a few minutes; check the spam folder too.</source>
        <translation>Si %1 pertenece a una cuenta, ya se ha enviado un código. Puede tardar unos minutos; revisa también la carpeta de spam.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Se cambió tu contraseña. Inicia sesión con la nueva.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupCurationPane</name>
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
        <source>Remove as c&amp;urator…</source>
        <translation>Quitar como c&amp;urador…</translation>
    </message>
    <message>
        <source>Make the selected curator an ordinary member</source>
        <translation>Hacer miembro normal al curador seleccionado</translation>
    </message>
    <message>
        <source>R&amp;emove from group…</source>
        <translation>Q&amp;uitar del grupo…</translation>
    </message>
    <message>
        <source>Remove the selected person from the group</source>
        <translation>Quitar del grupo a la persona seleccionada</translation>
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
        <source>The last curator cannot be removed: make someone else curator first.</source>
        <translation>No se puede quitar al último curador: haz curador a otra persona primero.</translation>
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
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They will need to ask again or be invited to come back.</source>
        <translation>¿Quitar a %1 de %2? Tendrá que volver a solicitarlo o ser invitado para volver.</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ya no está en %2.</translation>
    </message>
    <message>
        <source>Remove as curator</source>
        <translation>Quitar como curador</translation>
    </message>
    <message>
        <source>Make %1 an ordinary member of %2? They will no longer answer requests or invite people.</source>
        <translation>¿Hacer a %1 miembro normal de %2? Ya no responderá solicitudes ni invitará a personas.</translation>
    </message>
    <message>
        <source>%1 is no longer a curator of %2.</source>
        <translation>%1 ya no es curador de %2.</translation>
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
    <name>commonroom::GroupListPane</name>
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
        <source>Groups</source>
        <translation>Grupos</translation>
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
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Crear un grupo; serás su primer curador (Ctrl+N)</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>Se creó el grupo %1; eres su curador.</translation>
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
    <name>commonroom::GroupPagePane</name>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Why you cannot join</source>
        <translation>Por qué no puedes unirte</translation>
    </message>
    <message>
        <source>Groups are for approved members: once your application is approved, you can join or ask to join.</source>
        <translation>Los grupos son para miembros aprobados: cuando tu solicitud sea aprobada, podrás unirte o pedir unirte.</translation>
    </message>
    <message>
        <source>Your role does not let you join this group; ask one of its curators to invite you.</source>
        <translation>Tu rol no te permite unirte a este grupo; pide a una de sus personas curadoras que te invite.</translation>
    </message>
    <message>
        <source>Its members are shown once you are approved.</source>
        <translation>Los miembros se muestran cuando le aprueben.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group · %2</source>
        <translation>Grupo: %1 · %2</translation>
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
        <source>Curators</source>
        <translation>Curadores</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Solicitudes pendientes</translation>
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
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No curator on this computer.</source>
        <translation>No hay ningún curador en este equipo.</translation>
    </message>
    <message>
        <source>Curators: %1</source>
        <translation>Curadores: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to join wait for your answer: select one in the list below.</source>
        <translation>
            <numerusform>%n solicitud de ingreso espera tu respuesta: selecciónala en la lista de abajo.</numerusform>
            <numerusform>%n solicitudes de ingreso esperan tu respuesta: selecciona una en la lista de abajo.</numerusform>
        </translation>
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
</context>
<context>
    <name>commonroom::GroupsModel</name>
    <message>
        <source>Members are shown once you are approved.</source>
        <translation>Los miembros se muestran cuando le aprueben.</translation>
    </message>
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
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
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
        <translation>nombre no compartido</translation>
    </message>
    <message>
        <source>Once your application is approved you can join groups; until then, look around under Groups (Ctrl+3).</source>
        <translation>Cuando tu solicitud sea aprobada podrás unirte a grupos; mientras tanto, echa un vistazo en Grupos (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>Aprobar las solicitudes seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Decline the selected requests</source>
        <translation>Rechazar las solicitudes seleccionadas</translation>
    </message>
    <message>
        <source>Select one or more requests, or a group for all of its.</source>
        <translation>Selecciona una o varias solicitudes, o un grupo para todas las suyas.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprobar a %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Rechazar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Aprobar %n solicitud</numerusform>
            <numerusform>Aprobar %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Rechazar %n solicitud</numerusform>
            <numerusform>Rechazar %n solicitudes</numerusform>
        </translation>
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
        <source>A message for each of them (optional):</source>
        <translation>Un mensaje para cada una de estas personas (opcional):</translation>
    </message>
    <message>
        <source>A message for each of them saying why (optional):</source>
        <translation>Un mensaje para cada una de estas personas explicando por qué (opcional):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other request(s) were answered.</source>
        <translation>
            <numerusform>Se respondió %Ln otra solicitud.</numerusform>
            <numerusform>Se respondieron %Ln otras solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ya es miembro de %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Rechazaste la solicitud de %1 para unirse a %2.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %Ln request(s) to join.</source>
        <translation>
            <numerusform>Se aprobó %Ln solicitud de ingreso.</numerusform>
            <numerusform>Se aprobaron %Ln solicitudes de ingreso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declined %Ln request(s) to join.</source>
        <translation>
            <numerusform>Se rechazó %Ln solicitud de ingreso.</numerusform>
            <numerusform>Se rechazaron %Ln solicitudes de ingreso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;My groups</source>
        <translation>&amp;Mis grupos</translation>
    </message>
    <message>
        <source>You are in no group yet. Find one under Groups (Ctrl+3).</source>
        <translation>Todavía no estás en ningún grupo. Busca uno en Grupos (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Requests for you to review</source>
        <translation>&amp;Solicitudes que debes revisar</translation>
    </message>
    <message>
        <source>No requests to join are waiting for you.</source>
        <translation>No tienes solicitudes de ingreso pendientes.</translation>
    </message>
    <message>
        <source>Recent &amp;changes in my groups</source>
        <translation>&amp;Cambios recientes en mis grupos</translation>
    </message>
    <message>
        <source>Nothing new in your groups since you started syncing.</source>
        <translation>Nada nuevo en tus grupos desde que empezaste a sincronizar.</translation>
    </message>
    <message>
        <source>&amp;Opportunities for you</source>
        <translation>&amp;Oportunidades para ti</translation>
    </message>
    <message>
        <source>No open opportunity matches the skills, languages and interests of your profile yet.</source>
        <translation>Todavía ninguna oportunidad abierta coincide con las habilidades, idiomas e intereses de tu perfil.</translation>
    </message>
    <message>
        <source>I&apos;m &amp;interested</source>
        <translation>Me &amp;interesa</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Me interesa</translation>
    </message>
    <message>
        <source>&amp;Withdraw interest</source>
        <translation>&amp;Retirar interés</translation>
    </message>
    <message>
        <source>Withdraw interest</source>
        <translation>Retirar interés</translation>
    </message>
    <message>
        <source>Nothing has been written to your groups or events yet.</source>
        <translation>Aún no se ha escrito nada a tus grupos ni eventos.</translation>
    </message>
    <message>
        <source>To you from the community's leaders</source>
        <translation>Para ti, de los líderes de la comunidad</translation>
    </message>
    <message>
        <source>To the list %1</source>
        <translation>A la lista %1</translation>
    </message>
    <message>
        <source>Message&amp;s from my groups, events and leaders</source>
        <translation>Men&amp;sajes de mis grupos, eventos y líderes</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationCodeDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Aceptar una invitación</translation>
    </message>
    <message>
        <source>Copy the code from the invitation mail and choose your password. The code works once, for the address it was sent to, within 14 days.</source>
        <translation>Copia el código del correo de invitación y elige tu contraseña. El código funciona una sola vez, para la dirección a la que se envió, durante 14 días.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Email the invitation was sent to</source>
        <translation>Correo al que se envió la invitación</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Paste the code from the invitation mail.</source>
        <translation>Pega el código del correo de invitación.</translation>
    </message>
    <message>
        <source>Enter the email address the invitation was sent to.</source>
        <translation>Introduce la dirección de correo a la que se envió la invitación.</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Introduce tu nombre tal como quieres que lo vea la comunidad.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used, expired, or sent to another address. Ask the person who invited you for a new invitation.</source>
        <translation>Este código no funciona: puede estar mal escrito, ya usado, caducado o enviado a otra dirección. Pide una nueva invitación a la persona que te invitó.</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsModel</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>La comunidad</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un grupo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>A</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsWidget</name>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Dirección de correo a invitar</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Invite &amp;email:</source>
        <translation>&amp;Correo a invitar:</translation>
    </message>
    <message>
        <source>Into the &amp;group</source>
        <translation>Al &amp;grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <source>The server mails a code to the address at the next sync; it is valid for 14 days</source>
        <translation>El servidor envía un código a la dirección en la próxima sincronización; es válido durante 14 días</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
    <message>
        <source>Only leaders and admins can invite people.</source>
        <translation>Solo los líderes y administradores pueden invitar a personas.</translation>
    </message>
    <message>
        <source>Enter the email address to invite, for example name@example.org.</source>
        <translation>Introduce la dirección de correo a invitar, por ejemplo nombre@example.org.</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>la comunidad</translation>
    </message>
    <message>
        <source>Choose the group, or untick “Into the group” to invite into the community.</source>
        <translation>Elige el grupo o desmarca «Al grupo» para invitar a la comunidad.</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>No se pudo guardar la invitación: %1</translation>
    </message>
    <message>
        <source>%1 is invited into %2. The server mails the code at the next sync.</source>
        <translation>%1 está invitado a %2. El servidor enviará el código por correo en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>commonroom::LeadershipPane</name>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <source>Assessments, newest first</source>
        <translation>Evaluaciones, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <source>Assess this person on the leadership ladder</source>
        <translation>Evaluar a esta persona en la escalera de liderazgo</translation>
    </message>
    <message>
        <source>Leader notes</source>
        <translation>Notas de líderes</translation>
    </message>
    <message>
        <source>Leader notes, newest first</source>
        <translation>Notas de líderes, la más reciente primero</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Add a leader note about this person</source>
        <translation>Añadir una nota de líderes sobre esta persona</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Aún sin evaluar.</translation>
    </message>
    <message>
        <source>Current level: %1 (%2)</source>
        <translation>Nivel actual: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), by %4</source>
        <translation>%1 — %2 (%3), por %4</translation>
    </message>
    <message>
        <source>%1 — %2:
%3</source>
        <translation>%1 — %2:
%3</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Add a leader note</source>
        <translation>Añadir una nota de líderes</translation>
    </message>
    <message>
        <source>A note for the other leaders; the person never sees it:</source>
        <translation>Una nota para las demás personas líderes; la persona nunca la ve:</translation>
    </message>
    <message>
        <source>The current level is unknown: the assessments could not be read.</source>
        <translation>El nivel actual es desconocido: no se pudieron leer las evaluaciones.</translation>
    </message>
</context>
<context>
    <name>commonroom::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Mantener la sesión en este ordenador</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) answers here. Ticked, your session is kept in %1, readable only by your user account: anyone who can read your files (a backup, an administrator) could act as you until you sign out. Unticked, you sign in each time you start Commonroom.</source>
        <translation>Aquí no responde ningún llavero del sistema (como GNOME Keyring o KWallet). Marcado, tu sesión se guarda en %1, legible solo por tu cuenta de usuario: quien pueda leer tus archivos (una copia de seguridad, un administrador) podría actuar en tu nombre hasta que cierres la sesión. Sin marcar, inicias sesión cada vez que abres Commonroom.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>El llavero respondió: %1</translation>
    </message>
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
    <message>
        <source>&amp;Apply to join…</source>
        <translation>&amp;Solicitar ingreso…</translation>
    </message>
    <message>
        <source>New here? Ask the community to let you in (an admin or members who know you decide)</source>
        <translation>¿Eres nuevo? Pide a la comunidad que te admita (decide un administrador o miembros que te conocen)</translation>
    </message>
    <message>
        <source>I have an in&amp;vitation code…</source>
        <translation>Tengo un código de in&amp;vitación…</translation>
    </message>
    <message>
        <source>Create your account with the code from your invitation mail</source>
        <translation>Crea tu cuenta con el código de tu correo de invitación</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>&amp;Olvidé la contraseña…</translation>
    </message>
    <message>
        <source>Get a code by email and choose a new password</source>
        <translation>Recibe un código por correo y elige una nueva contraseña</translation>
    </message>
    <message>
        <source>Where your session is kept</source>
        <translation>Dónde se guarda tu sesión</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Se cambió tu contraseña. Inicia sesión con la nueva.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message>
        <source>Copy of the community</source>
        <translation>Copia de la comunidad</translation>
    </message>
    <message>
        <source>Nothing to send; the community is not wholly copied yet</source>
        <translation>Nada que enviar; la comunidad aún no está copiada por completo</translation>
    </message>
    <message>
        <source>The community is being copied to this computer: lists show only what has arrived until it is done.</source>
        <translation>La comunidad se está copiando a este ordenador: hasta que termine, las listas muestran solo lo que ya llegó.</translation>
    </message>
    <message>
        <source>Only part of the community is on this computer: its copy was not finished. Lists may miss people, groups and events. Sync (F5) to finish it; what arrived is kept.</source>
        <translation>Solo una parte de la comunidad está en este ordenador: su copia no terminó. A las listas pueden faltarles personas, grupos y eventos. Sincroniza (F5) para terminarla; lo que llegó se conserva.</translation>
    </message>
    <message>
        <source>Your role changed</source>
        <translation>Tu rol cambió</translation>
    </message>
    <message>
        <source>%1 Commonroom opens again with what your new role, %2, may see and do.</source>
        <translation>%1 Commonroom se abre de nuevo con lo que tu nuevo rol, %2, puede ver y hacer.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>In lists, Enter opens what is selected; Alt with an underlined letter reaches its field or button.</source>
        <translation>En las listas, Intro abre lo seleccionado; Alt con una letra subrayada lleva a su campo o botón.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln en espera</numerusform>
            <numerusform>%1, %Ln en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person to see their card here.</source>
        <translation>Elige a una persona para ver aquí su ficha.</translation>
    </message>
    <message numerus="yes">
        <source>All changes sent; %n refused (see Sync problems)</source>
        <translation>
            <numerusform>Todos los cambios enviados; %n rechazado (vea Problemas de sincronización)</numerusform>
            <numerusform>Todos los cambios enviados; %n rechazados (vea Problemas de sincronización)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Nuevo &amp;grupo…</translation>
    </message>
    <message>
        <source>Community &amp;words…</source>
        <translation>&amp;Palabras de la comunidad…</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them</source>
        <translation>Nombrar los niveles de la escalera y las áreas de las contribuciones como los dice tu comunidad</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>Lista inteligente</translation>
    </message>
    <message>
        <source>Smart &amp;list:</source>
        <translation>&amp;Lista inteligente:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as list…</source>
        <translation>&amp;Guardar como lista…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>&amp;Borrar lista…</translation>
    </message>
    <message>
        <source>No list</source>
        <translation>Ninguna lista</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (compartida)</translation>
    </message>
    <message>
        <source>The chosen smart list selects the people; choose "No list" to filter here.</source>
        <translation>La lista inteligente elegida selecciona a las personas; elige «Ninguna lista» para filtrar aquí.</translation>
    </message>
    <message>
        <source>This is a saved list already.</source>
        <translation>Ya es una lista guardada.</translation>
    </message>
    <message>
        <source>Filter the people first: what the filters ask for is what the list keeps.</source>
        <translation>Filtra primero a las personas: la lista guarda lo que piden los filtros.</translation>
    </message>
    <message>
        <source>Choose a saved list first.</source>
        <translation>Elige primero una lista guardada.</translation>
    </message>
    <message numerus="yes">
        <source>%n people now</source>
        <translation>
            <numerusform>%n persona ahora</numerusform>
            <numerusform>%n personas ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>Guardar como lista inteligente</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nombre de la lista:</translation>
    </message>
    <message>
        <source>Share the list</source>
        <translation>Compartir la lista</translation>
    </message>
    <message>
        <source>Share "%1" with the other leaders and admins? Otherwise it stays on your devices alone.</source>
        <translation>¿Compartir «%1» con quienes lideran y administran? Si no, queda solo en tus dispositivos.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Keep it mine</source>
        <translation>Guardarla para mí</translation>
    </message>
    <message>
        <source>Saved the list "%1". It is sent at the next sync.</source>
        <translation>Lista «%1» guardada. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Delete the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Delete the shared list "%1"? It goes from every leader's devices at their next sync; the people in it stay.</source>
        <translation>¿Borrar la lista compartida «%1»? Desaparece de los dispositivos de quienes lideran en su próxima sincronización; las personas siguen.</translation>
    </message>
    <message>
        <source>Delete the list "%1"? The people in it stay.</source>
        <translation>¿Borrar la lista «%1»? Las personas siguen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Puerta a puerta</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organización</translation>
    </message>
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
        <source>Browse, join and curate the community&apos;s groups</source>
        <translation>Explorar los grupos de la comunidad, unirse a ellos y curarlos</translation>
    </message>
    <message>
        <source>Sync speed and time left</source>
        <translation>Velocidad y tiempo restante de la sincronización</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Recibiendo %1 de %2</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation>Modo de &amp;llegadas</translation>
    </message>
    <message>
        <source>Open the selected event&apos;s door view: check people in, full screen, offline</source>
        <translation>Abrir la vista de puerta del evento seleccionado: registra llegadas, a pantalla completa, sin conexión</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>Mi solicitud</translation>
    </message>
    <message>
        <source>Show the %1 dashboard</source>
        <translation>Mostrar el panel %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Mis &amp;dispositivos…</translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>E&amp;xportar mis datos…</translation>
    </message>
    <message>
        <source>&amp;Vouch for applicant…</source>
        <translation>&amp;Avalar al solicitante…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>B&amp;orrar persona…</translation>
    </message>
    <message>
        <source>Remove a person and their data everywhere, at their request (admins)</source>
        <translation>Eliminar a una persona y sus datos en todas partes, a petición suya (administradores)</translation>
    </message>
    <message>
        <source>Fetch &amp;everything again…</source>
        <translation>&amp;Traer todo de nuevo…</translation>
    </message>
    <message>
        <source>Receive the whole community again, for a copy that seems incomplete; your unsent changes are kept</source>
        <translation>Recibir de nuevo toda la comunidad, para una copia que parece incompleta; se conservan sus cambios sin enviar</translation>
    </message>
    <message>
        <source>Fetch everything again</source>
        <translation>Traer todo de nuevo</translation>
    </message>
    <message>
        <source>Receive the whole community again from the server? This copy is replaced as the server sends it, which takes a while for a large community; your unsent changes are kept and sent first.</source>
        <translation>¿Recibir de nuevo toda la comunidad desde el servidor? Esta copia se reemplaza a medida que el servidor la envía, lo que tarda un rato en una comunidad grande; sus cambios sin enviar se conservan y se envían primero.</translation>
    </message>
    <message>
        <source>&amp;Fetch everything</source>
        <translation>&amp;Traer todo</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (solo líderes)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>W&amp;rite to them…</source>
        <translation>Esc&amp;ribirles…</translation>
    </message>
    <message>
        <source>Write a message to the people the list selects now.</source>
        <translation>Escribir un mensaje a las personas que la lista selecciona ahora.</translation>
    </message>
    <message>
        <source>Choose a saved list first: a message goes to the people it selects.</source>
        <translation>Elige primero una lista guardada: un mensaje va a las personas que selecciona.</translation>
    </message>
    <message>
        <source>Nothing is written to this list: %1</source>
        <translation>No se escribe nada a esta lista: %1</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>El mensaje no se guardó: %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Mensaje «%1» guardado; se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importar personas…</translation>
    </message>
    <message>
        <source>Bring people in from a spreadsheet (CSV)</source>
        <translation>Traer personas desde una hoja de cálculo (CSV)</translation>
    </message>
</context>
<context>
    <name>commonroom::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>commonroom::MyGroupsModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sin nombre)</translation>
    </message>
    <message>
        <source>You curate this group</source>
        <translation>Eres curador de este grupo</translation>
    </message>
    <message>
        <source>You are a member</source>
        <translation>Eres miembro</translation>
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
    <name>commonroom::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters; a few unrelated words make a good one.</source>
        <translation>Elige una contraseña de al menos %1 caracteres; unas cuantas palabras sin relación entre sí son una buena opción.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escribe la nueva contraseña dos veces.</translation>
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
        <source>Unsaved changes (Ctrl+S saves)</source>
        <translation>Cambios sin guardar (Ctrl+S guarda)</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Fuera de la escalera</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>How far this person has come on the community's leadership ladder, from first contact to organizing others. Only leaders and admins change it.</source>
        <translation>Hasta dónde ha llegado esta persona en la escalera de liderazgo de la comunidad, del primer contacto a organizar a otras personas. Solo líderes y administradores la cambian.</translation>
    </message>
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
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>How others see this profile (Ctrl+Tab)</source>
        <translation>Cómo ven otros este perfil (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>Check the links (one web address per line): %1</source>
        <translation>Revisa los enlaces (una dirección web por línea): %1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>Eleg&amp;ir foto…</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture; it is made smaller to %1×%1 pixels</source>
        <translation>Una imagen JPEG o PNG; se reduce a %1×%1 píxeles</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Quitar foto</translation>
    </message>
    <message>
        <source>Not shared
with you</source>
        <translation>No compartido
contigo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>No se puede mostrar la foto</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (%2). Choose a JPEG or PNG file.</source>
        <translation>No se pudo leer «%1» como imagen (%2). Elige un archivo JPEG o PNG.</translation>
    </message>
    <message>
        <source>“%1” could not be made into a photo small enough to keep. Choose another picture.</source>
        <translation>No se pudo convertir «%1» en una foto lo bastante pequeña para guardarla. Elige otra imagen.</translation>
    </message>
    <message>
        <source>View &amp;as:</source>
        <translation>Ver &amp;como:</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>El público</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un miembro</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Un líder</translation>
    </message>
    <message>
        <source>View the profile as</source>
        <translation>Ver el perfil como</translation>
    </message>
    <message>
        <source>What others receive of this profile with the values and visibilities above, saved or not. Admins and the person themself see everything.</source>
        <translation>Lo que otros reciben de este perfil con los valores y la visibilidad de arriba, guardados o no. Los administradores y la propia persona lo ven todo.</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Vista previa del perfil</translation>
    </message>
    <message>
        <source>%1 would see nothing of this profile.</source>
        <translation>%1 no vería nada de este perfil.</translation>
    </message>
    <message>
        <source>The mail server refused this person's address on %1, so group messages and reminders are not mailed to it. Ask them for another address.</source>
        <translation>El servidor de correo rechazó la dirección de esta persona el %1; los mensajes de grupo y los recordatorios ya no se envían a ella. Pídale otra dirección.</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonPickerDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Inscribir a alguien</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar una persona</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Escribe las primeras letras de un nombre</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Choose someone</source>
        <translation>Elegir a alguien</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
</context>
<context>
    <name>commonroom::ProfileDashboard</name>
    <message>
        <source>Mail me my &amp;groups' messages (you read them here either way)</source>
        <translation>Enviarme por correo los mensajes de mis &amp;grupos (los lees aquí de todos modos)</translation>
    </message>
    <message>
        <source>Sign in to see and edit your profile.</source>
        <translation>Inicia sesión para ver y editar tu perfil.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Mail me &amp;reminders and messages of my events</source>
        <translation>Enviarme &amp;recordatorios y mensajes de mis eventos</translation>
    </message>
    <message>
        <source>Mails from the server &amp;in:</source>
        <translation>Correos del servidor &amp;en:</translation>
    </message>
    <message>
        <source>Mail me the community's &amp;announcements</source>
        <translation>Enviarme por correo los &amp;anuncios de la comunidad</translation>
    </message>
</context>
<context>
    <name>commonroom::RecentChangesModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sin nombre)</translation>
    </message>
    <message>
        <source>%1 was updated</source>
        <translation>%1 se actualizó</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1: curator of %2</source>
        <translation>%1: curador de %2</translation>
    </message>
    <message>
        <source>%1 joined %2</source>
        <translation>%1 se unió a %2</translation>
    </message>
    <message>
        <source>%1 asked to join %2</source>
        <translation>%1 pidió unirse a %2</translation>
    </message>
    <message>
        <source>%1 was invited to %2</source>
        <translation>%1 fue invitado a %2</translation>
    </message>
    <message>
        <source>%1 is not joining %2 (declined)</source>
        <translation>%1 no se une a %2 (rechazado)</translation>
    </message>
    <message>
        <source>A membership of %1 changed</source>
        <translation>Cambió una membresía de %1</translation>
    </message>
</context>
<context>
    <name>commonroom::RegistrantsModel</name>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation>En lista de espera (n.º %1)</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>%1 on device %2 (undone)</source>
        <translation>%1 en el dispositivo %2 (deshecho)</translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation>%1 en el dispositivo %2</translation>
    </message>
    <message>
        <source>Came although the event was full</source>
        <translation>Vino aunque el evento estaba lleno</translation>
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
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrito el</translation>
    </message>
</context>
<context>
    <name>commonroom::RelationsPane</name>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Other people in the household</source>
        <translation>Otras personas del hogar</translation>
    </message>
    <message>
        <source>Household to add them to</source>
        <translation>Hogar al que añadir a la persona</translation>
    </message>
    <message>
        <source>Hou&amp;sehold:</source>
        <translation>Ho&amp;gar:</translation>
    </message>
    <message>
        <source>&amp;Add to household</source>
        <translation>&amp;Añadir al hogar</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Nuevo hogar…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>&amp;Salir del hogar</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Relate to…</source>
        <translation>&amp;Relacionar con…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Who brought whom</source>
        <translation>Quién trajo a quién</translation>
    </message>
    <message>
        <source>People they brought in, and whom those brought in</source>
        <translation>Personas que trajo, y a quién trajeron esas</translation>
    </message>
    <message>
        <source>There is no household yet: make one.</source>
        <translation>Todavía no hay ningún hogar: crea uno.</translation>
    </message>
    <message>
        <source>They are in this household already.</source>
        <translation>Ya está en este hogar.</translation>
    </message>
    <message>
        <source>They are in no household.</source>
        <translation>No está en ningún hogar.</translation>
    </message>
    <message>
        <source>Select a relationship to remove it.</source>
        <translation>Selecciona una relación para quitarla.</translation>
    </message>
    <message>
        <source>In the household &quot;%1&quot;.</source>
        <translation>En el hogar «%1».</translation>
    </message>
    <message>
        <source>Address: %1 (as %2 shows it to you). A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Dirección: %1 (tal como %2 te la muestra). Un hogar no tiene dirección propia: cada persona muestra la suya a quien elige.</translation>
    </message>
    <message>
        <source>No address is shown: none of its people shows you theirs. A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>No se muestra ninguna dirección: ninguna de sus personas te muestra la suya. Un hogar no tiene dirección propia: cada persona muestra la suya a quien elige.</translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation>No está en ningún hogar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1 (%n persona)</numerusform>
            <numerusform>%1 (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought in by: %1</source>
        <translation>Traído por: %1</translation>
    </message>
    <message>
        <source>Brought in: %1</source>
        <translation>Trajo a: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brought in by %1.</source>
        <translation>Traído por %1.</translation>
    </message>
    <message>
        <source>Who brought them in is not recorded.</source>
        <translation>No consta quién trajo a esta persona.</translation>
    </message>
    <message>
        <source>No one they brought in is recorded.</source>
        <translation>No consta nadie a quien haya traído.</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Nuevo hogar</translation>
    </message>
    <message>
        <source>Name of the household (no address: each person shows theirs to whom they choose):</source>
        <translation>Nombre del hogar (sin dirección: cada persona muestra la suya a quien elige):</translation>
    </message>
</context>
<context>
    <name>commonroom::ReviewRequestsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln waiting)</source>
        <translation>
            <numerusform>%1 (%Ln en espera)</numerusform>
            <numerusform>%1 (%Ln en espera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln longest waiting are shown here; open the group (Enter) for the others.</source>
        <translation>
            <numerusform>Aquí se muestra la que más espera; abre el grupo (Intro) para ver las demás.</numerusform>
            <numerusform>Aquí se muestran las %Ln que más esperan; abre el grupo (Intro) para ver las demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln request(s) to join</source>
        <translation>
            <numerusform>%1, %Ln solicitud de ingreso</numerusform>
            <numerusform>%1, %Ln solicitudes de ingreso</numerusform>
        </translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>%1 asks to join %2, %3</source>
        <translation>%1 pide unirse a %2, %3</translation>
    </message>
    <message>
        <source>Group and person</source>
        <translation>Grupo y persona</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sin nombre)</translation>
    </message>
    <message>
        <source>%1 asks to join %2</source>
        <translation>%1 pide unirse a %2</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesModel</name>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesWidget</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Find a person by name or email</source>
        <translation>Buscar una persona por nombre o correo</translation>
    </message>
    <message>
        <source>Find a person by name or email (empty: leaders and admins)</source>
        <translation>Buscar una persona por nombre o correo (vacío: líderes y administradores)</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>Personas y sus roles</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Hacer &amp;miembro</translation>
    </message>
    <message>
        <source>Make &amp;leader</source>
        <translation>Hacer &amp;líder</translation>
    </message>
    <message>
        <source>Make a&amp;dmin</source>
        <translation>Hacer a&amp;dministrador</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Selecciona primero a una persona de la lista.</translation>
    </message>
    <message>
        <source>Only admins change roles.</source>
        <translation>Solo los administradores cambian roles.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ya es %2.</translation>
    </message>
    <message>
        <source>%1 is the last admin, and a community always keeps at least one. Make someone else an admin first, then change %1&apos;s role.</source>
        <translation>%1 es el último administrador, y una comunidad siempre conserva al menos uno. Haz administrador a otra persona primero y luego cambia el rol de %1.</translation>
    </message>
    <message>
        <source>The role could not be changed: %1</source>
        <translation>No se pudo cambiar el rol: %1</translation>
    </message>
    <message>
        <source>The server refused a role change: %1</source>
        <translation>El servidor rechazó un cambio de rol: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message>
        <source>Welcome: your application was approved.</source>
        <translation>Bienvenida: tu solicitud fue aprobada.</translation>
    </message>
    <message>
        <source>Your role in the community changed.</source>
        <translation>Tu rol en la comunidad cambió.</translation>
    </message>
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
    <message>
        <source>The renewed session could not be kept: %1</source>
        <translation>No se pudo guardar la sesión renovada: %1</translation>
    </message>
    <message>
        <source>This device could not be registered anew: %1. Your unsent changes are kept; sync again.</source>
        <translation>Este dispositivo no se pudo registrar de nuevo: %1. Sus cambios sin enviar se conservan; sincronice otra vez.</translation>
    </message>
    <message>
        <source>This copy of Commonroom was restored from a backup or copied from another device, so the server did not know its latest changes. It now syncs as a new device and sends them again; nothing was lost.</source>
        <translation>Esta copia de Commonroom se restauró desde una copia de seguridad o se copió de otro dispositivo, así que el servidor no conocía sus últimos cambios. Ahora se sincroniza como un dispositivo nuevo y los vuelve a enviar; no se perdió nada.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). This is not a changed certificate: the connection was disturbed. Your changes are kept and will be sent at the next sync.</source>
        <translation>La conexión segura con el servidor falló (%1). No es un certificado cambiado: la conexión se vio perturbada. Sus cambios se conservan y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The connection to the server broke off in the middle of its answer (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>La conexión con el servidor se cortó en mitad de su respuesta (%1). Sus cambios se conservan y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The server at %1 did not give an HTTP answer (%2). Check the server address in the sign-in settings; your changes are kept.</source>
        <translation>El servidor en %1 no dio una respuesta HTTP (%2). Compruebe la dirección del servidor en los ajustes de inicio de sesión; sus cambios se conservan.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>The server at %1 is older than this app and cannot take its changes. Ask its admin to update commonroom-syncd; your changes are kept meanwhile.</source>
        <translation>El servidor en %1 es más antiguo que esta aplicación y no puede aceptar sus cambios. Pida a su administración que actualice commonroom-syncd; mientras tanto, sus cambios se conservan.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2: %3). Your changes are kept and sync tries again later; if this goes on, tell the server&apos;s admin.</source>
        <translation>El servidor en %1 falló (HTTP %2: %3). Sus cambios se conservan y la sincronización lo vuelve a intentar más tarde; si sigue pasando, avise a la administración del servidor.</translation>
    </message>
    <message>
        <source>This change is larger than the server accepts in one request (%1 KiB), so it could not be sent. Its values are kept here; make the change again with less in it (a smaller photo, a shorter text).</source>
        <translation>Este cambio es mayor de lo que el servidor acepta en una petición (%1 KiB), así que no se pudo enviar. Sus valores se conservan aquí; vuelva a hacer el cambio con menos contenido (una foto más pequeña, un texto más corto).</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</source>
        <translation>
            <numerusform>El reloj de este dispositivo va %n minuto adelantado respecto al del servidor. Sus cambios se conservaron y se fecharon con la hora del servidor; ponga en hora el reloj de este dispositivo.</numerusform>
            <numerusform>El reloj de este dispositivo va %n minutos adelantado respecto al del servidor. Sus cambios se conservaron y se fecharon con la hora del servidor; ponga en hora el reloj de este dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</source>
        <translation>
            <numerusform>El reloj de este dispositivo va %n minuto atrasado respecto al del servidor. Sus cambios se conservaron; ponga en hora el reloj de este dispositivo para que se ordenen bien respecto a los de otros.</numerusform>
            <numerusform>El reloj de este dispositivo va %n minutos atrasado respecto al del servidor. Sus cambios se conservaron; ponga en hora el reloj de este dispositivo para que se ordenen bien respecto a los de otros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position of the last sync on this device was damaged, so everything is fetched again; unsent changes are kept.</source>
        <translation>La posición de la última sincronización en este dispositivo estaba dañada, así que se trae todo de nuevo; los cambios sin enviar se conservan.</translation>
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
        <source>%1 (code: %2)
%3</source>
        <translation>%1 (código: %2)
%3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Membership of %1 in a group</source>
        <translation>Membresía de %1 en un grupo</translation>
    </message>
    <message>
        <source>Membership of %1 in %2</source>
        <translation>Membresía de %1 en %2</translation>
    </message>
    <message>
        <source>Registration of %1 for an event</source>
        <translation>Inscripción de %1 a un evento</translation>
    </message>
    <message>
        <source>Registration of %1 for %2</source>
        <translation>Inscripción de %1 a %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ask someone who may make this change (a leader, or the group's curator) to make it; what you typed is kept here.</source>
        <translation>Pida a alguien que pueda hacer este cambio (un líder o quien cura el grupo) que lo haga; lo que escribió se guarda aquí.</translation>
    </message>
    <message>
        <source>Correct it and save it again; what you typed is kept here.</source>
        <translation>Corríjalo y guárdelo de nuevo; lo que escribió se guarda aquí.</translation>
    </message>
    <message>
        <source>What it refers to is gone from the server; sync, then make the change again if it still applies.</source>
        <translation>Aquello a lo que se refiere ya no está en el servidor; sincronice y vuelva a hacer el cambio si aún corresponde.</translation>
    </message>
    <message>
        <source>Sync again later; if it is refused again, tell your community's admin.</source>
        <translation>Sincronice más tarde; si se rechaza de nuevo, avise a quien administra su comunidad.</translation>
    </message>
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
</context>
<context>
    <name>commonroom::TagsPane</name>
    <message>
        <source>Check a tag to apply it to this person, uncheck it to remove it.</source>
        <translation>Marca una etiqueta para aplicarla a esta persona; desmárcala para quitarla.</translation>
    </message>
    <message>
        <source>The tags applied to this person that you may see.</source>
        <translation>Las etiquetas aplicadas a esta persona que puedes ver.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (solo líderes)</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>&amp;Nueva etiqueta…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Nombre de la etiqueta:</translation>
    </message>
    <message>
        <source>Who sees &quot;%1&quot;?</source>
        <translation>¿Quién ve «%1»?</translation>
    </message>
    <message>
        <source>Should members see this tag too? Leaders only is the default: then it is never shown to members, nor to the people it is applied to.</source>
        <translation>¿Deben ver esta etiqueta también los miembros? Lo predeterminado es solo líderes: así nunca se muestra a los miembros ni a las personas a quienes se aplica.</translation>
    </message>
    <message>
        <source>Members too</source>
        <translation>También miembros</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Solo líderes</translation>
    </message>
</context>
<context>
    <name>commonroom::VouchDialog</name>
    <message>
        <source>this applicant</source>
        <translation>este solicitante</translation>
    </message>
    <message>
        <source>Vouch for %1</source>
        <translation>Avalar a %1</translation>
    </message>
    <message>
        <source>Say how you know %1 and why the community can welcome them. Admins and %1 will see your vouch and your reason; nobody else does.</source>
        <translation>Di cómo conoces a %1 y por qué la comunidad puede darle la bienvenida. Los administradores y %1 verán tu aval y tu motivo; nadie más.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Vouch</source>
        <translation>&amp;Avalar</translation>
    </message>
    <message>
        <source>Only members can vouch. Once your own application is approved, you can vouch for others.</source>
        <translation>Solo los miembros pueden avalar. Cuando se apruebe tu solicitud, podrás avalar a otros.</translation>
    </message>
    <message>
        <source>You cannot vouch for yourself.</source>
        <translation>No puedes avalarte a ti mismo.</translation>
    </message>
    <message>
        <source>This person is not on this computer. Sync, then try again.</source>
        <translation>Esta persona no está en este equipo. Sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 ya es miembro.</translation>
    </message>
    <message>
        <source>You have already vouched for %1.</source>
        <translation>Ya avalaste a %1.</translation>
    </message>
    <message>
        <source>Write a reason: admins decide with it.</source>
        <translation>Escribe un motivo: los administradores deciden con él.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under about %1 characters.</source>
        <translation>El motivo es demasiado largo; mantenlo por debajo de unos %1 caracteres.</translation>
    </message>
    <message>
        <source>The vouch could not be saved: %1</source>
        <translation>No se pudo guardar el aval: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::WalkInDialog</name>
    <message>
        <source>They &amp;agree to be contacted by the community</source>
        <translation>&amp;Acepta ser contactado por la comunidad</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
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
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado</translation>
    </message>
    <message>
        <source>Email and phone are kept only with this agreement</source>
        <translation>El correo y el teléfono solo se guardan con este consentimiento</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Someone who is not in the directory yet. Ask for their name; ask for an email or a phone only if they agree to be contacted.</source>
        <translation>Alguien que aún no está en el directorio. Pregúntale su nombre; pide un correo o un teléfono solo si acepta ser contactado.</translation>
    </message>
    <message>
        <source>Register and check &amp;in</source>
        <translation>Inscribir y registrar &amp;llegada</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to register them.</source>
        <translation>Escribe el nombre de la persona para inscribirla.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use a dark palette, whatever the desktop's theme.</source>
        <translation>Usar una paleta oscura, sea cual sea el tema del escritorio.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every dashboard and main dialog in DIR and quit (scripts/screenshots.sh).</source>
        <translation>Tras la primera sincronización, guardar una imagen de cada panel y diálogo principal en DIR y salir (scripts/screenshots.sh).</translation>
    </message>
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
<context>
    <name>Opportunities</name>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders post opportunities for it.</source>
        <translation>Solo los curadores del grupo y los líderes publican oportunidades para él.</translation>
    </message>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>Una oportunidad necesita un título.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>El título «%1» es demasiado largo: %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of the opportunity &quot;%2&quot; is not one of the community&apos;s areas: %3.</source>
        <translation>El área «%1» de la oportunidad «%2» no es una de las áreas de la comunidad: %3.</translation>
    </message>
    <message>
        <source>%1 places for the opportunity &quot;%2&quot; is not a number it can have: from 1 to %3.</source>
        <translation>%1 plazas no es un número posible para la oportunidad «%2»: de 1 a %3.</translation>
    </message>
    <message>
        <source>The last day %1 of the opportunity &quot;%2&quot; is before its first day %3.</source>
        <translation>El último día %1 de la oportunidad «%2» es anterior a su primer día %3.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ningún grupo con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 people are already accepted for the opportunity &quot;%2&quot;, more than %3 places; decline someone first.</source>
        <translation>Ya hay %1 personas aceptadas para la oportunidad «%2», más que %3 plazas; rechaza primero a alguien.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders open and close its opportunities.</source>
        <translation>Solo los curadores del grupo y los líderes abren y cierran sus oportunidades.</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Los miembros dicen que les interesa una oportunidad; quien solicita puede hacerlo una vez aprobado.</translation>
    </message>
    <message>
        <source>You are already accepted for &quot;%1&quot;.</source>
        <translation>Ya te aceptaron para «%1».</translation>
    </message>
    <message>
        <source>A curator of the group declined your interest in &quot;%1&quot;; ask them if you want to be considered again.</source>
        <translation>Un curador del grupo rechazó tu interés en «%1»; pregúntale si quieres que te vuelvan a considerar.</translation>
    </message>
    <message>
        <source>The opportunity &quot;%1&quot; is closed.</source>
        <translation>La oportunidad «%1» está cerrada.</translation>
    </message>
    <message>
        <source>You have not said you are interested in &quot;%1&quot;.</source>
        <translation>No has dicho que te interese «%1».</translation>
    </message>
    <message>
        <source>Your message about &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Tu mensaje sobre «%1» es demasiado largo: %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders accept or decline interest in &quot;%1&quot;.</source>
        <translation>Solo los curadores del grupo y los líderes aceptan o rechazan el interés en «%1».</translation>
    </message>
    <message>
        <source>%1 is not interested in &quot;%2&quot; (or withdrew); only someone interested is accepted or declined.</source>
        <translation>A %1 no le interesa «%2» (o se retiró); solo se acepta o rechaza a quien está interesado.</translation>
    </message>
    <message>
        <source>All %1 places of &quot;%2&quot; are taken; decline someone first, or give it more places.</source>
        <translation>Las %1 plazas de «%2» están ocupadas; rechaza primero a alguien o dale más plazas.</translation>
    </message>
    <message>
        <source>Cannot read the opportunities on this device</source>
        <translation>No se pueden leer las oportunidades de este dispositivo</translation>
    </message>
    <message>
        <source>There is no opportunity with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna oportunidad con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot read the interest in the opportunity %1 on this device</source>
        <translation>No se puede leer el interés en la oportunidad %1 de este dispositivo</translation>
    </message>
</context>
<context>
    <name>commonroom::OpportunitiesPane</name>
    <message>
        <source>Opportunities of the &amp;group:</source>
        <translation>Oportunidades del &amp;grupo:</translation>
    </message>
    <message>
        <source>Opportunities of the group</source>
        <translation>Oportunidades del grupo</translation>
    </message>
    <message>
        <source>Post opportunit&amp;y…</source>
        <translation>Publicar oportunidad (&amp;Y)…</translation>
    </message>
    <message>
        <source>I&apos;m in&amp;terested</source>
        <translation>Me in&amp;teresa</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw interest</source>
        <translation>Retirar interés (&amp;H)</translation>
    </message>
    <message>
        <source>Close &amp;opportunity</source>
        <translation>Cerrar &amp;oportunidad</translation>
    </message>
    <message>
        <source>Interested &amp;people:</source>
        <translation>&amp;Personas interesadas:</translation>
    </message>
    <message>
        <source>People interested in the opportunity</source>
        <translation>Personas interesadas en la oportunidad</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) filled</source>
        <translation>
            <numerusform>%1 de %n plaza ocupada</numerusform>
            <numerusform>%1 de %n plazas ocupadas</numerusform>
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
        <translation>cerrada</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>tú: %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>habilidades: %1</translation>
    </message>
    <message>
        <source>languages: %1</source>
        <translation>idiomas: %1</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Los miembros dicen que les interesa una oportunidad; quien solicita puede hacerlo una vez aprobado.</translation>
    </message>
    <message>
        <source>All places are taken.</source>
        <translation>Todas las plazas están ocupadas.</translation>
    </message>
    <message>
        <source>Post an opportunity</source>
        <translation>Publicar una oportunidad</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>for example: bike repair, Python</source>
        <translation>por ejemplo: reparar bicis, Python</translation>
    </message>
    <message>
        <source>&amp;Skills wanted:</source>
        <translation>&amp;Habilidades buscadas:</translation>
    </message>
    <message>
        <source>for example: Arabic, Portuguese</source>
        <translation>por ejemplo: árabe, portugués</translation>
    </message>
    <message>
        <source>&amp;Languages wanted:</source>
        <translation>&amp;Idiomas buscados:</translation>
    </message>
    <message>
        <source>for example: 3 hours on Saturday</source>
        <translation>por ejemplo: 3 horas el sábado</translation>
    </message>
    <message>
        <source>Time &amp;commitment:</source>
        <translation>&amp;Dedicación:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-DD, opcional</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>P&amp;lazas:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day written YYYY-MM-DD; leave it empty when the opportunity has no date.</source>
        <translation>«%1» no es un día escrito AAAA-MM-DD; déjalo vacío si la oportunidad no tiene fecha.</translation>
    </message>
</context>
<context>
    <name>commonroom::OrganizingDashboard</name>
    <message>
        <source>Chart of canvass progress per turf</source>
        <translation>Gráfico del avance por zona</translation>
    </message>
    <message>
        <source>Canvass progress per turf</source>
        <translation>Avance por zona</translation>
    </message>
    <message>
        <source>C&amp;anvass</source>
        <translation>&amp;Puerta a puerta</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Simpatizantes</translation>
    </message>
    <message>
        <source>Visited, no conversation</source>
        <translation>Visitadas, sin conversación</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Aún sin visitar</translation>
    </message>
    <message>
        <source>Canvass progress per open turf</source>
        <translation>Avance por zona abierta</translation>
    </message>
    <message>
        <source>The same figures as the table below</source>
        <translation>Las mismas cifras que la tabla de abajo</translation>
    </message>
    <message>
        <source>Organizing figures</source>
        <translation>Cifras de organización</translation>
    </message>
    <message>
        <source>Chart of contributions by area over the last twelve months</source>
        <translation>Gráfico de contribuciones por área en los últimos doce meses</translation>
    </message>
    <message>
        <source>Chart of people per ladder level</source>
        <translation>Gráfico de personas por nivel de la escalera</translation>
    </message>
    <message>
        <source>Chart of turnout per event</source>
        <translation>Gráfico de asistencia por evento</translation>
    </message>
    <message>
        <source>Contributions by area</source>
        <translation>Contribuciones por área</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contribuciones</translation>
    </message>
    <message>
        <source>Ladder pipeline</source>
        <translation>Recorrido por la escalera</translation>
    </message>
    <message>
        <source>&amp;Ladder</source>
        <translation>&amp;Escalera</translation>
    </message>
    <message>
        <source>Turnout per event</source>
        <translation>Asistencia por evento</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The organizing figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras de organización: %1</translation>
    </message>
    <message>
        <source>Contributions and touch-points in twelve months: %1 (%2 hours) · On the ladder: %3 · Moves up this quarter: %4 · Events in twelve months: %5, attended %6 of %7 registered</source>
        <translation>Contribuciones y contactos en doce meses: %1 (%2 horas) · En la escalera: %3 · Subidas este trimestre: %4 · Eventos en doce meses: %5, asistieron %6 de %7 inscritos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours given by area, month by month</source>
        <translation>Horas dedicadas por área, mes a mes</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Moved up this quarter</source>
        <translation>Subieron este trimestre</translation>
    </message>
    <message>
        <source>Moved up since %1</source>
        <translation>Subieron desde el %1</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Fuera de la escalera</translation>
    </message>
    <message>
        <source>The ladder: people per level</source>
        <translation>La escalera: personas por nivel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Turnout per event, last twelve months</source>
        <translation>Asistencia por evento, últimos doce meses</translation>
    </message>
</context>
<context>
    <name>Turfs</name>
    <message>
        <source>Not home</source>
        <translation>No estaba en casa</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Hablamos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <source>Only leaders and admins make and change turfs.</source>
        <translation>Solo quienes lideran y administran crean y cambian zonas.</translation>
    </message>
    <message>
        <source>A turf needs a name.</source>
        <translation>Una zona necesita un nombre.</translation>
    </message>
    <message>
        <source>The turf name "%1" is too long: at most %2 characters.</source>
        <translation>El nombre de zona «%1» es demasiado largo: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only leaders and admins cut turfs.</source>
        <translation>Solo quienes lideran y administran dividen zonas.</translation>
    </message>
    <message>
        <source>A turf has from 1 to %1 doors (not %2).</source>
        <translation>Una zona tiene de 1 a %1 puertas (no %2).</translation>
    </message>
    <message>
        <source>Choose whom to cut into turfs: a smart list or an area.</source>
        <translation>Elige a quién dividir en zonas: una lista inteligente o un área.</translation>
    </message>
    <message>
        <source>No neighbourhood</source>
        <translation>Sin barrio</translation>
    </message>
    <message>
        <source>Only leaders and admins open and close turfs.</source>
        <translation>Solo quienes lideran y administran abren y cierran zonas.</translation>
    </message>
    <message>
        <source>Only leaders and admins change a turf's doors.</source>
        <translation>Solo quienes lideran y administran cambian las puertas de una zona.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna zona con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna persona con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not at a door of this turf.</source>
        <translation>%1 no está en ninguna puerta de esta zona.</translation>
    </message>
    <message>
        <source>Only leaders and admins assign turfs.</source>
        <translation>Solo quienes lideran y administran asignan zonas.</translation>
    </message>
    <message>
        <source>The turf "%1" is closed; open it again before assigning it.</source>
        <translation>La zona «%1» está cerrada; ábrela de nuevo antes de asignarla.</translation>
    </message>
    <message>
        <source>%1 is not a member yet, and only members canvass; approve them first or choose a member.</source>
        <translation>%1 aún no es miembro, y solo los miembros hacen puerta a puerta; apruébalo primero o elige a un miembro.</translation>
    </message>
    <message>
        <source>An assignment must end after it starts.</source>
        <translation>Una asignación debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>An assignment runs at most 92 days; assign the turf again after that.</source>
        <translation>Una asignación dura como máximo 92 días; después, vuelve a asignar la zona.</translation>
    </message>
    <message>
        <source>This assignment would have ended already (%1); choose an end in the future.</source>
        <translation>Esta asignación ya habría terminado (%1); elige un final en el futuro.</translation>
    </message>
    <message>
        <source>Only leaders and admins withdraw turf assignments.</source>
        <translation>Solo quienes lideran y administran retiran asignaciones de zonas.</translation>
    </message>
    <message>
        <source>There is no turf assignment with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ninguna asignación de zona con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This turf assignment was withdrawn already.</source>
        <translation>Esta asignación de zona ya se retiró.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device: it was never assigned to you, or your assignment ended; ask a leader.</source>
        <translation>No hay ninguna zona con el id %1 en este dispositivo: nunca se te asignó o tu asignación terminó; pregunta a alguien que lidere.</translation>
    </message>
    <message>
        <source>The turf "%1" is not assigned to you now; ask a leader to assign it to you.</source>
        <translation>La zona «%1» no está asignada a ti ahora; pide a alguien que lidere que te la asigne.</translation>
    </message>
    <message>
        <source>%1 is not at a door of the turf "%2".</source>
        <translation>%1 no está en ninguna puerta de la zona «%2».</translation>
    </message>
    <message>
        <source>"%1" is not an outcome at a door: not_home, talked, refused or moved.</source>
        <translation>«%1» no es un resultado en una puerta: not_home, talked, refused o moved.</translation>
    </message>
    <message>
        <source>Support is from 1 to 5 (%1 is not).</source>
        <translation>El apoyo va de 1 a 5 (%1 no).</translation>
    </message>
    <message>
        <source>A note from a door is at most %1 characters.</source>
        <translation>Una nota de una puerta tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Cannot read the turfs on this device</source>
        <translation>No se pueden leer las zonas de este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the turf %1 on this device</source>
        <translation>No se puede leer la zona %1 de este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the doors of the turf %1 on this device</source>
        <translation>No se pueden leer las puertas de la zona %1 de este dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the turf assignments on this device</source>
        <translation>No se pueden leer las asignaciones de zonas de este dispositivo</translation>
    </message>
</context>
<context>
    <name>WalkSheets</name>
    <message numerus="yes">
        <source>%n door(s); printed %1</source>
        <translation>
            <numerusform>%n puerta; impreso %1</numerusform>
            <numerusform>%n puertas; impreso %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Walk sheet</source>
        <translation>Hoja de recorrido</translation>
    </message>
    <message>
        <source>No address shown</source>
        <translation>Sin dirección visible</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Lista de teléfonos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) without a phone you may see are on the walk sheet only.</source>
        <translation>
            <numerusform>%n puerta sin un teléfono que puedas ver está solo en la hoja de recorrido.</numerusform>
            <numerusform>%n puertas sin un teléfono que puedas ver están solo en la hoja de recorrido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk sheet: %1</source>
        <translation>Hoja de recorrido: %1</translation>
    </message>
    <message>
        <source>Phone list: %1</source>
        <translation>Lista de teléfonos: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::CanvassingDashboard</name>
    <message numerus="yes">
        <source>%1: %2 of %n door(s) visited</source>
        <translation>
            <numerusform>%1: %2 de %n puerta visitadas</numerusform>
            <numerusform>%1: %2 de %n puertas visitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s).</source>
        <translation>
            <numerusform>%n simpatizante.</numerusform>
            <numerusform>%n simpatizantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut people into turfs, assign a turf to a member for a time, and follow each turf's canvass. A canvasser's device holds a turf only while it is assigned.</source>
        <translation>Divide a las personas en zonas, asigna una zona a un miembro por un tiempo y sigue el avance de cada zona. El dispositivo de quien recorre guarda una zona solo mientras esté asignada.</translation>
    </message>
    <message>
        <source>The turfs assigned to you now. Record what happened at each door: it is saved on this device and sent at the next sync.</source>
        <translation>Las zonas asignadas a ti ahora. Anota lo que pasó en cada puerta: se guarda en este dispositivo y se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Turfs</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Simpatizantes</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Recorriendo</translation>
    </message>
    <message>
        <source>&amp;Cut turfs…</source>
        <translation>&amp;Dividir zonas…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Cl&amp;ose turf</source>
        <translation>&amp;Cerrar zona</translation>
    </message>
    <message>
        <source>Walk &amp;sheet…</source>
        <translation>&amp;Hoja de recorrido…</translation>
    </message>
    <message>
        <source>&amp;Phone list…</source>
        <translation>&amp;Lista de teléfonos…</translation>
    </message>
    <message>
        <source>Doors of the turf, in walking order</source>
        <translation>Puertas de la zona, en orden de recorrido</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Support, from 1 (against) to 5 (strongly for)</source>
        <translation>Apoyo, de 1 (en contra) a 5 (muy a favor)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>A&amp;poyo:</translation>
    </message>
    <message>
        <source>Note (leaders and this turf's canvassers see it)</source>
        <translation>Nota (la ven quienes lideran y quienes recorren esta zona)</translation>
    </message>
    <message>
        <source>Note from the door</source>
        <translation>Nota de la puerta</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Anotar</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>No turfs yet: cut people into turfs to begin.</source>
        <translation>Aún no hay zonas: divide a las personas en zonas para empezar.</translation>
    </message>
    <message>
        <source>No turf is assigned to you now.</source>
        <translation>No tienes ninguna zona asignada ahora.</translation>
    </message>
    <message>
        <source>(address not shown to you)</source>
        <translation>(dirección no visible para ti)</translation>
    </message>
    <message>
        <source>Choose a turf first.</source>
        <translation>Elige primero una zona.</translation>
    </message>
    <message>
        <source>Re&amp;open turf</source>
        <translation>&amp;Reabrir zona</translation>
    </message>
    <message>
        <source>The turf is closed; open it again to assign it.</source>
        <translation>La zona está cerrada; ábrela de nuevo para asignarla.</translation>
    </message>
    <message>
        <source>No one is assigned this turf now.</source>
        <translation>Nadie tiene esta zona asignada ahora.</translation>
    </message>
    <message>
        <source>This turf is not assigned to you now.</source>
        <translation>Esta zona no está asignada a ti ahora.</translation>
    </message>
    <message>
        <source>Choose the door first.</source>
        <translation>Elige primero la puerta.</translation>
    </message>
    <message>
        <source>Withdraw the turf</source>
        <translation>Retirar la zona</translation>
    </message>
    <message>
        <source>Withdraw this turf from %1? Their devices drop its doors at their next sync; what they recorded stays.</source>
        <translation>¿Retirar esta zona a %1? Sus dispositivos descartan sus puertas en la próxima sincronización; lo anotado se queda.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Close the turf</source>
        <translation>Cerrar la zona</translation>
    </message>
    <message>
        <source>%1 is canvassing this turf now. Closing it ends that: their devices drop its doors at their next sync.</source>
        <translation>%1 está recorriendo esta zona ahora. Cerrarla lo termina: sus dispositivos descartan sus puertas en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Close turf</source>
        <translation>Cerrar zona</translation>
    </message>
    <message>
        <source>Save the walk sheet</source>
        <translation>Guardar la hoja de recorrido</translation>
    </message>
    <message>
        <source>walk-sheet</source>
        <translation>hoja-de-recorrido</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the phone list</source>
        <translation>Guardar la lista de teléfonos</translation>
    </message>
    <message>
        <source>phone-list</source>
        <translation>lista-de-telefonos</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfAssignDialog</name>
    <message>
        <source>Assign the turf</source>
        <translation>Asignar la zona</translation>
    </message>
    <message>
        <source>Assign "%1" to %2. Their devices hold its doors from the start to the end, and drop them after.</source>
        <translation>Asignar «%1» a %2. Sus dispositivos guardan las puertas desde el inicio hasta el final, y las descartan después.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfCutDialog</name>
    <message>
        <source>Cut turfs</source>
        <translation>Dividir zonas</translation>
    </message>
    <message>
        <source>The people of an area</source>
        <translation>Las personas de un área</translation>
    </message>
    <message>
        <source>Smart list: %1</source>
        <translation>Lista inteligente: %1</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;A quién:</translation>
    </message>
    <message>
        <source>The area, as people write it in their profile</source>
        <translation>El área, tal como la escriben las personas en su perfil</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Doors a turf:</source>
        <translation>&amp;Puertas por zona:</translation>
    </message>
    <message>
        <source>Before each turf's name, e.g. Spring canvass</source>
        <translation>Antes del nombre de cada zona, p. ej. Campaña de primavera</translation>
    </message>
    <message>
        <source>&amp;Name them after:</source>
        <translation>&amp;Nombrarlas tras:</translation>
    </message>
    <message>
        <source>The turfs that would be made</source>
        <translation>Las zonas que se crearían</translation>
    </message>
    <message>
        <source>Choose a smart list, or write an area.</source>
        <translation>Elige una lista inteligente o escribe un área.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n door(s))</source>
        <translation>
            <numerusform>%1 (%n puerta)</numerusform>
            <numerusform>%1 (%n puertas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turf(s).</source>
        <translation>
            <numerusform>%n zona.</numerusform>
            <numerusform>%n zonas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected people left out: you cannot see their address.</source>
        <translation>
            <numerusform>%n persona seleccionada quedó fuera: no puedes ver su dirección.</numerusform>
            <numerusform>%n personas seleccionadas quedaron fuera: no puedes ver su dirección.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Only admins name the community's levels and areas.</source>
        <translation>Solo quienes administran nombran los niveles y áreas de la comunidad.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of the community's words: area or level.</source>
        <translation>«%1» no es un tipo de palabra de la comunidad: area o level.</translation>
    </message>
    <message>
        <source>"%1" is not an area; the areas are: %2.</source>
        <translation>«%1» no es un área; las áreas son: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a level of the ladder: 1 to 5.</source>
        <translation>«%1» no es un nivel de la escalera: 1 a 5.</translation>
    </message>
    <message>
        <source>Every level of the ladder stays in use; rename it instead.</source>
        <translation>Todos los niveles de la escalera siguen en uso; cámbiale el nombre.</translation>
    </message>
    <message>
        <source>A name is one line of at most %1 characters.</source>
        <translation>Un nombre es una línea de como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>commonroom::TermsDialog</name>
    <message>
        <source>The community's words</source>
        <translation>Las palabras de la comunidad</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them. An empty name is the default, in each reader's language. Untick an area your community does not use: it is offered nowhere new, and entries in it keep it.</source>
        <translation>Nombra los niveles de la escalera y las áreas de las contribuciones como los dice tu comunidad. Un nombre vacío es el predeterminado, en el idioma de quien lee. Desmarca un área que tu comunidad no usa: no se ofrece en nada nuevo y las entradas que ya la tienen la conservan.</translation>
    </message>
    <message>
        <source>Levels and areas</source>
        <translation>Niveles y áreas</translation>
    </message>
    <message>
        <source>Level or area</source>
        <translation>Nivel o área</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>Nombre predeterminado</translation>
    </message>
    <message>
        <source>Your community's name</source>
        <translation>Nombre en tu comunidad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Ticked: the community uses this area</source>
        <translation>Marcada: la comunidad usa esta área</translation>
    </message>
</context>
<context>
    <name>commonroom::TextPromptDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Write a name first.</source>
        <translation>Escriba primero un nombre.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
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
</context>
<context>
    <name>commonroom::PersonCard</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>%1: shown</source>
        <translation>%1: visible</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>GroupMail</name>
    <message>
        <source>Only the group's curators and the community's leaders write to the whole group.</source>
        <translation>Solo las personas curadoras del grupo y quienes lideran la comunidad escriben a todo el grupo.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ningún grupo con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in first: the choice is kept with your profile.</source>
        <translation>Inicia sesión primero: la elección se guarda con tu perfil.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n messages in the last 24 hours, the most you may; write again a day after the first of them.</source>
        <translation>
            <numerusform>Escribiste %n mensaje en las últimas 24 horas, el máximo permitido; vuelve a escribir un día después.</numerusform>
            <numerusform>Escribiste %n mensajes en las últimas 24 horas, el máximo permitido; vuelve a escribir un día después del primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>This event is not on this device; sync, then try again.</source>
        <translation>Este evento no está en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Only the event's organizers and the community's leaders write to its registrants.</source>
        <translation>Solo los organizadores del evento y los líderes de la comunidad escriben a sus inscritos.</translation>
    </message>
    <message>
        <source>Nobody is a no-show before the event is over; write to them after it ends.</source>
        <translation>Nadie ha faltado antes de que termine el evento; escríbeles cuando acabe.</translation>
    </message>
    <message>
        <source>The messages cannot be read.</source>
        <translation>No se pueden leer los mensajes.</translation>
    </message>
    <message>
        <source>Only the community's leaders and admins write to the people of a smart list.</source>
        <translation>Solo los líderes y administradores de la comunidad escriben a las personas de una lista inteligente.</translation>
    </message>
    <message>
        <source>The list selects nobody but you now; there is no one to write to.</source>
        <translation>La lista no selecciona ahora a nadie más que a ti; no hay a quién escribir.</translation>
    </message>
    <message>
        <source>The list selects %1 people, more than a message reaches (%2); narrow it, or write to parts of it.</source>
        <translation>La lista selecciona a %1 personas, más de las que alcanza un mensaje (%2); acótala o escribe a partes de ella.</translation>
    </message>
    <message>
        <source>There is no message with the id %1 on this device; sync, then try again.</source>
        <translation>No hay ningún mensaje con el id %1 en este dispositivo; sincroniza y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMailPane</name>
    <message>
        <source>Write to the group…</source>
        <translation>Escribir al grupo…</translation>
    </message>
    <message>
        <source>Messages to the group</source>
        <translation>Mensajes al grupo</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Waiting to be sent (next sync)</source>
        <translation>Esperando el envío (próxima sincronización)</translation>
    </message>
    <message numerus="yes">
        <source>Mailed to %n</source>
        <translation>
            <numerusform>Enviado a %n</numerusform>
            <numerusform>Enviado a %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mailed</source>
        <translation>
            <numerusform>%n sin correo</numerusform>
            <numerusform>%n sin correo</numerusform>
        </translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>El mensaje no se guardó: %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Mensaje «%1» guardado; se envía en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n did not agree to be mailed</source>
        <translation>
            <numerusform>%n no aceptó recibir correos</numerusform>
            <numerusform>%n no aceptaron recibir correos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed but have no address</source>
        <translation>
            <numerusform>%n aceptó pero no tiene dirección</numerusform>
            <numerusform>%n aceptaron pero no tienen dirección</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mailed: %1. They read it here.</source>
        <translation>Sin correo: %1. Lo leen aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing: %1 of %n</source>
        <translation>
            <numerusform>Enviando: %1 de %n</numerusform>
            <numerusform>Enviando: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be delivered</source>
        <translation>
            <numerusform>%n no se pudo entregar</numerusform>
            <numerusform>%n no se pudieron entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Messages to the event's registrants</source>
        <translation>Mensajes a los inscritos del evento</translation>
    </message>
    <message>
        <source>Write to registrants…</source>
        <translation>Escribir a los inscritos…</translation>
    </message>
    <message>
        <source>Waiting for a seat</source>
        <translation>Esperando plaza</translation>
    </message>
    <message>
        <source>Had a seat, did not come</source>
        <translation>Tenían plaza y no vinieron</translation>
    </message>
    <message>
        <source>Registered, with a seat</source>
        <translation>Inscritos, con plaza</translation>
    </message>
</context>
<context>
    <name>commonroom::WriteMessageDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
    <message>
        <source>Everyone in the group reads it in Commonroom. The server mails it, when it receives it, to the members who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Todo el grupo lo lee en Commonroom. El servidor lo envía por correo, al recibirlo, a los miembros que lo aceptaron; sus direcciones se quedan en el servidor.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the group's %n other active member(s).</source>
        <translation>
            <numerusform>Llega a %n miembro activo más del grupo.</numerusform>
            <numerusform>Llega a otros %n miembros activos del grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the registrants of %1</source>
        <translation>Escribir a los inscritos de %1</translation>
    </message>
    <message>
        <source>Everyone registered for the event reads it in Commonroom. The server mails it, when it receives it, to the people of the audience who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Todos los inscritos lo leen en Commonroom. El servidor lo envía por correo, al recibirlo, a los destinatarios que aceptaron recibir correo; sus direcciones se quedan en el servidor.</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message numerus="yes">
        <source>It goes to %n other person(s) of this audience.</source>
        <translation>
            <numerusform>Llega a %n persona más de estos destinatarios.</numerusform>
            <numerusform>Llega a %n personas más de estos destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the people of %1</source>
        <translation>Escribir a las personas de %1</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the %n people the list selects now, you excepted.</source>
        <translation>
            <numerusform>Va a la %n persona que la lista selecciona ahora, salvo tú.</numerusform>
            <numerusform>Va a las %n personas que la lista selecciona ahora, salvo tú.</numerusform>
        </translation>
    </message>
    <message>
        <source>They read it in Commonroom without learning who else it went to, or by which list. The server mails it, when it receives it, to those who agreed to the community's announcements; their addresses stay with the server.</source>
        <translation>Lo leen en Commonroom sin saber a quién más llegó ni por qué lista. El servidor lo envía por correo, al recibirlo, a quienes aceptaron los anuncios de la comunidad; sus direcciones quedan en el servidor.</translation>
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
        <translation>alguien que no comparte su nombre</translation>
    </message>
    <message>
        <source>To the list %1 · %2</source>
        <translation>A la lista %1 · %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is not UTF-8; choose its encoding (latin1 or windows-1252).</source>
        <translation>El archivo no es UTF-8; elige su codificación (latin1 o windows-1252).</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8, windows-1252 or latin1.</source>
        <translation>Codificación desconocida «%1»: usa utf-8, windows-1252 o latin1.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed; the file is cut short.</source>
        <translation>Unas comillas abiertas en la línea %1 nunca se cierran; el archivo está cortado.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>El archivo no tiene línea de encabezados.</translation>
    </message>
    <message>
        <source>Only leaders and admins bring people in from a file.</source>
        <translation>Solo los líderes y administradores incorporan personas desde un archivo.</translation>
    </message>
    <message>
        <source>%1 columns are mapped, and the file has %2.</source>
        <translation>Hay %1 columnas asignadas y el archivo tiene %2.</translation>
    </message>
    <message>
        <source>"%1" is not something a column can be imported as; choose one of: %2.</source>
        <translation>«%1» no es algo como lo que se pueda importar una columna; elige uno de: %2.</translation>
    </message>
    <message>
        <source>The people on this device cannot be read.</source>
        <translation>No se pueden leer las personas de este dispositivo.</translation>
    </message>
    <message>
        <source>"%1" in %2 is neither yes nor no.</source>
        <translation>«%1» en %2 no es ni sí ni no.</translation>
    </message>
    <message>
        <source>No name: a person needs a name, or a first or last name.</source>
        <translation>Sin nombre: una persona necesita un nombre, o un nombre de pila o un apellido.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were written before it; they stay, and are sent at the next sync.</source>
        <translation>Se escribieron antes %1 de %2 filas; se quedan y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The groups on this device cannot be read.</source>
        <translation>No se pueden leer los grupos de este dispositivo.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 never ends (END:VCARD); the file is cut short.</source>
        <translation>La tarjeta que empieza en la línea %1 nunca termina (END:VCARD); el archivo está cortado.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>El archivo no contiene ninguna vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 is in the quoted-printable form of vCard 2.1, which is not read; export the contacts as vCard 3.0 or 4.0 and import that file.</source>
        <translation>La línea %1 está en la forma quoted-printable de vCard 2.1, que no se lee; exporte los contactos como vCard 3.0 o 4.0 e importe ese archivo.</translation>
    </message>
</context>
<context>
    <name>commonroom::ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importa</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>Columnas &amp;separadas por:</translation>
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
        <translation>&amp;Caracteres:</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Las columnas</translation>
    </message>
    <message>
        <source>What each column becomes, guessed from its header. Change a guess, or leave a column out.</source>
        <translation>En qué se convierte cada columna, deducido de su encabezado. Cambie una suposición o deje fuera una columna.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Before importing</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <source>What the import would write. Nothing is written until you press Import.</source>
        <translation>Lo que escribiría la importación. No se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>Las primeras filas tal como se guardarán</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and why:</source>
        <translation>Filas que no se pueden importar, y por qué:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Filas que no se pueden importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Por qué se rechaza</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Filas escritas</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>Save the rows that were not imported, with the reason, to fix and import again</source>
        <translation>Guardar las filas no importadas, con el motivo, para corregirlas e importarlas de nuevo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>%1, columns separated by %2: %3 columns, %4 rows.</source>
        <translation>%1, columnas separadas por %2: %3 columnas, %4 filas.</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importar %1 como</translation>
    </message>
    <message>
        <source>New people: %1. Already here, gaining only what they lack: %2. Refused: %3.</source>
        <translation>Personas nuevas: %1. Ya presentes, que solo reciben lo que les falta: %2. Rechazadas: %3.</translation>
    </message>
    <message>
        <source>Groups not on this device, so not joined: %1. Create them first to join them.</source>
        <translation>Grupos que no están en este dispositivo, así que no se unen: %1. Créelos primero para unirse.</translation>
    </message>
    <message>
        <source>Who sees each person&apos;s contact details stays the cautious default until they choose.</source>
        <translation>Quién ve los datos de contacto de cada persona sigue siendo la opción prudente por defecto hasta que la persona elija.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Groups joined</source>
        <translation>Grupos a los que se une</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya presente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>%1 of %2 rows written · %3 · %4</source>
        <translation>%1 de %2 filas escritas · %3 · %4</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 rows written. They stay, and are sent to the server at the next sync.</source>
        <translation>Cancelado: %1 de %2 filas escritas. Se quedan y se envían al servidor en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written. They are sent to the server at the next sync.</source>
        <translation>
            <numerusform>%Ln fila escrita. Se envía al servidor en la próxima sincronización.</numerusform>
            <numerusform>%Ln filas escritas. Se envían al servidor en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused; save them with the reason to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln fila rechazada; guárdela con el motivo para corregirla e importarla de nuevo.</numerusform>
            <numerusform>%Ln filas rechazadas; guárdelas con el motivo para corregirlas e importarlas de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling after this batch; what was written stays.</source>
        <translation>Se cancela tras este lote; lo escrito se queda.</translation>
    </message>
    <message>
        <source>%1, vCards: %2 contacts.</source>
        <translation>%1, vCards: %2 contactos.</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Hojas de cálculo y contactos (*.csv *.tsv *.txt *.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (Excel, LibreOffice and Google Sheets all save it), its first line naming the columns; or contacts saved as vCards (.vcf) by an address book.</source>
        <translation>Una hoja de cálculo guardada como CSV (Excel, LibreOffice y Google Sheets la guardan), cuya primera línea nombra las columnas; o contactos guardados como vCards (.vcf) por una libreta de direcciones.</translation>
    </message>
    <message>
        <source>Rows that look like someone already here, imported as new people and then flagged for review:</source>
        <translation>Filas que se parecen a alguien que ya está aquí; se importan como personas nuevas y luego se marcan para revisar:</translation>
    </message>
    <message>
        <source>Rows that look like someone already here</source>
        <translation>Filas que se parecen a alguien que ya está aquí</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Whether rows look like someone already here could not be checked: %1</source>
        <translation>No se pudo comprobar si hay filas parecidas a alguien que ya está aquí: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like someone already here under another spelling or address (below).</source>
        <translation>
            <numerusform>%Ln fila se parece a alguien que ya está aquí con otra grafía u otra dirección (abajo).</numerusform>
            <numerusform>%Ln filas se parecen a alguien que ya está aquí con otra grafía u otra dirección (abajo).</numerusform>
        </translation>
    </message>
</context>
</TS>
