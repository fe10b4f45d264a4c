#include "PersonPickerDialog.h"

#include "desktop/core/Device.h"
#include "desktop/models/DoorSearchModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

PersonPickerDialog::PersonPickerDialog(Device &device, const QString &eventId, QWidget *parent)
    : QDialog(parent)
    , m_model(new DoorSearchModel(device.events(), device.people(), device.store(), this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personPickerDialog"));
    // Without an event it picks anyone (a relationship on the person page, docs/organizing.md).
    setWindowTitle(eventId.isEmpty() ? tr("Choose someone") : tr("Register someone"));
    setAccessibleName(windowTitle());
    m_model->setEventId(eventId);

    m_search->setObjectName(QStringLiteral("personPickerSearch"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setPlaceholderText(tr("Type the first letters of a name"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_search);

    m_results->setObjectName(QStringLiteral("personPickerResults"));
    m_results->setAccessibleName(tr("People found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(DoorSearchModel::NameColumn, 220);

    m_buttons->button(QDialogButtonBox::Ok)->setText(eventId.isEmpty() ? tr("&Choose") : tr("&Register"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_model, &DoorSearchModel::setText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_results, &QAbstractItemView::activated, this, &QDialog::accept);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        updateOk();
    });
    updateOk();
    resize(560, 420);
}

QString PersonPickerDialog::personId() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? current.data(DoorSearchModel::PersonIdRole).toString() : QString();
}

void PersonPickerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_model->rowCount() > 0);
}

} // namespace commonroom
