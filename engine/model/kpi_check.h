#pragma once
// Ratings and directions typed in the input, checked against the data.
//
// An author may state what they expect (<kpi rating="green" direction=
// "improved">). The engine never prints what was typed: it prints what it
// derives. When the two disagree the data or the expectation is wrong, so each
// disagreement is an error at the typed attribute, naming both values and the
// numbers behind the derived one. Pure function; no I/O.

#include <vector>

#include "core/diagnostic.h"
#include "model/house_style.h"
#include "model/kpi.h"

namespace bp::model {

// One error per claimed rating or direction of `group` that differs from the
// derived one at the group's reporting date under `rules`; empty when all agree.
std::vector<Diagnostic> check_claims(const KpiGroup& group, const RatingRules& rules);

}  // namespace bp::model
