// See page_painter.h.

#include "render/page_painter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <variant>

#include "render/pdf_text.h"
#include "render/stroke_merge.h"

namespace bp::render {
namespace {

bool finite(double a) { return std::isfinite(a); }
bool finite(double a, double b) { return std::isfinite(a) && std::isfinite(b); }

// The pattern as drawn: empty (solid) unless every length is finite and
// non-negative and at least one is positive.
std::vector<double> usable_dash(const std::vector<double>& dash) {
  bool any = false;
  for (const double v : dash) {
    if (!std::isfinite(v) || v < 0) return {};
    any = any || v > 0;
  }
  return any ? dash : std::vector<double>{};
}

}  // namespace

std::string_view PagePainter::paint(const std::vector<layout::Item>& items, double page_height,
                                   int page_index, bool continues) {
  height_ = page_height;
  page_no_ = page_index + 1;
  in_text_ = false;
  text_matrix_plain_ = true;
  line_x_ = line_y_ = 0;
  face_ = -1;
  size_ = 0;
  fill_ = stroke_ = Color{0, 0, 0};
  line_width_ = 1;
  dash_.clear();
  dash_phase_ = 0;
  if (continues) {  // state unknown: no value compares equal, so each is set
    const double nan = std::numeric_limits<double>::quiet_NaN();
    fill_ = stroke_ = Color{nan, nan, nan};
    line_width_ = nan;
    dash_phase_ = nan;
  }
  path_ = PathKind::None;
  segments_.clear();
  out_.clear();

  for (const layout::Item& item : items) {
    if (const auto* t = std::get_if<layout::TextItem>(&item)) {
      draw_text(*t);
    } else if (const auto* r = std::get_if<layout::RectItem>(&item)) {
      draw_rect(*r);
    } else if (const auto* l = std::get_if<layout::LineItem>(&item)) {
      draw_line(*l);
    } else if (const auto* p = std::get_if<layout::PathItem>(&item)) {
      draw_path(*p);
    }
  }
  flush_path();
  end_text();
  return flate_.compress(out_.bytes());
}

void PagePainter::draw_text(const layout::TextItem& t) {
  // Some text at a finite place and angle; only text drawn goes into the font subsets.
  if (t.text.empty() || !std::isfinite(t.x) || !std::isfinite(t.baseline) || !std::isfinite(t.angle))
    return;
  flush_path();
  begin_text();
  set_font(t.face, t.size);
  CodeSet& codes = codes_[static_cast<std::size_t>(t.face)];
  for_each_pdf_code(t.text, [&codes](char16_t code) { codes[code] = true; });
  set_fill(t.color);

  // Positions on a 1/1000 pt grid: relative moves are then exact differences,
  // so nothing accumulates down the page.
  const long long x = std::llround(std::clamp(t.x, -1e9, 1e9) * 1000);
  const long long y = std::llround(std::clamp(height_ - t.baseline, -1e9, 1e9) * 1000);
  if (t.angle != 0) {
    const double rad = t.angle * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    out_.text_matrix(c, s, -s, c, x, y);
    text_matrix_plain_ = false;
  } else if (!text_matrix_plain_) {
    out_.text_matrix(1, 0, 0, 1, x, y);
    text_matrix_plain_ = true;
    line_x_ = x;
    line_y_ = y;
  } else {
    if (x != line_x_ || y != line_y_) out_.move_text(x - line_x_, y - line_y_);
    line_x_ = x;
    line_y_ = y;
  }
  out_.show_text(t.text);
}

void PagePainter::draw_rect(const layout::RectItem& r) {
  if (!r.has_fill) return;
  if (!finite(r.rect.x, r.rect.y) || !finite(r.rect.width, r.rect.height)) return;
  end_text();
  if (path_ != PathKind::None && (path_ != PathKind::Fill || !(r.fill == fill_))) flush_path();
  if (path_ == PathKind::None) set_fill(r.fill);
  out_.rect(r.rect.x, height_ - r.rect.y - r.rect.height, r.rect.width, r.rect.height);
  path_ = PathKind::Fill;
}

void PagePainter::draw_line(const layout::LineItem& l) {
  if (!(l.width > 0) || !finite(l.width) || !finite(l.x1, l.y1) || !finite(l.x2, l.y2)) return;
  const std::vector<double> dash = usable_dash(l.dash);
  const double phase = dash.empty() || !finite(l.dash_phase) ? 0 : l.dash_phase;
  end_text();
  const bool same_style = l.width == line_width_ && l.color == stroke_ && dash == dash_ &&
                          phase == dash_phase_;
  if (path_ != PathKind::None && (path_ != PathKind::Stroke || !same_style)) flush_path();
  if (path_ == PathKind::None) {
    if (l.width != line_width_) {
      out_.line_width(l.width);
      line_width_ = l.width;
    }
    if (!(l.color == stroke_)) {
      out_.stroke_color(l.color);
      stroke_ = l.color;
    }
    if (dash != dash_ || phase != dash_phase_) {
      out_.dash(dash, phase);
      dash_ = dash;
      dash_phase_ = phase;
    }
  }
  segments_.push_back(
      {to_milli(l.x1), to_milli(height_ - l.y1), to_milli(l.x2), to_milli(height_ - l.y2)});
  path_ = PathKind::Stroke;
}

void PagePainter::draw_path(const layout::PathItem& p) {
  using Op = layout::PathCommand::Op;
  const auto first = std::find_if(p.commands.begin(), p.commands.end(),
                                  [](const layout::PathCommand& c) { return c.op == Op::MoveTo; });
  if (first == p.commands.end()) return;
  for (auto it = first; it != p.commands.end(); ++it) {
    for (int i = 0; i < it->point_count(); ++i) {
      const layout::PathPoint& q = it->points[static_cast<std::size_t>(i)];
      if (!finite(q.x, q.y)) return;
    }
  }
  end_text();
  flush_path();
  set_fill(p.fill);
  for (auto it = first; it != p.commands.end(); ++it) {
    const auto& pt = it->points;
    switch (it->op) {
      case Op::MoveTo: out_.move_to(pt[0].x, height_ - pt[0].y); break;
      case Op::LineTo: out_.line_to(pt[0].x, height_ - pt[0].y); break;
      case Op::CurveTo:
        out_.curve_to(pt[0].x, height_ - pt[0].y, pt[1].x, height_ - pt[1].y, pt[2].x,
                      height_ - pt[2].y);
        break;
      case Op::Close: out_.close_path(); break;
    }
  }
  out_.fill();
}

void PagePainter::begin_text() {
  if (in_text_) return;
  out_.begin_text();
  in_text_ = true;
  text_matrix_plain_ = true;  // BT resets the text and line matrices to identity
  line_x_ = line_y_ = 0;
}

void PagePainter::end_text() {
  if (!in_text_) return;
  out_.end_text();
  in_text_ = false;
}

void PagePainter::flush_path() {
  switch (path_) {
    case PathKind::Fill: out_.fill(); break;
    case PathKind::Stroke:
      for (const Segment& g : dash_.empty() ? merge_segments(std::move(segments_)) : segments_)
        out_.segment(g.x1, g.y1, g.x2, g.y2);
      segments_.clear();
      out_.stroke();
      break;
    case PathKind::None: break;
  }
  path_ = PathKind::None;
}

void PagePainter::set_fill(const Color& c) {
  if (c == fill_) return;
  out_.fill_color(c);
  fill_ = c;
}

void PagePainter::set_font(doc::FontFace face, double size) {
  const int f = static_cast<int>(face);
  if (f == face_ && size == size_) return;
  if (!(size > 0 && size <= HPDF_MAX_FONTSIZE))  // also catches NaN
    pdf_.check(HPDF_PAGE_INVALID_FONT_SIZE, "setting the font", page_no_);
  if (f < 0 || f > 3) pdf_.check(HPDF_PAGE_INVALID_FONT, "setting the font", page_no_);
  out_.font(kFontResource[f], size);
  face_ = f;
  size_ = size;
}

}  // namespace bp::render
