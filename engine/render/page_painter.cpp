// See page_painter.h.

#include "render/page_painter.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <variant>

#include "core/utf8.h"

namespace bp::render {
namespace {

HPDF_REAL unit(double v) { return static_cast<HPDF_REAL>(std::clamp(v, 0.0, 1.0)); }
HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }
HPDF_REAL milli(long long v) { return static_cast<HPDF_REAL>(static_cast<double>(v) / 1000.0); }

// True when libharu 2.3.0 can draw `s` as it is: valid UTF-8 within the Basic
// Multilingual Plane (its UTF-8 encoder has 16-bit codes; 4-byte sequences are lost).
bool drawable_as_is(const std::string& s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0xF0) return false;
  return is_valid_utf8(s);
}

// Replaces every invalid byte and every code point beyond U+FFFF with U+FFFD
// (rare path: only for bad input).
std::string drawable_utf8(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    const bool bad =
        cp == kReplacementChar && !is_valid_utf8(std::string_view(s).substr(start, i - start));
    if (bad || cp > 0xFFFF)
      out += "\xEF\xBF\xBD";
    else
      out.append(s, start, i - start);
  }
  return out;
}

}  // namespace

void PagePainter::paint(HPDF_Page target, const layout::Page& page, int page_index) {
  page_ = target;
  height_ = page.height;
  page_no_ = page_index + 1;
  in_text_ = false;
  text_matrix_plain_ = true;
  line_x_ = line_y_ = 0;
  font_ = nullptr;
  size_ = 0;
  fill_ = stroke_ = Color{0, 0, 0};
  line_width_ = 1;
  path_ = PathKind::None;

  for (const layout::Item& item : page.items) {
    if (const auto* t = std::get_if<layout::TextItem>(&item)) {
      draw_text(*t);
    } else if (const auto* r = std::get_if<layout::RectItem>(&item)) {
      draw_rect(*r);
    } else if (const auto* l = std::get_if<layout::LineItem>(&item)) {
      draw_line(*l);
    } else {
      draw_path(std::get<layout::PathItem>(item));
    }
  }
  flush_path();
  end_text();
}

void PagePainter::draw_text(const layout::TextItem& t) {
  if (t.text.empty()) return;
  flush_path();
  LoadedFont& font = fonts_.get(t.face);
  begin_text();
  if (font.font != font_ || t.size != size_) {
    check(HPDF_Page_SetFontAndSize(page_, font.font, real(t.size)), "setting the font");
    font_ = font.font;
    size_ = t.size;
  }
  set_fill(t.color);

  // Positions on a 1/1000 pt grid: relative moves are then exact differences,
  // so nothing accumulates down the page.
  const long long x = std::llround(t.x * 1000);
  const long long y = std::llround((height_ - t.baseline) * 1000);
  if (t.angle != 0) {
    const double rad = t.angle * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    check(HPDF_Page_SetTextMatrix(page_, real(c), real(s), real(-s), real(c), milli(x),
                                  milli(y)),
          "positioning rotated text");
    text_matrix_plain_ = false;
  } else if (!text_matrix_plain_) {
    check(HPDF_Page_SetTextMatrix(page_, 1, 0, 0, 1, milli(x), milli(y)), "positioning text");
    text_matrix_plain_ = true;
    line_x_ = x;
    line_y_ = y;
  } else {
    if (x != line_x_ || y != line_y_)
      check(HPDF_Page_MoveTextPos(page_, milli(x - line_x_), milli(y - line_y_)),
            "positioning text");
    line_x_ = x;
    line_y_ = y;
  }

  if (drawable_as_is(t.text)) {
    font.mark_used(t.text);
    check(HPDF_Page_ShowText(page_, t.text.c_str()), "drawing text");
  } else {
    const std::string clean = drawable_utf8(t.text);
    font.mark_used(clean);
    check(HPDF_Page_ShowText(page_, clean.c_str()), "drawing text");
  }
}

void PagePainter::draw_rect(const layout::RectItem& r) {
  if (!r.has_fill) return;
  end_text();
  if (path_ != PathKind::None && (path_ != PathKind::Fill || !(r.fill == fill_))) flush_path();
  if (path_ == PathKind::None) set_fill(r.fill);
  check(HPDF_Page_Rectangle(page_, real(r.rect.x), real(height_ - r.rect.y - r.rect.height),
                            real(r.rect.width), real(r.rect.height)),
        "drawing a rectangle");
  path_ = PathKind::Fill;
}

void PagePainter::draw_line(const layout::LineItem& l) {
  if (!(l.width > 0)) return;
  end_text();
  const bool same_style = l.width == line_width_ && l.color == stroke_;
  if (path_ != PathKind::None && (path_ != PathKind::Stroke || !same_style)) flush_path();
  if (path_ == PathKind::None) {
    if (l.width != line_width_) {
      check(HPDF_Page_SetLineWidth(page_, real(l.width)), "setting the line width");
      line_width_ = l.width;
    }
    if (!(l.color == stroke_)) {
      check(HPDF_Page_SetRGBStroke(page_, unit(l.color.r), unit(l.color.g), unit(l.color.b)),
            "setting the stroke colour");
      stroke_ = l.color;
    }
  }
  check(HPDF_Page_MoveTo(page_, real(l.x1), real(height_ - l.y1)), "drawing a line");
  check(HPDF_Page_LineTo(page_, real(l.x2), real(height_ - l.y2)), "drawing a line");
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
      if (!std::isfinite(q.x) || !std::isfinite(q.y)) return;
    }
  }
  end_text();
  flush_path();
  set_fill(p.fill);
  const auto x = [](const layout::PathPoint& q) { return real(q.x); };
  const auto y = [this](const layout::PathPoint& q) { return real(height_ - q.y); };
  for (auto it = first; it != p.commands.end(); ++it) {
    const auto& pt = it->points;
    switch (it->op) {
      case Op::MoveTo: check(HPDF_Page_MoveTo(page_, x(pt[0]), y(pt[0])), "drawing a path"); break;
      case Op::LineTo: check(HPDF_Page_LineTo(page_, x(pt[0]), y(pt[0])), "drawing a path"); break;
      case Op::CurveTo:
        check(HPDF_Page_CurveTo(page_, x(pt[0]), y(pt[0]), x(pt[1]), y(pt[1]), x(pt[2]), y(pt[2])),
              "drawing a path");
        break;
      case Op::Close: check(HPDF_Page_ClosePath(page_), "drawing a path"); break;
    }
  }
  check(HPDF_Page_Fill(page_), "filling a path");
}

void PagePainter::begin_text() {
  if (in_text_) return;
  check(HPDF_Page_BeginText(page_), "starting text");
  in_text_ = true;
  text_matrix_plain_ = true;  // BT resets the text and line matrices to identity
  line_x_ = line_y_ = 0;
}

void PagePainter::end_text() {
  if (!in_text_) return;
  check(HPDF_Page_EndText(page_), "ending text");
  in_text_ = false;
}

void PagePainter::flush_path() {
  switch (path_) {
    case PathKind::Fill: check(HPDF_Page_Fill(page_), "filling rectangles"); break;
    case PathKind::Stroke: check(HPDF_Page_Stroke(page_), "stroking lines"); break;
    case PathKind::None: break;
  }
  path_ = PathKind::None;
}

void PagePainter::set_fill(const Color& c) {
  if (c == fill_) return;
  check(HPDF_Page_SetRGBFill(page_, unit(c.r), unit(c.g), unit(c.b)), "setting the fill colour");
  fill_ = c;
}

}  // namespace bp::render
