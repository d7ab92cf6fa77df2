#include "cli/pack_pipeline.h"

#include "cli/font_coverage.h"
#include "load/holiday_loader.h"
#include "load/meeting_loader.h"
#include "load/style_loader.h"
#include "model/deadlines.h"
#include "pack/pack_builder.h"
#include "render/pdf_renderer.h"

namespace bp::cli {

void check_meeting_deadlines(const model::Meeting& meeting, const std::filesystem::path& layouts_dir,
                             DiagnosticSink& sink) {
  auto style = load::load_house_style(layouts_dir, meeting.style, sink);
  if (!style) return;
  auto calendar = load::load_holiday_calendar(style->deadlines.holidays_file, sink);
  if (!calendar) return;
  for (Diagnostic& d : model::deadline_warnings(meeting, style->deadlines, *calendar)) sink.report(std::move(d));
}

std::optional<BuiltPack> build_pack_pdf(const PackJob& job, DiagnosticSink& sink) {
  const load::LoadOptions coverage = font_coverage_options(job.layouts_dir);
  auto meeting = load::load_meeting(job.meeting, sink, coverage);
  if (!meeting) return std::nullopt;
  pack::PackOptions options;
  options.edition = job.edition;
  options.supplementary = job.supplementary;
  options.layouts_dir = job.layouts_dir;
  options.load = font_coverage_for_style(coverage, meeting->style);
  options.check_deadlines = [&](const model::Meeting& m, DiagnosticSink& s) {
    check_meeting_deadlines(m, job.layouts_dir, s);
  };
  pack::PackResult result = pack::build_pack(*meeting, options, sink);
  if (!result.document || sink.has_errors()) return std::nullopt;
  BuiltPack built;
  built.pages = static_cast<int>(result.document->pages.size());
  built.pdf = render::render_pdf(*result.document);
  return built;
}

}  // namespace bp::cli
