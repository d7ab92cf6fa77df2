#include "cli/build_deps.h"

#include <algorithm>
#include <set>

#include "core/diagnostic.h"
#include "load/document_kind.h"
#include "load/document_loader.h"
#include "load/meeting_loader.h"
#include "load/report_loader.h"
#include "load/style_loader.h"

namespace fs = std::filesystem;

namespace bp::cli {

namespace {

fs::path absolute_path(const fs::path& p) { return fs::absolute(p).lexically_normal(); }

void add_style(const fs::path& layouts, const std::string& name, std::set<std::string>& deps) {
  deps.insert(absolute_path(layouts / name).string());
  deps.insert(absolute_path(layouts / "common").string());
  DiagnosticSink sink;
  auto style = load::load_house_style(layouts, name, sink);
  if (!style) return;  // the job itself succeeded, so this does not happen; the folder is still covered
  for (const fs::path& font : {style->fonts.regular, style->fonts.bold, style->fonts.italic, style->fonts.bold_italic}) {
    if (!font.empty()) deps.insert(absolute_path(font).string());
  }
  if (!style->deadlines.holidays_file.empty()) deps.insert(absolute_path(style->deadlines.holidays_file).string());
}

// The house style a report or standalone document names ("" when it does not load).
std::string style_of(const fs::path& input) {
  if (std::string style = load::sniff_root_style(input); !style.empty()) return style;
  DiagnosticSink sink;
  if (load::sniff_document_kind(input) == load::DocumentKind::Document) {
    auto document = load::load_document(input, sink);
    return document ? document->style : std::string();
  }
  auto report = load::load_report(input, sink);
  return report ? report->style : std::string();
}

void add_report(const fs::path& input, const fs::path& layouts, std::set<std::string>& deps) {
  deps.insert(absolute_path(input).string());
  const std::string style = style_of(input);
  if (!style.empty()) add_style(layouts, style, deps);
}

}  // namespace

std::vector<std::string> report_deps(const fs::path& input, const fs::path& layouts) {
  std::set<std::string> deps;
  add_report(input, layouts, deps);
  return {deps.begin(), deps.end()};
}

std::vector<std::string> pack_deps(const fs::path& meeting_file, const fs::path& layouts, compose::Edition edition,
                                   bool supplementary) {
  std::set<std::string> deps;
  deps.insert(absolute_path(meeting_file).string());
  DiagnosticSink sink;
  auto meeting = load::load_meeting(meeting_file, sink);
  if (!meeting) return {deps.begin(), deps.end()};
  add_style(layouts, meeting->style, deps);
  for (const model::AgendaItem& item : meeting->items) {
    if (compose::item_shown(item, edition, supplementary) == compose::ItemShown::Report) {
      add_report(item.report_file, layouts, deps);
    }
  }
  return {deps.begin(), deps.end()};
}

}  // namespace bp::cli
