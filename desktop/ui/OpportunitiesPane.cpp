#include "OpportunitiesPane.h"

#include "Prompts.h"
#include "desktop/core/Contributions.h"
#include "desktop/core/Device.h"
#include "desktop/core/Opportunities.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace commonroom {

namespace {

QPushButton *actionButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return button;
}

QListView *listView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    return view;
}

} // namespace

OpportunitiesPane::OpportunitiesPane(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_opportunities(new QStandardItemModel(this))
    , m_interests(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("opportunitiesPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Opportunities of the &group:"), this);
    layout->addWidget(caption);
    m_opportunitiesView = listView(this, QStringLiteral("opportunitiesView"), tr("Opportunities of the group"));
    m_opportunitiesView->setModel(m_opportunities);
    caption->setBuddy(m_opportunitiesView);
    layout->addWidget(m_opportunitiesView, 1);

    auto *actions = new QHBoxLayout;
    m_post = actionButton(this, tr("Post opportunit&y…"), QStringLiteral("postOpportunityButton"));
    m_interested = actionButton(this, tr("I'm in&terested"), QStringLiteral("interestedButton"));
    m_withdraw = actionButton(this, tr("Wit&hdraw interest"), QStringLiteral("withdrawButton"));
    m_close = actionButton(this, tr("Close &opportunity"), QStringLiteral("closeOpportunityButton"));
    for (QPushButton *button : {m_post, m_interested, m_withdraw, m_close})
        actions->addWidget(button);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("opportunitiesReason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    m_interestsLabel = new QLabel(tr("Interested &people:"), this);
    layout->addWidget(m_interestsLabel);
    m_interestsView = listView(this, QStringLiteral("interestsView"), tr("People interested in the opportunity"));
    m_interestsView->setModel(m_interests);
    m_interestsLabel->setBuddy(m_interestsView);
    layout->addWidget(m_interestsView, 1);
    auto *answers = new QHBoxLayout;
    m_accept = actionButton(this, tr("Accept"), QStringLiteral("acceptInterestButton"));
    m_decline = actionButton(this, tr("Decline"), QStringLiteral("declineInterestButton"));
    answers->addWidget(m_accept);
    answers->addWidget(m_decline);
    answers->addStretch(1);
    layout->addLayout(answers);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("opportunitiesError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_post, &QPushButton::clicked, this, &OpportunitiesPane::post);
    connect(m_interested, &QPushButton::clicked, this, &OpportunitiesPane::sayInterested);
    connect(m_withdraw, &QPushButton::clicked, this, &OpportunitiesPane::withdraw);
    connect(m_close, &QPushButton::clicked, this, &OpportunitiesPane::closeSelected);
    connect(m_accept, &QPushButton::clicked, this, &OpportunitiesPane::acceptSelected);
    connect(m_decline, &QPushButton::clicked, this, &OpportunitiesPane::declineSelected);
    connect(m_opportunitiesView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        reloadInterests();
        updateActions();
    });
    connect(m_interestsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &OpportunitiesPane::updateActions);
    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("opportunity") || table == QLatin1String("opportunity_interest")
            || table == QLatin1String("membership") || table == QLatin1String("person"))
            reload();
    });
    setTabOrder(m_opportunitiesView, m_post);
    setTabOrder(m_post, m_interested);
    setTabOrder(m_interested, m_withdraw);
    setTabOrder(m_withdraw, m_close);
    setTabOrder(m_close, m_interestsView);
    setTabOrder(m_interestsView, m_accept);
    setTabOrder(m_accept, m_decline);
    reload();
}

void OpportunitiesPane::setGroup(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    m_error->hide();
    reload();
}

QString OpportunitiesPane::reasonText() const
{
    return m_reason->isVisible() ? m_reason->text() : QString();
}

QString OpportunitiesPane::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString OpportunitiesPane::currentId() const
{
    return m_opportunitiesView->currentIndex().data(IdRole).toString();
}

QString OpportunitiesPane::describe(const Opportunity &o, const Terms &terms)
{
    QStringList parts {
        o.title, terms.areaName(o.area), tr("%1 of %n place(s) filled", nullptr, o.places).arg(o.filled)};
    if (o.open)
        parts << tr("%n open", nullptr, o.openPlaces());
    else
        parts << tr("closed");
    if (!o.commitment.isEmpty())
        parts << o.commitment;
    if (!o.startsOn.isEmpty() || !o.endsOn.isEmpty())
        parts << (o.endsOn.isEmpty() || o.endsOn == o.startsOn ? o.startsOn
                : o.startsOn.isEmpty()                         ? tr("until %1").arg(o.endsOn)
                                                               : tr("%1 to %2").arg(o.startsOn, o.endsOn));
    if (!o.myState.isEmpty())
        parts << tr("you: %1").arg(Opportunities::stateName(o.myState));
    QString text = parts.join(QStringLiteral(" · "));
    QStringList wanted;
    if (!o.skills.isEmpty())
        wanted << tr("skills: %1").arg(o.skills);
    if (!o.languages.isEmpty())
        wanted << tr("languages: %1").arg(o.languages);
    if (!wanted.isEmpty())
        text += QLatin1Char('\n') + wanted.join(QStringLiteral("; "));
    if (!o.description.isEmpty())
        text += QLatin1Char('\n') + o.description;
    return text;
}

