#include "DeferredReload.h"

#include "desktop/core/LocalStore.h"

namespace commonroom {

DeferredReload::DeferredReload(LocalStore &store, QStringList tables, std::function<void()> reload, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, reload);
    connect(&store, &LocalStore::tableChanged, this, [this, tables = std::move(tables)](const QString &table) {
        if (tables.contains(table))
            m_timer.start();
    });
    connect(&store, &LocalStore::localEditSaved, this, [this, reload] {
        if (m_timer.isActive()) {
            m_timer.stop();
            reload();
        }
    });
}

} // namespace commonroom
