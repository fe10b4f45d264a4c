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

    // What the user can do about a refusal, by its code.
    static QString nextStep(const SyncProblem &problem);

public Q_SLOTS:
    void reload();

private:
    // What was refused, named: the person, the group, "Membership of Carla Cruz in Readers", an
    // event by its title…
    QString describeChange(const SyncProblem &problem) const;
    QString valueOf(const SyncProblem &problem, const char *field) const;
    QString nameOf(const QString &table, const QString &id, const char *field) const;

    LocalStore &m_store;
    std::vector<SyncProblem> m_problems;
    std::vector<QString> m_descriptions; // "what", resolved once per reload
};

} // namespace commonroom
