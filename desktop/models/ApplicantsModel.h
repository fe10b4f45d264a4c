#pragma once

#include "desktop/core/LocalStore.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace commonroom {

// The approval queue: people who applied and wait for a decision (admission state "applied" or
// "needs_info"), oldest application first, with the vouches they have so far. A queue holds
// tens of people, not millions, so it is read whole on every change.
class ApplicantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AppliedColumn, VouchesColumn, StateColumn, NotesColumn, ColumnCount };
    enum ItemRole {
        PersonIdRole = Qt::UserRole,
        StateRole, // "applied" or "needs_info"
        VouchCountRole,
        VouchesRole, // QStringList: "Name: reason", oldest first
        AboutRole, // the applicant's few lines about themselves
        MessageRole, // the question asked or the reason given by an admin
        EmailRole,
        AppliedAtRole, // ISO 8601 UTC as the daemon wrote it
    };

    explicit ApplicantsModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of the person, or -1.
    int rowOf(const QString &personId) const;

public Q_SLOTS:
    void reload();

private:
    struct Applicant
    {
        QString id;
        QString name;
        QString email;
        QString appliedAt;
        QString state;
        QString message;
        QString about;
        QStringList vouches;
    };

    LocalStore &m_store;
    std::vector<Applicant> m_applicants;
};

} // namespace commonroom
