<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Advocacy</source>
        <translation>Defesa de direitos</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programação</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Door knock</source>
        <translation>Visita porta a porta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Contributions are recorded once your application is approved.</source>
        <translation>As contribuições são registradas quando sua solicitação for aprovada.</translation>
    </message>
    <message>
        <source>You record your own contributions; leaders record them for other people.</source>
        <translation>Você registra suas próprias contribuições; as lideranças registram as de outras pessoas.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Não há nenhuma pessoa com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of an entry for %2 is not one of the community&apos;s areas: %3.</source>
        <translation>A área “%1” de um registro para %2 não é uma das áreas da comunidade: %3.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; of an entry for %2 is not one of: %3.</source>
        <translation>O tipo “%1” de um registro para %2 não é um de: %3.</translation>
    </message>
    <message>
        <source>%1 hours for %2 is not a time one entry can hold: from 0 to %3 hours; split a longer contribution into one entry a day.</source>
        <translation>%1 horas para %2 não cabem em um registro: de 0 a %3 horas; divida uma contribuição mais longa em um registro por dia.</translation>
    </message>
    <message>
        <source>There is no contribution with the id %1 on this device; sync, then try again.</source>
        <translation>Não há nenhuma contribuição com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Only leaders and admins confirm contributions.</source>
        <translation>Apenas lideranças e administradores confirmam contribuições.</translation>
    </message>
    <message>
        <source>Cannot read the contributions of %1 on this device</source>
        <translation>Não é possível ler as contribuições de %1 neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the contributions waiting for a confirmation on this device</source>
        <translation>Não é possível ler as contribuições que aguardam confirmação neste dispositivo</translation>
    </message>
</context>
<context>
    <name>EventPrintouts</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Lista de presença</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>%1 expected. Walk-ins: write your name on a blank line.</source>
        <translation>%1 esperados. Quem veio sem inscrição: escreva seu nome em uma linha em branco.</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrito em</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in feito</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Lista de presença: %1</translation>
    </message>
    <message>
        <source>Registrants: %1</source>
        <translation>Inscritos: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>GroupMessages</name>
    <message>
        <source>The request of %1 to join %2 was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>O pedido de %1 para entrar em %2 já foi respondido ou retirado. Sincronize para ver a situação.</translation>
    </message>
    <message>
        <source>Sign in first: a group needs a first curator.</source>
        <translation>Entre primeiro: um grupo precisa de um primeiro curador.</translation>
    </message>
    <message>
        <source>This group is not on this computer any more. Sync, then try again.</source>
        <translation>Este grupo não está mais neste computador. Sincronize e tente novamente.</translation>
    </message>
    <message>
        <source>To join %1, accept its terms.</source>
        <translation>Para entrar em %1, aceite os termos.</translation>
    </message>
    <message>
        <source>You are already a member of %1.</source>
        <translation>Você já é membro de %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 already waits for a curator.</source>
        <translation>Sua solicitação para entrar em %1 já aguarda um curador.</translation>
    </message>
    <message>
        <source>%1 takes new members by invitation of its curators only.</source>
        <translation>%1 só aceita novos membros por convite de seus curadores.</translation>
    </message>
    <message>
        <source>This membership is not on this computer any more. Sync to see where it stands.</source>
        <translation>Esta participação não está mais neste computador. Sincronize para ver a situação.</translation>
    </message>
    <message>
        <source>This request was answered or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>Enquanto isso, esta solicitação foi respondida ou retirada. Sincronize para ver a situação.</translation>
    </message>
    <message>
        <source>%1 already has a membership, request or invitation in %2.</source>
        <translation>%1 já tem uma participação, solicitação ou convite em %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one curator: make someone else curator first.</source>
        <translation>%1 precisa de pelo menos um curador: torne outra pessoa curador primeiro.</translation>
    </message>
    <message>
        <source>To leave %1 yourself, use Leave group.</source>
        <translation>Para você mesmo sair de %1, use Sair do grupo.</translation>
    </message>
    <message>
        <source>The community&apos;s rules do not allow this: %1</source>
        <translation>As regras da comunidade não permitem isto: %1</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>Não foi possível fazer isto: %1</translation>
    </message>
    <message>
        <source>The change will be sent at the next sync.</source>
        <translation>A alteração será enviada na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household needs a name.</source>
        <translation>Um domicílio precisa de um nome.</translation>
    </message>
    <message>
        <source>The household name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>O nome do domicílio “%1” é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only leaders and admins keep households.</source>
        <translation>Só líderes e administradores cuidam dos domicílios.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Não há pessoa com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Only leaders and admins place people in households.</source>
        <translation>Só líderes e administradores colocam pessoas em domicílios.</translation>
    </message>
    <message>
        <source>Only leaders and admins take people out of households.</source>
        <translation>Só líderes e administradores tiram pessoas de domicílios.</translation>
    </message>
    <message>
        <source>%1 is in no household on this device.</source>
        <translation>%1 não está em nenhum domicílio neste dispositivo.</translation>
    </message>
    <message>
        <source>Cannot read the households on this device</source>
        <translation>Não é possível ler os domicílios neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the household %1 on this device</source>
        <translation>Não é possível ler o domicílio %1 neste dispositivo</translation>
    </message>
    <message>
        <source>There is no household with the id %1 on this device; sync, then try again.</source>
        <translation>Não há domicílio com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot read the people of the household %1 on this device</source>
        <translation>Não é possível ler as pessoas do domicílio %1 neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the address of the household %1 on this device</source>
        <translation>Não é possível ler o endereço do domicílio %1 neste dispositivo</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Membro ativo</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Liderança</translation>
    </message>
    <message>
        <source>Core leader</source>
        <translation>Liderança central</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Não há nenhuma pessoa com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Level %1 for %2 is not on the leadership ladder: levels go from %3 to %4.</source>
        <translation>O nível %1 para %2 não está na escada de liderança: os níveis vão de %3 a %4.</translation>
    </message>
    <message>
        <source>Only leaders and admins assess people on the ladder.</source>
        <translation>Apenas lideranças e administradores avaliam pessoas na escada.</translation>
    </message>
    <message>
        <source>A leader note needs some text.</source>
        <translation>Uma nota de liderança precisa de texto.</translation>
    </message>
    <message>
        <source>Leader notes about you are kept from you, so you cannot write one about yourself; ask another leader.</source>
        <translation>As notas de liderança sobre você ficam ocultas para você, então você não pode escrever uma sobre si; peça a outra liderança.</translation>
    </message>
    <message>
        <source>Only leaders and admins write leader notes.</source>
        <translation>Apenas lideranças e administradores escrevem notas de liderança.</translation>
    </message>
    <message>
        <source>Cannot read the assessments of %1 on this device</source>
        <translation>Não é possível ler as avaliações de %1 neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the leader notes about %1 on this device</source>
        <translation>Não é possível ler as notas de liderança sobre %1 neste dispositivo</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Bairro</translation>
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
        <translation>Interesses</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre mim</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Leadership level</source>
        <translation>Nível de liderança</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Aceita ser contatado</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aceito em</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Vizinho</translation>
    </message>
    <message>
        <source>Brought in by</source>
        <translation>Trazido por</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relationship: family, colleague, neighbour or brought_in_by.</source>
        <translation>“%1” não é um tipo de relação: family, colleague, neighbour ou brought_in_by.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Não há pessoa com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>%1 cannot be related to themself.</source>
        <translation>%1 não pode ter uma relação consigo mesmo.</translation>
    </message>
    <message>
        <source>Only leaders and admins relate people.</source>
        <translation>Só líderes e administradores relacionam pessoas.</translation>
    </message>
    <message>
        <source>%1 was brought in, directly or not, by %2, so %2 cannot have been brought in by them: a recruitment chain cannot go round.</source>
        <translation>%1 foi trazido, direta ou indiretamente, por %2, então %2 não pode ter sido trazido por essa pessoa: uma cadeia de recrutamento não pode fechar um círculo.</translation>
    </message>
    <message>
        <source>%1 is not recorded as brought in by %2.</source>
        <translation>Não consta que %1 foi trazido por %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are not recorded as related (%3) on this device.</source>
        <translation>Neste dispositivo não consta uma relação (%3) entre %1 e %2.</translation>
    </message>
    <message>
        <source>Cannot read the relationships of %1 on this device</source>
        <translation>Não é possível ler as relações de %1 neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read whom %1 brought in on this device</source>
        <translation>Não é possível ler quem %1 trouxe neste dispositivo</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>Damaged community copy</source>
        <translation>Cópia da comunidade danificada</translation>
    </message>
    <message>
        <source>The community copy in %1 cannot be used: %2

Commonroom can set the damaged file aside (nothing is deleted), keep the changes not yet sent that can still be read, and fetch the community again from the server at the next sync. Recover now?</source>
        <translation>A cópia da comunidade em %1 não pode ser usada: %2

O Commonroom pode pôr o arquivo danificado de lado (nada é apagado), manter as alterações ainda não enviadas que ainda podem ser lidas e buscar a comunidade de novo no servidor na próxima sincronização. Recuperar agora?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>O arquivo danificado foi movido para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were kept; they are sent at the next sync.</source>
        <translation>
            <numerusform>%n alteração não enviada foi mantida; ela será enviada na próxima sincronização.</numerusform>
            <numerusform>%n alterações não enviadas foram mantidas; elas serão enviadas na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read from the damaged file and are lost; please make them again.</source>
        <translation>
            <numerusform>%n alteração não enviada não pôde ser lida do arquivo danificado e foi perdida; faça-a de novo.</numerusform>
            <numerusform>%n alterações não enviadas não puderam ser lidas do arquivo danificado e foram perdidas; faça-as de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file no longer told which device this was, so sign in again; this computer then counts as a new device.</source>
        <translation>O arquivo danificado não dizia mais qual dispositivo era este; por isso, entre de novo: este computador passa a contar como um dispositivo novo.</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>A smart list needs a name.</source>
        <translation>Uma lista inteligente precisa de um nome.</translation>
    </message>
    <message>
        <source>The smart list name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>O nome da lista inteligente “%1” é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; cannot be saved: %2</source>
        <translation>A lista inteligente “%1” não pode ser salva: %2</translation>
    </message>
    <message>
        <source>level %1 is not on the leadership ladder: levels go from %2 to %3.</source>
        <translation>o nível %1 não está na escada de liderança: os níveis vão de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: applicant, member, leader or admin.</source>
        <translation>“%1” não é um papel: applicant, member, leader ou admin.</translation>
    </message>
    <message>
        <source>a day to have contributed since needs the area contributed in.</source>
        <translation>um dia desde o qual se contribuiu precisa da área da contribuição.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of contributions.</source>
        <translation>“%1” não é uma área de contribuições.</translation>
    </message>
    <message>
        <source>the day &quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>o dia “%1” não é uma data escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 events attended is not a number of events from 1 to %2.</source>
        <translation>%1 eventos com presença não é um número de eventos de 1 a %2.</translation>
    </message>
    <message>
        <source>it selects by nothing; give it at least one criterion.</source>
        <translation>ela não seleciona por nada; dê a ela pelo menos um critério.</translation>
    </message>
    <message>
        <source>there is no group with the id %1 on this device.</source>
        <translation>não há nenhum grupo com o id %1 neste dispositivo.</translation>
    </message>
    <message>
        <source>it requires %1 tags, more than the %2 a smart list may.</source>
        <translation>ela exige %1 etiquetas, mais do que as %2 que uma lista inteligente pode.</translation>
    </message>
    <message>
        <source>there is no tag with the id %1 on this device.</source>
        <translation>não há nenhuma etiqueta com o id %1 neste dispositivo.</translation>
    </message>
    <message>
        <source>its criteria take %1 bytes, more than the %2 a smart list may hold.</source>
        <translation>seus critérios ocupam %1 bytes, mais do que os %2 que uma lista inteligente pode guardar.</translation>
    </message>
    <message>
        <source>Smart lists are a leaders&apos; tool: only leaders and admins save them.</source>
        <translation>Listas inteligentes são uma ferramenta de lideranças: só lideranças e administradores as salvam.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it changes it; save a copy of your own instead.</source>
        <translation>A lista inteligente “%1” não é sua: só a liderança que a salvou a altera; salve uma cópia sua em vez disso.</translation>
    </message>
    <message>
        <source>The smart list &quot;%1&quot; is not yours: only the leader who saved it (or an admin) deletes it.</source>
        <translation>A lista inteligente “%1” não é sua: só a liderança que a salvou (ou um administrador) a exclui.</translation>
    </message>
    <message>
        <source>Cannot read the smart lists on this device</source>
        <translation>Não é possível ler as listas inteligentes deste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the smart list %1 on this device</source>
        <translation>Não é possível ler a lista inteligente %1 deste dispositivo</translation>
    </message>
    <message>
        <source>There is no smart list with the id %1 on this device; sync, or see the lists with commonroom-cli lists.</source>
        <translation>Não há nenhuma lista inteligente com o id %1 neste dispositivo; sincronize, ou veja as listas com commonroom-cli lists.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Uma etiqueta precisa de um nome.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>O nome de etiqueta “%1” é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only leaders and admins make tags.</source>
        <translation>Só líderes e administradores criam etiquetas.</translation>
    </message>
    <message>
        <source>The community already has a tag named &quot;%1&quot; (names are compared whatever their case); apply that one, or choose another name.</source>
        <translation>A comunidade já tem uma etiqueta chamada “%1” (os nomes são comparados sem diferenciar maiúsculas); aplique essa ou escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot read the tags on this device</source>
        <translation>Não é possível ler as etiquetas neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot; on this device</source>
        <translation>Não é possível ler a etiqueta “%1” neste dispositivo</translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot; on this device; sync, or make it first.</source>
        <translation>Não há etiqueta chamada “%1” neste dispositivo; sincronize ou crie-a primeiro.</translation>
    </message>
    <message>
        <source>Cannot read the tag %1 on this device</source>
        <translation>Não é possível ler a etiqueta %1 neste dispositivo</translation>
    </message>
    <message>
        <source>There is no tag with the id %1 on this device; sync, then try again.</source>
        <translation>Não há etiqueta com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Não há pessoa com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Only leaders and admins apply and remove tags.</source>
        <translation>Só líderes e administradores aplicam e removem etiquetas.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is for leaders only and kept from the people it is applied to, so you cannot apply or remove it on yourself; ask another leader.</source>
        <translation>A etiqueta “%1” é só para líderes e fica oculta das pessoas a quem é aplicada, então você não pode aplicá-la nem removê-la de si; peça a outro líder.</translation>
    </message>
    <message>
        <source>Only admins delete tags; a leader can remove &quot;%1&quot; from the people it is applied to.</source>
        <translation>Só administradores excluem etiquetas; um líder pode remover “%1” das pessoas a quem ela é aplicada.</translation>
    </message>
    <message>
        <source>Cannot read the tags of %1 on this device</source>
        <translation>Não é possível ler as etiquetas de %1 neste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the people tagged &quot;%1&quot; on this device</source>
        <translation>Não é possível ler as pessoas com a etiqueta “%1” neste dispositivo</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>no system keychain service is running</source>
        <translation>nenhum serviço de chaveiro do sistema está em execução</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>o acesso ao chaveiro foi recusado</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>o chaveiro do sistema não respondeu</translation>
    </message>
    <message>
        <source>The session could not be removed from the system keychain (%1). Remove the entry “%2” of “%3” with your keychain manager.</source>
        <translation>Não foi possível remover a sessão do chaveiro do sistema (%1). Remova a entrada “%2” de “%3” com seu gerenciador de chaveiro.</translation>
    </message>
    <message>
        <source>in the system keychain, under “%1”</source>
        <translation>no chaveiro do sistema, como “%1”</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you</source>
        <translation>no arquivo %1, legível apenas por você</translation>
    </message>
    <message>
        <source>in the file %1, readable only by you, because no system keychain is available (%2)</source>
        <translation>no arquivo %1, legível apenas por você, porque nenhum chaveiro do sistema está disponível (%2)</translation>
    </message>
    <message>
        <source>only in memory until Commonroom quits, because no system keychain is available and keeping it in a file was declined; you will be asked to sign in again next time</source>
        <translation>apenas na memória até o Commonroom ser fechado, porque nenhum chaveiro do sistema está disponível e mantê-la em arquivo foi recusado; você precisará entrar novamente da próxima vez</translation>
    </message>
</context>
<context>
    <name>commonroom::AccountClient</name>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and your connection, then try again.</source>
        <translation>Não foi possível acessar o servidor em %1: %2. Verifique o endereço e sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1; try again later.</source>
        <translation>O servidor respondeu com o status HTTP %1; tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>commonroom::AdminDashboard</name>
    <message>
        <source>Admission and roles</source>
        <translation>Admissão e funções</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Candidaturas</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Funções</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Convites</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Registro de au&amp;ditoria</translation>
    </message>
</context>
<context>
    <name>commonroom::ApiClient</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Não foi possível acessar %1: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplicantsModel</name>
    <message>
        <source>Asked for more information</source>
        <translation>Mais informações solicitadas</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Aguardando uma decisão</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Ninguém recomendou ainda.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Pergunta: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidatou-se</translation>
    </message>
    <message>
        <source>Vouches</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
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
        <translation>Boas-vindas: sua candidatura foi aprovada.</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>Sua candidatura</translation>
    </message>
    <message>
        <source>State of your application</source>
        <translation>Situação da sua candidatura</translation>
    </message>
    <message>
        <source>Vouches you received</source>
        <translation>Recomendações que você recebeu</translation>
    </message>
    <message>
        <source>Your application is sent. Sync to see what the community decides.</source>
        <translation>Sua candidatura foi enviada. Sincronize para ver o que a comunidade decide.</translation>
    </message>
    <message>
        <source>Welcome: your application was approved. Sync to receive the community&apos;s directory.</source>
        <translation>Boas-vindas: sua candidatura foi aprovada. Sincronize para receber o diretório da comunidade.</translation>
    </message>
    <message>
        <source>Your application was not accepted. The reason given: %1</source>
        <translation>Sua candidatura não foi aceita. Motivo informado: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>An admin asks: %1

Answer by adding it to your profile (About you); they will see it at their next sync.</source>
        <translation>Um administrador pergunta: %1

Responda adicionando a resposta ao seu perfil (Sobre você); ele verá na próxima sincronização.</translation>
    </message>
    <message>
        <source>Your application is waiting for an admin, or for members who know you to vouch for you. Until then you see what the community shows the public.</source>
        <translation>Sua candidatura aguarda um administrador ou a recomendação de membros que conhecem você. Até lá, você vê o que a comunidade mostra ao público.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Um membro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody has vouched for you yet.</source>
        <translation>Ninguém recomendou você ainda.</translation>
    </message>
    <message>
        <source>Vouched for you:
%1</source>
        <translation>Recomendaram você:
%1</translation>
    </message>
