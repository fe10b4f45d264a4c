// libFuzzer target for the protocol codec: every input is decoded as each message type. A
// refusal must be a readable "bad_request"; an accepted message must encode to JSON that decodes
// to the same message again, so that what the daemon accepts it can also send.
#include "common/Protocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using namespace commonroom;

[[noreturn]] void violated(const char *type, const char *what, std::string_view detail)
{
    std::fprintf(stderr, "fromJson<%s>: %s: %.*s\n", type, what, int(detail.size()), detail.data());
    std::abort();
}

template<class T>
void decodeAndRoundTrip(const char *type, std::string_view input)
{
    const auto decoded = protocol::fromJson<T>(input);
    if (!decoded) {
        if (decoded.error().code != "bad_request" || decoded.error().message.empty())
            violated(type, "a refusal without code bad_request or without a message", decoded.error().message);
        return;
    }
    const std::string encoded = protocol::toJson(*decoded);
    const auto again = protocol::fromJson<T>(encoded);
    if (!again)
        violated(type, "its own encoding is refused", again.error().message + " in " + encoded);
    if (protocol::toJson(*again) != encoded)
        violated(type, "encoding is not stable", encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    decodeAndRoundTrip<protocol::HealthResponse>("HealthResponse", input);
    decodeAndRoundTrip<protocol::LoginRequest>("LoginRequest", input);
    decodeAndRoundTrip<protocol::LoginResponse>("LoginResponse", input);
    decodeAndRoundTrip<protocol::PushRequest>("PushRequest", input);
    decodeAndRoundTrip<protocol::PushResponse>("PushResponse", input);
    decodeAndRoundTrip<protocol::PullResponse>("PullResponse", input);
    decodeAndRoundTrip<protocol::ErrorResponse>("ErrorResponse", input);
    decodeAndRoundTrip<FieldMap>("FieldMap", input);
    return 0;
}
