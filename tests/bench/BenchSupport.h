#pragma once

// Small helpers shared by the benchmarks: timing, percentiles, process memory and CPU, and a
// plain-text table. Qt-free so that the load client links without Qt.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace commonroom::bench {

using Steady = std::chrono::steady_clock;

inline double secondsSince(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

inline double millisecondsBetween(Steady::time_point from, Steady::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// The p-th percentile (0..100) by nearest rank; 0 for an empty sample.
double percentile(std::vector<double> samples, double p);

// Peak resident set of this process so far, in bytes (getrusage).
std::int64_t peakRssBytes();
// Current resident set of process `pid` (0: this process), in bytes, from /proc; -1 if unknown.
std::int64_t rssBytes(int pid = 0);
// User + system CPU seconds used so far by process `pid` (0: this process), from /proc.
double cpuSeconds(int pid = 0);
// Total size of the files whose names start with `path` (a database and its -wal/-shm), in bytes.
std::int64_t fileSizeWithCompanions(const std::string &path);

std::string formatBytes(std::int64_t bytes);
std::string formatNumber(double value, int decimals = 0);

// "--name value" and "--flag" command-line options; every benchmark takes them from run.sh.
class Options
{
public:
    Options(int argc, char **argv);
    bool has(const std::string &name) const;
    std::string text(const std::string &name, const std::string &fallback = {}) const;
    long number(const std::string &name, long fallback) const;
    // A comma-separated list of whole numbers ("10000,100000").
    std::vector<long> numbers(const std::string &name, std::vector<long> fallback) const;

private:
    std::vector<std::pair<std::string, std::string>> m_values;
};

// "10k", "1M": a community size as people say it.
std::string shortCount(long count);

// A fixed-width text table, printed as GitHub markdown so that it can be pasted into
// docs/benchmarks.md as is.
class Table
{
public:
    explicit Table(std::vector<std::string> header);
    void add(std::vector<std::string> row);
    std::string render() const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace commonroom::bench
