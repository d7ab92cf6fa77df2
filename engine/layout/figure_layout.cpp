// Figure measurement and placement (see figure_layout.h).

#include "layout/figure_layout.h"

#include <algorithm>
#include <variant>

#include "layout/figure_chart.h"
#include "layout/figure_tree.h"

namespace bp::layout {
namespace {

constexpr double kEps = 1e-6;

}  // namespace

FigureBox layout_figure(const doc::Figure& figure, double frame_width, double max_height, const FontMetrics& m) {
  FigureBox box;
  box.figure = &figure;
  if (const auto* c = std::get_if<doc::LineChart>(&figure.content)) {
    box.drawing = layout_line_chart(*c, frame_width, max_height, m);
  } else if (const auto* s = std::get_if<doc::Sparkline>(&figure.content)) {
    box.drawing = layout_sparkline(*s, frame_width);
  } else {
    box.drawing = layout_tree(std::get<doc::TreeDiagram>(figure.content), frame_width, max_height, m);
  }
  return box;
}

void draw_figure(const FigureBox& box, double x, double y, int node, Page& page) {
  page.items.reserve(page.items.size() + box.drawing.items.size());
  for (const Item& it : box.drawing.items) {
    Item copy = it;
    place_item(copy, x, y, node);
    page.items.push_back(std::move(copy));
  }
}

void flow_figure(const FigureBox& box, PageBuilder& pb) {
  const doc::Figure& f = *box.figure;
  const int node = pb.add_node(doc::Role::Figure, 0, -1);
  pb.set_alt(node, f.alt);
  if (!pb.at_top()) {
    pb.advance(f.space_before);
    if (box.height() > pb.space_left() + kEps) pb.new_page();
  }
  if (!f.bookmark.empty()) pb.page().bookmarks.push_back(Bookmark{f.bookmark, f.bookmark_level, pb.y()});
  const Rect& frame = pb.frame();
  double x = frame.x;
  if (f.align == doc::FigureAlign::Center) x += std::max(0.0, (frame.width - box.drawing.width) / 2);
  draw_figure(box, x, pb.y(), node, pb.page());
  pb.advance(box.height());
  pb.mark_placed();
  pb.advance(f.space_after);
}

FigureWidths figure_widths(const doc::Figure& figure) {
  if (const auto* s = std::get_if<doc::Sparkline>(&figure.content)) {
    if (s->width > 0) return {s->width, s->width};
    return {2 * s->height, 4 * s->height};
  }
  const double own = std::holds_alternative<doc::LineChart>(figure.content)
                         ? std::get<doc::LineChart>(figure.content).width
                         : 0;
  if (own > 0) return {own, own};
  return {60, 200};
}

}  // namespace bp::layout
