#pragma once

#include "desktop/core/LocalStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace commonroom {

// The changes the daemon refused (LocalStore::syncProblems()), newest first: when, what was
// changed, and why it was refused.
class SyncProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, WhyColumn, ColumnCount };
    enum ItemRole {
        TimestampRole = Qt::UserRole, // unix milliseconds (qint64), for sorting
        TableRole,
        RowIdRole,
        CodeRole,
    };

    explicit SyncProblemsModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    QString describeChange(const SyncProblem &problem) const;

    LocalStore &m_store;
    std::vector<SyncProblem> m_problems;
    std::vector<QString> m_descriptions; // "what", resolved once per reload
};

} // namespace commonroom