</context>
<context>
    <name>commonroom::ApplyDialog</name>
    <message>
        <source>Apply to join</source>
        <translation>Pedir para entrar</translation>
    </message>
    <message>
        <source>Tell the community who you are. An admin reviews your application, and members who know you can vouch for you. Until then you see only what the community shows the public.</source>
        <translation>Conte à comunidade quem você é. Um administrador analisa sua candidatura, e membros que conhecem você podem recomendá-lo. Até lá, você vê apenas o que a comunidade mostra ao público.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre você</translation>
    </message>
    <message>
        <source>A few lines: who you are, how you know the community, what you would like to do.</source>
        <translation>Algumas linhas: quem você é, como conhece a comunidade, o que gostaria de fazer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;About you:</source>
        <translation>&amp;Sobre você:</translation>
    </message>
    <message>
        <source>&amp;Send me the community&apos;s news and calls to action by email</source>
        <translation>&amp;Enviar-me por e-mail as notícias e chamadas da comunidade</translation>
    </message>
    <message>
        <source>You can change this later in your profile. The time of your choice is recorded.</source>
        <translation>Você pode alterar isso depois no seu perfil. O momento da sua escolha é registrado.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Digite seu nome como você gostaria que a comunidade o visse.</translation>
    </message>
    <message>
        <source>Enter your email address; the community writes to you there.</source>
        <translation>Digite seu endereço de e-mail; a comunidade escreverá para você nele.</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Enviando sua candidatura…</translation>
    </message>
