#include "cli/cli_support.h"

#include <cstdlib>
#include <iostream>

namespace bp::cli {

std::filesystem::path layouts_dir_or_default(const std::string& option_value) {
  if (!option_value.empty()) return option_value;
  if (const char* env = std::getenv("BOARDPACK_LAYOUTS"); env != nullptr && *env != '\0') return env;
  return BOARDPACK_DEFAULT_LAYOUTS;
}

int usage_error(const std::string& message) {
  std::cerr << "boardpack: " << message << "\nRun `boardpack --help` for usage.\n";
  return kExitUsage;
}

void print_diagnostics(const DiagnosticSink& sink) {
  for (const Diagnostic& d : sink.all()) std::cerr << format_diagnostic(d) << '\n';
}

}  // namespace bp::cli
