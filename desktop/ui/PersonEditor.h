#pragma once

#include "common/Roles.h"
#include "common/Value.h"

#include <QDialog>
#include <QVariant>

#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace commonroom {

class LocalStore;

// Shows and edits one person: every profile field of the schema, the visibility the owner chose
// for each, and for leaders the status and leadership level.
//
// Only what the user changed is written (LocalStore::updateRow), so a field the user may not see
// (NULL in the local copy) stays untouched on the daemon unless the user types a value into it.
// What the user may change follows the authorization rules: their own profile, or anyone's when
// they are a leader; visibility only on their own profile (or as an admin). Otherwise the
// dialog is read-only.
class PersonEditor : public QDialog
{
    Q_OBJECT

public:
    // `personId` empty: a new person.
    PersonEditor(LocalStore &store, const QString &personId, QWidget *parent = nullptr);

    // The id of the person; for a new person, the id it got when saved.
    QString personId() const { return m_personId; }
    bool isReadOnly() const { return m_readOnly; }
    // The fields a save would write: what the user changed, in LocalStore's terms.
    FieldMap changedFields() const;
    // The error shown in the dialog, if the last save failed.
    QString errorText() const;

public Q_SLOTS:
    // Validates and writes the changes; closes the dialog on success, shows why otherwise.
    void save();

Q_SIGNALS:
    void saved(const QString &personId);

private:
    enum class Kind { Line, Paragraph, Status, Level, Role };

    struct FieldEditor
    {
        std::string name;
        Kind kind = Kind::Line;
        QWidget *input = nullptr;
        QComboBox *visibility = nullptr; // for fields whose owner chooses who sees them
        FieldValue original;
        int originalVisibility = -1;
    };

    void buildForm(const FieldMap &row);
    FieldEditor &addField(const std::string &name, Kind kind, const FieldMap &row, bool hidden);
    FieldValue currentValue(const FieldEditor &field) const;
    QString validate() const;
    void showError(const QString &message);
    QString fieldLabel(const std::string &name) const;

    LocalStore &m_store;
    QString m_personId;
    Role m_viewerRole = Role::Applicant;
    bool m_isNew = false;
    bool m_isOwn = false;
    bool m_readOnly = true;
    bool m_visibilityEditable = false;
    std::vector<FieldEditor> m_fields;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace commonroom
