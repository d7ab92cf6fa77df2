#include "cli/cli_support.h"

#include <cstdlib>
#include <iostream>

#include "core/atomic_file.h"

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

std::optional<int> parse_command_line(const std::vector<std::string>& args,
                                      const boost::program_options::options_description& opts,
                                      boost::program_options::variables_map& vm) {
  namespace po = boost::program_options;
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  return std::nullopt;
}

std::string diagnostics_text(const DiagnosticSink& sink) {
  std::string out;
  for (const Diagnostic& d : sink.all()) out += "\n" + format_diagnostic(d);
  return out;
}

void print_diagnostics(const DiagnosticSink& sink) {
  for (const Diagnostic& d : sink.all()) std::cerr << format_diagnostic(d) << '\n';
}

int build_and_write(const std::filesystem::path& input, const std::filesystem::path& output,
                    DiagnosticSink& sink, const std::function<std::optional<std::string>()>& build) {
  try {
    std::optional<std::string> bytes = build();
    print_diagnostics(sink);
    if (!bytes) return kExitBadInput;
    write_file_atomically(output, *bytes);
  } catch (const InputError& e) {
    print_diagnostics(sink);
    for (const Diagnostic& d : e.diagnostics()) std::cerr << format_diagnostic(d) << '\n';
    return kExitBadInput;
  } catch (const std::exception& e) {
    print_diagnostics(sink);
    std::cerr << "boardpack: error: " << input.string() << ": " << e.what() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace bp::cli
