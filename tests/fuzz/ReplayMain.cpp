// Runs a fuzz target without libFuzzer: feeds every file of the given directories (or the given
// files) to LLVMFuzzerTestOneInput once. Built with the normal compiler and run by ctest, so the
// targets keep compiling and the seed corpus keeps passing between fuzzing sessions.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path argument(argv[i]);
        if (std::filesystem::is_directory(argument)) {
            for (const auto &entry : std::filesystem::directory_iterator(argument)) {
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
            }
        } else {
            inputs.push_back(argument);
        }
    }
    if (inputs.empty()) {
        std::cerr << "No inputs: name corpus directories or files to replay." << std::endl;
        return 1;
    }
    std::sort(inputs.begin(), inputs.end());
    for (const auto &path : inputs) {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            std::cerr << "Cannot read " << path << "." << std::endl;
            return 1;
        }
        const std::string bytes {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
        // A failed check inside the target aborts, which fails the test with the file named here.
        std::cout << "replaying " << path.filename().string() << " (" << bytes.size() << " bytes)" << std::endl;
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    std::cout << inputs.size() << " inputs replayed." << std::endl;
    return 0;
}
