<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>TokenStore</name>
    <message>
        <source>in %1, readable only by you (no system keychain is used)</source>
        <translation>em %1, legível somente por você (nenhum chaveiro do sistema é usado)</translation>
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
    <name>commonroom::GroupsModel</name>
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
        <source>The change will be sent at the next sync.</source>
        <translation>A alteração será enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado da última ação</translation>
    </message>
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
        <source>&amp;New group…</source>
        <translation>&amp;Novo grupo…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Novo grupo</translation>
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
    <message numerus="yes">
        <source>%1 group · %n member(s)</source>
        <translation>
            <numerusform>Grupo: %1 · %n membro</numerusform>
            <numerusform>Grupo: %1 · %n membros</numerusform>
        </translation>
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
        <source>Create a group; you become its first curator (Ctrl+N)</source>
        <translation>Criar um grupo; você se torna o primeiro curador dele (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only leaders and admins create groups</source>
        <translation>Somente líderes e administradores criam grupos</translation>
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
        <source>Only approved members join groups</source>
        <translation>Somente membros aprovados entram em grupos</translation>
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
    <message>
        <source>A group needs a name.</source>
        <translation>Um grupo precisa de um nome.</translation>
    </message>
    <message>
        <source>The group %1 was created; you are its curator.</source>
        <translation>O grupo %1 foi criado; você é o curador dele.</translation>
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
    <name>commonroom::LoginDialog</name>
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
</context>
<context>
    <name>commonroom::MainWindow</name>
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
        <source>Only leaders and admins can add people</source>
        <translation>Somente líderes e administradores podem adicionar pessoas</translation>
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
        <source>&amp;Groups…</source>
        <translation>&amp;Grupos…</translation>
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
    <message>
        <source>Sending %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>Receiving %1 of %2</source>
        <translation>Recebendo %1 de %2</translation>
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
</context>
<context>
    <name>commonroom::SyncEngine</name>
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
    <message>
        <source>Change to a group membership</source>
        <translation>Alteração em uma participação em grupo</translation>
    </message>
    <message>
        <source>Change to %1 %2</source>
        <translation>Alteração em %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
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
</TS>
