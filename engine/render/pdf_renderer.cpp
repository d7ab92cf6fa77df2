// render_pdf: the laid-out pages to PDF bytes through libharu. See pdf_renderer.h.
//
// Order matters to libharu: compression and the UTF-8 encoder are set before any
// page or string exists; every page is created before links are added so an
// internal link can point at a later page.

#include "render/pdf_renderer.h"

#include <string>
#include <vector>

#include "render/font_cache.h"
#include "render/hpdf_handle.h"
#include "render/page_painter.h"
#include "render/pdf_info.h"
#include "render/pdf_navigation.h"
#include "render/to_unicode_cmap.h"

namespace bp::render {
namespace {

std::string save(PdfHandle& pdf) {
  pdf.check(HPDF_SaveToStream(pdf.get()), "writing the PDF");
  const HPDF_UINT32 size = HPDF_GetStreamSize(pdf.get());
  pdf.check(HPDF_OK, "measuring the PDF");
  std::string bytes(size, '\0');
  HPDF_UINT32 got = size;
  const HPDF_STATUS status =
      HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &got);
  if (status == HPDF_STREAM_EOF) pdf.reset_error();  // reading to the very end reports EOF
  else pdf.check(status, "reading the PDF back");
  if (got != size)
    throw RenderError("PDF output failed: read " + std::to_string(got) + " of " +
                      std::to_string(size) + " bytes back from libharu");
  return bytes;
}

}  // namespace

std::string render_pdf(const layout::LaidOutDocument& doc) {
  if (doc.pages.empty()) throw RenderError("PDF output failed: the document has no pages");

  PdfHandle pdf;
  HPDF_Doc h = pdf.get();
  pdf.check(HPDF_SetCompressionMode(h, HPDF_COMP_ALL), "enabling compression");
  pdf.check(HPDF_UseUTFEncodings(h), "enabling UTF-8");
  pdf.check(HPDF_SetCurrentEncoder(h, "UTF-8"), "selecting the UTF-8 encoder");
  write_document_info(pdf, doc.meta);

  std::vector<HPDF_Page> pages;
  pages.reserve(doc.pages.size());
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const int page_no = static_cast<int>(i) + 1;
    HPDF_Page page = pdf.require(HPDF_AddPage(h), "adding a page", page_no);
    pdf.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(doc.pages[i].width)),
              "setting the page width", page_no);
    pdf.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(doc.pages[i].height)),
              "setting the page height", page_no);
    pages.push_back(page);
  }

  FontCache fonts(pdf, doc);
  PagePainter painter(pdf, fonts);
  for (std::size_t i = 0; i < doc.pages.size(); ++i)
    painter.paint(pages[i], doc.pages[i], static_cast<int>(i));

  add_links(pdf, pages, doc);
  add_outline(pdf, pages, doc);
  replace_to_unicode_maps(pdf, fonts);
  return save(pdf);
}

}  // namespace bp::render
