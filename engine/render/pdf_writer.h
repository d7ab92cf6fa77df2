#pragma once
// PdfWriter: a PDF written page by page as layout finishes each page
// (layout/page_sink.h), so that a long report is never held as pages in full.
//
// page_done() paints the page at once (render/page_painter.h), hands libharu
// its compressed content and lets the page's items go; late_items() adds a
// second content stream to an earlier page (furniture that prints the page
// count). finish() then loads the fonts, subset to exactly the characters the
// pages drew (render/font_cache.h), fills the font resource dictionary every
// page shares, adds links and bookmarks from `doc` (lay_out's result: the
// pages' links and bookmarks), replaces libharu's ToUnicode maps and returns
// the PDF's bytes. Errors throw RenderError as render_pdf (render/pdf_renderer.h)
// describes; after one, the writer is not usable.

#include <string>
#include <vector>

#include "layout/page.h"
#include "layout/page_sink.h"
#include "render/flate.h"
#include "render/font_cache.h"
#include "render/hpdf_handle.h"
#include "render/page_painter.h"

namespace bp::render {

class PdfWriter final : public layout::PageSink {
 public:
  PdfWriter(const doc::Metadata& meta, const doc::FontSet& fonts);

  // Paints `page` (the next page, numbered in order) and empties its items.
  void page_done(layout::Page& page) override;
  void late_items(std::size_t index, std::vector<layout::Item>&& items) override;

  // Paints `page` and keeps its items (render_pdf).
  void add_page(const layout::Page& page);

  // The whole PDF. `doc.pages` must be the pages given, in order.
  std::string finish(const layout::LaidOutDocument& doc);

 private:
  PdfHandle pdf_;
  doc::FontSet files_;
  FaceCodes codes_;
  HPDF_Dict font_resources_ = nullptr;
  PagePainter painter_;
  std::vector<HPDF_Page> pages_;
  std::vector<double> heights_;
};

}  // namespace bp::render
