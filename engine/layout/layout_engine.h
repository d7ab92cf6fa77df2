#pragma once
// Layout: block tree -> pages of positioned items.
//
// Each doc::Section starts a new page. Paragraphs are broken into lines that
// never exceed their frame (over-long words break between characters); headings
// (keep_with_next) are never left at the bottom of a page; a paragraph leaves
// no single line alone at a page's foot or head when it can avoid it. Tables
// repeat their header rows on every page and split body rows that do not fit.
// Page furniture (footers, headers, watermark) is added after pagination.
// Pure computation: no I/O, thread-compatible.

#include "compose/document.h"
#include "layout/font_metrics.h"
#include "layout/page.h"

namespace bp::layout {

LaidOutDocument lay_out(const doc::Document& document, const FontMetrics& metrics);

}  // namespace bp::layout
