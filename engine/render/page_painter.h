#pragma once
// Draws one laid-out page's items as a compressed content stream. Internal to
// the render stage.
//
// The page's operators are written into a buffer (render/content_stream.h)
// and compressed (render/flate.h), for libharu to take in one piece instead of
// one libharu call per operator: libharu's operator functions clear a
// 512-byte buffer, format floats and re-measure every string on each call,
// which dominated rendering. Fonts are named by face (kFontResource: /F1
// Regular, /F2 Bold, /F3 Italic, /F4 BoldItalic) in a font resource
// dictionary the caller fills once the fonts are loaded; every code point
// drawn is added to the face's set in `codes`, from which the fonts are
// subset (render/font_cache.h).
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

// The resource name of each face's font, indexed by doc::FontFace.
inline constexpr const char* kFontResource[4] = {"F1", "F2", "F3", "F4"};

class PagePainter {
 public:
  PagePainter(PdfHandle& pdf, FaceCodes& codes) : pdf_(pdf), codes_(codes) {}

  // The compressed operators drawing `items` on a page `page_height` pt tall;
  // the view is valid until the next call. `page_index` is 0-based (for
  // messages). Every call starts from PDF's default graphics state, unless
  // `continues` (a further content stream of the same page, which inherits
  // whatever state the one before left): then colour, line width, dash and
  // font are all set before their first use.
  std::string_view paint(const std::vector<layout::Item>& items, double page_height, int page_index,
                         bool continues = false);

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
  void set_font(doc::FontFace face, double size);

  PdfHandle& pdf_;
  FaceCodes& codes_;
  ContentStream out_;  // reused from page to page
  FlateCompressor flate_;

  // Per-page state, reset by paint().
  double height_ = 0;
  int page_no_ = 0;
  bool in_text_ = false;
  bool text_matrix_plain_ = true;  // no rotation since BT: Td moves are in page space
  long long line_x_ = 0, line_y_ = 0;  // start of the current text line, PDF space, 1/1000 pt
  int face_ = -1;  // none yet
  double size_ = 0;
  Color fill_{}, stroke_{};  // PDF defaults: black fill and stroke, 1 pt solid lines
  double line_width_ = 1;
  std::vector<double> dash_;
  double dash_phase_ = 0;
  PathKind path_ = PathKind::None;
  std::vector<Segment> segments_;  // the pending stroke, PDF space, 1/1000 pt
};

}  // namespace bp::render
