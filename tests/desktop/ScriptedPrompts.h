#pragma once

// The tests' Prompts: no dialog is ever shown. Every question is recorded, in order, and answered
// with what the test prepared; a question the test did not prepare for is answered "no" or
// "cancelled", so it cannot block the test.

#include "desktop/ui/Prompts.h"

#include <QDialog>
#include <QFileInfo>
#include <QPrinter>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace commonroom::testing {

class ScriptedPrompts final : public Prompts
{
public:
    // What was asked, one line per question: "confirm:<title>", "text:<title>", "open:<title>",
    // "save:<file name suggested>", "print:<document>", "inform:<title>", "dialog:<object name>",
    // "event:<title, or new>", "person:<event id>", "walkIn:<name typed>" or "newGroup".
    QStringList asked;
    // The yes/no questions and the notices, whole.
    std::vector<Question> questions;
    QStringList told;

    // The answers.
    bool agree = false;
    // Answers a yes/no question instead of `agree`, when set.
    std::function<bool(const Question &)> decide;
    std::optional<QString> textAnswer;
    QString openPath;
    QString savePath;
    // Prints into this PDF file (as a print-to-file printer does); empty: printing is cancelled.
    QString printPath;
    std::optional<EventInfo> eventAnswer;
    std::vector<TextPromptDialog::Lines> textLines; // of each text() asked, in order
    QString personAnswer;
    std::optional<WalkInDetails> walkInAnswer;
    std::optional<NewGroupDialog::Draft> newGroupAnswer;
    // Fills in and submits a dialog the window runs, returning its result; unset: rejected.
    std::function<int(QDialog &)> fillDialog;

    // Forgets what was asked (the answers stay).
    void clearAsked()
    {
        asked.clear();
        questions.clear();
        told.clear();
    }

    using Prompts::confirm;
    bool confirm(QWidget *, const Question &question) override
    {
        asked << QStringLiteral("confirm:%1").arg(question.title);
        questions.push_back(question);
        return decide ? decide(question) : agree;
    }

    std::optional<QString> text(QWidget *, const QString &title, const QString &,
        TextPromptDialog::Lines lines = TextPromptDialog::Lines::Several) override
    {
        asked << QStringLiteral("text:%1").arg(title);
        textLines.push_back(lines);
        return textAnswer;
    }

    QString openFile(QWidget *, const QString &title, const QString &) override
    {
        asked << QStringLiteral("open:%1").arg(title);
        return openPath;
    }

    QString saveFile(QWidget *, const QString &, const QString &suggestedPath, const QString &) override
    {
        asked << QStringLiteral("save:%1").arg(QFileInfo(suggestedPath).fileName());
        return savePath;
    }

    bool print(QWidget *, QPrinter &printer) override
    {
        asked << QStringLiteral("print:%1").arg(printer.docName());
        if (printPath.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printPath);
        return true;
    }

    void inform(QWidget *, const QString &title, const QString &text) override
    {
        asked << QStringLiteral("inform:%1").arg(title);
        told << text;
    }

    int run(QDialog &dialog) override
    {
        asked << QStringLiteral("dialog:%1").arg(dialog.objectName());
        return fillDialog ? fillDialog(dialog) : int(QDialog::Rejected);
    }

    std::optional<EventInfo> event(QWidget *, Device &, const EventInfo &event) override
    {
        asked << QStringLiteral("event:%1").arg(event.id.isEmpty() ? QStringLiteral("new") : event.title);
        return eventAnswer;
    }

    QString person(QWidget *, Device &, const QString &eventId) override
    {
        asked << QStringLiteral("person:%1").arg(eventId);
        return personAnswer;
    }

    std::optional<WalkInDetails> walkIn(QWidget *, const QString &typedName) override
    {
        asked << QStringLiteral("walkIn:%1").arg(typedName);
        return walkInAnswer;
    }

    std::optional<NewGroupDialog::Draft> newGroup(QWidget *) override
    {
        asked << QStringLiteral("newGroup");
        return newGroupAnswer;
    }
};

} // namespace commonroom::testing
