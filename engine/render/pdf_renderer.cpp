// render_pdf: the laid-out pages to PDF bytes through libharu, one page after
// another through a PdfWriter (render/pdf_writer.h). See pdf_renderer.h.

#include "render/pdf_renderer.h"

#include "render/pdf_writer.h"

namespace bp::render {

std::string render_pdf(const layout::LaidOutDocument& doc) {
  if (doc.pages.empty()) throw RenderError("PDF output failed: the document has no pages");
  PdfWriter writer(doc.meta, doc.fonts);
  for (const layout::Page& page : doc.pages) writer.add_page(page);
  return writer.finish(doc);
}

}  // namespace bp::render
