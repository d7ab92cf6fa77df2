#include "cli/pipeline.h"

#include <malloc.h>

#include <utility>

#include "cli/font_coverage.h"
#include "compose/document_composer.h"
#include "compose/report_composer.h"
#include "layout/layout_engine.h"
#include "load/document_kind.h"
#include "load/document_loader.h"
#include "load/report_loader.h"
#include "load/style_loader.h"
#include "render/pdf_renderer.h"
#include "render/pdf_writer.h"
#include "render/trace_renderer.h"

namespace bp::cli {

namespace {

// A standalone document (<document> root) through the same stages.
std::optional<doc::Document> compose_standalone(const ReportJob& job, DiagnosticSink& sink) {
  std::optional<model::StandaloneDocument> document = load::load_document(job.input, sink, font_coverage_options(job.layouts_dir));
  if (!document) return std::nullopt;
  std::optional<model::HouseStyle> style = load::load_house_style(job.layouts_dir, document->style, sink);
  if (!style) return std::nullopt;
  try {
    return compose::compose_document(*document, *style);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink.report(d);
    return std::nullopt;
  }
}

// The block tree of a report or a standalone document (the input's root
// decides); `exempt` (if given) says whether the report is exempt.
std::optional<doc::Document> compose_input(const ReportJob& job, DiagnosticSink& sink,
                                           bool* exempt = nullptr) {
  if (load::sniff_document_kind(job.input) == load::DocumentKind::Document)
    return compose_standalone(job, sink);
  std::optional<model::Report> report = load::load_report(job.input, sink, font_coverage_options(job.layouts_dir));
  if (report && exempt != nullptr) *exempt = report->front.exempt;
  if (!report) return std::nullopt;
  // The parsed XML is gone: its freed pages go back to the system before the
  // block tree is built, so they do not add to the peak.
  malloc_trim(0);
  std::optional<model::HouseStyle> style = load::load_house_style(job.layouts_dir, report->style, sink);
  if (!style) return std::nullopt;
  try {
    // The model is consumed: the block tree is all layout needs.
    return compose::compose_report(std::move(*report), *style);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink.report(d);
    return std::nullopt;
  }
}

}  // namespace

std::optional<BuiltReport> build_report(const ReportJob& job, DiagnosticSink& sink) {
  BuiltReport built;
  std::optional<doc::Document> document = compose_input(job, sink, &built.exempt);
  if (!document) return std::nullopt;
  malloc_trim(0);  // the model is gone too (compose consumed it)
  const auto metrics = layout::load_truetype_metrics(document->fonts);
  // Each page is painted as soon as it is laid out and each table row freed
  // once placed: neither the blocks nor the pages are ever held in full.
  render::PdfWriter writer(document->meta, document->fonts);
  const layout::LaidOutDocument pages = layout::lay_out(std::move(*document), *metrics, writer);
  document.reset();
  built.pages = static_cast<int>(pages.pages.size());
  built.pdf = writer.finish(pages);
  return built;
}

std::optional<std::string> build_report_trace(const ReportJob& job, DiagnosticSink& sink) {
  std::optional<doc::Document> document = compose_input(job, sink);
  if (!document) return std::nullopt;
  const auto metrics = layout::load_truetype_metrics(document->fonts);
  return render::render_trace(layout::lay_out(std::move(*document), *metrics));
}

}  // namespace bp::cli
