#include "ApplicationStatusWidget.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"

#include <QLabel>
#include <QVBoxLayout>

namespace commonroom {

ApplicationStatusWidget::ApplicationStatusWidget(Device &device, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
{
    setObjectName(QStringLiteral("applicationStatus"));
    setAccessibleName(tr("Your application"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("State of your application"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    m_vouches = new QLabel(this);
    m_vouches->setObjectName(QStringLiteral("vouchesLabel"));
    m_vouches->setAccessibleName(tr("Vouches you received"));
    m_vouches->setWordWrap(true);
    m_vouches->setTextFormat(Qt::PlainText);
    m_vouches->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_vouches);
    layout->addStretch(1);

    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("person") || table == QLatin1String("vouch"))
            reload();
    });
    reload();
}

QString ApplicationStatusWidget::statusText() const
{
    return m_status->text();
}

QString ApplicationStatusWidget::vouchesText() const
{
    return m_vouches->isHidden() ? QString() : m_vouches->text();
}

void ApplicationStatusWidget::reload()
{
    const QString me = QString::fromStdString(m_store.principal().personId);
    const auto row = m_store.row(QStringLiteral("person"), me);
    const auto text = [&row](const char *field) {
        if (!row)
            return QString();
        const auto found = row->find(field);
        return found == row->end() ? QString() : QString::fromStdString(toDisplayString(found->second));
    };
    const QString role = text("role");
    const QString state = text("admission_state");
    const QString message = text("admission_message");
    const bool approved = state == QLatin1String("approved") || role == QLatin1String("member")
        || role == QLatin1String("leader") || role == QLatin1String("admin");
    if (!row) {
        m_status->setText(tr("Your application is sent. Sync to see what the community decides."));
    } else if (approved) {
        m_status->setText(tr("Welcome: your application was approved."));
    } else if (state == QLatin1String("rejected")) {
        m_status->setText(tr("Your application was not accepted. The reason given: %1")
                              .arg(message.isEmpty() ? tr("(none)") : message));
    } else if (state == QLatin1String("needs_info")) {
        m_status->setText(tr("An admin asks: %1\n\nAnswer by adding it to your profile (About you); they will see it "
                             "at their next sync.")
                              .arg(message));
    } else {
        m_status->setText(tr("Your application is waiting for an admin, or for members who know you to vouch for "
                             "you. Until then you see what the community shows the public."));
    }

    QStringList vouches;
    for (const auto &vouch : m_device.admission().vouchesFor(me))
        vouches << tr("%1: %2").arg(vouch.voucherName.isEmpty() ? tr("A member") : vouch.voucherName, vouch.reason);
    // Vouches matter while the application waits; once decided they are history.
    m_vouches->setVisible(!approved && state != QLatin1String("rejected"));
    m_vouches->setText(vouches.isEmpty() ? tr("Nobody has vouched for you yet.")
                                         : tr("Vouched for you:\n%1").arg(vouches.join(u'\n')));
}

} // namespace commonroom
