#pragma once

#include "common/MailChoice.h"

#include <QPointer>
#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace commonroom {

class LocalStore;
class PersonEditor;
class Prompts;

// The Profile dashboard: the signed-in person's own profile, editable, with the "view as"
// preview (PersonEditor, embedded). After Save or Discard changes the form starts afresh from the
// stored profile; sync bringing a newer copy refreshes it too, unless the user is editing.
class ProfileDashboard : public QWidget
{
    Q_OBJECT

public:
    ProfileDashboard(LocalStore &store, Prompts &prompts, QWidget *parent = nullptr);

    // The editor shown now; made when the dashboard is first shown. Null before that.
    PersonEditor *editor() const;
    // Makes the editor afresh from the stored profile (discarding what was typed).
    void reload();

Q_SIGNALS:
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    LocalStore &m_store;
    Prompts &m_prompts;
    QVBoxLayout *m_layout;
    QLabel *m_signedOut;
    // Whether each kind of mail comes (common/MailChoice.h): the group messages' box, then the
    // event reminders'.
    std::vector<std::pair<const mail::Kind *, QCheckBox *>> m_mailBoxes;
    QWidget *m_mailLanguageRow = nullptr; // "Mails in: [language]"
    QComboBox *m_mailLanguage = nullptr;
    QPointer<PersonEditor> m_editor;
};

} // namespace commonroom
