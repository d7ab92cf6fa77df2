#pragma once
// Drawing primitives shared by the figure layouts (charts, sparklines, tree
// diagrams): a Drawing is a figure's items in its own coordinates (origin at
// its top-left corner, y down, everything inside 0..width x 0..height), with
// struct ids left at -1 until the figure is placed (figure_layout.h).
//
// Contract:
// - text(): one TextItem, measured with the metrics (width set).
// - polyline(): one LineItem per segment; a dashed polyline continues one
//   pattern across its segments (dash_phase = distance drawn so far).
// - dash_pattern(): Solid -> empty; Dashed -> {6, 3}; Dotted -> {2, 2} (whole
//   points: libharu takes integer dash lengths), longer for lines wider than 2 pt.
// - marker(): a filled PathItem of the shape centred on the point, `size`
//   across. Hollow: a white shape first, then the outline as a ring (outer
//   shape plus the inner one wound the other way) `outline` pt thick.
// - box(): a filled RectItem and, when border_width > 0, four LineItems on
//   its edges, inset by half the border width so the ink stays inside `r`.

#include <string>
#include <vector>

#include "compose/document.h"
#include "core/geometry.h"
#include "layout/font_metrics.h"
#include "layout/page.h"

namespace bp::layout {

struct Drawing {
  double width = 0, height = 0;
  std::vector<Item> items;
};

TextItem text(std::string s, doc::FontFace face, double size, Color color, double x, double baseline,
              const FontMetrics& m);

std::vector<double> dash_pattern(doc::LineStyle style, double line_width);

void polyline(std::vector<Item>& out, const std::vector<PathPoint>& points, double width, Color color,
              const std::vector<double>& dash);

void marker(std::vector<Item>& out, doc::MarkerShape shape, PathPoint centre, double size, Color color,
            bool filled, double outline);

void box(std::vector<Item>& out, const Rect& r, Color fill, Color border, double border_width);

// Moves an item by (dx, dy) and sets its struct id (items that have one).
void place_item(Item& item, double dx, double dy, int struct_id);

// Bounding box of an item's ink as drawn: text from the metrics' ascender to
// descender (rotated text: the rotated run's corners), rectangles, lines
// widened by half their width across their direction (butt caps, the PDF
// default), paths by their control points.
Rect item_bounds(const Item& item, const FontMetrics& m);

}  // namespace bp::layout
