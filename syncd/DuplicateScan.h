#pragma once

#include <cstddef>
#include <stop_token>

namespace commonroom::syncd {

class SyncService;

// The scan of the whole directory for people recorded twice (docs/dedupe.md): every live person
// not merged away is compared with those who share a blocking key (matching::findDuplicates), and
// each pair scoring at least the threshold becomes an open duplicate candidate for leaders, with
// its score and what it rests on (DuplicateFinder::evidenceFields). A pair flagged before is left
// as it is: a pair leaders decided (merged or dismissed) is never flagged again, and an open one
// was scored when flagged (and again by the push-time finder when either person changed).
//
// The people are read under the service's lock, compared without it (a million people take under
// a minute, while pushes and pulls go on), and the candidates are written in one transaction of
// server writes, so devices receive them at their next pull. Someone changed while the scan
// compares is compared as they were; the push that changed them looked for their exact matches.
class DuplicateScan
{
public:
    static constexpr double kDefaultThreshold = 0.9;

    struct Outcome
    {
        std::size_t people = 0;
        std::size_t comparisons = 0;
        std::size_t pairs = 0; // scoring at least the threshold
        std::size_t flagged = 0; // new candidates
        std::size_t known = 0; // flagged before
        std::size_t oversizedBlocks = 0; // matching::Scan::oversizedBlocks
    };
    // Writes nothing when `stop` was requested by the time the comparison ends (the daemon stops).
    static Outcome run(SyncService &service, double threshold = kDefaultThreshold, std::stop_token stop = {});
};

} // namespace commonroom::syncd
