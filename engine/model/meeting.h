#pragma once
// A committee meeting and its agenda, as democratic services wrote it.
// Plain data: no I/O. The loader fills it from XML (engine/load/MEETING-XML.md);
// the pack builder turns it and its reports into the Public Document Pack.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/date.h"

namespace bp::model {

enum class AgendaItemKind {
  Report,     // a written report in its own file
  Verbal,     // a verbal update: listed, no pages
  Withdrawn,  // withdrawn from the agenda, with a note
};

struct AgendaItem {
  std::string number;  // "7" (text: councils also use "7a")
  std::string title;   // "SEND Continuous Improvement"
  AgendaItemKind kind = AgendaItemKind::Report;
  std::filesystem::path report_file;  // Report: absolute, resolved against the meeting file
  std::string author;                 // "Report of the Interim Director of Children's Social Care and Education."
  std::string note;                   // Withdrawn: why / what; Verbal: optional note
  bool exempt = false;
  std::optional<int> exempt_paragraph;   // Schedule 12A paragraph 1..7; required when exempt
  bool key_decision = false;
  std::optional<Date> forward_plan_date;  // when the key decision entered the forward plan
  bool supplementary = false;             // published after the agenda, in a supplementary pack
  SourceLocation where;                   // the <item> element, for messages
};

struct DemocraticServicesContact {
  std::string name;       // a role title in samples: "Democratic Services Officer"
  std::string telephone;
  std::string email;
};

struct Meeting {
  std::string style;        // house style (layouts/<style>) for the letter and agenda
  std::string council;      // "Sefton Council"
  std::string committee;    // "Overview and Scrutiny Committee (Children's Services and Safeguarding)"
  Date date;                // meeting date
  std::string time;         // "18:30" as written
  std::string venue;        // "Committee Room, Town Hall, Bootle"
  std::vector<std::string> address;  // the council's address lines for the letter head
  DemocraticServicesContact contact;
  Date published;           // the date on the letter / agenda (publication date)
  SourceLocation published_where;  // the <published> element's date, for messages
  Date created;             // document creation date for the PDF (reproducible output)
  std::vector<AgendaItem> items;
  std::filesystem::path file;  // the meeting file itself (absolute)
};

}  // namespace bp::model
