#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace commonroom {

// Asks for what a new group needs: name, kind (open, reviewed, closed), description and terms.
// It only collects them; the groups window creates the group (Groups::create) and shows any error.
class NewGroupDialog : public QDialog
{
    Q_OBJECT

public:
    struct Draft
    {
        QString name;
        QString kind; // "open", "reviewed" or "closed"
        QString description;
        QString terms;
    };

    explicit NewGroupDialog(QWidget *parent = nullptr);

    Draft draft() const;

private:
    void updateOk();

    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_terms;
    QDialogButtonBox *m_buttons;
};

} // namespace commonroom
