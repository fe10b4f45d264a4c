#include "TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace commonroom {

TokenStore::TokenStore(QString profileDir)
    : m_path(QDir(profileDir).filePath(QStringLiteral("session-token")))
{
}

Status TokenStore::save(const QString &token)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError("storage", "Cannot write " + m_path.toStdString() + ": " + file.errorString().toStdString());
    // Restrict before the secret is written, so it is never readable by others even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    if (!file.commit())
        return makeError("storage", "Cannot write " + m_path.toStdString() + ": " + file.errorString().toStdString());
    return {};
}

QString TokenStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

Status TokenStore::clear()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return makeError("storage", "Cannot remove " + m_path.toStdString() + "; delete it by hand to sign out.");
    return {};
}

QString TokenStore::description() const
{
    return QCoreApplication::translate("TokenStore", "in %1, readable only by you (no system keychain is used)")
        .arg(m_path);
}

} // namespace commonroom
