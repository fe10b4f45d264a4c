#pragma once

#include <QAbstractItemView>
#include <QListView>
#include <QStandardItemModel>
#include <QString>

// What the person page's tabs (Leadership, Contributions) show their histories with.
namespace commonroom::personpage {

// A read-only list of `model` that wraps long entries and takes keyboard focus.
inline QListView *readOnlyList(QStandardItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setWordWrap(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

// Who wrote an entry: their name, or their id when the device does not hold their name.
inline QString nameOrId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

} // namespace commonroom::personpage
