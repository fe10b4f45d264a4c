#pragma once

#include "desktop/core/Admission.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace commonroom {

class Device;
class ApplicantsModel;
class LocalStore;
class Prompts;

// The admins' approval queue: who applied, when, the vouches so far and the notes, with the
// decisions approve, reject (with a reason) and ask for more information (with a question).
// Decisions are ordinary offline edits of the person (docs/admission.md): saved at once, sent
// with the next sync, and decided by the daemon — a refused one shows under Sync problems.
class ApprovalQueueWidget : public QWidget
{
    Q_OBJECT

public:
    // Reasons and questions are asked, and the vouch dialog run, through `prompts`.
    ApprovalQueueWidget(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    ApplicantsModel *model() const { return m_model; }
    // The message of the last refused action, empty if none.
    QString errorText() const;
    QString selectedPersonId() const;
    void selectPerson(const QString &personId);

public Q_SLOTS:
    void approveSelected();
    void rejectSelected();
    void askSelected();
    void vouchSelected();

private:
    bool decide(Admission::Decision decision, const QString &message);
    void updateDetails();
    void showError(const QString &message);

    Device &m_device;
    LocalStore &m_store;
    Prompts &m_prompts;
    ApplicantsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_details;
    QLabel *m_error;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_ask;
    QPushButton *m_vouch;
};

} // namespace commonroom
