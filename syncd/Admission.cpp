#include "Admission.h"

#include "AuditLog.h"
#include "Encoding.h"
#include "MailTexts.h"
#include "SyncService.h"

#include "common/Clock.h"
#include "common/EmailAddress.h"
#include "common/Endpoints.h"
#include "common/Uuid.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <stdexcept>

namespace commonroom::syncd {

namespace {

bool changes(const protocol::Mutation &mutation, const std::string &field, const std::optional<StoredRow> &existing)
{
    const auto it = mutation.fields.find(field);
    if (it == mutation.fields.end())
        return false;
    return !existing || textOf(existing->row.values, field) != toDisplayString(it->second);
}

} // namespace

Admission::Admission(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

std::string Admission::isoTime(std::int64_t unixMs)
{
    const std::time_t seconds = std::time_t(unixMs / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::size_t Admission::countAdmins()
{
    std::size_t admins = 0;
    m_store.forEachLiveRow(*findTable("person"),
        [&](const std::string &, const FieldMap &values) { admins += textOf(values, "role") == "admin"; });
    return admins;
}

std::size_t Admission::countVouches(std::string_view applicantId)
{
    std::size_t vouches = 0;
    m_store.forEachLiveRow(*findTable("vouch"),
        [&](const std::string &, const FieldMap &values) { vouches += textOf(values, "applicant_id") == applicantId; });
    return vouches;
}

Status Admission::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (table.name == "person") {
        const bool wasAdmin = existing && textOf(existing->row.values, "role") == "admin";
        const bool staysAdmin
            = !mutation.deleted && (!mutation.fields.contains("role") || textOf(mutation.fields, "role") == "admin");
        if (wasAdmin && !staysAdmin && countAdmins() <= 1)
            return makeError("last_admin",
                "This is the community's last admin; make someone else admin first, then change this role.");
        const std::string state = textOf(mutation.fields, "admission_state");
        if ((state == "rejected" || state == "needs_info") && textOf(mutation.fields, "admission_message").empty())
            return makeError("invalid_value",
                state == "rejected" ? "Give the applicant the reason of the rejection (admission_message)."
                                    : "Say what more the applicant should tell (admission_message).");
        return {};
    }
    if (table.name == "vouch") {
        if (mutation.deleted)
            return {};
        if (textOf(mutation.fields, "voucher_id") != principal.personId)
            return makeError("forbidden", "A vouch is given in one's own name: voucher_id must be your person id.");
        if (textOf(mutation.fields, "reason").find_first_not_of(" \t\r\n") == std::string::npos)
            return makeError("invalid_value", "Say why you vouch for this person (reason).");
        const std::string applicant = textOf(mutation.fields, "applicant_id");
        if (applicant == principal.personId)
            return makeError("forbidden", "Nobody may vouch for themself.");
        const auto person = isUuid(applicant) ? m_store.loadRow(*findTable("person"), applicant) : std::nullopt;
        if (!person || person->row.deleted)
            return makeError("invalid_reference", "There is no applicant with the id " + applicant + "; sync first.");
        if (textOf(person->row.values, "role") != "applicant")
            return makeError("invalid_value", "This person is no longer an applicant; no vouch is needed.");
        if (principal.role < Role::Leader) {
            const auto account = m_store.findAccountByPerson(principal.personId);
            // Seniority is membership, counted from when it became active, not the account's age:
            // an applicant of long ago approved a minute ago is not yet a senior member.
            if (!account || !account->memberSince || *account->memberSince > m_clock.nowMs() - kVoucherSeniorityMs)
                return makeError("forbidden",
                    "Members may vouch once they have been members for 30 days; ask a leader or an older member.");
        }
        bool already = false;
        m_store.forEachLiveRow(table, [&](const std::string &, const FieldMap &values) {
            already = already
                || (textOf(values, "applicant_id") == applicant && textOf(values, "voucher_id") == principal.personId);
        });
        if (already)
            return makeError("invalid_value", "You have already vouched for this person.");
        return {};
    }
    if (table.name == "invitation") {
        if (mutation.deleted)
            return {};
        if (!existing) {
            if (textOf(mutation.fields, "invited_by") != principal.personId)
                return makeError("forbidden", "An invitation is sent in one's own name: invited_by must be your id.");
            if (auto valid = checkEmail(textOf(mutation.fields, "email")); !valid)
                return valid;
            const std::string state = textOf(mutation.fields, "state");
            if (!state.empty() && state != "pending")
                return makeError("invalid_value", "A new invitation starts as pending.");
            const std::string group = textOf(mutation.fields, "group_id");
            if (!group.empty()) {
                const auto row = isUuid(group) ? m_store.loadRow(*findTable("group"), group) : std::nullopt;
                if (!row || row->row.deleted)
                    return makeError("invalid_reference", "There is no group with the id " + group + "; sync first.");
            }
            return {};
        }
        if (textOf(existing->row.values, "invited_by") != principal.personId && principal.role != Role::Admin)
            return makeError("forbidden", "Only the person who sent an invitation, or an admin, may cancel it.");
        for (const auto &[name, value] : mutation.fields) {
            if (name != "state" || toDisplayString(value) != "cancelled")
                return makeError("forbidden", "An invitation can only be cancelled once sent.");
        }
        const std::string state = textOf(existing->row.values, "state");
        if (state == "accepted")
            return makeError("invalid_value", "This invitation was accepted already.");
        return {};
    }
    return {};
}

FieldMap Admission::decidedFields(const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing, const VersionedRow &merged)
{
    FieldMap decided;
    const std::int64_t now = m_clock.nowMs();
    if (table.name == "person" && changes(mutation, "admission_state", existing)
        && textOf(merged.values, "admission_state") == "approved" && textOf(merged.values, "role") == "applicant")
        decided["role"] = std::string("member");
    if (table.name == "vouch" && !existing)
        decided["created_at"] = isoTime(now);
    if (table.name == "invitation" && !existing) {
        decided["state"] = std::string("sent");
        decided["expires_at"] = isoTime(now + kInvitationLifetimeMs);
        if (textOf(merged.values, "created_at").empty())
            decided["created_at"] = isoTime(now);
    }
    return decided;
}

std::vector<Admission::FollowUp> Admission::afterSave(const Principal &principal, const protocol::Mutation &mutation,
    const TableDef &table, const std::optional<StoredRow> &existing, const VersionedRow &saved)
{
    std::vector<FollowUp> followUps;
    const std::int64_t now = m_clock.nowMs();
    if (table.name == "person" && !saved.deleted) {
        // A new address for someone without an account whose address bounced: mailed at the new
        // one (an account holder is mailed at the account's address, which this does not change).
        if (changes(mutation, "email", existing) && !textOf(saved.values, "mail_bounced_at").empty()
            && !m_store.findAccountByPerson(mutation.id))
            followUps.push_back(FollowUp {&table, mutation.id, {{"mail_bounced_at", FieldValue {}}}});
        if (changes(mutation, "admission_state", existing)) {
            const std::string state = textOf(saved.values, "admission_state");
            const std::string action = state == "approved" ? "approve"
                : state == "rejected"                      ? "reject"
                : state == "needs_info"                    ? "needs_info"
                                                           : "admission_state";
            AuditLog::record(m_store, now, action, principal, mutation.id, "admission_state " + state);
        }
        const std::string before = existing ? textOf(existing->row.values, "role") : std::string();
        const std::string after = textOf(saved.values, "role");
        if (existing && before != after)
            AuditLog::record(m_store, now, "role_change", principal, mutation.id, before + " -> " + after);
    }
    if (table.name == "vouch" && !existing && !saved.deleted) {
        const std::string applicant = textOf(saved.values, "applicant_id");
        AuditLog::record(m_store, now, "vouch", principal, applicant, "vouch " + mutation.id);
        const std::size_t vouches = countVouches(applicant);
        if (vouches >= std::size_t(m_vouchesNeeded)) {
            followUps.push_back(FollowUp {findTable("person"), applicant,
                FieldMap {{"role", std::string("member")}, {"admission_state", std::string("approved")}}});
            AuditLog::record(
                m_store, now, "approve", Principal {}, applicant, "by " + std::to_string(vouches) + " vouches");
        }
    }
    if (table.name == "invitation" && !existing && !saved.deleted) {
        const std::string email = textOf(saved.values, "email");
        const std::string code = issueCode("invitation", mutation.id, kInvitationLifetimeMs);
        std::string body = "Hello,\r\n\r\nyou are invited to join a community on Commonroom";
        if (!m_serverUrl.empty())
            body += " at " + m_serverUrl;
        body += ".\r\n\r\nYour invitation code (valid for 14 days, once):\r\n\r\n    " + code
            + "\r\n\r\nIn the Commonroom app choose \"Accept an invitation\", or run:\r\n\r\n"
              "    commonroom-cli accept-invitation "
            + (m_serverUrl.empty() ? std::string("URL") : m_serverUrl) + " --code " + code + " --email " + email
            + " --name \"Your name\" --password-stdin\r\n\r\nIf you did not expect this mail, ignore it.\r\n";
        queueMail(email, "Your invitation to Commonroom", std::move(body));
        AuditLog::record(m_store, now, "invite", principal, mutation.id, textOf(saved.values, "group_id"));
    }
    if (table.name == "invitation" && existing && textOf(saved.values, "state") == "cancelled") {
        m_store.deleteCodesOf(mutation.id);
        AuditLog::record(m_store, now, "invitation_cancelled", principal, mutation.id);
    }
    return followUps;
}

std::string Admission::issueCode(std::string_view kind, std::string_view subject, std::int64_t lifetimeMs)
{
    const std::string code = toBase64Url(randomBytes(kCodeBytes));
    const std::int64_t now = m_clock.nowMs();
    m_store.insertCode(
        SecretCode {toHex(sha256(code)), std::string(kind), std::string(subject), now, now + lifetimeMs, std::nullopt});
    return code;
}

Result<SecretCode> Admission::redeemableCode(std::string_view code, std::string_view kind)
{
    const auto stored = m_store.findCode(toHex(sha256(code)));
    if (!stored || stored->kind != kind || stored->usedAt || stored->expiresAt <= m_clock.nowMs())
        return makeError("invalid_code",
            "This code is not valid: it is mistyped, was used already or has expired. Ask for a new one.");
    return *stored;
}

namespace {

// Whether `headers` are whole header lines, each "Name: value\r\n" with no other line break: a
// value that could start a header of its own must never reach a mail.
bool wellFormedHeaders(std::string_view headers)
{
    while (!headers.empty()) {
        const auto end = headers.find("\r\n");
        if (end == std::string_view::npos)
            return false;
        const auto line = headers.substr(0, end);
        const auto colon = line.find(':');
        if (colon == 0 || colon == std::string_view::npos || line.find_first_of("\r\n") != std::string_view::npos
            || line.substr(0, colon).find_first_of(" \t") != std::string_view::npos)
            return false;
        headers.remove_prefix(end + 2);
    }
    return true;
}

// The host of a URL such as "https://directory.example.org:8443/", for a List-Id.
std::string hostOf(std::string_view url)
{
    if (const auto scheme = url.find("://"); scheme != std::string_view::npos)
        url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find_first_of(":/"));
    return url.empty() || url.starts_with('[') ? std::string("localhost") : std::string(url);
}

std::string linkMac(const MailSeal &seal, std::string_view kind, std::string_view personId)
{
    return toBase64Url(seal.sign("unsubscribe\n" + std::string(kind) + "\n" + std::string(personId)));
}

} // namespace

void Admission::queueMail(std::string_view recipient, std::string subject, std::string body, std::string_view headers,
    std::string_view source, std::string_view fromName)
{
    if (!wellFormedHeaders(headers))
        throw std::invalid_argument("a queued mail's extra headers are not whole \"Name: value\" lines");
    const std::int64_t now = m_clock.nowMs();
    const auto sealed = [&](std::string_view text) {
        return text.empty() ? std::string() : m_mailSeal.seal(recipient, text);
    };
    m_store.enqueueMail(OutgoingMail {0, std::string(recipient), std::move(subject), m_mailSeal.seal(recipient, body),
        now, now, 0, {}, sealed(headers), {}, std::string(source), sealed(fromName)});
}

void Admission::queueStoppableMail(StoppableMail mail)
{
    const std::string link = unsubscribeUrl(mail.kind, mail.personId);
    const MailTexts &texts = mailTexts(mail.language);
    mail.body += fill(texts.stop, {{"link", link}, {"box", boxOf(texts, mail.kind)}}) + "\n";
    std::string headers = "List-Id: <" + mail.list + "." + hostOf(m_serverUrl) + ">\r\nList-Unsubscribe: <" + link
        + ">\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nPrecedence: bulk\r\n"
          "Auto-Submitted: auto-generated\r\n";
    if (!mail.replyTo.empty() && checkEmail(mail.replyTo))
        headers += "Reply-To: " + mail.replyTo + "\r\n";
    queueMail(mail.recipient, std::move(mail.subject), std::move(mail.body), headers, mail.source, mail.fromName);
}

std::string Admission::mailAddressOf(const std::string &personId, const FieldMap &person)
{
    const auto account = m_store.findAccountByPerson(personId);
    std::string address = account ? account->email : textOf(person, "email");
    if (!checkEmail(address) || m_store.isBouncing(address))
        address.clear();
    return address;
}

std::string Admission::unsubscribeUrl(const mail::Kind &kind, std::string_view personId) const
{
    std::string_view base = m_serverUrl;
    while (base.ends_with('/'))
        base.remove_suffix(1);
    return std::string(base) + std::string(protocol::endpoint::kUnsubscribe) + "?t=" + std::string(kind.name) + "."
        + std::string(personId) + "." + linkMac(m_mailSeal, kind.name, personId);
}

std::optional<Admission::Unsubscriber> Admission::unsubscriber(std::string_view token) const
{
    // KIND.PERSON.MAC; neither a kind nor a person id (a UUID) holds a dot.
    const auto kindEnd = token.find('.');
    const auto kind = std::find_if(mail::kKinds.begin(), mail::kKinds.end(),
        [name = token.substr(0, kindEnd)](const mail::Kind *kind) { return kind->name == name; });
    if (kindEnd == std::string_view::npos || kind == mail::kKinds.end())
        return std::nullopt;
    token.remove_prefix(kindEnd + 1);
    const auto dot = token.find('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const std::string personId(token.substr(0, dot));
    const std::string expected = linkMac(m_mailSeal, (*kind)->name, personId);
    const auto mac = token.substr(dot + 1);
    if (!isUuid(personId) || mac.size() != expected.size()
        || CRYPTO_memcmp(mac.data(), expected.data(), expected.size()) != 0)
        return std::nullopt;
    return Unsubscriber {personId, *kind};
}

} // namespace commonroom::syncd
