// Figure drawing primitives (see figure_draw.h).

#include "layout/figure_draw.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <variant>

namespace bp::layout {
namespace {

using Op = PathCommand::Op;

PathCommand move(double x, double y) { return PathCommand{Op::MoveTo, {PathPoint{x, y}}}; }
PathCommand line(double x, double y) { return PathCommand{Op::LineTo, {PathPoint{x, y}}}; }
PathCommand close() { return PathCommand{Op::Close, {}}; }

// Outline of `shape` of radius r around c; `reverse` winds it the other way.
std::vector<PathCommand> outline(doc::MarkerShape shape, PathPoint c, double r, bool reverse) {
  std::vector<PathCommand> out;
  if (shape == doc::MarkerShape::Circle) {
    constexpr double k = 0.5522847498;  // Bezier quarter-circle control distance
    // Quarter arcs: right -> bottom -> left -> top (clockwise on a y-down page).
    const PathPoint pts[4] = {{c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}, {c.x, c.y - r}};
    const int order[5] = {0, 1, 2, 3, 0};
    const int rev[5] = {0, 3, 2, 1, 0};
    const int* seq = reverse ? rev : order;
    out.push_back(move(pts[seq[0]].x, pts[seq[0]].y));
    for (int i = 0; i < 4; ++i) {
      const PathPoint a = pts[seq[i]], b = pts[seq[i + 1]];
      // Control points: from each end along its tangent, towards the other.
      const PathPoint ta{a.x - c.x, a.y - c.y}, tb{b.x - c.x, b.y - c.y};
      const PathPoint c1{a.x + tb.x * k, a.y + tb.y * k};
      const PathPoint c2{b.x + ta.x * k, b.y + ta.y * k};
      out.push_back(PathCommand{Op::CurveTo, {c1, c2, b}});
    }
    out.push_back(close());
    return out;
  }
  std::vector<PathPoint> poly;
  switch (shape) {
    case doc::MarkerShape::Square:
      poly = {{c.x - r, c.y - r}, {c.x + r, c.y - r}, {c.x + r, c.y + r}, {c.x - r, c.y + r}};
      break;
    case doc::MarkerShape::Triangle: {
      const double h = r * 1.15;  // a little larger so it reads as big as the others
      poly = {{c.x, c.y - h}, {c.x + h * 0.866, c.y + h * 0.5}, {c.x - h * 0.866, c.y + h * 0.5}};
      break;
    }
    case doc::MarkerShape::Diamond: {
      const double h = r * 1.2;
      poly = {{c.x, c.y - h}, {c.x + h, c.y}, {c.x, c.y + h}, {c.x - h, c.y}};
      break;
    }
    default: return out;
  }
  if (reverse) std::reverse(poly.begin(), poly.end());
  out.push_back(move(poly[0].x, poly[0].y));
  for (std::size_t i = 1; i < poly.size(); ++i) out.push_back(line(poly[i].x, poly[i].y));
  out.push_back(close());
  return out;
}

}  // namespace

TextItem text(std::string s, doc::FontFace face, double size, Color color, double x, double baseline,
              const FontMetrics& m) {
  TextItem t;
  t.width = m.text_width(face, s, size);
  t.text = std::move(s);
  t.face = face;
  t.size = size;
  t.color = color;
  t.x = x;
  t.baseline = baseline;
  return t;
}

std::vector<double> dash_pattern(doc::LineStyle style, double line_width) {
  const double scale = line_width > 2 ? std::ceil(line_width / 2) : 1;
  switch (style) {
    case doc::LineStyle::Dashed: return {6 * scale, 3 * scale};
    case doc::LineStyle::Dotted: return {2 * scale, 2 * scale};
    case doc::LineStyle::Solid: break;
  }
  return {};
}

void polyline(std::vector<Item>& out, const std::vector<PathPoint>& points, double width, Color color,
              const std::vector<double>& dash) {
  double period = 0;
  for (double d : dash) period += d;
  double drawn = 0;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const PathPoint a = points[i - 1], b = points[i];
    LineItem l{a.x, a.y, b.x, b.y, width, color};
    if (period > 0) {
      l.dash = dash;
      l.dash_phase = std::fmod(drawn, period);
    }
    drawn += std::hypot(b.x - a.x, b.y - a.y);
    out.emplace_back(std::move(l));
  }
}

