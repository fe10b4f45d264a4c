#pragma once

#include "Prompts.h"

namespace commonroom {

// The program's Prompts: each question in its real dialog — a message box, a file or print
// dialog, or one of Commonroom's own (EventDialog, PersonPickerDialog, WalkInDialog,
// NewGroupDialog) — shown modally over `parent`.
class DialogPrompts final : public Prompts
{
public:
    using Prompts::confirm;
    bool confirm(QWidget *parent, const Question &question) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
        TextPromptDialog::Lines lines = TextPromptDialog::Lines::Several) override;
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter) override;
    bool print(QWidget *parent, QPrinter &printer) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    int run(QDialog &dialog) override;

    std::optional<EventInfo> event(QWidget *parent, Device &device, const EventInfo &event) override;
    QString person(QWidget *parent, Device &device, const QString &eventId) override;
    std::optional<WalkInDetails> walkIn(QWidget *parent, const QString &typedName) override;
    std::optional<NewGroupDialog::Draft> newGroup(QWidget *parent) override;
};

} // namespace commonroom
