// boardpack: committee reports and agenda packs from XML to PDF.
//
// Exit status: 0 success, 1 bad input (diagnostics on stderr as
// file:line:col: error: message), 2 bad usage, 3 internal or system failure.

#include <boost/program_options.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/pipeline.h"
#include "core/atomic_file.h"
#include "core/diagnostic.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

constexpr int kOk = 0, kBadInput = 1, kBadUsage = 2, kFailure = 3;

const char* const kUsage =
    "Usage: boardpack <command> [options]\n"
    "\n"
    "Commands:\n"
    "  report FILE.xml -o OUT.pdf   render one committee report to PDF\n"
    "\n"
    "Options:\n"
    "  -h, --help                   show this help\n"
    "  --version                    show the version\n"
    "\n"
    "Run `boardpack <command> --help` for a command's options.\n";

fs::path default_layouts_dir() {
  if (const char* env = std::getenv("BOARDPACK_LAYOUTS"); env != nullptr && *env != '\0') return env;
  return BOARDPACK_DEFAULT_LAYOUTS;
}

int usage_error(const std::string& message) {
  std::cerr << "boardpack: " << message << "\nRun `boardpack --help` for usage.\n";
  return kBadUsage;
}

void print_diagnostics(const bp::DiagnosticSink& sink) {
  for (const bp::Diagnostic& d : sink.all()) std::cerr << bp::format_diagnostic(d) << '\n';
}

int run_report(const std::vector<std::string>& args) {
  po::options_description opts("Options for `boardpack report FILE.xml -o OUT.pdf`");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value<std::string>(), "the PDF to write (replaced only when complete)")
      ("layouts", po::value<std::string>(),
       "folder of house styles (default: $BOARDPACK_LAYOUTS or the installed layouts/)")
      ("trace", "write a text trace of the laid-out pages instead of a PDF");
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (vm.count("help")) {
    std::cout << "Usage: boardpack report FILE.xml -o OUT.pdf [--layouts DIR]\n\n" << opts;
    return kOk;
  }
  if (!vm.count("input")) return usage_error("report: missing the report file (FILE.xml)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  if (inputs.size() != 1) return usage_error("report: expected one report file, got " + std::to_string(inputs.size()));
  if (!vm.count("output")) return usage_error("report: missing -o OUT.pdf");

  bp::cli::ReportJob job;
  job.input = inputs.front();
  job.layouts_dir = vm.count("layouts") ? fs::path(vm["layouts"].as<std::string>()) : default_layouts_dir();
  const fs::path output = vm["output"].as<std::string>();

  bp::DiagnosticSink sink;
  try {
    auto bytes = vm.count("trace") ? bp::cli::build_report_trace(job, sink)
                                   : bp::cli::build_report_pdf(job, sink);
    print_diagnostics(sink);
    if (!bytes) return kBadInput;
    bp::write_file_atomically(output, *bytes);
  } catch (const bp::InputError& e) {
    print_diagnostics(sink);
    for (const bp::Diagnostic& d : e.diagnostics()) std::cerr << bp::format_diagnostic(d) << '\n';
    return kBadInput;
  } catch (const std::exception& e) {
    print_diagnostics(sink);
    std::cerr << "boardpack: error: " << job.input.string() << ": " << e.what() << '\n';
    return kFailure;
  }
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return kBadUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return kOk;
  }
  if (command == "--version") {
    std::cout << "boardpack " << BOARDPACK_VERSION << '\n';
    return kOk;
  }
  if (command == "report") return run_report(args);
  return usage_error("unknown command '" + command + "'");
}
