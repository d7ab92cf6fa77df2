#pragma once
// What every boardpack command shares: exit codes, the layouts folder,
// printing diagnostics and usage errors.

#include <filesystem>
#include <string>

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

// Prints every diagnostic as `file:line:col: error|warning: message` on stderr.
void print_diagnostics(const DiagnosticSink& sink);

}  // namespace bp::cli
