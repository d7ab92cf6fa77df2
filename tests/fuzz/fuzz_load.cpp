// Fuzz target: bytes -> the report, meeting and standalone-document loaders.
// No composing or rendering; every diagnostic is collected and checked
// (fuzz_check.h). Meeting agenda items are resolved against the sample
// meetings' reports (BOARDPACK_FUZZ_PACK_DIR), so items can name real files.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "load/document_loader.h"
#include "load/meeting_loader.h"
#include "load/report_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > bp::fuzz::kMaxInput) return -1;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  {
    bp::DiagnosticSink sink;
    const auto report = bp::load::load_report_text(xml, "input.xml", sink);
    bp::fuzz::check_outcome(report.has_value(), sink);
  }
  {
    bp::DiagnosticSink sink;
    const auto meeting =
        bp::load::load_meeting_text(xml, "meeting.xml", BOARDPACK_FUZZ_PACK_DIR, sink);
    bp::fuzz::check_outcome(meeting.has_value(), sink);
  }
  {
    bp::DiagnosticSink sink;
    const auto document = bp::load::load_document_text(xml, "input.xml", sink);
    bp::fuzz::check_outcome(document.has_value(), sink);
  }
  return 0;
}
