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
// (Admission::waitingApplicants). It is read a page at a time as the view scrolls
// (canFetchMore/fetchMore), and read again once changes to people or vouches pause: a community
// of a million people has tens of thousands waiting, and reading them all at every pulled page
// would stop the window for a quarter of a second each time.
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Everyone waiting, read or not yet.
    int waitingCount() const { return m_waiting; }
    static constexpr int kPageSize = 200;

    // The row of the person among those read, or -1.
    int rowOf(const QString &personId) const;

public Q_SLOTS:
    void reload();

private:
    using Applicant = Admission::WaitingApplicant;

    // "Name: reason" for each vouch, oldest first.
    static QStringList vouchTexts(const Applicant &applicant);

    const Admission &m_admission;
    std::vector<Applicant> m_applicants;
    int m_waiting = 0;
    bool m_changing = false; // inside a reset or an insertion: views ask for more from inside those
};

} // namespace commonroom
