#pragma once
// What every boardpack command shares: exit codes, the layouts folder,
// printing diagnostics and usage errors.

#include <boost/program_options.hpp>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace bp::cli {

// Exit status of the program.
constexpr int kExitOk = 0;        // success (warnings may have been printed)
constexpr int kExitBadInput = 1;  // bad input: diagnostics on stderr
constexpr int kExitUsage = 2;     // bad usage
constexpr int kExitFailure = 3;   // failure of the system (unreadable font, disk full ...)

// --layouts, else $BOARDPACK_LAYOUTS, else the layouts/ folder boardpack was built with.
std::filesystem::path layouts_dir_or_default(const std::string& option_value);

// Prints `boardpack: MESSAGE` and a pointer to --help on stderr; returns kExitUsage.
int usage_error(const std::string& message);

// Parses a command's `args`: the options in `opts` plus any number of
// positional values, stored under "input". Returns an exit status to stop
// with (a usage error, already printed) or nullopt to go on.
std::optional<int> parse_command_line(const std::vector<std::string>& args,
                                      const boost::program_options::options_description& opts,
                                      boost::program_options::variables_map& vm);

// Every diagnostic as text, each on its own line after a newline (for failure
// lines of batch jobs).
std::string diagnostics_text(const DiagnosticSink& sink);

// Prints every diagnostic as `file:line:col: error|warning: message` on stderr.
void print_diagnostics(const DiagnosticSink& sink);

// The end of every command that writes one file: runs `build` (which returns the
// bytes to write, or nullopt for bad input already reported in `sink`), prints
// the diagnostics and writes `output` atomically. Returns the exit status: bad
// input (diagnostics or an InputError) is kExitBadInput, any other failure is
// kExitFailure with `boardpack: error: INPUT: what` on stderr; nothing is
// written unless the build succeeded.
int build_and_write(const std::filesystem::path& input, const std::filesystem::path& output,
                    DiagnosticSink& sink, const std::function<std::optional<std::string>()>& build);

}  // namespace bp::cli
