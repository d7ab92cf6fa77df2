#pragma once
// Report XML -> model::Report. The vocabulary is documented in
// engine/load/REPORT-XML.md and engine/load/schema/report.xsd.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "load/repertoire.h"
#include "model/report.h"

namespace bp::load {

// Reads and checks a report file. Every problem found is reported to `sink`
// with file:line:col (unknown elements and attributes are errors, with a
// "did you mean" hint for near misses). Returns nullopt when any error was found.
// With options.repertoire, text the house fonts cannot print becomes U+FFFD,
// with one warning per character (load/repertoire.h).
std::optional<model::Report> load_report(const std::filesystem::path& file, DiagnosticSink& sink,
                                         const LoadOptions& options = {});

// The same, from text in memory; `display_name` is used in diagnostics.
std::optional<model::Report> load_report_text(std::string_view xml, const std::string& display_name,
                                              DiagnosticSink& sink,
                                              const LoadOptions& options = {});

}  // namespace bp::load
