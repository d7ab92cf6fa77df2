#pragma once
// The root element's attributes shared by every kind of paper (<report>,
// <meeting>, <document>): style, council and created. Internal to the load stage.
//
// The creation date written into the PDF comes from the input, never from the
// clock, so the same input always gives the same bytes: `created` when present;
// otherwise the UTC date of the SOURCE_DATE_EPOCH environment variable (the
// reproducible-builds convention: whole seconds since 1970-01-01 UTC), so a
// build system can stamp every paper of a run alike; otherwise none, and the
// PDF carries no creation date at all.

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "load/checker.h"
#include "model/date.h"

namespace bp::load::detail {

struct PaperRoot {
  std::string style;    // a folder of layouts/ (letters, digits, - and _)
  std::string council;
  std::optional<model::Date> created;
};

// Checks the root's attributes (only style, council, created and the schema
// location are allowed) and reads them; every problem is reported at its place.
PaperRoot read_paper_root(Checker& c, pugi::xml_node root);

// read_paper_root, stored into a report, meeting or document (anything with
// style, council and created members).
template <typename Paper>
void read_paper_root_into(Checker& c, pugi::xml_node root, Paper& paper) {
  PaperRoot p = read_paper_root(c, root);
  paper.style = std::move(p.style);
  paper.council = std::move(p.council);
  if (p.created) paper.created = *p.created;
}

// Reads `created` on `root` (reporting a malformed date there) or falls back as
// above. A SOURCE_DATE_EPOCH that is not a whole number of seconds is reported
// at the root element, since it stands in for the attribute.
std::optional<model::Date> creation_date(Checker& c, pugi::xml_node root);

// The UTC date of `epoch_seconds` ("1580169600" -> 2020-01-28); nullopt when it
// is not a non-negative whole number within the dates Boost can hold.
std::optional<model::Date> date_from_epoch_seconds(std::string_view epoch_seconds);

}  // namespace bp::load::detail
