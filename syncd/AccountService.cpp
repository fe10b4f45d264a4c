#include "AccountService.h"

#include "AuditLog.h"
#include "Encoding.h"
#include "PasswordPolicy.h"

#include "common/Attendance.h"
#include "common/EmailAddress.h"
#include "common/ProfileMedia.h"
#include "common/Uuid.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <set>

namespace commonroom::syncd {

namespace {

namespace json = boost::json;

std::string lowercase(std::string_view text)
{
    std::string lowered(text);
    for (char &c : lowered)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return lowered;
}

const TableDef &tableNamed(std::string_view name)
{
    return *findTable(name);
}

Error invalidCode()
{
    return makeError(
        "invalid_code", "This code is not valid: it is mistyped, was used already or has expired. Ask for a new one.");
}

json::object rowToJson(const std::string &id, const FieldMap &values)
{
    json::object object {{"id", id}};
    for (const auto &[name, value] : values) {
        if (const auto *textValue = std::get_if<std::string>(&value))
            object[name] = *textValue;
        else if (const auto *number = std::get_if<std::int64_t>(&value))
            object[name] = *number;
        else
            object[name] = nullptr;
    }
    return object;
}

// vCard 4.0 text values escape backslash, comma, semicolon and newlines.
std::string vcardText(std::string_view value)
{
    std::string escaped;
    for (char c : value) {
        if (c == '\\' || c == ',' || c == ';')
            escaped += '\\';
        if (c == '\n') {
            escaped += "\\n";
            continue;
        }
        if (c != '\r')
            escaped += c;
    }
    return escaped;
}

// A content line, folded after 75 octets (RFC 6350 §3.2) without splitting a UTF-8 sequence.
void addLine(std::string &card, std::string_view line)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const bool continuation = (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
        if (width >= 75 && !continuation) {
            card += "\r\n ";
            width = 1;
        }
        card += line[i];
        ++width;
    }
    card += "\r\n";
}

} // namespace

AccountService::AccountService(SyncService &service)
    : m_service(service)
{
}

Status AccountService::checkNewAccount(
    const std::string &email, const std::string &password, const std::string &displayName, const std::string &device)
{
    if (!isUuid(device))
        return makeError("bad_request", "\"device\" must be this device's id, a lowercase UUID; update the client.");
    if (auto valid = checkEmail(email); !valid)
        return valid;
    if (displayName.find_first_not_of(" \t\r\n") == std::string::npos || displayName.size() > 200)
        return makeError("invalid_value", "Give your name as others should see it (up to 200 bytes).");
    return PasswordPolicy::check(password, {email, displayName});
}

std::string AccountService::createPerson(
    const std::string &email, const std::string &passwordHash, const FieldMap &fields, std::int64_t now)
{
    Store &store = m_service.lockedStore();
    const std::string id = newUuidV7(now);
    FieldMap values = fields;
    values["email"] = email;
    values.try_emplace("status", std::string("active"));
    VersionedRow row;
    // Values recorded at creation carry the lowest version: any later edit wins, however far behind
    // the daemon's clock the editing device's is (docs/sync.md, "The daemon's writes").
    mergeFields(row, values, FieldVersion {0, std::string(SyncService::kServerSite)});
    store.saveRow(tableNamed("person"), id, row);
    m_service.trackServerWrite(tableNamed("person"), id, std::nullopt, row);
    // An accepted invitation makes a member at once; an application, an applicant.
    const bool member = textOf(values, "role") != "applicant";
    store.insertAccount(
        Account {id, email, passwordHash, now, member ? std::optional<std::int64_t>(now) : std::nullopt});
    return id;
}

