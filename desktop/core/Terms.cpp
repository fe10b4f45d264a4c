#include "Terms.h"

#include "Contributions.h"
#include "Events.h"
#include "FieldText.h"
#include "Ladder.h"
#include "LocalStore.h"

#include "common/Authorization.h"
#include "common/Schema.h"
#include "common/Terms.h"

namespace commonroom {

namespace {

const QString kTable = QStringLiteral("community_term");

QString idOf(const QString &kind, const QString &key)
{
    return QString::fromStdString(terms::termId(kind.toStdString(), key.toStdString()));
}

} // namespace

Terms::Terms(LocalStore &store)
    : m_store(store)
{
}

bool Terms::mayEdit() const
{
    return authorize(m_store.principal(), MutationContext {*findTable("community_term"), Operation::Create, {}}).ok();
}

QString Terms::areaName(const QString &area) const
{
    const auto row = m_store.row(kTable, idOf(QStringLiteral("area"), area));
    const QString label = row ? fieldText(*row, "label") : QString();
    return label.isEmpty() ? Contributions::areaName(area) : label;
}

QString Terms::levelName(int level) const
{
    const QString name = Ladder::levelName(level);
    if (name.isEmpty())
        return name;
    const auto row = m_store.row(kTable, idOf(QStringLiteral("level"), QString::number(level)));
    const QString label = row ? fieldText(*row, "label") : QString();
    return label.isEmpty() ? name : label;
}

QStringList Terms::areas() const
{
    QStringList inUse;
    for (const Term &term : list()) {
        if (term.kind == QLatin1String("area") && term.active)
            inUse << term.key;
    }
    return inUse;
}

std::vector<Term> Terms::list() const
{
    std::vector<Term> words;
    for (int level = Ladder::lowestLevel(); level <= Ladder::highestLevel(); ++level) {
        Term term {QStringLiteral("level"), QString::number(level), {}, Ladder::levelName(level), true};
        if (const auto row = m_store.row(kTable, idOf(term.kind, term.key)))
            term.label = fieldText(*row, "label");
        words.push_back(term);
    }
    for (const QString &area : Contributions::areas()) {
        Term term {QStringLiteral("area"), area, {}, Contributions::areaName(area), true};
        if (const auto row = m_store.row(kTable, idOf(term.kind, term.key))) {
            term.label = fieldText(*row, "label");
            const auto active = row->find("active");
            term.active = active == row->end() || active->second != FieldValue {std::int64_t(0)};
        }
        words.push_back(term);
    }
    return words;
}

Status Terms::setLabel(const QString &kind, const QString &key, const QString &label)
{
    return write(kind, key, {{"label", label.trimmed().toStdString()}});
}

Status Terms::setAreaActive(const QString &area, bool active)
{
    if (active && areas().contains(area))
        return {};
    return write(QStringLiteral("area"), area, {{"active", std::int64_t(active ? 1 : 0)}});
}

Status Terms::write(const QString &kind, const QString &key, FieldMap fields)
{
    if (!mayEdit())
        return makeError("forbidden", tr("Only admins name the community's levels and areas.").toStdString());
    fields["kind"] = kind.toStdString();
    fields["key"] = key.toStdString();
    if (auto valid = terms::checkTerm(fields); !valid) {
        const bool area = kind == QLatin1String("area");
        const bool badKey = area ? !Contributions::areas().contains(key) : Ladder::levelName(key.toInt()).isEmpty();
        if (kind != QLatin1String("area") && kind != QLatin1String("level"))
            return makeError("invalid_value",
                tr("\"%1\" is not a kind of the community's words: area or level.").arg(kind).toStdString());
        if (badKey)
            return makeError("invalid_value",
                (area ? tr("\"%1\" is not an area; the areas are: %2.")
                            .arg(key, Contributions::areas().join(QStringLiteral(", ")))
                      : tr("\"%1\" is not a level of the ladder: 1 to 5.").arg(key))
                    .toStdString());
        if (fields.contains("active"))
            return makeError(
                "invalid_value", tr("Every level of the ladder stays in use; rename it instead.").toStdString());
        return makeError("invalid_value",
            tr("A name is one line of at most %1 characters.").arg(terms::kMaxLabelLength).toStdString());
    }
    fields["changed_by"] = m_store.principal().personId;
    fields["changed_at"] = Events::storedTime(m_store.now()).toStdString();
    return m_store.writeRow(kTable, idOf(kind, key), fields);
}

} // namespace commonroom
