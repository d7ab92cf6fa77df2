#pragma once
// The <agenda> of a meeting file -> model::AgendaItem list (see MEETING-XML.md).
//
// Rules checked here, each reported at its place with a hint:
// - <agenda> holds at least one <item> and nothing else;
// - number= (digits with an optional lower-case letter: "7", "7a") and title=
//   are required; numbers are unique in the agenda (the second is reported,
//   its hint names the line of the first);
// - an item is exactly one of: a written report (report="FILE"), a verbal
//   update (verbal="yes") or withdrawn (withdrawn="yes"). The report file must
//   exist; it is resolved against `base_dir` and stored absolute;
// - only verbal and withdrawn items hold text (a note); no item holds elements;
// - exempt="yes" requires paragraph= 1..7 (Schedule 12A, Part 1); exempt="no"
//   or absent forbids it;
// - forward-plan= (a date) only with key-decision="yes"; its absence is allowed
//   (the pack builder warns);
// - supplementary= yes/no.
// A misspelt attribute is reported once, as unknown with a "did you mean";
// rules that depend on it are then not reported again.
// Internal to the load stage.

#include <pugixml.hpp>

#include <filesystem>
#include <vector>

#include "load/checker.h"
#include "load/xml_source.h"
#include "model/meeting.h"

namespace bp::load::detail {

std::vector<model::AgendaItem> read_agenda(Checker& checker, const XmlSource& source,
                                           pugi::xml_node agenda,
                                           const std::filesystem::path& base_dir);

// "7", "7a", "12b": digits, then at most one lower-case letter.
bool is_agenda_item_number(std::string_view text);

}  // namespace bp::load::detail
