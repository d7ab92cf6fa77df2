// Table measurement (see table_layout.h).

#include "layout/table_layout.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>

#include "core/utf8.h"
#include "layout/column_widths.h"
#include "layout/line_breaker.h"

namespace bp::layout {
namespace {

// Assigns grid columns to the cells of `rows`; returns the column count used.
// `row_spans` honours rowspan (header); otherwise every cell spans one row.
int place_cells(const std::vector<doc::Row>& rows, bool row_spans, std::vector<RowBox>& out) {
  std::vector<int> busy;  // per column: rows still covered by a rowspan from above
  int used = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    RowBox row;
    row.header = row_spans;
    int col = 0;
    for (const doc::Cell& cell : rows[r].cells) {
      while (static_cast<std::size_t>(col) < busy.size() && busy[static_cast<std::size_t>(col)] > 0) ++col;
      CellBox box;
      box.source = &cell;
      box.col = col;
      box.colspan = std::max(1, cell.colspan);
      box.rowspan = row_spans ? std::clamp(cell.rowspan, 1, static_cast<int>(rows.size() - r)) : 1;
      col += box.colspan;
      if (busy.size() < static_cast<std::size_t>(col)) busy.resize(static_cast<std::size_t>(col), 0);
      for (int c = box.col; c < col; ++c) busy[static_cast<std::size_t>(c)] = std::max(busy[static_cast<std::size_t>(c)], box.rowspan);
      row.cells.push_back(box);
    }
    used = std::max(used, col);
    for (int& b : busy) b = std::max(0, b - 1);
    out.push_back(std::move(row));
  }
  return used;
}

void fill_cell(CellBox& cell, const std::vector<ShapedParagraph>& shaped, double inner, const FontMetrics& m) {
  double y = 0;
  const doc::Paragraph* prev = nullptr;
  cell.paras.reserve(shaped.size());
  for (const ShapedParagraph& sp : shaped) {
    ParagraphBox box = layout_paragraph(sp, inner, m);
    if (prev) y += prev->style.space_after + box.para->style.space_before;
    const auto pi = static_cast<std::uint32_t>(cell.paras.size());
    cell.para_first_line.push_back(static_cast<std::uint32_t>(cell.lines.size()));
    for (std::size_t l = 0; l < box.lines.size(); ++l) {
      cell.lines.push_back(CellLine{pi, static_cast<std::uint32_t>(l), y, y + box.pitch});
      y += box.pitch;
    }
    prev = box.para;
    cell.paras.push_back(std::move(box));
  }
  if (cell.source->figure) {
    const doc::Figure& f = *cell.source->figure;
    FigureBox fb = layout_figure(f, inner, std::numeric_limits<double>::infinity(), m);
    if (prev) y += prev->style.space_after + f.space_before;
    cell.lines.push_back(CellLine{kFigureLine, 0, y, y + fb.height()});
    y += fb.height();
    cell.figure = std::move(fb);
  }
  cell.content_height = y;
}

}  // namespace

double RowBox::own_height(double padding) const {
  double h = 0;
  for (const CellBox& c : cells) h = std::max(h, c.content_height);
  return h + 2 * padding;
}

namespace {

// The widest single character of `p`, in pt, after its indent and label: the
// narrowest its text can be set without a glyph crossing the frame.
double widest_character(const doc::Paragraph& p, const FontMetrics& metrics) {
  double widest = 0;
  for (const doc::TextRun& run : p.runs) {
    for (std::size_t i = 0; i < run.text.size();) {
      const char32_t cp = next_code_point(run.text, i);
      if (cp > U' ') widest = std::max(widest, metrics.advance(run.face, cp) * p.style.size);
    }
  }
  return widest > 0 ? widest + p.style.left_indent + p.label_width : 0;
}

// Minimum and maximum width of a cell's content, padding included; shapes the
// paragraphs into `shaped` when given.
ColumnNeed cell_need(const doc::Cell& cell, double pad2, const FontMetrics& metrics,
                     std::vector<ShapedParagraph>* shaped) {
  ColumnNeed need{pad2, pad2};
  for (const doc::Paragraph& p : cell.content) {
    ShapedParagraph sp(p, metrics);
    const ContentWidths cw = sp.content_widths();
    need.min = std::max(need.min, cw.min + pad2);
    need.max = std::max(need.max, cw.max + pad2);
    need.floor = std::max(need.floor, widest_character(p, metrics) + pad2);
    if (shaped) shaped->push_back(std::move(sp));
  }
  if (cell.figure) {
    const FigureWidths fw = figure_widths(*cell.figure);
    need.min = std::max(need.min, fw.min + pad2);
    need.max = std::max(need.max, fw.preferred + pad2);
  }
  return need;
}

// What column_widths reads of a cell alone in a Fixed column: its floor.
ColumnNeed floor_need(const doc::Cell& cell, double pad2, const FontMetrics& metrics) {
  ColumnNeed need{pad2, pad2};
  for (const doc::Paragraph& p : cell.content)
    need.floor = std::max(need.floor, widest_character(p, metrics) + pad2);
  return need;
}

void add_need(const CellBox& cell, const ColumnNeed& need, std::vector<ColumnNeed>& needs,
              std::vector<SpanNeed>& spans) {
  if (cell.colspan == 1) {
    ColumnNeed& n = needs[static_cast<std::size_t>(cell.col)];
    n.min = std::max(n.min, need.min);
    n.max = std::max(n.max, need.max);
    n.floor = std::max(n.floor, need.floor);
  } else {
    spans.push_back(SpanNeed{cell.col, cell.colspan, need});
  }
}

// Body cells in grid columns (body cells span columns only).
std::vector<CellBox> place_body_cells(const doc::Row& row) {
  std::vector<CellBox> cells;
  cells.reserve(row.cells.size());
  int col = 0;
  for (const doc::Cell& cell : row.cells) {
    CellBox box;
    box.source = &cell;
    box.col = col;
    box.colspan = std::max(1, cell.colspan);
    col += box.colspan;
    cells.push_back(std::move(box));
  }
  return cells;
}

// Places `cell` in its columns and breaks its paragraphs for the column width.
void measure_cell(CellBox& cell, const std::vector<ShapedParagraph>& shaped,
                  const std::vector<double>& col_x, double pad2, const FontMetrics& metrics) {
  const auto c0 = static_cast<std::size_t>(cell.col);
  const auto c1 = std::min(col_x.size() - 1, c0 + static_cast<std::size_t>(cell.colspan));
  cell.x = col_x[c0];
  cell.width = col_x[c1] - col_x[c0];
  fill_cell(cell, shaped, std::max(0.0, cell.width - pad2), metrics);
}

}  // namespace

