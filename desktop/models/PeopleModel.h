#pragma once

#include "common/Roles.h"
#include "desktop/core/People.h"
#include "desktop/core/PeopleSearch.h"

#include <QAbstractTableModel>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <array>
#include <memory>
#include <vector>

namespace commonroom {

class LocalStore;

// The people of the local copy, ordered by display name, as a table for the people list.
//
// A community can hold a million people, so the model never loads them all: it reads the
// directory page by page (People::namedPage, keyset pagination over the person_by_locale_name
// index) as the view scrolls, through canFetchMore()/fetchMore(). People whose name is hidden from the signed-in person
// come after everyone with a name, ordered by id.
//
// With a search query (setQuery()) the model holds the people PeopleSearch finds in the whole
// local copy, in its order (rank, or name without text), read page by page the same way.
//
// A NULL value means the field is empty or not shared with the signed-in person. The model tells
// the two apart with the same privacy rule the daemon applies: a hidden field shows an em dash
// and the tooltip "Not shared with you"; an empty one shows nothing.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AreaColumn, EmailColumn, PhoneColumn, SkillsColumn, ColumnCount };
    enum ItemRole {
        IdRole = Qt::UserRole, // the person's id (QString)
        HiddenRole, // true when the field is not shared with the signed-in person
    };

    static constexpr int kPageSize = 200;
    // The list's query for a page of named people, in the alphabetical order of the user's
    // language: the first page, or (afterKey) the page after a (name, id) bound to its first two
    // parameters. Its last parameter is the page size. For tests of its query plan.
    static QString namedPageQuery(bool afterKey);

    // `people` reads the directory; `store` tells when people change and who is signed in.
    PeopleModel(const People &people, LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Searches the whole local copy; an empty query lists everyone. Resets the model.
    void setQuery(const PeopleQuery &query);
    const PeopleQuery &query() const { return m_query; }
    // How many people a non-empty query finds, from the same reading of the copy as the rows.
    Result<qint64> matchCount() const;

    QString personId(int row) const;
    // The row of `id` among the rows loaded so far, or -1.
    int rowOfId(const QString &id) const;

public Q_SLOTS:
    // Reads the people again from the start, keeping about as many rows loaded as before.
    void reload();

private:
    enum class Phase { Named, Unnamed, Done };

    struct Row
    {
        QString id;
        std::array<QVariant, ColumnCount> values; // null QVariant = NULL in the database
        std::array<bool, ColumnCount> hidden {};
    };

    void scheduleReload(const QString &table);
    // Reads up to `count` rows after the current keyset position and advances it.
    std::vector<Row> readRows(int count);
    int readPhase(Phase phase, int count, std::vector<Row> &rows);
    std::vector<Row> readSearchResults(int count);
    Row makeRow(const People::Columns &read) const;
    void restart();
    void refreshViewer();

    const People &m_people;
    LocalStore &m_store;
    std::vector<Row> m_rows;
    Phase m_phase = Phase::Named;
    QString m_lastName; // keyset position inside the current phase
    QString m_lastId;
    Role m_viewerRole = Role::Applicant;
    QString m_viewerId;
    QTimer m_reloadTimer {this};
    PeopleQuery m_query;
    std::unique_ptr<PeopleSearch> m_search; // set while a query is active
    bool m_changing = false; // inside a reset or an insertion
};

} // namespace commonroom
