#include "DuplicateMergeDialog.h"

#include "Prompts.h"
#include "common/Schema.h"
#include "desktop/core/Device.h"
#include "desktop/core/Duplicates.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/PersonFields.h"
#include "desktop/models/DuplicateCandidatesModel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace commonroom {

namespace {
// Fields a leader may not merge from one record into the other: the role is the admins', the
// status and level the leaders' own judgement of the kept person, merged_into is bookkeeping.
bool offeredForChoice(std::string_view field)
{
    return field != "role" && field != "status" && field != "leadership_level" && field != "merged_into";
}

QString shown(const FieldValue &value)
{
    return isNull(value) ? DuplicateMergeDialog::tr("(empty or not shared)")
                         : QString::fromStdString(toDisplayString(value));
}
} // namespace

DuplicateMergeDialog::DuplicateMergeDialog(
    Device &device, Prompts &prompts, const QString &candidateId, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_candidateId(candidateId)
{
    setObjectName(QStringLiteral("duplicateMergeDialog"));
    setWindowTitle(tr("Possible duplicate"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result of the last action"));

    const Duplicates &duplicates = m_device.duplicates();
    const auto candidate = duplicates.candidate(candidateId);
    std::optional<FieldMap> records[2];
    if (candidate) {
        m_ids[0] = candidate->personA;
        m_ids[1] = candidate->personB;
        records[0] = duplicates.person(m_ids[0]);
        records[1] = duplicates.person(m_ids[1]);
    }
    m_ready = candidate && candidate->state == QLatin1String("open") && records[0] && records[1];

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setAccessibleName(tr("Merge the two records into the one kept"));
    m_dismiss = buttons->addButton(tr("&Not the same person…"), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setAccessibleName(tr("Mark the two records as different people"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_merge, &QPushButton::clicked, this, &DuplicateMergeDialog::merge);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicateMergeDialog::dismiss);

    if (!m_ready) {
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        m_merge->setEnabled(false);
        m_dismiss->setEnabled(false);
        showError(!candidate ? tr("This pair is not on this computer any more. Sync and look again.")
                : candidate->state != QLatin1String("open")
                ? tr("This pair was already reviewed (%1).").arg(candidate->state)
                : tr("One of the two records is no longer on this computer (merged or removed). Sync and look "
                     "again."));
        return;
    }

    for (int side = 0; side < 2; ++side) {
        const auto name = records[side]->find("display_name");
        m_names[side] = name == records[side]->end() || isNull(name->second)
            ? tr("(name not shared)")
            : QString::fromStdString(toDisplayString(name->second));
    }

    const QString likelihood = DuplicateCandidatesModel::likelihood(*candidate);
    auto *intro = new QLabel(
        (likelihood.isEmpty() ? tr("Flagged because of: %1.").arg(DuplicateCandidatesModel::describeReasons(*candidate))
                              : tr("%1 likely the same person: %2.")
                                    .arg(likelihood, DuplicateCandidatesModel::describeReasons(*candidate)))
            + QLatin1Char(' ')
            + tr("Choose the record to keep and, for each field, the value it keeps. Registrations, check-ins and "
                 "group memberships of both are kept."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    auto *sheet = new QWidget(this);
    sheet->setLayout(grid);
    grid->addWidget(new QLabel(tr("Keep"), sheet), 0, 0);
    m_keepGroup = new QButtonGroup(this);
    for (int side = 0; side < 2; ++side) {
        auto *button = new QRadioButton(m_names[side], sheet);
        button->setObjectName(side == 0 ? QStringLiteral("keepA") : QStringLiteral("keepB"));
        button->setAccessibleName(
            tr("Keep the record of %1 (%2)").arg(m_names[side], side == 0 ? tr("left") : tr("right")));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        m_keepGroup->addButton(button, side);
        m_keepButtons[side] = button;
        grid->addWidget(button, 0, side + 1);
        auto *history = new QLabel(historyOf(m_ids[side]), sheet);
        history->setObjectName(side == 0 ? QStringLiteral("historyA") : QStringLiteral("historyB"));
        history->setAccessibleName(tr("History of %1").arg(m_names[side]));
        history->setTextFormat(Qt::PlainText);
        history->setWordWrap(true);
        grid->addWidget(history, 1, side + 1);
    }
    grid->addWidget(new QLabel(tr("History"), sheet), 1, 0);

    int gridRow = 2;
    for (const FieldDef &def : findTable("person")->fields) {
        if (!offeredForChoice(def.name))
            continue;
        const std::string name(def.name);
        FieldRow row;
        row.field = QString::fromStdString(name);
        for (int side = 0; side < 2; ++side) {
            const auto found = records[side]->find(name);
            row.values[side] = found == records[side]->end() ? FieldValue {} : found->second;
        }
        if (isNull(row.values[0]) && isNull(row.values[1]))
            continue;
        const QString fieldLabel = PersonFields::label(name);
        auto *label = new QLabel(fieldLabel, sheet);
        grid->addWidget(label, gridRow, 0, Qt::AlignTop);
        if (row.values[0] == row.values[1]) {
            // The same on both: nothing to choose, shown for comparison.
            for (int side = 0; side < 2; ++side) {
                auto *same = new QLabel(shown(row.values[side]), sheet);
                same->setTextFormat(Qt::PlainText);
                same->setWordWrap(true);
                grid->addWidget(same, gridRow, side + 1);
            }
            ++gridRow;
            continue;
        }
        row.group = new QButtonGroup(this);
        for (int side = 0; side < 2; ++side) {
            auto *button = new QRadioButton(shown(row.values[side]), sheet);
            button->setObjectName(
                QStringLiteral("%1_%2").arg(row.field, side == 0 ? QStringLiteral("a") : QStringLiteral("b")));
            button->setAccessibleName(tr("%1 from %2: %3").arg(fieldLabel, m_names[side], shown(row.values[side])));
            row.group->addButton(button, side);
            row.buttons[side] = button;
            grid->addWidget(button, gridRow, side + 1);
        }
        label->setBuddy(row.buttons[0]);
        m_rows.push_back(std::move(row));
        ++gridRow;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(sheet);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_keepGroup, &QButtonGroup::idClicked, this, [this] { applyDefaults(); });
    m_keepButtons[0]->setChecked(true);
    applyDefaults();
    resize(760, 560);
}

QString DuplicateMergeDialog::historyOf(const QString &personId) const
{
    const Duplicates::History history = m_device.duplicates().history(personId);
    return tr("%n event registration(s)", nullptr, history.registrations) + QStringLiteral(", ")
        + tr("%n attended", nullptr, history.attended) + QStringLiteral(", ")
        + tr("%n group(s)", nullptr, history.activeGroups);
}

int DuplicateMergeDialog::keptIndex() const
{
    return m_keepGroup ? std::max(0, m_keepGroup->checkedId()) : 0;
}

QString DuplicateMergeDialog::keptId() const
{
    return m_ids[keptIndex()];
}

bool DuplicateMergeDialog::keep(const QString &personId)
{
    for (int side = 0; side < 2; ++side) {
        if (m_ready && m_ids[side] == personId) {
            m_keepButtons[side]->setChecked(true);
            applyDefaults();
            return true;
        }
    }
    return false;
}

void DuplicateMergeDialog::applyDefaults()
{
    const int kept = keptIndex();
    for (FieldRow &row : m_rows) {
        const int side = isNull(row.values[kept]) ? 1 - kept : kept;
        row.buttons[side]->setChecked(true);
    }
}

bool DuplicateMergeDialog::choose(const QString &field, const QString &personId)
{
    for (FieldRow &row : m_rows) {
        if (row.field != field)
            continue;
        for (int side = 0; side < 2; ++side) {
            if (m_ids[side] == personId) {
                row.buttons[side]->setChecked(true);
                return true;
            }
        }
    }
    return false;
}

QStringList DuplicateMergeDialog::offeredFields() const
{
    QStringList fields;
    for (const FieldRow &row : m_rows)
        fields << row.field;
    return fields;
}

FieldMap DuplicateMergeDialog::chosenFields() const
{
    FieldMap chosen;
    const int kept = keptIndex();
    for (const FieldRow &row : m_rows) {
        const int side = row.group->checkedId();
        if (side >= 0 && side != kept)
            chosen[row.field.toStdString()] = row.values[side];
    }
    return chosen;
}

bool DuplicateMergeDialog::confirm(const QString &title, const QString &question)
{
    return m_prompts.confirm(this, title, question);
}

void DuplicateMergeDialog::merge()
{
    if (!m_ready)
        return;
    const int kept = keptIndex();
    const QString question = tr("Keep the record of %1 and merge %2 into it? The other record is removed from the "
                                "directory; its registrations, check-ins and groups move to the kept record, and a "
                                "copy of it stays with this review.")
                                 .arg(m_names[kept], m_names[1 - kept]);
    if (!confirm(tr("Merge records"), question))
        return;
    if (auto status = m_device.duplicates().merge(m_candidateId, m_ids[kept], chosenFields()); !status) {
        showError(tr("The records were not merged: %1").arg(QString::fromStdString(status.error().message)));
        return;
    }
    m_errorText.clear();
    accept();
}

void DuplicateMergeDialog::dismiss()
{
    if (!m_ready)
        return;
    if (!confirm(tr("Not the same person"),
            tr("Mark %1 and %2 as different people? They will not be flagged again.").arg(m_names[0], m_names[1])))
        return;
    if (auto status = m_device.duplicates().dismiss(m_candidateId); !status) {
        showError(tr("The pair was not dismissed: %1").arg(QString::fromStdString(status.error().message)));
        return;
    }
    m_errorText.clear();
    accept();
}

void DuplicateMergeDialog::showError(const QString &message)
{
    m_errorText = message;
    m_message->setText(message);
}

} // namespace commonroom
