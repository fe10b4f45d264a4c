#include "VouchDialog.h"

#include "desktop/core/LocalStore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace commonroom {

namespace {

// The daemon's limit for a vouch's reason (common/Schema.cpp), in UTF-8 bytes.
constexpr int kMaxReasonBytes = 1000;

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

VouchDialog::VouchDialog(LocalStore &store, const QString &applicantId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_applicantId(applicantId)
{
    const QString name = nameOf(store, applicantId);
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
    if (!canVouch(store, applicantId, &why)) {
        m_error->setText(why);
        m_error->show();
        m_reason->setEnabled(false);
        vouch->setEnabled(false);
    }
    m_reason->setFocus();
    resize(440, 300);
}

bool VouchDialog::canVouch(const LocalStore &store, const QString &applicantId, QString *why)
{
    const auto refuse = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    const Principal me = store.principal();
    if (me.personId.empty() || me.role == Role::Applicant)
        return refuse(tr("Only members can vouch. Once your own application is approved, you can vouch for others."));
    if (QString::fromStdString(me.personId) == applicantId)
        return refuse(tr("You cannot vouch for yourself."));
    const auto applicant = store.row(QStringLiteral("person"), applicantId);
    if (!applicant)
        return refuse(tr("This person is not on this computer. Sync, then try again."));
    const auto role = applicant->find("role");
    if (role == applicant->end() || toDisplayString(role->second) != "applicant")
        return refuse(tr("%1 is already a member.").arg(nameOf(store, applicantId)));
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM vouch WHERE applicant_id = ? AND voucher_id = ? LIMIT 1"));
    query.addBindValue(applicantId);
    query.addBindValue(QString::fromStdString(me.personId));
    if (query.exec() && query.next())
        return refuse(tr("You have already vouched for %1.").arg(nameOf(store, applicantId)));
    return true;
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
    QString why;
    if (!canVouch(m_store, m_applicantId, &why)) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Write a reason: admins decide with it."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    if (reason.toUtf8().size() > kMaxReasonBytes) {
        m_error->setText(tr("The reason is too long; keep it under about %1 characters.").arg(kMaxReasonBytes));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    const FieldMap fields {
        {"applicant_id", m_applicantId.toStdString()},
        {"voucher_id", m_store.principal().personId},
        {"reason", reason.toStdString()},
        {"created_at", m_store.now().toString(Qt::ISODate).toStdString()},
    };
    if (auto created = m_store.createRow(QStringLiteral("vouch"), fields); !created) {
        m_error->setText(tr("The vouch could not be saved: %1").arg(QString::fromStdString(created.error().message)));
        m_error->show();
        return;
    }
    accept();
}

} // namespace commonroom
