#include "SyncProblemsModel.h"
#include "desktop/core/FieldText.h"
#include "desktop/core/TimeText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace commonroom {

SyncProblemsModel::SyncProblemsModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

int SyncProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int SyncProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const SyncProblem &problem = m_problems[row];

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(problem.atMs).toLocalTime();
            return role == Qt::ToolTipRole ? QLocale().toString(at, QLocale::LongFormat) : shortDateTime(at);
        }
        case WhatColumn:
            return m_descriptions[row];
        case WhyColumn:
            // The cause, as the server said it, then what to do.
            if (role == Qt::ToolTipRole)
                return tr("%1 (code: %2)\n%3").arg(problem.message, problem.code, nextStep(problem));
            return problem.message + QLatin1Char(' ') + nextStep(problem);
        default:
            return {};
        }
    case TimestampRole:
        return problem.atMs;
    case TableRole:
        return problem.table;
    case RowIdRole:
        return problem.rowId;
    case CodeRole:
        return problem.code;
    default:
        return {};
    }
}

QVariant SyncProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

void SyncProblemsModel::reload()
{
    beginResetModel();
    m_problems = m_store.syncProblems();
    std::stable_sort(m_problems.begin(), m_problems.end(),
        [](const SyncProblem &a, const SyncProblem &b) { return a.atMs > b.atMs; });
    m_descriptions.clear();
    m_descriptions.reserve(m_problems.size());
    for (const auto &problem : m_problems)
        m_descriptions.push_back(describeChange(problem));
    endResetModel();
}

QString SyncProblemsModel::valueOf(const SyncProblem &problem, const char *field) const
{
    // The change's own value first (a refused new row exists nowhere else), then the row's.
    if (const QString value = fieldText(problem.fields, field); !value.isEmpty())
        return value;
    return nameOf(problem.table, problem.rowId, field);
}

QString SyncProblemsModel::nameOf(const QString &table, const QString &id, const char *field) const
{
    const auto row = id.isEmpty() ? std::nullopt : m_store.row(table, id);
    return row ? fieldText(*row, field) : QString();
}

QString SyncProblemsModel::describeChange(const SyncProblem &problem) const
{
    const QString &table = problem.table;
    if (table == QLatin1String("person")) {
        const QString name = valueOf(problem, "display_name");
        return name.isEmpty() ? tr("Change to a person") : tr("Change to %1").arg(name);
    }
    if (table == QLatin1String("group")) {
        const QString name = valueOf(problem, "name");
        return name.isEmpty() ? tr("Change to a group") : tr("Change to the group %1").arg(name);
    }
    if (table == QLatin1String("membership") || table == QLatin1String("registration")) {
        const bool membership = table == QLatin1String("membership");
        QString person = nameOf(QStringLiteral("person"), valueOf(problem, "person_id"), "display_name");
        if (person.isEmpty())
            person = tr("someone");
        const QString where = membership ? nameOf(QStringLiteral("group"), valueOf(problem, "group_id"), "name")
                                         : nameOf(QStringLiteral("event"), valueOf(problem, "event_id"), "title");
        if (membership)
            return where.isEmpty() ? tr("Membership of %1 in a group").arg(person)
                                   : tr("Membership of %1 in %2").arg(person, where);
        return where.isEmpty() ? tr("Registration of %1 for an event").arg(person)
                               : tr("Registration of %1 for %2").arg(person, where);
    }
    // Any other row by its title or name, when it has one ("Event “Spring assembly”").
    QString label = table;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label[0] = label[0].toUpper();
    for (const char *field : {"title", "name"}) {
        if (const QString name = valueOf(problem, field); !name.isEmpty())
            return tr("%1 “%2”").arg(label, name);
    }
    return tr("%1 %2").arg(label, problem.rowId.left(8));
}

QString SyncProblemsModel::nextStep(const SyncProblem &problem)
{
    if (problem.code == QLatin1String("forbidden") || problem.code == QLatin1String("account_holder"))
        return tr("Ask someone who may make this change (a leader, or the group's curator) to make it; what you "
                  "typed is kept here.");
    if (problem.code == QLatin1String("invalid_value") || problem.code == QLatin1String("too_long")
        || problem.code == QLatin1String("wrong_type") || problem.code == QLatin1String("invalid_transition")
        || problem.code == QLatin1String("no_places"))
        return tr("Correct it and save it again; what you typed is kept here.");
    if (problem.code == QLatin1String("invalid_reference") || problem.code == QLatin1String("not_found")
        || problem.code == QLatin1String("deleted"))
        return tr("What it refers to is gone from the server; sync, then make the change again if it still "
                  "applies.");
    return tr("Sync again later; if it is refused again, tell your community's admin.");
}

} // namespace commonroom
