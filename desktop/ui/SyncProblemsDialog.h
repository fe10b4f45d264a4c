#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace commonroom {

class LocalStore;
class SyncProblemsModel;

// Lists the changes the server refused and why; the user can clear the list once read.
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    SyncProblemsDialog(LocalStore &store, QWidget *parent = nullptr);

    SyncProblemsModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();

private:
    void clearProblems();
    void updateState();

    LocalStore &m_store;
    SyncProblemsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_clear;
};

} // namespace commonroom
