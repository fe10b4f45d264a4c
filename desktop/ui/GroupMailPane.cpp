#include "GroupMailPane.h"

#include "Prompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/GroupMail.h"
#include "desktop/core/LocalStore.h"

#include "common/GroupMail.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace commonroom {

WriteMessageDialog::WriteMessageDialog(const QString &groupName, int members, QWidget *parent)
    : QDialog(parent)
{
    build(tr("Write to %1").arg(groupName), tr("It goes to the group's %n other active member(s).", nullptr, members),
        tr("Everyone in the group reads it in Commonroom. The server mails it, when it receives it, to the members "
           "who agreed to be mailed; their addresses stay with the server."));
}

WriteMessageDialog::WriteMessageDialog(const QString &eventTitle, const QList<Audience> &audiences, QWidget *parent)
    : QDialog(parent)
    , m_audiences(audiences)
{
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("messageAudienceChoice"));
    for (const Audience &audience : audiences)
        m_audience->addItem(audience.label, audience.key);
    build(tr("Write to the registrants of %1").arg(eventTitle), QString(),
        tr("Everyone registered for the event reads it in Commonroom. The server mails it, when it receives it, to "
           "the people of the audience who agreed to be mailed; their addresses stay with the server."));
    connect(m_audience, &QComboBox::currentIndexChanged, this, &WriteMessageDialog::updateSend);
    updateSend();
}

WriteMessageDialog::WriteMessageDialog(const ToList &list, QWidget *parent)
    : QDialog(parent)
{
    build(tr("Write to the people of %1").arg(list.listName),
        tr("It goes to the %n people the list selects now, you excepted.", nullptr, list.people),
        tr("They read it in Commonroom without learning who else it went to, or by which list. The server mails "
           "it, when it receives it, to those who agreed to the community's announcements; their addresses stay "
           "with the server."));
}

void WriteMessageDialog::build(const QString &title, const QString &reach, const QString &note)
{
    setObjectName(QStringLiteral("writeMessageDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (m_audience)
        form->addRow(tr("T&o:"), m_audience);
    m_reach = new QLabel(reach, this);
    m_reach->setObjectName(QStringLiteral("messageAudience"));
    m_reach->setWordWrap(true);
    layout->addWidget(m_reach);
    auto *explanation = new QLabel(note, this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("messageSubject"));
    m_subject->setMaxLength(200);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Text"));
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    layout->addLayout(form, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        if (m_send->isEnabled())
            accept();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &WriteMessageDialog::updateSend);
    connect(m_body, &QPlainTextEdit::textChanged, this, &WriteMessageDialog::updateSend);
    updateSend();
    resize(560, 420);
}

QString WriteMessageDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString WriteMessageDialog::body() const
{
    return m_body->toPlainText();
}

void WriteMessageDialog::setMessage(const QString &subject, const QString &body)
{
    m_subject->setText(subject);
    m_body->setPlainText(body);
}

QString WriteMessageDialog::audience() const
{
    return m_audience ? m_audience->currentData().toString() : QString();
}

void WriteMessageDialog::updateSend()
{
    QString whyNot;
    if (m_audience && m_audience->currentIndex() >= 0) {
        const Audience &chosen = m_audiences.at(m_audience->currentIndex());
        whyNot = chosen.whyNot;
        m_reach->setText(
            whyNot.isEmpty() ? tr("It goes to %n other person(s) of this audience.", nullptr, chosen.people) : whyNot);
    }
    m_send->setEnabled(whyNot.isEmpty() && !subject().isEmpty() && !body().trimmed().isEmpty());
}

GroupMailPane::GroupMailPane(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("groupMailPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages = new QTreeWidget(this);
    m_messages->setObjectName(QStringLiteral("groupMessagesView"));
    m_messages->setAccessibleName(tr("Messages to the group"));
    m_messages->setRootIsDecorated(false);
    m_messages->setHeaderLabels({tr("Written"), tr("From"), tr("To"), tr("Subject"), tr("Sent")});
    m_messages->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_messages->setColumnHidden(2, true); // the audience of an event's messages
    layout->addWidget(m_messages, 1);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("groupMessageText"));
    m_text->setAccessibleName(tr("Text of the message"));
    m_text->setOpenLinks(false);
    layout->addWidget(m_text, 1);
    auto *row = new QHBoxLayout;
    m_write = new QPushButton(tr("Write to the group…"), this);
    m_write->setObjectName(QStringLiteral("writeMessageButton"));
    row->addWidget(m_write);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("writeReason"));
    m_reason->setWordWrap(true);
    row->addWidget(m_reason, 1);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("groupMailStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(m_write, &QPushButton::clicked, this, &GroupMailPane::write);
    connect(m_messages, &QTreeWidget::currentItemChanged, this, &GroupMailPane::showSelected);
    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group_message") || table == QLatin1String("membership")
            || table == QLatin1String("event_message") || table == QLatin1String("registration")
            || table == QLatin1String("event"))
            reload();
    });
}

