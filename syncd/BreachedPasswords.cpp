#include "BreachedPasswords.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

// resources/breached-passwords.txt.gz, linked into the binary as it is (the build names the file
// in COMMONROOM_BREACHED_PASSWORDS_GZ and makes this file depend on it).
asm(".section .rodata\n"
    ".balign 16\n"
    "commonroom_breached_passwords_begin:\n"
    ".incbin \"" COMMONROOM_BREACHED_PASSWORDS_GZ "\"\n"
    "commonroom_breached_passwords_end:\n"
    ".previous\n");
extern "C" const unsigned char commonroom_breached_passwords_begin[];
extern "C" const unsigned char commonroom_breached_passwords_end[];

namespace commonroom::syncd {

namespace {

// The list, unpacked: one text and a sorted view of its lines.
struct List
{
    std::string text;
    std::vector<std::string_view> lines;
};

std::string gunzip(const unsigned char *data, std::size_t size)
{
    z_stream stream {};
    // 16 + MAX_WBITS: a gzip header, not a raw zlib stream.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        throw std::runtime_error("zlib could not start unpacking the list of breached passwords");
    stream.next_in = const_cast<unsigned char *>(data);
    stream.avail_in = uInt(size);
    std::string text;
    char chunk[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<unsigned char *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        text.append(chunk, sizeof chunk - stream.avail_out);
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw std::runtime_error("the embedded list of breached passwords is damaged; rebuild commonroom-syncd");
    return text;
}

const List &list()
{
    static const List unpacked = [] {
        List result;
        result.text = gunzip(commonroom_breached_passwords_begin,
            std::size_t(commonroom_breached_passwords_end - commonroom_breached_passwords_begin));
        std::string_view rest(result.text);
        while (!rest.empty()) {
            const auto end = rest.find('\n');
            result.lines.push_back(rest.substr(0, end));
            rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        }
        // Sorted when made; sorting again costs little and does not trust the file's order.
        std::sort(result.lines.begin(), result.lines.end());
        return result;
    }();
    return unpacked;
}

} // namespace

bool BreachedPasswords::contains(std::string_view password)
{
    std::string key(password);
    for (char &c : key)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const auto &lines = list().lines;
    return std::binary_search(lines.begin(), lines.end(), std::string_view(key));
}

std::size_t BreachedPasswords::size()
{
    return list().lines.size();
}

} // namespace commonroom::syncd
