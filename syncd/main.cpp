#include "syncd/Commands.h"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char **argv)
{
    const std::vector<std::string_view> arguments(argv, argv + argc);
    commonroom::syncd::Commands commands(std::cin, std::cout, std::cerr);
    return commands.run(arguments);
}
