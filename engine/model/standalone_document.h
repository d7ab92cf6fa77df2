#pragma once
// A standalone document (root <document>): a title page, then sections of
// flowing content such as action plans, trackers and reference sections.
// Unlike a committee report it has no front sheet or sign-off. The loader
// fills it from XML (engine/load/DOCUMENT-XML.md); compose lays it out in the
// house style (layouts/<style>/document.tpl, else layouts/common/).

#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "model/action_plan.h"
#include "model/date.h"
#include "model/flow.h"

namespace bp::model {

struct DocumentSection {
  std::string title;
  bool numbered = true;   // "2. Vision and principles" with paragraphs 2.1, 2.2
  Orientation orientation = Orientation::Portrait;
  bool new_page = false;  // a page break before it even in the same orientation
  Flow content;
};

struct StandaloneDocument {
  std::string style;    // house style: a folder of layouts/
  std::string council;  // "Durham County Council": the document's author
  Date created;         // written into the PDF, for reproducible output

  std::string title;     // "SEND Improvement Plan Tracker"
  std::string subtitle;  // optional: "Written Statement of Action"
  PlanDate date;         // printed "November 2019" or "24 April 2018"
  std::string version;   // optional: "1.0"
  std::vector<DocumentSection> sections;
};

}  // namespace bp::model