TableBox layout_table(const doc::Table& table, double frame_width, const FontMetrics& metrics) {
  TableBox tb;
  tb.table = &table;
  tb.metrics = &metrics;
  const int header_cols = place_cells(table.header_rows, true, tb.header);
  int body_cols = 0;
  for (const doc::Row& row : table.body_rows) {
    int cols = 0;
    for (const doc::Cell& cell : row.cells) cols += std::max(1, cell.colspan);
    body_cols = std::max(body_cols, cols);
  }
  tb.columns = std::max({static_cast<int>(table.columns.size()), header_cols, body_cols});

  std::vector<doc::Column> cols = table.columns;
  cols.resize(static_cast<std::size_t>(tb.columns), doc::Column{doc::ColumnKind::Auto, 0});

  // Content widths for the columns. Header paragraphs are shaped once and
  // kept; body rows are shaped here for their widths only and measured again,
  // one at a time, while the table is paginated (body_row), so a long table
  // never holds every row's lines at once.
  const double pad2 = 2 * table.padding;
  std::vector<ColumnNeed> needs(static_cast<std::size_t>(tb.columns), ColumnNeed{pad2, pad2});
  std::vector<SpanNeed> spans;
  std::vector<std::vector<ShapedParagraph>> header_shaped;  // per header cell
  for (RowBox& row : tb.header) {
    for (CellBox& cell : row.cells) {
      std::vector<ShapedParagraph> paras;
      add_need(cell, cell_need(*cell.source, pad2, metrics, &paras), needs, spans);
      header_shaped.push_back(std::move(paras));
    }
  }
  // A cell alone in a Fixed column needs only its widest character (the
  // column's floor): its text is not shaped for content widths no one reads.
  for (const doc::Row& row : table.body_rows) {
    for (const CellBox& cell : place_body_cells(row)) {
      const bool fixed = cell.colspan == 1 &&
                         cols[static_cast<std::size_t>(cell.col)].kind == doc::ColumnKind::Fixed;
      add_need(cell, fixed ? floor_need(*cell.source, pad2, metrics) : cell_need(*cell.source, pad2, metrics, nullptr),
               needs, spans);
    }
  }

  tb.col_widths = column_widths(cols, needs, spans, frame_width);
  tb.col_x.assign(tb.col_widths.size() + 1, 0.0);
  for (std::size_t c = 0; c < tb.col_widths.size(); ++c) tb.col_x[c + 1] = tb.col_x[c] + tb.col_widths[c];
  tb.width = tb.col_x.back();

  std::size_t next_shaped = 0;
  for (RowBox& row : tb.header) {
    for (CellBox& cell : row.cells) measure_cell(cell, header_shaped[next_shaped++], tb.col_x, pad2, metrics);
    row.height = row.own_height(table.padding);
  }
  if (!table.body_rows.empty()) tb.first_body = tb.body_row(0);

  // Header rows: cells spanning rows stretch their last row when needed.
  for (RowBox& row : tb.header) {
    double h = pad2;
    for (const CellBox& c : row.cells) if (c.rowspan == 1) h = std::max(h, c.content_height + pad2);
    row.height = h;
  }
  for (std::size_t r = 0; r < tb.header.size(); ++r) {
    for (const CellBox& c : tb.header[r].cells) {
      if (c.rowspan == 1) continue;
      const std::size_t last = r + static_cast<std::size_t>(c.rowspan) - 1;
      double have = 0;
      for (std::size_t k = r; k <= last; ++k) have += tb.header[k].height;
      const double need = c.content_height + pad2;
      if (need > have) tb.header[last].height += need - have;
    }
  }
  tb.header_row_top.assign(tb.header.size(), 0.0);
  for (std::size_t r = 0; r < tb.header.size(); ++r) {
    tb.header_row_top[r] = tb.header_height;
    tb.header_height += tb.header[r].height;
  }
  return tb;
}

RowBox TableBox::body_row(std::size_t r) const {
  const double pad2 = 2 * table->padding;
  RowBox row;
  row.cells = place_body_cells(table->body_rows.at(r));
  std::vector<ShapedParagraph> shaped;
  for (CellBox& cell : row.cells) {
    shaped.clear();
    for (const doc::Paragraph& p : cell.source->content) shaped.emplace_back(p, *metrics);
    measure_cell(cell, shaped, col_x, pad2, *metrics);
  }
  row.height = row.own_height(table->padding);
  return row;
}

}  // namespace bp::layout
