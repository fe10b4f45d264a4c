#include "SyncProblemsDialog.h"

#include "desktop/core/LocalStore.h"
#include "desktop/models/SyncProblemsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

SyncProblemsDialog::SyncProblemsDialog(LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new SyncProblemsModel(store, this))
{
    setWindowTitle(tr("Sync problems"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("syncProblemsDialog"));

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("syncProblemsView"));
    m_view->setAccessibleName(tr("Changes the server refused"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(SyncProblemsModel::WhenColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(SyncProblemsModel::WhatColumn, 220);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_clear = buttons->addButton(tr("C&lear list"), QDialogButtonBox::ActionRole);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    connect(m_clear, &QPushButton::clicked, this, &SyncProblemsDialog::clearProblems);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncProblemsDialog::updateState);
    updateState();
    resize(720, 360);
}

void SyncProblemsDialog::reload()
{
    m_model->reload();
}

void SyncProblemsDialog::clearProblems()
{
    if (auto status = m_store.clearSyncProblems(); !status) {
        QMessageBox::warning(this, windowTitle(),
            tr("The list could not be cleared: %1").arg(QString::fromStdString(status.error().message)));
        return;
    }
    m_model->reload();
}

void SyncProblemsDialog::updateState()
{
    const int count = m_model->rowCount();
    m_summary->setText(count == 0 ? tr("The server has accepted every change sent from this computer.")
                                  : tr("The server refused %n change(s). They were undone on this computer; the list "
                                       "says why.",
                                      nullptr, count));
    m_clear->setEnabled(count > 0);
}

} // namespace commonroom
