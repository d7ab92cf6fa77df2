// See pdf_writer.h.
//
// Order matters to libharu: compression and the UTF-8 encoder are set before
// any page or string exists; the fonts are loaded once every page is painted
// (their subsets hold the characters drawn), and every page exists before
// links are added, so an internal link can point at a later page.

#include "render/pdf_writer.h"

#include <utility>

#include "render/face_name.h"
#include "render/hpdf_internals.h"
#include "render/pdf_info.h"
#include "render/pdf_navigation.h"
#include "render/pdf_renderer.h"
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

PdfWriter::PdfWriter(const doc::Metadata& meta, const doc::FontSet& fonts)
    : files_(fonts), painter_(pdf_, codes_) {
  HPDF_Doc h = pdf_.get();
  pdf_.check(HPDF_SetCompressionMode(h, HPDF_COMP_ALL), "enabling compression");
  pdf_.check(HPDF_UseUTFEncodings(h), "enabling UTF-8");
  pdf_.check(HPDF_SetCurrentEncoder(h, "UTF-8"), "selecting the UTF-8 encoder");
  write_document_info(pdf_, meta);
  font_resources_ = pdf_.require(new_shared_dict(h), "creating the font resources");
}

void PdfWriter::add_page(const layout::Page& page) {
  const int page_no = static_cast<int>(pages_.size()) + 1;
  HPDF_Page p = pdf_.require(HPDF_AddPage(pdf_.get()), "adding a page", page_no);
  pdf_.check(HPDF_Page_SetWidth(p, static_cast<HPDF_REAL>(page.width)), "setting the page width",
             page_no);
  pdf_.check(HPDF_Page_SetHeight(p, static_cast<HPDF_REAL>(page.height)),
             "setting the page height", page_no);
  pdf_.check(share_font_resources(p, font_resources_), "adding the font resources", page_no);
  pdf_.check(set_page_content_flate(p, painter_.paint(page.items, page.height, page_no - 1)),
             "writing the page content", page_no);
  pages_.push_back(p);
  heights_.push_back(page.height);
}

void PdfWriter::page_done(layout::Page& page) {
  add_page(page);
  std::vector<layout::Item>().swap(page.items);
}

void PdfWriter::late_items(std::size_t index, std::vector<layout::Item>&& items) {
  const int page_no = static_cast<int>(index) + 1;
  if (index >= pages_.size())
    throw RenderError("PDF output failed: furniture for page " + std::to_string(page_no) +
                      " of a " + std::to_string(pages_.size()) + "-page document");
  pdf_.check(add_page_content_flate(pages_[index],
                                    painter_.paint(items, heights_[index], page_no - 1, true)),
             "writing the page furniture", page_no);
}

std::string PdfWriter::finish(const layout::LaidOutDocument& doc) {
  if (pages_.empty()) throw RenderError("PDF output failed: the document has no pages");
  if (doc.pages.size() != pages_.size())
    throw RenderError("PDF output failed: " + std::to_string(doc.pages.size()) +
                      " pages laid out but " + std::to_string(pages_.size()) + " painted");
  const FontCache fonts(pdf_, files_, codes_);
  for (const doc::FontFace face : kFaces) {
    HPDF_Font font = fonts.font(face);
    if (font == nullptr) continue;
    pdf_.check(add_font_resource(font_resources_, kFontResource[static_cast<std::size_t>(face)], font),
               "adding the font resources");
  }
  add_links(pdf_, pages_, doc);
  add_outline(pdf_, pages_, doc);
  replace_to_unicode_maps(pdf_, fonts);
  return save(pdf_);
}

}  // namespace bp::render
