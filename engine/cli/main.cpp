// boardpack: committee reports and agenda packs from XML to PDF.
//
// Exit status: 0 success, 1 bad input (diagnostics on stderr as
// file:line:col: error: message), 2 bad usage, 3 failure of the system.

#include <iostream>
#include <string>
#include <vector>

#include "cli/calendar_command.h"
#include "cli/cli_support.h"
#include "cli/commands.h"

namespace {

const char* const kUsage =
    "Usage: boardpack <command> [options]\n"
    "\n"
    "Commands:\n"
    "  report FILE.xml -o OUT.pdf   render one committee report to PDF\n"
    "  pack MEETING.xml -o OUT.pdf  build a meeting's agenda pack [--edition public|private]\n"
    "                               [--supplementary]\n"
    "  build DIR -o OUTDIR          build every report and meeting under DIR\n"
    "                               [-j N] [--force] [--shard I/N] [--job-timeout S] [-v]\n"
    "  validate PATH...             check reports and meetings, report every problem\n"
    "  calendar YEAR [--to YEAR]    print the bank holidays used for deadlines\n"
    "\n"
    "Options:\n"
    "  -h, --help                   show this help\n"
    "  --version                    show the version\n"
    "\n"
    "Run `boardpack <command> --help` for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return bp::cli::kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return bp::cli::kExitOk;
  }
  if (command == "--version") {
    std::cout << "boardpack " << BOARDPACK_VERSION << '\n';
    return bp::cli::kExitOk;
  }
  if (command == "report") return bp::cli::run_report(args);
  if (command == "pack") return bp::cli::run_pack(args);
  if (command == "build") return bp::cli::run_build(args);
  if (command == "validate") return bp::cli::run_validate(args);
  if (command == "calendar") return bp::cli::run_calendar(args, bp::cli::layouts_dir_or_default(""));
  return bp::cli::usage_error("unknown command '" + command + "'");
}
