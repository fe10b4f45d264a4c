#include "MailTexts.h"

#include <array>

namespace commonroom::syncd {

namespace {

// The boxes are the app's own translations of its Profile boxes (translations/*.ts), without
// their shortcut marks, so that the footer names what the person sees.
const std::array<MailTexts, 5> kTexts {{
    {"en", "en_GB", "Reminder: {title}, {when}",
        "You registered for it in Commonroom. If you cannot come, cancel your registration there, so that someone "
        "waiting gets your seat.",
        "To stop these mails, open {link} or untick \"{box}\" in your profile in Commonroom.",
        "Mail me my groups' messages", "Mail me reminders and messages of my events",
        "{writer} wrote this to {readers} in Commonroom, where it stays for them to read.", "the members of {group}",
        "the people registered for {event}", "the people waiting for a seat at {event}",
        "the people who had a seat at {event} and did not come", "A reply to this mail does not reach {writer}.",
        "your groups' messages", "reminders and messages of the events you registered for", "Stop the mail of {what}?",
        "Commonroom mails you {what}. Everything stays in the app for you to read either way.", "Stop these mails",
        "You will not be mailed {what}",
        "Everything stays in Commonroom for you to read. To be mailed again, tick \"{box}\" in your profile there.",
        "{writer} via {list}", "Someone wrote this to {readers} in Commonroom, where it stays for them to read.",
        "A reply to this mail does not reach its writer.", "some of the community's people",
        "Mail me the community's announcements", "the community's announcements"},
    {"de", "de_DE", "Erinnerung: {title}, {when}",
        "Sie haben sich in Commonroom dafür angemeldet. Wenn Sie nicht kommen können, melden Sie sich dort ab, damit "
        "jemand auf der Warteliste Ihren Platz bekommt.",
        "Um diese Mails abzubestellen, öffnen Sie {link} oder entfernen Sie in Ihrem Profil in Commonroom das Häkchen "
        "bei „{box}“.",
        "Nachrichten meiner Gruppen auch mailen", "Erinnerungen und Nachrichten meiner Veranstaltungen mailen",
        "{writer} hat dies in Commonroom an {readers} geschrieben; dort bleibt es zum Nachlesen.",
        "die Mitglieder von {group}", "die Angemeldeten von {event}", "die Wartenden auf einen Platz bei {event}",
        "die Angemeldeten von {event}, die nicht gekommen sind", "Eine Antwort auf diese Mail erreicht {writer} nicht.",
        "die Nachrichten Ihrer Gruppen", "die Erinnerungen und Nachrichten Ihrer Veranstaltungen",
        "Keine Mails mehr für {what}?", "Commonroom mailt Ihnen {what}. In der App bleibt alles zum Lesen, so oder so.",
        "Diese Mails abbestellen", "Sie bekommen keine Mails mehr für {what}",
        "In Commonroom bleibt alles zum Lesen. Um wieder Mails zu bekommen, setzen Sie dort in Ihrem Profil das "
        "Häkchen bei „{box}“.",
        "{writer} über {list}", "Dies wurde in Commonroom an {readers} geschrieben; dort bleibt es zum Nachlesen.",
        "Eine Antwort auf diese Mail erreicht den Verfasser nicht.", "einige Menschen der Gemeinschaft",
        "Ankündigungen der Gemeinschaft mailen", "die Ankündigungen der Gemeinschaft"},
    {"es", "es_ES", "Recordatorio: {title}, {when}",
        "Te inscribiste en Commonroom. Si no puedes venir, cancela allí tu inscripción para que alguien en espera "
        "reciba tu plaza.",
        "Para dejar de recibir estos correos, abre {link} o desmarca «{box}» en tu perfil de Commonroom.",
        "Enviarme por correo los mensajes de mis grupos", "Enviarme recordatorios y mensajes de mis eventos",
        "{writer} escribió esto a {readers} en Commonroom, donde queda para que lo lean.", "los miembros de {group}",
        "los inscritos de {event}", "las personas en espera de plaza para {event}",
        "las personas que tenían plaza para {event} y no vinieron", "Una respuesta a este correo no llega a {writer}.",
        "los mensajes de tus grupos", "los recordatorios y mensajes de los eventos en que te inscribiste",
        "¿Dejar de recibir por correo {what}?",
        "Commonroom te envía por correo {what}. Todo queda en la aplicación para que lo leas de todos modos.",
        "Dejar de recibir estos correos", "Ya no recibirás por correo {what}",
        "Todo queda en Commonroom para que lo leas. Para volver a recibirlos, marca «{box}» en tu perfil.",
        "{writer} vía {list}", "Alguien escribió esto a {readers} en Commonroom, donde queda para que lo lean.",
        "Una respuesta a este correo no llega a quien lo escribió.", "algunas personas de la comunidad",
        "Enviarme por correo los anuncios de la comunidad", "los anuncios de la comunidad"},
    {"fr", "fr_FR", "Rappel : {title}, {when}",
        "Vous vous êtes inscrit dans Commonroom. Si vous ne pouvez pas venir, annulez-y votre inscription, pour "
        "qu'une personne en attente obtienne votre place.",
        "Pour ne plus recevoir ces courriels, ouvrez {link} ou décochez « {box} » dans votre profil Commonroom.",
        "M'envoyer par courriel les messages de mes groupes", "M'envoyer les rappels et messages de mes événements",
        "{writer} a écrit ceci {readers} dans Commonroom, où il reste à lire.", "aux membres de {group}",
        "aux inscrits de {event}", "aux personnes en attente d'une place à {event}",
        "aux personnes qui avaient une place à {event} et ne sont pas venues",
        "Une réponse à ce courriel n'atteint pas {writer}.", "les messages de vos groupes",
        "les rappels et messages des événements auxquels vous êtes inscrit", "Ne plus recevoir {what} ?",
        "Commonroom vous envoie par courriel {what}. Tout reste à lire dans l'application de toute façon.",
        "Ne plus recevoir ces courriels", "Vous ne recevrez plus {what}",
        "Tout reste à lire dans Commonroom. Pour les recevoir à nouveau, cochez « {box} » dans votre profil.",
        "{writer} via {list}", "Quelqu'un a écrit ceci {readers} dans Commonroom, où il reste à lire.",
        "Une réponse à ce courriel n'atteint pas son auteur.", "à certaines personnes de la communauté",
        "M'envoyer par courriel les annonces de la communauté", "les annonces de la communauté"},
    {"pt_BR", "pt_BR", "Lembrete: {title}, {when}",
        "Você se inscreveu no Commonroom. Se não puder vir, cancele lá a sua inscrição, para que alguém na espera "
        "fique com a sua vaga.",
        "Para não receber mais estes e-mails, abra {link} ou desmarque \"{box}\" no seu perfil do Commonroom.",
        "Enviar por e-mail as mensagens dos meus grupos", "Enviar-me lembretes e mensagens dos meus eventos",
        "{writer} escreveu isto para {readers} no Commonroom, onde fica para leitura.", "os membros de {group}",
        "os inscritos de {event}", "as pessoas aguardando vaga em {event}",
        "as pessoas que tinham vaga em {event} e não vieram", "Uma resposta a este e-mail não chega a {writer}.",
        "as mensagens dos seus grupos", "os lembretes e mensagens dos eventos em que você se inscreveu",
        "Parar de receber {what} por e-mail?",
        "O Commonroom envia a você {what} por e-mail. Tudo fica no aplicativo para você ler de qualquer forma.",
        "Parar estes e-mails", "Você não vai mais receber {what} por e-mail",
        "Tudo fica no Commonroom para você ler. Para voltar a receber, marque \"{box}\" no seu perfil.",
        "{writer} via {list}", "Alguém escreveu isto para {readers} no Commonroom, onde fica para leitura.",
        "Uma resposta a este e-mail não chega a quem o escreveu.", "algumas pessoas da comunidade",
        "Enviar por e-mail os avisos da comunidade", "os avisos da comunidade"},
}};

static_assert(kTexts.size() == mail::kLanguages.size(), "every mail language has its texts");

} // namespace

const MailTexts &mailTexts(std::string_view language)
{
    for (const MailTexts &texts : kTexts) {
        if (texts.language == language)
            return texts;
    }
    return kTexts.front();
}

std::string_view boxOf(const MailTexts &texts, const mail::Kind &kind)
{
    return &kind == &mail::kGroupMessages ? texts.groupBox
        : &kind == &mail::kEventMail      ? texts.eventBox
                                          : texts.announcementBox;
}

std::string_view whatOf(const MailTexts &texts, const mail::Kind &kind)
{
    return &kind == &mail::kGroupMessages ? texts.groupWhat
        : &kind == &mail::kEventMail      ? texts.eventWhat
                                          : texts.announcementWhat;
}

std::string fill(std::string_view text, std::initializer_list<std::pair<std::string_view, std::string_view>> values)
{
    std::string out;
    while (!text.empty()) {
        const auto open = text.find('{');
        const auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            out += text;
            break;
        }
        out += text.substr(0, open);
        const std::string_view name = text.substr(open + 1, close - open - 1);
        bool found = false;
        for (const auto &[key, value] : values) {
            if (key == name) {
                out += value;
                found = true;
                break;
            }
        }
        if (!found)
            out += text.substr(open, close - open + 1);
        text.remove_prefix(close + 1);
    }
    return out;
}

} // namespace commonroom::syncd
