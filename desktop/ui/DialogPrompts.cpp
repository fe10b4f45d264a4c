#include "DialogPrompts.h"

#include "EventDialog.h"
#include "PersonPickerDialog.h"
#include "WalkInDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace commonroom {

bool DialogPrompts::confirm(QWidget *parent, const Question &question)
{
    const QMessageBox::Icon icon
        = question.tone == Question::Tone::Question ? QMessageBox::Question : QMessageBox::Warning;
    QMessageBox box(icon, question.title, question.text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse); // a fingerprint to compare, a path to copy
    if (!question.details.isEmpty())
        box.setInformativeText(question.details);
    QPushButton *yes = question.yes.isEmpty()
        ? box.addButton(QMessageBox::Yes)
        : box.addButton(question.yes,
            question.tone == Question::Tone::Destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *no = question.no.isEmpty() ? box.addButton(QMessageBox::Cancel)
                                            : box.addButton(question.no, QMessageBox::RejectRole);
    box.setDefaultButton(question.yesByDefault ? yes : no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> DialogPrompts::text(
    QWidget *parent, const QString &title, const QString &label, TextPromptDialog::Lines lines)
{
    TextPromptDialog dialog(title, label, lines, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

QString DialogPrompts::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogPrompts::saveFile(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

bool DialogPrompts::print(QWidget *parent, QPrinter &printer)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(printer.docName());
    return dialog.exec() == QDialog::Accepted;
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

int DialogPrompts::run(QDialog &dialog)
{
    return dialog.exec();
}

std::optional<EventInfo> DialogPrompts::event(QWidget *parent, Device &device, const EventInfo &event)
{
    EventDialog dialog(device, event, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.event();
}

QString DialogPrompts::person(QWidget *parent, Device &device, const QString &eventId)
{
    PersonPickerDialog dialog(device, eventId, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.personId() : QString();
}

std::optional<WalkInDetails> DialogPrompts::walkIn(QWidget *parent, const QString &typedName)
{
    WalkInDialog dialog(parent);
    dialog.setDisplayName(typedName);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.details();
}

std::optional<NewGroupDialog::Draft> DialogPrompts::newGroup(QWidget *parent)
{
    NewGroupDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.draft();
}

} // namespace commonroom