</context>
<context>
    <name>commonroom::ApprovalQueueWidget</name>
    <message>
        <source>Approval queue</source>
        <translation>Fila de aprovação</translation>
    </message>
    <message>
        <source>People waiting for a decision</source>
        <translation>Pessoas aguardando uma decisão</translation>
    </message>
    <message>
        <source>About the selected applicant</source>
        <translation>Sobre o candidato selecionado</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Make the selected applicant a member (Ctrl+Return)</source>
        <translation>Tornar membro o candidato selecionado (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>Turn the application down, with a reason the applicant will read</source>
        <translation>Recusar a candidatura, com um motivo que o candidato lerá</translation>
    </message>
    <message>
        <source>Ask for &amp;information…</source>
        <translation>Pedir &amp;informações…</translation>
    </message>
    <message>
        <source>Ask the applicant a question; they answer by editing their profile</source>
        <translation>Faça uma pergunta ao candidato; ele responde editando o perfil</translation>
    </message>
    <message>
        <source>&amp;Vouch…</source>
        <translation>&amp;Recomendar…</translation>
    </message>
    <message>
        <source>Vouch for the selected applicant, with a reason</source>
        <translation>Recomendar o candidato selecionado, com um motivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Select an applicant in the list first.</source>
        <translation>Selecione primeiro um candidato na lista.</translation>
    </message>
    <message>
        <source>Only admins decide on applications. You can vouch for an applicant instead.</source>
        <translation>Só administradores decidem sobre candidaturas. Em vez disso, você pode recomendar um candidato.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Não foi possível salvar a decisão: %1</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Recusar candidatura</translation>
    </message>
    <message>
        <source>Why is the application turned down? The applicant will read this reason.</source>
        <translation>Por que a candidatura foi recusada? O candidato lerá este motivo.</translation>
    </message>
    <message>
        <source>Not rejected: a rejection needs a reason the applicant can read.</source>
        <translation>Não recusado: uma recusa precisa de um motivo que o candidato possa ler.</translation>
    </message>
    <message>
        <source>Ask for more information</source>
        <translation>Pedir mais informações</translation>
    </message>
    <message>
        <source>What would you like to know? The applicant will read your question and can answer by editing their profile.</source>
        <translation>O que você gostaria de saber? O candidato lerá sua pergunta e poderá responder editando o perfil.</translation>
    </message>
    <message>
        <source>Nothing was asked: write the question first.</source>
        <translation>Nada foi perguntado: escreva a pergunta primeiro.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a decision.</source>
        <translation>Ninguém está aguardando uma decisão.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for a decision. Decisions are saved on this computer and sent with the next sync.</source>
        <translation>
            <numerusform>%n pessoa aguardando uma decisão. As decisões são salvas neste computador e enviadas na próxima sincronização.</numerusform>
            <numerusform>%n pessoas aguardando uma decisão. As decisões são salvas neste computador e enviadas na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone to see what they wrote and who vouched.</source>
        <translation>Selecione alguém para ver o que escreveu e quem o recomendou.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, applied %3</source>
        <translation>%1 &lt;%2&gt;, solicitou em %3</translation>
    </message>
    <message>
        <source>About themselves: %1</source>
        <translation>Sobre si: %1</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Pergunta: %1</translation>
    </message>
    <message>
        <source>Nobody has vouched yet.</source>
        <translation>Ninguém recomendou ainda.</translation>
    </message>
    <message>
        <source>Vouches:
%1</source>
        <translation>Recomendações:
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
            <numerusform>%Ln compareceu</numerusform>
            <numerusform>%Ln compareceram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no-show(s)</source>
        <translation>
            <numerusform>%Ln faltou</numerusform>
            <numerusform>%Ln faltaram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk-in(s)</source>
        <translation>
            <numerusform>%Ln sem inscrição</numerusform>
            <numerusform>%Ln sem inscrição</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln na lista de espera</numerusform>
            <numerusform>%Ln na lista de espera</numerusform>
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
        <translation>Presença</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Compareceu</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Faltou</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sem inscrição</translation>
    </message>
    <message>
        <source>By &amp;area:</source>
        <translation>Por &amp;área:</translation>
    </message>
    <message>
        <source>Attendance by area</source>
        <translation>Presença por área</translation>
    </message>
    <message>
        <source>Chart of attendance by area</source>
        <translation>Gráfico de presença por área</translation>
    </message>
    <message>
        <source>The same figures as the table above</source>
        <translation>Os mesmos números da tabela acima</translation>
    </message>
    <message>
        <source>Export attendance (&amp;CSV)…</source>
        <translation>Exportar presença (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export attendance as CSV</source>
        <translation>Exportar a presença como CSV</translation>
    </message>
    <message>
        <source>Select an event to see its attendance.</source>
        <translation>Selecione um evento para ver a presença.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Falha ao entrar</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidatou-se</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Asked for information</source>
        <translation>Informações solicitadas</translation>
    </message>
    <message>
        <source>Vouched</source>
        <translation>Recomendou</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Alterou uma função</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Accepted an invitation</source>
        <translation>Aceitou um convite</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Revogou um dispositivo</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Alterou a senha</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Redefinir a senha</translation>
    </message>
    <message>
        <source>Renewed a session</source>
        <translation>Renovou uma sessão</translation>
    </message>
    <message>
        <source>Exported their data</source>
        <translation>Exportou seus dados</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Apagou uma pessoa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Referente a</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <source>Continued as a new device</source>
        <translation>Continuou como dispositivo novo</translation>
    </message>
</context>
<context>
    <name>commonroom::AuditLogWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Who acted (person id)</source>
        <translation>Quem agiu (id da pessoa)</translation>
    </message>
    <message>
        <source>Concerning (person id)</source>
        <translation>Referente a (id da pessoa)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ask the server for the entries matching these filters</source>
        <translation>Pedir ao servidor as entradas que correspondem a estes filtros</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Entradas do registro de auditoria, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Press Search to read the audit log from the server.</source>
        <translation>Clique em Buscar para ler o registro de auditoria do servidor.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lendo o registro de auditoria…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Não foi possível ler o registro de auditoria: %1</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Nenhuma entrada corresponde a estes filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Scroll down for older ones.</source>
        <translation>
            <numerusform>%n entrada, a mais recente primeiro. Role para baixo para ver as mais antigas.</numerusform>
            <numerusform>%n entradas, as mais recentes primeiro. Role para baixo para ver as mais antigas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Senha &amp;atual:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Al&amp;terar senha</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Digite sua senha atual.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>A nova senha é igual à atual. Escolha outra.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Alterando a senha…</translation>
    </message>
    <message>
        <source>The current password is not right, or your session has ended. Check it and try again.</source>
        <translation>A senha atual não está correta ou sua sessão terminou. Verifique e tente novamente.</translation>
    </message>
</context>
<context>
    <name>commonroom::CheckInWindow</name>
    <message>
        <source>Guest list</source>
        <translation>Lista de convidados</translation>
    </message>
    <message>
        <source>Registered people first, then the rest of the directory.</source>
        <translation>Primeiro as pessoas inscritas, depois o restante do diretório.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Type a name to find anyone in the directory, or register a walk-in (Ctrl+N).</source>
        <translation>Ninguém está inscrito ainda. Digite um nome para encontrar alguém no diretório, ou registre quem chegou sem inscrição (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Guest list: %n still expected, listed first. Type a name to find anyone, or pick someone with ↓ and press Enter.</source>
        <translation>
            <numerusform>Lista de convidados: %n ainda esperado, no topo. Digite um nome para encontrar alguém, ou escolha com ↓ e pressione Enter.</numerusform>
            <numerusform>Lista de convidados: %n ainda esperados, no topo. Digite um nome para encontrar alguém, ou escolha com ↓ e pressione Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is highlighted. Type the first letters of a name, or pick someone from the guest list with ↓, then press Enter.</source>
        <translation>Ninguém está destacado. Digite as primeiras letras de um nome, ou escolha alguém da lista com ↓, e pressione Enter.</translation>
    </message>
    <message>
        <source>“%1” starts %2, not now: whoever is checked in here is counted as having attended.</source>
        <translation>“%1” começa em %2, não agora: quem for registrado aqui conta como presente.</translation>
    </message>
    <message>
        <source>“%1” ended %2: check-ins made now record attendance after the fact.</source>
        <translation>“%1” terminou em %2: registros feitos agora anotam a presença depois do fato.</translation>
    </message>
    <message numerus="yes">
        <source>walk-in(s)</source>
        <comment>under their count</comment>
        <translation>
            <numerusform>sem inscrição</numerusform>
            <numerusform>sem inscrição</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n sem inscrição</numerusform>
            <numerusform>%n sem inscrição</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Evento desconhecido</translation>
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
        <translation>Evento</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in feito</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sem inscrição</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperados</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>check-in feito</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Digite as primeiras letras de um nome</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Encontrar uma pessoa</translation>
    </message>
    <message>
        <source>Registered people are listed first. Enter checks in the highlighted person, Ctrl+Z undoes.</source>
        <translation>As pessoas inscritas aparecem primeiro. Enter faz o check-in da pessoa destacada; Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <source>Result of the last check-in</source>
        <translation>Resultado do último check-in</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Fazer check-in</translation>
    </message>
    <message>
        <source>Check in the highlighted person</source>
        <translation>Fazer check-in da pessoa destacada</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Desfazer o último check-in</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Sem inscrição…</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Registrar alguém sem inscrição</translation>
    </message>
    <message>
        <source>Leave check-in</source>
        <translation>Sair do check-in</translation>
    </message>
    <message>
        <source>Leave check-in mode</source>
        <translation>Sair do modo de check-in</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Alterações aguardando envio</translation>
    </message>
    <message>
        <source>This event is not on this computer. Sync, then open check-in again.</source>
        <translation>Este evento não está neste computador. Sincronize e abra o check-in novamente.</translation>
    </message>
    <message>
        <source>You are not an organizer of this event: the server will refuse check-ins made here. Ask an organizer or a leader to run the door.</source>
        <translation>Você não é organizador deste evento: o servidor recusará os check-ins feitos aqui. Peça a um organizador ou líder para cuidar da porta.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Check the spelling, or register a walk-in (Ctrl+N).</source>
        <translation>Ninguém corresponde a “%1”. Verifique a grafia ou registre alguém sem inscrição (Ctrl+N).</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>A pessoa</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation>Não foi possível registrar a chegada de %1: %2</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 já fez check-in.</translation>
    </message>
    <message>
        <source>%1 is already checked in (since %2).</source>
        <translation>%1 já fez check-in (desde %2).</translation>
    </message>
    <message>
        <source>✔ %1 checked in.</source>
        <translation>✔ %1 fez check-in.</translation>
    </message>
    <message>
        <source>✔ %1 checked in (was not registered).</source>
        <translation>✔ %1 fez check-in (não estava inscrito).</translation>
    </message>
    <message>
        <source>The room is full: this check-in is kept and flagged for the organizers.</source>
        <translation>A sala está lotada: este check-in é mantido e sinalizado para os organizadores.</translation>
    </message>
    <message>
        <source>Nothing to undo: no check-in was made in this window yet.</source>
        <translation>Nada a desfazer: nenhum check-in foi feito nesta janela ainda.</translation>
    </message>
    <message>
        <source>The check-in of %1 could not be undone: %2</source>
        <translation>Não foi possível desfazer o check-in de %1: %2</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in de %1 desfeito.</translation>
    </message>
    <message>
        <source>The walk-in could not be registered: %1</source>
        <translation>Não foi possível registrar a pessoa sem inscrição: %1</translation>
    </message>
    <message>
        <source>✔ %1 registered as a walk-in and checked in.</source>
        <translation>✔ %1 inscrito sem inscrição prévia e fez check-in.</translation>
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
            <numerusform>%n fez check-in</numerusform>
            <numerusform>%n fizeram check-in</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is saved on this computer and sent.</source>
        <translation>Tudo está salvo neste computador e enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer; %n change(s) will be sent at the next sync (no network needed now).</source>
        <translation>
            <numerusform>Salvo neste computador; %n alteração será enviada na próxima sincronização (não é preciso rede agora).</numerusform>
            <numerusform>Salvo neste computador; %n alterações serão enviadas na próxima sincronização (não é preciso rede agora).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::ContributionsPane</name>
    <message>
        <source>Totals by area</source>
        <translation>Totais por área</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Registros, o mais recente primeiro</translation>
    </message>
    <message>
        <source>Contributions and touch-points, newest first</source>
        <translation>Contribuições e contatos, o mais recente primeiro</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>Re&amp;gistrar…</translation>
    </message>
    <message>
        <source>Record a contribution or a touch-point</source>
        <translation>Registrar uma contribuição ou um contato</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Confirm the selected entry</source>
        <translation>Confirmar o registro selecionado</translation>
    </message>
    <message>
        <source>The entries you record wait until a leader confirms them.</source>
        <translation>Os registros que você faz aguardam até que uma liderança os confirme.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation>
            <numerusform>%1: %n registro</numerusform>
            <numerusform>%1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 (%2 confirmed)</source>
        <translation>, %1 (%2 confirmadas)</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>registrado por %1</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>confirmado por %1</translation>
    </message>
    <message>
        <source>waiting for a leader&apos;s confirmation</source>
        <translation>aguardando a confirmação de uma liderança</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Registrar uma contribuição</translation>
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
        <translation>opcional, até %1</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Reali&amp;zado em:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrição:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours; write 1.5 for an hour and a half, or leave it empty.</source>
        <translation>“%1” não é um número de horas; escreva 1,5 para uma hora e meia, ou deixe vazio.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesDialog</name>
    <message>
        <source>My devices</source>
        <translation>Meus dispositivos</translation>
    </message>
    <message>
        <source>The computers signed in to your account. Revoke one you no longer use or have lost: it is signed out and erases its copy of the community when it next connects.</source>
        <translation>Os computadores conectados à sua conta. Revogue um que você não usa mais ou perdeu: ele será desconectado e apagará sua cópia da comunidade na próxima vez que se conectar.</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Dispositivos conectados à sua conta</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atua&amp;lizar</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando o servidor…</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Este dispositivo já foi revogado.</translation>
    </message>
    <message>
        <source>Revoke this computer? It is signed out, and its copy of the community — with any change not yet synced — is erased at the next sync.</source>
        <translation>Revogar este computador? Ele será desconectado, e sua cópia da comunidade — com qualquer alteração ainda não sincronizada — será apagada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Revoke %1? It is signed out and erases its copy of the community when it next connects. This cannot be undone; signing in again on it makes it a new device.</source>
        <translation>Revogar %1? Ele será desconectado e apagará sua cópia da comunidade na próxima vez que se conectar. Isso não pode ser desfeito; entrar novamente nele o torna um novo dispositivo.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revogar dispositivo</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revogar</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revogando…</translation>
    </message>
    <message>
        <source>The list of devices could not be read: %1</source>
        <translation>Não foi possível ler a lista de dispositivos: %1</translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation>O dispositivo não foi revogado: %1</translation>
    </message>
    <message>
        <source>This computer is revoked. At its next sync it signs out and erases its copy of the community.</source>
        <translation>Este computador foi revogado. Na próxima sincronização, ele será desconectado e apagará sua cópia da comunidade.</translation>
    </message>
</context>
<context>
    <name>commonroom::DevicesModel</name>
    <message>
        <source>This computer (%1)</source>
        <translation>Este computador (%1)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 revogado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signed in since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>commonroom::DoorSearchModel</name>
    <message>
        <source>Checked in</source>
        <translation>Check-in feito</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Não inscrito</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Na lista de espera</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>The registrations of the event cannot be read: %1</source>
        <translation>Não é possível ler as inscrições do evento: %1</translation>
    </message>
    <message>
        <source>The directory cannot be read: %1</source>
        <translation>Não é possível ler o diretório: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateCandidatesModel</name>
    <message>
        <source>(merged away: %1)</source>
        <translation>(mesclado: %1)</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mesmo telefone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Mesclados</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Não é a mesma pessoa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>names %1 % alike</source>
        <translation>nomes %1 % parecidos</translation>
    </message>
    <message>
        <source>same area</source>
        <translation>mesma região</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>How likely the two records are one person, from what they have in common</source>
        <translation>A probabilidade de os dois registros serem uma só pessoa, pelo que têm em comum</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicateMergeDialog</name>
    <message>
        <source>(empty or not shared)</source>
        <translation>(vazio ou não compartilhado)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado da última ação</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Mesclar…</translation>
    </message>
    <message>
        <source>Merge the two records into the one kept</source>
        <translation>Mesclar os dois registros no que é mantido</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;Não é a mesma pessoa…</translation>
    </message>
    <message>
        <source>Mark the two records as different people</source>
        <translation>Marcar os dois registros como pessoas diferentes</translation>
    </message>
    <message>
        <source>This pair is not on this computer any more. Sync and look again.</source>
        <translation>Este par não está mais neste computador. Sincronize e verifique novamente.</translation>
    </message>
    <message>
        <source>This pair was already reviewed (%1).</source>
        <translation>Este par já foi revisado (%1).</translation>
    </message>
    <message>
        <source>One of the two records is no longer on this computer (merged or removed). Sync and look again.</source>
        <translation>Um dos dois registros não está mais neste computador (mesclado ou removido). Sincronize e verifique novamente.</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Keep the record of %1 (%2)</source>
        <translation>Manter o registro de %1 (%2)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Histórico de %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event registration(s)</source>
        <translation>
            <numerusform>%n inscrição em eventos</numerusform>
            <numerusform>%n inscrições em eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n compareceu</numerusform>
            <numerusform>%n compareceram</numerusform>
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
        <translation>Manter o registro de %1 e mesclar %2 nele? O outro registro é removido do diretório; suas inscrições, check-ins e grupos passam para o registro mantido, e uma cópia fica com esta revisão.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Mesclar registros</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>Os registros não foram mesclados: %1</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Não é a mesma pessoa</translation>
    </message>
    <message>
        <source>Mark %1 and %2 as different people? They will not be flagged again.</source>
        <translation>Marcar %1 e %2 como pessoas diferentes? Eles não serão sinalizados novamente.</translation>
    </message>
    <message>
        <source>The pair was not dismissed: %1</source>
        <translation>O par não foi descartado: %1</translation>
    </message>
    <message>
        <source>Flagged because of: %1.</source>
        <translation>Marcado por: %1.</translation>
    </message>
    <message>
        <source>%1 likely the same person: %2.</source>
        <translation>%1 de probabilidade de ser a mesma pessoa: %2.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, for each field, the value it keeps. Registrations, check-ins and group memberships of both are kept.</source>
        <translation>Escolha o registro a manter e, para cada campo, o valor que ele mantém. As inscrições, presenças e participações em grupos de ambos são mantidas.</translation>
    </message>
</context>
<context>
    <name>commonroom::DuplicatesPane</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicatas</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>Review the selected pair</source>
        <translation>Revisar o par selecionado</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>The two records are merged. %1</source>
        <translation>Os dois registros foram mesclados. %1</translation>
    </message>
    <message>
        <source>Marked as different people. %1</source>
        <translation>Marcados como pessoas diferentes. %1</translation>
    </message>
    <message>
        <source>People who may be recorded twice: flagged at the door for the same email, phone or name, or found alike by the server&apos;s scan of the whole directory. Review each pair, the likeliest first: merge the two records, or mark them as different people.</source>
        <translation>Pessoas que talvez estejam registradas duas vezes: marcadas na entrada pelo mesmo e-mail, telefone ou nome, ou achadas parecidas pela verificação de todo o diretório no servidor. Revise cada par, o mais provável primeiro: mescle os dois registros ou marque-os como pessoas diferentes.</translation>
    </message>
    <message>
        <source>Show &amp;decided pairs</source>
        <translation>Mostrar pares &amp;decididos</translation>
    </message>
    <message>
        <source>&amp;Merge all above 98 %…</source>
        <translation>&amp;Mesclar todos acima de 98 %…</translation>
    </message>
    <message>
        <source>Merge every pair at least 98 % likely the same person</source>
        <translation>Mesclar cada par com pelo menos 98 % de probabilidade de ser a mesma pessoa</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Desfazer mesclagem…</translation>
    </message>
    <message>
        <source>Bring back the person merged away</source>
        <translation>Trazer de volta a pessoa mesclada</translation>
    </message>
    <message>
        <source>No pair is 98 % likely or more; review the others one by one.</source>
        <translation>Nenhum par chega a 98 % de probabilidade; revise os outros um a um.</translation>
    </message>
    <message>
        <source>Merge likely duplicates</source>
        <translation>Mesclar duplicados prováveis</translation>
    </message>
    <message numerus="yes">
        <source>Merge the %n pair(s) at least 98 % likely the same person?</source>
        <translation>
            <numerusform>Mesclar o %n par com pelo menos 98 % de probabilidade de ser a mesma pessoa?</numerusform>
            <numerusform>Mesclar os %n pares com pelo menos 98 % de probabilidade de ser a mesma pessoa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %n pair(s)</source>
        <translation>
            <numerusform>&amp;Mesclar %n par</numerusform>
            <numerusform>&amp;Mesclar %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every pair was merged: %1 The pairs merged before it stay merged.</source>
        <translation>Nem todos os pares foram mesclados: %1 Os pares mesclados antes continuam mesclados.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged. They will be sent at the next sync.</source>
        <translation>
            <numerusform>%n par mesclado. Será enviado na próxima sincronização.</numerusform>
            <numerusform>%n pares mesclados. Serão enviados na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Desfazer mesclagem</translation>
    </message>
    <message>
        <source>Bring back the person merged away, as they were before the merge?</source>
        <translation>Trazer de volta a pessoa mesclada, como estava antes da mesclagem?</translation>
    </message>
    <message>
        <source>The server restores their record; the two are then marked as different people. Registrations and memberships moved in the merge stay with the person kept.</source>
        <translation>O servidor restaura o registro; os dois passam a ser marcados como pessoas diferentes. Inscrições e participações movidas na mesclagem ficam com a pessoa mantida.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Desfazer mesclagem</translation>
    </message>
    <message>
        <source>Asking the server to undo the merge…</source>
        <translation>Pedindo ao servidor para desfazer a mesclagem…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>A mesclagem não foi desfeita: %1</translation>
    </message>
    <message>
        <source>The merge is undone; the person comes back with this sync.</source>
        <translation>A mesclagem foi desfeita; a pessoa volta com esta sincronização.</translation>
    </message>
    <message>
        <source>Of each pair the record with an account, or else with more registrations and groups, is kept, and gets what only the other one has. Registrations, check-ins and group memberships of both are kept. A merge can be undone afterwards, pair by pair, while connected to the server.</source>
        <translation>De cada par fica o registro com conta, ou senão o que tem mais inscrições e grupos, que recebe o que só o outro tem. As inscrições, presenças e participações de ambos são mantidas. Uma mesclagem pode ser desfeita depois, par a par, com conexão ao servidor.</translation>
    </message>
</context>
<context>
    <name>commonroom::ErasePersonDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Apagar %1</translation>
    </message>
    <message>
        <source>This erases %1 from the community for good: their profile, memberships, vouches, account and devices. Every device drops them at its next sync. It cannot be undone. Do it only on their request.</source>
        <translation>Isto apaga %1 da comunidade definitivamente: perfil, participações, recomendações, conta e dispositivos. Cada dispositivo o descarta na próxima sincronização. Não pode ser desfeito. Faça isso só a pedido da pessoa.</translation>
    </message>
    <message>
        <source>Reason, kept in the audit log</source>
        <translation>Motivo, guardado no registro de auditoria</translation>
    </message>
    <message>
        <source>For example: asked by email on 3 May</source>
        <translation>Por exemplo: perguntado por e-mail em 3 de maio</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Type the name to confirm</source>
        <translation>Digite o nome para confirmar</translation>
    </message>
    <message>
        <source>&amp;Type “%1” to confirm:</source>
        <translation>&amp;Digite “%1” para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Apagar definitivamente</translation>
    </message>
    <message>
        <source>Write why %1 is erased; the audit log keeps the reason.</source>
        <translation>Escreva por que %1 é apagado; o registro de auditoria guarda o motivo.</translation>
    </message>
    <message>
        <source>Type the name exactly as shown (“%1”) to confirm.</source>
        <translation>Digite o nome exatamente como mostrado (“%1”) para confirmar.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Apagando…</translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation>%1 não foi apagado: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::EventDialog</name>
    <message>
        <source>Type part of the name of a city or region of the venue</source>
        <translation>Digite parte do nome de uma cidade ou região do local</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the venue's time zone from the list: type part of a city's name.</source>
        <translation>Escolha o fuso horário do local na lista: digite parte do nome de uma cidade.</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Termina em:</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>Fuso horário do local</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Começa em</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Venue and address</source>
        <translation>Local e endereço</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Hosting group</source>
        <translation>Grupo organizador</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>Toda a comunidade</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Sta&amp;rts at:</source>
        <translation>Co&amp;meça em:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Regi&amp;ão:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidade:</translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation>&amp;Organizado por:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Dê um título ao evento.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>O término deve ser depois do início.</translation>
    </message>
    <message>
        <source>Reminder by mail</source>
        <translation>Lembrete por e-mail</translation>
    </message>
    <message>
        <source>The server mails a reminder this long before the start, once, to each registrant who wants reminders.</source>
        <translation>O servidor envia um lembrete com esta antecedência, uma única vez, a cada inscrito que quiser lembretes.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
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
            <numerusform>%n dia antes</numerusform>
            <numerusform>%n dias antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 semana antes</translation>
    </message>
    <message>
        <source>Re&amp;mind by mail:</source>
        <translation>Le&amp;mbrar por e-mail:</translation>
    </message>
</context>
<context>
    <name>commonroom::EventExports</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nada foi salvo: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>The attendance could not be exported: %1</source>
        <translation>Não foi possível exportar a presença: %1</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exportar presença</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Exportar evento</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <source>No events are listed: change the filters first.</source>
        <translation>Nenhum evento listado: altere os filtros primeiro.</translation>
    </message>
    <message>
        <source>Export listed events</source>
        <translation>Exportar os eventos listados</translation>
    </message>
    <message>
        <source>Commonroom events</source>
        <translation>Eventos do Commonroom</translation>
    </message>
    <message>
        <source>Save subscription file</source>
        <translation>Salvar arquivo de assinatura</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>Salvar lista de presença</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was not saved: %1</source>
        <translation>A lista de presença não foi salva: %1</translation>
    </message>
    <message>
        <source>Save list of registrants</source>
        <translation>Salvar lista de inscritos</translation>
    </message>
    <message>
        <source>The list of registrants was not saved: %1</source>
        <translation>A lista de inscritos não foi salva: %1</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer, or export a PDF instead.</source>
        <translation>Falha na impressão. Verifique a impressora ou exporte um PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1.</source>
        <translation>Enviado para a impressora: %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Lista de presença: %1</translation>
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
        <translation>Quais eventos</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passados</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Words of the title or place</source>
        <translation>Palavras do título ou do local</translation>
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
        <translation>Regi&amp;ão:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Novo evento…</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <source>The event was not created: %1</source>
        <translation>O evento não foi criado: %1</translation>
    </message>
    <message>
        <source>Event “%1” created. %2</source>
        <translation>Evento “%1” criado. %2</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Será enviado na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>commonroom::EventPagePane</name>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Organizado por</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Vagas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Your registration</source>
        <translation>Sua inscrição</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Ins&amp;crever</translation>
    </message>
    <message>
        <source>Register for the event</source>
        <translation>Inscrever-se no evento</translation>
    </message>
    <message>
        <source>&amp;Cancel my registration…</source>
        <translation>&amp;Cancelar minha inscrição…</translation>
    </message>
    <message>
        <source>Cancel my registration</source>
        <translation>Cancelar minha inscrição</translation>
    </message>
    <message>
        <source>Check-&amp;in mode</source>
        <translation>Modo de check-&amp;in</translation>
    </message>
    <message>
        <source>Open check-in mode for the door</source>
        <translation>Abrir o modo de check-in para a porta</translation>
    </message>
    <message>
        <source>Full-screen check-in at the door (Ctrl+Shift+K); works without a network</source>
        <translation>Check-in em tela cheia na porta (Ctrl+Shift+K); funciona sem rede</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Editar o evento</translation>
    </message>
    <message>
        <source>Cancel even&amp;t…</source>
        <translation>Cancelar even&amp;to…</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Cancelar o evento</translation>
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
        <translation>Presença (CSV)…</translation>
    </message>
    <message>
        <source>This event (.ics)…</source>
        <translation>Este evento (.ics)…</translation>
    </message>
    <message>
        <source>Listed events (.ics)…</source>
        <translation>Eventos listados (.ics)…</translation>
    </message>
    <message>
        <source>Subscription file (.ics)…</source>
        <translation>Arquivo de assinatura (.ics)…</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Lista de presença (PDF)…</translation>
    </message>
    <message>
        <source>Registrants (PDF)…</source>
        <translation>Inscritos (PDF)…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Imprimir lista de presença…</translation>
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
        <translation>Inscrever uma &amp;pessoa…</translation>
    </message>
    <message>
        <source>Register someone for the event</source>
        <translation>Inscrever alguém no evento</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected registration…</source>
        <translation>&amp;Retirar a inscrição selecionada…</translation>
    </message>
    <message>
        <source>Cancel the selected registration</source>
        <translation>Cancelar a inscrição selecionada</translation>
    </message>
    <message>
        <source>No events match. Change the filters, sync to receive events, or create one.</source>
        <translation>Nenhum evento corresponde. Altere os filtros, sincronize para receber eventos ou crie um.</translation>
    </message>
    <message>
        <source>Select an event to see its details and registrants.</source>
        <translation>Selecione um evento para ver os detalhes e os inscritos.</translation>
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
            <numerusform>%1 de %n vaga ocupada</numerusform>
            <numerusform>%1 de %n vagas ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered (no limit)</source>
        <translation>
            <numerusform>%n inscrito (sem limite)</numerusform>
            <numerusform>%n inscritos (sem limite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n na lista de espera</numerusform>
            <numerusform>%n na lista de espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to register.</source>
        <translation>Entre para se inscrever.</translation>
    </message>
    <message>
        <source>You are not registered.</source>
        <translation>Você não está inscrito.</translation>
    </message>
    <message>
        <source>You are on the waitlist: number %1. You get a place when one frees up, in order.</source>
        <translation>Você está na lista de espera: número %1. Você recebe uma vaga quando uma for liberada, por ordem.</translation>
    </message>
    <message>
        <source>You are registered, and checked in.</source>
        <translation>Você está inscrito e fez check-in.</translation>
    </message>
    <message>
        <source>You are registered.</source>
        <translation>Você está inscrito.</translation>
    </message>
    <message>
        <source>The event was not changed: %1</source>
        <translation>O evento não foi alterado: %1</translation>
    </message>
    <message>
        <source>Event “%1” saved. %2</source>
        <translation>Evento “%1” salvo. %2</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancelar evento</translation>
    </message>
    <message>
        <source>Cancel “%1”? It stays in the list, marked cancelled, so registrants can be told; calendars that subscribe remove it.</source>
        <translation>Cancelar “%1”? Ele continua na lista, marcado como cancelado, para que os inscritos possam ser avisados; os calendários assinantes o removem.</translation>
    </message>
    <message>
        <source>The event was not cancelled: %1</source>
        <translation>O evento não foi cancelado: %1</translation>
    </message>
    <message>
        <source>“%1” is cancelled. %2</source>
        <translation>“%1” foi cancelado. %2</translation>
    </message>
    <message>
        <source>You were not registered: %1</source>
        <translation>Você não foi inscrito: %1</translation>
    </message>
    <message>
        <source>The event is full: you are on the waitlist (number %1). %2</source>
        <translation>O evento está lotado: você está na lista de espera (número %1). %2</translation>
    </message>
    <message>
        <source>You are registered for “%1”. %2</source>
        <translation>Você está inscrito em “%1”. %2</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancelar inscrição</translation>
    </message>
    <message>
        <source>Cancel your registration for “%1”? Your place goes to the first person on the waitlist.</source>
        <translation>Cancelar sua inscrição em “%1”? Sua vaga vai para a primeira pessoa da lista de espera.</translation>
    </message>
    <message>
        <source>Your registration was not cancelled: %1</source>
        <translation>Sua inscrição não foi cancelada: %1</translation>
    </message>
    <message>
        <source>Your registration is cancelled. %1</source>
        <translation>Sua inscrição foi cancelada. %1</translation>
    </message>
    <message>
        <source>The person was not registered: %1</source>
        <translation>A pessoa não foi inscrita: %1</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>A pessoa</translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation>%1 está na lista de espera.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 está inscrito.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <source>Cancel the registration of %1 for “%2”? The first person on the waitlist gets the place.</source>
        <translation>Cancelar a inscrição de %1 em “%2”? A primeira pessoa da lista de espera fica com a vaga.</translation>
    </message>
    <message>
        <source>The registration was not cancelled: %1</source>
        <translation>A inscrição não foi cancelada: %1</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled. %2</source>
        <translation>A inscrição de %1 foi cancelada. %2</translation>
    </message>
    <message numerus="yes">
        <source>reminder by mail %n hour(s) before</source>
        <translation>
            <numerusform>lembrete por e-mail %n hora antes</numerusform>
            <numerusform>lembrete por e-mail %n horas antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::EventsDashboard</name>
    <message>
        <source>Choose an event first: the door view checks people in at one event.</source>
        <translation>Escolha primeiro um evento: a visão de entrada registra a chegada das pessoas a um evento.</translation>
    </message>
    <message>
        <source>Only the organizers of “%1”, the curators of its group and leaders check people in.</source>
        <translation>Só os organizadores de “%1”, os curadores do grupo e as lideranças registram chegadas.</translation>
    </message>
    <message>
        <source>“%1” is cancelled: there is nobody to check in.</source>
        <translation>“%1” foi cancelado: não há ninguém para registrar.</translation>
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
        <translation>&amp;Relatório</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;uplicados</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado da última ação</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>D&amp;uplicados (%1)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensagens</translation>
    </message>
</context>
<context>
    <name>commonroom::EventsModel</name>
    <message>
        <source>(untitled event)</source>
        <translation>(evento sem título)</translation>
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
            <numerusform>%n inscrito de %1 vagas</numerusform>
            <numerusform>%n inscritos de %1 vagas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered, no limit</source>
        <translation>
            <numerusform>%n inscrito, sem limite</numerusform>
            <numerusform>%n inscritos, sem limite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n na lista de espera</numerusform>
            <numerusform>%n na lista de espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
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
        <translation>(um grupo)</translation>
    </message>
</context>
<context>
    <name>commonroom::ExportMyDataDialog</name>
    <message>
        <source>Export my data</source>
        <translation>Exportar meus dados</translation>
    </message>
    <message>
        <source>Saves everything the community holds about you — your profile with every field, your memberships, vouches and invitations — as a JSON document (complete, for programs) and a vCard (for address books).</source>
        <translation>Salva tudo o que a comunidade tem sobre você — seu perfil com todos os campos, suas participações, recomendações e convites — como um documento JSON (completo, para programas) e um vCard (para catálogos de endereços).</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Pasta onde salvar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Save my data into</source>
        <translation>Salvar meus dados em</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (Browse…).</source>
        <translation>Escolha uma pasta em que você possa gravar (Procurar…).</translation>
    </message>
    <message>
        <source>Asking the server for your data…</source>
        <translation>Pedindo seus dados ao servidor…</translation>
    </message>
    <message>
        <source>Your data could not be exported: %1</source>
        <translation>Não foi possível exportar seus dados: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>commonroom::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Esqueci a senha</translation>
    </message>
    <message>
        <source>1. Enter the email address of your account; the server mails you a code.</source>
        <translation>1. Digite o endereço de e-mail da sua conta; o servidor envia um código para você.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Mail me a code</source>
        <translation>&amp;Envie-me um código</translation>
    </message>
    <message>
        <source>2. Type the code from the mail and choose a new password.</source>
        <translation>2. Digite o código do e-mail e escolha uma nova senha.</translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation>Código do e-mail</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Definir nova senha</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Digite o endereço de e-mail da sua conta.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando o servidor…</translation>
    </message>
    <message>
        <source>Type the code from the mail (ask for one with “Mail me a code”).</source>
        <translation>Digite o código do e-mail (peça um com “Envie-me um código”).</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Definindo a nova senha…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used or expired. Ask for a new one with “Mail me a code”.</source>
        <translation>Este código não funciona: pode estar digitado errado, já usado ou expirado. Peça um novo com “Envie-me um código”.</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It may take a few minutes; check the spam folder too.</source>
        <translation>Se %1 pertence a uma conta, um código está a caminho. Pode levar alguns minutos; verifique também a pasta de spam.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Sua senha foi alterada. Entre com a nova.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupCurationPane</name>
    <message>
        <source>Curate</source>
        <translation>Curadoria</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Aprovar o pedido selecionado</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>Decline the selected request</source>
        <translation>Recusar o pedido selecionado</translation>
    </message>
    <message>
        <source>Make &amp;curator…</source>
        <translation>Tornar &amp;curador…</translation>
    </message>
    <message>
        <source>Make the selected member a curator</source>
        <translation>Tornar curador o membro selecionado</translation>
    </message>
    <message>
        <source>Remove as c&amp;urator…</source>
        <translation>Remover como c&amp;urador…</translation>
    </message>
    <message>
        <source>Make the selected curator an ordinary member</source>
        <translation>Tornar membro comum o curador selecionado</translation>
    </message>
    <message>
        <source>R&amp;emove from group…</source>
        <translation>R&amp;emover do grupo…</translation>
    </message>
    <message>
        <source>Remove the selected person from the group</source>
        <translation>Remover do grupo a pessoa selecionada</translation>
    </message>
    <message>
        <source>Name of a person on this computer</source>
        <translation>Nome de uma pessoa neste computador</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Pessoa a convidar</translation>
    </message>
    <message>
        <source>In&amp;vite:</source>
        <translation>Con&amp;vidar:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>C&amp;onvidar</translation>
    </message>
    <message>
        <source>Invite the person to the group</source>
        <translation>Convidar a pessoa para o grupo</translation>
    </message>
    <message>
        <source>The last curator cannot be removed: make someone else curator first.</source>
        <translation>O último curador não pode ser removido: torne outra pessoa curador primeiro.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprovar %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Recusar %1</translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Uma mensagem para %1 (opcional):</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Uma mensagem para %1 explicando o motivo (opcional):</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 agora é membro de %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Você recusou o pedido de %1 para entrar em %2.</translation>
    </message>
    <message>
        <source>Make curator</source>
        <translation>Tornar curador</translation>
    </message>
    <message>
        <source>Make %1 a curator of %2? Curators answer requests, invite people and appoint curators.</source>
        <translation>Tornar %1 curador de %2? Curadores respondem pedidos, convidam pessoas e nomeiam curadores.</translation>
    </message>
    <message>
        <source>%1 is now a curator of %2.</source>
        <translation>%1 agora é curador de %2.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Remover do grupo</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They will need to ask again or be invited to come back.</source>
        <translation>Remover %1 de %2? Será preciso pedir novamente ou ser convidado para voltar.</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 não está mais em %2.</translation>
    </message>
    <message>
        <source>Remove as curator</source>
        <translation>Remover como curador</translation>
    </message>
    <message>
        <source>Make %1 an ordinary member of %2? They will no longer answer requests or invite people.</source>
        <translation>Tornar %1 um membro comum de %2? Essa pessoa não responderá mais solicitações nem convidará pessoas.</translation>
    </message>
    <message>
        <source>%1 is no longer a curator of %2.</source>
        <translation>%1 não é mais curador de %2.</translation>
    </message>
    <message>
        <source>No one called %1 is on this computer. Pick a name from the suggestions.</source>
        <translation>Ninguém chamado %1 está neste computador. Escolha um nome entre as sugestões.</translation>
    </message>
    <message>
        <source>More than one person is called %1. Pick one from the suggestions.</source>
        <translation>Mais de uma pessoa se chama %1. Escolha uma entre as sugestões.</translation>
    </message>
    <message>
        <source>%1 is invited to %2.</source>
        <translation>%1 foi convidado para %2.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupListPane</name>
    <message>
        <source>Search groups</source>
        <translation>Pesquisar grupos</translation>
    </message>
    <message>
        <source>Finds groups by name and description</source>
        <translation>Encontra grupos por nome e descrição</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Novo grupo…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Criar um grupo; você se torna o primeiro curador dele (Ctrl+N)</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Um grupo precisa de um nome.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>O grupo %1 foi criado; você é o curador dele.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Asks to join</source>
        <translation>Pediu para entrar</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curador</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>This person&apos;s name is not shared with you, or they are not on this computer yet</source>
        <translation>O nome desta pessoa não é compartilhado com você, ou ela ainda não está neste computador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Why you cannot join</source>
        <translation>Por que você não pode entrar</translation>
    </message>
    <message>
        <source>Groups are for approved members: once your application is approved, you can join or ask to join.</source>
        <translation>Os grupos são para membros aprovados: quando sua candidatura for aprovada, você poderá entrar ou pedir para entrar.</translation>
    </message>
    <message>
        <source>Your role does not let you join this group; ask one of its curators to invite you.</source>
        <translation>Seu papel não permite entrar neste grupo; peça a uma das pessoas curadoras que convide você.</translation>
    </message>
    <message>
        <source>Its members are shown once you are approved.</source>
        <translation>Os membros aparecem quando você for aprovado.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termos</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>Sua participação</translation>
    </message>
    <message>
        <source>Curators</source>
        <translation>Curadores</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Solicitações pendentes</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Leave group…</source>
        <translation>&amp;Sair do grupo…</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membros:</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membros do grupo</translation>
    </message>
    <message>
        <source>There are no groups on this computer yet. Sync to receive them, or create one.</source>
        <translation>Ainda não há grupos neste computador. Sincronize para recebê-los ou crie um.</translation>
    </message>
    <message>
        <source>Select a group to see its members and what you can do there.</source>
        <translation>Selecione um grupo para ver seus membros e o que você pode fazer nele.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sem descrição.</translation>
    </message>
    <message>
        <source>You curate this group.</source>
        <translation>Você é curador deste grupo.</translation>
    </message>
    <message>
        <source>You are a member of this group.</source>
        <translation>Você é membro deste grupo.</translation>
    </message>
    <message>
        <source>You asked to join; a curator will answer your request.</source>
        <translation>Você pediu para entrar; um curador responderá ao seu pedido.</translation>
    </message>
    <message>
        <source>You are invited to join this group.</source>
        <translation>Você foi convidado a entrar neste grupo.</translation>
    </message>
    <message>
        <source>Your request to join was declined.</source>
        <translation>Seu pedido de entrada foi recusado.</translation>
    </message>
    <message>
        <source>Your request to join was declined: %1</source>
        <translation>Seu pedido de entrada foi recusado: %1</translation>
    </message>
    <message>
        <source>This group is closed: its curators invite new members.</source>
        <translation>Este grupo é fechado: seus curadores convidam novos membros.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No curator on this computer.</source>
        <translation>Nenhum curador neste computador.</translation>
    </message>
    <message>
        <source>Curators: %1</source>
        <translation>Curadores: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to join wait for your answer: select one in the list below.</source>
        <translation>
            <numerusform>%n solicitação de entrada aguarda sua resposta: selecione-a na lista abaixo.</numerusform>
            <numerusform>%n solicitações de entrada aguardam sua resposta: selecione uma na lista abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept invitation and &amp;join</source>
        <translation>Aceitar o convite e &amp;entrar</translation>
    </message>
    <message>
        <source>Request to &amp;join…</source>
        <translation>Pedir para &amp;entrar…</translation>
    </message>
    <message>
        <source>&amp;Withdraw request…</source>
        <translation>&amp;Retirar pedido…</translation>
    </message>
    <message>
        <source>&amp;Refuse invitation…</source>
        <translation>Re&amp;cusar convite…</translation>
    </message>
    <message>
        <source>You are the group&apos;s last curator: make someone else curator first.</source>
        <translation>Você é o último curador do grupo: primeiro torne outra pessoa curadora.</translation>
    </message>
    <message>
        <source>Terms of %1</source>
        <translation>Termos de %1</translation>
    </message>
    <message>
        <source>To join %1, accept its terms:</source>
        <translation>Para entrar em %1, aceite os termos:</translation>
    </message>
    <message>
        <source>&amp;Accept terms and join</source>
        <translation>&amp;Aceitar os termos e entrar</translation>
    </message>
    <message>
        <source>You did not join %1: joining needs its terms accepted.</source>
        <translation>Você não entrou em %1: para entrar é preciso aceitar os termos.</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Pedir para entrar em %1</translation>
    </message>
    <message>
        <source>A message for the curators (optional): who you are, why you would like to join.</source>
        <translation>Uma mensagem para os curadores (opcional): quem você é e por que gostaria de entrar.</translation>
    </message>
    <message>
        <source>You asked to join %1; a curator will answer.</source>
        <translation>Você pediu para entrar em %1; um curador responderá.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Você entrou em %1.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Retirar pedido</translation>
    </message>
    <message>
        <source>Withdraw your request to join %1?</source>
        <translation>Retirar seu pedido para entrar em %1?</translation>
    </message>
    <message>
        <source>Your request to join %1 was withdrawn.</source>
        <translation>Seu pedido para entrar em %1 foi retirado.</translation>
    </message>
    <message>
        <source>Refuse invitation</source>
        <translation>Recusar convite</translation>
    </message>
    <message>
        <source>Refuse the invitation to join %1?</source>
        <translation>Recusar o convite para entrar em %1?</translation>
    </message>
    <message>
        <source>You refused the invitation to %1.</source>
        <translation>Você recusou o convite para %1.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Sair do grupo</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>Sair de %1?</translation>
    </message>
    <message>
        <source>To come back you will need a curator&apos;s approval or invitation.</source>
        <translation>Para voltar, você precisará da aprovação ou do convite de um curador.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Você saiu de %1.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupsModel</name>
    <message>
        <source>Members are shown once you are approved.</source>
        <translation>Os membros aparecem quando você for aprovado.</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>curador</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>convidado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Com aprovação</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sem nome)</translation>
    </message>
    <message>
        <source>Anyone in the community can join</source>
        <translation>Qualquer pessoa da comunidade pode entrar</translation>
    </message>
    <message>
        <source>A curator approves each request to join</source>
        <translation>Um curador aprova cada pedido de entrada</translation>
    </message>
    <message>
        <source>New members join by invitation of a curator</source>
        <translation>Novos membros entram por convite de um curador</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a curator</source>
        <translation>
            <numerusform>%n pedido aguardando um curador</numerusform>
            <numerusform>%n pedidos aguardando um curador</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
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
        <translation>Resultado da última ação</translation>
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
        <translation>nome não compartilhado</translation>
    </message>
    <message>
        <source>Once your application is approved you can join groups; until then, look around under Groups (Ctrl+3).</source>
        <translation>Quando sua candidatura for aprovada você poderá entrar em grupos; até lá, dê uma olhada em Grupos (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>Aprovar os pedidos selecionados</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>Decline the selected requests</source>
        <translation>Recusar os pedidos selecionados</translation>
    </message>
    <message>
        <source>Select one or more requests, or a group for all of its.</source>
        <translation>Selecione um ou mais pedidos, ou um grupo para todos os dele.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprovar %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Recusar %1</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Aprovar %n pedido</numerusform>
            <numerusform>Aprovar %n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Recusar %n pedido</numerusform>
            <numerusform>Recusar %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>A message for %1 (optional):</source>
        <translation>Uma mensagem para %1 (opcional):</translation>
    </message>
    <message>
        <source>A message for %1 saying why (optional):</source>
        <translation>Uma mensagem para %1 dizendo o motivo (opcional):</translation>
    </message>
    <message>
        <source>A message for each of them (optional):</source>
        <translation>Uma mensagem para cada uma dessas pessoas (opcional):</translation>
    </message>
    <message>
        <source>A message for each of them saying why (optional):</source>
        <translation>Uma mensagem para cada uma dessas pessoas dizendo o motivo (opcional):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other request(s) were answered.</source>
        <translation>
            <numerusform>%Ln outro pedido foi respondido.</numerusform>
            <numerusform>%Ln outros pedidos foram respondidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 agora é membro de %2.</translation>
    </message>
    <message>
        <source>You declined the request of %1 to join %2.</source>
        <translation>Você recusou o pedido de %1 para entrar em %2.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %Ln request(s) to join.</source>
        <translation>
            <numerusform>%Ln pedido de entrada aprovado.</numerusform>
            <numerusform>%Ln pedidos de entrada aprovados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declined %Ln request(s) to join.</source>
        <translation>
            <numerusform>%Ln pedido de entrada recusado.</numerusform>
            <numerusform>%Ln pedidos de entrada recusados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>&amp;My groups</source>
        <translation>&amp;Meus grupos</translation>
    </message>
    <message>
        <source>You are in no group yet. Find one under Groups (Ctrl+3).</source>
        <translation>Você ainda não está em nenhum grupo. Encontre um em Grupos (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Requests for you to review</source>
        <translation>&amp;Solicitações para você revisar</translation>
    </message>
    <message>
        <source>No requests to join are waiting for you.</source>
        <translation>Nenhuma solicitação de entrada aguarda você.</translation>
    </message>
    <message>
        <source>Recent &amp;changes in my groups</source>
        <translation>&amp;Alterações recentes nos meus grupos</translation>
    </message>
    <message>
        <source>Nothing new in your groups since you started syncing.</source>
        <translation>Nada de novo nos seus grupos desde que você começou a sincronizar.</translation>
    </message>
    <message>
        <source>&amp;Opportunities for you</source>
        <translation>&amp;Oportunidades para você</translation>
    </message>
    <message>
        <source>No open opportunity matches the skills, languages and interests of your profile yet.</source>
        <translation>Nenhuma oportunidade aberta corresponde ainda às habilidades, idiomas e interesses do seu perfil.</translation>
    </message>
    <message>
        <source>I&apos;m &amp;interested</source>
        <translation>Tenho &amp;interesse</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Tenho interesse</translation>
    </message>
    <message>
        <source>&amp;Withdraw interest</source>
        <translation>&amp;Retirar interesse</translation>
    </message>
    <message>
        <source>Withdraw interest</source>
        <translation>Retirar interesse</translation>
    </message>
    <message>
        <source>Nothing has been written to your groups or events yet.</source>
        <translation>Ainda não foi escrito nada aos seus grupos nem eventos.</translation>
    </message>
    <message>
        <source>To you from the community's leaders</source>
        <translation>Para você, dos líderes da comunidade</translation>
    </message>
    <message>
        <source>To the list %1</source>
        <translation>Para a lista %1</translation>
    </message>
    <message>
        <source>Message&amp;s from my groups, events and leaders</source>
        <translation>Men&amp;sagens dos meus grupos, eventos e líderes</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationCodeDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Aceitar um convite</translation>
    </message>
    <message>
        <source>Copy the code from the invitation mail and choose your password. The code works once, for the address it was sent to, within 14 days.</source>
        <translation>Copie o código do e-mail de convite e escolha sua senha. O código funciona uma vez, para o endereço para o qual foi enviado, dentro de 14 dias.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>Email the invitation was sent to</source>
        <translation>E-mail para o qual o convite foi enviado</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Paste the code from the invitation mail.</source>
        <translation>Cole o código do e-mail de convite.</translation>
    </message>
    <message>
        <source>Enter the email address the invitation was sent to.</source>
        <translation>Digite o endereço de e-mail para o qual o convite foi enviado.</translation>
    </message>
    <message>
        <source>Enter your name as you would like the community to see it.</source>
        <translation>Digite seu nome como você gostaria que a comunidade o visse.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>This code does not work: it may be mistyped, already used, expired, or sent to another address. Ask the person who invited you for a new invitation.</source>
        <translation>Este código não funciona: pode estar digitado errado, já usado, expirado ou enviado para outro endereço. Peça um novo convite à pessoa que convidou você.</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsModel</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>A comunidade</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Um grupo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
</context>
<context>
    <name>commonroom::InvitationsWidget</name>
    <message>
        <source>Invitations</source>
        <translation>Convites</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Endereço de e-mail a convidar</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Invite &amp;email:</source>
        <translation>&amp;E-mail a convidar:</translation>
    </message>
    <message>
        <source>Into the &amp;group</source>
        <translation>No &amp;grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>C&amp;onvidar</translation>
    </message>
    <message>
        <source>The server mails a code to the address at the next sync; it is valid for 14 days</source>
        <translation>O servidor envia um código para o endereço na próxima sincronização; ele é válido por 14 dias</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Convites enviados</translation>
    </message>
    <message>
        <source>Only leaders and admins can invite people.</source>
        <translation>Só líderes e administradores podem convidar pessoas.</translation>
    </message>
    <message>
        <source>Enter the email address to invite, for example name@example.org.</source>
        <translation>Digite o endereço de e-mail a convidar, por exemplo nome@example.org.</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>a comunidade</translation>
    </message>
    <message>
        <source>Choose the group, or untick “Into the group” to invite into the community.</source>
        <translation>Escolha o grupo ou desmarque “No grupo” para convidar para a comunidade.</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>Não foi possível salvar o convite: %1</translation>
    </message>
    <message>
        <source>%1 is invited into %2. The server mails the code at the next sync.</source>
        <translation>%1 foi convidado para %2. O servidor envia o código por e-mail na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>commonroom::LeadershipPane</name>
    <message>
        <source>Leadership</source>
        <translation>Liderança</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Nível atual</translation>
    </message>
    <message>
        <source>Assessments, newest first</source>
        <translation>Avaliações, a mais recente primeiro</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Avaliar…</translation>
    </message>
    <message>
        <source>Assess this person on the leadership ladder</source>
        <translation>Avaliar esta pessoa na escada de liderança</translation>
    </message>
    <message>
        <source>Leader notes</source>
        <translation>Notas de liderança</translation>
    </message>
    <message>
        <source>Leader notes, newest first</source>
        <translation>Notas de liderança, a mais recente primeiro</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Adicionar &amp;nota…</translation>
    </message>
    <message>
        <source>Add a leader note about this person</source>
        <translation>Adicionar uma nota de liderança sobre esta pessoa</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ainda não avaliada.</translation>
    </message>
    <message>
        <source>Current level: %1 (%2)</source>
        <translation>Nível atual: %1 (%2)</translation>
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
        <translation>Avaliar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
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
        <translation>Adicionar uma nota de liderança</translation>
    </message>
    <message>
        <source>A note for the other leaders; the person never sees it:</source>
        <translation>Uma nota para as outras lideranças; a pessoa nunca a vê:</translation>
    </message>
    <message>
        <source>The current level is unknown: the assessments could not be read.</source>
        <translation>O nível atual é desconhecido: não foi possível ler as avaliações.</translation>
    </message>
</context>
<context>
    <name>commonroom::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Manter conectado neste computador</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) answers here. Ticked, your session is kept in %1, readable only by your user account: anyone who can read your files (a backup, an administrator) could act as you until you sign out. Unticked, you sign in each time you start Commonroom.</source>
        <translation>Nenhum chaveiro do sistema (como GNOME Keyring ou KWallet) responde aqui. Marcado, sua sessão fica em %1, legível só pela sua conta de usuário: quem puder ler seus arquivos (um backup, um administrador) poderia agir como você até você sair. Desmarcado, você entra a cada vez que abre o Commonroom.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>O chaveiro respondeu: %1</translation>
    </message>
    <message>
        <source>Sign in to Commonroom</source>
        <translation>Entrar no Commonroom</translation>
    </message>
    <message>
        <source>Sign in once to copy your community to this computer. Afterwards Commonroom works without a connection and syncs when the server is reachable.</source>
        <translation>Entre uma vez para copiar sua comunidade para este computador. Depois disso o Commonroom funciona sem conexão e sincroniza quando o servidor estiver acessível.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <source>Enter the address of your community&apos;s server, for example %1.</source>
        <translation>Digite o endereço do servidor da sua comunidade, por exemplo %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your password travels encrypted.</source>
        <translation>O endereço do servidor deve começar com https:// para que sua senha trafegue criptografada.</translation>
    </message>
    <message>
        <source>Enter the email address you registered with.</source>
        <translation>Digite o e-mail com o qual você se cadastrou.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contatando %1…</translation>
    </message>
    <message>
        <source>The server at %1 did not present a certificate.</source>
        <translation>O servidor em %1 não apresentou um certificado.</translation>
    </message>
    <message>
        <source>Not signed in: you did not accept the server&apos;s certificate.</source>
        <translation>Você não entrou: o certificado do servidor não foi aceito.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Não foi possível entrar.</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Confiar neste servidor?</translation>
    </message>
    <message>
        <source>This is the first time this computer connects to %1.</source>
        <translation>É a primeira vez que este computador se conecta a %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your server administrator gave you (the server prints it when it starts):

%1

Trust the server only if they are the same. Commonroom remembers your answer.</source>
        <translation>Compare esta impressão digital com a que a administração do servidor lhe passou (o servidor a exibe ao iniciar):

%1

Confie no servidor somente se forem iguais. O Commonroom lembrará sua resposta.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Confiar</translation>
    </message>
    <message>
        <source>&amp;Apply to join…</source>
        <translation>&amp;Pedir para entrar…</translation>
    </message>
    <message>
        <source>New here? Ask the community to let you in (an admin or members who know you decide)</source>
        <translation>Novo por aqui? Peça à comunidade para deixar você entrar (um administrador ou membros que conhecem você decidem)</translation>
    </message>
    <message>
        <source>I have an in&amp;vitation code…</source>
        <translation>Tenho um código de con&amp;vite…</translation>
    </message>
    <message>
        <source>Create your account with the code from your invitation mail</source>
        <translation>Crie sua conta com o código do seu e-mail de convite</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>&amp;Esqueci a senha…</translation>
    </message>
    <message>
        <source>Get a code by email and choose a new password</source>
        <translation>Receba um código por e-mail e escolha uma nova senha</translation>
    </message>
    <message>
        <source>Where your session is kept</source>
        <translation>Onde sua sessão é mantida</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Sua senha foi alterada. Entre com a nova.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Não foi possível ler a resposta do servidor: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::MainWindow</name>
    <message>
        <source>Copy of the community</source>
        <translation>Cópia da comunidade</translation>
    </message>
    <message>
        <source>Nothing to send; the community is not wholly copied yet</source>
        <translation>Nada a enviar; a comunidade ainda não foi copiada por inteiro</translation>
    </message>
    <message>
        <source>The community is being copied to this computer: lists show only what has arrived until it is done.</source>
        <translation>A comunidade está sendo copiada para este computador: até terminar, as listas mostram só o que já chegou.</translation>
    </message>
    <message>
        <source>Only part of the community is on this computer: its copy was not finished. Lists may miss people, groups and events. Sync (F5) to finish it; what arrived is kept.</source>
        <translation>Só parte da comunidade está neste computador: a cópia não terminou. Podem faltar pessoas, grupos e eventos nas listas. Sincronize (F5) para terminá-la; o que chegou é mantido.</translation>
    </message>
    <message>
        <source>Your role changed</source>
        <translation>Seu papel mudou</translation>
    </message>
    <message>
        <source>%1 Commonroom opens again with what your new role, %2, may see and do.</source>
        <translation>%1 O Commonroom abre de novo com o que seu novo papel, %2, pode ver e fazer.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>In lists, Enter opens what is selected; Alt with an underlined letter reaches its field or button.</source>
        <translation>Nas listas, Enter abre o que está selecionado; Alt com uma letra sublinhada leva ao seu campo ou botão.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln aguardando</numerusform>
            <numerusform>%1, %Ln aguardando</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person to see their card here.</source>
        <translation>Escolha uma pessoa para ver o cartão dela aqui.</translation>
    </message>
    <message numerus="yes">
        <source>All changes sent; %n refused (see Sync problems)</source>
        <translation>
            <numerusform>Todas as alterações enviadas; %n recusada (veja Problemas de sincronização)</numerusform>
            <numerusform>Todas as alterações enviadas; %n recusadas (veja Problemas de sincronização)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Novo evento…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Novo &amp;grupo…</translation>
    </message>
    <message>
        <source>Community &amp;words…</source>
        <translation>&amp;Palavras da comunidade…</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them</source>
        <translation>Dar nome aos níveis da escada e às áreas das contribuições como sua comunidade os chama</translation>
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
        <translation>&amp;Salvar como lista…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>&amp;Excluir lista…</translation>
    </message>
    <message>
        <source>No list</source>
        <translation>Nenhuma lista</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (compartilhada)</translation>
    </message>
    <message>
        <source>The chosen smart list selects the people; choose "No list" to filter here.</source>
        <translation>A lista inteligente escolhida seleciona as pessoas; escolha "Nenhuma lista" para filtrar aqui.</translation>
    </message>
    <message>
        <source>This is a saved list already.</source>
        <translation>Esta já é uma lista salva.</translation>
    </message>
    <message>
        <source>Filter the people first: what the filters ask for is what the list keeps.</source>
        <translation>Filtre as pessoas primeiro: a lista guarda o que os filtros pedem.</translation>
    </message>
    <message>
        <source>Choose a saved list first.</source>
        <translation>Escolha primeiro uma lista salva.</translation>
    </message>
    <message numerus="yes">
        <source>%n people now</source>
        <translation>
            <numerusform>%n pessoa agora</numerusform>
            <numerusform>%n pessoas agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>Salvar como lista inteligente</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nome da lista:</translation>
    </message>
    <message>
        <source>Share the list</source>
        <translation>Compartilhar a lista</translation>
    </message>
    <message>
        <source>Share "%1" with the other leaders and admins? Otherwise it stays on your devices alone.</source>
        <translation>Compartilhar "%1" com os outros líderes e admins? Senão, ela fica só nos seus dispositivos.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Keep it mine</source>
        <translation>Manter só para mim</translation>
    </message>
    <message>
        <source>Saved the list "%1". It is sent at the next sync.</source>
        <translation>Lista "%1" salva. Ela é enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Delete the list</source>
        <translation>Excluir a lista</translation>
    </message>
    <message>
        <source>Delete the shared list "%1"? It goes from every leader's devices at their next sync; the people in it stay.</source>
        <translation>Excluir a lista compartilhada "%1"? Ela sai dos dispositivos de cada líder na próxima sincronização; as pessoas ficam.</translation>
    </message>
    <message>
        <source>Delete the list "%1"? The people in it stay.</source>
        <translation>Excluir a lista "%1"? As pessoas ficam.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Porta a porta</translation>
    </message>
    <message>
        <source>Organizing</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Finds people by name, place, skills, languages, interests and bio</source>
        <translation>Encontra pessoas por nome, lugar, habilidades, idiomas, interesses e biografia</translation>
    </message>
    <message>
        <source>Export &amp;contact (vCard)…</source>
        <translation>Exportar &amp;contato (vCard)…</translation>
    </message>
    <message>
        <source>Save the selected person as a vCard for an address book</source>
        <translation>Salvar a pessoa selecionada como vCard para um catálogo de endereços</translation>
    </message>
    <message>
        <source>Export &amp;search (CSV)…</source>
        <translation>Exportar &amp;busca (CSV)…</translation>
    </message>
    <message>
        <source>Save everyone the current search finds as a spreadsheet (CSV)</source>
        <translation>Salvar todas as pessoas encontradas pela busca como planilha (CSV)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Regi&amp;ão:</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Qualquer região</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Habilidade:</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Qualquer habilidade</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Qualquer papel</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
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
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Export contact</source>
        <translation>Exportar contato</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contato</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Arquivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Export search</source>
        <translation>Exportar busca</translation>
    </message>
    <message>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Send your changes to the server and receive the latest ones</source>
        <translation>Enviar suas alterações ao servidor e receber as mais recentes</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nova pessoa…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Editar pessoa…</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Problemas de sincronização…</translation>
    </message>
    <message>
        <source>Changes the server refused, and why</source>
        <translation>Alterações que o servidor recusou, e por quê</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Commonroom</source>
        <translation>&amp;Sobre o Commonroom</translation>
    </message>
    <message>
        <source>About Commonroom</source>
        <translation>Sobre o Commonroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;An offline-first community directory. Your community is kept on this computer and synced with your community&apos;s server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonroom %1&lt;/h3&gt;&lt;p&gt;Um diretório da comunidade que funciona primeiro off-line. Sua comunidade fica guardada neste computador e é sincronizada com o servidor da sua comunidade.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronização: nunca</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Última sincronização: agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Última sincronização: há %n minuto</numerusform>
            <numerusform>Última sincronização: há %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: today at %1</source>
        <translation>Última sincronização: hoje às %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Saved. The change will be sent at the next sync.</source>
        <translation>Salvo. A alteração será enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Sign out of Commonroom on this computer?</source>
        <translation>Sair do Commonroom neste computador?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet. They stay on this computer and are sent when you sign in again.</source>
        <translation>
            <numerusform>%n alteração ainda não foi enviada. Ela fica neste computador e será enviada quando você entrar de novo.</numerusform>
            <numerusform>%n alterações ainda não foram enviadas. Elas ficam neste computador e serão enviadas quando você entrar de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Saindo…</translation>
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
        <translation>Adicionar uma pessoa à comunidade</translation>
    </message>
    <message>
        <source>&amp;View person…</source>
        <translation>&amp;Ver pessoa…</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todas as alterações sincronizadas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n alteração aguardando sincronização</numerusform>
            <numerusform>%n alterações aguardando sincronização</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>The server is reachable.</source>
        <translation>O servidor está acessível.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>The server is not reachable. You can keep working; changes are sent at the next sync.</source>
        <translation>O servidor não está acessível. Você pode continuar trabalhando; as alterações serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Sending: %n change(s)</source>
        <translation>
            <numerusform>Enviando: %n alteração</numerusform>
            <numerusform>Enviando: %n alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s)</source>
        <translation>
            <numerusform>Recebendo: %n alteração</numerusform>
            <numerusform>Recebendo: %n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>A sincronização não terminou.</translation>
    </message>
    <message>
        <source>Sync &amp;problems (%1)…</source>
        <translation>&amp;Problemas de sincronização (%1)…</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronização</translation>
    </message>
    <message>
        <source>Stop the running sync; nothing is lost and it resumes later</source>
        <translation>Parar a sincronização em andamento; nada se perde e ela continua depois</translation>
    </message>
    <message>
        <source>Browse, join and curate the community&apos;s groups</source>
        <translation>Explorar, entrar e cuidar dos grupos da comunidade</translation>
    </message>
    <message>
        <source>Sync speed and time left</source>
        <translation>Velocidade e tempo restante da sincronização</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Recebendo %1 de %2</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
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
        <translation>Modo de &amp;check-in</translation>
    </message>
    <message>
        <source>Open the selected event&apos;s door view: check people in, full screen, offline</source>
        <translation>Abrir a visão de porta do evento selecionado: faça check-in das pessoas, em tela cheia, offline</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admissão</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>Minha candidatura</translation>
    </message>
    <message>
        <source>Show the %1 dashboard</source>
        <translation>Mostrar o painel %1</translation>
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
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Meus &amp;dispositivos…</translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>E&amp;xportar meus dados…</translation>
    </message>
    <message>
        <source>&amp;Vouch for applicant…</source>
        <translation>&amp;Recomendar o candidato…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>A&amp;pagar pessoa…</translation>
    </message>
    <message>
        <source>Remove a person and their data everywhere, at their request (admins)</source>
        <translation>Remover uma pessoa e seus dados em todos os lugares, a pedido dela (administradores)</translation>
    </message>
    <message>
        <source>Fetch &amp;everything again…</source>
        <translation>&amp;Buscar tudo de novo…</translation>
    </message>
    <message>
        <source>Receive the whole community again, for a copy that seems incomplete; your unsent changes are kept</source>
        <translation>Receber a comunidade inteira de novo, para uma cópia que parece incompleta; suas alterações não enviadas são mantidas</translation>
    </message>
    <message>
        <source>Fetch everything again</source>
        <translation>Buscar tudo de novo</translation>
    </message>
    <message>
        <source>Receive the whole community again from the server? This copy is replaced as the server sends it, which takes a while for a large community; your unsent changes are kept and sent first.</source>
        <translation>Receber a comunidade inteira de novo do servidor? Esta cópia é substituída à medida que o servidor a envia, o que demora um pouco numa comunidade grande; suas alterações não enviadas são mantidas e enviadas primeiro.</translation>
    </message>
    <message>
        <source>&amp;Fetch everything</source>
        <translation>&amp;Buscar tudo</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderança</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
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
        <translation>Qualquer etiqueta</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (só líderes)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relações</translation>
    </message>
    <message>
        <source>W&amp;rite to them…</source>
        <translation>Esc&amp;rever para eles…</translation>
    </message>
    <message>
        <source>Write a message to the people the list selects now.</source>
        <translation>Escrever uma mensagem para as pessoas que a lista seleciona agora.</translation>
    </message>
    <message>
        <source>Choose a saved list first: a message goes to the people it selects.</source>
        <translation>Escolha antes uma lista salva: a mensagem vai para as pessoas que ela seleciona.</translation>
    </message>
    <message>
        <source>Nothing is written to this list: %1</source>
        <translation>Nada é escrito para esta lista: %1</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>A mensagem não foi salva: %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Mensagem “%1” salva; ela é enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importar pessoas…</translation>
    </message>
    <message>
        <source>Bring people in from a spreadsheet (CSV)</source>
        <translation>Trazer pessoas de uma planilha (CSV)</translation>
    </message>
</context>
<context>
    <name>commonroom::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informações</translation>
    </message>
</context>
<context>
    <name>commonroom::MyGroupsModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sem nome)</translation>
    </message>
    <message>
        <source>You curate this group</source>
        <translation>Você é curador deste grupo</translation>
    </message>
    <message>
        <source>You are a member</source>
        <translation>Você é membro</translation>
    </message>
</context>
<context>
    <name>commonroom::NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Open: anyone can join</source>
        <translation>Aberto: qualquer pessoa pode entrar</translation>
    </message>
    <message>
        <source>Reviewed: a curator approves each request</source>
        <translation>Com aprovação: um curador aprova cada pedido</translation>
    </message>
    <message>
        <source>Closed: by invitation of a curator</source>
        <translation>Fechado: por convite de um curador</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termos</translation>
    </message>
    <message>
        <source>What members accept when they join; leave empty for none</source>
        <translation>O que os membros aceitam ao entrar; deixe vazio se não houver</translation>
    </message>
    <message>
        <source>Optional: what members accept when they join</source>
        <translation>Opcional: o que os membros aceitam ao entrar</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Termos:</translation>
    </message>
    <message>
        <source>You become the group&apos;s first curator.</source>
        <translation>Você se torna o primeiro curador do grupo.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Criar grupo</translation>
    </message>
</context>
<context>
    <name>commonroom::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nova senha novamente</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters; a few unrelated words make a good one.</source>
        <translation>Escolha uma senha de pelo menos %1 caracteres; algumas palavras sem relação entre si formam uma boa senha.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password twice.</source>
        <translation>As duas senhas não são iguais. Digite a nova senha duas vezes.</translation>
    </message>
</context>
<context>
    <name>commonroom::PeopleModel</name>
    <message>
        <source>Not shared with you</source>
        <translation>Não compartilhado com você</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>Alterações não salvas (Ctrl+S salva)</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Fora da escada</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>How far this person has come on the community's leadership ladder, from first contact to organizing others. Only leaders and admins change it.</source>
        <translation>Até onde esta pessoa chegou na escada de liderança da comunidade, do primeiro contato a organizar outras pessoas. Só líderes e admins a alteram.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar pessoa</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>You can view this profile but not change it.</source>
        <translation>Você pode ver este perfil, mas não alterá-lo.</translation>
    </message>
    <message>
        <source>Only this person chooses who sees each field of their profile.</source>
        <translation>Somente esta pessoa escolhe quem vê cada campo do seu perfil.</translation>
    </message>
    <message>
        <source>Not shared with you</source>
        <translation>Não compartilhado com você</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Not shared with you. Whatever you type here replaces the hidden value.</source>
        <translation>Não compartilhado com você. O que você digitar aqui substituirá o valor oculto.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
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
        <translation>Somente a pessoa e os administradores</translation>
    </message>
    <message>
        <source>Who can see %1</source>
        <translation>Quem pode ver: %1</translation>
    </message>
    <message>
        <source>Enter a display name: the name people know this person by.</source>
        <translation>Digite um nome de exibição: o nome pelo qual as pessoas conhecem esta pessoa.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Check it, or leave the field empty.</source>
        <translation>“%1” não parece um endereço de e-mail. Confira ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>Não foi possível salvar a pessoa: %1</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Não foi possível salvar suas alterações: %1</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Escolher uma foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>How others see this profile (Ctrl+Tab)</source>
        <translation>Como os outros veem este perfil (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>Check the links (one web address per line): %1</source>
        <translation>Verifique os links (um endereço web por linha): %1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar alterações</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>Esc&amp;olher foto…</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture; it is made smaller to %1×%1 pixels</source>
        <translation>Uma imagem JPEG ou PNG; ela é reduzida para %1×%1 pixels</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Remover foto</translation>
    </message>
    <message>
        <source>Not shared
with you</source>
        <translation>Não compartilhado
com você</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sem foto</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>A foto não pode ser exibida</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (%2). Choose a JPEG or PNG file.</source>
        <translation>Não foi possível ler “%1” como imagem (%2). Escolha um arquivo JPEG ou PNG.</translation>
    </message>
    <message>
        <source>“%1” could not be made into a photo small enough to keep. Choose another picture.</source>
        <translation>Não foi possível transformar “%1” em uma foto pequena o bastante para guardar. Escolha outra imagem.</translation>
    </message>
    <message>
        <source>View &amp;as:</source>
        <translation>Ver &amp;como:</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>O público</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Um membro</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Um líder</translation>
    </message>
    <message>
        <source>View the profile as</source>
        <translation>Ver o perfil como</translation>
    </message>
    <message>
        <source>What others receive of this profile with the values and visibilities above, saved or not. Admins and the person themself see everything.</source>
        <translation>O que os outros recebem deste perfil com os valores e visibilidades acima, salvos ou não. Os administradores e a própria pessoa veem tudo.</translation>
    </message>
    <message>
        <source>Profile preview</source>
        <translation>Pré-visualização do perfil</translation>
    </message>
    <message>
        <source>%1 would see nothing of this profile.</source>
        <translation>%1 não veria nada deste perfil.</translation>
    </message>
    <message>
        <source>The mail server refused this person's address on %1, so group messages and reminders are not mailed to it. Ask them for another address.</source>
        <translation>O servidor de e-mail recusou o endereço desta pessoa em %1; mensagens de grupo e lembretes não são mais enviados para ele. Peça outro endereço.</translation>
    </message>
</context>
<context>
    <name>commonroom::PersonPickerDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Inscrever alguém</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Encontrar uma pessoa</translation>
    </message>
    <message>
        <source>Type the first letters of a name</source>
        <translation>Digite as primeiras letras de um nome</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrever</translation>
    </message>
    <message>
        <source>Choose someone</source>
        <translation>Escolher alguém</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Escolher</translation>
    </message>
</context>
<context>
    <name>commonroom::ProfileDashboard</name>
    <message>
        <source>Mail me my &amp;groups' messages (you read them here either way)</source>
        <translation>Enviar por e-mail as mensagens dos meus &amp;grupos (você as lê aqui de qualquer forma)</translation>
    </message>
    <message>
        <source>Sign in to see and edit your profile.</source>
        <translation>Entre para ver e editar seu perfil.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Mail me &amp;reminders and messages of my events</source>
        <translation>Enviar-me &amp;lembretes e mensagens dos meus eventos</translation>
    </message>
    <message>
        <source>Mails from the server &amp;in:</source>
        <translation>E-mails do servidor &amp;em:</translation>
    </message>
    <message>
        <source>Mail me the community's &amp;announcements</source>
        <translation>Enviar por e-mail os &amp;avisos da comunidade</translation>
    </message>
</context>
<context>
    <name>commonroom::RecentChangesModel</name>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sem nome)</translation>
    </message>
    <message>
        <source>%1 was updated</source>
        <translation>%1 foi atualizado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>%1: curator of %2</source>
        <translation>%1: curador de %2</translation>
    </message>
    <message>
        <source>%1 joined %2</source>
        <translation>%1 entrou em %2</translation>
    </message>
    <message>
        <source>%1 asked to join %2</source>
        <translation>%1 pediu para entrar em %2</translation>
    </message>
    <message>
        <source>%1 was invited to %2</source>
        <translation>%1 foi convidado para %2</translation>
    </message>
    <message>
        <source>%1 is not joining %2 (declined)</source>
        <translation>%1 não vai entrar em %2 (recusado)</translation>
    </message>
    <message>
        <source>A membership of %1 changed</source>
        <translation>Uma participação de %1 mudou</translation>
    </message>
</context>
<context>
    <name>commonroom::RegistrantsModel</name>
    <message>
        <source>Walk-in</source>
        <translation>Sem inscrição</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation>Na lista de espera (nº %1)</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Na lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>%1 on device %2 (undone)</source>
        <translation>%1 no dispositivo %2 (desfeito)</translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation>%1 no dispositivo %2</translation>
    </message>
    <message>
        <source>Came although the event was full</source>
        <translation>Veio embora o evento estivesse lotado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in feito</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrito em</translation>
    </message>
</context>
<context>
    <name>commonroom::RelationsPane</name>
    <message>
        <source>Household</source>
        <translation>Domicílio</translation>
    </message>
    <message>
        <source>Other people in the household</source>
        <translation>Outras pessoas do domicílio</translation>
    </message>
    <message>
        <source>Household to add them to</source>
        <translation>Domicílio ao qual adicionar a pessoa</translation>
    </message>
    <message>
        <source>Hou&amp;sehold:</source>
        <translation>Do&amp;micílio:</translation>
    </message>
    <message>
        <source>&amp;Add to household</source>
        <translation>&amp;Adicionar ao domicílio</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Novo domicílio…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>&amp;Sair do domicílio</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relações</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Tipo de relação</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Relate to…</source>
        <translation>&amp;Relacionar com…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Who brought whom</source>
        <translation>Quem trouxe quem</translation>
    </message>
    <message>
        <source>People they brought in, and whom those brought in</source>
        <translation>Pessoas que trouxe, e quem essas trouxeram</translation>
    </message>
    <message>
        <source>There is no household yet: make one.</source>
        <translation>Ainda não há domicílio: crie um.</translation>
    </message>
    <message>
        <source>They are in this household already.</source>
        <translation>A pessoa já está neste domicílio.</translation>
    </message>
    <message>
        <source>They are in no household.</source>
        <translation>A pessoa não está em nenhum domicílio.</translation>
    </message>
    <message>
        <source>Select a relationship to remove it.</source>
        <translation>Selecione uma relação para removê-la.</translation>
    </message>
    <message>
        <source>In the household &quot;%1&quot;.</source>
        <translation>No domicílio “%1”.</translation>
    </message>
    <message>
        <source>Address: %1 (as %2 shows it to you). A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Endereço: %1 (como %2 o mostra a você). Um domicílio não tem endereço próprio: cada pessoa mostra o seu a quem escolher.</translation>
    </message>
    <message>
        <source>No address is shown: none of its people shows you theirs. A household has no address of its own: each person shows theirs to whom they choose.</source>
        <translation>Nenhum endereço é mostrado: nenhuma de suas pessoas mostra o seu a você. Um domicílio não tem endereço próprio: cada pessoa mostra o seu a quem escolher.</translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation>Não está em nenhum domicílio.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1 (%n pessoa)</numerusform>
            <numerusform>%1 (%n pessoas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought in by: %1</source>
        <translation>Trazido por: %1</translation>
    </message>
    <message>
        <source>Brought in: %1</source>
        <translation>Trouxe: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brought in by %1.</source>
        <translation>Trazido por %1.</translation>
    </message>
    <message>
        <source>Who brought them in is not recorded.</source>
        <translation>Não consta quem trouxe esta pessoa.</translation>
    </message>
    <message>
        <source>No one they brought in is recorded.</source>
        <translation>Não consta ninguém que a pessoa tenha trazido.</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Novo domicílio</translation>
    </message>
    <message>
        <source>Name of the household (no address: each person shows theirs to whom they choose):</source>
        <translation>Nome do domicílio (sem endereço: cada pessoa mostra o seu a quem escolher):</translation>
    </message>
</context>
<context>
    <name>commonroom::ReviewRequestsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln waiting)</source>
        <translation>
            <numerusform>%1 (%Ln aguardando)</numerusform>
            <numerusform>%1 (%Ln aguardando)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln longest waiting are shown here; open the group (Enter) for the others.</source>
        <translation>
            <numerusform>Aqui aparece o que espera há mais tempo; abra o grupo (Enter) para ver os outros.</numerusform>
            <numerusform>Aqui aparecem os %Ln que esperam há mais tempo; abra o grupo (Enter) para ver os outros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln request(s) to join</source>
        <translation>
            <numerusform>%1, %Ln pedido de entrada</numerusform>
            <numerusform>%1, %Ln pedidos de entrada</numerusform>
        </translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>%1 asks to join %2, %3</source>
        <translation>%1 pede para entrar em %2, %3</translation>
    </message>
    <message>
        <source>Group and person</source>
        <translation>Grupo e pessoa</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>(unnamed group)</source>
        <translation>(grupo sem nome)</translation>
    </message>
    <message>
        <source>%1 asks to join %2</source>
        <translation>%1 pede para entrar em %2</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesModel</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>commonroom::RolesWidget</name>
    <message>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
    <message>
        <source>Find a person by name or email</source>
        <translation>Encontrar uma pessoa por nome ou e-mail</translation>
    </message>
    <message>
        <source>Find a person by name or email (empty: leaders and admins)</source>
        <translation>Encontrar uma pessoa por nome ou e-mail (vazio: líderes e administradores)</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>Pessoas e suas funções</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Tornar &amp;membro</translation>
    </message>
    <message>
        <source>Make &amp;leader</source>
        <translation>Tornar &amp;líder</translation>
    </message>
    <message>
        <source>Make a&amp;dmin</source>
        <translation>Tornar a&amp;dministrador</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Recusado pelo servidor</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Selecione primeiro uma pessoa na lista.</translation>
    </message>
    <message>
        <source>Only admins change roles.</source>
        <translation>Só administradores alteram funções.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 já é %2.</translation>
    </message>
    <message>
        <source>%1 is the last admin, and a community always keeps at least one. Make someone else an admin first, then change %1&apos;s role.</source>
        <translation>%1 é o último administrador, e uma comunidade sempre mantém pelo menos um. Torne outra pessoa administrador primeiro e depois altere a função de %1.</translation>
    </message>
    <message>
        <source>The role could not be changed: %1</source>
        <translation>Não foi possível alterar a função: %1</translation>
    </message>
    <message>
        <source>The server refused a role change: %1</source>
        <translation>O servidor recusou uma alteração de função: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncEngine</name>
    <message>
        <source>Welcome: your application was approved.</source>
        <translation>Boas-vindas: sua candidatura foi aprovada.</translation>
    </message>
    <message>
        <source>Your role in the community changed.</source>
        <translation>Seu papel na comunidade mudou.</translation>
    </message>
    <message>
        <source>This device is not signed in. Sign in to sync; your changes are kept meanwhile.</source>
        <translation>Este dispositivo não está conectado à conta. Entre para sincronizar; suas alterações ficam guardadas enquanto isso.</translation>
    </message>
    <message>
        <source>Sync was cancelled. Nothing was lost; it resumes at the next sync.</source>
        <translation>A sincronização foi cancelada. Nada foi perdido; ela continuará na próxima sincronização.</translation>
    </message>
    <message>
        <source>The server at %1 did not present the certificate you accepted. If its certificate was replaced on purpose, sign in again to accept the new one.</source>
        <translation>O servidor em %1 não apresentou o certificado que você aceitou. Se ele foi substituído de propósito, entre de novo para aceitar o novo.</translation>
    </message>
    <message>
        <source>The server is not reachable (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>O servidor não está acessível (%1). Suas alterações ficam guardadas e serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; your unsent changes are kept.</source>
        <translation>Sua sessão terminou. Entre de novo para sincronizar; suas alterações não enviadas ficam guardadas.</translation>
    </message>
    <message>
        <source>The server refused the sync (HTTP %1): %2</source>
        <translation>O servidor recusou a sincronização (HTTP %1): %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the push could not be read: %1</source>
        <translation>Não foi possível ler a resposta do servidor ao envio: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept or refuse any of the %n waiting change(s).</source>
        <translation>
            <numerusform>O servidor não aceitou nem recusou a alteração pendente.</numerusform>
            <numerusform>O servidor não aceitou nem recusou nenhuma das %n alterações pendentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be read: %1</source>
        <translation>Não foi possível ler as alterações do servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n change(s) sent</source>
        <translation>
            <numerusform>Atualizado: %n alteração enviada</numerusform>
            <numerusform>Atualizado: %n alterações enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recebida</numerusform>
            <numerusform>%n recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see Sync problems)</source>
        <translation>
            <numerusform>%n recusada (veja Problemas de sincronização)</numerusform>
            <numerusform>%n recusadas (veja Problemas de sincronização)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server at %1: %2. Check the address and that the server is running.</source>
        <translation>Não foi possível acessar o servidor em %1: %2. Confira o endereço e se o servidor está em execução.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>O e-mail ou a senha não estão corretos.</translation>
    </message>
    <message>
        <source>The server refused to sign you in (HTTP %1): %2</source>
        <translation>O servidor recusou a entrada (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Não foi possível ler a resposta do servidor: %1</translation>
    </message>
    <message>
        <source>This profile holds the community copy of another person. Use another profile to sign in as %1.</source>
        <translation>Este perfil guarda a cópia da comunidade de outra pessoa. Use outro perfil para entrar como %1.</translation>
    </message>
    <message>
        <source>This device was revoked, so its copy of the community was erased. Sign in again to use Commonroom here.</source>
        <translation>Este dispositivo foi revogado, então sua cópia da comunidade foi apagada. Entre novamente para usar o Commonroom aqui.</translation>
    </message>
    <message>
        <source>This device was revoked, but erasing its copy failed: %1. Delete the profile folder %2 by hand.</source>
        <translation>Este dispositivo foi revogado, mas apagar sua cópia falhou: %1. Apague manualmente a pasta do perfil %2.</translation>
    </message>
    <message>
        <source>The server is busy and asked to wait %1 s. Nothing was lost; sync tries again by itself.</source>
        <translation>O servidor está ocupado e pediu para esperar %1 s. Nada foi perdido; a sincronização tentará de novo sozinha.</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh copy; try again later.</source>
        <translation>O servidor continua pedindo uma cópia nova; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The renewed session could not be kept: %1</source>
        <translation>Não foi possível manter a sessão renovada: %1</translation>
    </message>
    <message>
        <source>This device could not be registered anew: %1. Your unsent changes are kept; sync again.</source>
        <translation>Este dispositivo não pôde ser registrado de novo: %1. Suas alterações não enviadas são mantidas; sincronize de novo.</translation>
    </message>
    <message>
        <source>This copy of Commonroom was restored from a backup or copied from another device, so the server did not know its latest changes. It now syncs as a new device and sends them again; nothing was lost.</source>
        <translation>Esta cópia do Commonroom foi restaurada de um backup ou copiada de outro dispositivo, então o servidor não conhecia suas últimas alterações. Agora ela sincroniza como um dispositivo novo e as envia de novo; nada foi perdido.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). This is not a changed certificate: the connection was disturbed. Your changes are kept and will be sent at the next sync.</source>
        <translation>A conexão segura com o servidor falhou (%1). Não é um certificado alterado: a conexão foi perturbada. Suas alterações são mantidas e serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>The connection to the server broke off in the middle of its answer (%1). Your changes are kept and will be sent at the next sync.</source>
        <translation>A conexão com o servidor caiu no meio da resposta (%1). Suas alterações são mantidas e serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>The server at %1 did not give an HTTP answer (%2). Check the server address in the sign-in settings; your changes are kept.</source>
        <translation>O servidor em %1 não deu uma resposta HTTP (%2). Verifique o endereço do servidor nas configurações de entrada; suas alterações são mantidas.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sem status</translation>
    </message>
    <message>
        <source>The server at %1 is older than this app and cannot take its changes. Ask its admin to update commonroom-syncd; your changes are kept meanwhile.</source>
        <translation>O servidor em %1 é mais antigo que este aplicativo e não pode aceitar suas alterações. Peça à administração dele para atualizar o commonroom-syncd; enquanto isso, suas alterações são mantidas.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2: %3). Your changes are kept and sync tries again later; if this goes on, tell the server&apos;s admin.</source>
        <translation>O servidor em %1 falhou (HTTP %2: %3). Suas alterações são mantidas e a sincronização tenta de novo mais tarde; se continuar, avise a administração do servidor.</translation>
    </message>
    <message>
        <source>This change is larger than the server accepts in one request (%1 KiB), so it could not be sent. Its values are kept here; make the change again with less in it (a smaller photo, a shorter text).</source>
        <translation>Esta alteração é maior do que o servidor aceita numa requisição (%1 KiB), então não pôde ser enviada. Os valores dela estão guardados aqui; faça a alteração de novo com menos conteúdo (uma foto menor, um texto mais curto).</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) ahead of the server&apos;s. Your changes were kept and dated by the server&apos;s time; set this device&apos;s clock right.</source>
        <translation>
            <numerusform>O relógio deste dispositivo está %n minuto adiantado em relação ao do servidor. Suas alterações foram mantidas e datadas pela hora do servidor; acerte o relógio deste dispositivo.</numerusform>
            <numerusform>O relógio deste dispositivo está %n minutos adiantado em relação ao do servidor. Suas alterações foram mantidas e datadas pela hora do servidor; acerte o relógio deste dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is %n minute(s) behind the server&apos;s. Your changes were kept; set this device&apos;s clock right so that they are ordered correctly against others.</source>
        <translation>
            <numerusform>O relógio deste dispositivo está %n minuto atrasado em relação ao do servidor. Suas alterações foram mantidas; acerte o relógio deste dispositivo para que elas fiquem na ordem certa em relação às dos outros.</numerusform>
            <numerusform>O relógio deste dispositivo está %n minutos atrasado em relação ao do servidor. Suas alterações foram mantidas; acerte o relógio deste dispositivo para que elas fiquem na ordem certa em relação às dos outros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position of the last sync on this device was damaged, so everything is fetched again; unsent changes are kept.</source>
        <translation>A posição da última sincronização neste dispositivo estava danificada, então tudo é buscado de novo; as alterações não enviadas são mantidas.</translation>
    </message>
