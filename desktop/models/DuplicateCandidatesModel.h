#pragma once

#include "desktop/core/Duplicates.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// The pairs of people the daemon flagged as likely the same person, for a leader to review:
// open pairs first (the likeliest first), then, with showDecided, the merged and dismissed ones.
// Read again whenever a candidate or a person changes.
class DuplicateCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FirstColumn, SecondColumn, LikelihoodColumn, ReasonsColumn, StateColumn, ColumnCount };
    enum ItemRole {
        CandidateIdRole = Qt::UserRole, // (QString)
        PersonARole, // (QString)
        PersonBRole, // (QString)
        StateRole, // "open", "merged", "dismissed"
        ScoreRole, // (int) thousandths; -1: not scored
    };

    explicit DuplicateCandidatesModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setShowDecided(bool show);
    bool showDecided() const { return m_showDecided; }
    const DuplicateCandidate *candidateAt(int row) const;
    int openCount() const;
    // Open pairs scoring at least `minScore` (thousandths).
    int likelyCount(int minScore) const;

    // "same phone, names 93 % alike, same area": why a pair was flagged.
    static QString describeReasons(const DuplicateCandidate &candidate);
    // "99.5 %"; empty when not scored.
    static QString likelihood(const DuplicateCandidate &candidate);

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        DuplicateCandidate candidate;
        QString nameA;
        QString nameB;
    };

    Device &m_device;
    LocalStore &m_store;
    bool m_showDecided = false;
    std::vector<Row> m_rows;
};

} // namespace commonroom
