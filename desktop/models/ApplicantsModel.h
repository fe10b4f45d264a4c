#pragma once

#include "desktop/core/Admission.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// The approval queue: people who applied and wait for a decision (admission state "applied" or
// "needs_info"), oldest application first, with the vouches they have so far
// (Admission::waitingApplicants). It is read whole, once changes to people or vouches pause: a
// large community has thousands of applicants, read through their own index.
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

    explicit ApplicantsModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of the person, or -1.
    int rowOf(const QString &personId) const;

public Q_SLOTS:
    void reload();

private:
    using Applicant = Admission::WaitingApplicant;

    // "Name: reason" for each vouch, oldest first.
    static QStringList vouchTexts(const Applicant &applicant);

    const Admission &m_admission;
    std::vector<Applicant> m_applicants;
};

} // namespace commonroom
