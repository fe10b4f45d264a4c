// QDateTime::currentDateTimeUtc() in a comment is no reading.
const auto fromChrono = std::chrono::system_clock::now();
const auto fromC = std::time(nullptr);
const auto elapsed = std::chrono::steady_clock::now(); // a steady clock: allowed