void marker(std::vector<Item>& out, doc::MarkerShape shape, PathPoint centre, double size, Color color,
            bool filled, double outline_width) {
  if (shape == doc::MarkerShape::None || !(size > 0)) return;
  const double r = size / 2;
  if (filled) {
    out.emplace_back(PathItem{outline(shape, centre, r, false), color, -1});
    return;
  }
  const double inner = std::max(0.0, r - std::max(0.3, outline_width));
  out.emplace_back(PathItem{outline(shape, centre, r, false), Color{1, 1, 1}, -1});
  PathItem ring{outline(shape, centre, r, false), color, -1};
  if (inner > 0) {
    const std::vector<PathCommand> hole = outline(shape, centre, inner, true);
    ring.commands.insert(ring.commands.end(), hole.begin(), hole.end());
  }
  out.emplace_back(std::move(ring));
}

void box(std::vector<Item>& out, const Rect& r, Color fill, Color border, double border_width) {
  RectItem f;
  f.rect = r;
  f.has_fill = true;
  f.fill = fill;
  out.emplace_back(f);
  if (!(border_width > 0)) return;
  const double h = border_width / 2;
  const double x0 = r.x + h, y0 = r.y + h, x1 = r.right() - h, y1 = r.bottom() - h;
  out.emplace_back(LineItem{x0 - h, y0, x1 + h, y0, border_width, border});
  out.emplace_back(LineItem{x1, y0, x1, y1, border_width, border});
  out.emplace_back(LineItem{x1 + h, y1, x0 - h, y1, border_width, border});
  out.emplace_back(LineItem{x0, y1, x0, y0, border_width, border});
}

void place_item(Item& item, double dx, double dy, int struct_id) {
  if (auto* t = std::get_if<TextItem>(&item)) {
    t->x += dx;
    t->baseline += dy;
    t->struct_id = struct_id;
  } else if (auto* r = std::get_if<RectItem>(&item)) {
    r->rect.x += dx;
    r->rect.y += dy;
    r->struct_id = struct_id;
  } else if (auto* l = std::get_if<LineItem>(&item)) {
    l->x1 += dx;
    l->x2 += dx;
    l->y1 += dy;
    l->y2 += dy;
  } else {
    auto& p = std::get<PathItem>(item);
    for (PathCommand& c : p.commands) {
      for (int i = 0; i < c.point_count(); ++i) {
        c.points[static_cast<std::size_t>(i)].x += dx;
        c.points[static_cast<std::size_t>(i)].y += dy;
      }
    }
    p.struct_id = struct_id;
  }
}

Rect item_bounds(const Item& item, const FontMetrics& m) {
  if (const auto* t = std::get_if<TextItem>(&item)) {
    const double asc = m.ascender(t->face) * t->size, desc = m.descender(t->face) * t->size;
    if (t->angle == 0) return Rect{t->x, t->baseline - asc, t->width, asc + desc};
    // Corners of the run's box rotated counter-clockwise about (x, baseline), y down.
    const double rad = t->angle * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    double x0 = t->x, x1 = t->x, y0 = t->baseline, y1 = t->baseline;
    for (const auto& [u, v] : {std::pair{0.0, -asc}, std::pair{0.0, desc}, std::pair{t->width, -asc},
                               std::pair{t->width, desc}}) {
      const double x = t->x + u * c + v * s;
      const double y = t->baseline - u * s + v * c;
      x0 = std::min(x0, x);
      x1 = std::max(x1, x);
      y0 = std::min(y0, y);
      y1 = std::max(y1, y);
    }
    return Rect{x0, y0, x1 - x0, y1 - y0};
  }
  if (const auto* r = std::get_if<RectItem>(&item)) return r->rect;
  if (const auto* l = std::get_if<LineItem>(&item)) {
    // Butt caps (the PDF default): the ink is the segment widened across it.
    const double len = std::hypot(l->x2 - l->x1, l->y2 - l->y1);
    const double h = l->width / 2;
    const double nx = len > 0 ? -(l->y2 - l->y1) / len * h : h, ny = len > 0 ? (l->x2 - l->x1) / len * h : h;
    const double x0 = std::min(l->x1, l->x2) - std::abs(nx), x1 = std::max(l->x1, l->x2) + std::abs(nx);
    const double y0 = std::min(l->y1, l->y2) - std::abs(ny), y1 = std::max(l->y1, l->y2) + std::abs(ny);
    return Rect{x0, y0, x1 - x0, y1 - y0};
  }
  return control_bounds(std::get<PathItem>(item).commands);
}

}  // namespace bp::layout
