#pragma once
// Layout: block tree -> pages of positioned items.
//
// Each doc::Section starts a new page. Paragraphs are broken into lines that
// never exceed their frame (over-long words break between characters); headings
// (keep_with_next) are never left at the bottom of a page; a paragraph leaves
// no single line alone at a page's foot or head when it can avoid it. Tables
// repeat their header rows on every page and split body rows that do not fit.
// Page furniture (footers, headers, watermark) is added to each page once it
// is done (layout/furniture.h): a section's own furniture on its pages, else
// the document's. The result's
// section_first_page says where each section starts; a section's bookmark is
// the first outline entry of its first page.
// Pure computation: no I/O, thread-compatible.

#include <vector>

#include "compose/document.h"
#include "core/geometry.h"
#include "layout/font_metrics.h"
#include "layout/page.h"
#include "layout/page_sink.h"

namespace bp::layout {

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics);

// The same pages from a document that is consumed: each table body row is
// released as soon as it is on its pages, so a long table's blocks and its
// pages are not both held in full (the report pipeline's peak memory).
LaidOutDocument lay_out(doc::Document&& document, const FontMetrics& metrics);

// As above; also reports the body frame (page minus margins) of every page, in
// page order, for checks such as check_placement (layout/placement_check.h).
LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics,
                        std::vector<Rect>& body_frames);

// The pages of a consumed document, streamed: each page goes to `sink` as
// soon as it is done (layout/page_sink.h) while the document is consumed as
// by lay_out(doc::Document&&, metrics), so neither
// the blocks nor the pages are ever held in full. The result holds the pages'
// numbers, sizes, links and bookmarks, and no items unless the sink left them.
LaidOutDocument lay_out(doc::Document&& document, const FontMetrics& metrics, PageSink& sink);

}  // namespace bp::layout
