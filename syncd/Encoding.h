#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::syncd {

// Byte encodings the daemon stores or sends: padded standard base64 (password hashes), unpadded
// base64url (bearer tokens travel in headers) and lowercase hex (token digests).
std::string toBase64(std::string_view bytes);
std::optional<std::string> fromBase64(std::string_view text);
std::string toBase64Url(std::string_view bytes);
std::string toHex(std::string_view bytes);
// `text` with every byte that does not belong to a well-formed UTF-8 sequence replaced by U+FFFD,
// for echoing what a client sent (a path, a header) inside JSON, which must be UTF-8.
std::string toValidUtf8(std::string_view text);

// Cryptographically random bytes; throws std::runtime_error if the system generator fails,
// which leaves the daemon unable to do anything safely.
std::string randomBytes(std::size_t count);
std::string sha256(std::string_view bytes);

} // namespace commonroom::syncd
