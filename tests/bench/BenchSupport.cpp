#include "BenchSupport.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace commonroom::bench {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

std::int64_t peakRssBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return std::int64_t(usage.ru_maxrss) * 1024;
}

namespace {
std::string procFile(int pid, const char *name)
{
    return "/proc/" + (pid ? std::to_string(pid) : std::string("self")) + "/" + name;
}
} // namespace

std::int64_t rssBytes(int pid)
{
    std::ifstream status(procFile(pid, "status"));
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoll(line.substr(6)) * 1024;
    }
    return -1;
}

double cpuSeconds(int pid)
{
    std::ifstream stat(procFile(pid, "stat"));
    std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // The command name may hold spaces; the fields after it are space separated.
    const auto close = content.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(content.substr(close + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int index = 3; fields >> field; ++index) {
        if (index == 14)
            utime = std::stoull(field);
        if (index == 15) {
            stime = std::stoull(field);
            break;
        }
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

std::int64_t fileSizeWithCompanions(const std::string &path)
{
    std::int64_t total = 0;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path + suffix, ec);
        if (!ec)
            total += std::int64_t(size);
    }
    return total;
}

std::string formatBytes(std::int64_t bytes)
{
    char text[32];
    if (bytes >= 1024LL * 1024 * 1024)
        std::snprintf(text, sizeof text, "%.2f GiB", double(bytes) / (1024.0 * 1024 * 1024));
    else if (bytes >= 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / (1024.0 * 1024));
    else
        std::snprintf(text, sizeof text, "%.1f KiB", double(bytes) / 1024.0);
    return text;
}

std::string formatNumber(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    // Thousands separators for the integer part, so that 1234567 reads as 1,234,567.
    const std::string plain(text);
    const std::size_t integerStart = plain[0] == '-' ? 1 : 0;
    const std::size_t integerEnd = std::min(plain.find('.'), plain.size());
    std::string result = plain.substr(0, integerStart);
    for (std::size_t i = integerStart; i < integerEnd; ++i) {
        result += plain[i];
        const std::size_t left = integerEnd - i - 1;
        if (left > 0 && left % 3 == 0)
            result += ',';
    }
    result += plain.substr(integerEnd);
    return result;
}

Options::Options(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        std::string name = argv[i];
        if (name.rfind("--", 0) != 0)
            continue;
        name = name.substr(2);
        const bool hasValue = i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0;
        m_values.emplace_back(name, hasValue ? argv[++i] : "");
    }
}

bool Options::has(const std::string &name) const
{
    return std::any_of(m_values.begin(), m_values.end(), [&](const auto &entry) { return entry.first == name; });
}

std::string Options::text(const std::string &name, const std::string &fallback) const
{
    for (const auto &[key, value] : m_values) {
        if (key == name)
            return value;
    }
    return fallback;
}

long Options::number(const std::string &name, long fallback) const
{
    const auto value = text(name);
    return value.empty() ? fallback : std::stol(value);
}

std::vector<long> Options::numbers(const std::string &name, std::vector<long> fallback) const
{
    const auto value = text(name);
    if (value.empty())
        return fallback;
    std::vector<long> numbers;
    std::istringstream list(value);
    for (std::string item; std::getline(list, item, ',');) {
        if (!item.empty())
            numbers.push_back(std::stol(item));
    }
    return numbers;
}

std::string shortCount(long count)
{
    if (count >= 1'000'000 && count % 1'000'000 == 0)
        return std::to_string(count / 1'000'000) + "M";
    if (count >= 1000 && count % 1000 == 0)
        return std::to_string(count / 1000) + "k";
    return std::to_string(count);
}

Table::Table(std::vector<std::string> header)
{
    m_rows.push_back(std::move(header));
}

void Table::add(std::vector<std::string> row)
{
    row.resize(m_rows.front().size());
    m_rows.push_back(std::move(row));
}

std::string Table::render() const
{
    std::vector<std::size_t> widths(m_rows.front().size(), 3);
    // Widths in code points, so that "≥" or "×" do not shift the columns.
    const auto width = [](const std::string &text) {
        return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    };
    for (const auto &row : m_rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], width(row[i]));
    }
    std::string out;
    const auto line = [&](const std::vector<std::string> &row) {
        out += "|";
        for (std::size_t i = 0; i < row.size(); ++i)
            out += " " + row[i] + std::string(widths[i] - width(row[i]), ' ') + " |";
        out += "\n";
    };
    line(m_rows.front());
    out += "|";
    for (const auto w : widths)
        out += std::string(w + 2, '-') + "|";
    out += "\n";
    for (std::size_t r = 1; r < m_rows.size(); ++r)
        line(m_rows[r]);
    return out;
}

} // namespace commonroom::bench
