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

// The same furniture on every page.
void add_furniture(const doc::Furniture& furniture, const std::vector<doc::PageSetup>& setups,
                   const FontMetrics& metrics, std::vector<Page>& pages);

// Furniture per page: per_page[i] (not null) is drawn on pages[i] (sections
// with their own furniture). "{pages}" is still the count of all pages.
void add_furniture(const std::vector<const doc::Furniture*>& per_page,
                   const std::vector<doc::PageSetup>& setups, const FontMetrics& metrics,
                   std::vector<Page>& pages);

}  // namespace bp::layout
