#pragma once

#include <QWidget>

class QDialog;
class QGroupBox;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace commonroom {

class Device;
class Prompts;

// The person page's "Leadership" and "Leader notes" (docs/organizing.md): the person's current
// level on the ladder by its community name, their assessments newest first with "Assess…", and
// the leader notes about them with "Add note…". Each part is shown only to the roles the rule
// table lets see it (Ladder::maySeeAssessments, maySeeNotesAbout), and each action only to who may
// take it; a member or an applicant sees neither. Everything is written offline through the
// device's Ladder and reloads when the rows change, by a local edit or a sync.
class LeadershipPane : public QWidget
{
    Q_OBJECT

public:
    LeadershipPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent = nullptr);

    // Whether the signed-in user may see anything here: the person page adds the pane only then.
    static bool hasAnythingFor(Device &device, const QString &personId);

    QLabel *currentLevel() const { return m_currentLevel; }
    QStandardItemModel *history() const { return m_history; }
    QStandardItemModel *notes() const { return m_notes; }
    QGroupBox *leadershipBox() const { return m_leadershipBox; }
    QGroupBox *notesBox() const { return m_notesBox; }
    QPushButton *assessButton() const { return m_assess; }
    QPushButton *addNoteButton() const { return m_addNote; }
    // Why the last action failed; empty when it did not.
    QString errorText() const;
    // Why the assessments or the notes could not be read at the last reload; empty when they were.
    QString readErrorText() const;

public Q_SLOTS:
    // Asks for a level and a note (the dialog "assessDialog") and records the assessment.
    void assess();
    // Asks for the text of a note and records it.
    void addNote();
    void reload();

private:
    void showError(const QString &message);

    Device &m_device;
    Prompts &m_prompts;
    const QString m_personId;
    QGroupBox *m_leadershipBox = nullptr;
    QGroupBox *m_notesBox = nullptr;
    QLabel *m_currentLevel = nullptr;
    QStandardItemModel *m_history = nullptr;
    QStandardItemModel *m_notes = nullptr;
    QPushButton *m_assess = nullptr;
    QPushButton *m_addNote = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_readError = nullptr;
};

} // namespace commonroom
