#include "RelationsPane.h"

#include "Prompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/Households.h"
#include "desktop/core/Relationships.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace commonroom {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kOtherRole = Qt::UserRole + 1;
constexpr int kRecruiterRole = Qt::UserRole + 2;

QString errorOf(const Status &status)
{
    return status ? QString() : QString::fromStdString(status.error().message);
}

} // namespace

RelationsPane::RelationsPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("relationsPane"));
    auto *layout = new QVBoxLayout(this);

    // The household.
    auto *householdBox = new QGroupBox(tr("Household"), this);
    auto *householdLayout = new QVBoxLayout(householdBox);
    m_household = new QLabel(householdBox);
    m_household->setObjectName(QStringLiteral("householdLabel"));
    m_household->setWordWrap(true);
    m_household->setTextFormat(Qt::PlainText);
    householdLayout->addWidget(m_household);
    m_housemates = new QListWidget(householdBox);
    m_housemates->setObjectName(QStringLiteral("housemates"));
    m_housemates->setAccessibleName(tr("Other people in the household"));
    m_housemates->setMaximumHeight(90);
    householdLayout->addWidget(m_housemates);
    m_address = new QLabel(householdBox);
    m_address->setObjectName(QStringLiteral("householdAddress"));
    m_address->setWordWrap(true);
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    householdLayout->addWidget(m_address);
    auto *householdButtons = new QHBoxLayout;
    m_householdChoice = new QComboBox(householdBox);
    m_householdChoice->setObjectName(QStringLiteral("householdChoice"));
    m_householdChoice->setAccessibleName(tr("Household to add them to"));
    auto *choiceLabel = new QLabel(tr("Hou&sehold:"), householdBox);
    choiceLabel->setBuddy(m_householdChoice);
    m_addToHousehold = new QPushButton(tr("&Add to household"), householdBox);
    m_addToHousehold->setObjectName(QStringLiteral("addToHouseholdButton"));
    m_newHousehold = new QPushButton(tr("&New household…"), householdBox);
    m_newHousehold->setObjectName(QStringLiteral("newHouseholdButton"));
    m_leaveHousehold = new QPushButton(tr("&Leave household"), householdBox);
    m_leaveHousehold->setObjectName(QStringLiteral("leaveHouseholdButton"));
    householdButtons->addWidget(choiceLabel);
    householdButtons->addWidget(m_householdChoice, 1);
    householdButtons->addWidget(m_addToHousehold);
    householdButtons->addWidget(m_newHousehold);
    householdButtons->addWidget(m_leaveHousehold);
    householdLayout->addLayout(householdButtons);
    layout->addWidget(householdBox);

    // Relationships.
    auto *relationshipBox = new QGroupBox(tr("Relationships"), this);
    auto *relationshipLayout = new QVBoxLayout(relationshipBox);
    m_relationships = new QListWidget(relationshipBox);
    m_relationships->setObjectName(QStringLiteral("relationships"));
    m_relationships->setAccessibleName(tr("Relationships"));
    relationshipLayout->addWidget(m_relationships, 1);
    auto *relationshipButtons = new QHBoxLayout;
    m_kind = new QComboBox(relationshipBox);
    m_kind->setObjectName(QStringLiteral("relationshipKind"));
    m_kind->setAccessibleName(tr("Kind of relationship"));
    for (const QString &kind : Relationships::kinds())
        m_kind->addItem(Relationships::kindName(kind), kind);
    auto *kindLabel = new QLabel(tr("&Kind:"), relationshipBox);
    kindLabel->setBuddy(m_kind);
    m_relate = new QPushButton(tr("&Relate to…"), relationshipBox);
    m_relate->setObjectName(QStringLiteral("relateButton"));
    m_unrelate = new QPushButton(tr("Re&move"), relationshipBox);
    m_unrelate->setObjectName(QStringLiteral("unrelateButton"));
    relationshipButtons->addWidget(kindLabel);
    relationshipButtons->addWidget(m_kind);
    relationshipButtons->addWidget(m_relate);
    relationshipButtons->addStretch(1);
    relationshipButtons->addWidget(m_unrelate);
    relationshipLayout->addLayout(relationshipButtons);
    layout->addWidget(relationshipBox, 1);

    // Who brought whom.
    auto *recruitBox = new QGroupBox(tr("Who brought whom"), this);
    auto *recruitLayout = new QVBoxLayout(recruitBox);
    m_recruiter = new QLabel(recruitBox);
    m_recruiter->setObjectName(QStringLiteral("recruiterLabel"));
    m_recruiter->setTextFormat(Qt::PlainText);
    recruitLayout->addWidget(m_recruiter);
    m_recruitModel = new QStandardItemModel(this);
    m_recruits = new QTreeView(recruitBox);
    m_recruits->setObjectName(QStringLiteral("recruits"));
    m_recruits->setAccessibleName(tr("People they brought in, and whom those brought in"));
    m_recruits->setModel(m_recruitModel);
    m_recruits->setHeaderHidden(true);
    m_recruits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    recruitLayout->addWidget(m_recruits, 1);
    layout->addWidget(recruitBox, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("relationsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_addToHousehold, &QPushButton::clicked, this, &RelationsPane::addToHousehold);
    connect(m_newHousehold, &QPushButton::clicked, this, &RelationsPane::newHousehold);
    connect(m_leaveHousehold, &QPushButton::clicked, this, &RelationsPane::leaveHousehold);
    connect(m_relate, &QPushButton::clicked, this, &RelationsPane::relate);
    connect(m_unrelate, &QPushButton::clicked, this, &RelationsPane::unrelate);
    connect(m_relationships, &QListWidget::currentRowChanged, this, &RelationsPane::updateButtons);
    connect(m_householdChoice, &QComboBox::currentIndexChanged, this, &RelationsPane::updateButtons);
    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("household") || table == QLatin1String("household_member")
            || table == QLatin1String("relationship") || table == QLatin1String("person"))
            reload();
    });
    reload();
}

