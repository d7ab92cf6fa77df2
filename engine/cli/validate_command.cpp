// `boardpack validate PATH...`: checks reports and meetings without rendering
// and reports every problem, each as `file:line:col: error|warning: message`.
// Folders are searched for .xml files with a <report> or <meeting> root.
// Exit 0 when no errors were found (warnings allowed), 1 otherwise.

#include <boost/program_options.hpp>
#include <algorithm>
#include <iostream>
#include <set>

#include "cli/cli_support.h"
#include "cli/font_coverage.h"
#include "cli/commands.h"
#include "cli/pack_pipeline.h"
#include "compose/document_composer.h"
#include "compose/report_composer.h"
#include "load/document_kind.h"
#include "load/document_loader.h"
#include "load/meeting_loader.h"
#include "load/report_loader.h"
#include "load/style_loader.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace bp::cli {

namespace {

// Loads the report, its house style, and composes it: every problem short of
// laying it out (unknown shades and labels are found by compose).
void validate_report(const fs::path& file, const fs::path& layouts, const load::LoadOptions& options,
                     DiagnosticSink& sink) {
  auto report = load::load_report(file, sink, options);
  if (!report) return;
  auto style = load::load_house_style(layouts, report->style, sink);
  if (!style) return;
  try {
    (void)compose::compose_report(*report, *style);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink.report(d);
  }
}

// A standalone document (<document> root): loaded, its style loaded, composed.
void validate_document(const fs::path& file, const fs::path& layouts, const load::LoadOptions& options,
                       DiagnosticSink& sink) {
  auto document = load::load_document(file, sink, options);
  if (!document) return;
  auto style = load::load_house_style(layouts, document->style, sink);
  if (!style) return;
  try {
    (void)compose::compose_document(*document, *style);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink.report(d);
  }
}

void validate_meeting(const fs::path& file, const fs::path& layouts, const load::LoadOptions& options,
                      DiagnosticSink& sink, std::set<fs::path>& reports_seen) {
  auto meeting = load::load_meeting(file, sink, options);
  if (!meeting) return;
  check_meeting_deadlines(*meeting, layouts, sink);
  for (const model::AgendaItem& item : meeting->items) {
    if (item.kind != model::AgendaItemKind::Report) continue;
    if (reports_seen.insert(fs::weakly_canonical(item.report_file)).second) {
      validate_report(item.report_file, layouts, options, sink);
    }
  }
}

}  // namespace

int run_validate(const std::vector<std::string>& args) {
  po::options_description opts("Options for `boardpack validate PATH...`");
  opts.add_options()
      ("help,h", "show this help")
      ("layouts", po::value<std::string>()->default_value(""),
       "folder of house styles (default: $BOARDPACK_LAYOUTS or the installed layouts/)");
  po::variables_map vm;
  if (auto stop = parse_command_line(args, opts, vm)) return *stop;
  if (vm.count("help")) {
    std::cout << "Usage: boardpack validate PATH... [--layouts DIR]\n\n"
              << "Checks report, meeting and document files (folders are searched) without rendering and\n"
                 "prints every problem as file:line:col: error|warning: message.\n"
                 "Exit status 0 when there are no errors, 1 when there are.\n\n"
              << opts;
    return kExitOk;
  }
  if (!vm.count("input")) return usage_error("validate: give at least one file or folder");
  const fs::path layouts = layouts_dir_or_default(vm["layouts"].as<std::string>());

  // Files named on the command line are always checked (as a report unless they
  // are a meeting: the report loader says what is wrong with anything else);
  // files found in folders only when they are reports or meetings.
  struct Input {
    fs::path file;
    bool named = false;
  };
  std::vector<Input> inputs;
  for (const std::string& arg : vm["input"].as<std::vector<std::string>>()) {
    const fs::path p = arg;
    if (!fs::is_directory(p)) {
      inputs.push_back({p, true});
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(p))
      if (e.is_regular_file() && e.path().extension() == ".xml") found.push_back(e.path());
    std::sort(found.begin(), found.end());
    for (const fs::path& f : found) inputs.push_back({f, false});
  }

  DiagnosticSink sink;
  const load::LoadOptions options = font_coverage_options(layouts);
  std::set<fs::path> reports_seen;
  std::size_t checked = 0;
  for (const Input& in : inputs) {
    const load::DocumentKind kind = load::sniff_document_kind(in.file);
    if (kind == load::DocumentKind::Meeting) {
      ++checked;
      validate_meeting(in.file, layouts, options, sink, reports_seen);
    } else if (kind == load::DocumentKind::Document) {
      ++checked;
      validate_document(in.file, layouts, options, sink);
    } else if (kind == load::DocumentKind::Report || in.named) {
      if (reports_seen.insert(fs::weakly_canonical(in.file)).second) {
        ++checked;
        validate_report(in.file, layouts, options, sink);
      }
    }
  }
  print_diagnostics(sink);
  std::size_t warnings = sink.all().size() - sink.error_count();
  std::cerr << "checked " << checked << (checked == 1 ? " file: " : " files: ") << sink.error_count()
            << (sink.error_count() == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning\n" : " warnings\n");
  return sink.has_errors() ? kExitBadInput : kExitOk;
}

}  // namespace bp::cli
