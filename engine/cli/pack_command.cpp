// `boardpack pack MEETING.xml -o OUT.pdf [--edition public|private] [--supplementary]`.

#include <boost/program_options.hpp>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/pack_pipeline.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace bp::cli {

int run_pack(const std::vector<std::string>& args) {
  po::options_description opts("Options for `boardpack pack MEETING.xml -o OUT.pdf`");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value<std::string>(), "the PDF to write (replaced only when complete)")
      ("edition", po::value<std::string>()->default_value("public"),
       "public (exempt reports replaced by a notice) or private (everything, exempt pages marked)")
      ("supplementary", "only the items marked supplementary, as a supplementary pack")
      ("layouts", po::value<std::string>()->default_value(""),
       "folder of house styles (default: $BOARDPACK_LAYOUTS or the installed layouts/)");
  po::variables_map vm;
  if (auto stop = parse_command_line(args, opts, vm)) return *stop;
  if (vm.count("help")) {
    std::cout << "Usage: boardpack pack MEETING.xml -o OUT.pdf [--edition public|private] [--supplementary]\n\n"
              << "Builds the meeting's agenda pack: the letter and agenda with each item's page\n"
                 "range, then every report, each page stamped \"Page N\" and \"Agenda Item N\".\n"
                 "Warns when the agenda is published too late or a key decision was not in the\n"
                 "forward plan in time. The public edition refuses draft reports.\n\n"
              << opts;
    return kExitOk;
  }
  if (!vm.count("input")) return usage_error("pack: missing the meeting file (MEETING.xml)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  if (inputs.size() != 1) return usage_error("pack: expected one meeting file");
  if (!vm.count("output")) return usage_error("pack: missing -o OUT.pdf");
  const std::string edition = vm["edition"].as<std::string>();
  if (edition != "public" && edition != "private") {
    return usage_error("pack: --edition must be public or private, not '" + edition + "'");
  }

  PackJob job;
  job.meeting = inputs.front();
  job.layouts_dir = layouts_dir_or_default(vm["layouts"].as<std::string>());
  job.edition = edition == "public" ? compose::Edition::Public : compose::Edition::Private;
  job.supplementary = vm.count("supplementary") > 0;
  const fs::path output = vm["output"].as<std::string>();

  DiagnosticSink sink;
  return build_and_write(job.meeting, output, sink, [&]() -> std::optional<std::string> {
    auto built = build_pack_pdf(job, sink);
    if (!built) return std::nullopt;
    return std::move(built->pdf);
  });
}

}  // namespace bp::cli