Result<protocol::LoginResponse> AccountService::apply(const protocol::ApplyRequest &request, std::string_view address)
{
    if (auto valid = checkNewAccount(request.email, request.password, request.displayName, request.device); !valid)
        return valid.error();
    if (request.about.size() > 4000)
        return makeError("too_long", "Tell about yourself in up to 4000 bytes.");
    // Hashed whether or not the email has an account, so that both take as long.
    const auto passwordHash = m_service.hashPassword(request.password);
    if (!passwordHash)
        return passwordHash.error();
    auto session = m_service.withStore([&](Store &store) -> Result<protocol::LoginResponse> {
        const std::int64_t now = m_service.clock().nowMs();
        if (const auto existing = store.findAccountByEmail(request.email))
            return answerApplicationForExistingAccount(*existing, request.device, address, now);
        Store::Transaction transaction(store);
        m_service.beginServerWrites();
        FieldMap fields {{"display_name", request.displayName}, {"role", std::string("applicant")},
            {"admission_state", std::string("applied")}, {"applied_at", Admission::isoTime(now)},
            {"consent", std::int64_t(request.consent ? 1 : 0)}, {"consent_at", Admission::isoTime(now)}};
        if (!request.about.empty())
            fields["bio"] = request.about;
        const std::string id = createPerson(request.email, *passwordHash, fields, now);
        auto session = m_service.openSession(id, request.device, Role::Applicant);
        if (!session)
            return session.error();
        AuditLog::record(store, now, "apply", Principal {id, Role::Applicant, request.device}, id,
            request.consent ? "consent given" : "consent refused", address);
        m_service.finishServerWrites();
        transaction.commit();
        m_service.serverWritesCommitted();
        return session;
    });
    return session;
}

Result<protocol::LoginResponse> AccountService::acceptInvitation(
    const protocol::AcceptInvitationRequest &request, std::string_view address)
{
    if (auto valid = checkNewAccount(request.email, request.password, request.displayName, request.device); !valid)
        return valid.error();
    const auto passwordHash = m_service.hashPassword(request.password);
    if (!passwordHash)
        return passwordHash.error();
    auto session = m_service.withStore([&](Store &store) -> Result<protocol::LoginResponse> {
        auto code = m_service.admission().redeemableCode(request.code, "invitation");
        const auto invitation = code ? store.loadRow(tableNamed("invitation"), code->subject) : std::nullopt;
        const auto refuse = [&](std::string_view why, Error error) -> Error {
            // The invitation a known code belongs to, used or not, so that admins see attempts on it.
            const auto known = store.findCode(toHex(sha256(request.code)));
            Store::Transaction transaction(store);
            m_service.addressThrottle().recordFailure(store, address);
            AuditLog::record(store, m_service.clock().nowMs(), "invitation_refused",
                Principal {"", Role::Applicant, request.device}, known ? known->subject : std::string(), why, address);
            transaction.commit();
            return error;
        };
        if (!code || !invitation || invitation->row.deleted || textOf(invitation->row.values, "state") != "sent")
            return refuse("invalid code", invalidCode());
        const std::string invited = textOf(invitation->row.values, "email");
        if (lowercase(invited) != lowercase(request.email))
            return refuse("another email",
                makeError("invalid_email",
                    "This invitation was sent to another address; accept it with the email it was sent to."));
        if (store.findAccountByEmail(request.email))
            return makeError(
                "account_exists", "An account for " + request.email + " exists already; sign in with it instead.");
        const std::int64_t now = m_service.clock().nowMs();
        Store::Transaction transaction(store);
        m_service.beginServerWrites();
        const std::string id = createPerson(request.email, *passwordHash,
            FieldMap {{"display_name", request.displayName}, {"role", std::string("member")},
                {"admission_state", std::string("approved")}, {"applied_at", Admission::isoTime(now)}},
            now);
        store.markCodeUsed(code->hash, now);
        m_service.writeServerRow(tableNamed("invitation"), code->subject,
            FieldMap {{"state", std::string("accepted")}, {"accepted_by", id}});
        if (const std::string group = textOf(invitation->row.values, "group_id"); !group.empty()) {
            const auto groupRow = store.loadRow(tableNamed("group"), group);
            if (groupRow && !groupRow->row.deleted)
                m_service.writeServerRow(tableNamed("membership"), newUuidV7(now),
                    FieldMap {{"person_id", id}, {"group_id", group}, {"state", std::string("active")},
                        {"role", std::string("member")}});
        }
        auto session = m_service.openSession(id, request.device, Role::Member);
        if (!session)
            return session.error();
        AuditLog::record(store, now, "invitation_accepted", Principal {id, Role::Member, request.device}, code->subject,
            textOf(invitation->row.values, "invited_by"), address);
        m_service.finishServerWrites();
        transaction.commit();
        m_service.serverWritesCommitted();
        return session;
    });
    return session;
}

