#include "InvitationsWidget.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/InvitationsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

InvitationsWidget::InvitationsWidget(Device &device, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_model(new InvitationsModel(device, this))
    , m_groups(new QStandardItemModel(0, 2, this))
{
    setObjectName(QStringLiteral("invitationsWidget"));
    setAccessibleName(tr("Invitations"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email address to invite"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setPlaceholderText(tr("name@example.org"));
    form->addRow(tr("Invite &email:"), m_email);

    auto *groupRow = new QHBoxLayout;
    m_intoGroup = new QCheckBox(tr("Into the &group"), this);
    m_intoGroup->setObjectName(QStringLiteral("intoGroup"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setAccessibleName(tr("Group"));
    reloadGroups();
    m_group->setModel(m_groups);
    m_group->setModelColumn(0);
    m_group->setEnabled(false);
    connect(m_intoGroup, &QCheckBox::toggled, m_group, &QWidget::setEnabled);
    groupRow->addWidget(m_intoGroup);
    groupRow->addWidget(m_group, 1);
    form->addRow(tr("Into:"), groupRow);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_invite = new QPushButton(tr("&Invite"), this);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_invite->setToolTip(tr("The server mails a code to the address at the next sync; it is valid for 14 days"));
    buttons->addWidget(m_invite);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_invite, &QPushButton::clicked, this, &InvitationsWidget::invite);
    connect(m_email, &QLineEdit::returnPressed, this, &InvitationsWidget::invite);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invitationsView"));
    m_view->setAccessibleName(tr("Invitations sent"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group"))
            reloadGroups();
    });

    if (m_store.principal().role < Role::Leader) {
        m_invite->setEnabled(false);
        showError(tr("Only leaders and admins can invite people."));
    }
}

QString InvitationsWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString InvitationsWidget::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void InvitationsWidget::setEmail(const QString &email)
{
    m_email->setText(email);
}

void InvitationsWidget::reloadGroups()
{
    m_groups->setRowCount(0);
    for (const auto &group : m_device.groups().named())
        m_groups->appendRow({new QStandardItem(group.name), new QStandardItem(group.id)});
}

void InvitationsWidget::setGroup(const QString &groupId)
{
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (m_groups->index(row, 1).data().toString() == groupId) {
            m_intoGroup->setChecked(true);
            m_group->setCurrentIndex(row);
            return;
        }
    }
    m_intoGroup->setChecked(false);
}

bool InvitationsWidget::invite()
{
    m_status->hide();
    const QString email = m_email->text().trimmed();
    QString groupId;
    QString into = tr("the community");
    if (m_intoGroup->isChecked()) {
        if (m_group->currentIndex() < 0) {
            showError(tr("Choose the group, or untick “Into the group” to invite into the community."));
            return false;
        }
        groupId = m_groups->index(m_group->currentIndex(), 1).data().toString();
        into = m_group->currentText();
    }
    if (auto created = m_device.admission().invite(email, groupId); !created) {
        const std::string &code = created.error().code;
        if (code == "forbidden") {
            showError(tr("Only leaders and admins can invite people."));
        } else if (code == "invalid_email") {
            showError(tr("Enter the email address to invite, for example name@example.org."));
            m_email->setFocus();
        } else {
            showError(tr("The invitation could not be saved: %1").arg(QString::fromStdString(created.error().message)));
        }
        return false;
    }
    m_error->hide();
    m_email->clear();
    m_status->setText(tr("%1 is invited into %2. The server mails the code at the next sync.").arg(email, into));
    m_status->show();
    return true;
}

void InvitationsWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace commonroom
