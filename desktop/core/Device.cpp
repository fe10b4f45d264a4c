#include "Device.h"

#include <utility>

namespace commonroom {

Device::Device(const Clock &clock, Profile profile, QString keychainService)
    : m_clock(clock)
    , m_profile(std::move(profile))
    , m_store(clock)
    , m_tokens(m_profile.dir(), std::move(keychainService))
    , m_engine(m_store, m_tokens)
    , m_groups(m_store)
    , m_events(m_store)
    , m_duplicates(m_store)
    , m_admission(m_store)
    , m_ladder(m_store)
    , m_contributions(m_store)
    , m_tags(m_store)
    , m_opportunities(m_store)
    , m_groupMail(m_store)
    , m_households(m_store)
    , m_relationships(m_store)
    , m_smartLists(m_store)
    , m_terms(m_store)
    , m_turfs(m_store)
    , m_people(m_store)
    , m_exporter(m_store)
    , m_imports(m_store)
{
}

Status Device::open()
{
    if (auto opened = m_store.open(m_profile.databasePath()); !opened)
        return opened;
    m_engine.prepareApi();
    return {};
}

} // namespace commonroom