Status AccountService::requestPasswordReset(const protocol::PasswordResetRequest &request, std::string_view address)
{
    return m_service.withStore([&](Store &store) -> Status {
        const auto account = store.findAccountByEmail(request.email);
        if (!account)
            return {};
        const std::int64_t now = m_service.clock().nowMs();
        // The answer is the same either way, so a refused repeat tells nothing.
        if (!mayMail("reset", account->personId, now))
            return {};
        Store::Transaction transaction(store);
        auto &admission = m_service.admission();
        const std::string code = admission.issueCode("reset", account->personId, kResetCodeLifetimeMs);
        std::string body = "Hello,\r\n\r\nsomeone (we hope you) asked to reset the password of your Commonroom "
                           "account. The code (valid for one hour, once):\r\n\r\n    "
            + code
            + "\r\n\r\nIn the Commonroom app choose \"Reset password\", or run:\r\n\r\n    commonroom-cli password "
              "reset "
            + (admission.serverUrl().empty() ? std::string("URL") : admission.serverUrl()) + " --email "
            + account->email + " --code " + code
            + " --password-stdin\r\n\r\nIf you did not ask for this, ignore this mail; your password stays as it "
              "is.\r\n";
        admission.queueMail(account->email, "Reset your Commonroom password", std::move(body));
        AuditLog::record(store, now, "password_reset_requested", Principal {}, account->personId, {}, address);
        transaction.commit();
        return {};
    });
}

Status AccountService::resetPassword(const protocol::PasswordReset &request, std::string_view address)
{
    if (auto strong = PasswordPolicy::check(request.password, {request.email, {}}); !strong)
        return strong;
    const auto passwordHash = m_service.hashPassword(request.password);
    if (!passwordHash)
        return passwordHash.error();
    return m_service.withStore([&](Store &store) -> Status {
        const auto account = store.findAccountByEmail(request.email);
        auto code = m_service.admission().redeemableCode(request.code, "reset");
        if (!account || !code || code->subject != account->personId) {
            m_service.addressThrottle().recordFailure(store, address);
            return invalidCode();
        }
        const std::int64_t now = m_service.clock().nowMs();
        Store::Transaction transaction(store);
        store.markCodeUsed(code->hash, now);
        store.updatePasswordHash(account->personId, *passwordHash);
        store.deleteSessionsOf(account->personId, "");
        AuditLog::record(store, now, "password_reset", Principal {}, account->personId, {}, address);
        transaction.commit();
        return {};
    });
}

Status AccountService::changePassword(
    const Principal &principal, std::string_view token, const protocol::PasswordChange &request)
{
    const auto account = m_service.withStore([&](Store &store) -> Result<Account> {
        auto found = store.findAccountByPerson(principal.personId);
        if (!found)
            return makeError("unauthorized", "This session has no account any more; sign in again.");
        if (m_service.accountThrottle().isOverLimit(store, found->email))
            return makeError("too_many_attempts", "Too many failed attempts for this account; wait 15 minutes.");
        return *found;
    });
    if (!account)
        return account.error();
    const auto verified = m_service.verifyPassword(request.currentPassword, account->passwordHash);
    if (!verified)
        return verified.error();
    if (!*verified) {
        m_service.withStore([&](Store &store) { m_service.accountThrottle().recordFailure(store, account->email); });
        return makeError("invalid_credentials", "The current password is wrong; check it and try again.");
    }
    if (auto strong = PasswordPolicy::check(request.newPassword, {account->email, {}}); !strong)
        return strong;
    const auto passwordHash = m_service.hashPassword(request.newPassword);
    if (!passwordHash)
        return passwordHash.error();
    return m_service.withStore([&](Store &store) -> Status {
        Store::Transaction transaction(store);
        store.updatePasswordHash(principal.personId, *passwordHash);
        // Other devices sign in again with the new password; this one keeps its session.
        store.deleteSessionsOf(principal.personId, toHex(sha256(token)));
        AuditLog::record(store, m_service.clock().nowMs(), "password_changed", principal, principal.personId);
        transaction.commit();
        return {};
    });
}

bool AccountService::mayMail(std::string_view kind, const std::string &personId, std::int64_t now)
{
    const std::string key = std::string(kind) + ':' + personId;
    if (const auto last = m_lastMail.find(key); last != m_lastMail.end() && now - last->second < kMailIntervalMs)
        return false;
    m_lastMail[key] = now;
    return true;
}