</context>
<context>
    <name>commonroom::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronização</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Alterações recusadas pelo servidor</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Limpar lista</translation>
    </message>
    <message>
        <source>The list could not be cleared: %1</source>
        <translation>Não foi possível limpar a lista: %1</translation>
    </message>
    <message>
        <source>The server has accepted every change sent from this computer.</source>
        <translation>O servidor aceitou todas as alterações enviadas deste computador.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s). They were undone on this computer; the list says why.</source>
        <translation>
            <numerusform>O servidor recusou %n alteração. Ela foi desfeita neste computador; a lista explica o motivo.</numerusform>
            <numerusform>O servidor recusou %n alterações. Elas foram desfeitas neste computador; a lista explica o motivo.</numerusform>
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
        <translation>alguém</translation>
    </message>
    <message>
        <source>Membership of %1 in a group</source>
        <translation>Participação de %1 em um grupo</translation>
    </message>
    <message>
        <source>Membership of %1 in %2</source>
        <translation>Participação de %1 em %2</translation>
    </message>
    <message>
        <source>Registration of %1 for an event</source>
        <translation>Inscrição de %1 em um evento</translation>
    </message>
    <message>
        <source>Registration of %1 for %2</source>
        <translation>Inscrição de %1 em %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ask someone who may make this change (a leader, or the group's curator) to make it; what you typed is kept here.</source>
        <translation>Peça a alguém que possa fazer esta alteração (uma liderança ou quem faz a curadoria do grupo) que a faça; o que você digitou fica guardado aqui.</translation>
    </message>
    <message>
        <source>Correct it and save it again; what you typed is kept here.</source>
        <translation>Corrija e salve novamente; o que você digitou fica guardado aqui.</translation>
    </message>
    <message>
        <source>What it refers to is gone from the server; sync, then make the change again if it still applies.</source>
        <translation>Aquilo a que ela se refere não existe mais no servidor; sincronize e faça a alteração de novo se ainda fizer sentido.</translation>
    </message>
    <message>
        <source>Sync again later; if it is refused again, tell your community's admin.</source>
        <translation>Sincronize mais tarde; se for recusada de novo, avise a administração da sua comunidade.</translation>
    </message>
    <message>
        <source>%1 (code: %2)</source>
        <translation>%1 (código: %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Alteração em %1</translation>
    </message>
    <message>
        <source>Change to a person</source>
        <translation>Alteração em uma pessoa</translation>
    </message>
    <message>
        <source>Change to the group %1</source>
        <translation>Alteração no grupo %1</translation>
    </message>
    <message>
        <source>Change to a group</source>
        <translation>Alteração em um grupo</translation>
    </message>
</context>
<context>
    <name>commonroom::TagsPane</name>
    <message>
        <source>Check a tag to apply it to this person, uncheck it to remove it.</source>
        <translation>Marque uma etiqueta para aplicá-la a esta pessoa; desmarque para removê-la.</translation>
    </message>
    <message>
        <source>The tags applied to this person that you may see.</source>
        <translation>As etiquetas aplicadas a esta pessoa que você pode ver.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 (leaders only)</source>
        <translation>%1 (só líderes)</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>&amp;Nova etiqueta…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nova etiqueta</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Nome da etiqueta:</translation>
    </message>
    <message>
        <source>Who sees &quot;%1&quot;?</source>
        <translation>Quem vê “%1”?</translation>
    </message>
    <message>
        <source>Should members see this tag too? Leaders only is the default: then it is never shown to members, nor to the people it is applied to.</source>
        <translation>Os membros também devem ver esta etiqueta? O padrão é só líderes: assim ela nunca é mostrada aos membros nem às pessoas a quem é aplicada.</translation>
    </message>
    <message>
        <source>Members too</source>
        <translation>Membros também</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Só líderes</translation>
    </message>
</context>
<context>
    <name>commonroom::VouchDialog</name>
    <message>
        <source>this applicant</source>
        <translation>este candidato</translation>
    </message>
    <message>
        <source>Vouch for %1</source>
        <translation>Recomendar %1</translation>
    </message>
    <message>
        <source>Say how you know %1 and why the community can welcome them. Admins and %1 will see your vouch and your reason; nobody else does.</source>
        <translation>Diga como você conhece %1 e por que a comunidade pode recebê-lo. Os administradores e %1 verão sua recomendação e seu motivo; mais ninguém.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>&amp;Vouch</source>
        <translation>&amp;Recomendar</translation>
    </message>
    <message>
        <source>Only members can vouch. Once your own application is approved, you can vouch for others.</source>
        <translation>Só membros podem recomendar. Quando sua candidatura for aprovada, você poderá recomendar outras pessoas.</translation>
    </message>
    <message>
        <source>You cannot vouch for yourself.</source>
        <translation>Você não pode recomendar a si mesmo.</translation>
    </message>
    <message>
        <source>This person is not on this computer. Sync, then try again.</source>
        <translation>Esta pessoa não está neste computador. Sincronize e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 já é membro.</translation>
    </message>
    <message>
        <source>You have already vouched for %1.</source>
        <translation>Você já recomendou %1.</translation>
    </message>
    <message>
        <source>Write a reason: admins decide with it.</source>
        <translation>Escreva um motivo: os administradores decidem com base nele.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under about %1 characters.</source>
        <translation>O motivo é longo demais; mantenha-o abaixo de cerca de %1 caracteres.</translation>
    </message>
    <message>
        <source>The vouch could not be saved: %1</source>
        <translation>Não foi possível salvar a recomendação: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::WalkInDialog</name>
    <message>
        <source>They &amp;agree to be contacted by the community</source>
        <translation>&amp;Aceita ser contatado pela comunidade</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sem inscrição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Aceita ser contatado</translation>
    </message>
    <message>
        <source>Email and phone are kept only with this agreement</source>
        <translation>E-mail e telefone só são guardados com este consentimento</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Someone who is not in the directory yet. Ask for their name; ask for an email or a phone only if they agree to be contacted.</source>
        <translation>Alguém que ainda não está no diretório. Pergunte o nome; peça um e-mail ou telefone só se a pessoa aceitar ser contatada.</translation>
    </message>
    <message>
        <source>Register and check &amp;in</source>
        <translation>Inscrever e fazer check-&amp;in</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to register them.</source>
        <translation>Digite o nome da pessoa para inscrevê-la.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use a dark palette, whatever the desktop's theme.</source>
        <translation>Usar uma paleta escura, seja qual for o tema da área de trabalho.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every dashboard and main dialog in DIR and quit (scripts/screenshots.sh).</source>
        <translation>Após a primeira sincronização, salvar uma imagem de cada painel e diálogo principal em DIR e sair (scripts/screenshots.sh).</translation>
    </message>
    <message>
        <source>Commonroom, the offline-first community directory.</source>
        <translation>Commonroom, o diretório da comunidade que funciona off-line.</translation>
    </message>
    <message>
        <source>Keep this device&apos;s local data in DIR (default: the user&apos;s data directory).</source>
        <translation>Guardar os dados locais deste dispositivo em DIR (padrão: a pasta de dados do usuário).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Commonroom cannot start</source>
        <translation>O Commonroom não pode iniciar</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be used: %2</source>
        <translation>A pasta de perfil %1 não pode ser usada: %2</translation>
    </message>
    <message>
        <source>The community copy in %1 could not be opened: %2

The file was left untouched. Restore it from a backup, or start with another profile (--profile DIR).</source>
        <translation>Não foi possível abrir a cópia da comunidade em %1: %2

O arquivo não foi alterado. Restaure-o de um backup ou comece com outro perfil (--profile DIR).</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Interested</source>
        <translation>Interessado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders post opportunities for it.</source>
        <translation>Só os curadores do grupo e as lideranças publicam oportunidades para ele.</translation>
    </message>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>Uma oportunidade precisa de um título.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>O título “%1” é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; of the opportunity &quot;%2&quot; is not one of the community&apos;s areas: %3.</source>
        <translation>A área “%1” da oportunidade “%2” não é uma das áreas da comunidade: %3.</translation>
    </message>
    <message>
        <source>%1 places for the opportunity &quot;%2&quot; is not a number it can have: from 1 to %3.</source>
        <translation>%1 vagas não é um número possível para a oportunidade “%2”: de 1 a %3.</translation>
    </message>
    <message>
        <source>The last day %1 of the opportunity &quot;%2&quot; is before its first day %3.</source>
        <translation>O último dia %1 da oportunidade “%2” é anterior ao primeiro dia %3.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>Não há grupo com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>%1 people are already accepted for the opportunity &quot;%2&quot;, more than %3 places; decline someone first.</source>
        <translation>%1 pessoas já foram aceitas para a oportunidade “%2”, mais do que %3 vagas; recuse alguém antes.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders open and close its opportunities.</source>
        <translation>Só os curadores do grupo e as lideranças abrem e fecham suas oportunidades.</translation>
    </message>
    <message>
        <source>Members say they are interested in opportunities; an applicant can once approved.</source>
        <translation>Membros dizem ter interesse em oportunidades; quem se candidatou pode, depois de aprovado.</translation>
    </message>
    <message>
        <source>You are already accepted for &quot;%1&quot;.</source>
        <translation>Você já foi aceito para “%1”.</translation>
    </message>
    <message>
        <source>A curator of the group declined your interest in &quot;%1&quot;; ask them if you want to be considered again.</source>
        <translation>Um curador do grupo recusou seu interesse em “%1”; pergunte a ele se quiser ser considerado de novo.</translation>
    </message>
    <message>
        <source>The opportunity &quot;%1&quot; is closed.</source>
        <translation>A oportunidade “%1” está fechada.</translation>
    </message>
    <message>
        <source>You have not said you are interested in &quot;%1&quot;.</source>
        <translation>Você não disse ter interesse em “%1”.</translation>
    </message>
    <message>
        <source>Your message about &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Sua mensagem sobre “%1” é longa demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only the group&apos;s curators and leaders accept or decline interest in &quot;%1&quot;.</source>
        <translation>Só os curadores do grupo e as lideranças aceitam ou recusam interesse em “%1”.</translation>
    </message>
    <message>
        <source>%1 is not interested in &quot;%2&quot; (or withdrew); only someone interested is accepted or declined.</source>
        <translation>%1 não tem interesse em “%2” (ou retirou); só quem tem interesse é aceito ou recusado.</translation>
    </message>
    <message>
        <source>All %1 places of &quot;%2&quot; are taken; decline someone first, or give it more places.</source>
        <translation>Todas as %1 vagas de “%2” estão preenchidas; recuse alguém antes ou dê mais vagas.</translation>
    </message>
    <message>
        <source>Cannot read the opportunities on this device</source>
        <translation>Não é possível ler as oportunidades deste dispositivo</translation>
    </message>
    <message>
        <source>There is no opportunity with the id %1 on this device; sync, then try again.</source>
        <translation>Não há oportunidade com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot read the interest in the opportunity %1 on this device</source>
        <translation>Não é possível ler o interesse na oportunidade %1 deste dispositivo</translation>
    </message>
</context>
<context>
    <name>commonroom::OpportunitiesPane</name>
    <message>
        <source>Opportunities of the &amp;group:</source>
        <translation>Oportunidades do &amp;grupo:</translation>
    </message>
    <message>
        <source>Opportunities of the group</source>
        <translation>Oportunidades do grupo</translation>
    </message>
    <message>
        <source>Post opportunit&amp;y…</source>
        <translation>Publicar oportunidade (&amp;Y)…</translation>
    </message>
    <message>
        <source>I&apos;m in&amp;terested</source>
        <translation>&amp;Tenho interesse</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw interest</source>
        <translation>Retirar interesse (&amp;H)</translation>
    </message>
    <message>
        <source>Close &amp;opportunity</source>
        <translation>Fechar &amp;oportunidade</translation>
    </message>
    <message>
        <source>Interested &amp;people:</source>
        <translation>&amp;Pessoas interessadas:</translation>
    </message>
    <message>
        <source>People interested in the opportunity</source>
        <translation>Pessoas interessadas na oportunidade</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) filled</source>
        <translation>
            <numerusform>%1 de %n vaga preenchida</numerusform>
            <numerusform>%1 de %n vagas preenchidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n aberta</numerusform>
            <numerusform>%n abertas</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>você: %1</translation>
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
        <translation>Membros dizem ter interesse em oportunidades; quem se candidatou pode, depois de aprovado.</translation>
    </message>
    <message>
        <source>All places are taken.</source>
        <translation>Todas as vagas estão preenchidas.</translation>
    </message>
    <message>
        <source>Post an opportunity</source>
        <translation>Publicar uma oportunidade</translation>
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
        <translation>por exemplo: conserto de bicicletas, Python</translation>
    </message>
    <message>
        <source>&amp;Skills wanted:</source>
        <translation>&amp;Habilidades procuradas:</translation>
    </message>
    <message>
        <source>for example: Arabic, Portuguese</source>
        <translation>por exemplo: árabe, português</translation>
    </message>
    <message>
        <source>&amp;Languages wanted:</source>
        <translation>&amp;Idiomas procurados:</translation>
    </message>
    <message>
        <source>for example: 3 hours on Saturday</source>
        <translation>por exemplo: 3 horas no sábado</translation>
    </message>
    <message>
        <source>Time &amp;commitment:</source>
        <translation>&amp;Dedicação:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-DD, opcional</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primeiro dia:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Ú&amp;ltimo dia:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Vagas:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrição:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day written YYYY-MM-DD; leave it empty when the opportunity has no date.</source>
        <translation>“%1” não é um dia escrito AAAA-MM-DD; deixe vazio se a oportunidade não tiver data.</translation>
    </message>
</context>
<context>
    <name>commonroom::OrganizingDashboard</name>
    <message>
        <source>Chart of canvass progress per turf</source>
        <translation>Gráfico do avanço por território</translation>
    </message>
    <message>
        <source>Canvass progress per turf</source>
        <translation>Avanço por território</translation>
    </message>
    <message>
        <source>C&amp;anvass</source>
        <translation>&amp;Porta a porta</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Território</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Apoiadores</translation>
    </message>
    <message>
        <source>Visited, no conversation</source>
        <translation>Visitadas, sem conversa</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Ainda não visitadas</translation>
    </message>
    <message>
        <source>Canvass progress per open turf</source>
        <translation>Avanço por território aberto</translation>
    </message>
    <message>
        <source>The same figures as the table below</source>
        <translation>Os mesmos números da tabela abaixo</translation>
    </message>
    <message>
        <source>Organizing figures</source>
        <translation>Números da organização</translation>
    </message>
    <message>
        <source>Chart of contributions by area over the last twelve months</source>
        <translation>Gráfico de contribuições por área nos últimos doze meses</translation>
    </message>
    <message>
        <source>Chart of people per ladder level</source>
        <translation>Gráfico de pessoas por nível da escada</translation>
    </message>
    <message>
        <source>Chart of turnout per event</source>
        <translation>Gráfico de comparecimento por evento</translation>
    </message>
    <message>
        <source>Contributions by area</source>
        <translation>Contribuições por área</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contribuições</translation>
    </message>
    <message>
        <source>Ladder pipeline</source>
        <translation>Percurso na escada</translation>
    </message>
    <message>
        <source>&amp;Ladder</source>
        <translation>&amp;Escada</translation>
    </message>
    <message>
        <source>Turnout per event</source>
        <translation>Comparecimento por evento</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>Co&amp;mparecimento</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The organizing figures could not be read: %1</source>
        <translation>Não foi possível ler os números da organização: %1</translation>
    </message>
    <message>
        <source>Contributions and touch-points in twelve months: %1 (%2 hours) · On the ladder: %3 · Moves up this quarter: %4 · Events in twelve months: %5, attended %6 of %7 registered</source>
        <translation>Contribuições e contatos em doze meses: %1 (%2 horas) · Na escada: %3 · Subidas neste trimestre: %4 · Eventos em doze meses: %5, compareceram %6 de %7 inscritos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours given by area, month by month</source>
        <translation>Horas dedicadas por área, mês a mês</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Moved up this quarter</source>
        <translation>Subiram neste trimestre</translation>
    </message>
    <message>
        <source>Moved up since %1</source>
        <translation>Subiram desde %1</translation>
    </message>
    <message>
        <source>Not on the ladder</source>
        <translation>Fora da escada</translation>
    </message>
    <message>
        <source>The ladder: people per level</source>
        <translation>A escada: pessoas por nível</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Compareceram</translation>
    </message>
    <message>
        <source>Turnout per event, last twelve months</source>
        <translation>Comparecimento por evento, últimos doze meses</translation>
    </message>
</context>
<context>
    <name>Turfs</name>
    <message>
        <source>Not home</source>
        <translation>Ninguém em casa</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Conversamos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Mudou-se</translation>
    </message>
    <message>
        <source>Only leaders and admins make and change turfs.</source>
        <translation>Só líderes e admins criam e alteram territórios.</translation>
    </message>
    <message>
        <source>A turf needs a name.</source>
        <translation>Um território precisa de um nome.</translation>
    </message>
    <message>
        <source>The turf name "%1" is too long: at most %2 characters.</source>
        <translation>O nome do território "%1" é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Only leaders and admins cut turfs.</source>
        <translation>Só líderes e admins dividem territórios.</translation>
    </message>
    <message>
        <source>A turf has from 1 to %1 doors (not %2).</source>
        <translation>Um território tem de 1 a %1 portas (não %2).</translation>
    </message>
    <message>
        <source>Choose whom to cut into turfs: a smart list or an area.</source>
        <translation>Escolha quem dividir em territórios: uma lista inteligente ou uma área.</translation>
    </message>
    <message>
        <source>No neighbourhood</source>
        <translation>Sem bairro</translation>
    </message>
    <message>
        <source>Only leaders and admins open and close turfs.</source>
        <translation>Só líderes e admins abrem e fecham territórios.</translation>
    </message>
    <message>
        <source>Only leaders and admins change a turf's doors.</source>
        <translation>Só líderes e admins alteram as portas de um território.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device; sync, then try again.</source>
        <translation>Não há território com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this device; sync, then try again.</source>
        <translation>Não há pessoa com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>%1 is not at a door of this turf.</source>
        <translation>%1 não está em nenhuma porta deste território.</translation>
    </message>
    <message>
        <source>Only leaders and admins assign turfs.</source>
        <translation>Só líderes e admins atribuem territórios.</translation>
    </message>
    <message>
        <source>The turf "%1" is closed; open it again before assigning it.</source>
        <translation>O território "%1" está fechado; abra-o de novo antes de atribuí-lo.</translation>
    </message>
    <message>
        <source>%1 is not a member yet, and only members canvass; approve them first or choose a member.</source>
        <translation>%1 ainda não é membro, e só membros fazem porta a porta; aprove primeiro ou escolha um membro.</translation>
    </message>
    <message>
        <source>An assignment must end after it starts.</source>
        <translation>Uma atribuição deve terminar depois de começar.</translation>
    </message>
    <message>
        <source>An assignment runs at most 92 days; assign the turf again after that.</source>
        <translation>Uma atribuição dura no máximo 92 dias; depois, atribua o território de novo.</translation>
    </message>
    <message>
        <source>This assignment would have ended already (%1); choose an end in the future.</source>
        <translation>Esta atribuição já teria terminado (%1); escolha um fim no futuro.</translation>
    </message>
    <message>
        <source>Only leaders and admins withdraw turf assignments.</source>
        <translation>Só líderes e admins retiram atribuições de territórios.</translation>
    </message>
    <message>
        <source>There is no turf assignment with the id %1 on this device; sync, then try again.</source>
        <translation>Não há atribuição de território com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>This turf assignment was withdrawn already.</source>
        <translation>Esta atribuição de território já foi retirada.</translation>
    </message>
    <message>
        <source>There is no turf with the id %1 on this device: it was never assigned to you, or your assignment ended; ask a leader.</source>
        <translation>Não há território com o id %1 neste dispositivo: nunca foi atribuído a você, ou sua atribuição terminou; fale com um líder.</translation>
    </message>
    <message>
        <source>The turf "%1" is not assigned to you now; ask a leader to assign it to you.</source>
        <translation>O território "%1" não está atribuído a você agora; peça a um líder que o atribua.</translation>
    </message>
    <message>
        <source>%1 is not at a door of the turf "%2".</source>
        <translation>%1 não está em nenhuma porta do território "%2".</translation>
    </message>
    <message>
        <source>"%1" is not an outcome at a door: not_home, talked, refused or moved.</source>
        <translation>"%1" não é um resultado numa porta: not_home, talked, refused ou moved.</translation>
    </message>
    <message>
        <source>Support is from 1 to 5 (%1 is not).</source>
        <translation>O apoio vai de 1 a 5 (%1 não).</translation>
    </message>
    <message>
        <source>A note from a door is at most %1 characters.</source>
        <translation>Uma nota de uma porta tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Cannot read the turfs on this device</source>
        <translation>Não é possível ler os territórios deste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the turf %1 on this device</source>
        <translation>Não é possível ler o território %1 deste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the doors of the turf %1 on this device</source>
        <translation>Não é possível ler as portas do território %1 deste dispositivo</translation>
    </message>
    <message>
        <source>Cannot read the turf assignments on this device</source>
        <translation>Não é possível ler as atribuições de territórios deste dispositivo</translation>
    </message>
</context>
<context>
    <name>WalkSheets</name>
    <message numerus="yes">
        <source>%n door(s); printed %1</source>
        <translation>
            <numerusform>%n porta; impresso em %1</numerusform>
            <numerusform>%n portas; impresso em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Walk sheet</source>
        <translation>Folha de percurso</translation>
    </message>
    <message>
        <source>No address shown</source>
        <translation>Nenhum endereço visível</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Lista de telefones</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) without a phone you may see are on the walk sheet only.</source>
        <translation>
            <numerusform>%n porta sem um telefone que você possa ver está só na folha de percurso.</numerusform>
            <numerusform>%n portas sem um telefone que você possa ver estão só na folha de percurso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk sheet: %1</source>
        <translation>Folha de percurso: %1</translation>
    </message>
    <message>
        <source>Phone list: %1</source>
        <translation>Lista de telefones: %1</translation>
    </message>
