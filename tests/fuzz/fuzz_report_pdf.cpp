// Fuzz target: bytes -> load -> compose -> layout -> render, to PDF bytes in
// memory, with the real house styles (BOARDPACK_LAYOUTS) and their fonts. A
// file whose root is <document> goes through the standalone-document loader
// and composer, every other one through the report's, as the program does.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "compose/document_composer.h"
#include "compose/report_composer.h"
#include "fuzz_check.h"
#include "layout/layout_engine.h"
#include "load/document_loader.h"
#include "load/report_loader.h"
#include "load/style_loader.h"
#include "render/pdf_writer.h"

namespace {

// The root element's name comes first in the file, after the prolog.
bool is_standalone_document(std::string_view xml) {
  const std::size_t doc = xml.find("<document");
  const std::size_t report = xml.find("<report");
  return doc != std::string_view::npos && (report == std::string_view::npos || doc < report);
}

std::optional<bp::doc::Document> compose(std::string_view xml, bp::DiagnosticSink& sink) {
  const std::string name = "input.xml";
  if (is_standalone_document(xml)) {
    auto document = bp::load::load_document_text(xml, name, sink);
    bp::fuzz::check_outcome(document.has_value(), sink);
    if (!document) return std::nullopt;
    auto style = bp::load::load_house_style(BOARDPACK_LAYOUTS, document->style, sink);
    if (!style) return std::nullopt;
    return bp::compose::compose_document(*document, *style);
  }
  auto report = bp::load::load_report_text(xml, name, sink);
  bp::fuzz::check_outcome(report.has_value(), sink);
  if (!report) return std::nullopt;
  auto style = bp::load::load_house_style(BOARDPACK_LAYOUTS, report->style, sink);
  if (!style) return std::nullopt;
  return bp::compose::compose_report(std::move(*report), *style);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > bp::fuzz::kMaxInput) return -1;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  bp::DiagnosticSink sink;
  std::optional<bp::doc::Document> document;
  try {
    document = compose(xml, sink);
  } catch (const bp::InputError& e) {
    // Problems found while composing (a template that cannot show the data).
    if (e.diagnostics().empty()) bp::fuzz::fail("an InputError without diagnostics");
    for (const bp::Diagnostic& d : e.diagnostics()) sink.report(d);
    bp::fuzz::check_diagnostics(sink);
    return 0;
  }
  bp::fuzz::check_diagnostics(sink);
  if (!document) return 0;
  const auto metrics = bp::layout::load_truetype_metrics(document->fonts);
  // As `report` and `build` do: the model and blocks consumed, each page painted
  // as soon as it is laid out (render/pdf_writer.h).
  bp::render::PdfWriter writer(document->meta, document->fonts);
  const bp::layout::LaidOutDocument pages = bp::layout::lay_out(std::move(*document), *metrics, writer);
  const std::string pdf = writer.finish(pages);
  if (pdf.rfind("%PDF-", 0) != 0) bp::fuzz::fail("the renderer returned no PDF");
  return 0;
}