Result<protocol::LoginResponse> AccountService::answerApplicationForExistingAccount(
    const Account &account, const std::string &device, std::string_view address, std::int64_t now)
{
    Store &store = m_service.lockedStore();
    Store::Transaction transaction(store);
    if (mayMail("apply", account.personId, now)) {
        auto &admission = m_service.admission();
        const std::string url = admission.serverUrl().empty() ? std::string("URL") : admission.serverUrl();
        admission.queueMail(account.email, "Someone applied to Commonroom with your address",
            "Hello,\r\n\r\nsomeone (we hope you) applied to join the Commonroom community at " + url
                + " with this address, which has an account already, so no new account was made.\r\n\r\n"
                  "If it was you, sign in with your password. If you have forgotten it, choose \"Forgot "
                  "password\" when you sign in, or run:\r\n\r\n    commonroom-cli password reset-request "
                + url + " --email " + account.email
                + "\r\n\r\nIf it was not you, ignore this mail; nothing about your account has changed.\r\n");
    }
    AuditLog::record(
        store, now, "apply_existing", Principal {"", Role::Applicant, device}, account.personId, {}, address);
    transaction.commit();
    // Shaped like the answer to a new application, so that it does not tell whether the email has
    // an account; the token was never stored, so it signs nobody in.
    return protocol::LoginResponse {toBase64Url(randomBytes(SyncService::kTokenBytes)),
        now + SyncService::kSessionLifetimeMs, newUuidV7(now), {std::string(toString(Role::Applicant))}};
}

Result<protocol::LoginResponse> AccountService::refresh(const Principal &principal, std::string_view token)
{
    return m_service.withStore([&](Store &store) -> Result<protocol::LoginResponse> {
        Store::Transaction transaction(store);
        auto session = m_service.openSession(principal.personId, principal.deviceId, principal.role);
        if (!session)
            return session.error();
        store.deleteSession(toHex(sha256(token)));
        AuditLog::record(store, m_service.clock().nowMs(), "token_refreshed", principal, principal.personId);
        transaction.commit();
        return session;
    });
}

