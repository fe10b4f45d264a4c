#include "JsonReader.h"

#include <boost/json.hpp>

#include <limits>

namespace commonroom::protocol {

namespace json = boost::json;

JsonReader::JsonReader(const json::value &value, std::string what)
    : m_what(std::move(what))
{
    if (!value.is_object())
        throw DecodeError(m_what + " must be a JSON object.");
    m_object = &value.as_object();
}

const json::value *JsonReader::find(std::string_view key)
{
    m_seen.insert(std::string(key));
    return m_object->if_contains(key);
}

const json::value &JsonReader::require(std::string_view key)
{
    const auto *value = find(key);
    if (!value)
        throw DecodeError(m_what + " lacks \"" + std::string(key) + "\".");
    return *value;
}

std::string JsonReader::string(std::string_view key)
{
    const auto &value = require(key);
    if (!value.is_string())
        throw DecodeError(name(key) + " must be a string.");
    return std::string(value.as_string());
}

std::string JsonReader::optionalString(std::string_view key)
{
    return find(key) ? string(key) : std::string();
}

std::int64_t JsonReader::integer(std::string_view key)
{
    return toInteger(require(key), key);
}

std::int64_t JsonReader::toInteger(const json::value &value, std::string_view key) const
{
    if (value.is_int64())
        return value.as_int64();
    if (value.is_uint64() && value.as_uint64() <= std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return std::int64_t(value.as_uint64());
    throw DecodeError(name(key) + " must be a whole number.");
}

bool JsonReader::boolean(std::string_view key)
{
    const auto &value = require(key);
    if (!value.is_bool())
        throw DecodeError(name(key) + " must be true or false.");
    return value.as_bool();
}

bool JsonReader::boolean(std::string_view key, bool fallback)
{
    return find(key) ? boolean(key) : fallback;
}

const json::array &JsonReader::array(std::string_view key)
{
    const auto &value = require(key);
    if (!value.is_array())
        throw DecodeError(name(key) + " must be an array.");
    return value.as_array();
}

void JsonReader::finish() const
{
    for (const auto &member : *m_object) {
        if (!m_seen.contains(std::string_view(member.key())))
            throw DecodeError(m_what + " has an unknown member \"" + std::string(member.key()) + "\".");
    }
}

std::string JsonReader::name(std::string_view key) const
{
    return "\"" + std::string(key) + "\" in " + m_what;
}

json::value parseJson(std::string_view text, std::string &error)
{
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    if (ec)
        error = ec.message();
    return value;
}

} // namespace commonroom::protocol
