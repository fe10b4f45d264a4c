#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace commonroom {

class ApplicantsModel;
class LocalStore;

// The admins' approval queue: who applied, when, the vouches so far and the notes, with the
// decisions approve, reject (with a reason) and ask for more information (with a question).
// Decisions are ordinary offline edits of the person (docs/admission.md): saved at once, sent
// with the next sync, and decided by the daemon — a refused one shows under Sync problems.
class ApprovalQueueWidget : public QWidget
{
    Q_OBJECT

public:
    // Asks for a reason or a question: (parent, title, label) -> text, or nullopt when cancelled.
    // Tests set this to answer without a dialog.
    using TextPrompt
        = std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &label)>;
    static TextPrompt textPrompt;
    // Runs the vouch dialog and returns its result; tests fill it in. By default QDialog::exec().
    using DialogRunner = std::function<int(QDialog &dialog)>;
    static DialogRunner dialogRunner;

    explicit ApprovalQueueWidget(LocalStore &store, QWidget *parent = nullptr);

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
    std::optional<QString> prompt(const QString &title, const QString &label);
    bool decide(const QString &state, const QString &message);
    void updateDetails();
    void showError(const QString &message);

    LocalStore &m_store;
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
