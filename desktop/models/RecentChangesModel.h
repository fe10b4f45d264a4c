#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace commonroom {

class LocalStore;
class RecentChanges;

// Recent changes in my groups (desktop/core/RecentChanges.h) as sentences for the Home
// dashboard: "Ana García joined Gardeners", "Gardeners was updated". At most
// RecentChanges::kKeep rows; read again when a change is recorded or a row it names changes.
class RecentChangesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum ItemRole {
        TableRole = Qt::UserRole, // "group" or "membership"
        RowIdRole,
        GroupIdRole,
        AtRole, // when the change reached this device (QDateTime)
    };

    RecentChangesModel(LocalStore &store, RecentChanges &changes, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        QString table;
        QString rowId;
        QString groupId;
        qint64 atMs = 0;
        QString text;
    };
    QString describe(const QString &table, const QString &rowId, const QString &groupId) const;

    LocalStore &m_store;
    RecentChanges &m_changes;
    std::vector<Row> m_rows;
};

} // namespace commonroom
