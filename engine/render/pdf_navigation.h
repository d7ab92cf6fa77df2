#pragma once
// Link annotations and the outline (bookmarks). Internal to the render stage.
//
// `pages` are the libharu pages in document order, one per layout page, all
// created before this is called (so links may point forwards).
//
// Links: "https://...", "mailto:..." and any other non-'#' URI become URI link
// annotations; "#page=N" (1-based) becomes a link to page N (XYZ at the page
// top, zoom 1). Borders are hidden. A "#..." target that is not a page of this
// document, or an empty URI, throws RenderError.
//
// Outline: bookmarks in page order; a level-k entry nests under the most recent
// entry of level k-1. Levels below 0 count as 0; a level that skips ahead
// (e.g. 3 straight after a 0) nests directly under the entry before it. Each
// entry opens its page at the bookmark's y (XYZ, zoom 1, clamped to the page);
// top-level entries start expanded. When
// there is at least one bookmark the viewer opens with the outline pane shown.

#include <string>
#include <vector>

#include "layout/page.h"
#include "render/hpdf_handle.h"

namespace bp::render {

void add_links(PdfHandle& pdf, const std::vector<HPDF_Page>& pages,
               const layout::LaidOutDocument& doc);

void add_outline(PdfHandle& pdf, const std::vector<HPDF_Page>& pages,
                 const layout::LaidOutDocument& doc);

// "#page=12" -> 12; 0 if `uri` is not of that form.
int internal_link_page(const std::string& uri);

}  // namespace bp::render
