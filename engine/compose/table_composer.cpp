// FlowComposer::compose_table: model::Table -> doc::Table (see flow_composer.h).
//
// Columns map one to one (Fixed pt / Relative share / Auto); a table without
// column specs gets equal relative columns. Cell shades are looked up in the
// house style by name (unknown -> InputError listing the known shades); header
// text is bold; text size is the table's own font size or the style's table
// size. Body rows must not be wider than the table; narrower rows are padded
// with empty cells so every row fills the grid.

#include <algorithm>

#include "compose/flow_composer.h"
#include "compose/style_values.h"
#include "core/diagnostic.h"

namespace bp::compose {
namespace {

int row_width(const model::TableRow& row) {
  int w = 0;
  for (const auto& c : row.cells) w += std::max(1, c.colspan);
  return w;
}

doc::Align to_align(model::HAlign a) {
  switch (a) {
    case model::HAlign::Center: return doc::Align::Center;
    case model::HAlign::Right: return doc::Align::Right;
    case model::HAlign::Left: break;
  }
  return doc::Align::Left;
}

[[noreturn]] void table_error(std::string message, std::string hint = {}) {
  Diagnostic d;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw InputError(std::move(d));
}

}  // namespace

doc::Cell FlowComposer::compose_cell(const model::TableCell& cell, double size, bool header,
                                     const std::string& where) {
  doc::Cell out;
  out.colspan = std::max(1, cell.colspan);
  out.rowspan = std::max(1, cell.rowspan);
  if (cell.shade) out.fill = shade_colour(style_, *cell.shade, cell.shade_where, where);

  FlowContext ctx;
  ctx.kind = FlowKind::Cell;
  ctx.size = size;
  ctx.where = where;
  std::vector<doc::Block> blocks;
  compose(cell.content, ctx, blocks);
  for (doc::Block& b : blocks) {
    auto* p = std::get_if<doc::Paragraph>(&b);
    if (p == nullptr) continue;  // spacers never come from a flow; tables were rejected
    if (cell.bold || header) {
      for (auto& run : p->runs) run.face = bolder(run.face);
    }
    p->style.align = to_align(cell.align);
    out.content.push_back(std::move(*p));
  }
  if (!out.content.empty()) out.content.back().style.space_after = 0;
  return out;
}

doc::Table FlowComposer::compose_table(const model::Table& table, const FlowContext& ctx) {
  return compose_table_impl(table, nullptr, ctx);
}

doc::Table FlowComposer::compose_table(model::Table&& table, const FlowContext& ctx) {
  doc::Table out = compose_table_impl(table, &table, ctx);
  table = model::Table{};
  return out;
}

doc::Table FlowComposer::compose_table_impl(const model::Table& table, model::Table* release,
                                            const FlowContext& ctx) {
  ++table_count_;
  const std::string where = ctx.where + ", table " + std::to_string(table_count_);
  const double size = table.font_size.value_or(style_.table_size);

  doc::Table out;
  out.padding = style_.cell_padding;
  out.border_width = style_.rule_width;
  out.border_color = style_.rule_color;
  out.space_before = style_.paragraph_spacing / 2;
  out.space_after = style_.paragraph_spacing;

  int columns = static_cast<int>(table.columns.size());
  for (const model::ColumnSpec& spec : table.columns) {
    doc::Column c;
    switch (spec.kind) {
      case model::ColumnWidthKind::Fixed: c.kind = doc::ColumnKind::Fixed; break;
      case model::ColumnWidthKind::Relative: c.kind = doc::ColumnKind::Relative; break;
      case model::ColumnWidthKind::Auto: c.kind = doc::ColumnKind::Auto; break;
    }
    c.value = spec.value;
    out.columns.push_back(c);
  }
  if (columns == 0) {
    for (const auto& r : table.header) columns = std::max(columns, row_width(r));
    for (const auto& r : table.body) columns = std::max(columns, row_width(r));
    columns = std::max(columns, 1);
    out.columns.assign(static_cast<std::size_t>(columns), doc::Column{doc::ColumnKind::Relative, 1});
  }

  int row_number = 0;
  for (const model::TableRow& row : table.header) {
    ++row_number;
    doc::Row r;
    for (const auto& cell : row.cells) {
      r.cells.push_back(
          compose_cell(cell, size, true, where + ", header row " + std::to_string(row_number)));
    }
    out.header_rows.push_back(std::move(r));
  }
  row_number = 0;
  out.body_rows.reserve(table.body.size());
  for (const model::TableRow& row : table.body) {
    ++row_number;
    const std::string row_where = where + ", row " + std::to_string(row_number);
    const int width = row_width(row);
    if (width > columns) {
      table_error(row_where + ": the row spans " + std::to_string(width) +
                      " columns but the table has " + std::to_string(columns),
                  "remove a cell or reduce a colspan, or add a <column>");
    }
    doc::Row r;
    r.cells.reserve(static_cast<std::size_t>(std::max(columns, static_cast<int>(row.cells.size()))));
    for (const auto& cell : row.cells) {
      if (cell.rowspan > 1) {
        table_error(row_where + ": rowspan is only allowed in header rows",
                    "repeat the cell in the next row instead");
      }
      r.cells.push_back(compose_cell(cell, size, false, row_where));
    }
    for (int i = width; i < columns; ++i) r.cells.push_back(doc::Cell{});
    out.body_rows.push_back(std::move(r));
    // Consuming: the model row goes as soon as its block-tree row exists, so
    // a long table is never held twice.
    if (release != nullptr) {
      const auto i = static_cast<std::size_t>(row_number - 1);
      std::vector<model::TableCell>().swap(release->body[i].cells);
    }
  }
  return out;
}

}  // namespace bp::compose
