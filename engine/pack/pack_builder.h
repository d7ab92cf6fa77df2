#pragma once
// Meeting -> the laid-out agenda pack (the pack stage: load + compose + layout,
// never render).
//
// build_pack loads the meeting's house style and every report the pack shows
// (each once; report house styles cached by name), refuses the public edition
// while one of its reports is a draft, composes the pack (compose_pack), lays
// it out with the meeting style's fonts, reads back the pages each item really
// occupies (LaidOutDocument::section_first_page) and composes again with those
// ranges, until the ranges printed equal the ranges laid out (at most
// PackOptions::max_passes layouts; a warning when they never settle).
//
// Public edition: an exempt item's report file is never opened; its notice
// page is built from the agenda entry alone.
//
// Problems go to the sink, located at the agenda item (AgendaItem::where) or
// the file at fault; every problem is reported before giving up. Errors ->
// PackResult::document is nullopt. Warnings (a report style with other fonts,
// ranges that did not settle, a report's exemption differing from its agenda
// item, an empty supplementary pack) never stop the build.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compose/pack_composer.h"
#include "core/diagnostic.h"
#include "layout/font_metrics.h"
#include "layout/page.h"
#include "load/repertoire.h"
#include "model/meeting.h"

namespace bp::pack {

struct PackOptions {
  compose::Edition edition = compose::Edition::Public;
  bool supplementary = false;
  std::filesystem::path layouts_dir;  // holds <style>/style.xml and common/
  int max_passes = 6;
  // HOOK (deadlines): called once with the meeting before anything is loaded,
  // for the publication and forward-plan warnings (model/deadlines.h). Empty:
  // no deadline checks. The pack stage itself does not know the calendar.
  std::function<void(const model::Meeting&, DiagnosticSink&)> check_deadlines;
  // How the reports are loaded (what the fonts can print, load/repertoire.h).
  load::LoadOptions load;
};

// Where an item with pages ended up.
struct ItemPages {
  std::size_t index = 0;  // into Meeting::items
  std::string number;     // "7"
  std::string title;
  compose::PageRange pages;
};

struct PackResult {
  std::optional<layout::LaidOutDocument> document;  // nullopt after an error
  std::vector<ItemPages> items;                     // items with pages, in agenda order
  int passes = 0;                                   // layouts made
  bool stable = false;                              // printed ranges == laid-out ranges
};

PackResult build_pack(const model::Meeting& meeting, const PackOptions& options, DiagnosticSink& sink);

// The same with the metrics given (tests: FixedMetrics) instead of the meeting
// style's TrueType files.
PackResult build_pack(const model::Meeting& meeting, const PackOptions& options,
                      const layout::FontMetrics& metrics, DiagnosticSink& sink);

// The pages each item occupies in `laid_out` (one entry per meeting item;
// nullopt for items without pages): from its first section's first page to
// the page before the next section group starts (or the last page).
std::vector<std::optional<compose::PageRange>> item_page_ranges(const compose::PackDocument& pack,
                                                                const layout::LaidOutDocument& laid_out);

}  // namespace bp::pack
