#pragma once
// A table measured for a frame width: column widths, every cell's paragraphs
// broken into lines, row heights. Pagination (table_flow.h) then decides what
// goes on which page; nothing here knows about pages.
//
// Contract:
// - Grid: cells fill columns left to right; header cells may span rows
//   (rowspan), body cells span columns only (a body rowspan counts as 1).
//   Rows with more cells than columns add Auto columns.
// - Cell content starts `padding` below the cell's top and inside its left and
//   right edges. Inside a cell, the first paragraph's space_before and the
//   last one's space_after are dropped; between paragraphs both count.
// - Row height = 2 * padding + tallest cell content. In the header a cell
//   spanning rows that needs more height than its rows have adds the
//   difference to its last row.
// - A cell's figure (doc::Cell::figure, a sparkline) comes after its
//   paragraphs (its space_before counts only after a paragraph), laid out for
//   the content width, and is one unsplittable CellLine marked kFigureLine.
//   A column holding one is at least figure_widths().min wide and asks for
//   its preferred width (figure_layout.h).

#include <cstdint>
#include <optional>
#include <vector>

#include "compose/document.h"
#include "layout/figure_layout.h"
#include "layout/font_metrics.h"
#include "layout/paragraph_layout.h"

namespace bp::layout {

inline constexpr std::uint32_t kFigureLine = 0xFFFFFFFFu;  // CellLine::para of the cell's figure

struct CellLine {
  std::uint32_t para = 0;  // index into CellBox::paras, or kFigureLine
  std::uint32_t line = 0;  // index into that paragraph's lines
  double top = 0;          // relative to the cell's content top
  double bottom = 0;
};

struct CellBox {
  const doc::Cell* source = nullptr;
  int col = 0, colspan = 1, rowspan = 1;
  double x = 0, width = 0;  // relative to the table's left edge
  std::vector<ParagraphBox> paras;
  std::vector<CellLine> lines;  // every line of every paragraph, in order
  std::vector<std::uint32_t> para_first_line;  // index into lines of each paragraph's first line
  double content_height = 0;   // padding excluded
  std::optional<FigureBox> figure{};  // laid out doc::Cell::figure
};

struct RowBox {
  std::vector<CellBox> cells;
  double height = 0;  // padding included; in the header, with rowspan cells distributed
  bool header = false;
  double own_height(double padding) const;  // ignoring rowspan (every cell in this row only)
};

// The header rows are measured at once; a body row is measured when asked
// for (body_row), so pagination holds one body row's lines at a time, not the
// whole table's. The table and the metrics must outlive the TableBox.
struct TableBox {
  const doc::Table* table = nullptr;
  const FontMetrics* metrics = nullptr;
  int columns = 0;
  std::vector<double> col_widths;
  std::vector<double> col_x;             // left edge of every column, then the table's right edge
  double width = 0;                      // sum of the column widths
  std::vector<RowBox> header;
  std::vector<double> header_row_top;    // offsets from the header's top
  double header_height = 0;
  std::optional<RowBox> first_body;      // body_row(0), when there are body rows

  std::size_t body_count() const { return table->body_rows.size(); }
  // Body row `r` (< body_count()) measured: cells in their columns, paragraphs
  // broken into lines; the same result every time.
  RowBox body_row(std::size_t r) const;
};

TableBox layout_table(const doc::Table& table, double frame_width, const FontMetrics& metrics);

}  // namespace bp::layout
