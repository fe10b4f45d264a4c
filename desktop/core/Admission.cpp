#include "Admission.h"

#include "LocalStore.h"

#include "common/EmailAddress.h"
#include "common/Roles.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace commonroom {

namespace {
// A LIKE pattern for text containing `text`, its wildcards escaped so that a typed "%" or "_"
// matches itself.
QString likeContaining(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// The approval queue in the words of the partial index person_applicants (migration 8), so that
// SQLite reads the index instead of the directory, already in the queue's order.
const QString kWaiting
    = QStringLiteral("role = 'applicant' AND coalesce(admission_state, 'applied') IN ('applied', 'needs_info')");
const QString kQueueOrder = QStringLiteral("applied_at IS NULL, applied_at, display_name COLLATE LOCALE, id");
} // namespace

Admission::Admission(LocalStore &store)
    : m_store(store)
{
}

QString Admission::roleOf(const QString &personId) const
{
    const auto person = m_store.row(QStringLiteral("person"), personId);
    if (!person)
        return {};
    const auto role = person->find("role");
    return role == person->end() ? QString() : QString::fromStdString(toDisplayString(role->second));
}

Result<std::vector<Admission::Applicant>> Admission::applicants() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.display_name, p.admission_state, p.applied_at, (SELECT count(*) FROM vouch v WHERE "
        "v.applicant_id = p.id) FROM person p WHERE p.role = 'applicant' ORDER BY p.applied_at, p.id"));
    if (!query.exec())
        return makeError("storage", "Cannot read the applicants on this device.");
    std::vector<Applicant> applicants;
    while (query.next())
        applicants.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toInt()});
    return applicants;
}

std::vector<Admission::ReceivedVouch> Admission::vouchesFor(const QString &applicantId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.display_name, v.reason, v.voucher_id FROM vouch v LEFT JOIN person p ON "
                                 "p.id = v.voucher_id WHERE v.applicant_id = ? ORDER BY v.created_at, v.id"));
    query.addBindValue(applicantId);
    std::vector<ReceivedVouch> vouches;
    if (query.exec()) {
        while (query.next())
            vouches.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return vouches;
}

Result<std::vector<Admission::WaitingApplicant>> Admission::waitingApplicants(int offset, int count) const
{
    std::vector<WaitingApplicant> applicants;
    if (count <= 0)
        return applicants;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, display_name, email, applied_at, coalesce(admission_state, 'applied'), "
                                 "admission_message, bio FROM person WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                      .arg(kWaiting, kQueueOrder));
    query.addBindValue(count);
    query.addBindValue(std::max(offset, 0));
    if (!query.exec())
        return makeError("storage", "Cannot read the approval queue on this device.");
    while (query.next()) {
        applicants.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), {}});
    }
    if (applicants.empty())
        return applicants;
    // The page's vouches in one read, not one read per applicant.
    QSqlQuery vouches(m_store.database());
    vouches.setForwardOnly(true);
    vouches.prepare(QStringLiteral("SELECT v.applicant_id, p.display_name, v.reason, v.voucher_id FROM (SELECT id FROM "
                                   "person WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?) a JOIN vouch v ON v.applicant_id = "
                                   "a.id LEFT JOIN person p ON p.id = v.voucher_id ORDER BY v.created_at, v.id")
                        .arg(kWaiting, kQueueOrder));
    vouches.addBindValue(count);
    vouches.addBindValue(std::max(offset, 0));
    if (!vouches.exec())
        return makeError("storage", "Cannot read the vouches on this device.");
    QHash<QString, std::size_t> rowOf; // made at the first vouch: most reads find none
    while (vouches.next()) {
        if (rowOf.isEmpty()) {
            rowOf.reserve(qsizetype(applicants.size()));
            for (std::size_t row = 0; row < applicants.size(); ++row)
                rowOf.insert(applicants[row].id, row);
        }
        const auto row = rowOf.constFind(vouches.value(0).toString());
        if (row != rowOf.constEnd())
            applicants[*row].vouches.push_back(
                {vouches.value(1).toString(), vouches.value(2).toString(), vouches.value(3).toString()});
    }
    return applicants;
}

Result<int> Admission::waitingCount() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM person WHERE ") + kWaiting) || !query.next())
        return makeError("storage", "Cannot count the approval queue on this device.");
    return query.value(0).toInt();
}

Result<std::vector<Admission::Invitation>> Admission::invitations() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT i.id, i.email, i.group_id, g.name, i.state, i.created_at, i.expires_at "
                                   "FROM invitation i LEFT JOIN \"group\" g ON g.id = i.group_id "
                                   "ORDER BY i.created_at DESC, i.id DESC")))
        return makeError("storage", "Cannot read the invitations on this device.");
    std::vector<Invitation> invitations;
    while (query.next())
        invitations.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString(), query.value(5).toString(), query.value(6).toString()});
    return invitations;
}