void GroupMailPane::setGroup(const QString &groupId)
{
    if (groupId != m_groupId)
        m_status->clear();
    m_groupId = groupId;
    m_eventId.clear();
    m_messages->setAccessibleName(tr("Messages to the group"));
    m_write->setText(tr("Write to the group…"));
    m_messages->setColumnHidden(2, true);
    reload();
}

void GroupMailPane::setEvent(const QString &eventId)
{
    if (eventId != m_eventId)
        m_status->clear();
    m_eventId = eventId;
    m_groupId.clear();
    m_messages->setAccessibleName(tr("Messages to the event's registrants"));
    m_write->setText(tr("Write to registrants…"));
    m_messages->setColumnHidden(2, false);
    reload();
}

QString GroupMailPane::whyNotWrite() const
{
    GroupMail &mail = m_device.groupMail();
    if (!m_eventId.isEmpty())
        return mail.whyNotWriteToEvent(m_eventId);
    return m_groupId.isEmpty() ? QString() : mail.whyNotWrite(m_groupId);
}

QString GroupMailPane::audienceLabel(const QString &key)
{
    if (key == QLatin1String(groupmail::kWaitlisted.data()))
        return tr("Waiting for a seat");
    if (key == QLatin1String(groupmail::kNoShows.data()))
        return tr("Had a seat, did not come");
    return tr("Registered, with a seat");
}

QString GroupMailPane::messageText() const
{
    return m_text->toPlainText();
}

QString GroupMailPane::statusText() const
{
    return m_status->text();
}

void GroupMailPane::reload()
{
    const QString current
        = m_messages->currentItem() ? m_messages->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_messages->clear();
    GroupMail &mail = m_device.groupMail();
    const bool shown = !m_groupId.isEmpty() || !m_eventId.isEmpty();
    const QString reason = whyNotWrite();
    m_write->setEnabled(shown && reason.isEmpty());
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    if (!shown) {
        m_text->clear();
        return;
    }
    const auto read = m_eventId.isEmpty() ? mail.messages(m_groupId) : mail.eventMessages(m_eventId);
    if (!read) {
        m_status->setText(QString::fromStdString(read.error().message));
        return;
    }
    const QLocale locale;
    for (const GroupMessage &message : *read) {
        QString whyNotMailed;
        const QString sent = deliveryOf(message, &whyNotMailed);
        auto *item = new QTreeWidgetItem(m_messages,
            {locale.toString(message.writtenAt.toLocalTime(), QLocale::ShortFormat),
                message.authorName.isEmpty() ? tr("(name not shared)") : message.authorName,
                message.eventId.isEmpty() ? QString() : audienceLabel(message.audience), message.subject, sent});
        item->setData(0, Qt::UserRole, message.id);
        item->setData(1, Qt::UserRole, message.body);
        item->setToolTip(4, whyNotMailed);
        if (message.id == current)
            m_messages->setCurrentItem(item);
    }
    if (!m_messages->currentItem() && m_messages->topLevelItemCount() > 0)
        m_messages->setCurrentItem(m_messages->topLevelItem(0));
    if (m_messages->topLevelItemCount() == 0)
        m_text->setPlainText(tr("No messages yet."));
}

