#pragma once
// Standalone document XML (root <document>) -> model::StandaloneDocument: a
// title page and sections of content such as action plans, trackers and
// reference sections. The vocabulary is documented in engine/load/DOCUMENT-XML.md
// and engine/load/schema/document.xsd; the content blocks are those of reports.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "load/repertoire.h"
#include "model/standalone_document.h"

namespace bp::load {

// Reads and checks a document file. Every problem found is reported to `sink`
// with file:line:col (unknown elements and attributes are errors, with a "did
// you mean" hint for near misses); warnings (a typed rating the data
// contradict) do not stop it. Returns nullopt when any error was found.
// With options.repertoire, text the house fonts cannot print becomes U+FFFD,
// with one warning per character (load/repertoire.h).
std::optional<model::StandaloneDocument> load_document(const std::filesystem::path& file,
                                                       DiagnosticSink& sink,
                                                       const LoadOptions& options = {});

// The same, from text in memory; `display_name` is used in diagnostics.
std::optional<model::StandaloneDocument> load_document_text(std::string_view xml,
                                                            const std::string& display_name,
                                                            DiagnosticSink& sink,
                                                            const LoadOptions& options = {});

}  // namespace bp::load
