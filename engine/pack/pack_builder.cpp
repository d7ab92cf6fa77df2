// build_pack: the layout loop (contract in pack_builder.h). Reports are loaded
// and composed once (pack_reports.h); only the pack around them (the letter's
// page ranges and links) is recomposed on each pass.

#include "pack/pack_builder.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "layout/layout_engine.h"
#include "load/style_loader.h"
#include "pack/pack_reports.h"

namespace bp::pack {
namespace {

SourceLocation meeting_place(const model::Meeting& meeting) {
  SourceLocation where;
  where.file = meeting.file.string();
  return where;
}

doc::FontSet font_set(const model::HouseStyle& style) {
  return doc::FontSet{style.fonts.regular, style.fonts.bold, style.fonts.italic, style.fonts.bold_italic};
}

PackResult build(const model::Meeting& meeting, const PackOptions& options,
                 const layout::FontMetrics* given_metrics, DiagnosticSink& sink) {
  PackResult result;
  // HOOK (deadlines): publication and forward-plan warnings, wired by the caller.
  if (options.check_deadlines) options.check_deadlines(meeting, sink);

  const std::optional<model::HouseStyle> style = load::load_house_style(options.layouts_dir, meeting.style, sink);
  if (!style) return result;

  const compose::PackSettings settings{options.edition, options.supplementary};
  std::vector<compose::ItemShown> shown;
  bool listed = false;
  for (const model::AgendaItem& item : meeting.items) {
    shown.push_back(compose::item_shown(item, settings.edition, settings.supplementary));
    listed = listed || (shown.back() != compose::ItemShown::Omitted && shown.back() != compose::ItemShown::Withdrawn);
  }
  if (options.supplementary && !listed) {
    sink.warning(meeting_place(meeting), "the supplementary pack lists no items",
                 "mark the items published late with supplementary=\"yes\"");
  }
  const std::vector<std::optional<doc::Document>> reports =
      compose_pack_reports(meeting, shown, settings.edition, *style, options.layouts_dir, sink, options.load);
  if (sink.has_errors()) return result;

  std::unique_ptr<layout::FontMetrics> loaded;
  if (!given_metrics) {
    try {
      loaded = layout::load_truetype_metrics(font_set(*style));
    } catch (const std::runtime_error& e) {
      SourceLocation where;
      where.file = (style->directory / "style.xml").string();
      sink.error(where, e.what());
      return result;
    }
  }
  const layout::FontMetrics& metrics = given_metrics ? *given_metrics : *loaded;

  std::vector<compose::PackItemInput> inputs(meeting.items.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (reports[i]) inputs[i].report = &*reports[i];
  }
  const int max_passes = std::max(1, options.max_passes);
  layout::LaidOutDocument laid_out;
  try {
    for (int pass = 1; pass <= max_passes && !result.stable; ++pass) {
      const compose::PackDocument pack = compose::compose_pack(meeting, settings, *style, inputs);
      laid_out = layout::lay_out(pack.document, metrics);
      result.passes = pass;
      const std::vector<std::optional<compose::PageRange>> ranges = item_page_ranges(pack, laid_out);
      result.stable = true;
      for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!compose::has_pages(shown[i])) continue;
        result.stable = result.stable && inputs[i].pages == ranges[i];
        inputs[i].pages = ranges[i];
      }
    }
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink.report(d);
    return result;
  }
  if (!result.stable) {
    sink.warning(meeting_place(meeting),
                 "the agenda's page ranges did not settle after " + std::to_string(result.passes) +
                     " layouts; the ranges printed in the letter may be wrong",
                 "the letter's length keeps changing with the numbers it prints: shorten an agenda title");
  }
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!compose::has_pages(shown[i]) || !inputs[i].pages) continue;
    result.items.push_back(ItemPages{i, meeting.items[i].number, meeting.items[i].title, *inputs[i].pages});
  }
  result.document = std::move(laid_out);
  return result;
}

}  // namespace

std::vector<std::optional<compose::PageRange>> item_page_ranges(const compose::PackDocument& pack,
                                                                const layout::LaidOutDocument& laid_out) {
  std::vector<std::optional<compose::PageRange>> out(pack.items.size());
  const std::vector<int>& starts = laid_out.section_first_page;
  if (starts.size() != pack.document.sections.size()) {
    throw std::logic_error("item_page_ranges: the layout is not of this pack");
  }
  const int page_count = static_cast<int>(laid_out.pages.size());
  for (std::size_t i = 0; i < pack.items.size(); ++i) {
    const compose::PackDocument::ItemSections& s = pack.items[i];
    if (s.count == 0) continue;
    const std::size_t after = s.first + s.count;
    const int last = after < starts.size() ? starts[after] - 1 : page_count;
    out[i] = compose::PageRange{starts[s.first], last};
  }
  return out;
}

PackResult build_pack(const model::Meeting& meeting, const PackOptions& options, DiagnosticSink& sink) {
  return build(meeting, options, nullptr, sink);
}

PackResult build_pack(const model::Meeting& meeting, const PackOptions& options,
                      const layout::FontMetrics& metrics, DiagnosticSink& sink) {
  return build(meeting, options, &metrics, sink);
}

}  // namespace bp::pack
