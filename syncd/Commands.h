#pragma once

#include "CommandLine.h"

#include "common/Clock.h"

#include <filesystem>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace commonroom::syncd {

// Runs one invocation of commonroom-syncd: parses the command line, runs the command and turns
// the outcome into an exit status (0 done, 1 failed, 2 usage error) and messages a person can
// act on. Streams and the clock (the daemon's one, created in main) are injected so that tests
// can drive it.
class Commands
{
public:
    static constexpr int kOk = 0;
    static constexpr int kFailed = 1;
    static constexpr int kUsage = 2;

    Commands(std::istream &in, std::ostream &out, std::ostream &err, const Clock &clock);

    int run(const std::vector<std::string_view> &arguments);

    static std::filesystem::path databaseFile(const std::filesystem::path &dataDirectory);

private:
    int init(const InitCommand &command);
    int serve(const ServeCommand &command);
    int seedDemo(const SeedDemoCommand &command);
    int dedupe(const DedupeCommand &command);
    int failed(const std::string &message);

    std::istream &m_in;
    std::ostream &m_out;
    std::ostream &m_err;
    const Clock &m_clock;
};

} // namespace commonroom::syncd
