#pragma once
// Report + house style -> block tree.
//
// The order and fixed wording of the paper come from the style's ctemplate
// file (layouts/<style>/report.tpl); the code fills the template's slots from
// the model: numbering (1, 1.1, 2.3.2), lists, tables, dates in house style.

#include "compose/document.h"
#include "core/diagnostic.h"
#include "model/house_style.h"
#include "model/report.h"

namespace bp::compose {

// Throws InputError (naming the template file) when a template is missing or
// broken, or names a slot, shade or label that does not exist.
doc::Document compose_report(const model::Report& report, const model::HouseStyle& style);

// Same, consuming the report: its tables are released row by row as the block
// tree grows, so the peak memory is one copy of the content, not two. The
// document is identical to the one compose_report(const Report&) gives.
doc::Document compose_report(model::Report&& report, const model::HouseStyle& style);

}  // namespace bp::compose
