#pragma once
// Pagination of one section: its blocks flowed onto pages.
//
// Contract:
// - The section starts a new page with its own PageSetup.
// - Paragraphs: space_before is dropped at the top of a page; spacers there
//   are dropped too. Space after one paragraph and space before the next add
//   up (no collapsing).
// - A paragraph splits between lines with widow/orphan control (split_rules.h):
//   at least 2 lines at the foot and at the head of a page where possible.
// - keep_with_next: the paragraph moves to the next page unless it fits here
//   together with the least start of what follows (2 lines of a paragraph, or
//   all of one with 3 lines or fewer; a table's header and first row part;
//   chained through spacers and further keep_with_next paragraphs), unless the
//   whole chain would not fit even on an empty page.
// - Every paragraph gets a struct node (its role and heading level) and its
//   label a Label node under it; a split paragraph keeps its node. Bookmarks
//   point at the top of the first line.
// - Tables: see table_flow.h. Figures: see figure_layout.h (never split;
//   a figure that does not fit in the space left starts the next page).

#include "compose/document.h"
#include "layout/font_metrics.h"
#include "layout/page_builder.h"

namespace bp::layout {

void flow_section(const doc::Section& section, PageBuilder& pages, const FontMetrics& metrics);

// The same, releasing each table's body rows (doc::Row emptied) once they are
// on their pages, so a long table's block tree shrinks while its pages grow.
// The pages come out the same.
void flow_section_releasing(doc::Section& section, PageBuilder& pages, const FontMetrics& metrics);

}  // namespace bp::layout
