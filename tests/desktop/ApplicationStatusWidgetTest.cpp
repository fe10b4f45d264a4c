// What an applicant sees of their own application as syncs bring the decisions and vouches.

#include "desktop/ui/ApplicationStatusWidget.h"
#include "common/Clock.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace commonroom;

class ApplicationStatusWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_device = std::make_unique<Device>(m_clock, Profile(m_dir->path()));
        QVERIFY(m_device->open().ok());
        m_store = &m_device->store();
        QVERIFY(m_store->setSetting(QStringLiteral("person_id"), QStringLiteral("me")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("role"), QStringLiteral("applicant")).ok());
    }

    void cleanup()
    {
        m_device.reset();
        m_dir.reset();
    }

    void followsTheApplication()
    {
        ApplicationStatusWidget status(*m_device);
        QVERIFY2(status.statusText().contains(QStringLiteral("Sync")), qPrintable(status.statusText()));

        pull({{"display_name", std::string("Me")}, {"role", std::string("applicant")},
            {"admission_state", std::string("applied")}});
        QVERIFY2(status.statusText().contains(QStringLiteral("waiting")), qPrintable(status.statusText()));
        QVERIFY(status.vouchesText().contains(QStringLiteral("Nobody")));

        pull({{"display_name", std::string("Me")}, {"role", std::string("applicant")},
            {"admission_state", std::string("needs_info")},
            {"admission_message", std::string("Which neighbourhood do you live in?")}});
        QVERIFY2(status.statusText().contains(QStringLiteral("Which neighbourhood do you live in?")),
            qPrintable(status.statusText()));

        QSqlQuery insert(m_store->database());
        QVERIFY2(
            insert.exec(QStringLiteral("INSERT INTO vouch (id, applicant_id, voucher_id, reason, created_at) "
                                       "VALUES ('v1', 'me', 'someone', 'Good neighbour', '2026-03-01T00:00:00Z')")),
            qPrintable(insert.lastError().text()));
        status.reload();
        QVERIFY2(status.vouchesText().contains(QStringLiteral("A member: Good neighbour")),
            qPrintable(status.vouchesText()));

        pull({{"display_name", std::string("Me")}, {"role", std::string("applicant")},
            {"admission_state", std::string("rejected")}, {"admission_message", std::string("Not this year.")}});
        QVERIFY2(status.statusText().contains(QStringLiteral("Not this year.")), qPrintable(status.statusText()));
        QVERIFY(status.statusText().contains(QStringLiteral("not accepted")));

        pull({{"display_name", std::string("Me")}, {"admission_state", std::string("approved")},
            {"role", std::string("member")}});
        QVERIFY2(status.statusText().contains(QStringLiteral("approved")), qPrintable(status.statusText()));
        // Decided: nothing left to do, no sync to wait for, no vouches to count.
        QVERIFY2(!status.statusText().contains(QStringLiteral("Sync")), qPrintable(status.statusText()));
        QVERIFY(status.vouchesText().isEmpty());
    }

private:
    // The daemon sends whole rows, as this person may see them.
    void pull(const FieldMap &fields)
    {
        protocol::PullResponse page;
        protocol::Change change;
        change.seq = ++m_seq;
        change.table = "person";
        change.id = "me";
        change.fields = fields;
        page.changes = {change};
        page.cursor = std::to_string(m_seq);
        QVERIFY(m_store->applyPullPage(page).ok());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Device> m_device;
    LocalStore *m_store = nullptr;
    std::int64_t m_seq = 0;
};

QTEST_MAIN(ApplicationStatusWidgetTest)
#include "ApplicationStatusWidgetTest.moc"