</context>
<context>
    <name>commonroom::CanvassingDashboard</name>
    <message numerus="yes">
        <source>%1: %2 of %n door(s) visited</source>
        <translation>
            <numerusform>%1: %2 de %n porta visitadas</numerusform>
            <numerusform>%1: %2 de %n portas visitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s).</source>
        <translation>
            <numerusform>%n apoiador.</numerusform>
            <numerusform>%n apoiadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut people into turfs, assign a turf to a member for a time, and follow each turf's canvass. A canvasser's device holds a turf only while it is assigned.</source>
        <translation>Divida as pessoas em territórios, atribua um território a um membro por um tempo e acompanhe cada território. O dispositivo de quem percorre guarda um território só enquanto ele estiver atribuído.</translation>
    </message>
    <message>
        <source>The turfs assigned to you now. Record what happened at each door: it is saved on this device and sent at the next sync.</source>
        <translation>Os territórios atribuídos a você agora. Registre o que aconteceu em cada porta: fica salvo neste dispositivo e é enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Turfs</source>
        <translation>Territórios</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Território</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Apoiadores</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Percorrendo</translation>
    </message>
    <message>
        <source>&amp;Cut turfs…</source>
        <translation>&amp;Dividir territórios…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Atribuir…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Cl&amp;ose turf</source>
        <translation>&amp;Fechar território</translation>
    </message>
    <message>
        <source>Walk &amp;sheet…</source>
        <translation>&amp;Folha de percurso…</translation>
    </message>
    <message>
        <source>&amp;Phone list…</source>
        <translation>Lista de &amp;telefones…</translation>
    </message>
    <message>
        <source>Doors of the turf, in walking order</source>
        <translation>Portas do território, na ordem do percurso</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Support, from 1 (against) to 5 (strongly for)</source>
        <translation>Apoio, de 1 (contra) a 5 (muito a favor)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>A&amp;poio:</translation>
    </message>
    <message>
        <source>Note (leaders and this turf's canvassers see it)</source>
        <translation>Nota (líderes e quem percorre este território a veem)</translation>
    </message>
    <message>
        <source>Note from the door</source>
        <translation>Nota da porta</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fechado)</translation>
    </message>
    <message>
        <source>No turfs yet: cut people into turfs to begin.</source>
        <translation>Ainda não há territórios: divida pessoas em territórios para começar.</translation>
    </message>
    <message>
        <source>No turf is assigned to you now.</source>
        <translation>Nenhum território está atribuído a você agora.</translation>
    </message>
    <message>
        <source>(address not shown to you)</source>
        <translation>(endereço não visível para você)</translation>
    </message>
    <message>
        <source>Choose a turf first.</source>
        <translation>Escolha primeiro um território.</translation>
    </message>
    <message>
        <source>Re&amp;open turf</source>
        <translation>&amp;Reabrir território</translation>
    </message>
    <message>
        <source>The turf is closed; open it again to assign it.</source>
        <translation>O território está fechado; abra-o de novo para atribuí-lo.</translation>
    </message>
    <message>
        <source>No one is assigned this turf now.</source>
        <translation>Ninguém tem este território atribuído agora.</translation>
    </message>
    <message>
        <source>This turf is not assigned to you now.</source>
        <translation>Este território não está atribuído a você agora.</translation>
    </message>
    <message>
        <source>Choose the door first.</source>
        <translation>Escolha primeiro a porta.</translation>
    </message>
    <message>
        <source>Withdraw the turf</source>
        <translation>Retirar o território</translation>
    </message>
    <message>
        <source>Withdraw this turf from %1? Their devices drop its doors at their next sync; what they recorded stays.</source>
        <translation>Retirar este território de %1? Os dispositivos descartam as portas na próxima sincronização; o que foi registrado fica.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Close the turf</source>
        <translation>Fechar o território</translation>
    </message>
    <message>
        <source>%1 is canvassing this turf now. Closing it ends that: their devices drop its doors at their next sync.</source>
        <translation>%1 está percorrendo este território agora. Fechá-lo encerra isso: os dispositivos descartam as portas na próxima sincronização.</translation>
    </message>
    <message>
        <source>Close turf</source>
        <translation>Fechar território</translation>
    </message>
    <message>
        <source>Save the walk sheet</source>
        <translation>Salvar a folha de percurso</translation>
    </message>
    <message>
        <source>walk-sheet</source>
        <translation>folha-de-percurso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the phone list</source>
        <translation>Salvar a lista de telefones</translation>
    </message>
    <message>
        <source>phone-list</source>
        <translation>lista-de-telefones</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfAssignDialog</name>
    <message>
        <source>Assign the turf</source>
        <translation>Atribuir o território</translation>
    </message>
    <message>
        <source>Assign "%1" to %2. Their devices hold its doors from the start to the end, and drop them after.</source>
        <translation>Atribuir "%1" a %2. Os dispositivos guardam as portas do início ao fim e as descartam depois.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
