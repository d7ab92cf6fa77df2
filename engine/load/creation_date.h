#pragma once
// The date written into a PDF as its creation (and modification) date.
//
// It comes from the input, never from the clock, so the same input always gives
// the same bytes: the root element's `created` attribute when present;
// otherwise the UTC date of the SOURCE_DATE_EPOCH environment variable (the
// reproducible-builds convention: whole seconds since 1970-01-01 UTC), so a
// build system can stamp every paper of a run alike; otherwise none, and the
// PDF carries no creation date at all. Internal to the load stage.

#include <pugixml.hpp>

#include <optional>

#include "load/checker.h"
#include "model/date.h"

namespace bp::load::detail {

// Reads `created` on `root` (reporting a malformed date there) or falls back as
// above. A SOURCE_DATE_EPOCH that is not a whole number of seconds is reported
// at the root element, since it stands in for the attribute.
std::optional<model::Date> creation_date(Checker& c, pugi::xml_node root);

// The UTC date of `epoch_seconds` ("1580169600" -> 2020-01-28); nullopt when it
// is not a non-negative whole number within the dates Boost can hold.
std::optional<model::Date> date_from_epoch_seconds(std::string_view epoch_seconds);

}  // namespace bp::load::detail
