// The community's words (docs/organizing.md, "The community's words"): terms, term name|use|retire.

#include "CliCommands.h"

#include "desktop/core/Device.h"
#include "desktop/core/Terms.h"

#include <QJsonArray>
#include <QJsonObject>

namespace commonroom {

bool CliCommands::isTermCommand(const QString &command)
{
    return command == QLatin1String("terms") || command == QLatin1String("term");
}

int CliCommands::termCommand(const QString &command, QStringList args)
{
    Terms &terms = m_device.terms();
    if (command == QLatin1String("terms")) {
        if (!args.isEmpty())
            return usage(QStringLiteral("terms takes no arguments"));
        const auto words = terms.list();
        if (m_json) {
            QJsonArray items;
            for (const Term &term : words)
                items.append(QJsonObject {{QStringLiteral("kind"), term.kind}, {QStringLiteral("key"), term.key},
                    {QStringLiteral("name"), term.name()}, {QStringLiteral("default"), term.defaultName},
                    {QStringLiteral("active"), term.active}});
            return printJson(QJsonObject {{QStringLiteral("terms"), items}});
        }
        for (const Term &term : words) {
            m_out << term.kind << ' ' << term.key << "  " << term.name();
            if (!term.label.isEmpty())
                m_out << "  (default: " << term.defaultName << ')';
            if (!term.active)
                m_out << "  not in use";
            m_out << '\n';
        }
        return Ok;
    }
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("name")) {
        if (args.size() != 3)
            return usage(
                QStringLiteral("term name needs area|level KEY NAME (an empty NAME goes back to the default)"));
        const auto done = terms.setLabel(args.at(0), args.at(1), args.at(2));
        return done ? int(Ok) : failed(done.error());
    }
    if (sub == QLatin1String("use") || sub == QLatin1String("retire")) {
        if (args.size() != 1)
            return usage(QStringLiteral("term %1 needs AREA").arg(sub));
        const auto done = terms.setAreaActive(args.at(0), sub == QLatin1String("use"));
        return done ? int(Ok) : failed(done.error());
    }
    return usage(QStringLiteral("term needs name, use or retire"));
}

} // namespace commonroom
