#pragma once
// `boardpack calendar YEAR [--to YEAR] [--layouts DIR] [--style NAME]`: prints the
// bank holidays boardpack uses for deadlines, so an officer can check them.
//
// Output on stdout, one holiday a line, in date order:
//   2020-05-08 Friday     Early May bank holiday (VE Day)  [one-off: moved from Monday 4 May 2020]
// Lines starting with '#' are notes: a header naming the data file of one-off
// changes, and each rule holiday that file removed:
//   # 2020-05-04 Monday     Early May bank holiday  [one-off: removed, moved to ...]
// The data file is <layouts>/common/bank-holidays-england-and-wales.xml, or the one
// named by the <deadlines holidays="..."> of the house style given with --style.
//
// Exit status (cli_support.h): 0 printed; 1 the data file or the style has errors
// (located diagnostics on stderr); 2 bad usage (YEAR not a number, a year outside
// 1900..2200, --to before YEAR, unknown option).

#include <filesystem>
#include <string>
#include <vector>

namespace bp::cli {

// `args`: the arguments after "calendar". `layouts_dir`: the folder of house
// styles to use unless --layouts names another.
int run_calendar(const std::vector<std::string>& args, const std::filesystem::path& layouts_dir);

}  // namespace bp::cli
