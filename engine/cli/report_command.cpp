// `boardpack report FILE.xml -o OUT.pdf`: one committee report (or standalone
// document) to PDF.

#include <boost/program_options.hpp>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/pipeline.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace bp::cli {

int run_report(const std::vector<std::string>& args) {
  po::options_description opts("Options for `boardpack report FILE.xml -o OUT.pdf`");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value<std::string>(), "the PDF to write (replaced only when complete)")
      ("layouts", po::value<std::string>()->default_value(""),
       "folder of house styles (default: $BOARDPACK_LAYOUTS or the installed layouts/)")
      ("trace", "write a text trace of the laid-out pages instead of a PDF");
  po::variables_map vm;
  if (auto stop = parse_command_line(args, opts, vm)) return *stop;
  if (vm.count("help")) {
    std::cout << "Usage: boardpack report FILE.xml -o OUT.pdf [--layouts DIR]\n\n"
              << "FILE.xml is a committee report (<report> root) or a standalone document such as\n"
                 "an action plan or tracker (<document> root).\n\n"
              << opts;
    return kExitOk;
  }
  if (!vm.count("input")) return usage_error("report: missing the report file (FILE.xml)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  if (inputs.size() != 1) {
    return usage_error("report: expected one report file, got " + std::to_string(inputs.size()));
  }
  if (!vm.count("output")) return usage_error("report: missing -o OUT.pdf");

  ReportJob job;
  job.input = inputs.front();
  job.layouts_dir = layouts_dir_or_default(vm["layouts"].as<std::string>());
  const fs::path output = vm["output"].as<std::string>();

  DiagnosticSink sink;
  return build_and_write(job.input, output, sink, [&]() -> std::optional<std::string> {
    if (vm.count("trace")) return build_report_trace(job, sink);
    auto built = build_report(job, sink);
    if (!built) return std::nullopt;
    return std::move(built->pdf);
  });
}

}  // namespace bp::cli
