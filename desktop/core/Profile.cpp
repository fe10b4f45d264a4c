#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace commonroom {

Profile::Profile(QString dir)
    // The default does not depend on the application's name, so the GUI and the CLI share it.
    : m_dir(dir.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                .filePath(QStringLiteral("commonroom"))
                          : QDir(dir).absolutePath())
{
}

QString Profile::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("commonroom.db"));
}

Status Profile::ensureExists() const
{
    if (!QDir().mkpath(m_dir))
        return makeError("storage", "Cannot create the profile directory " + m_dir.toStdString() + ".");
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace commonroom
