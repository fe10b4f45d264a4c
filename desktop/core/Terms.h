#pragma once

#include "common/Result.h"
#include "common/Value.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace commonroom {

class LocalStore;

// One of the community's words as this device holds it.
struct Term
{
    QString kind; // area or level
    QString key; // the area's key ("coding") or the level ("3")
    QString label; // the community's name; empty: the default
    QString defaultName; // the default, translated
    bool active = true; // an area the community uses (levels always are)

    QString name() const { return label.isEmpty() ? defaultName : label; }
};

// The community's words (docs/organizing.md, "The community's words"): its names for the ladder's
// levels and the areas of contributions, and which areas it uses, read from this device's copy
// (rows of `community_term`, common/Terms.h) and written offline by admins. Everything that shows
// a level or an area names it through here; a word the community did not name is the default,
// translated.
class Terms
{
    Q_DECLARE_TR_FUNCTIONS(Terms)

public:
    explicit Terms(LocalStore &store);

    // Whether the signed-in user may name the words (admins).
    bool mayEdit() const;

    // The community's name of the area, or the default; the key itself when it is no area.
    QString areaName(const QString &area) const;
    // The community's name of the level, or the default; empty off the ladder.
    QString levelName(int level) const;
    // The areas in use, in the default order: what entries, opportunities and lists offer.
    QStringList areas() const;
    // Every word: the five levels, then every area (in use or not).
    std::vector<Term> list() const;

    // Names a level or an area; an empty label goes back to the default.
    Status setLabel(const QString &kind, const QString &key, const QString &label);
    // Whether the community uses an area: one not in use is offered nowhere new, and entries
    // already in it keep showing its name.
    Status setAreaActive(const QString &area, bool active);

private:
    Status write(const QString &kind, const QString &key, FieldMap fields);

    LocalStore &m_store;
};

} // namespace commonroom
