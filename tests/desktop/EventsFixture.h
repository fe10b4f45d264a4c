#pragma once

// A device's database as a sync leaves it for the event tests of the GUI: people in the
// directory, a group, a leader signed in, and helpers to make events through the core (Events),
// with a manual clock so that "upcoming" and check-in times never depend on when the test runs.

#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace commonroom::testing {

// 2026-11-23 12:00 UTC.
constexpr std::int64_t kNowMs = 1'795'435'200'000;

inline QDateTime fixtureNow()
{
    return QDateTime::fromMSecsSinceEpoch(kNowMs, QTimeZone::utc());
}

struct EventsFixture
{
    QTemporaryDir dir;
    ManualClock clock {kNowMs};
    Device device {clock, Profile(dir.path())};
    LocalStore &store = device.store();

    // Opens the store and fills the directory; false (with a failed QVERIFY) on error.
    bool setUp(const QString &role = QStringLiteral("leader"))
    {
        if (!dir.isValid() || !device.open().ok())
            return false;
        QSqlQuery query(store.database());
        const bool ok = query.exec(QStringLiteral("INSERT INTO person (id, display_name, area, email) VALUES "
                                                  "('me', 'Eve Leader', 'Lisbon', 'eve@example.org'), "
                                                  "('ana', 'Ana García', 'Lisbon', 'ana@example.org'), "
                                                  "('anabel', 'Anabel Núñez', 'Porto', NULL), "
                                                  "('anastasia', 'Anastasia Ivanova', 'Porto', NULL), "
                                                  "('bob', 'Bob Brown', NULL, 'bob@example.org'), "
                                                  "('carla', 'Carla Cruz', 'Lisbon', NULL)"))
            && query.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES "
                                         "('garden', 'Gardeners', 'open'), ('choir', 'Choir', 'closed')"))
            && store.setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok()
            && store.setSetting(QStringLiteral("role"), role).ok();
        return ok && store.pendingCount() == 0;
    }

    Events &events() { return device.events(); }

    // Creates an event starting `hoursFromNow` hours from the fixture's now, lasting two hours.
    QString createEvent(const QString &title, int hoursFromNow, int capacity = 0, const QString &groupId = {},
        const QString &area = QStringLiteral("Lisbon"))
    {
        EventInfo info;
        info.title = title;
        info.start = fixtureNow().addSecs(qint64(hoursFromNow) * 3600);
        info.end = info.start.addSecs(2 * 3600);
        info.timeZone = QStringLiteral("Europe/Lisbon");
        info.place = QStringLiteral("Community hall");
        info.area = area;
        info.capacity = capacity;
        info.groupId = groupId;
        info.status = QStringLiteral("scheduled");
        auto id = events().create(info);
        if (!id) {
            qWarning("cannot create the event: %s", id.error().message.c_str());
            return {};
        }
        return *id;
    }

    bool registerPeople(const QString &eventId, const QStringList &people)
    {
        for (const QString &person : people) {
            clock.advanceMs(1000); // registration order is time order
            if (!events().registerPerson(eventId, person))
                return false;
        }
        return true;
    }
};

} // namespace commonroom::testing
