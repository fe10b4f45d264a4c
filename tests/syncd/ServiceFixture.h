#pragma once

#include "syncd/PasswordHasher.h"
#include "syncd/SqliteStore.h"
#include "syncd/SyncService.h"

#include "common/Clock.h"
#include "tests/TestIds.h"

#include "TestPrinters.h"
#include <QTemporaryDir>

#include <QTest>

#include <memory>
#include <string>

namespace commonroom::syncd {

// A service over a fresh SQLite file in a temporary directory, with a manual clock and a cheap
// scrypt cost so that tests can create accounts and log in without waiting.
class ServiceFixture
{
public:
    static constexpr std::string_view kPassword = "correct horse battery";

    ServiceFixture()
    {
        auto opened = SqliteStore::open(databasePath());
        if (!opened)
            qFatal("%s", opened.error().message.c_str());
        store = std::move(*opened);
        service = std::make_unique<SyncService>(*store, clock, PasswordHasher(PasswordHasher::Parameters {1024, 8, 1}));
    }

    std::string databasePath() const { return dir.filePath(QStringLiteral("commonroom.db")).toStdString(); }

    std::string addAccount(std::string_view email, Role role, FieldMap profile = {})
    {
        if (!profile.contains("display_name"))
            profile["display_name"] = std::string(email.substr(0, email.find('@')));
        Store::Transaction transaction(*store);
        auto id = service->createAccount(email, kPassword, role, profile, "test");
        if (!id)
            qFatal("%s", id.error().message.c_str());
        transaction.commit();
        return *id;
    }

    struct Login
    {
        std::string token;
        Principal principal;
    };

    Login login(std::string_view email, const std::string &device = newTestId())
    {
        auto session = service->login(protocol::LoginRequest {std::string(email), std::string(kPassword), device});
        if (!session)
            qFatal("%s", session.error().message.c_str());
        auto principal = service->authenticate(session->token);
        if (!principal)
            qFatal("%s", principal.error().message.c_str());
        return Login {session->token, *principal};
    }

    // The mails in the queue due by `dueBy`, their bodies opened as the mail queue opens them.
    std::vector<OutgoingMail> queuedMails(std::int64_t dueBy)
    {
        auto mails = store->dueMails(dueBy, 1000);
        for (auto &mail : mails) {
            const MailSeal &seal = service->admission().mailSeal();
            auto body = seal.open(mail.recipient, mail.body);
            auto headers = seal.open(mail.recipient, mail.headers);
            if (!body || !headers)
                qFatal("%s", (body ? headers : body).error().message.c_str());
            mail.body = std::move(*body);
            mail.headers = std::move(*headers);
            if (!mail.fromName.empty()) {
                auto name = seal.open(mail.recipient, mail.fromName);
                if (!name)
                    qFatal("%s", name.error().message.c_str());
                mail.fromName = std::move(*name);
            }
        }
        return mails;
    }

    QTemporaryDir dir;
    ManualClock clock {1'700'000'000'000};
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SyncService> service;
};

} // namespace commonroom::syncd