void OpportunitiesPane::reload()
{
    const QString selected = currentId();
    m_opportunities->clear();
    if (!m_groupId.isEmpty()) {
        const auto list = m_device.opportunities().list(m_groupId);
        if (!list) {
            showResult(false, list.error().message);
        } else {
            for (const auto &o : *list) {
                auto *item = new QStandardItem(describe(o, m_device.terms()));
                item->setData(o.id, IdRole);
                item->setData(o.title, Qt::AccessibleTextRole);
                m_opportunities->appendRow(item);
                if (o.id == selected)
                    m_opportunitiesView->setCurrentIndex(item->index());
            }
        }
    }
    if (!m_opportunitiesView->currentIndex().isValid() && m_opportunities->rowCount() > 0)
        m_opportunitiesView->setCurrentIndex(m_opportunities->index(0, 0));
    reloadInterests();
    updateActions();
}

void OpportunitiesPane::reloadInterests()
{
    const QString selectedPerson = m_interestsView->currentIndex().data(PersonIdRole).toString();
    m_interests->clear();
    const QString id = currentId();
    const bool answering = !m_groupId.isEmpty() && m_device.opportunities().mayAnswer(m_groupId);
    m_interestsLabel->setVisible(answering);
    m_interestsView->setVisible(answering);
    if (id.isEmpty() || !answering)
        return;
    const auto list = m_device.opportunities().interests(id);
    if (!list) {
        showResult(false, list.error().message);
        return;
    }
    for (const auto &interest : *list) {
        QString text = (interest.personName.isEmpty() ? interest.personId : interest.personName) + QStringLiteral(" — ")
            + Opportunities::stateName(interest.state);
        if (!interest.message.isEmpty())
            text += QLatin1Char('\n') + interest.message;
        auto *item = new QStandardItem(text);
        item->setData(interest.personId, PersonIdRole);
        item->setData(interest.state, StateRole);
        m_interests->appendRow(item);
        if (interest.personId == selectedPerson)
            m_interestsView->setCurrentIndex(item->index());
    }
}

