#pragma once

#include "common/Clock.h"
#include "common/Uuid.h"

#include <string>

namespace commonroom {

// A fresh UUIDv7 for a test row, device or person. The time in it is a fixed one: tests never
// read the wall clock either (docs/time.md).
inline std::string newTestId()
{
    static const ManualClock clock;
    return newUuidV7(clock);
}

} // namespace commonroom