Result<std::string> AccountService::exportData(const Principal &principal, std::string_view format)
{
    if (format != "json" && format != "vcard")
        return makeError("bad_request", "\"format\" is json or vcard.");
    return m_service.withStore([&](Store &store) -> Result<std::string> {
        const auto person = store.loadValues(tableNamed("person"), principal.personId);
        if (!person || person->row.deleted)
            return makeError("not_found", "There is no profile for this session any more.");
        const std::int64_t now = m_service.clock().nowMs();
        Store::Transaction transaction(store);
        AuditLog::record(store, now, "export", principal, principal.personId, std::string(format));
        transaction.commit();
        const FieldMap &values = person->row.values;
        if (format == "vcard") {
            std::string card = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
            card += "UID:urn:uuid:" + principal.personId + "\r\n";
            card += "FN:" + vcardText(textOf(values, "display_name")) + "\r\n";
            card += "N:" + vcardText(textOf(values, "family_name")) + ";" + vcardText(textOf(values, "given_name"))
                + ";;;\r\n";
            for (const auto &[property, field] : {std::pair {"EMAIL", "email"}, std::pair {"TEL", "phone"},
                     std::pair {"NOTE", "bio"}, std::pair {"X-PRONOUNS", "pronouns"}}) {
                if (const std::string value = textOf(values, field); !value.empty())
                    card += std::string(property) + ":" + vcardText(value) + "\r\n";
            }
            if (const std::string address = textOf(values, "address"); !address.empty())
                card += "ADR:;;" + vcardText(address) + ";;;;\r\n";
            // The photo as a data: URI and each link as a URL, as the app exports contact cards.
            const std::string photo = textOf(values, "photo");
            const auto bytes = photo.empty() ? std::nullopt : ProfileMedia::decodeBase64(photo);
            if (const auto format = bytes ? ProfileMedia::imageFormat(*bytes) : std::nullopt)
                addLine(card,
                    std::string("PHOTO:data:")
                        + (*format == ProfileMedia::ImageFormat::Png ? "image/png" : "image/jpeg") + ";base64,"
                        + photo);
            for (const auto &link : ProfileMedia::splitLinks(textOf(values, "links")))
                addLine(card, "URL:" + link);
            card += "END:VCARD\r\n";
            return card;
        }
        json::object document {
            {"exported_at", Admission::isoTime(now)}, {"person", rowToJson(principal.personId, values)}};
        if (const auto account = store.findAccountByPerson(principal.personId))
            document["account"] = json::object {{"email", account->email}, {"created_at", account->createdAt}};
        json::array memberships;
        store.forEachLiveRow(tableNamed("membership"), [&](const std::string &id, const FieldMap &row) {
            if (textOf(row, "person_id") == principal.personId)
                memberships.push_back(rowToJson(id, row));
        });
        document["memberships"] = std::move(memberships);
        json::array vouches;
        store.forEachLiveRow(tableNamed("vouch"), [&](const std::string &id, const FieldMap &row) {
            if (textOf(row, "applicant_id") == principal.personId || textOf(row, "voucher_id") == principal.personId)
                vouches.push_back(rowToJson(id, row));
        });
        document["vouches"] = std::move(vouches);
        json::array invitations;
        store.forEachLiveRow(tableNamed("invitation"), [&](const std::string &id, const FieldMap &row) {
            if (textOf(row, "accepted_by") == principal.personId || textOf(row, "invited_by") == principal.personId)
                invitations.push_back(rowToJson(id, row));
        });
        document["invitations"] = std::move(invitations);
        json::array contributions;
        for (const auto &[id, row] : store.liveRowsWhere(tableNamed("contribution"), "person_id", principal.personId))
            contributions.push_back(rowToJson(id, row));
        document["contributions"] = std::move(contributions);
        json::array interests;
        for (const auto &[id, row] :
            store.liveRowsWhere(tableNamed("opportunity_interest"), "person_id", principal.personId))
            interests.push_back(rowToJson(id, row));
        document["opportunity_interests"] = std::move(interests);
        // The smart lists they saved (docs/organizing.md, "Smart lists").
        json::array smartLists;
        for (const auto &[id, row] : store.liveRowsWhere(tableNamed("smart_list"), "owner_id", principal.personId))
            smartLists.push_back(rowToJson(id, row));
        document["smart_lists"] = std::move(smartLists);
        // Their registrations with every check-in recorded for them (when, on which device, by
        // whom, and whether it was undone).
        json::array registrations;
        json::array checkIns;
        for (const auto &[id, row] : store.liveRowsWhere(tableNamed("registration"), "person_id", principal.personId)) {
            registrations.push_back(rowToJson(id, row));
            const auto undone = splitLines(textOf(row, "undone"));
            for (const auto &line : splitLines(textOf(row, "checkins"))) {
                const auto token = CheckInToken::parse(line);
                if (!token)
                    continue;
                checkIns.push_back(
                    json::object {{"registration_id", id}, {"event_id", textOf(row, "event_id")}, {"at", token->at},
                        {"device", token->device}, {"by", token->person}, {"undone", undone.contains(line)}});
            }
        }
        document["registrations"] = std::move(registrations);
        document["check_ins"] = std::move(checkIns);
        json::array devices;
        for (const auto &device : store.devicesOf(principal.personId)) {
            json::object entry {{"id", device.id}, {"created_at", device.createdAt}};
            entry["revoked_at"] = device.revokedAt ? json::value(*device.revokedAt) : json::value(nullptr);
            devices.push_back(std::move(entry));
        }
        document["devices"] = std::move(devices);
        json::array audit;
        for (const auto *field : {"actor", "target"}) {
            AuditFilter filter;
            (std::string_view(field) == "actor" ? filter.actorId : filter.targetId) = principal.personId;
            filter.limit = 10'000;
            for (const auto &entry : store.audit(filter))
                audit.push_back(json::object {{"seq", entry.seq}, {"at", entry.at}, {"action", entry.action},
                    {"actor_id", entry.actorId}, {"target_id", entry.targetId}, {"device_id", entry.deviceId}});
        }
        document["audit"] = std::move(audit);
        return json::serialize(document);
    });
}

