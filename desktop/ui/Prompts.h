#pragma once

#include "NewGroupDialog.h"
#include "TextPromptDialog.h"

#include "desktop/core/Events.h"

#include <QString>

#include <optional>

class QDialog;
class QPrinter;
class QWidget;

namespace commonroom {

class Device;

// Every question a window asks the user in a modal dialog, asked through one object the window
// is given when it is made (the main window hands its own to the windows it opens).
//
// The program uses DialogPrompts, which shows the real dialogs; tests give a scripted one that
// records what was asked and answers as prepared, so no dialog ever blocks a test. A window never
// opens a modal dialog of its own, except through run().
class Prompts
{
public:
    // A yes/no question. The texts are plain text: names in them come from other people.
    struct Question
    {
        enum class Tone {
            Question,
            Warning, // what follows cannot easily be undone
            Destructive, // what follows throws something away
        };

        QString title;
        QString text;
        QString details; // more to read before answering, below the question
        QString yes; // the button that agrees; empty: Yes
        QString no; // the button that declines; empty: Cancel
        Tone tone = Tone::Question;
        bool yesByDefault = false; // Enter agrees: only where agreeing is the safe choice
    };

    Prompts() = default;
    Prompts(const Prompts &) = delete;
    Prompts &operator=(const Prompts &) = delete;
    virtual ~Prompts() = default;

    // True when the user agrees.
    virtual bool confirm(QWidget *parent, const Question &question) = 0;
    // A plain question: Yes or Cancel, Cancel by default.
    bool confirm(QWidget *parent, const QString &title, const QString &text)
    {
        Question question;
        question.title = title;
        question.text = text;
        return confirm(parent, question);
    }
    // A few lines of text (a reason, a message), or one line (a name, never empty); nullopt when
    // cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
        TextPromptDialog::Lines lines = TextPromptDialog::Lines::Several)
        = 0;
    // A file to read; empty when cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Where to save a file, starting from `suggestedPath`; empty when cancelled.
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
        = 0;
    // Sets up `printer` (named by its document name); true to print.
    virtual bool print(QWidget *parent, QPrinter &printer) = 0;
    // Tells the user something they should read before going on.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Runs a dialog that does its own work (vouching, applying, reviewing duplicates) and returns
    // its result (QDialog::Accepted or Rejected).
    virtual int run(QDialog &dialog) = 0;

    // What a new or edited event should be, starting from `event`; nullopt when cancelled.
    virtual std::optional<EventInfo> event(QWidget *parent, Device &device, const EventInfo &event) = 0;
    // A person of the directory to register for `eventId` (anyone, with no event); empty when
    // cancelled.
    virtual QString person(QWidget *parent, Device &device, const QString &eventId) = 0;
    // Who the walk-in at the door is, starting from the name typed; nullopt when cancelled.
    virtual std::optional<WalkInDetails> walkIn(QWidget *parent, const QString &typedName) = 0;
    // What a new group should be; nullopt when cancelled.
    virtual std::optional<NewGroupDialog::Draft> newGroup(QWidget *parent) = 0;
};

} // namespace commonroom
