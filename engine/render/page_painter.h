#pragma once
// Draws one laid-out page's items into a libharu page. Internal to the render stage.
//
// The page's operators are written into a buffer (render/content_stream.h)
// compressed (render/flate.h) and handed to libharu in one piece, instead of one libharu call per
// operator: libharu's operator functions clear a 512-byte buffer, format
// floats and re-measure every string on each call, which dominated rendering.
// Fonts are registered in the page's resources through libharu.
//
// Converts layout's top-left, y-down coordinates to PDF's bottom-left, y-up
// ones (pdf_y = page height - y) and keeps the operator stream small: font,
// size, colours, line width and dash are only set when they change,
// consecutive text items share one BT..ET block and are positioned with
// relative Td moves, and consecutive filled rectangles of one colour (or lines
// of one width, colour and dash) share one path and one fill (or stroke); in
// a solid stroke, collinear segments that touch are merged into one
// (render/stroke_merge.h: table rules drawn cell by cell become one line).
// Colours are clamped to 0..1. Empty text, unfilled rectangles, lines of
// width <= 0 and items with a non-finite coordinate, size or angle draw nothing.
// A dash pattern with a negative or non-finite length, or only zeros, draws
// the line solid.
// A path item is its own path (moveto/lineto/curveto/closepath) filled at once
// in its colour with the non-zero winding rule, never merged with rectangles
// (whose windings could cancel its ink); commands before its first MoveTo are
// skipped.
// Text is written as 16-bit codes (render/pdf_text.h): invalid UTF-8 and code
// points beyond U+FFFF are drawn as U+FFFD. A font size outside (0, 600] pt
// (libharu's limits; NaN included) throws RenderError naming the page and
// HPDF_PAGE_INVALID_FONT_SIZE; any libharu failure throws RenderError too.

#include <vector>

#include "core/geometry.h"
#include "layout/page.h"
#include "render/content_stream.h"
#include "render/flate.h"
#include "render/font_cache.h"
#include "render/hpdf_handle.h"
#include "render/stroke_merge.h"

namespace bp::render {

class PagePainter {
 public:
  PagePainter(PdfHandle& pdf, FontCache& fonts) : pdf_(pdf), fonts_(fonts) {}

  // `page_index` is 0-based (for messages). Graphics state is per page in PDF,
  // so every call starts from the defaults.
  void paint(HPDF_Page target, const layout::Page& page, int page_index);

 private:
  enum class PathKind { None, Fill, Stroke };

  void draw_text(const layout::TextItem& t);
  void draw_rect(const layout::RectItem& r);
  void draw_line(const layout::LineItem& l);
  void draw_path(const layout::PathItem& p);

  void begin_text();
  void end_text();
  void flush_path();
  void set_fill(const Color& c);
  void set_font(HPDF_Font font, double size);

  PdfHandle& pdf_;
  FontCache& fonts_;
  ContentStream out_;  // reused from page to page
  FlateCompressor flate_;

  // Per-page state, reset by paint().
  HPDF_Page page_ = nullptr;
  double height_ = 0;
  int page_no_ = 0;
  bool in_text_ = false;
  bool text_matrix_plain_ = true;  // no rotation since BT: Td moves are in page space
  long long line_x_ = 0, line_y_ = 0;  // start of the current text line, PDF space, 1/1000 pt
  HPDF_Font font_ = nullptr;
  double size_ = 0;
  Color fill_{}, stroke_{};  // PDF defaults: black fill and stroke, 1 pt solid lines
  double line_width_ = 1;
  std::vector<double> dash_;
  double dash_phase_ = 0;
  PathKind path_ = PathKind::None;
  std::vector<Segment> segments_;  // the pending stroke, PDF space, 1/1000 pt
};

}  // namespace bp::render
