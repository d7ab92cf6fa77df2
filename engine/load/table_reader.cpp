// Tables: <table font-size> of <columns>, optional <header>, then <row>s of
// <cell>s (see flow_reader.h and REPORT-XML.md).
//
// Checks made here: the order columns, header, rows; at least one column and
// one body row; column widths; colspan/rowspan as whole numbers; rowspan > 1
// only in header rows and never past the last header row; and that every row,
// counting spans from the rows above, covers exactly the declared columns.

#include <algorithm>
#include <span>

#include "load/flow_reader.h"
#include "load/values.h"

namespace bp::load::detail {
namespace {

const Names kCellBlocks = {"p", "list"};
const Names kInline = {"em", "strong", "a"};
constexpr int kMaxSpan = 200;

bool contains(const Names& names, std::string_view n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

struct RowSource {
  pugi::xml_node row;
  std::vector<pugi::xml_node> cells;  // in the order of TableRow::cells
  model::TableRow data;
};

// Removes a row that has been read, and the text and comments between it
// and the element before it (spaces between rows, checked already): pugixml
// frees a memory page once everything in it is gone.
void let_go(pugi::xml_node row) {
  pugi::xml_node parent = row.parent();
  for (pugi::xml_node n = row.previous_sibling(); n && n.type() != pugi::node_element;) {
    const pugi::xml_node before = n.previous_sibling();
    parent.remove_child(n);
    n = before;
  }
  parent.remove_child(row);
}

// Places the cells of `rows` on a grid of `ncols` columns and reports rows
// that do not cover it exactly. Spans reaching below the last row are reported
// (rowspan is only read in header rows).
void check_grid(Checker& c, std::span<const RowSource> rows, std::size_t ncols) {
  std::vector<int> carry(ncols, 0);  // rows still covered by a rowspan from above
  std::vector<pugi::xml_node> spanning(ncols);
  for (const RowSource& r : rows) {
    const std::vector<int> above = carry;
    std::size_t covered = static_cast<std::size_t>(std::count_if(above.begin(), above.end(),
                                                                 [](int n) { return n > 0; }));
    std::size_t col = 0;
    bool broken = false;
    for (std::size_t k = 0; k < r.cells.size() && !broken; ++k) {
      const model::TableCell& cell = r.data.cells[k];
      while (col < ncols && above[col] > 0) ++col;
      const std::size_t span = static_cast<std::size_t>(cell.colspan);
      if (col + span > ncols) {
        c.error(c.at(r.cells[k]),
                "cell runs past the " + std::to_string(ncols) + " columns of the table",
                "the columns are declared in <columns>; count colspan and the rowspans of the "
                "rows above");
        broken = true;
        break;
      }
      for (std::size_t j = col; j < col + span; ++j) {
        if (above[j] > 0) {
          c.error(c.at(r.cells[k]), "cell overlaps a cell spanning down from the row above",
                  "that column is already covered by a rowspan");
          broken = true;
          break;
        }
        carry[j] = cell.rowspan;
        spanning[j] = r.cells[k];
      }
      col += span;
      covered += span;
    }
    if (!broken && covered != ncols)
      c.error(c.at(r.row),
              "row covers " + std::to_string(covered) + " of the " + std::to_string(ncols) +
                  " columns of the table",
              "every row must fill the columns declared in <columns>, counting colspan and the "
              "rowspans of the rows above");
    for (int& n : carry)
      if (n > 0) --n;
  }
  for (std::size_t j = 0; j < ncols; ++j) {
    if (carry[j] > 0) {
      c.error(c.at_attribute(spanning[j], "rowspan"), "rowspan runs past the last header row");
      std::fill(carry.begin(), carry.end(), 0);  // once per table
    }
  }
}

}  // namespace

model::Table FlowReader::table(pugi::xml_node el) {
  c_.check_attributes(el, {"font-size"});
  model::Table out;
  if (auto size = c_.length_attribute(el, "font-size")) {
    if (*size > 0) out.font_size = *size;
    else c_.bad_attribute_value(el, "font-size", "a size greater than zero", *c_.attribute(el, "font-size"));
  }

  pugi::xml_node columns;
  pugi::xml_node header;
  std::vector<RowSource> header_rows;
  std::vector<RowSource> body_rows;
  for (pugi::xml_node child : c_.element_children(el, {"columns", "header", "row"})) {
    const std::string_view name = child.name();
    if (name == "columns") {
      if (columns) {
        c_.error(c_.at(child), "duplicate <columns> in <table>: it may appear once");
        continue;
      }
      if (header || !body_rows.empty())
        c_.error(c_.at(child), "<columns> must come first in <table>");
      columns = child;
      c_.check_attributes(child, {});
      for (pugi::xml_node col : c_.element_children(child, {"column"})) {
        c_.check_attributes(col, {"width"});
        model::ColumnSpec spec;
        if (auto w = c_.attribute(col, "width")) {
          if (auto parsed = parse_column_width(*w)) spec = *parsed;
          else c_.bad_attribute_value(col, "width", "a column width as NNpt, NNmm, N* or auto", *w);
        }
        out.columns.push_back(spec);
      }
      if (out.columns.empty()) c_.error(c_.at(child), "empty <columns>: declare at least one <column>");
    } else if (name == "header") {
      if (header) {
        c_.error(c_.at(child), "duplicate <header> in <table>: it may appear once");
        continue;
      }
      if (!body_rows.empty()) c_.error(c_.at(child), "<header> must come before the first <row>");
      header = child;
      c_.check_attributes(child, {});
      for (pugi::xml_node r : c_.element_children(child, {"row"})) {
        RowSource src{r, {}, {}};
        for (pugi::xml_node cell : c_.element_children(r, {"cell"})) src.cells.push_back(cell);
        header_rows.push_back(std::move(src));
      }
      if (header_rows.empty()) c_.error(c_.at(child), "empty <header>: it needs at least one <row>");
    } else {
      RowSource src{child, {}, {}};
      for (pugi::xml_node cell : c_.element_children(child, {"cell"})) src.cells.push_back(cell);
      body_rows.push_back(std::move(src));
    }
  }
  if (!columns) c_.error(c_.at(el), "missing <columns> in <table>");
  // A table with a header and no rows yet is printed as its header alone; a
  // table with no rows at all prints nothing, which is worth a word.
  if (body_rows.empty() && header_rows.empty() && columns)
    c_.warning(c_.at(el), "empty <table>: it has no rows, so nothing of it is printed",
               "add a <header> and <row> elements, or remove the table");

  // Cells: attributes and content.
  const auto read_row = [&](RowSource& r, bool in_header) {
    {
      c_.check_attributes(r.row, {});
      for (pugi::xml_node cell_el : r.cells) {
        c_.check_attributes(cell_el, {"colspan", "rowspan", "shade", "align", "bold"});
        model::TableCell cell;
        if (auto n = c_.count_attribute(cell_el, "colspan", kMaxSpan)) cell.colspan = *n;
        if (auto n = c_.count_attribute(cell_el, "rowspan", kMaxSpan)) {
          if (*n > 1 && !in_header)
            c_.error(c_.at_attribute(cell_el, "rowspan"),
                     "rowspan > 1 is allowed only in <header> rows",
                     "body rows may be split across pages, so they cannot span rows");
          else
            cell.rowspan = *n;
        }
        if (auto shade = c_.attribute(cell_el, "shade")) {
          if (shade->empty()) c_.error(c_.at_attribute(cell_el, "shade"), "attribute 'shade' on <cell> is empty");
          else {
            cell.shade = *shade;
            cell.shade_where = c_.at_attribute(cell_el, "shade");
          }
        }
        if (auto align = c_.choice_attribute(cell_el, "align", {"left", "center", "right"}))
          cell.align = *align == "center" ? model::HAlign::Center
                       : *align == "right" ? model::HAlign::Right
                                           : model::HAlign::Left;
        if (auto bold = c_.yes_no_attribute(cell_el, "bold")) cell.bold = *bold;
        cell.content = cell_content(cell_el);
        r.data.cells.push_back(std::move(cell));
      }
    }
  };
  for (RowSource& r : header_rows) read_row(r, true);
  if (!out.columns.empty()) check_grid(c_, header_rows, out.columns.size());
  for (RowSource& r : header_rows) out.header.push_back(std::move(r.data));

  // Body rows never span rows, so each is checked on its own as soon as it is
  // read; then its XML is let go, so a long table's parsed XML and its model
  // are not both held in full. Nothing reads a body row's nodes after this.
  out.body.reserve(body_rows.size());
  for (RowSource& r : body_rows) {
    read_row(r, false);
    if (!out.columns.empty()) check_grid(c_, std::span<const RowSource>(&r, 1), out.columns.size());
    out.body.push_back(std::move(r.data));
    std::vector<pugi::xml_node>().swap(r.cells);
    let_go(r.row);
  }
  return out;
}

model::Flow FlowReader::cell_content(pugi::xml_node cell) {
  pugi::xml_node first_block;
  pugi::xml_node first_inline;
  for (pugi::xml_node n : cell.children()) {
    if (n.type() == pugi::node_element && contains(kCellBlocks, n.name())) {
      if (!first_block) first_block = n;
    } else if ((is_text(n) && !is_blank_text(n)) ||
               (n.type() == pugi::node_element && contains(kInline, n.name()))) {
      if (!first_inline) first_inline = n;
    }
  }
  if (!first_block) {  // inline content (or empty)
    model::RichText text = inline_children(cell, kCellBlocks);
    if (text.empty()) return {};
    model::Flow out;  // not Flow{...}: an initializer list would copy the text
    out.emplace_back(model::Paragraph{std::move(text)});
    return out;
  }
  if (first_inline) {
    c_.error(c_.at(first_inline), "a <cell> holds either text or blocks (<p>, <list>), not both",
             "put all of the cell's text in <p> elements");
    return {};
  }
  model::Flow out;
  for (pugi::xml_node n : c_.element_children(cell, kCellBlocks))
    if (auto blk = block(n)) out.push_back(std::move(*blk));
  return out;
}

}  // namespace bp::load::detail
