#pragma once
// KPI groups and the KPI key -> doc blocks (called by FlowComposer for the
// model blocks KpiGroup and KpiKey).
//
// A group prints its heading ("Actions 1.2: ...", through the flow's own
// subheading rule: a bookmarked level-2 heading kept with the table in an
// appendix) and its table (kpi_table.h) through the ordinary table composer,
// with header rows repeated on every page. In the "6 Point Trend" column each
// KPI with figures gets a sparkline of its last six (doc::Sparkline in the
// cell, with alternative text listing the figures). With charts="yes" the
// table is followed by a line chart of each KPI that has figures and at least
// two points to draw (kpi_chart.h). The key prints a heading
// "Key to KPI ratings and direction of travel" and its table.
//
// Before anything is printed, ratings and directions typed in the input are
// checked against the data (model/kpi_check.h): any disagreement throws
// InputError carrying one located error per disagreement. Neither block may
// sit in a table cell (InputError naming ctx.where). A style without the
// shades "header", "rating-green", "rating-amber", "rating-red" and
// "rating-neutral" is an InputError listing the shades it has.

#include <vector>

#include "compose/document.h"
#include "compose/flow_composer.h"
#include "model/flow.h"
#include "model/house_style.h"

namespace bp::compose {

// True for KpiGroup and KpiKey.
bool is_kpi_block(const model::Block& block);

// Appends the blocks of `block` (one of is_kpi_block) to `out`.
void compose_kpi_block(FlowComposer& flows, const model::HouseStyle& style, const model::Block& block,
                       const FlowContext& ctx, std::vector<doc::Block>& out);

}  // namespace bp::compose
