// The authorization matrix, cell by cell, against the real daemon over HTTPS: who may create,
// change and delete which rows. The expectations are written out here by hand, not derived from
// the rule table they check.

#include "SyncdProcess.h"

#include "common/Endpoints.h"
#include "common/Protocol.h"
#include "desktop/core/ApiClient.h"
#include "tests/TestIds.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace commonroom;

namespace {

struct Actor
{
    std::unique_ptr<ApiClient> api;
    std::string device;
    std::string personId;
    std::int64_t mid = 0;
};

QByteArray send(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30'000);
    reply->deleteLater();
    return reply->readAll();
}

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    std::map<QString, Actor> m_actors;
    std::string m_curatedGroup; // the member curates it
    std::string m_otherGroup;
    std::string m_otherPerson;

    // Pushes one mutation as `who`; returns the rejection code, or "" when acked.
    std::string push(
        const QString &who, const std::string &table, const std::string &id, FieldMap fields, bool deleted = false)
    {
        Actor &actor = m_actors.at(who);
        protocol::Mutation mutation;
        mutation.mid = ++actor.mid;
        mutation.table = table;
        mutation.id = id;
        mutation.fields = std::move(fields);
        mutation.deleted = deleted;
        mutation.hlc = std::uint64_t(QDateTime::currentMSecsSinceEpoch()) << 16 | std::uint64_t(actor.mid & 0xfff);
        const protocol::PushRequest request {actor.device, protocol::kProtocolVersion, {mutation}};
        const auto answer = protocol::fromJson<protocol::PushResponse>(
            send(actor.api->post(protocol::endpoint::kPush, QByteArray::fromStdString(protocol::toJson(request))))
                .toStdString());
        if (!answer)
            return "no answer: " + answer.error().message;
        if (!answer->rejected.empty())
            return answer->rejected.front().code;
        return answer->acked == std::vector<std::int64_t> {mutation.mid} ? "" : "not acked";
    }

    // A new row made by the admin, for a cell that changes or deletes it.
    std::string fresh(const std::string &table, const FieldMap &fields)
    {
        const std::string id = newTestId();
        const auto code = push("admin", table, id, fields);
        if (!code.empty())
            qFatal("the admin could not create a %s: %s", table.c_str(), code.c_str());
        return id;
    }

