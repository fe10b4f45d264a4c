#pragma once

#include "desktop/core/AccountClient.h"

#include <QAbstractTableModel>

#include <vector>

namespace commonroom {

class ApiClient;
class LocalStore;

// The daemon's audit log, newest first, as an admin asks for it (online only: the log never
// leaves the daemon otherwise). Pages arrive through canFetchMore()/fetchMore(), so a long log
// is read as far as the view scrolls. People are shown by name when this device knows them.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, ActionColumn, ActorColumn, TargetColumn, DetailColumn, AddressColumn, ColumnCount };
    enum ItemRole { SeqRole = Qt::UserRole, ActionRole, ActorIdRole, TargetIdRole, TimestampRole };

    AuditLogModel(ApiClient &api, LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with these filters (the query's `before` is ignored).
    void search(const AccountClient::AuditQuery &query);
    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; }

    static QString actionText(const QString &action);

Q_SIGNALS:
    // A page arrived (ok) or the request failed (message says what to do).
    void loaded(bool ok, const QString &message);

private:
    struct Entry
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QString action;
        QString actorId;
        QString actorName;
        QString targetId;
        QString targetName;
        QString detail;
        QString address;
    };
    void request();
    void connectClient();
    void onFinished(AccountClient::Request request, const AccountResult &result);
    QString nameOf(const QString &personId) const;

    ApiClient &m_api;
    LocalStore &m_store;
    AccountClient *m_client;
    AccountClient::AuditQuery m_query;
    std::vector<Entry> m_entries;
    bool m_hasMore = false;
    bool m_loading = false;
    QString m_error;
};

} // namespace commonroom
