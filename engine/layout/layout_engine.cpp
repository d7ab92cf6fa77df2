// lay_out: sections -> pages (section_flow); each page, once done, gets its
// furniture (the section's own, or the document's) and goes to the sink.
// Records where each section starts and puts a section's bookmark ahead of its
// blocks' bookmarks on its first page.

#include "layout/layout_engine.h"

#include <iterator>
#include <utility>

#include "layout/furniture.h"
#include "layout/page_builder.h"
#include "layout/section_flow.h"

namespace bp::layout {

namespace {

// Keeps every page whole: late furniture is appended to its page.
class KeepPages final : public PageSink {
 public:
  explicit KeepPages(LaidOutDocument& out) : out_(out) {}
  void page_done(Page&) override {}
  void late_items(std::size_t index, std::vector<Item>&& items) override {
    std::vector<Item>& to = out_.pages[index].items;
    std::move(items.begin(), items.end(), std::back_inserter(to));
  }

 private:
  LaidOutDocument& out_;
};

// `release`: the same document, consumed while it is laid out (or null).
// `sink`: null keeps the pages whole in the result.
LaidOutDocument lay_out_impl(const doc::Document& document, doc::Document* release,
                             const FontMetrics& metrics, std::vector<Rect>& body_frames,
                             PageSink* sink) {
  LaidOutDocument out;
  out.meta = document.meta;
  out.fonts = document.fonts;
  KeepPages keep(out);
  PageSink& to = sink ? *sink : keep;
  Furnisher furnisher(metrics);
  const doc::Furniture* furniture = &document.furniture;  // of the section being laid out
  PageBuilder pages(out, [&](Page& page, const doc::PageSetup& setup) {
    furnisher.furnish(page, setup, *furniture);
    to.page_done(page);
  });
  for (std::size_t s = 0; s < document.sections.size(); ++s) {
    const doc::Section& section = document.sections[s];
    furniture = section.furniture ? &*section.furniture : &document.furniture;
    const std::size_t first = out.pages.size();
    if (release) flow_section_releasing(release->sections[s], pages, metrics);
    else flow_section(section, pages, metrics);
    pages.finish_page();
    out.section_first_page.push_back(static_cast<int>(first) + 1);
    if (!section.bookmark.empty()) {
      Page& page = out.pages[first];
      const double top = pages.frames()[first].y;
      page.bookmarks.insert(page.bookmarks.begin(), Bookmark{section.bookmark, section.bookmark_level, top});
    }
  }
  furnisher.late_items(static_cast<int>(out.pages.size()),
                       [&](std::size_t index, std::vector<Item>&& items) {
                         to.late_items(index, std::move(items));
                       });
  body_frames = pages.frames();
  return out;
}

}  // namespace

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics, std::vector<Rect>& body_frames) {
  return lay_out_impl(document, nullptr, metrics, body_frames, nullptr);
}

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics) {
  std::vector<Rect> frames;
  return lay_out(document, metrics, frames);
}

LaidOutDocument lay_out(doc::Document&& document, const FontMetrics& metrics) {
  std::vector<Rect> frames;
  return lay_out_impl(document, &document, metrics, frames, nullptr);
}

LaidOutDocument lay_out(doc::Document&& document, const FontMetrics& metrics, PageSink& sink) {
  std::vector<Rect> frames;
  return lay_out_impl(document, &document, metrics, frames, &sink);
}

}  // namespace bp::layout
