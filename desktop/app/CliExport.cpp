// commonroom-cli export …: vCards and CSV of what is on this device (desktop/core/Exporter).

#include "CliCommands.h"

#include "desktop/core/Device.h"

#include <QFile>

namespace commonroom {

int CliCommands::exportPeople(QStringList args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("export needs a format: vcard or csv"));
    const QString format = args.takeFirst();
    QString output;
    for (const QString &flag : {QStringLiteral("-o"), QStringLiteral("--output")}) {
        if (const int index = args.indexOf(flag); index >= 0) {
            if (index + 1 >= args.size())
                return usage(QStringLiteral("%1 needs a file name").arg(flag));
            output = args.at(index + 1);
            args.remove(index, 2);
        }
    }

    const Exporter &exporter = m_device.exporter();
    Result<QByteArray> data = QByteArray();
    if (format == QLatin1String("vcard")) {
        const int groupFlag = args.indexOf(QStringLiteral("--group"));
        if (groupFlag >= 0 && groupFlag + 1 < args.size() && args.size() == 2)
            data = exporter.vCardOfGroup(args.at(groupFlag + 1));
        else if (groupFlag < 0 && args.size() == 1)
            data = exporter.vCardOfPerson(args.first());
        else
            return usage(QStringLiteral("export vcard takes a PERSON_ID or --group GROUP_ID"));
    } else if (format == QLatin1String("csv")) {
        // A smart list's people (docs/organizing.md, "Smart lists"), evaluated on this device.
        if (const QString listId = takeOption(args, QStringLiteral("--list")); !listId.isNull()) {
            if (!args.isEmpty())
                return usage(QStringLiteral("export csv --list ID takes no other criteria"));
            const auto list = m_device.smartLists().byId(listId);
            if (!list)
                return failed(list.error());
            if (!list->problem.isEmpty())
                return failed(makeError("invalid_value", list->problem.toStdString()));
            data = exporter.csv(list->query);
        } else {
            PeopleQuery query = takePeopleFilters(args);
            if (args.size() > 1)
                return usage(QStringLiteral("export csv takes at most one search TEXT (quote it when it has spaces)"));
            query.text = args.value(0);
            data = exporter.csv(query);
        }
    } else {
        return usage(QStringLiteral("unknown export format \"%1\": use vcard or csv").arg(format));
    }
    if (!data) {
        m_err << QString::fromStdString(data.error().message) << '\n';
        return Failure;
    }
    if (output.isEmpty() || output == QLatin1String("-")) {
        m_out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(*data) != data->size()) {
            m_err << "Cannot write the export to the standard output.\n";
            return Failure;
        }
        return Ok;
    }
    if (auto status = Exporter::writeFile(output, *data); !status) {
        m_err << QString::fromStdString(status.error().message) << '\n';
        return Failure;
    }
    if (!m_json)
        m_err << "Saved " << output << '\n';
    return Ok;
}

} // namespace commonroom
