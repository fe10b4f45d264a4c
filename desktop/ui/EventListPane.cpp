#include "EventListPane.h"
#include "ColumnSizing.h"

#include "PaneWidgets.h"
#include "Prompts.h"
#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"
#include "desktop/models/EventsModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace commonroom {

EventListPane::EventListPane(Device &device, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_store(device.store())
    , m_prompts(prompts)
    , m_events(new EventsModel(device, this))
{
    setObjectName(QStringLiteral("eventListPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QFormLayout;
    m_when = new QComboBox(this);
    m_when->setObjectName(QStringLiteral("whenFilter"));
    m_when->setAccessibleName(tr("Which events"));
    m_when->addItem(tr("Upcoming"), static_cast<int>(EventQuery::When::Upcoming));
    m_when->addItem(tr("Past"), static_cast<int>(EventQuery::When::Past));
    m_when->addItem(tr("All"), static_cast<int>(EventQuery::When::All));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setAccessibleName(tr("Hosting group"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setAccessibleName(tr("Area"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setPlaceholderText(tr("Words of the title or place"));
    m_search->setClearButtonEnabled(true);
    filters->addRow(tr("S&how:"), m_when);
    filters->addRow(tr("Gr&oup:"), m_group);
    filters->addRow(tr("&Area:"), m_area);
    filters->addRow(tr("&Search:"), m_search);
    layout->addLayout(filters);

    m_view = panewidgets::table(this, QStringLiteral("eventsView"), tr("Events"));
    m_view->setModel(m_events);
    sizeColumnsToContents(m_view, EventsModel::TitleColumn);
    layout->addWidget(m_view, 1);

    m_newEvent = panewidgets::button(this, tr("&New event…"), QStringLiteral("newEventButton"), tr("New event"));
    m_newEvent->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_newEvent, &QPushButton::clicked, this, &EventListPane::newEvent);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newEvent);
    row->addStretch(1);
    layout->addLayout(row);

    connect(m_when, &QComboBox::currentIndexChanged, this, &EventListPane::applyFilters);
    connect(m_group, &QComboBox::currentIndexChanged, this, &EventListPane::applyFilters);
    connect(m_area, &QComboBox::currentIndexChanged, this, &EventListPane::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &EventListPane::applyFilters);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventListPane::onCurrentRowChanged);
    connect(m_events, &QAbstractItemModel::modelReset, this, &EventListPane::onEventsReset);
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("event") || table == QLatin1String("group"))
            reloadFilterChoices();
        if (table == QLatin1String("membership"))
            updateNewEvent(); // a curatorship came or went
    });

    setTabOrder(m_when, m_group);
    setTabOrder(m_group, m_area);
    setTabOrder(m_area, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_newEvent);

    reloadFilterChoices();
    updateNewEvent();
    if (m_events->rowCount() > 0)
        m_view->setCurrentIndex(m_events->index(0, 0));
}

QString EventListPane::groupChosen() const
{
    return m_group->currentData().toString();
}

QString EventListPane::areaChosen() const
{
    return m_area->currentData().toString();
}

void EventListPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void EventListPane::reloadFilterChoices()
{
    // Groups that host events, and the areas events are in, as this device knows them.
    const QString group = groupChosen();
    const QString area = areaChosen();
    const QSignalBlocker blockGroup(m_group);
    const QSignalBlocker blockArea(m_area);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    for (const Groups::Named &named : m_device.groups().named())
        m_group->addItem(named.name, named.id);
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    for (const QString &name : m_device.events().areas())
        m_area->addItem(name, name);
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
}

void EventListPane::applyFilters()
{
    EventQuery query;
    query.when = static_cast<EventQuery::When>(m_when->currentData().toInt());
    query.groupId = groupChosen();
    query.area = areaChosen();
    query.text = m_search->text().trimmed();
    m_events->setQuery(query);
}

bool EventListPane::selectEvent(const QString &eventId)
{
    if (m_events->rowOfId(eventId) < 0) {
        // Hidden by the filters: show everything.
        const QSignalBlocker blockWhen(m_when);
        const QSignalBlocker blockGroup(m_group);
        const QSignalBlocker blockArea(m_area);
        const QSignalBlocker blockSearch(m_search);
        m_when->setCurrentIndex(m_when->findData(static_cast<int>(EventQuery::When::All)));
        m_group->setCurrentIndex(0);
        m_area->setCurrentIndex(0);
        m_search->clear();
        applyFilters();
    }
    const int row = m_events->rowOfId(eventId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_events->index(row, 0));
    m_view->scrollTo(m_events->index(row, 0));
    return m_eventId == eventId;
}

void EventListPane::onCurrentRowChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? current.data(EventsModel::IdRole).toString() : QString();
    if (id == m_eventId)
        return;
    m_eventId = id;
    Q_EMIT currentEventChanged(id);
}

void EventListPane::onEventsReset()
{
    // A reload (an edit, a sync, a filter) loses the selection: put it back on the same event.
    m_restoringSelection = true;
    const int row = m_events->rowOfId(m_eventId);
    if (row >= 0)
        m_view->setCurrentIndex(m_events->index(row, 0));
    m_restoringSelection = false;
    if (row < 0 && !m_eventId.isEmpty()) {
        m_eventId.clear();
        Q_EMIT currentEventChanged({});
    }
    Q_EMIT eventsReloaded();
}

std::optional<EventInfo> EventListPane::currentEvent() const
{
    if (const EventInfo *event = m_events->eventAt(m_events->rowOfId(m_eventId)))
        return *event;
    return std::nullopt;
}

std::vector<EventInfo> EventListPane::listedEvents() const
{
    std::vector<EventInfo> listed;
    for (int row = 0; row < m_events->rowCount(); ++row)
        listed.push_back(*m_events->eventAt(row));
    return listed;
}

void EventListPane::updateNewEvent()
{
    const Status allowed = m_device.events().mayCreateAny();
    m_newEvent->setEnabled(allowed.ok());
    m_newEvent->setToolTip(allowed ? QString() : QString::fromStdString(allowed.error().message));
}

void EventListPane::newEvent()
{
    // Ctrl+N reaches here even when the button is disabled: say why rather than open a form.
    if (const Status allowed = m_device.events().mayCreateAny(); !allowed) {
        Q_EMIT failed(QString::fromStdString(allowed.error().message));
        return;
    }
    EventInfo draft;
    draft.groupId = groupChosen();
    draft.area = areaChosen();
    const auto event = m_prompts.event(this, m_device, draft);
    if (!event)
        return;
    auto created = m_device.events().create(*event);
    if (!created) {
        Q_EMIT failed(tr("The event was not created: %1").arg(QString::fromStdString(created.error().message)));
        return;
    }
    Q_EMIT succeeded(tr("Event “%1” created. %2").arg(event->title, tr("It will be sent at the next sync.")));
    selectEvent(*created);
}

} // namespace commonroom
