// lay_out: sections -> pages (section_flow), then page furniture (each
// section's own, or the document's). Records where each section starts and
// puts a section's bookmark ahead of its blocks' bookmarks on its first page.

#include "layout/layout_engine.h"

#include "layout/furniture.h"
#include "layout/page_builder.h"
#include "layout/section_flow.h"

namespace bp::layout {

namespace {

// `release`: the same document, consumed while it is laid out (or null).
LaidOutDocument lay_out_impl(const doc::Document& document, doc::Document* release,
                             const FontMetrics& metrics, std::vector<Rect>& body_frames) {
  LaidOutDocument out;
  out.meta = document.meta;
  out.fonts = document.fonts;
  PageBuilder pages(out);
  std::vector<const doc::Furniture*> furniture;  // per page
  for (std::size_t s = 0; s < document.sections.size(); ++s) {
    const doc::Section& section = document.sections[s];
    const std::size_t first = out.pages.size();
    if (release) flow_section_releasing(release->sections[s], pages, metrics);
    else flow_section(section, pages, metrics);
    out.section_first_page.push_back(static_cast<int>(first) + 1);
    if (!section.bookmark.empty()) {
      Page& page = out.pages[first];
      const double top = pages.frames()[first].y;
      page.bookmarks.insert(page.bookmarks.begin(), Bookmark{section.bookmark, section.bookmark_level, top});
    }
    const doc::Furniture* f = section.furniture ? &*section.furniture : &document.furniture;
    furniture.resize(out.pages.size(), f);
  }
  add_furniture(furniture, pages.setups(), metrics, out.pages);
  body_frames = pages.frames();
  return out;
}

}  // namespace

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics, std::vector<Rect>& body_frames) {
  return lay_out_impl(document, nullptr, metrics, body_frames);
}

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics) {
  std::vector<Rect> frames;
  return lay_out(document, metrics, frames);
}

LaidOutDocument lay_out(doc::Document&& document, const FontMetrics& metrics) {
  std::vector<Rect> frames;
  return lay_out_impl(document, &document, metrics, frames);
}

}  // namespace bp::layout
