#pragma once

#include "common/Result.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

// The one strict reading of the protocol's JSON, shared by Protocol.cpp and AccountProtocol.cpp
// (internal to common/): every member of the right type, none missing unless it is optional,
// none unknown. Decoders throw DecodeError inside common/ only; decodeJson turns it into an Error
// at their boundary.
namespace commonroom::protocol {

struct DecodeError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Reads one JSON object member by member and, at finish(), refuses members it was not asked for.
class JsonReader
{
public:
    // `what` names the object in messages ("the login request", "mutation 3").
    JsonReader(const boost::json::value &value, std::string what);

    // The member, or nullptr when absent (it then counts as read).
    const boost::json::value *find(std::string_view key);
    const boost::json::value &require(std::string_view key);
    std::string string(std::string_view key);
    // An absent member reads as "".
    std::string optionalString(std::string_view key);
    // A whole number that fits in 64 bits signed, however the parser stored it.
    std::int64_t integer(std::string_view key);
    std::int64_t toInteger(const boost::json::value &value, std::string_view key) const;
    bool boolean(std::string_view key);
    bool boolean(std::string_view key, bool fallback);
    const boost::json::array &array(std::string_view key);
    void finish() const;

    // "\"key\" in <what>", for messages about one member.
    std::string name(std::string_view key) const;

private:
    std::string m_what;
    const boost::json::object *m_object = nullptr;
    std::set<std::string, std::less<>> m_seen;
};

boost::json::value parseJson(std::string_view text, std::string &error);

// Parses `text` and decodes it with `decode(const boost::json::value &)`; invalid JSON and every
// DecodeError become a "bad_request" Error with a sentence a person can act on.
template<class T, class Decode>
Result<T> decodeJson(std::string_view text, Decode decode)
{
    std::string invalid;
    const boost::json::value value = parseJson(text, invalid);
    if (!invalid.empty())
        return makeError("bad_request", "The body is not valid JSON (" + invalid + ").");
    try {
        return decode(value);
    } catch (const DecodeError &error) {
        return makeError("bad_request", error.what());
    } catch (const std::exception &error) {
        return makeError("bad_request", std::string("The body could not be read: ") + error.what());
    }
}

// decodeJson for a flat object: `read(JsonReader &)` reads the members, unknown ones are refused.
template<class T, class Read>
Result<T> decodeObject(std::string_view text, const std::string &what, Read read)
{
    return decodeJson<T>(text, [&](const boost::json::value &value) {
        JsonReader reader(value, what);
        T decoded = read(reader);
        reader.finish();
        return decoded;
    });
}

} // namespace commonroom::protocol
