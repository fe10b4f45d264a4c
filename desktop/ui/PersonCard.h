#pragma once

#include "common/Value.h"

#include <QWidget>

class QLabel;

namespace commonroom {

// A person as others read them, on a card: the photo (or their initials) first, beside it the
// name, pronouns and role, then each field that has a value, labelled, in the profile's order.
// Read-only. The People page shows the current person on one; the profile editor's preview
// shows on one what an audience would receive. Values are shown as plain text: they come from
// other people.
class PersonCard : public QWidget
{
    Q_OBJECT

public:
    explicit PersonCard(QWidget *parent = nullptr);

    // Shows `row`: a person's fields as this device holds them (those hidden from the user are
    // absent or NULL, and are not mentioned).
    void setPerson(const FieldMap &row);
    // Shows no one, and `note` saying why.
    void showNote(const QString &note);
    // What the card says, a "Label: value" line per field shown (the name, pronouns and role
    // included), for screen readers and tests.
    QString text() const { return m_text; }

private:
    QLabel *m_photo = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_fields = nullptr;
    QString m_text;
};

} // namespace commonroom
