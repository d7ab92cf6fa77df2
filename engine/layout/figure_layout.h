#pragma once
// Figures (compose/figure.h) measured for a frame and placed on pages.
//
// Contract:
// - layout_figure(): the figure's drawing for a frame `frame_width` wide and
//   at most `max_height` tall (the page body; a chart's height is capped at
//   it, a tree shrinks to it). The drawing is never wider than the frame.
//   Spacing (space_before/after) is not part of the box.
// - draw_figure(): copies the drawing onto the page with its top-left corner
//   at (x, y); text, fills and paths get struct id `node`, lines stay
//   artefacts.
// - flow_figure(): one Figure structure node (alt text from the figure) at the
//   document root; space_before (dropped at the top of a page); the whole box
//   on this page if it fits in the space left, else at the top of the next
//   page (never split); Left or Center inside the frame; the bookmark at its
//   top; then space_after.
// - figure_widths(): what a table column needs for a figure in a cell: the
//   figure's own width when set; else a sparkline wants 4 x its height (at
//   least 2 x), a chart or tree 200 pt (at least 60).

#include "compose/document.h"
#include "layout/figure_draw.h"
#include "layout/font_metrics.h"
#include "layout/page.h"
#include "layout/page_builder.h"

namespace bp::layout {

struct FigureBox {
  const doc::Figure* figure = nullptr;
  Drawing drawing;
  double height() const { return drawing.height; }
};

FigureBox layout_figure(const doc::Figure& figure, double frame_width, double max_height, const FontMetrics& m);

void draw_figure(const FigureBox& box, double x, double y, int node, Page& page);

void flow_figure(const FigureBox& box, PageBuilder& pages);

struct FigureWidths {
  double min = 0, preferred = 0;
};
FigureWidths figure_widths(const doc::Figure& figure);

}  // namespace bp::layout
