#include "VouchDialog.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonroom {

namespace {

QString nameOf(const LocalStore &store, const QString &personId)
{
    if (const auto row = store.row(QStringLiteral("person"), personId)) {
        const auto name = row->find("display_name");
        if (name != row->end() && !isNull(name->second))
            return QString::fromStdString(toDisplayString(name->second));
    }
    return VouchDialog::tr("this applicant");
}

} // namespace

VouchDialog::VouchDialog(Device &device, const QString &applicantId, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
    , m_store(device.store())
    , m_applicantId(applicantId)
{
    const QString name = nameOf(m_store, applicantId);
    setWindowTitle(tr("Vouch for %1").arg(name));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("vouchDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say how you know %1 and why the community can welcome them. Admins and %1 will "
                                "see your vouch and your reason; nobody else does.")
                                 .arg(name),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *vouch = buttons->addButton(tr("&Vouch"), QDialogButtonBox::AcceptRole);
    vouch->setObjectName(QStringLiteral("vouchButton"));
    vouch->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &VouchDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QString why;
    if (!canVouch(device, applicantId, &why)) {
        m_error->setText(why);
        m_error->show();
        m_reason->setEnabled(false);
        vouch->setEnabled(false);
    }
    m_reason->setFocus();
    resize(440, 300);
}

bool VouchDialog::canVouch(Device &device, const QString &applicantId, QString *why)
{
    const Status allowed = device.admission().mayVouch(applicantId);
    if (!allowed && why)
        *why = refusal(device.store(), applicantId, allowed.error());
    return allowed.ok();
}

QString VouchDialog::refusal(const LocalStore &store, const QString &applicantId, const Error &error)
{
    const std::string &code = error.code;
    if (code == "not_member")
        return tr("Only members can vouch. Once your own application is approved, you can vouch for others.");
    if (code == "own_application")
        return tr("You cannot vouch for yourself.");
    if (code == "not_on_device")
        return tr("This person is not on this computer. Sync, then try again.");
    if (code == "already_member")
        return tr("%1 is already a member.").arg(nameOf(store, applicantId));
    if (code == "already_vouched")
        return tr("You have already vouched for %1.").arg(nameOf(store, applicantId));
    if (code == "no_reason")
        return tr("Write a reason: admins decide with it.");
    if (code == "reason_too_long")
        return tr("The reason is too long; keep it under about %1 characters.").arg(Admission::kMaxReasonBytes);
    return tr("The vouch could not be saved: %1").arg(QString::fromStdString(error.message));
}

QString VouchDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VouchDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void VouchDialog::save()
{
    const auto vouch = m_device.admission().vouch(m_applicantId, m_reason->toPlainText());
    if (!vouch) {
        m_error->setText(refusal(m_store, m_applicantId, vouch.error()));
        m_error->show();
        if (vouch.error().code == "no_reason" || vouch.error().code == "reason_too_long")
            m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace commonroom