void OpportunitiesPane::updateActions()
{
    Opportunities &opportunities = m_device.opportunities();
    const bool hasGroup = !m_groupId.isEmpty();
    const bool mayPost = hasGroup && opportunities.mayPost(m_groupId);
    const bool answering = hasGroup && opportunities.mayAnswer(m_groupId);
    const auto current
        = currentId().isEmpty() ? Result<Opportunity>(makeError("none", "")) : opportunities.byId(currentId());
    m_post->setEnabled(mayPost);
    m_post->setVisible(hasGroup);
    QString reason = hasGroup && !mayPost ? opportunities.whyNotPost(m_groupId) : QString();
    const bool member = opportunities.maySayInterested();
    if (!member)
        reason += (reason.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Members say they are interested in opportunities; an applicant can once approved.");
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    const bool mine = current && !current->myState.isEmpty() && current->myState != QLatin1String("withdrawn");
    m_interested->setVisible(member);
    m_interested->setEnabled(current && current->open && !mine && current->myState != QLatin1String("declined"));
    m_withdraw->setVisible(member);
    m_withdraw->setEnabled(current && mine);
    m_close->setVisible(mayPost);
    m_close->setEnabled(current && current->open);
    const QModelIndex person = m_interestsView->currentIndex();
    const QString state = person.data(StateRole).toString();
    const bool answerable = person.isValid() && state != QLatin1String("withdrawn");
    m_accept->setVisible(answering);
    m_decline->setVisible(answering);
    m_accept->setEnabled(answerable && state != QLatin1String("accepted") && current && current->openPlaces() > 0);
    m_accept->setToolTip(current && current->openPlaces() == 0 ? tr("All places are taken.") : QString());
    m_decline->setEnabled(answerable && state != QLatin1String("declined"));
}

void OpportunitiesPane::showResult(bool ok, const std::string &message)
{
    m_error->setText(ok ? QString() : QString::fromStdString(message));
    m_error->setVisible(!ok);
}

void OpportunitiesPane::post()
{
    if (m_groupId.isEmpty() || !m_post->isEnabled())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("postOpportunityDialog"));
    dialog.setWindowTitle(tr("Post an opportunity"));
    auto *form = new QFormLayout(&dialog);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        auto *caption = new QLabel(label, &dialog);
        caption->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(caption, field);
    };
    auto *title = new QLineEdit(&dialog);
    addRow(tr("&Title:"), title, QStringLiteral("title"));
    auto *area = new QComboBox(&dialog);
    for (const QString &key : m_device.terms().areas())
        area->addItem(m_device.terms().areaName(key), key);
    addRow(tr("&Area:"), area, QStringLiteral("area"));
    auto *skills = new QLineEdit(&dialog);
    skills->setPlaceholderText(tr("for example: bike repair, Python"));
    addRow(tr("&Skills wanted:"), skills, QStringLiteral("skills"));
    auto *languages = new QLineEdit(&dialog);
    languages->setPlaceholderText(tr("for example: Arabic, Portuguese"));
    addRow(tr("&Languages wanted:"), languages, QStringLiteral("languages"));
    auto *commitment = new QLineEdit(&dialog);
    commitment->setPlaceholderText(tr("for example: 3 hours on Saturday"));
    addRow(tr("Time &commitment:"), commitment, QStringLiteral("commitment"));
    auto *startsOn = new QLineEdit(&dialog);
    startsOn->setPlaceholderText(tr("YYYY-MM-DD, optional"));
    addRow(tr("&First day:"), startsOn, QStringLiteral("startsOn"));
    auto *endsOn = new QLineEdit(&dialog);
    endsOn->setPlaceholderText(tr("YYYY-MM-DD, optional"));
    addRow(tr("Last &day:"), endsOn, QStringLiteral("endsOn"));
    auto *places = new QSpinBox(&dialog);
    places->setRange(1, Opportunities::maxPlaces());
    addRow(tr("&Places:"), places, QStringLiteral("places"));
    auto *description = new QPlainTextEdit(&dialog);
    description->setTabChangesFocus(true);
    addRow(tr("D&escription:"), description, QStringLiteral("description"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Post"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (m_prompts.run(dialog) != QDialog::Accepted)
        return;

    OpportunityDraft draft;
    draft.title = title->text();
    draft.area = area->currentData().toString();
    draft.skills = skills->text();
    draft.languages = languages->text();
    draft.commitment = commitment->text();
    draft.description = description->toPlainText();
    draft.places = places->value();
    for (const auto &[field, day] : {std::pair {startsOn, &draft.startsOn}, std::pair {endsOn, &draft.endsOn}}) {
        const QString typed = field->text().trimmed();
        if (typed.isEmpty())
            continue;
        *day = QDate::fromString(typed, Qt::ISODate);
        if (!day->isValid()) {
            showResult(false,
                tr("\"%1\" is not a day written YYYY-MM-DD; leave it empty when the opportunity has no date.")
                    .arg(typed)
                    .toStdString());
            return;
        }
    }
    const auto posted = m_device.opportunities().post(m_groupId, draft);
    if (!posted) {
        showResult(false, posted.error().message);
        return;
    }
    showResult(true, {});
    for (int row = 0; row < m_opportunities->rowCount(); ++row) {
        if (m_opportunities->item(row)->data(IdRole).toString() == *posted)
            m_opportunitiesView->setCurrentIndex(m_opportunities->index(row, 0));
    }
}

void OpportunitiesPane::sayInterested()
{
    if (const QString id = currentId(); !id.isEmpty()) {
        const auto done = m_device.opportunities().interested(id);
        showResult(done.ok(), done.ok() ? std::string() : done.error().message);
    }
}

void OpportunitiesPane::withdraw()
{
    if (const QString id = currentId(); !id.isEmpty()) {
        const auto done = m_device.opportunities().withdraw(id);
        showResult(done.ok(), done.ok() ? std::string() : done.error().message);
    }
}

void OpportunitiesPane::closeSelected()
{
    if (const QString id = currentId(); !id.isEmpty()) {
        const auto done = m_device.opportunities().close(id);
        showResult(done.ok(), done.ok() ? std::string() : done.error().message);
    }
}

void OpportunitiesPane::acceptSelected()
{
    const QString person = m_interestsView->currentIndex().data(PersonIdRole).toString();
    if (const QString id = currentId(); !id.isEmpty() && !person.isEmpty()) {
        const auto done = m_device.opportunities().accept(id, person);
        showResult(done.ok(), done.ok() ? std::string() : done.error().message);
    }
}

void OpportunitiesPane::declineSelected()
{
    const QString person = m_interestsView->currentIndex().data(PersonIdRole).toString();
    if (const QString id = currentId(); !id.isEmpty() && !person.isEmpty()) {
        const auto done = m_device.opportunities().decline(id, person);
        showResult(done.ok(), done.ok() ? std::string() : done.error().message);
    }
}

} // namespace commonroom
