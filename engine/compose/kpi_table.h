#pragma once
// A KPI group -> the Appendix A table of seed 001, as a model::Table that the
// ordinary table composer turns into blocks (see kpi_composer.h). Everything
// in it is derived for the group's reporting date (model/kpi_rating.h,
// model/kpi_wording.h); nothing typed is printed as a rating.
//
// Columns: KPI | Action | Frequency | Baseline | Performance | Direction of
// Travel | one column per milestone month of the group's targets, in date
// order, under "Performance Target" | 6 Point Trend (when the group asks) |
// Commentary.
// Header rows: the titles; then the milestone months ("Oct-19") and, when any
// target has a label, a row of labels ("3 Months"). The Baseline and
// Performance titles carry the month of the figures below them when all the
// KPIs share it; otherwise each cell names its own month.
// Body cells:
//   - Baseline: the value ("3%"), "To be established" (with "by 31 May 2020"),
//     a description, or "N/A"; then its note.
//   - Performance: on the rating's shade: the latest figure (bold), its month
//     and its note, then the rating label ("G On target", "– Not due"): the colour is never the only
//     carrier of the rating.
//   - Direction of Travel: the arrow and the standard sentence.
//   - Milestones: describe_target's lines; a milestone on or before the
//     reporting date with a figure for the period it closes (dated up to the
//     milestone, within the last month, quarter, half-year or year by the
//     KPI's frequency, and after the previous milestone) reads "Target 50%" /
//     "Achieved 55%";
//     neighbouring milestones with the same unmeasurable text share one cell;
//     a month without a target for this KPI is "–".
//   - 6 Point Trend: left empty here; kpi_composer.h draws the sparkline.
//   - Commentary: the KPI's commentary.

#include <string>
#include <vector>

#include "model/flow.h"
#include "model/house_style.h"
#include "model/kpi.h"

namespace bp::compose {

// How many figures the trend column shows.
inline constexpr std::size_t kTrendPoints = 6;

struct KpiTable {
  model::Table table;
  // Per body row: the index in its cells of the trend cell (-1: no trend column).
  std::vector<int> trend_cell;
  // Per body row: the figures for the sparkline, oldest first (at most kTrendPoints).
  std::vector<std::vector<double>> trend_values;
};

// "Actions 1.2: The Timeliness of new EHCPs ..." (the title alone without an action).
std::string kpi_group_heading(const model::KpiGroup& group);

KpiTable kpi_group_table(const model::KpiGroup& group, const model::HouseStyle& style);

// The key to ratings and arrows: four columns, each rating label on its
// shade with what it means (the house style's amber tolerance spelled out),
// beside each arrow and the terms of the milestone cells with theirs.
model::Table kpi_key_table(const model::HouseStyle& style);

}  // namespace bp::compose
