#include "ExportMyDataDialog.h"

#include "MessageLabel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace commonroom {

ExportMyDataDialog::ExportMyDataDialog(ApiClient &api, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_client(new AccountClient(api, this))
{
    setWindowTitle(tr("Export my data"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("exportMyDataDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Saves everything the community holds about you — your profile with every field, "
                                "your memberships, vouches and invitations — as a JSON document (complete, for "
                                "programs) and a vCard (for address books)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_folder = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Folder to save into"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Save my data into"), folder());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), row);
    layout->addLayout(form);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportMyDataDialog::exportData);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &AccountClient::finished, this, &ExportMyDataDialog::onFinished);
    resize(520, sizeHint().height());
}

void ExportMyDataDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString ExportMyDataDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString ExportMyDataDialog::messageText() const
{
    return m_message->message();
}

bool ExportMyDataDialog::isError() const
{
    return m_message->isError() && !m_message->message().isEmpty();
}

void ExportMyDataDialog::exportData()
{
    if (m_busy)
        return;
    const QFileInfo info(folder());
    if (folder().isEmpty() || !info.isDir() || !info.isWritable()) {
        m_message->showError(tr("Choose a folder you can write to (Browse…)."));
        m_folder->setFocus();
        return;
    }
    m_written.clear();
    m_json.clear();
    setBusy(true);
    m_message->showInfo(tr("Asking the server for your data…"));
    m_client->exportMyData(QStringLiteral("json"));
}

void ExportMyDataDialog::onFinished(AccountClient::Request request, const AccountResult &result)
{
    if (request != AccountClient::Request::ExportMyData)
        return;
    if (!result.ok) {
        setBusy(false);
        m_message->showError(tr("Your data could not be exported: %1").arg(result.message));
        return;
    }
    if (m_json.isEmpty()) {
        // Both documents are fetched before anything is written, so an export is whole or absent.
        m_json = result.body.isEmpty() ? QByteArrayLiteral("{}") : result.body;
        m_client->exportMyData(QStringLiteral("vcard"));
        return;
    }
    setBusy(false);
    if (!write(m_json, QStringLiteral("json")) || !write(result.body, QStringLiteral("vcf")))
        return;
    m_message->showInfo(tr("Saved %1.").arg(m_written.join(tr(" and "))));
}

bool ExportMyDataDialog::write(const QByteArray &data, const QString &suffix)
{
    const QDir dir(folder());
    const QString base = QStringLiteral("commonroom-my-data-%1")
                             .arg(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().toString(Qt::ISODate));
    QString path = dir.filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(suffix));
    QSaveFile file(path);
    // The export holds private fields: readable by its owner only, like the session token.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit()) {
        m_message->showError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_written << QDir::toNativeSeparators(path);
    return true;
}

void ExportMyDataDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_export->setEnabled(!busy);
    m_folder->setEnabled(!busy);
}

} // namespace commonroom
