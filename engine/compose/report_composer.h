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

}  // namespace bp::compose
