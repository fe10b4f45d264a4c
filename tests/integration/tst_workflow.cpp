// Nobody goes past their role, through a real commonroom-syncd over HTTPS with real sessions:
// an applicant is never told the ids of rows it may not see (docs/sync.md, "Purges and
// deletes"), a member cannot buy a seat with a false registration time (docs/events.md), and an
// invitation cancelled from a laptop whose clock is two minutes behind the daemon's stays
// cancelled (docs/sync.md, "Workflow fields"). The daemon's clock is moved with
// --clock-offset-file, never waited for.

#include "SmtpSink.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "common/AccountProtocol.h"
#include "common/Endpoints.h"
#include "common/Hlc.h"
#include "common/Protocol.h"
#include "common/Uuid.h"
#include "desktop/core/AccountClient.h"
#include "desktop/core/ApiClient.h"
#include "desktop/core/Events.h"
#include "tests/TestIds.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <set>

using namespace commonroom;

namespace {

constexpr qint64 kDaemonAheadMs = 120'000;
const QString kPassword = QString::fromLatin1(SyncdProcess::kDemoPassword);

QByteArray send(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30'000);
    reply->deleteLater();
    return reply->readAll();
}

// A session opened over the wire, to read the daemon's answers as they are sent.
struct RawSession
{
    std::unique_ptr<ApiClient> api;
    std::string device;
    std::string personId;
    std::int64_t mid = 0;
};

QString text(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    return it == fields.end() || isNull(it->second) ? QString() : QString::fromStdString(toDisplayString(it->second));
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    SmtpSink m_smtp;

    QString clockFile() const { return QDir(m_daemon.dataDir()).filePath(QStringLiteral("clock-offset")); }

    RawSession session(const QString &email)
    {
        RawSession raw {std::make_unique<ApiClient>(), newTestId(), {}, 0};
        raw.api->setServer(m_daemon.url(), m_daemon.fingerprint());
        const protocol::LoginRequest login {email.toStdString(), kPassword.toStdString(), raw.device};
        const auto answer = protocol::fromJson<protocol::LoginResponse>(
            send(raw.api->post(protocol::endpoint::kLogin, QByteArray::fromStdString(protocol::toJson(login))))
                .toStdString());
        if (!answer)
            qFatal("sign-in of %s failed: %s", qPrintable(email), answer.error().message.c_str());
        raw.api->setToken(QString::fromStdString(answer->token));
        raw.personId = answer->personId;
        return raw;
    }

    // Every id the daemon names in the pages from `cursor` to the end (changes, deletes, purges);
    // `cursor` moves to the end.
    std::set<std::string> pulledIds(RawSession &raw, std::string &cursor, std::set<std::string> *purged = nullptr)
    {
        std::set<std::string> ids;
        for (int page = 0; page < 1000; ++page) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("since"), QString::fromStdString(cursor));
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            const auto answer = protocol::fromJson<protocol::PullResponse>(
                send(raw.api->get(protocol::endpoint::kPull, query)).toStdString());
            if (!answer) {
                qWarning("pull failed: %s", answer.error().message.c_str());
                return {};
            }
            for (const auto &change : answer->changes)
                ids.insert(change.id);
            for (const auto &ref : answer->purge) {
                ids.insert(ref.id);
                if (purged)
                    purged->insert(ref.id);
            }
            cursor = answer->cursor;
            if (!answer->hasMore)
                break;
        }
        return ids;
    }

    // Pushes one mutation stamped `hlc`; the rejection code, or "" when acked.
    std::string push(
        RawSession &raw, const std::string &table, const std::string &id, FieldMap fields, std::uint64_t hlc)
    {
        const protocol::PushRequest request {raw.device, protocol::kProtocolVersion,
            {protocol::Mutation {++raw.mid, table, id, std::move(fields), hlc, false}}};
        const auto answer = protocol::fromJson<protocol::PushResponse>(
            send(raw.api->post(protocol::endpoint::kPush, QByteArray::fromStdString(protocol::toJson(request))))
                .toStdString());
        if (!answer)
            return "no answer: " + answer.error().message;
        if (!answer->rejected.empty())
            return answer->rejected.front().code;
        return answer->acked == std::vector<std::int64_t> {raw.mid} ? "" : "not acked";
    }

    std::unique_ptr<TestClient> signedIn(const QString &email)
    {
        auto client = std::make_unique<TestClient>();
        QString message;
        if (!client->login(m_daemon, email, kPassword, &message))
            qWarning("sign-in of %s failed: %s", qPrintable(email), qPrintable(message));
        return client;
    }

    static bool syncs(TestClient &client, int *rejected = nullptr)
    {
        const auto result = client.sync();
        if (!result.ok())
            qWarning("sync failed: %s", qPrintable(result.message));
        if (rejected)
            *rejected = result.rejected;
        return result.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_daemon.start(20), qPrintable(m_daemon.error()));
        const QString certificate = m_daemon.certificatePath();
        const QString key = QDir(QFileInfo(certificate).path()).filePath(QStringLiteral("key.pem"));
        QVERIFY2(m_smtp.start(0, certificate, key), qPrintable(m_smtp.error()));
        // The daemon's clock runs two minutes ahead of the devices'.
        QFile offset(clockFile());
        QVERIFY(offset.open(QIODevice::WriteOnly | QIODevice::Truncate));
        offset.write(QByteArray::number(kDaemonAheadMs));
        offset.close();
        m_daemon.setServeOptions({QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--smtp-port"), QString::number(m_smtp.port()), QStringLiteral("--smtp-starttls"),
            QStringLiteral("--smtp-ca"), certificate, QStringLiteral("--mail-from"),
            QStringLiteral("directory@example.org"), QStringLiteral("--clock-offset-file"), clockFile(),
            QStringLiteral("--login-rate-limit"), QStringLiteral("0")});
        QVERIFY2(m_daemon.restart(), qPrintable(m_daemon.error()));
    }

    // The demo's members-only registrations and a leaders-only duplicate pair, changed, cancelled
    // and deleted: the applicant's pulls never name them and its file never holds their ids,
    // while a row the applicant did hold is still purged from it.
    void anApplicantIsNeverToldOfRowsItMayNotSee()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        QVERIFY(syncs(*leader));
        QVERIFY(leader->store().createRow("person", {{"display_name", std::string("Tomasz Nowak")}}).ok());
        QVERIFY(leader->store().createRow("person", {{"display_name", std::string("Nowak, Tomasz")}}).ok());
        QVERIFY(syncs(*leader));
        QVERIFY(syncs(*leader)); // receives the pair the daemon flagged
        auto known = leader->snapshot();
        std::set<std::string> hidden;
        for (const char *table : {"registration", "duplicate_candidate"}) {
            for (const auto &[id, fields] : known[table])
                hidden.insert(id.toStdString());
        }
        QVERIFY(known["registration"].size() >= 20);
        QVERIFY(!known["duplicate_candidate"].empty());

        auto applicantRaw = session(QStringLiteral("applicant@example.org"));
        std::string cursor;
        for (const auto &id : pulledIds(applicantRaw, cursor))
            QVERIFY2(!hidden.contains(id), id.c_str());
        auto applicant = signedIn(QStringLiteral("applicant@example.org"));
        QVERIFY(syncs(*applicant));

        // The leader cancels one registration, deletes another, and dismisses the pair.
        std::vector<QString> plain;
        for (const auto &[id, fields] : known["registration"]) {
            if (text(fields, "checkins").isEmpty() && text(fields, "state") != QLatin1String("cancelled"))
                plain.push_back(id);
        }
        QVERIFY(plain.size() >= 2);
        QVERIFY(leader->store().updateRow("registration", plain[0], {{"state", std::string("cancelled")}}).ok());
        QVERIFY(leader->store().deleteRow("registration", plain[1]).ok());
        QVERIFY(leader->store()
                    .updateRow("duplicate_candidate", known["duplicate_candidate"].begin()->first,
                        {{"state", std::string("dismissed")}})
                    .ok());
        int rejected = -1;
        QVERIFY(syncs(*leader, &rejected));
        QCOMPARE(rejected, 0);

        for (const auto &id : pulledIds(applicantRaw, cursor))
            QVERIFY2(!hidden.contains(id), id.c_str());
        QVERIFY(syncs(*applicant));
        const QByteArray files = applicant->rawFiles();
        for (const auto &id : hidden)
            QVERIFY2(!files.contains(QByteArray::fromStdString(id)), id.c_str());

        // A person the applicant saw by their public name, hidden again: purged from its file.
        auto admin = signedIn(QStringLiteral("admin@example.org"));
        QVERIFY(syncs(*admin));
        const auto pat = admin->store().createRow("person",
            {{"display_name", std::string("Pat Publicname")}, {"display_name_visibility", std::string("public")}});
        QVERIFY(pat.ok());
        QVERIFY(syncs(*admin));
        QVERIFY(syncs(*applicant));
        QCOMPARE(applicant->field("person", *pat, "display_name"), QStringLiteral("Pat Publicname"));
        pulledIds(applicantRaw, cursor);
        QVERIFY(admin->store().updateRow("person", *pat, {{"display_name_visibility", std::string("members")}}).ok());
        QVERIFY(syncs(*admin));
        std::set<std::string> purged;
        pulledIds(applicantRaw, cursor, &purged);
        QVERIFY(purged.contains(pat->toStdString()));
        QVERIFY(syncs(*applicant));
        QCOMPARE(applicant->field("person", *pat, "display_name"), QStringLiteral("<absent>"));
        QVERIFY(!applicant->rawFiles().contains("Pat Publicname"));
    }

    // The member pushes a registration for a full event dated in the year 2000, with an HLC of
    // that time: it is acknowledged, and waits behind the person registered before it.
    void aMemberCannotBuyASeatWithAFalseDate()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        QVERIFY(syncs(*leader));
        Events &organizing = leader->device().events();
        EventInfo info;
        info.title = QStringLiteral("Small workshop");
        info.start = QDateTime(QDate(2031, 3, 14), QTime(18, 0), QTimeZone::utc());
        info.capacity = 1;
        const auto event = organizing.create(info);
        QVERIFY(event.ok());
        auto memberRaw = session(QStringLiteral("member@example.org"));
        QString first;
        auto people = leader->snapshot();
        for (const auto &[id, fields] : people["person"]) {
            if (id != leader->personId() && id.toStdString() != memberRaw.personId) {
                first = id;
                break;
            }
        }
        const auto registered = organizing.registerPerson(*event, first);
        QVERIFY2(registered.ok(), registered.ok() ? "" : registered.error().message.c_str());
        QVERIFY(syncs(*leader));
        QCOMPARE(organizing.registration(*event, first)->state, QStringLiteral("registered"));

        const QString me = QString::fromStdString(memberRaw.personId);
        const std::uint64_t year2000 = Hlc::pack(946'684'800'000, 0);
        QCOMPARE(
            push(memberRaw, "registration", newTestId(),
                {{"event_id", event->toStdString()}, {"person_id", memberRaw.personId},
                    {"state", std::string("registered")}, {"registered_at", std::string("2000-01-01T00:00:00.000Z")}},
                year2000),
            "");
        QVERIFY(syncs(*leader));
        QCOMPARE(organizing.registration(*event, first)->state, QStringLiteral("registered"));
        const auto mine = organizing.registration(*event, me);
        QVERIFY(mine);
        QCOMPARE(mine->state, QStringLiteral("waitlisted"));
        QVERIFY(mine->registeredAt.date().year() > 2000);
    }

    // The leader invites from a laptop two minutes behind the daemon and cancels a little later:
    // the cancellation stands after every sync, and the mailed code no longer opens an account.
    void anInvitationCancelledFromASlowLaptopStaysCancelled()
    {
        auto leader = signedIn(QStringLiteral("leader@example.org"));
        QVERIFY(syncs(*leader));
        const auto invitation = leader->store().createRow("invitation",
            {{"email", std::string("wanjiru@example.org")}, {"invited_by", leader->personId().toStdString()},
                {"state", std::string("pending")}});
        QVERIFY(invitation.ok());
        int rejected = -1;
        QVERIFY(syncs(*leader, &rejected));
        QCOMPARE(rejected, 0);
        QCOMPARE(leader->field("invitation", *invitation, "state"), QStringLiteral("sent"));
        const QByteArray mail = m_smtp.waitForMessageTo(QStringLiteral("wanjiru@example.org"));
        static const QRegularExpression codePattern(QStringLiteral("--code ([A-Za-z0-9_-]{43})"));
        const QString code = codePattern.match(QString::fromUtf8(mail)).captured(1);
        QVERIFY2(!code.isEmpty(), mail.constData());

        QVERIFY(leader->store().updateRow("invitation", *invitation, {{"state", std::string("cancelled")}}).ok());
        QVERIFY(syncs(*leader, &rejected));
        QCOMPARE(rejected, 0);
        QVERIFY(syncs(*leader));
        QCOMPARE(leader->field("invitation", *invitation, "state"), QStringLiteral("cancelled"));

        auto invited = std::make_unique<TestClient>();
        invited->engine().api().setServer(m_daemon.url(), m_daemon.fingerprint());
        AccountClient accounts(invited->engine().api());
        QSignalSpy finished(&accounts, &AccountClient::finished);
        accounts.acceptInvitation(code, QStringLiteral("wanjiru@example.org"),
            QStringLiteral("a long and unusual passphrase"), QStringLiteral("Wanjiru"), invited->store().siteId());
        QVERIFY(finished.wait(60'000));
        const auto result = finished.first().at(1).value<AccountResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.code, QStringLiteral("invalid_code"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)

#include "tst_workflow.moc"