    FieldMap membershipIn(const std::string &group, const std::string &person) const
    {
        return {{"person_id", person}, {"group_id", group}, {"state", std::string("active")},
            {"role", std::string("member")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_daemon.start(5), qPrintable(m_daemon.error()));
        for (const char *role : {"applicant", "member", "leader", "admin"}) {
            Actor actor {std::make_unique<ApiClient>(), newTestId(), {}, 0};
            actor.api->setServer(m_daemon.url(), m_daemon.fingerprint());
            const protocol::LoginRequest login {
                std::string(role) + "@example.org", SyncdProcess::kDemoPassword, actor.device};
            const auto session = protocol::fromJson<protocol::LoginResponse>(
                send(actor.api->post(protocol::endpoint::kLogin, QByteArray::fromStdString(protocol::toJson(login))))
                    .toStdString());
            QVERIFY2(session.ok(), role);
            QCOMPARE(session->roles.front(), std::string(role));
            actor.api->setToken(QString::fromStdString(session->token));
            actor.personId = session->personId;
            m_actors.emplace(QString::fromLatin1(role), std::move(actor));
        }
        m_curatedGroup
            = fresh("group", {{"name", std::string("Curated by the member")}, {"kind", std::string("open")}});
        m_otherGroup = fresh("group", {{"name", std::string("Not the member's")}, {"kind", std::string("open")}});
        FieldMap curator = membershipIn(m_curatedGroup, m_actors.at("member").personId);
        curator["role"] = std::string("curator");
        fresh("membership", curator);
        m_otherPerson = fresh("person", {{"display_name", std::string("Somebody Else")}});
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("allowed");
        const auto cell = [](const char *who, const char *table, const char *operation, const char *relation,
                              const char *field, bool allowed) {
            QTest::addRow("%s %s %s %s %s", who, operation, relation, table, field)
                << who << table << operation << relation << field << allowed;
        };
        // person
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "person", "create", "-", "display_name", allowed);
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", true}, {"leader", true}, {"admin", true}})
            cell(who, "person", "update", "own", "bio", allowed);
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "person", "update", "other", "bio", allowed);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", false}, {"admin", true}})
            cell(who, "person", "update", "other", "role", allowed);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", false}})
            cell(who, "person", "update", "own", "role", allowed);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "person", "update", "other", "leadership_level", allowed);
        cell("member", "person", "update", "own", "leadership_level", false);
        for (auto [who, allowed] : {std::pair {"member", true}, {"leader", true}})
            cell(who, "person", "update", "own", "email_visibility", allowed);
        for (auto [who, allowed] : {std::pair {"leader", false}, {"admin", true}})
            cell(who, "person", "update", "other", "email_visibility", allowed);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", false}, {"admin", true}})
            cell(who, "person", "delete", "other", "-", allowed);
        // group
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "group", "create", "-", "name", allowed);
        cell("member", "group", "update", "curated", "name", true);
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "group", "update", "other", "name", allowed);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", false}, {"admin", true}})
            cell(who, "group", "delete", "curated", "-", allowed);
        // membership
        cell("member", "membership", "create", "curated", "-", true);
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "membership", "create", "other", "-", allowed);
        cell("member", "membership", "update", "curated", "state", true);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "membership", "update", "other", "state", allowed);
        cell("member", "membership", "update", "own", "state", false);
        cell("member", "membership", "delete", "own", "-", true);
        cell("member", "membership", "delete", "curated", "-", true);
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "membership", "delete", "other", "-", allowed);
        // contribution (docs/organizing.md): own, or about somebody else
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", true}, {"leader", true}, {"admin", true}})
            cell(who, "contribution", "create", "own", "-", allowed);
        for (auto [who, allowed] :
            {std::pair {"applicant", false}, {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "contribution", "create", "other", "-", allowed);
        cell("member", "contribution", "update", "own", "confirmed_by", false);
        for (auto [who, allowed] : {std::pair {"member", false}, {"leader", true}, {"admin", true}})
            cell(who, "contribution", "update", "other", "confirmed_by", allowed);
        for (auto [who, allowed] : {std::pair {"leader", false}, {"admin", false}})
            cell(who, "contribution", "update", "other", "minutes", allowed);
        cell("member", "contribution", "delete", "own", "-", false);
        for (auto [who, allowed] : {std::pair {"leader", false}, {"admin", true}})
            cell(who, "contribution", "delete", "other", "-", allowed);
    }

    void matrix()
    {
        QFETCH(QString, who);
        QFETCH(QString, table);
        QFETCH(QString, operation);
        QFETCH(QString, relation);
        QFETCH(QString, field);
        QFETCH(bool, allowed);
        const std::string self = m_actors.at(who).personId;
        const std::string member = m_actors.at("member").personId;
        std::string id = newTestId();
        FieldMap fields;
        if (table == "person") {
            if (operation == "create")
                fields = {{"display_name", std::string("New Person")}};
            else if (relation == "own")
                id = self;
            else
                id = fresh("person", {{"display_name", std::string("Target")}});
        } else if (table == "group") {
            if (operation == "create")
                fields = {{"name", std::string("New Group")}};
            else
                id = relation == "curated" ? m_curatedGroup : fresh("group", {{"name", std::string("Target")}});
            if (operation == "delete" && relation == "curated") {
                id = fresh("group", {{"name", std::string("Curated, to delete")}});
                FieldMap curator = membershipIn(id, member);
                curator["role"] = std::string("curator");
                fresh("membership", curator);
            }
        } else if (table == "contribution") {
            const std::string person = relation == "own" ? self : m_otherPerson;
            const auto entry = [&](const std::string &by) {
                return FieldMap {{"person_id", person}, {"area", std::string("support")},
                    {"kind", std::string("contribution")}, {"done_on", std::string("2026-11-30")}, {"recorded_by", by},
                    {"recorded_at", std::string("2026-12-01T10:00:00.000Z")}};
            };
            if (operation == "create")
                fields = entry(self);
            else
                id = fresh("contribution", entry(m_actors.at("admin").personId));
        } else {
            const std::string group = relation == "curated" ? m_curatedGroup : m_otherGroup;
            const std::string person = relation == "own" ? member : m_otherPerson;
            if (operation == "create")
                fields = membershipIn(group, m_otherPerson);
            else
                id = fresh("membership", membershipIn(group, person));
        }
        if (operation == "update") {
            const std::string name = field.toStdString();
            if (name == "confirmed_by")
                fields = {{name, self}, {"confirmed_at", std::string("2026-12-02T10:00:00.000Z")}};
            else if (name == "minutes")
                fields = {{name, std::int64_t(30)}};
            else if (name == "leadership_level")
                fields = {{name, std::int64_t(3)}};
            else if (name == "role")
                fields = {{name, std::string(table == "person" ? "leader" : "curator")}};
            else if (name == "state")
                fields = {{name, std::string("declined")}};
            else if (name == "email_visibility")
                fields = {{name, std::string("public")}};
            else
                fields = {{name, std::string("Changed by ") + who.toStdString()}};
        }
        const std::string code = push(who, table.toStdString(), id, fields, operation == "delete");
        if (allowed)
            QVERIFY2(code.empty(), code.c_str());
        else
            QCOMPARE(code, std::string("forbidden"));
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
