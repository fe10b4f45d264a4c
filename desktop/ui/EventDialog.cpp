#include "EventDialog.h"

#include "desktop/core/Device.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace commonroom {

EventDialog::EventDialog(Device &device, const EventInfo &event, QWidget *parent)
    : QDialog(parent)
    , m_original(event)
    , m_title(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("&Ends at:"), this))
    , m_end(new QDateTimeEdit(this))
    , m_place(new QLineEdit(this))
    , m_area(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_reminder(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool editing = !event.id.isEmpty();
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(editing ? tr("Edit event") : tr("New event"));
    setAccessibleName(windowTitle());

    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(200);
    m_title->setText(event.title);

    // The venue's zone, from every zone the system knows, each with its offset now; typing part
    // of a name ("berlin", "toronto") finds it. A new event starts in the zone the community's
    // events are in, else in this computer's.
    m_timeZone->setObjectName(QStringLiteral("eventTimeZone"));
    m_timeZone->setAccessibleName(tr("Time zone of the venue"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("Type part of the name of a city or region of the venue"));
    const QString usual = device.events().usualTimeZone();
    const QString here = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const QString current = !event.timeZone.isEmpty() ? event.timeZone
        : editing                                     ? QStringLiteral("UTC")
        : !usual.isEmpty()                            ? usual
                                                      : here;
    const QDateTime now = device.store().now();
    const auto addZone = [&](const QString &id) {
        const QTimeZone zone(id.toUtf8());
        m_timeZone->addItem(
            zone.isValid() ? tr("%1 (%2)").arg(id, zone.displayName(now, QTimeZone::OffsetName)) : id, id);
    };
    addZone(current);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (const QString zone = QString::fromUtf8(id); zone != current)
            addZone(zone);
    }
    m_timeZone->setCurrentIndex(0);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &EventDialog::updateOk);

    const QTimeZone zone = venueTimeZone(current);
    QDateTime start = event.start.isValid() ? event.start.toTimeZone(zone) : QDateTime();
    if (!start.isValid()) {
        // A new event: next hour, in the venue's zone.
        start = device.store().now().toTimeZone(zone);
        start = QDateTime(start.date(), QTime(start.time().hour(), 0), zone).addSecs(3600);
    }
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_start->setObjectName(QStringLiteral("eventStart"));
    m_start->setAccessibleName(tr("Starts at"));
    m_start->setDateTime(QDateTime(start.date(), start.time()));
    m_end->setObjectName(QStringLiteral("eventEnd"));
    m_end->setAccessibleName(tr("Ends at"));
    m_hasEnd->setObjectName(QStringLiteral("eventHasEnd"));
    const QDateTime end = event.end.isValid() ? event.end.toTimeZone(zone) : start.addSecs(2 * 3600);
    m_end->setDateTime(QDateTime(end.date(), end.time()));
    m_hasEnd->setChecked(!editing || event.end.isValid());

    m_place->setObjectName(QStringLiteral("eventPlace"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Venue and address"));
    m_place->setText(event.place);
    m_area->setObjectName(QStringLiteral("eventArea"));
    m_area->setAccessibleName(tr("Area"));
    m_area->setText(event.area);
    m_capacity->setObjectName(QStringLiteral("eventCapacity"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setRange(0, 1000000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setValue(event.capacity);

    // Mailed by the server, once to each registrant who wants reminders (docs/groupmail.md).
    m_reminder->setObjectName(QStringLiteral("eventReminder"));
    m_reminder->setAccessibleName(tr("Reminder by mail"));
    m_reminder->setToolTip(
        tr("The server mails a reminder this long before the start, once, to each registrant who wants reminders."));
    m_reminder->addItem(tr("No reminder"), 0);
    for (const int hours : {1, 3})
        m_reminder->addItem(tr("%n hour(s) before", nullptr, hours), hours);
    for (const int days : {1, 2})
        m_reminder->addItem(tr("%n day(s) before", nullptr, days), days * 24);
    m_reminder->addItem(tr("1 week before"), 7 * 24);
    if (m_reminder->findData(event.reminderHours) < 0) // set elsewhere (the command line)
        m_reminder->addItem(tr("%n hour(s) before", nullptr, event.reminderHours), event.reminderHours);
    m_reminder->setCurrentIndex(m_reminder->findData(event.reminderHours));

    m_group->setObjectName(QStringLiteral("eventGroup"));
    m_group->setAccessibleName(tr("Hosting group"));
    m_group->addItem(tr("The whole community"), QString());
    for (const auto &group : device.groups().named())
        m_group->addItem(group.name, group.id);
    const int groupIndex = m_group->findData(event.groupId);
    m_group->setCurrentIndex(groupIndex < 0 ? 0 : groupIndex);

    m_description->setObjectName(QStringLiteral("eventDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlainText(event.description);

    m_problem->setObjectName(QStringLiteral("eventProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("Sta&rts at:"), m_start);
    form->addRow(m_hasEnd, m_end);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("Re&mind by mail:"), m_reminder);
    form->addRow(tr("&Hosted by:"), m_group);
    form->addRow(tr("&Description:"), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::updateOk);
    // Moving the start keeps the event as long as it was: the end moves with it.
    m_shownStart = m_start->dateTime();
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        m_end->setDateTime(m_end->dateTime().addSecs(m_shownStart.secsTo(start)));
        m_shownStart = start;
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::updateOk);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::updateOk);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventDialog::updateOk);
    m_end->setEnabled(m_hasEnd->isChecked());
    updateOk();
}

EventInfo EventDialog::event() const
{
    EventInfo event = m_original;
    event.title = m_title->text().simplified();
    event.timeZone = chosenZone();
    const QTimeZone zone = venueTimeZone(event.timeZone);
    const QDateTime start = m_start->dateTime();
    event.start = QDateTime(start.date(), start.time(), zone).toUTC();
    if (m_hasEnd->isChecked()) {
        const QDateTime end = m_end->dateTime();
        event.end = QDateTime(end.date(), end.time(), zone).toUTC();
    } else {
        event.end = QDateTime();
    }
    event.place = m_place->text().simplified();
    event.area = m_area->text().simplified();
    event.capacity = m_capacity->value();
    event.reminderHours = m_reminder->currentData().toInt();
    event.groupId = m_group->currentData().toString();
    event.description = m_description->toPlainText().trimmed();
    if (event.status.isEmpty())
        event.status = QStringLiteral("scheduled");
    return event;
}

QString EventDialog::chosenZone() const
{
    // The item whose text is typed (as the list shows it, or the bare zone name), else none.
    const QString typed = m_timeZone->currentText().trimmed();
    int index = m_timeZone->findText(typed, Qt::MatchFixedString);
    if (index < 0)
        index = m_timeZone->findData(typed, Qt::UserRole, Qt::MatchFixedString);
    return index < 0 ? QString() : m_timeZone->itemData(index).toString();
}

QString EventDialog::problem() const
{
    if (m_title->text().simplified().isEmpty())
        return tr("Give the event a title.");
    if (chosenZone().isEmpty())
        return tr("Choose the venue's time zone from the list: type part of a city's name.");
    if (m_hasEnd->isChecked() && m_end->dateTime() <= m_start->dateTime())
        return tr("The end must come after the start.");
    return {};
}

void EventDialog::updateOk()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

} // namespace commonroom
