// Page furniture (see furniture.h).

#include "layout/furniture.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <utility>

#include "core/utf8.h"

namespace bp::layout {
namespace {

constexpr doc::FontFace kFace = doc::FontFace::Regular;

// The outlines of `text` set on one baseline in em (y up), each glyph moved
// along by the advances of the glyphs before it.
std::vector<PathCommand> text_outline_em(std::string_view text, const FontMetrics& m) {
  std::vector<PathCommand> out;
  double pen = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = next_code_point(text, i);
    for (PathCommand c : m.glyph_outline(kFace, cp)) {
      for (PathPoint& p : c.points) p.x += pen;
      out.push_back(c);
    }
    pen += m.advance(kFace, cp);
  }
  return out;
}

// Extent [lo, hi] of one coordinate of a cubic Bezier over t in [0, 1]: the end
// points and the roots of its derivative inside (0, 1).
void cubic_extent(double p0, double p1, double p2, double p3, double& lo, double& hi) {
  const auto at = [&](double t) {
    const double s = 1 - t;
    return s * s * s * p0 + 3 * s * s * t * p1 + 3 * s * t * t * p2 + t * t * t * p3;
  };
  const auto take = [&](double t) {
    if (!(t > 0 && t < 1)) return;
    const double v = at(t);
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  // B'(t) / 3 = a t^2 + b t + c
  const double a = (p1 - p0) - 2 * (p2 - p1) + (p3 - p2);
  const double b = 2 * ((p2 - p1) - (p1 - p0));
  const double c = p1 - p0;
  if (std::abs(a) < 1e-12) {
    if (std::abs(b) > 1e-12) take(-c / b);
    return;
  }
  const double disc = b * b - 4 * a * c;
  if (disc < 0) return;
  const double r = std::sqrt(disc);
  take((-b + r) / (2 * a));
  take((-b - r) / (2 * a));
}

// Bounding box of the shape the commands draw (curves by their extrema, not
// their control points).
Rect drawn_bounds(const std::vector<PathCommand>& commands) {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool any = false;
  PathPoint cur{};
  const auto add = [&](double x, double y) {
    if (!any) {
      x0 = x1 = x;
      y0 = y1 = y;
      any = true;
    }
    x0 = std::min(x0, x);
    x1 = std::max(x1, x);
    y0 = std::min(y0, y);
    y1 = std::max(y1, y);
  };
  for (const PathCommand& c : commands) {
    switch (c.op) {
      case PathCommand::MoveTo:
      case PathCommand::LineTo:
        cur = c.points[0];
        add(cur.x, cur.y);
        break;
      case PathCommand::CurveTo: {
        const PathPoint& end = c.points[2];
        add(cur.x, cur.y);
        add(end.x, end.y);
        cubic_extent(cur.x, c.points[0].x, c.points[1].x, end.x, x0, x1);
        cubic_extent(cur.y, c.points[0].y, c.points[1].y, end.y, y0, y1);
        cur = end;
        break;
      }
      case PathCommand::Close: break;  // subpath starts are already counted
    }
  }
  return Rect{x0, y0, x1 - x0, y1 - y0};
}

// The em outline scaled to the page's watermark size, turned along the
// diagonal and moved so that its drawn bounding box is centred on the page.
PathItem place_watermark(const std::vector<PathCommand>& em, const Color& color, double width,
                         double height) {
  PathItem item;
  item.fill = color;
  item.struct_id = -1;
  if (em.empty()) return item;
  const double size = width / 6;
  const double a = std::atan2(height, width);
  const double cs = std::cos(a), sn = std::sin(a);
  item.commands = em;
  for (PathCommand& c : item.commands) {
    for (PathPoint& p : c.points) {
      const double u = p.x * size, v = p.y * size;  // along the text, up from the baseline
      p = PathPoint{u * cs - v * sn, -(u * sn + v * cs)};  // y down on the page
    }
  }
  const Rect box = drawn_bounds(item.commands);
  const double dx = width / 2 - (box.x + box.width / 2);
  const double dy = height / 2 - (box.y + box.height / 2);
  for (PathCommand& c : item.commands) {
    for (int i = 0; i < c.point_count(); ++i) {
      PathPoint& p = c.points[static_cast<std::size_t>(i)];
      p.x += dx;
      p.y += dy;
    }
    for (int i = c.point_count(); i < 3; ++i) c.points[static_cast<std::size_t>(i)] = PathPoint{};
  }
  return item;
}

}  // namespace

std::string expand_page_fields(std::string_view text, int page, int pages) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 6, "{page}") == 0) {
      out += std::to_string(page);
      i += 6;
    } else if (text.compare(i, 7, "{pages}") == 0) {
      out += std::to_string(pages);
      i += 7;
    } else {
      out += text[i++];
    }
  }
  return out;
}

PathItem watermark_path(std::string_view text, const Color& color, double page_width,
                        double page_height, const FontMetrics& metrics) {
  return place_watermark(text_outline_em(text, metrics), color, page_width, page_height);
}

namespace {

bool prints_page_count(const doc::Furniture& f) {
  for (const std::string* t : {&f.header_left, &f.header_right, &f.footer_left, &f.footer_center,
                               &f.footer_right})
    if (t->find("{pages}") != std::string::npos) return true;
  return false;
}

}  // namespace

Furnisher::Furnisher(const FontMetrics& metrics) : metrics_(metrics) {}

void Furnisher::furnish(Page& page, const doc::PageSetup& setup, const doc::Furniture& f) {
  if (!f.watermark.empty()) {
    auto it = outlines_.find(f.watermark);
    if (it == outlines_.end()) it = outlines_.emplace(f.watermark, text_outline_em(f.watermark, metrics_)).first;
    if (!it->second.empty())
      page.items.insert(page.items.begin(),
                        Item{place_watermark(it->second, f.watermark_color, page.width, page.height)});
  }
  const Late late{page.number, page.width, page.height, setup, &f};
  if (prints_page_count(f)) {
    late_.push_back(late);
    return;
  }
  std::vector<Item> items = texts(late, 0);  // no "{pages}" to fill in
  std::move(items.begin(), items.end(), std::back_inserter(page.items));
}

std::vector<Item> Furnisher::texts(const Late& l, int page_count) const {
  const doc::Furniture& f = *l.furniture;
  const doc::PageSetup& s = l.setup;
  const double asc = metrics_.ascender(kFace), desc = metrics_.descender(kFace);
  std::vector<Item> items;
  const auto place = [&](const std::string& templ, double baseline, int align) {
    if (templ.empty()) return;
    TextItem t;
    t.text = expand_page_fields(templ, l.number, page_count);
    t.face = kFace;
    t.size = f.size;
    t.color = f.color;
    t.width = metrics_.text_width(kFace, t.text, t.size);
    t.baseline = baseline;
    const double left = s.margin_left, right = l.width - s.margin_right;
    if (align < 0) t.x = left;
    else if (align > 0) t.x = right - t.width;
    else t.x = left + (right - left - t.width) / 2;
    items.emplace_back(std::move(t));
  };
  const double footer_baseline = l.height - s.margin_bottom / 2;
  const double header_baseline = s.margin_top / 2 + (asc - desc) * f.size / 2;
  place(f.header_left, header_baseline, -1);
  place(f.header_right, header_baseline, 1);
  place(f.footer_left, footer_baseline, -1);
  place(f.footer_center, footer_baseline, 0);
  place(f.footer_right, footer_baseline, 1);
  return items;
}

}  // namespace bp::layout
