#pragma once

#include "desktop/core/AccountClient.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace commonroom {

class DuplicateCandidatesModel;
class Device;
class LocalStore;
class MessageLabel;
class Prompts;

// The Duplicates tab of the events dashboard (leaders): people flagged as likely the same person
// (after walk-ins at the door, or by the daemon's scan of the whole directory), the likeliest
// first, each pair reviewed side by side in DuplicateMergeDialog — merged, or marked as different
// people. The pairs at least 98 % likely are merged at once on request, and a merge is undone
// through the daemon, which kept the record merged away.
class DuplicatesPane : public QWidget
{
    Q_OBJECT

public:
    // The merge dialog is run, and asks, through `prompts`.
    DuplicatesPane(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    DuplicateCandidatesModel *model() const { return m_duplicates; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    // Opens the selected open pair in the merge dialog.
    void reviewSelected();
    // Merges every open pair at least Duplicates::kLikelyScore likely, after asking.
    void mergeLikely();
    // Asks the daemon to undo the merge of the selected merged pair, after asking.
    void undoSelectedMerge();
    void updateActions();

Q_SIGNALS:
    // The pairs were read again (after a merge, a sync): their number may have changed.
    void pairsChanged();
    void succeeded(const QString &message);

private:
    void onFinished(AccountClient::Request request, const AccountResult &result);

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    DuplicateCandidatesModel *m_duplicates;
    AccountClient *m_client;
    QTableView *m_view = nullptr;
    MessageLabel *m_message = nullptr;
    QCheckBox *m_showDecided = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_mergeLikely = nullptr;
    QPushButton *m_undoMerge = nullptr;
    bool m_undoing = false;
};

} // namespace commonroom
