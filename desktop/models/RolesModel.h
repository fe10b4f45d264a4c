#pragma once

#include "desktop/core/Admission.h"

#include <QAbstractTableModel>

#include <vector>

namespace commonroom {

class Device;

// People and their roles, for the admins' role management. Without a filter it lists the
// leaders and admins; with one, everyone whose name or email contains it (at most kLimit rows:
// the list is for finding a person to promote, not for browsing a million people;
// Admission::roleHolders).
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 200;
    enum Column { NameColumn, EmailColumn, RoleColumn, ColumnCount };
    enum ItemRole { PersonIdRole = Qt::UserRole, RoleNameRole };

    explicit RolesModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    int rowOf(const QString &personId) const;
    // How many admins this device knows of.
    int adminCount() const;

    static QString roleText(const QString &role);

public Q_SLOTS:
    void reload();

private:
    using Person = Admission::RoleHolder;

    const Admission &m_admission;
    QString m_filter;
    std::vector<Person> m_people;
};

} // namespace commonroom
