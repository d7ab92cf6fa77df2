// Fuzz target: bytes as a meeting file -> agenda pack (the public main pack
// and the private supplementary pack), laid out and rendered to PDF bytes in
// memory. Agenda items are resolved against BOARDPACK_FUZZ_PACK_DIR, a
// build-time folder holding the sample meetings' report files (and, two
// levels up, the sample reports), so the items of the sample meetings find
// their real reports from any working directory. Deadline warnings are checked with the house style's rules and
// bank holidays, as the pack command does.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "load/holiday_loader.h"
#include "load/meeting_loader.h"
#include "load/style_loader.h"
#include "model/deadlines.h"
#include "pack/pack_builder.h"
#include "render/pdf_renderer.h"

namespace {

void check_deadlines(const bp::model::Meeting& meeting, bp::DiagnosticSink& sink) {
  auto style = bp::load::load_house_style(BOARDPACK_LAYOUTS, meeting.style, sink);
  if (!style) return;
  auto calendar = bp::load::load_holiday_calendar(style->deadlines.holidays_file, sink);
  if (!calendar) return;
  for (bp::Diagnostic& d : bp::model::deadline_warnings(meeting, style->deadlines, *calendar))
    sink.report(std::move(d));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > bp::fuzz::kMaxInput) return -1;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  bp::DiagnosticSink load_sink;
  const auto meeting =
      bp::load::load_meeting_text(xml, "meeting.xml", BOARDPACK_FUZZ_PACK_DIR, load_sink);
  bp::fuzz::check_outcome(meeting.has_value(), load_sink);
  if (!meeting) return 0;
  // The public main pack and the private supplementary pack: both editions,
  // both kinds of pack.
  for (const bool supplementary : {false, true}) {
    bp::DiagnosticSink sink;
    bp::pack::PackOptions options;
    options.edition = supplementary ? bp::compose::Edition::Private : bp::compose::Edition::Public;
    options.supplementary = supplementary;
    options.layouts_dir = BOARDPACK_LAYOUTS;
    options.check_deadlines = check_deadlines;
    const bp::pack::PackResult result = bp::pack::build_pack(*meeting, options, sink);
    bp::fuzz::check_outcome(result.document.has_value(), sink);
    if (!result.document) continue;
    const std::string pdf = bp::render::render_pdf(*result.document);
    if (pdf.rfind("%PDF-", 0) != 0) bp::fuzz::fail("the renderer returned no PDF");
  }
  return 0;
}
