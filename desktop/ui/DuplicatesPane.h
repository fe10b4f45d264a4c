#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace commonroom {

class DuplicateCandidatesModel;
class Device;
class LocalStore;
class Prompts;

// The Duplicates tab of the events dashboard (leaders): people flagged as likely the same person,
// often after walk-ins at the door, each pair reviewed side by side in DuplicateMergeDialog —
// merged, or marked as different people.
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
    void updateActions();

Q_SIGNALS:
    // The pairs were read again (after a merge, a sync): their number may have changed.
    void pairsChanged();
    void succeeded(const QString &message);

private:
    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    DuplicateCandidatesModel *m_duplicates;
    QTableView *m_view = nullptr;
    QPushButton *m_review = nullptr;
};

} // namespace commonroom
