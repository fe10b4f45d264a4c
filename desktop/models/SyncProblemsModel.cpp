#include "SyncProblemsModel.h"
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
            if (role == Qt::ToolTipRole)
                return tr("%1 (code: %2)").arg(problem.message, problem.code);
            return problem.message;
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

QString SyncProblemsModel::describeChange(const SyncProblem &problem) const
{
    if (problem.table == QLatin1String("person")) {
        if (const auto row = m_store.row(problem.table, problem.rowId)) {
            const auto name = row->find("display_name");
            if (name != row->end() && !isNull(name->second))
                return tr("Change to %1").arg(QString::fromStdString(toDisplayString(name->second)));
        }
        return tr("Change to a person");
    }
    if (problem.table == QLatin1String("group")) {
        if (const auto row = m_store.row(problem.table, problem.rowId)) {
            const auto name = row->find("name");
            if (name != row->end() && !isNull(name->second))
                return tr("Change to the group %1").arg(QString::fromStdString(toDisplayString(name->second)));
        }
        return tr("Change to a group");
    }
    if (problem.table == QLatin1String("membership"))
        return tr("Change to a group membership");
    return tr("Change to %1 %2").arg(problem.table, problem.rowId);
}

} // namespace commonroom
