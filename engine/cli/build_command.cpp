// `boardpack build DIR -o OUTDIR [-j N] [--force] [--shard I/N] [-v]`: every
// report and meeting under DIR. Naming rules: batch.h; worker processes:
// build_workers.h; skipping what is up to date: build_incremental.h; shards:
// build_shard.h; the closing table: build_summary.h.

#include <unistd.h>

#include <boost/program_options.hpp>
#include <algorithm>
#include <iostream>
#include <set>
#include <system_error>
#include <stdexcept>
#include <thread>

#include "cli/batch.h"
#include "cli/build_deps.h"
#include "cli/build_hash.h"
#include "cli/build_incremental.h"
#include "cli/build_progress.h"
#include "cli/build_shard.h"
#include "cli/build_summary.h"
#include "cli/build_targets.h"
#include "cli/build_workers.h"
#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/font_coverage.h"
#include "cli/pack_jobs.h"
#include "cli/pipeline.h"
#include "core/atomic_file.h"
#include "load/document_kind.h"
#include "load/style_loader.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace bp::cli {

namespace {

BatchJob report_job(const fs::path& input, const fs::path& relative, const fs::path& out_dir,
                    const fs::path& layouts, OutputKind kind) {
  BatchJob job;
  job.description = (kind == OutputKind::Document ? "document " : "report ") + input.string();
  job.id = "report " + relative.generic_string();
  job.kind = kind;
  job.style = [input] { return load::sniff_root_style(input); };
  for (const bool exempt : {false, true}) job.targets.push_back(out_dir / report_output(relative, exempt));
  job.run = [=, id = job.id]() -> JobResult {
    // The inputs' hashes first, then the build (see JobResult::key).
    std::vector<std::string> deps = report_deps(input, layouts);
    ContentHashes hashes;
    std::string key = output_key(id, deps, hashes);
    DiagnosticSink sink;
    auto built = build_report(ReportJob{input, layouts}, sink);
    if (!built) throw std::runtime_error("bad input" + diagnostics_text(sink));
    const fs::path target = out_dir / report_output(relative, built->exempt);
    JobResult result = write_job_output(target, built->pdf, built->exempt, built->pages, sink);
    // The same report under its other name is stale: above all, a report that has
    // become exempt must not stay readable in the public folder.
    std::error_code ignored;
    fs::remove(out_dir / report_output(relative, !built->exempt), ignored);
    result.deps = std::move(deps);
    result.key = std::move(key);
    return result;
  };
  return job;
}

// A job that fails at once: `file`'s outputs may share a name with another
// input's. It writes and removes nothing, and is never up to date.
BatchJob clash_job(const fs::path& file, const fs::path& relative, load::DocumentKind kind,
                   const std::string& message) {
  BatchJob job;
  const bool meeting = kind == load::DocumentKind::Meeting;
  job.description = (meeting ? "meeting " : "report ") + file.string();
  job.id = "clash " + relative.generic_string();
  job.kind = meeting ? OutputKind::PublicPack : kind == load::DocumentKind::Document ? OutputKind::Document
                                                                                      : OutputKind::Report;
  job.style = [] { return std::string(); };
  job.run = [message]() -> JobResult { throw std::runtime_error(message); };
  return job;
}

// In the parent, before the first worker starts: what every job would
// otherwise read and work out again in its own process, which the workers
// inherit copy-on-write. The program's hash (3 MB read and hashed), and for
// each house style the jobs name, its fonts: their bytes, HarfBuzz tables and
// family names (font_coverage.h, layout/font_metrics.h) and their content
// hashes. The jobs still read and hash their house style's folder themselves.
void preload_shared_inputs(const std::vector<BatchJob>& jobs, const std::vector<std::size_t>& todo,
                           const fs::path& layouts) {
  if (todo.empty()) return;
  (void)program_hash();
  std::set<std::string> styles;
  for (std::size_t i : todo) {
    if (!jobs[i].style) continue;
    if (std::string style = jobs[i].style(); !style.empty()) styles.insert(std::move(style));
  }
  for (const std::string& name : styles) {
    preload_font_coverage(layouts, name);
    DiagnosticSink ignored;
    const auto style = load::load_house_style(layouts, name, ignored);
    if (!style) continue;
    ContentHashes hashes;
    for (const fs::path& font : {style->fonts.regular, style->fonts.bold, style->fonts.italic, style->fonts.bold_italic}) {
      if (!font.empty()) (void)hashes.of(font);
    }
  }
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

// After a worker died: the temporary files write_file_atomically may have left
// beside the job's possible targets ("NAME.tmp-XXXXXX"). No other job writes
// these targets, and the worker is gone, so nothing is writing them now.
void remove_partial_files(const std::vector<fs::path>& targets) {
  for (const fs::path& target : targets) {
    std::error_code ec;
    const std::string prefix = target.filename().string() + ".tmp-";
    for (auto it = fs::directory_iterator(target.parent_path(), ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0) {
        std::error_code ignored;
        fs::remove(it->path(), ignored);
      }
    }
  }
}

const char* const kHelp =
    "Usage: boardpack build DIR -o OUTDIR [-j N] [--force] [--shard I/N] [--job-timeout S] [-v]\n"
    "                       [--layouts DIR]\n\n"
    "Builds every report (.xml with a <report> root), every standalone document (a\n"
    "<document> root) and every meeting (a <meeting> root: public and private\n"
    "editions) under DIR. Confidential output goes only under OUTDIR/private/.\n"
    "Each output is built in its own worker process: a failure or a crash does not\n"
    "stop the others, and one that runs past --job-timeout is stopped. Outputs whose\n"
    "inputs, house styles, fonts, options and program are unchanged (content hashes\n"
    "in OUTDIR/.boardpack-state and OUTDIR/private/.boardpack-state) are skipped. On\n"
    "a terminal a status line shows the progress; failures and warnings are always\n"
    "printed, then a summary table.\n\n";

}  // namespace

int run_build(const std::vector<std::string>& args) {
  po::options_description opts("Options for `boardpack build DIR -o OUTDIR`");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value<std::string>(), "the folder to write into (created if missing)")
      ("jobs,j", po::value<unsigned>()->default_value(0), "worker processes (default: one per core)")
      ("force", "rebuild every output, even those up to date")
      ("shard", po::value<std::string>(),
       "I/N: build only shard I (counted from 0) of N; input files are spread over the shards "
       "by a hash of their path relative to DIR")
      ("job-timeout", po::value<unsigned>()->default_value(600),
       "seconds one output may take before its worker is stopped and it fails (0: no limit)")
      ("verbose,v", "print a line for every output written")
      ("layouts", po::value<std::string>()->default_value(""),
       "folder of house styles (default: $BOARDPACK_LAYOUTS or the installed layouts/)");
  po::variables_map vm;
  if (auto stop = parse_command_line(args, opts, vm)) return *stop;
  if (vm.count("help")) {
    std::cout << kHelp << opts;
    return kExitOk;
  }
  if (!vm.count("input")) return usage_error("build: missing the input folder (DIR)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  if (inputs.size() != 1) return usage_error("build: expected one input folder");
  if (!vm.count("output")) return usage_error("build: missing -o OUTDIR");
  Shard shard;
  if (vm.count("shard")) {
    std::string error;
    auto parsed = parse_shard(vm["shard"].as<std::string>(), error);
    if (!parsed) return usage_error("build: " + error);
    shard = *parsed;
  }
  const fs::path in_dir = inputs.front();
  const fs::path out_dir = vm["output"].as<std::string>();
  const fs::path layouts = layouts_dir_or_default(vm["layouts"].as<std::string>());
  const bool verbose = vm.count("verbose") > 0;
  if (!fs::is_directory(in_dir)) return usage_error("build: not a folder: " + in_dir.string());

  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(in_dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  // Every input's kind first: two inputs whose outputs would share a name
  // (over the whole folder, whatever the shard) both fail, and neither is built.
  std::vector<std::pair<fs::path, load::DocumentKind>> sources;
  for (const fs::path& file : files) {
    const load::DocumentKind kind = load::sniff_document_kind(file);
    if (kind != load::DocumentKind::Other) sources.emplace_back(fs::relative(file, in_dir), kind);
  }
  const std::map<fs::path, std::string> clashes = output_clashes(sources);

  const bool any_input = !sources.empty();
  std::vector<BatchJob> jobs;
  for (const auto& [relative, kind] : sources) {
    const fs::path file = in_dir / relative;
    if (!in_shard(relative, shard)) continue;
    if (const auto clash = clashes.find(relative); clash != clashes.end()) {
      jobs.push_back(clash_job(file, relative, kind, clash->second));
    } else if (kind == load::DocumentKind::Meeting) {
      for (BatchJob& j : meeting_jobs(file, relative, out_dir, layouts)) jobs.push_back(std::move(j));
    } else {  // standalone documents go through the report pipeline
      jobs.push_back(report_job(file, relative, out_dir, layouts,
                                kind == load::DocumentKind::Document ? OutputKind::Document : OutputKind::Report));
    }
  }
  if (!any_input) {
    std::cerr << "boardpack: build: no reports or meetings under " << in_dir.string() << '\n';
    return kExitBadInput;
  }

  BuildSummary summary;
  IncrementalBuild incremental(out_dir, shard, vm.count("force") > 0);
  std::vector<std::size_t> todo;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    int pages = 0;
    if (incremental.up_to_date(jobs[i].id, pages)) {
      ++summary[jobs[i].kind].up_to_date;
    } else {
      todo.push_back(i);
    }
  }

  unsigned workers = vm["jobs"].as<unsigned>();
  if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
  Progress progress(todo.size(), ::isatty(STDERR_FILENO) == 1);
  std::set<std::string> warned;
  WorkerCallbacks callbacks;
  callbacks.work = [&jobs](std::size_t i) {
    inject_fault_if_asked(jobs[i].description);
    return encode_result(jobs[i].run());
  };
  callbacks.started = [&](std::size_t i) { progress.started(jobs[i].description); };
  callbacks.tick = [&] { progress.tick(); };
  callbacks.finished = [&](std::size_t i, WorkerOutcome outcome) {
    const BatchJob& job = jobs[i];
    std::optional<JobResult> result;
    if (outcome.ok) {
      result = decode_result(outcome.payload);
      if (!result) outcome.error = "the worker sent a malformed result";
    }
    if (!result) {
      if (outcome.died) remove_partial_files(job.targets);
      ++summary[job.kind].failed;
      summary.failures.push_back(job.description + ": " + first_line(outcome.error));
      progress.print("FAILED " + job.description + ": " + outcome.error + "\n");
    } else {
      ++summary[job.kind].built;
      summary[job.kind].pages += result->pages;
      incremental.record(job.id, *result);
      if (verbose) {
        std::cout << "wrote " << result->output << " (" << result->pages << (result->pages == 1 ? " page)" : " pages)")
                  << std::endl;
      }
      // Each distinct warning once: both editions of a pack report the same deadline warnings.
      std::string warnings;
      for (const std::string& w : result->warnings) {
        if (warned.insert(w).second) warnings += w + "\n";
      }
      if (!warnings.empty()) progress.print(warnings);
    }
    progress.finished();
  };
  preload_shared_inputs(jobs, todo, layouts);
  try {
    run_in_workers(todo, workers, callbacks, vm["job-timeout"].as<unsigned>());
    incremental.write();
  } catch (const std::exception& e) {
    progress.close();
    std::cerr << "boardpack: build: " << e.what() << '\n';
    return kExitFailure;
  }
  progress.close();
  std::cout << format_summary(summary, progress.elapsed_seconds()) << std::flush;
  return summary.failed() == 0 ? kExitOk : kExitBadInput;
}

}  // namespace bp::cli
