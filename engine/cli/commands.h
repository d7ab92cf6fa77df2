#pragma once
// The boardpack commands. Each takes the arguments after its name and returns
// the exit status (see cli_support.h).

#include <string>
#include <vector>

namespace bp::cli {

int run_report(const std::vector<std::string>& args);
int run_pack(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);

}  // namespace bp::cli