Result<protocol::AuditPage> AccountService::audit(const Principal &principal, const AuditFilter &filter)
{
    if (principal.role != Role::Admin)
        return makeError("forbidden", "Only admins may read the audit log.");
    AuditFilter bounded = filter;
    bounded.limit = std::clamp<std::size_t>(filter.limit, 1, 1000);
    ++bounded.limit; // one more tells whether another page follows
    return m_service.withStore([&](Store &store) {
        protocol::AuditPage page;
        for (auto &record : store.audit(bounded))
            page.entries.push_back(protocol::AuditEntry {record.seq, record.at, std::move(record.action),
                std::move(record.actorId), std::move(record.deviceId), std::move(record.targetId),
                std::move(record.detail), std::move(record.address)});
        page.hasMore = page.entries.size() >= bounded.limit;
        if (page.hasMore)
            page.entries.pop_back();
        return page;
    });
}

Result<Admission::Unsubscriber> AccountService::unsubscriber(std::string_view token) const
{
    if (auto found = m_service.admission().unsubscriber(token)) {
        found->language = m_service.withStore([&](Store &store) {
            const auto row = store.loadRow(tableNamed("person"), found->personId);
            return std::string(mail::languageOf(row && !row->row.deleted ? row->row.values : FieldMap {}));
        });
        return *found;
    }
    return makeError("invalid_code",
        "This unsubscribe link is cut short or not from this community. Open the whole link from the mail, or "
        "untick the mails you do not want in your profile in Commonroom.");
}

Result<Admission::Unsubscriber> AccountService::unsubscribe(std::string_view token, std::string_view address)
{
    const auto found = unsubscriber(token);
    if (!found)
        return found.error();
    const std::string choice(found->kind->choice);
    return m_service.withStore([&](Store &store) -> Result<Admission::Unsubscriber> {
        const TableDef &person = tableNamed("person");
        const auto row = store.loadRow(person, found->personId);
        if (!row || row->row.deleted)
            return *found;
        const auto chosen = row->row.values.find(choice);
        if (chosen != row->row.values.end() && toDisplayString(chosen->second) == "0")
            return *found;
        const std::int64_t now = m_service.clock().nowMs();
        Store::Transaction transaction(store);
        m_service.beginServerWrites();
        m_service.writeServerRow(person, found->personId,
            FieldMap {{choice, std::int64_t(0)}, {std::string(found->kind->choiceAt), Admission::isoTime(now)}});
        const Principal self {
            found->personId, roleFromString(textOf(row->row.values, "role")).value_or(Role::Applicant), ""};
        AuditLog::record(store, now, "mail_opt_out", self, found->personId,
            std::string(found->kind->what) + ", by the link in a mail", address);
        m_service.finishServerWrites();
        transaction.commit();
        m_service.serverWritesCommitted();
        return *found;
    });
}

