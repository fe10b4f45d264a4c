#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace commonroom {

class LocalStore;

// Calls `reload` when one of `tables` changes, once the changes pause: a sync changes tables many
// times a second, and a reload may read a whole table (0.35 s for a million people). A local edit
// reloads at once, so the user sees their own change.
class DeferredReload : public QObject
{
    Q_OBJECT

public:
    DeferredReload(LocalStore &store, QStringList tables, std::function<void()> reload, QObject *parent);

    static constexpr int kPauseMs = 500;

private:
    QTimer m_timer {this};
};

} // namespace commonroom