</context>
<context>
    <name>commonroom::TurfCutDialog</name>
    <message>
        <source>Cut turfs</source>
        <translation>Dividir territórios</translation>
    </message>
    <message>
        <source>The people of an area</source>
        <translation>As pessoas de uma área</translation>
    </message>
    <message>
        <source>Smart list: %1</source>
        <translation>Lista inteligente: %1</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;Quem:</translation>
    </message>
    <message>
        <source>The area, as people write it in their profile</source>
        <translation>A área, como as pessoas a escrevem no perfil</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Doors a turf:</source>
        <translation>&amp;Portas por território:</translation>
    </message>
    <message>
        <source>Before each turf's name, e.g. Spring canvass</source>
        <translation>Antes do nome de cada território, p. ex. Campanha de primavera</translation>
    </message>
    <message>
        <source>&amp;Name them after:</source>
        <translation>&amp;Nomeá-los a partir de:</translation>
    </message>
    <message>
        <source>The turfs that would be made</source>
        <translation>Os territórios que seriam criados</translation>
    </message>
    <message>
        <source>Choose a smart list, or write an area.</source>
        <translation>Escolha uma lista inteligente ou escreva uma área.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n door(s))</source>
        <translation>
            <numerusform>%1 (%n porta)</numerusform>
            <numerusform>%1 (%n portas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turf(s).</source>
        <translation>
            <numerusform>%n território.</numerusform>
            <numerusform>%n territórios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected people left out: you cannot see their address.</source>
        <translation>
            <numerusform>%n pessoa selecionada ficou de fora: você não vê o endereço dela.</numerusform>
            <numerusform>%n pessoas selecionadas ficaram de fora: você não vê o endereço delas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Only admins name the community's levels and areas.</source>
        <translation>Só admins dão nome aos níveis e áreas da comunidade.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of the community's words: area or level.</source>
        <translation>"%1" não é um tipo de palavra da comunidade: area ou level.</translation>
    </message>
    <message>
        <source>"%1" is not an area; the areas are: %2.</source>
        <translation>"%1" não é uma área; as áreas são: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a level of the ladder: 1 to 5.</source>
        <translation>"%1" não é um nível da escada: 1 a 5.</translation>
    </message>
    <message>
        <source>Every level of the ladder stays in use; rename it instead.</source>
        <translation>Todo nível da escada continua em uso; renomeie-o em vez disso.</translation>
    </message>
    <message>
        <source>A name is one line of at most %1 characters.</source>
        <translation>Um nome é uma linha de no máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>commonroom::TermsDialog</name>
    <message>
        <source>The community's words</source>
        <translation>As palavras da comunidade</translation>
    </message>
    <message>
        <source>Name the ladder's levels and the areas of contributions as your community says them. An empty name is the default, in each reader's language. Untick an area your community does not use: it is offered nowhere new, and entries in it keep it.</source>
        <translation>Dê nome aos níveis da escada e às áreas das contribuições como sua comunidade os chama. Um nome vazio é o padrão, no idioma de quem lê. Desmarque uma área que sua comunidade não usa: ela não é mais oferecida em nada novo, e as entradas que já a têm a mantêm.</translation>
    </message>
    <message>
        <source>Levels and areas</source>
        <translation>Níveis e áreas</translation>
    </message>
    <message>
        <source>Level or area</source>
        <translation>Nível ou área</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>Nome padrão</translation>
    </message>
    <message>
        <source>Your community's name</source>
        <translation>Nome na sua comunidade</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <source>Ticked: the community uses this area</source>
        <translation>Marcada: a comunidade usa esta área</translation>
    </message>
</context>
<context>
    <name>commonroom::TextPromptDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Write a name first.</source>
        <translation>Escreva primeiro um nome.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>falta cerca de %n minuto</numerusform>
            <numerusform>faltam cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>falta cerca de %n segundo</numerusform>
            <numerusform>faltam cerca de %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonroom::PersonCard</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Papel: %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>%1: shown</source>
        <translation>%1: exibida</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sem foto</translation>
    </message>
</context>
<context>
    <name>GroupMail</name>
    <message>
        <source>Only the group's curators and the community's leaders write to the whole group.</source>
        <translation>Só as pessoas curadoras do grupo e as lideranças da comunidade escrevem para o grupo todo.</translation>
    </message>
    <message>
        <source>There is no group with the id %1 on this device; sync, then try again.</source>
        <translation>Não há grupo com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Sign in first: the choice is kept with your profile.</source>
        <translation>Entre primeiro: a escolha fica guardada com seu perfil.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n messages in the last 24 hours, the most you may; write again a day after the first of them.</source>
        <translation>
            <numerusform>Você escreveu %n mensagem nas últimas 24 horas, o máximo permitido; escreva de novo um dia depois.</numerusform>
            <numerusform>Você escreveu %n mensagens nas últimas 24 horas, o máximo permitido; escreva de novo um dia depois da primeira.</numerusform>
        </translation>
    </message>
    <message>
        <source>This event is not on this device; sync, then try again.</source>
        <translation>Este evento não está neste dispositivo; sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Only the event's organizers and the community's leaders write to its registrants.</source>
        <translation>Só os organizadores do evento e as lideranças da comunidade escrevem aos inscritos.</translation>
    </message>
    <message>
        <source>Nobody is a no-show before the event is over; write to them after it ends.</source>
        <translation>Ninguém faltou antes de o evento terminar; escreva a eles depois do fim.</translation>
    </message>
    <message>
        <source>The messages cannot be read.</source>
        <translation>Não é possível ler as mensagens.</translation>
    </message>
    <message>
        <source>Only the community's leaders and admins write to the people of a smart list.</source>
        <translation>Só os líderes e admins da comunidade escrevem para as pessoas de uma lista inteligente.</translation>
    </message>
    <message>
        <source>The list selects nobody but you now; there is no one to write to.</source>
        <translation>A lista não seleciona ninguém além de você agora; não há para quem escrever.</translation>
    </message>
    <message>
        <source>The list selects %1 people, more than a message reaches (%2); narrow it, or write to parts of it.</source>
        <translation>A lista seleciona %1 pessoas, mais do que uma mensagem alcança (%2); restrinja-a ou escreva para partes dela.</translation>
    </message>
    <message>
        <source>There is no message with the id %1 on this device; sync, then try again.</source>
        <translation>Não há mensagem com o id %1 neste dispositivo; sincronize e tente de novo.</translation>
    </message>
</context>
<context>
    <name>commonroom::GroupMailPane</name>
    <message>
        <source>Write to the group…</source>
        <translation>Escrever ao grupo…</translation>
    </message>
    <message>
        <source>Messages to the group</source>
        <translation>Mensagens ao grupo</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Waiting to be sent (next sync)</source>
        <translation>Aguardando envio (próxima sincronização)</translation>
    </message>
    <message numerus="yes">
        <source>Mailed to %n</source>
        <translation>
            <numerusform>Enviada a %n</numerusform>
            <numerusform>Enviada a %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mailed</source>
        <translation>
            <numerusform>%n sem e-mail</numerusform>
            <numerusform>%n sem e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>(name not shared)</source>
        <translation>(nome não compartilhado)</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ainda não há mensagens.</translation>
    </message>
    <message>
        <source>The message was not saved: %1</source>
        <translation>A mensagem não foi salva: %1</translation>
    </message>
    <message>
        <source>Message “%1” saved; it is sent at the next sync.</source>
        <translation>Mensagem “%1” salva; ela é enviada na próxima sincronização.</translation>
    </message>
    <message numerus="yes">
        <source>%n did not agree to be mailed</source>
        <translation>
            <numerusform>%n não aceitou receber e-mails</numerusform>
            <numerusform>%n não aceitaram receber e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed but have no address</source>
        <translation>
            <numerusform>%n aceitou, mas não tem endereço</numerusform>
            <numerusform>%n aceitaram, mas não têm endereço</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mailed: %1. They read it here.</source>
        <translation>Não enviado por e-mail: %1. Leem aqui.</translation>
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
            <numerusform>%n não pôde ser entregue</numerusform>
            <numerusform>%n não puderam ser entregues</numerusform>
        </translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Messages to the event's registrants</source>
        <translation>Mensagens aos inscritos do evento</translation>
    </message>
    <message>
        <source>Write to registrants…</source>
        <translation>Escrever aos inscritos…</translation>
    </message>
    <message>
        <source>Waiting for a seat</source>
        <translation>Aguardando vaga</translation>
    </message>
    <message>
        <source>Had a seat, did not come</source>
        <translation>Tinham vaga e não vieram</translation>
    </message>
    <message>
        <source>Registered, with a seat</source>
        <translation>Inscritos, com vaga</translation>
    </message>
</context>
<context>
    <name>commonroom::WriteMessageDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>Escrever para %1</translation>
    </message>
    <message>
        <source>Everyone in the group reads it in Commonroom. The server mails it, when it receives it, to the members who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Todo o grupo lê no Commonroom. O servidor envia por e-mail, ao recebê-la, aos membros que aceitaram; os endereços ficam no servidor.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assunto:</translation>
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
            <numerusform>Ela vai para %n outro membro ativo do grupo.</numerusform>
            <numerusform>Ela vai para os outros %n membros ativos do grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the registrants of %1</source>
        <translation>Escrever aos inscritos de %1</translation>
    </message>
    <message>
        <source>Everyone registered for the event reads it in Commonroom. The server mails it, when it receives it, to the people of the audience who agreed to be mailed; their addresses stay with the server.</source>
        <translation>Todos os inscritos leem no Commonroom. O servidor envia por e-mail, ao receber, aos destinatários que aceitaram receber e-mails; os endereços ficam no servidor.</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message numerus="yes">
        <source>It goes to %n other person(s) of this audience.</source>
        <translation>
            <numerusform>Chega a mais %n pessoa destes destinatários.</numerusform>
            <numerusform>Chega a mais %n pessoas destes destinatários.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the people of %1</source>
        <translation>Escrever para as pessoas de %1</translation>
    </message>
    <message numerus="yes">
        <source>It goes to the %n people the list selects now, you excepted.</source>
        <translation>
            <numerusform>Ela vai para a %n pessoa que a lista seleciona agora, exceto você.</numerusform>
            <numerusform>Ela vai para as %n pessoas que a lista seleciona agora, exceto você.</numerusform>
        </translation>
    </message>
    <message>
        <source>They read it in Commonroom without learning who else it went to, or by which list. The server mails it, when it receives it, to those who agreed to the community's announcements; their addresses stay with the server.</source>
        <translation>Elas a leem no Commonroom sem saber para quem mais ela foi, nem por qual lista. O servidor a envia por e-mail, ao recebê-la, a quem aceitou os avisos da comunidade; os endereços ficam com o servidor.</translation>
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
        <translation>alguém que não compartilha o nome</translation>
    </message>
    <message>
        <source>To the list %1 · %2</source>
        <translation>Para a lista %1 · %2</translation>
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
        <translation>O arquivo não é UTF-8; escolha a codificação (latin1 ou windows-1252).</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8, windows-1252 or latin1.</source>
        <translation>Codificação desconhecida "%1": use utf-8, windows-1252 ou latin1.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed; the file is cut short.</source>
        <translation>Uma aspa aberta na linha %1 nunca é fechada; o arquivo está cortado.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>O arquivo não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Only leaders and admins bring people in from a file.</source>
        <translation>Só líderes e admins trazem pessoas de um arquivo.</translation>
    </message>
    <message>
        <source>%1 columns are mapped, and the file has %2.</source>
        <translation>%1 colunas estão mapeadas, e o arquivo tem %2.</translation>
    </message>
    <message>
        <source>"%1" is not something a column can be imported as; choose one of: %2.</source>
        <translation>"%1" não é algo como o que uma coluna possa ser importada; escolha um de: %2.</translation>
    </message>
    <message>
        <source>The people on this device cannot be read.</source>
        <translation>As pessoas deste dispositivo não podem ser lidas.</translation>
    </message>
    <message>
        <source>"%1" in %2 is neither yes nor no.</source>
        <translation>"%1" em %2 não é nem sim nem não.</translation>
    </message>
    <message>
        <source>No name: a person needs a name, or a first or last name.</source>
        <translation>Sem nome: uma pessoa precisa de um nome, ou de um nome ou sobrenome.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were written before it; they stay, and are sent at the next sync.</source>
        <translation>%1 de %2 linhas foram gravadas antes; elas ficam e são enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>The groups on this device cannot be read.</source>
        <translation>Os grupos deste dispositivo não podem ser lidos.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 never ends (END:VCARD); the file is cut short.</source>
        <translation>O cartão que começa na linha %1 nunca termina (END:VCARD); o arquivo está cortado.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>O arquivo não contém nenhum vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 is in the quoted-printable form of vCard 2.1, which is not read; export the contacts as vCard 3.0 or 4.0 and import that file.</source>
        <translation>A linha %1 está na forma quoted-printable do vCard 2.1, que não é lida; exporte os contatos como vCard 3.0 ou 4.0 e importe esse arquivo.</translation>
    </message>
</context>
<context>
    <name>commonroom::ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(não importada)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar pessoas</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>Colunas &amp;separadas por:</translation>
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
        <translation>As colunas</translation>
    </message>
    <message>
        <source>What each column becomes, guessed from its header. Change a guess, or leave a column out.</source>
        <translation>O que cada coluna se torna, deduzido do cabeçalho. Mude uma suposição ou deixe uma coluna de fora.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do arquivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeiros valores</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>Before importing</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <source>What the import would write. Nothing is written until you press Import.</source>
        <translation>O que a importação gravaria. Nada é gravado até você apertar Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>As primeiras linhas como serão guardadas</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and why:</source>
        <translation>Linhas que não podem ser importadas, e por quê:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Linhas que não podem ser importadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Por que é recusada</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Linhas gravadas</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>&amp;Salvar as linhas recusadas…</translation>
    </message>
    <message>
        <source>Save the rows that were not imported, with the reason, to fix and import again</source>
        <translation>Salvar as linhas não importadas, com o motivo, para corrigir e importar de novo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulações</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>pontos e vírgulas</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras verticais</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>vírgulas</translation>
    </message>
    <message>
        <source>%1, columns separated by %2: %3 columns, %4 rows.</source>
        <translation>%1, colunas separadas por %2: %3 colunas, %4 linhas.</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importar %1 como</translation>
    </message>
    <message>
        <source>New people: %1. Already here, gaining only what they lack: %2. Refused: %3.</source>
        <translation>Pessoas novas: %1. Já presentes, recebendo só o que falta: %2. Recusadas: %3.</translation>
    </message>
    <message>
        <source>Groups not on this device, so not joined: %1. Create them first to join them.</source>
        <translation>Grupos que não estão neste dispositivo, portanto sem participação: %1. Crie-os primeiro para participar.</translation>
    </message>
    <message>
        <source>Who sees each person&apos;s contact details stays the cautious default until they choose.</source>
        <translation>Quem vê os contatos de cada pessoa continua no padrão cauteloso até que ela escolha.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Groups joined</source>
        <translation>Grupos em que entra</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Já presente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>%1 of %2 rows written · %3 · %4</source>
        <translation>%1 de %2 linhas gravadas · %3 · %4</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>A importação parou: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 rows written. They stay, and are sent to the server at the next sync.</source>
        <translation>Cancelado: %1 de %2 linhas gravadas. Elas ficam e são enviadas ao servidor na próxima sincronização.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written. They are sent to the server at the next sync.</source>
        <translation>
            <numerusform>%Ln linha gravada. Ela é enviada ao servidor na próxima sincronização.</numerusform>
            <numerusform>%Ln linhas gravadas. Elas são enviadas ao servidor na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused; save them with the reason to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln linha recusada; salve-a com o motivo para corrigir e importar de novo.</numerusform>
            <numerusform>%Ln linhas recusadas; salve-as com o motivo para corrigir e importar de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Salvar as linhas recusadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling after this batch; what was written stays.</source>
        <translation>Cancelando após este lote; o que foi gravado fica.</translation>
    </message>
    <message>
        <source>%1, vCards: %2 contacts.</source>
        <translation>%1, vCards: %2 contatos.</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Planilhas e contatos (*.csv *.tsv *.txt *.vcf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (Excel, LibreOffice and Google Sheets all save it), its first line naming the columns; or contacts saved as vCards (.vcf) by an address book.</source>
        <translation>Uma planilha salva como CSV (Excel, LibreOffice e Google Planilhas salvam assim), com a primeira linha nomeando as colunas; ou contatos salvos como vCards (.vcf) por uma agenda.</translation>
    </message>
    <message>
        <source>Rows that look like someone already here, imported as new people and then flagged for review:</source>
        <translation>Linhas parecidas com alguém que já está aqui; importadas como pessoas novas e depois marcadas para revisão:</translation>
    </message>
    <message>
        <source>Rows that look like someone already here</source>
        <translation>Linhas parecidas com alguém que já está aqui</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Whether rows look like someone already here could not be checked: %1</source>
        <translation>Não foi possível verificar se há linhas parecidas com alguém que já está aqui: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like someone already here under another spelling or address (below).</source>
        <translation>
            <numerusform>%Ln linha parece alguém que já está aqui, com outra grafia ou endereço (abaixo).</numerusform>
            <numerusform>%Ln linhas parecem alguém que já está aqui, com outra grafia ou endereço (abaixo).</numerusform>
        </translation>
    </message>
</context>
</TS>
