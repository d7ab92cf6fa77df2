#pragma once
// Pagination of one measured table (see table_layout.h).
//
// Contract:
// - Header rows are drawn at the top of the table and again at the top of
//   every later page the table crosses (the repeats are artefacts: struct id
//   -1). If the header is taller than half the page body it is not repeated;
//   its rows are then flowed once like body rows (rowspan ignored), so the
//   table always terminates.
// - The table moves to the next page when the header plus the first part of
//   its first row does not fit in the space left.
// - A body row that fits in the space left is drawn whole. One that does not,
//   but fits a fresh page and is at most a third of the page body, moves whole
//   to the next page. Otherwise it is split at line boundaries; every cell
//   continues on the next page where it stopped, keeping at least 2 lines of a
//   paragraph together at either side of the split where possible. A row
//   taller than a page is split over as many pages as it needs.
// - Drawing order on every page the table is on: per row part, cell fills
//   then text; then the rules of all the rows drawn on that page (each cell
//   draws its top and left edge, the last column its right edge), then one
//   rule closing the table at the bottom. Rules never overlap a later row's
//   fill (butt ends), so drawing them last changes no pixel, and a page's
//   rules come one after another, which lets a renderer join each column's
//   edges into one line. Border width 0 draws no rules.
// - Structure: Table > TableRow > HeaderCell | Cell > Paragraph/ListItem/
//   Heading (> Label), and a Figure (with its alt text) after them for a
//   cell's figure; created in document order when the table starts.

#include "layout/page_builder.h"
#include "layout/table_layout.h"

namespace bp::layout {

// `release_rows` (optional): the table's own body_rows; each row but the
// first (which table_start_height may still read) is emptied once it has been
// drawn. The pages are the same either way.
void flow_table(const TableBox& table, PageBuilder& pages, std::vector<doc::Row>* release_rows = nullptr);

// Height the table needs at its start on a page: space before, header and the
// least first part of its first row (used to keep a heading with a table).
double table_start_height(const TableBox& table, double body_height);

}  // namespace bp::layout
