// Placement self-check (see placement_check.h).

#include "layout/placement_check.h"

#include <cstdio>
#include <variant>

namespace bp::layout {
namespace {

constexpr double kTol = 0.01;

bool inside(const Rect& r, const Rect& box, double slack = 0) {
  return r.x >= box.x - kTol - slack && r.y >= box.y - kTol - slack && r.right() <= box.right() + kTol + slack &&
         r.bottom() <= box.bottom() + kTol + slack;
}
bool disjoint(const Rect& r, const Rect& box) {
  return r.right() <= box.x + kTol || r.x >= box.right() - kTol || r.bottom() <= box.y + kTol ||
         r.y >= box.bottom() - kTol;
}
std::string describe(const Rect& r) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "[x %.2f..%.2f, y %.2f..%.2f]", r.x, r.right(), r.y, r.bottom());
  return buf;
}

}  // namespace

std::vector<std::string> check_placement(const LaidOutDocument& doc, const std::vector<Rect>& body_frames,
                                         const FontMetrics& metrics) {
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& page = doc.pages[i];
    const Rect paper{0, 0, page.width, page.height};
    const Rect frame = i < body_frames.size() ? body_frames[i] : paper;
    const std::string where = "page " + std::to_string(page.number) + ": ";
    for (const Item& item : page.items) {
      if (const auto* t = std::get_if<TextItem>(&item)) {
        if (t->angle != 0) {
          if (!inside(Rect{t->x, t->baseline, 0, 0}, paper)) problems.push_back(where + "rotated text '" + t->text + "' starts off the page");
          continue;
        }
        const double top = t->baseline - metrics.ascender(t->face) * t->size;
        const Rect box{t->x, top, t->width, (metrics.ascender(t->face) + metrics.descender(t->face)) * t->size};
        if (t->struct_id >= 0) {
          if (!inside(box, frame)) problems.push_back(where + "text '" + t->text + "' " + describe(box) + " crosses the frame " + describe(frame));
        } else if (!inside(box, paper) || !(inside(box, frame) || disjoint(box, frame))) {
          problems.push_back(where + "artefact text '" + t->text + "' " + describe(box) + " crosses the frame or page edge");
        }
      } else if (const auto* r = std::get_if<RectItem>(&item)) {
        if (r->has_fill && !inside(r->rect, frame)) problems.push_back(where + "fill " + describe(r->rect) + " crosses the frame");
      } else if (const auto* l = std::get_if<LineItem>(&item)) {
        const Rect box{std::min(l->x1, l->x2), std::min(l->y1, l->y2), std::abs(l->x2 - l->x1), std::abs(l->y2 - l->y1)};
        if (!inside(box, frame, l->width / 2)) problems.push_back(where + "rule " + describe(box) + " crosses the frame");
      } else if (const auto* path = std::get_if<PathItem>(&item)) {
        // Filled outlines (the watermark): every point, control points included, on the page.
        if (!path->commands.empty() && !inside(control_bounds(path->commands), paper)) {
          problems.push_back(where + "path " + describe(control_bounds(path->commands)) + " leaves the page");
        }
      }
    }
  }
  return problems;
}

}  // namespace bp::layout
