#pragma once
// Meeting XML -> model::Meeting: a committee meeting and its agenda, the unit
// of work of an agenda pack. The vocabulary is documented in
// engine/load/MEETING-XML.md and engine/load/schema/meeting.xsd; the example
// that uses every element is tests/data/minimal-meeting.xml.
//
// The loader checks the meeting file only: a report named by an agenda item
// must exist, but it is read (and checked) by whoever builds the pack. Rules
// about publication deadlines and forward-plan notice are warnings of the pack
// builder, not of the loader.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "load/repertoire.h"
#include "model/meeting.h"

namespace bp::load {

// Reads and checks a meeting file. Every problem found is reported to `sink`
// with file:line:col (unknown elements and attributes are errors, with a
// "did you mean" hint for near misses), sorted by place. Returns nullopt when
// any error was found. Report paths are resolved against the meeting file's
// folder; Meeting::file and AgendaItem::report_file are absolute.
// With options.repertoire, text the house fonts cannot print becomes U+FFFD,
// with one warning per character (load/repertoire.h).
std::optional<model::Meeting> load_meeting(const std::filesystem::path& file, DiagnosticSink& sink,
                                           const LoadOptions& options = {});

// The same, from text in memory. `display_name` names the file in diagnostics;
// report paths are resolved against `base_dir`. Meeting::file is `base_dir`
// joined with the file name of `display_name`, made absolute.
std::optional<model::Meeting> load_meeting_text(std::string_view xml, const std::string& display_name,
                                                const std::filesystem::path& base_dir,
                                                DiagnosticSink& sink,
                                                const LoadOptions& options = {});

}  // namespace bp::load
