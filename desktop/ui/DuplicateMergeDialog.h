#pragma once

#include "common/Value.h"

#include <QDialog>
#include <QString>

#include <map>
#include <vector>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace commonroom {

class Device;
class LocalStore;
class Prompts;

// Reviews a pair of people flagged as likely the same person: both records side by side, field
// by field, with what each has in its history (registrations, check-ins, groups).
//
// The leader picks the record to keep and, per field, which value the kept record ends with
// (by default the kept one's, or the other's where the kept one is empty). Merge asks for
// confirmation, then Duplicates::merge moves every registration and membership to the kept
// person and keeps the merged-away record in the candidate, so no history is lost. "Not the
// same person" dismisses the pair for good.
class DuplicateMergeDialog : public QDialog
{
    Q_OBJECT

public:
    // Merging and dismissing are confirmed through `prompts`.
    DuplicateMergeDialog(Device &device, Prompts &prompts, const QString &candidateId, QWidget *parent = nullptr);

    // False when the pair could not be shown (errorText() says why).
    bool isReady() const { return m_ready; }
    QString candidateId() const { return m_candidateId; }
    QString personA() const { return m_ids[0]; }
    QString personB() const { return m_ids[1]; }

    // Chooses the record to keep; resets the per-field choices to their defaults.
    bool keep(const QString &personId);
    QString keptId() const;
    // Takes `field`'s value from `personId`'s record; false if that field is not offered.
    bool choose(const QString &field, const QString &personId);
    // The fields offered for a choice (those where the two records differ).
    QStringList offeredFields() const;
    // What merge() writes to the kept person: the fields whose chosen value is not already its own.
    FieldMap chosenFields() const;

    QString errorText() const { return m_errorText; }

public Q_SLOTS:
    // Asks, then merges; closes the dialog (accepted) when done.
    void merge();
    // Asks, then marks the pair as not duplicates; closes the dialog (accepted) when done.
    void dismiss();

private:
    struct FieldRow
    {
        QString field;
        FieldValue values[2];
        QButtonGroup *group = nullptr;
        QRadioButton *buttons[2] = {nullptr, nullptr};
    };

    int keptIndex() const;
    void applyDefaults();
    bool confirm(const QString &title, const QString &question);
    void showError(const QString &message);
    QString historyOf(const QString &personId) const;

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    QString m_candidateId;
    QString m_ids[2];
    QString m_names[2];
    bool m_ready = false;
    std::vector<FieldRow> m_rows;
    QButtonGroup *m_keepGroup = nullptr;
    QRadioButton *m_keepButtons[2] = {nullptr, nullptr};
    QLabel *m_message = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QString m_errorText;
};

} // namespace commonroom
