#pragma once
// Line charts and sparklines laid out as drawings (see compose/figure.h for
// what the block types mean).
//
// Line chart, from the top: the title (bold, 1.25 x font size, wrapped to the
// width), the plot (horizontal grid lines at the y ticks, bands, the axes on
// its left and bottom, series as polylines with markers and optional value
// labels), the x tick labels under their ticks (thinned when they would
// collide: every k-th from the first, the last always), and the legend (one
// entry per named series or band: a sample of its line and marker, or a patch
// of its fill, then the name; entries wrap onto more rows). The y tick labels
// are right-aligned left of the axis; a y title is drawn rotated 90 degrees
// at the far left. Size: width = LineChart::width (0 = frame) capped at the
// frame; height = LineChart::height (0 = width x aspect) capped at
// `max_height`, but never less than the title, labels and legend need plus a
// plot of 3 font sizes. Every item lies inside 0..width x 0..height.
//
// Sparkline: the values spaced evenly across the width, scaled to the height
// (inset by half the marker so the dot stays inside), a filled circle on the
// last value; a single value is a dot in the middle; equal values a level
// line through the middle. Width = Sparkline::width (0 = frame) capped at the
// frame.

#include "compose/figure.h"
#include "layout/figure_draw.h"
#include "layout/font_metrics.h"

namespace bp::layout {

Drawing layout_line_chart(const doc::LineChart& chart, double frame_width, double max_height, const FontMetrics& m);
Drawing layout_sparkline(const doc::Sparkline& spark, double frame_width);

}  // namespace bp::layout