Result<std::vector<Admission::RoleHolder>> Admission::roleHolders(const QString &filter, int limit) const
{
    const QString text = filter.trimmed();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, display_name, email, role FROM person ");
    const QString order = QStringLiteral(" ORDER BY display_name COLLATE LOCALE, id LIMIT ?");
    if (text.isEmpty()) {
        query.prepare(columns + QStringLiteral("WHERE role IN ('leader', 'admin')") + order);
    } else {
        query.prepare(columns
            + QStringLiteral("WHERE role <> 'applicant' AND (display_name LIKE ? ESCAPE '\\' OR email LIKE ? "
                             "ESCAPE '\\')")
            + order);
        const QString pattern = likeContaining(text);
        query.addBindValue(pattern);
        query.addBindValue(pattern);
    }
    query.addBindValue(limit);
    if (!query.exec())
        return makeError("storage", "Cannot read the people on this device.");
    std::vector<RoleHolder> people;
    while (query.next())
        people.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()});
    return people;
}

Status Admission::mayVouch(const QString &applicantId) const
{
    const Principal me = m_store.principal();
    if (me.personId.empty() || me.role == Role::Applicant)
        return makeError("not_member", "Only members can vouch; once your own application is approved, you can.");
    if (QString::fromStdString(me.personId) == applicantId)
        return makeError("own_application", "You cannot vouch for yourself.");
    const auto applicant = m_store.row(QStringLiteral("person"), applicantId);
    if (!applicant)
        return makeError("not_on_device", "This person is not on this device; sync, then try again.");
    if (roleOf(applicantId) != QLatin1String("applicant"))
        return makeError("already_member", "This person is already a member.");
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM vouch WHERE applicant_id = ? AND voucher_id = ? LIMIT 1"));
    query.addBindValue(applicantId);
    query.addBindValue(QString::fromStdString(me.personId));
    if (query.exec() && query.next())
        return makeError("already_vouched", "You have already vouched for this person.");
    return {};
}

Result<QString> Admission::vouch(const QString &applicantId, const QString &reason)
{
    if (auto allowed = mayVouch(applicantId); !allowed)
        return allowed.error();
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return makeError("no_reason", "Give a reason: admins decide with it.");
    if (trimmed.toUtf8().size() > kMaxReasonBytes)
        return makeError(
            "reason_too_long", "The reason is too long; keep it under " + std::to_string(kMaxReasonBytes) + " bytes.");
    return m_store.createRow(QStringLiteral("vouch"),
        FieldMap {{"applicant_id", applicantId.toStdString()}, {"voucher_id", m_store.principal().personId},
            {"reason", trimmed.toStdString()}, {"created_at", m_store.now().toString(Qt::ISODate).toStdString()}});
}

Result<QString> Admission::invite(const QString &email, const QString &groupId)
{
    if (m_store.principal().role < Role::Leader)
        return makeError("forbidden", "Only leaders and admins can invite people.");
    const QString address = email.trimmed();
    if (auto valid = checkEmail(address.toStdString()); !valid)
        return valid.error();
    FieldMap fields {{"email", address.toStdString()}, {"invited_by", m_store.principal().personId},
        {"state", std::string("pending")}, {"created_at", m_store.now().toString(Qt::ISODate).toStdString()}};
    if (!groupId.isEmpty())
        fields["group_id"] = groupId.toStdString();
    return m_store.createRow(QStringLiteral("invitation"), fields);
}

Status Admission::decide(const QString &applicantId, Decision decision, const QString &message)
{
    if (m_store.principal().role != Role::Admin)
        return makeError("forbidden", "Only admins decide on applications; members and leaders can vouch instead.");
    const QString text = message.trimmed();
    FieldMap fields;
    switch (decision) {
    case Decision::Approve:
        fields = {{"admission_state", std::string("approved")}, {"role", std::string("member")}};
        break;
    case Decision::Reject:
    case Decision::AskForInformation:
        if (text.isEmpty())
            return makeError("no_message",
                decision == Decision::Reject ? "A rejection needs a reason the applicant can read."
                                             : "Write the question the applicant should answer.");
        fields = {{"admission_state", std::string(decision == Decision::Reject ? "rejected" : "needs_info")},
            {"admission_message", text.toStdString()}};
        break;
    }
    return m_store.updateRow(QStringLiteral("person"), applicantId, fields);
}

int Admission::adminCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM person WHERE role = 'admin'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status Admission::setRole(const QString &personId, const QString &role)
{
    if (role != QLatin1String("member") && role != QLatin1String("leader") && role != QLatin1String("admin"))
        return makeError("invalid_value", "A role is member, leader or admin.");
    if (m_store.principal().role != Role::Admin)
        return makeError("forbidden", "Only admins change roles.");
    if (roleOf(personId) == QLatin1String("admin") && role != QLatin1String("admin") && adminCount() <= 1)
        return makeError("last_admin",
            "This is the last admin, and a community always keeps at least one; make someone else an admin first.");
    return m_store.updateRow(QStringLiteral("person"), personId, FieldMap {{"role", role.toStdString()}});
}

} // namespace commonroom
