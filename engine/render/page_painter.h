#pragma once
// Draws one laid-out page's items into a libharu page. Internal to the render stage.
//
// Converts layout's top-left, y-down coordinates to PDF's bottom-left, y-up
// ones (pdf_y = page height - y) and keeps the operator stream small: font,
// size, colours and line width are only set when they change, consecutive
// text items share one BT..ET block and are positioned with relative Td moves,
// and consecutive filled rectangles of one colour (or lines of one width and
// colour) share one path and one fill (or stroke). Colours are clamped to 0..1.
// Empty text, unfilled rectangles and lines of width <= 0 draw nothing.
// A path item is its own path (moveto/lineto/curveto/closepath) filled at once
// in its colour with the non-zero winding rule, never merged with rectangles
// (whose windings could cancel its ink); commands before its first MoveTo are
// skipped, and a path with a non-finite coordinate draws nothing.
// Text that is not valid UTF-8 is drawn with U+FFFD for the bad bytes, and so
// are code points beyond U+FFFF (libharu 2.3.0's UTF-8 encoder cannot draw them).
// Every libharu call is checked; failures throw RenderError naming the page.

#include "core/geometry.h"
#include "layout/page.h"
#include "render/font_cache.h"
#include "render/hpdf_handle.h"

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
  void check(HPDF_STATUS status, const char* what) { pdf_.check(status, what, page_no_); }

  PdfHandle& pdf_;
  FontCache& fonts_;

  // Per-page state, reset by paint().
  HPDF_Page page_ = nullptr;
  double height_ = 0;
  int page_no_ = 0;
  bool in_text_ = false;
  bool text_matrix_plain_ = true;  // no rotation since BT: Td moves are in page space
  long long line_x_ = 0, line_y_ = 0;  // start of the current text line, PDF space, 1/1000 pt
  HPDF_Font font_ = nullptr;
  double size_ = 0;
  Color fill_{}, stroke_{};  // PDF defaults: black fill and stroke, 1 pt lines
  double line_width_ = 1;
  PathKind path_ = PathKind::None;
};

}  // namespace bp::render