bool RelationsPane::isFor(Device &device)
{
    return device.households().mayEdit() && device.relationships().mayEdit();
}

QString RelationsPane::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RelationsPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RelationsPane::updateButtons()
{
    const QString chosen = m_householdChoice->currentData().toString();
    m_addToHousehold->setEnabled(!chosen.isEmpty() && chosen != m_householdId);
    m_addToHousehold->setToolTip(m_householdChoice->count() == 0 ? tr("There is no household yet: make one.")
            : chosen == m_householdId                            ? tr("They are in this household already.")
                                                                 : QString());
    m_leaveHousehold->setEnabled(!m_householdId.isEmpty());
    m_leaveHousehold->setToolTip(m_householdId.isEmpty() ? tr("They are in no household.") : QString());
    m_unrelate->setEnabled(m_relationships->currentItem() != nullptr);
    m_unrelate->setToolTip(m_relationships->currentItem() ? QString() : tr("Select a relationship to remove it."));
}

void RelationsPane::reload()
{
    Households &households = m_device.households();
    Relationships &relationships = m_device.relationships();
    QString problem;
    const auto note = [&problem](const Error &error) {
        if (problem.isEmpty())
            problem = QString::fromStdString(error.message);
    };

    // The household, its other people and the address one of them shows.
    m_householdId.clear();
    m_housemates->clear();
    const auto household = households.householdOf(m_personId);
    if (!household)
        note(household.error());
    if (household && *household) {
        m_householdId = (*household)->id;
        m_household->setText(tr("In the household \"%1\".").arg((*household)->name));
        if (const auto people = households.people(m_householdId); people) {
            for (const auto &person : *people) {
                if (person.personId != m_personId)
                    m_housemates->addItem(person.displayName);
            }
        } else {
            note(people.error());
        }
        const auto address = households.address(m_householdId);
        if (!address)
            note(address.error());
        m_address->setText(address && *address
                ? tr("Address: %1 (as %2 shows it to you). A household has no address of its own: each person "
                     "shows theirs to whom they choose.")
                      .arg((*address)->address, (*address)->personName)
                : tr("No address is shown: none of its people shows you theirs. A household has no address of its "
                     "own: each person shows theirs to whom they choose."));
    } else {
        m_household->setText(tr("Not in a household."));
        m_address->clear();
    }
    m_housemates->setVisible(m_housemates->count() > 0);
    m_address->setVisible(!m_address->text().isEmpty());
    const QString chosen = m_householdChoice->currentData().toString();
    m_householdChoice->blockSignals(true);
    m_householdChoice->clear();
    if (const auto all = households.list(); all) {
        for (const auto &each : *all)
            m_householdChoice->addItem(tr("%1 (%n person(s))", nullptr, each.people).arg(each.name), each.id);
    } else {
        note(all.error());
    }
    const int keep = m_householdChoice->findData(chosen.isEmpty() ? m_householdId : chosen);
    if (keep >= 0)
        m_householdChoice->setCurrentIndex(keep);
    m_householdChoice->blockSignals(false);

    // Relationships.
    m_relationships->clear();
    if (const auto related = relationships.of(m_personId); related) {
        for (const auto &each : *related) {
            const QString label = each.kind == QLatin1String("brought_in_by")
                ? (each.recruiter ? tr("Brought in by: %1") : tr("Brought in: %1")).arg(each.displayName)
                : tr("%1: %2").arg(Relationships::kindName(each.kind), each.displayName);
            auto *item = new QListWidgetItem(label, m_relationships);
            item->setData(kKindRole, each.kind);
            item->setData(kOtherRole, each.personId);
            item->setData(kRecruiterRole, each.recruiter);
        }
    } else {
        note(related.error());
    }

    // Who brought them in, and whom they brought in.
    const auto recruiter = relationships.recruiterOf(m_personId);
    if (!recruiter)
        note(recruiter.error());
    m_recruiter->setText(recruiter && *recruiter ? tr("Brought in by %1.").arg((*recruiter)->displayName)
                                                 : tr("Who brought them in is not recorded."));
    m_recruitModel->clear();
    if (const auto tree = relationships.recruits(m_personId); tree) {
        std::map<QString, QStandardItem *> items;
        for (const auto &recruit : *tree) {
            auto *item = new QStandardItem(recruit.displayName);
            item->setData(recruit.personId, kOtherRole);
            const auto parent = items.find(recruit.parentId);
            if (parent != items.end())
                parent->second->appendRow(item);
            else
                m_recruitModel->appendRow(item);
            items[recruit.personId] = item;
        }
        if (tree->empty())
            m_recruitModel->appendRow(new QStandardItem(tr("No one they brought in is recorded.")));
        m_recruits->expandAll();
    } else {
        note(tree.error());
    }
    showError(problem);
    updateButtons();
}

