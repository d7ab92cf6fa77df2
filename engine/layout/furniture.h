#pragma once
// Page furniture, added after pagination when the page count is known.
//
// Contract (all items are artefacts, struct id -1, Regular face,
// furniture.size and furniture.color):
// - footer_left / footer_center / footer_right: baseline margin_bottom / 2
//   above the page's bottom edge; left at the left margin, centre between the
//   margins, right ending at the right margin.
// - header_left / header_right: the font box centred in the top margin
//   (baseline = margin_top / 2 + (ascender - descender) * size / 2).
// - "{page}" becomes the page number, "{pages}" the page count.
// - watermark: drawn as filled glyph outlines (one PathItem in
//   watermark_color, struct id -1), never as text, so PDF readers do not
//   extract it. Size = page width / 6, Regular face, glyphs advancing by their
//   metric widths, along the page's diagonal from bottom left to top right
//   (angle atan(height / width), counter-clockwise); the bounding box of the
//   drawn shape is centred on the page. Inserted FIRST on the page, so content
//   is drawn over it. No item when the text has no ink (blank text, or metrics
//   that give no outlines).

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "compose/document.h"
#include "layout/font_metrics.h"
#include "layout/page.h"

namespace bp::layout {

std::string expand_page_fields(std::string_view text, int page, int pages);

// The watermark of the contract above for one page of `page_width` x
// `page_height`; empty commands when there is nothing to draw.
PathItem watermark_path(std::string_view text, const Color& color, double page_width,
                        double page_height, const FontMetrics& metrics);

// Adds furniture to pages as layout finishes them (layout/page_sink.h).
// furnish() gives a finished page its watermark (first) and, unless a text of
// `f` prints "{pages}", its header and footer texts (last); otherwise the
// texts wait for late_items(), when the page count is known. Holds
// `metrics` and every `f` given by reference: they must outlive it.
class Furnisher {
 public:
  explicit Furnisher(const FontMetrics& metrics);

  // `page` is the page numbered page.number (1-based), `setup` its setup.
  void furnish(Page& page, const doc::PageSetup& setup, const doc::Furniture& f);

  // The waiting texts of every page that has some, once `page_count` (of the
  // whole document) is known: emit(index, items) in page order.
  template <typename Emit>
  void late_items(int page_count, Emit&& emit) const {
    for (const Late& l : late_) emit(static_cast<std::size_t>(l.number - 1), texts(l, page_count));
  }

 private:
  struct Late {
    int number = 0;  // of the page, 1-based
    double width = 0, height = 0;
    doc::PageSetup setup;
    const doc::Furniture* furniture = nullptr;
  };
  std::vector<Item> texts(const Late& l, int page_count) const;

  const FontMetrics& metrics_;
  // A watermark's glyphs are the same on every page: read once per text.
  std::map<std::string, std::vector<PathCommand>, std::less<>> outlines_;
  std::vector<Late> late_;
};

}  // namespace bp::layout
