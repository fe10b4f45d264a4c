#include "LeadershipPane.h"

#include "PersonPageLists.h"
#include "Prompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/Ladder.h"
#include "desktop/core/TimeText.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace commonroom {

LeadershipPane::LeadershipPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("leadershipPane"));
    Ladder &ladder = m_device.ladder();
    auto *layout = new QVBoxLayout(this);

    m_leadershipBox = new QGroupBox(tr("Leadership"), this);
    m_leadershipBox->setObjectName(QStringLiteral("leadershipBox"));
    auto *leadership = new QVBoxLayout(m_leadershipBox);
    m_currentLevel = new QLabel(m_leadershipBox);
    m_currentLevel->setObjectName(QStringLiteral("currentLevel"));
    m_currentLevel->setTextFormat(Qt::PlainText);
    m_currentLevel->setAccessibleName(tr("Current level"));
    leadership->addWidget(m_currentLevel);
    m_history = new QStandardItemModel(this);
    leadership->addWidget(personpage::readOnlyList(m_history, tr("Assessments, newest first"), m_leadershipBox));
    m_assess = new QPushButton(tr("&Assess…"), m_leadershipBox);
    m_assess->setObjectName(QStringLiteral("assess"));
    m_assess->setAccessibleName(tr("Assess this person on the leadership ladder"));
    connect(m_assess, &QPushButton::clicked, this, &LeadershipPane::assess);
    leadership->addWidget(m_assess, 0, Qt::AlignLeft);
    layout->addWidget(m_leadershipBox);

    m_notesBox = new QGroupBox(tr("Leader notes"), this);
    m_notesBox->setObjectName(QStringLiteral("notesBox"));
    auto *notes = new QVBoxLayout(m_notesBox);
    m_notes = new QStandardItemModel(this);
    notes->addWidget(personpage::readOnlyList(m_notes, tr("Leader notes, newest first"), m_notesBox));
    m_addNote = new QPushButton(tr("Add &note…"), m_notesBox);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setAccessibleName(tr("Add a leader note about this person"));
    connect(m_addNote, &QPushButton::clicked, this, &LeadershipPane::addNote);
    notes->addWidget(m_addNote, 0, Qt::AlignLeft);
    layout->addWidget(m_notesBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ladderError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    // Kept apart from m_error: a reload (after a sync) must not wipe the answer to an action.
    m_readError = new QLabel(this);
    m_readError->setObjectName(QStringLiteral("ladderReadError"));
    m_readError->setTextFormat(Qt::PlainText);
    m_readError->setWordWrap(true);
    m_readError->hide();
    layout->addWidget(m_readError);
    layout->addStretch();

    // The rule table decides what shows: hidden parts are never filled.
    m_leadershipBox->setVisible(ladder.maySeeAssessments());
    m_assess->setVisible(ladder.mayAssess());
    m_notesBox->setVisible(ladder.maySeeNotesAbout(m_personId));
    m_addNote->setVisible(ladder.mayWriteNoteAbout(m_personId));

    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("assessment") || table == QLatin1String("leader_note"))
            reload();
    });
    reload();
}

bool LeadershipPane::hasAnythingFor(Device &device, const QString &personId)
{
    return !personId.isEmpty() && (device.ladder().maySeeAssessments() || device.ladder().maySeeNotesAbout(personId));
}

QString LeadershipPane::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString LeadershipPane::readErrorText() const
{
    return m_readError->isHidden() ? QString() : m_readError->text();
}

void LeadershipPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LeadershipPane::reload()
{
    Ladder &ladder = m_device.ladder();
    const QLocale locale;
    QStringList unreadable;
    m_history->clear();
    if (!m_leadershipBox->isHidden()) {
        const auto history = ladder.history(m_personId);
        if (!history) {
            m_currentLevel->setText(tr("The current level is unknown: the assessments could not be read."));
            unreadable << QString::fromStdString(history.error().message);
        } else if (history->empty()) {
            m_currentLevel->setText(tr("Not assessed yet."));
        } else {
            const int level = history->front().level;
            m_currentLevel->setText(tr("Current level: %1 (%2)").arg(level).arg(m_device.terms().levelName(level)));
        }
        const std::vector<Assessment> none;
        for (const auto &assessment : history ? *history : none) {
            QString line = tr("%1 — %2 (%3), by %4")
                               .arg(shortDateTime(assessment.assessedAt.toLocalTime(), locale))
                               .arg(assessment.level)
                               .arg(m_device.terms().levelName(assessment.level))
                               .arg(personpage::nameOrId(assessment.assessedByName, assessment.assessedBy));
            if (!assessment.note.isEmpty())
                line += QLatin1Char('\n') + assessment.note;
            m_history->appendRow(new QStandardItem(line));
        }
    }
    m_notes->clear();
    if (!m_notesBox->isHidden()) {
        const auto notes = ladder.notes(m_personId);
        if (!notes)
            unreadable << QString::fromStdString(notes.error().message);
        const std::vector<LeaderNote> none;
        for (const auto &note : notes ? *notes : none) {
            m_notes->appendRow(new QStandardItem(tr("%1 — %2:\n%3")
                                                     .arg(shortDateTime(note.writtenAt.toLocalTime(), locale))
                                                     .arg(personpage::nameOrId(note.authorName, note.authorId))
                                                     .arg(note.text)));
        }
    }
    m_readError->setText(unreadable.join(QLatin1Char('\n')));
    m_readError->setVisible(!unreadable.isEmpty());
}

void LeadershipPane::assess()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("assessDialog"));
    dialog.setWindowTitle(tr("Assess"));
    auto *form = new QFormLayout(&dialog);
    auto *level = new QComboBox(&dialog);
    level->setObjectName(QStringLiteral("level"));
    for (int step = Ladder::lowestLevel(); step <= Ladder::highestLevel(); ++step)
        level->addItem(tr("%1 — %2").arg(step).arg(m_device.terms().levelName(step)), step);
    // Starts at the current level; where it cannot be read, at the first (the pane says why).
    if (const auto current = m_device.ladder().current(m_personId); current && current->has_value())
        level->setCurrentIndex(level->findData((*current)->level));
    auto *levelLabel = new QLabel(tr("&Level:"), &dialog);
    levelLabel->setBuddy(level);
    form->addRow(levelLabel, level);
    auto *note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("note"));
    note->setTabChangesFocus(true);
    note->setAccessibleName(tr("Note"));
    auto *noteLabel = new QLabel(tr("N&ote:"), &dialog);
    noteLabel->setBuddy(note);
    form->addRow(noteLabel, note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assess"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (m_prompts.run(dialog) != QDialog::Accepted)
        return;
    const auto saved = m_device.ladder().assess(m_personId, level->currentData().toInt(), note->toPlainText());
    showError(saved ? QString() : QString::fromStdString(saved.error().message));
}

void LeadershipPane::addNote()
{
    const auto text
        = m_prompts.text(this, tr("Add a leader note"), tr("A note for the other leaders; the person never sees it:"));
    if (!text)
        return;
    const auto saved = m_device.ladder().addNote(m_personId, *text);
    showError(saved ? QString() : QString::fromStdString(saved.error().message));
}

} // namespace commonroom
