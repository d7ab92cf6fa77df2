#pragma once
// The words and symbols of KPI reporting, derived from an Assessment
// (model/kpi_rating.h): rating labels, direction arrows, figures with their
// units, target descriptions and the standard sentence of the direction of
// travel column. Pure functions; fixed English, never the C locale.
//
// Every rating carries a text label beside its colour (WCAG 1.4.1): "G On
// target", "A Near target", "R Off target", and "– Not due", "– No target
// yet", "– Baseline not established", "– No data" for the neutral states.
//
// Standard sentences (performance_sentence), e.g.
//   "Performance has improved on the previous period, but remains below baseline & target."
//   "Performance has improved on the previous period, and is above target."
//   "Performance has been maintained, consistent with the previous period and remains at baseline & target."
//   "Performance is not measured as the baseline is still to be established."
// Comparison words follow the polarity literally: for higher is better a good
// figure is "above" target and a poor one "below"; for lower is better (waiting
// times) a good figure is "within" target and a poor one "above".

#include <string>
#include <vector>

#include "model/kpi.h"
#include "model/kpi_rating.h"

namespace bp::model {

// "G", "A", "R"; "–" (en dash) for the neutral states.
std::string rating_symbol(Rating r);
// "On target", "Near target", "Off target", "Baseline not established",
// "No target yet", "Not due", "No data".
std::string rating_words(Rating r);
// Symbol and words: "G On target", "– Not due".
std::string rating_label(Rating r);
// The house-style shade of the rating's cell: "rating-green", "rating-amber",
// "rating-red", or "rating-neutral".
std::string rating_shade(Rating r);
// True for Green, Amber and Red.
bool is_rated(Rating r);

// "↑", "↔", "↓"; "" for None.
std::string direction_arrow(Direction d);
// "Improved", "Maintained", "Declined", "No previous figure".
std::string direction_words(Direction d);

// "monthly" style names as printed: "Monthly", "Quarterly", "Bi-Annually",
// "Annually"; "" when unspecified.
std::string frequency_words(Frequency f);

// A number with at most two decimals and no trailing zeros: 43.6, 9, 42.35.
std::string format_number(double v);
// A figure in its unit: "43.6%", "25 weeks", "1 week", "3 days", "9".
std::string format_value(double v, KpiUnit unit);

// The lines printed for a target (at least one): "14%"; "Baseline plus 10
// points" then "= 48.5%" once the baseline is known; "National average" then
// "(9%)" when a national figure is known at `known_on`; "50% or national
// average, whichever is higher"; "Not measured". The target's note, when
// any, is the last line.
std::vector<std::string> describe_target(const Kpi& kpi, const Target& t, const Date& known_on);

// The standard sentence for the Direction of Travel column (see above).
std::string performance_sentence(const Kpi& kpi, const Assessment& a);

}  // namespace bp::model