void RelationsPane::addToHousehold()
{
    const QString chosen = m_householdChoice->currentData().toString();
    if (chosen.isEmpty())
        return;
    showError(errorOf(m_device.households().place(chosen, m_personId)));
    if (errorText().isEmpty())
        reload();
}

void RelationsPane::newHousehold()
{
    const auto name = m_prompts.text(this, tr("New household"),
        tr("Name of the household (no address: each person "
           "shows theirs to whom they choose):"),
        TextPromptDialog::Lines::One);
    if (!name || name->trimmed().isEmpty())
        return;
    const auto made = m_device.households().create(*name);
    if (!made) {
        showError(QString::fromStdString(made.error().message));
        return;
    }
    const Status placed = m_device.households().place(*made, m_personId);
    reload();
    showError(errorOf(placed));
}

void RelationsPane::leaveHousehold()
{
    const Status left = m_device.households().leave(m_personId);
    reload();
    showError(errorOf(left));
}

void RelationsPane::relate()
{
    const QString kind = m_kind->currentData().toString();
    const QString other = m_prompts.person(this, m_device, QString());
    if (other.isEmpty())
        return;
    const Status related = m_device.relationships().relate(m_personId, kind, other);
    reload();
    showError(errorOf(related));
}

void RelationsPane::unrelate()
{
    const QListWidgetItem *item = m_relationships->currentItem();
    if (!item)
        return;
    const QString kind = item->data(kKindRole).toString();
    const QString other = item->data(kOtherRole).toString();
    // "Brought in" is the other person's recruitment: they were brought in by this one.
    const bool theirs = kind == QLatin1String("brought_in_by") && !item->data(kRecruiterRole).toBool();
    const Status removed = theirs ? m_device.relationships().unrelate(other, kind, m_personId)
                                  : m_device.relationships().unrelate(m_personId, kind, other);
    reload();
    showError(errorOf(removed));
}

} // namespace commonroom
