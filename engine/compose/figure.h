#pragma once
// Figures in the block tree: line charts, sparklines and tree diagrams.
//
// A doc::Figure is one block (doc::Block) or the drawing of a table cell
// (doc::Cell::figure). Layout draws it as vector graphics (lines, rectangles,
// filled paths) with every label as real text, inside its frame, never split
// across pages (a figure that does not fit in the space left moves to the next
// page). In the logical structure it is one node of role Figure carrying `alt`.
// Like the rest of the block tree these types are plain: no model types, every
// size resolved (points), every colour given. Figures use the document's
// regular and bold faces.
//
// Legible in greyscale: series differ by line style and marker as well as by
// colour (actuals: solid line, filled markers; targets: dashed line, hollow
// markers), and the legend shows both.
//
// LineChart (a trend chart of one KPI or a group):
//   - x values are plain numbers that only need to be monotone; use day
//     numbers (e.g. days since 1970-01-01) for dates so gaps are true to time.
//   - x tick labels: `x_ticks` when given; otherwise every point of every
//     series with a non-empty x_label ("Oct-19"), once per distinct x. Labels
//     that would collide are thinned (every second, third, ... is kept; the
//     last is always kept).
//   - y axis: "nice" ticks in 1-2-5 steps covering the data, the bands and
//     y_min / y_max when set; tick labels are "<value><y_unit>" ("40%",
//     "25 weeks": put the space in y_unit, " weeks").
//   - size: `width` (0 = the frame's width; never more than the frame) and
//     `height` (0 = width * aspect; never more than the page body). The
//     title, legend and axis labels are inside that box (made taller only if
//     they leave less than 3 font sizes for the plot).
//   - kept on one page; space_before is dropped at the top of a page.
//
// Sparkline (the "6 Point Trend" of a KPI table): a small polyline of the
// last points with the last one marked; no axes, no labels. In a cell it fills
// the cell's content width at `height`, below any paragraphs of the cell; the
// row is made tall enough. `alt` should say what the line shows ("Rising from
// 38% to 44% over six surveys").
//
// TreeDiagram (a governance structure): nodes in boxes, parent -> children
// joined by elbow connectors. TopDown puts the root at the top and each
// generation in a row; LeftRight puts the root at the left and each generation
// in a column; Auto uses TopDown when it fits the frame at a font no smaller
// than min_font_size with boxes no narrower than their longest word, else
// LeftRight. Subtrees are packed by their outlines (a short branch may sit
// above a wide one's children); boxes never overlap and connectors never
// cross. Labels wrap inside their boxes; the font, padding and gaps shrink in
// half points from font_size to min_font_size until the diagram fits the frame
// width and the page body height; only if nothing fits does it go smaller and
// break words. Several roots (parent -1) are laid side by side as a forest.
// Details: layout/figure_tree.h.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/geometry.h"

namespace bp::doc {

enum class LineStyle { Solid, Dashed, Dotted };
enum class MarkerShape { None, Circle, Square, Triangle, Diamond };

struct ChartPoint {
  double x = 0;         // e.g. a day number; only order and spacing matter
  double y = 0;
  std::string x_label;  // tick label for this x ("Jan-20"); empty = none
};

struct ChartSeries {
  std::string name;  // legend entry ("Actual", "Target")
  std::vector<ChartPoint> points;  // in x order
  Color color{0, 0, 0};
  LineStyle line = LineStyle::Solid;
  double line_width = 1.5;  // pt
  MarkerShape marker = MarkerShape::Circle;
  bool marker_filled = true;  // false: hollow (white inside, outline in `color`)
  double marker_size = 5;     // pt, across
  bool value_labels = false;  // print each point's value ("43.6%") above it
};

// A shaded range across x (tolerance around target, comparator range).
struct BandPoint {
  double x = 0, low = 0, high = 0;
};
struct ChartBand {
  std::string name;  // legend entry; empty = not in the legend
  std::vector<BandPoint> points;  // in x order, at least 2
  Color fill{0.88, 0.88, 0.88};
};

struct AxisTick {
  double value = 0;
  std::string label;
};

struct LineChart {
  std::string title;  // bold, above the plot; empty = none
  std::vector<ChartSeries> series;
  std::vector<ChartBand> bands;      // drawn beneath the series
  std::vector<AxisTick> x_ticks;     // empty = from the points' x_label
  std::string y_unit;                // appended to y tick labels: "%", " weeks"
  std::string y_title;               // rotated label left of the y axis; empty = none
  std::optional<double> y_min, y_max;  // forced into the range (e.g. 0 and 100)
  int y_decimals = -1;               // -1 = as few as the tick step needs
  double width = 0;                  // pt; 0 = frame width
  double height = 0;                 // pt; 0 = width * aspect
  double aspect = 0.5;
  double font_size = 8;              // tick labels and legend; title is 1.25x, bold
  Color text_color{0, 0, 0};
  Color axis_color{0, 0, 0};
  Color grid_color{0.8, 0.8, 0.8};   // horizontal grid lines at the y ticks
  bool legend = true;                // one entry per named series and band, below the plot
};

struct Sparkline {
  std::vector<double> values;  // oldest first; empty = nothing drawn
  double height = 14;          // pt (about 1.6 x the table's font size)
  double width = 0;            // pt; 0 = the frame's (cell content) width
  Color color{0, 0, 0};
  double line_width = 1;
  bool mark_last = true;       // a filled dot on the last point
  double marker_size = 3.5;    // pt, across
  std::optional<double> min, max;  // value range; unset = the values' own
};

enum class TreeDirection { Auto, TopDown, LeftRight };

struct TreeNode {
  std::string title;   // bold, wrapped
  std::string detail;  // optional second part in regular face ("Chair: DCS")
  int parent = -1;     // index into TreeDiagram::nodes; -1 = a root. Must be < own index.
  Color fill{1, 1, 1};
  Color border{0, 0, 0};
  Color text{0, 0, 0};
};

struct TreeDiagram {
  std::vector<TreeNode> nodes;  // parents before their children; children in order
  TreeDirection direction = TreeDirection::Auto;
  double font_size = 9;         // pt, at best
  double min_font_size = 6.5;   // pt, least the fitting may shrink to before narrowing boxes
  double box_width = 130;       // pt, widest a box (or LeftRight column) may be; narrower as needed
  double padding = 4;           // pt, inside each box
  double gap_between = 10;      // pt, between sibling boxes (shrinks with the font)
  double gap_levels = 18;       // pt, between generations (holds the connectors)
  double border_width = 0.75;
  Color connector_color{0, 0, 0};
  double connector_width = 0.75;
};

enum class FigureAlign { Left, Center };

struct Figure {
  std::variant<LineChart, Sparkline, TreeDiagram> content;
  std::string alt;  // alternative text for the Figure structure node; should not be empty
  double space_before = 0;  // pt; dropped at the top of a page
  double space_after = 6;
  FigureAlign align = FigureAlign::Left;  // when narrower than the frame
  std::string bookmark;  // optional outline entry at the figure's top
  int bookmark_level = 0;
};

}  // namespace bp::doc
