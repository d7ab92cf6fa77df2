// `boardpack build DIR -o OUTDIR [-j N]`: every report and meeting under DIR.
// Naming rules and isolation: see batch.h.

#include <boost/program_options.hpp>
#include <algorithm>
#include <iostream>
#include <stdexcept>
#include <thread>

#include "cli/batch.h"
#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/pack_jobs.h"
#include "cli/pipeline.h"
#include "core/atomic_file.h"
#include "load/document_kind.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace bp::cli {

namespace {

BatchJob report_job(const fs::path& input, const fs::path& relative, const fs::path& out_dir,
                    const fs::path& layouts) {
  BatchJob job;
  job.description = "report " + input.string();
  job.run = [=]() -> std::string {
    DiagnosticSink sink;
    auto built = build_report(ReportJob{input, layouts}, sink);
    if (!built) throw std::runtime_error("bad input" + diagnostics_text(sink));
    fs::path target = built->exempt ? out_dir / "private" / relative : out_dir / relative;
    target.replace_extension(".pdf");
    fs::create_directories(target.parent_path());
    write_file_atomically(target, built->pdf);
    std::string line = "wrote " + target.string() + " (" + std::to_string(built->pages) +
                       (built->pages == 1 ? " page)" : " pages)");
    for (const Diagnostic& d : sink.all()) line += "\n  " + format_diagnostic(d);
    return line;
  };
  return job;
}

}  // namespace

int run_build(const std::vector<std::string>& args) {
  po::options_description opts("Options for `boardpack build DIR -o OUTDIR`");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value<std::string>(), "the folder to write into (created if missing)")
      ("jobs,j", po::value<unsigned>()->default_value(0), "parallel jobs (default: one per core)")
      ("layouts", po::value<std::string>()->default_value(""),
       "folder of house styles (default: $BOARDPACK_LAYOUTS or the installed layouts/)");
  po::variables_map vm;
  if (auto stop = parse_command_line(args, opts, vm)) return *stop;
  if (vm.count("help")) {
    std::cout << "Usage: boardpack build DIR -o OUTDIR [-j N] [--layouts DIR]\n\n"
              << "Builds every report (.xml with a <report> root), every standalone document (a\n"
                 "<document> root) and every meeting (a <meeting> root: public and private\n"
                 "editions) under DIR. Confidential output goes only\n"
                 "under OUTDIR/private/. One line per output; a failure does not stop the others.\n\n"
              << opts;
    return kExitOk;
  }
  if (!vm.count("input")) return usage_error("build: missing the input folder (DIR)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  if (inputs.size() != 1) return usage_error("build: expected one input folder");
  if (!vm.count("output")) return usage_error("build: missing -o OUTDIR");
  const fs::path in_dir = inputs.front();
  const fs::path out_dir = vm["output"].as<std::string>();
  const fs::path layouts = layouts_dir_or_default(vm["layouts"].as<std::string>());
  if (!fs::is_directory(in_dir)) return usage_error("build: not a folder: " + in_dir.string());

  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(in_dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  std::vector<BatchJob> jobs;
  for (const fs::path& file : files) {
    const fs::path relative = fs::relative(file, in_dir);
    switch (load::sniff_document_kind(file)) {
      case load::DocumentKind::Report:
      case load::DocumentKind::Document:  // standalone documents go through the report pipeline
        jobs.push_back(report_job(file, relative, out_dir, layouts));
        break;
      case load::DocumentKind::Meeting:
        for (BatchJob& j : meeting_jobs(file, relative, out_dir, layouts)) jobs.push_back(std::move(j));
        break;
      case load::DocumentKind::Other:
        break;
    }
  }
  if (jobs.empty()) {
    std::cerr << "boardpack: build: no reports or meetings under " << in_dir.string() << '\n';
    return kExitBadInput;
  }
  unsigned threads = vm["jobs"].as<unsigned>();
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const auto outcomes = run_batch(jobs, threads);
  const auto failed = static_cast<std::size_t>(
      std::count_if(outcomes.begin(), outcomes.end(), [](const BatchOutcome& o) { return !o.ok; }));
  std::cout << "built " << outcomes.size() - failed << " of " << outcomes.size() << " outputs";
  if (failed > 0) std::cout << "; " << failed << " failed";
  std::cout << std::endl;
  return failed == 0 ? kExitOk : kExitBadInput;
}

}  // namespace bp::cli
