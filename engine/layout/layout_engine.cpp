// lay_out: sections -> pages (section_flow), then page furniture.

#include "layout/layout_engine.h"

#include "layout/furniture.h"
#include "layout/page_builder.h"
#include "layout/section_flow.h"

namespace bp::layout {

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics, std::vector<Rect>& body_frames) {
  LaidOutDocument out;
  out.meta = document.meta;
  out.fonts = document.fonts;
  PageBuilder pages(out);
  for (const doc::Section& section : document.sections) flow_section(section, pages, metrics);
  add_furniture(document.furniture, pages.setups(), metrics, out.pages);
  body_frames = pages.frames();
  return out;
}

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics) {
  std::vector<Rect> frames;
  return lay_out(document, metrics, frames);
}

}  // namespace bp::layout
