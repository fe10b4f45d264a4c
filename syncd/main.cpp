#include "syncd/Commands.h"

#include "common/Clock.h"

#include <sys/stat.h>

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char **argv)
{
    // Everything the daemon creates (database, its log, keys, certificates) is its user's alone.
    ::umask(0077);
    const std::vector<std::string_view> arguments(argv, argv + argc);
    // The daemon's one wall clock (docs/time.md).
    const commonroom::SystemClock clock;
    commonroom::syncd::Commands commands(std::cin, std::cout, std::cerr, clock);
    return commands.run(arguments);
}
