#pragma once

#include "common/Roles.h"
#include "common/Schema.h"
#include "common/Value.h"

#include <QDialog>
#include <QVariant>

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QWidget;

namespace commonroom {

class PersonCard;

class LocalStore;
class Prompts;

// Shows and edits one person: every profile field of the schema, the visibility the owner chose
// for each, and for leaders the status and leadership level.
//
// Only what the user changed is written (LocalStore::updateRow), so a field the user may not see
// (NULL in the local copy) stays untouched on the daemon unless the user types a value into it.
// What the user may change follows the authorization rules: their own profile, or anyone's when
// they are a leader; visibility only on their own profile (or as an admin). Otherwise the
// dialog is read-only.
//
// The photo is picked from a file, scaled to fit kPhotoSize and re-encoded as JPEG so it stays
// under the size limit of common/ProfileMedia.h. The Preview tab shows the profile as the public,
// a member or a leader would receive it, built with the daemon's own projection (projectRow) over
// the values and visibilities in the form now, saved or not.
class PersonEditor : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPhotoSize = 256;

    // `personId` empty: a new person. The photo's file is asked through `prompts`.
    PersonEditor(LocalStore &store, Prompts &prompts, const QString &personId, QWidget *parent = nullptr);

    // Shown inside another window (the Profile dashboard) rather than as a dialog of its own:
    // no window frame, and Cancel becomes "Discard changes".
    void setEmbedded();

    // The id of the person; for a new person, the id it got when saved.
    QString personId() const { return m_personId; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether the form holds edits not saved yet (marked in the title and beside the buttons).
    bool isModified() const;
    // The fields a save would write: what the user changed, in LocalStore's terms.
    FieldMap changedFields() const;
    // The error shown in the dialog, if the last save failed.
    QString errorText() const;

    // The photo as it stands in the form (base64 JPEG/PNG), empty when there is none.
    QString photoBase64() const { return m_photoBase64; }
    // Reads an image file, scales and re-encodes it and puts it in the form; false (and the
    // reason shown in the dialog) when the file is not a readable image.
    bool setPhotoFromFile(const QString &path);

    // The profile as someone with `clearance` would receive it, from the form's current values
    // and visibilities: the fields of the row that projectRow lets through, nullopt for none.
    std::optional<FieldMap> previewFor(Visibility clearance) const;
    // The text of the preview shown now (for the level chosen in "View as").
    QString previewText() const;
    QComboBox *previewAudience() const { return m_previewAudience; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    // Validates and writes the changes; closes the dialog on success, shows why otherwise.
    void save();
    // Asks for an image file and uses it as the photo.
    void choosePhoto();
    void removePhoto();
    // Rebuilds the preview from the form.
    void updatePreview();

Q_SIGNALS:
    void saved(const QString &personId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Kind { Line, Paragraph, Status, Level, Role, Photo };

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
    QWidget *createPhotoEditor(const QString &label, bool hidden);
    void showPhoto();
    void updateModified();
    QWidget *nameInput() const;
    QWidget *createPreview();
    FieldMap formRow() const;

    LocalStore &m_store;
    Prompts &m_prompts;
    QString m_personId;
    Role m_viewerRole = Role::Applicant;
    bool m_isNew = false;
    bool m_isOwn = false;
    bool m_readOnly = true;
    bool m_embedded = false;
    bool m_visibilityEditable = false;
    std::vector<FieldEditor> m_fields;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_photoBase64;
    QLabel *m_photoImage = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QComboBox *m_previewAudience = nullptr;
    PersonCard *m_preview = nullptr;
    QLabel *m_unsaved = nullptr;
};

} // namespace commonroom
