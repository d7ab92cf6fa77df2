#pragma once
// One KPI as a line chart (doc::LineChart, drawn by layout as vector
// graphics with every label as text): its figures against the target
// trajectory, on a dated x axis. Printed after a group's table when the group
// asks (<kpi-group charts="yes">).
//
// Series (legible in greyscale: they differ by line and marker, not only by
// colour): "Actual", the figures dated on or before the reporting date, a
// solid line with filled circles and each value printed above its point;
// "Target", every milestone whose number is known at the reporting date (see
// model::target_value), a dashed line with hollow squares. A light band
// "Amber tolerance" runs along the target on its worse side, as wide as the
// house style's tolerance. x is the day number of each date, so gaps are
// true to time; tick labels are months ("Jan-20"). The y axis starts at 0
// and reads in the KPI's unit ("40%", "25 weeks").
// Title: "KPI 1/2a: <measure>". Alternative text names every figure and
// target with its month.

#include <optional>

#include "compose/document.h"
#include "model/house_style.h"
#include "model/kpi.h"

namespace bp::compose {

// The chart of `kpi` at `reporting_date`, or nullopt when there is less than
// two points to draw or no figure at all.
std::optional<doc::Figure> kpi_chart(const model::Kpi& kpi, const model::Date& reporting_date,
                                     const model::HouseStyle& style);

}  // namespace bp::compose
