#include "ProfileDashboard.h"

#include "PersonEditor.h"
#include "desktop/core/GroupMail.h"
#include "desktop/core/LocalStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>

#include <QLabel>
#include <QTimer>

#include <QVBoxLayout>
#include <tuple>

namespace commonroom {

ProfileDashboard::ProfileDashboard(LocalStore &store, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_layout(new QVBoxLayout(this))
    , m_signedOut(new QLabel(tr("Sign in to see and edit your profile."), this))
{
    setObjectName(QStringLiteral("profileDashboard"));
    setAccessibleName(tr("Profile"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_signedOut);
    m_signedOut->hide();
    // Whether the groups' messages, the reminders of events and the leaders' messages to lists come
    // by mail too (messages are always here): the person's own choices, saved offline like the profile
    // (docs/groupmail.md).
    for (const auto &[kind, text, name] :
        {std::tuple {&mail::kGroupMessages, tr("Mail me my &groups' messages (you read them here either way)"),
             QStringLiteral("groupMailBox")},
            std::tuple {
                &mail::kEventMail, tr("Mail me &reminders and messages of my events"), QStringLiteral("eventMailBox")},
            std::tuple {&mail::kAnnouncements, tr("Mail me the community's &announcements"),
                QStringLiteral("announcementMailBox")}}) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(name);
        box->hide();
        m_layout->addWidget(box);
        m_mailBoxes.emplace_back(kind, box);
        connect(box, &QCheckBox::toggled, this, [this, box, kind = kind](bool mailed) {
            if (GroupMail(m_store).setMailsMe(mailed, *kind)) {
                Q_EMIT saved();
                return;
            }
            const QSignalBlocker quiet(box);
            box->setChecked(!mailed);
        });
    }
    // The language the server writes reminders and the footers of messages in; the names are
    // each language's own.
    m_mailLanguageRow = new QWidget(this);
    auto *languageRow = new QHBoxLayout(m_mailLanguageRow);
    languageRow->setContentsMargins(0, 0, 0, 0);
    m_mailLanguage = new QComboBox(m_mailLanguageRow);
    m_mailLanguage->setObjectName(QStringLiteral("mailLanguage"));
    for (const auto &[code, name] : {std::pair {"en", "English"}, std::pair {"de", "Deutsch"},
             std::pair {"es", "Español"}, std::pair {"fr", "Français"}, std::pair {"pt_BR", "Português (Brasil)"}})
        m_mailLanguage->addItem(QString::fromUtf8(name), QString::fromLatin1(code));
    auto *languageLabel = new QLabel(tr("Mails from the server &in:"), m_mailLanguageRow);
    languageLabel->setBuddy(m_mailLanguage);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_mailLanguage);
    languageRow->addStretch(1);
    m_mailLanguageRow->hide();
    m_layout->addWidget(m_mailLanguageRow);
    connect(m_mailLanguage, &QComboBox::activated, this, [this] {
        if (GroupMail(m_store).setMailLanguage(m_mailLanguage->currentData().toString())) {
            Q_EMIT saved();
            return;
        }
        const QSignalBlocker quiet(m_mailLanguage);
        m_mailLanguage->setCurrentIndex(m_mailLanguage->findData(GroupMail(m_store).mailLanguage()));
    });
    connect(&m_store, &LocalStore::rowsPulled, this, [this](const QString &table, const QStringList &ids) {
        // A newer copy of my profile from sync; what the user is typing is never thrown away.
        if (table == QLatin1String("person") && m_editor && ids.contains(m_editor->personId())
            && m_editor->changedFields().empty())
            reload();
    });
}

PersonEditor *ProfileDashboard::editor() const
{
    return m_editor;
}

void ProfileDashboard::showEvent(QShowEvent *event)
{
    if (!m_editor)
        reload();
    QWidget::showEvent(event);
}

void ProfileDashboard::reload()
{
    const QString me = m_store.setting(QStringLiteral("person_id"));
    const bool hadFocus = m_editor && m_editor->isAncestorOf(focusWidget());
    if (m_editor) {
        m_editor->hide();
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    const bool member = m_store.principal().role >= Role::Member;
    const bool known = !me.isEmpty() && m_store.row(QStringLiteral("person"), me);
    for (const auto &[kind, box] : m_mailBoxes) {
        box->setVisible(known && member);
        const QSignalBlocker quiet(box);
        box->setChecked(GroupMail(m_store).mailsMe(*kind));
    }
    m_mailLanguageRow->setVisible(known);
    m_mailLanguage->setCurrentIndex(m_mailLanguage->findData(GroupMail(m_store).mailLanguage()));
    if (!known) {
        m_signedOut->show();
        setFocusProxy(nullptr);
        return;
    }
    m_signedOut->hide();
    m_editor = new PersonEditor(m_store, m_prompts, me, this);
    m_editor->setEmbedded();
    m_layout->addWidget(m_editor, 1);
    m_editor->show();
    setFocusProxy(m_editor);
    connect(m_editor, &PersonEditor::saved, this, &ProfileDashboard::saved);
    // Save and Discard close the form; start again from what is stored (after the dialog's own
    // handling of the button is over).
    connect(m_editor, &QDialog::finished, this, [this] { QTimer::singleShot(0, this, &ProfileDashboard::reload); });
    if (hadFocus)
        m_editor->setFocus();
}

} // namespace commonroom