QString GroupMailPane::deliveryOf(const GroupMessage &message, QString *whyNotMailed)
{
    // Mailed once every mail was taken by the mail server or given up; until then, how far it is
    // (as of the last sync).
    const QLocale locale;
    QString sent;
    if (!message.sentAt.isValid())
        sent = tr("Waiting to be sent (next sync)");
    else if (message.delivered + message.undelivered < message.recipients)
        sent = tr("Mailing: %1 of %n", nullptr, message.recipients).arg(locale.toString(message.delivered));
    else
        sent = tr("Mailed to %n", nullptr, message.delivered)
            + (message.undelivered > 0
                    ? QStringLiteral(" · ") + tr("%n could not be delivered", nullptr, message.undelivered)
                    : QString());
    // Why people were left out, as counts: the writer never learns who.
    QStringList reasons;
    if (message.sentAt.isValid() && message.notMailed > 0) {
        sent += QStringLiteral(" · ") + tr("%n not mailed", nullptr, message.notMailed);
        if (const int refused = message.notMailed - message.noAddress; refused > 0)
            reasons << tr("%n did not agree to be mailed", nullptr, refused);
        if (message.noAddress > 0)
            reasons << tr("%n agreed but have no address", nullptr, message.noAddress);
    }
    if (whyNotMailed)
        *whyNotMailed = reasons.isEmpty()
            ? QString()
            : tr("Not mailed: %1. They read it here.").arg(reasons.join(QStringLiteral("; ")));
    return sent;
}

ReadMessageDialog::ReadMessageDialog(const GroupMessage &message, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("readMessageDialog"));
    setWindowTitle(message.subject);
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    //: Above a message: who wrote it and when.
    auto *about = new QLabel(
        tr("From %1, %2")
            .arg(message.authorName.isEmpty() ? tr("someone who does not share their name") : message.authorName,
                locale.toString(message.writtenAt.toLocalTime(), QLocale::LongFormat)),
        this);
    about->setObjectName(QStringLiteral("messageAbout"));
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    layout->addWidget(about);
    // The writer and admins know the list and how the mailing went.
    if (!message.addresseeName.isEmpty()) {
        QString whyNotMailed;
        auto *sent = new QLabel(
            tr("To the list %1 · %2").arg(message.addresseeName, GroupMailPane::deliveryOf(message, &whyNotMailed)),
            this);
        sent->setObjectName(QStringLiteral("messageDelivery"));
        sent->setTextFormat(Qt::PlainText);
        sent->setWordWrap(true);
        sent->setToolTip(whyNotMailed);
        layout->addWidget(sent);
    }
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("messageText"));
    text->setAccessibleName(tr("Text"));
    text->setPlainText(message.body);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

bool GroupMailPane::selectMessage(const QString &messageId)
{
    for (int row = 0; row < m_messages->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_messages->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == messageId) {
            m_messages->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void GroupMailPane::showSelected()
{
    const QTreeWidgetItem *item = m_messages->currentItem();
    if (item)
        m_text->setPlainText(item->data(1, Qt::UserRole).toString());
}

void GroupMailPane::write()
{
    if (!m_write->isEnabled() || (m_groupId.isEmpty() && m_eventId.isEmpty()))
        return;
    GroupMail &mail = m_device.groupMail();
    std::optional<WriteMessageDialog> dialog;
    if (!m_eventId.isEmpty()) {
        QList<WriteMessageDialog::Audience> audiences;
        for (const std::string_view key : groupmail::kAudiences) {
            const QString audience = QString::fromUtf8(key.data(), qsizetype(key.size()));
            audiences.append({audience, audienceLabel(audience), mail.eventAudience(m_eventId, audience),
                mail.whyNotWriteToEvent(m_eventId, audience)});
        }
        const auto event = m_device.store().row(QStringLiteral("event"), m_eventId);
        dialog.emplace(event ? QString::fromStdString(textOf(*event, "title")) : QString(), audiences, this);
    } else {
        const auto group = m_device.store().row(QStringLiteral("group"), m_groupId);
        dialog.emplace(group ? QString::fromStdString(textOf(*group, "name")) : QString(),
            mail.otherActiveMembers(m_groupId), this);
    }
    if (m_prompts.run(*dialog) != QDialog::Accepted)
        return;
    const auto saved = m_eventId.isEmpty()
        ? mail.write(m_groupId, dialog->subject(), dialog->body())
        : mail.writeToEvent(m_eventId, dialog->audience(), dialog->subject(), dialog->body());
    if (!saved) {
        m_status->setText(tr("The message was not saved: %1").arg(QString::fromStdString(saved.error().message)));
        return;
    }
    const QString done = tr("Message “%1” saved; it is sent at the next sync.").arg(dialog->subject());
    m_status->setText(done);
    Q_EMIT written(done);
}

} // namespace commonroom
