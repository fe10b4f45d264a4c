#include "AuditLogModel.h"

#include "desktop/core/LocalStore.h"
#include "desktop/core/TimeText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace commonroom {

AuditLogModel::AuditLogModel(ApiClient &api, LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_store(store)
    , m_client(new AccountClient(api, this))
{
    connectClient();
}

void AuditLogModel::connectClient()
{
    connect(m_client, &AccountClient::finished, this, &AuditLogModel::onFinished);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(const QString &action)
{
    static const std::pair<const char *, const char *> texts[] = {
        {"login", QT_TR_NOOP("Signed in")},
        {"login_failed", QT_TR_NOOP("Failed sign-in")},
        {"apply", QT_TR_NOOP("Applied")},
        {"approve", QT_TR_NOOP("Approved")},
        {"reject", QT_TR_NOOP("Rejected")},
        {"needs_info", QT_TR_NOOP("Asked for information")},
        {"vouch", QT_TR_NOOP("Vouched")},
        {"role_change", QT_TR_NOOP("Changed a role")},
        {"invite", QT_TR_NOOP("Invited")},
        {"invitation_accepted", QT_TR_NOOP("Accepted an invitation")},
        {"device_revoked", QT_TR_NOOP("Revoked a device")},
        {"device_registered", QT_TR_NOOP("Continued as a new device")},
        {"password_changed", QT_TR_NOOP("Changed the password")},
        {"password_reset", QT_TR_NOOP("Reset the password")},
        {"token_refreshed", QT_TR_NOOP("Renewed a session")},
        {"export", QT_TR_NOOP("Exported their data")},
        {"erase", QT_TR_NOOP("Erased a person")},
    };
    for (const auto &[key, text] : texts) {
        if (action == QLatin1String(key))
            return tr(text);
    }
    return action;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.atMs).toLocalTime();
            return role == Qt::ToolTipRole ? QLocale().toString(at, QLocale::LongFormat) : shortDateTime(at);
        }
        case ActionColumn:
            return role == Qt::ToolTipRole ? entry.action : actionText(entry.action);
        case ActorColumn:
            return role == Qt::ToolTipRole || entry.actorName.isEmpty() ? entry.actorId : entry.actorName;
        case TargetColumn:
            return role == Qt::ToolTipRole || entry.targetName.isEmpty() ? entry.targetId : entry.targetName;
        case DetailColumn:
            return entry.detail;
        case AddressColumn:
            return entry.address;
        default:
            return {};
        }
    case SeqRole:
        return entry.seq;
    case ActionRole:
        return entry.action;
    case ActorIdRole:
        return entry.actorId;
    case TargetIdRole:
        return entry.targetId;
    case TimestampRole:
        return entry.atMs;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActionColumn:
        return tr("What");
    case ActorColumn:
        return tr("Who");
    case TargetColumn:
        return tr("Concerning");
    case DetailColumn:
        return tr("Detail");
    case AddressColumn:
        return tr("From address");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_query.before = m_entries.empty() ? 0 : m_entries.back().seq;
    request();
}

void AuditLogModel::search(const AccountClient::AuditQuery &query)
{
    if (m_loading) {
        // A page of the previous search is on its way; it must not land in this one's results.
        delete m_client;
        m_client = new AccountClient(m_api, this);
        connectClient();
        m_loading = false;
    }
    beginResetModel();
    m_entries.clear();
    m_hasMore = false;
    endResetModel();
    m_query = query;
    m_query.before = 0;
    request();
}

void AuditLogModel::request()
{
    m_loading = true;
    m_error.clear();
    m_client->queryAudit(m_query);
}

QString AuditLogModel::nameOf(const QString &personId) const
{
    if (personId.isEmpty())
        return {};
    if (const auto row = m_store.row(QStringLiteral("person"), personId)) {
        const auto name = row->find("display_name");
        if (name != row->end() && !isNull(name->second))
            return QString::fromStdString(toDisplayString(name->second));
    }
    return {};
}

void AuditLogModel::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::QueryAudit)
        return;
    m_loading = false;
    if (!result.ok) {
        m_error = result.message;
        Q_EMIT loaded(false, m_error);
        return;
    }
    const QJsonArray entries = result.json.value(QStringLiteral("entries")).toArray();
    std::vector<Entry> page;
    page.reserve(static_cast<std::size_t>(entries.size()));
    for (const auto &value : entries) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.seq = object.value(QStringLiteral("seq")).toInteger();
        entry.atMs = object.value(QStringLiteral("at")).toInteger();
        entry.action = object.value(QStringLiteral("action")).toString();
        entry.actorId = object.value(QStringLiteral("actor_id")).toString();
        entry.actorName = nameOf(entry.actorId);
        entry.targetId = object.value(QStringLiteral("target_id")).toString();
        entry.targetName = nameOf(entry.targetId);
        entry.detail = object.value(QStringLiteral("detail")).toString();
        entry.address = object.value(QStringLiteral("address")).toString();
        page.push_back(std::move(entry));
    }
    if (!page.empty()) {
        const int first = static_cast<int>(m_entries.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        for (auto &entry : page)
            m_entries.push_back(std::move(entry));
        endInsertRows();
    }
    m_hasMore = result.json.value(QStringLiteral("has_more")).toBool() && !page.empty();
    Q_EMIT loaded(true, {});
}

} // namespace commonroom