Status AccountService::erase(
    const Principal &principal, const protocol::EraseRequest &request, std::string_view address)
{
    if (principal.role != Role::Admin)
        return makeError("forbidden", "Only admins may erase a person.");
    if (request.reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError("invalid_value", "Say why the person is erased (for example \"on their request of 2 May\").");
    if (!isUuid(request.personId))
        return makeError("invalid_id", "The id \"" + request.personId + "\" is not a lowercase UUID.");
    auto erased = m_service.withStore([&](Store &store) -> Status {
        const TableDef &person = tableNamed("person");
        const auto row = store.loadRow(person, request.personId);
        if (!row || row->row.deleted)
            return makeError("not_found", "There is no person with the id " + request.personId + ".");
        if (textOf(row->row.values, "role") == "admin")
            return makeError("forbidden", "Admins are not erased; make them a member first, then erase them.");
        const std::string email = textOf(row->row.values, "email");
        // The mail still queued for them, at the address they gave and at their account's.
        std::set<std::string> addresses {email};
        if (const auto account = store.findAccountByPerson(request.personId))
            addresses.insert(account->email);
        const std::int64_t now = m_service.clock().nowMs();
        Store::Transaction transaction(store);
        m_service.beginServerWrites();
        m_service.writeServerRow(person, request.personId, {}, true);
        const auto eraseWhere = [&](const TableDef &table, std::initializer_list<const char *> fields) {
            std::vector<std::string> ids;
            store.forEachLiveRow(table, [&](const std::string &id, const FieldMap &values) {
                for (const auto *field : fields) {
                    if (textOf(values, field) == request.personId
                        || (std::string_view(field) == "email" && !email.empty()
                            && lowercase(textOf(values, field)) == lowercase(email))) {
                        ids.push_back(id);
                        return;
                    }
                }
            });
            for (const auto &id : ids) {
                m_service.writeServerRow(table, id, {}, true);
                store.deleteCodesOf(id);
            }
        };
        eraseWhere(tableNamed("membership"), {"person_id"});
        eraseWhere(tableNamed("vouch"), {"applicant_id", "voucher_id"});
        eraseWhere(tableNamed("invitation"), {"accepted_by", "email"});
        // Their registrations (with their check-ins: an erasure is the one thing that removes
        // attendance) free their seats, and the pairs that name them go, with any record of a
        // merge of them kept by the daemon.
        // The curators of the groups they were interested in held those interests, and a tombstone
        // keeps no group to tell them by: they fetch a fresh copy (docs/organizing.md, "Opportunities").
        std::set<std::string> curatorsToRefresh;
        for (const auto &[id, values] :
            store.liveRowsWhere(tableNamed("opportunity_interest"), "person_id", request.personId)) {
            for (const auto &[membershipId, membership] :
                store.liveRowsWhere(tableNamed("membership"), "group_id", textOf(values, "group_id"))) {
                if (textOf(membership, "role") == "curator" && textOf(membership, "state") == "active")
                    curatorsToRefresh.insert(textOf(membership, "person_id"));
            }
        }
        for (const auto &curator : curatorsToRefresh) {
            const std::string key = "clearance_epoch:" + curator;
            store.setSetting(key, std::to_string(std::stoll(store.setting(key).value_or("0")) + 1));
        }
        // What is recorded about them goes too (docs/organizing.md): their contributions and
        // touch-points, assessments, the leader notes about them, their tags, their interest in
        // opportunities, their place in a household and every relationship naming them (an
        // emptied household stays, holding no address of theirs), the smart lists they saved,
        // shared or not, their doors in turfs, the turfs assigned to them and what canvassers
        // recorded at their door. What they recorded about others stays, as those people's.
        for (const auto &[table, field] : {std::pair {"registration", "person_id"},
                 std::pair {"duplicate_candidate", "person_a"}, std::pair {"duplicate_candidate", "person_b"},
                 std::pair {"contribution", "person_id"}, std::pair {"assessment", "person_id"},
                 std::pair {"leader_note", "person_id"}, std::pair {"tag_application", "person_id"},
                 std::pair {"opportunity_interest", "person_id"}, std::pair {"household_member", "person_id"},
                 std::pair {"relationship", "person_id"}, std::pair {"relationship", "other_id"},
                 std::pair {"smart_list", "owner_id"}, std::pair {"turf_stop", "person_id"},
                 std::pair {"turf_assignment", "canvasser_id"}, std::pair {"canvass_outcome", "person_id"}}) {
            for (const auto &id : store.liveIdsWhere(tableNamed(table), field, request.personId))
                m_service.writeServerRow(tableNamed(table), id, {}, true);
        }
        store.deleteMergeSnapshotsOf(request.personId);
        store.deleteRemindersOf(request.personId);
        store.deleteListRecipientsOf(request.personId);
        for (auto device : store.devicesOf(request.personId)) {
            if (!device.revokedAt) {
                device.revokedAt = now;
                store.saveDevice(device);
            }
        }
        store.deleteAccount(request.personId);
        store.deleteCodesOf(request.personId);
        for (const auto &address : addresses) {
            if (!address.empty()) {
                store.deleteMailsTo(address);
                store.forgetBounce(address);
            }
        }
        AuditLog::record(store, now, "erase", principal, request.personId, request.reason, address);
        m_service.finishServerWrites();
        transaction.commit();
        m_service.serverWritesCommitted();
        return {};
    });
    if (erased) {
        // The erasure stands; the person who runs the daemon is told what keeps it from the log.
        if (const Status flushed = m_service.withStore([](Store &store) { return store.flushLog(); }); !flushed)
            std::cerr << "commonroom-syncd: " << flushed.error().message << std::endl;
    }
    return erased;
}

} // namespace commonroom::syncd
