// Table pagination (see table_flow.h).

#include "layout/table_flow.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "layout/split_rules.h"

namespace bp::layout {
namespace {

constexpr double kEps = 1e-6;

struct CellIds {
  int cell = -1;
  int figure = -1;
  std::vector<int> para, label;
};
struct RowIds {
  int row = -1;
  std::vector<CellIds> cells;
};

using RowCursor = std::vector<std::uint32_t>;  // per cell: first line not drawn yet

struct RowPart {
  RowCursor end;
  double height = 0;  // padding included
  bool progress = false;
  bool complete = true;
};

// What of a row (from `start`) fits in `avail` points. `force` ignores widow
// and orphan control and takes at least one line of every unfinished cell.
RowPart plan_row_part(const RowBox& row, const RowCursor& start, double avail, double padding, bool force) {
  RowPart part;
  part.end = start;
  const double content_avail = avail - 2 * padding;
  double content_h = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const CellBox& cell = row.cells[c];
    const auto total = static_cast<std::uint32_t>(cell.lines.size());
    const std::uint32_t s = start[c];
    if (s >= total) continue;
    const double base = cell.lines[s].top;
    std::uint32_t e = s;
    while (e < total && cell.lines[e].bottom - base <= content_avail + kEps) ++e;
    const std::uint32_t fit_e = e;
    if (e < total && cell.lines[e].para != kFigureLine) {  // split inside paragraph lines[e].para?
      const std::uint32_t para = cell.lines[e].para;
      const std::uint32_t first = cell.para_first_line[para];
      if (e > first) {
        const std::uint32_t from = std::max(s, first);
        const int placed = static_cast<int>(from - first);
        const int k = lines_to_place(static_cast<int>(cell.paras[para].lines.size()), placed,
                                     static_cast<int>(e - from));
        e = from + static_cast<std::uint32_t>(k);
      }
    }
    if (force && e == s) e = std::max(fit_e, s + 1);
    part.end[c] = e;
    if (e > s) {
      part.progress = true;
      content_h = std::max(content_h, cell.lines[e - 1].bottom - base);
    }
    if (e < total) part.complete = false;
  }
  part.height = content_h + 2 * padding;
  return part;
}

struct Fragment {
  const CellBox* cell = nullptr;
  double y = 0, h = 0;
  std::uint32_t s = 0, e = 0;  // lines drawn
  const CellIds* ids = nullptr;
};

// Fills and text go onto `page`; the rules into `rules`, drawn when the
// page's part of the table is closed.
void draw_fragments(const std::vector<Fragment>& frags, const TableBox& tb, double table_x, Page& page,
                    std::vector<LineItem>& rules) {
  const doc::Table& t = *tb.table;
  for (const Fragment& f : frags) {
    if (!f.cell->source->fill) continue;
    RectItem r;
    r.rect = Rect{table_x + f.cell->x, f.y, f.cell->width, f.h};
    r.has_fill = true;
    r.fill = *f.cell->source->fill;
    page.items.emplace_back(r);
  }
  for (const Fragment& f : frags) {
    const CellBox& cell = *f.cell;
    std::uint32_t k = f.s;
    while (k < f.e) {
      const std::uint32_t para = cell.lines[k].para;
      if (para == kFigureLine) {
        const double top = f.y + t.padding + (cell.lines[k].top - cell.lines[f.s].top);
        draw_figure(*cell.figure, table_x + cell.x + t.padding, top, f.ids ? f.ids->figure : -1, page);
        ++k;
        continue;
      }
      std::uint32_t k_end = k;
      while (k_end < f.e && cell.lines[k_end].para == para) ++k_end;
      LinePlacement at;
      at.frame_x = table_x + cell.x + t.padding;
      at.top = f.y + t.padding + (cell.lines[k].top - cell.lines[f.s].top);
      if (f.ids) {
        at.text_id = f.ids->para[para];
        at.label_id = f.ids->label[para];
      }
      draw_lines(cell.paras[para], cell.lines[k].line, cell.lines[k_end - 1].line + 1, at, page);
      k = k_end;
    }
  }
  if (t.border_width <= 0) return;
  const auto rule = [&](double x1, double y1, double x2, double y2) {
    rules.push_back(LineItem{x1, y1, x2, y2, t.border_width, t.border_color});
  };
  for (const Fragment& f : frags) {
    const double x = table_x + f.cell->x;
    rule(x, f.y, x + f.cell->width, f.y);
    rule(x, f.y, x, f.y + f.h);
    if (f.cell->col + f.cell->colspan >= tb.columns) rule(x + f.cell->width, f.y, x + f.cell->width, f.y + f.h);
  }
}

RowIds make_row_ids(const RowBox& row, int table_node, PageBuilder& pb) {
  RowIds ids;
  ids.row = pb.add_node(doc::Role::TableRow, 0, table_node);
  for (const CellBox& cell : row.cells) {
    CellIds c;
    c.cell = pb.add_node(row.header ? doc::Role::HeaderCell : doc::Role::Cell, 0, ids.row);
    for (const ParagraphBox& p : cell.paras) {
      const int id = pb.add_node(p.para->role, p.para->heading_level, c.cell);
      c.para.push_back(id);
      c.label.push_back(p.para->label.empty() ? -1 : pb.add_node(doc::Role::Label, 0, id));
    }
    if (cell.figure) {
      c.figure = pb.add_node(doc::Role::Figure, 0, c.cell);
      pb.set_alt(c.figure, cell.figure->figure->alt);
    }
    ids.cells.push_back(std::move(c));
  }
  return ids;
}

struct FlowRow {
  const RowBox* row;
  const RowIds* ids;
  double height;
};

}  // namespace

double table_start_height(const TableBox& tb, double body_height) {
  const doc::Table& t = *tb.table;
  const bool repeat = !tb.header.empty() && tb.header_height <= body_height * 0.5;
  double h = t.space_before + (repeat ? tb.header_height : 0);
  const RowBox* first = nullptr;
  double row_h = 0;
  if (!repeat && !tb.header.empty()) {
    first = &tb.header.front();
    row_h = first->own_height(t.padding);
  } else if (tb.first_body) {
    first = &*tb.first_body;
    row_h = first->height;
  }
  if (!first) return h;
  if (row_h <= body_height / 3) return h + row_h;
  // The least first part: two lines (or all, when fewer) of every cell.
  double least = 0;
  for (const CellBox& c : first->cells) {
    if (c.lines.empty()) continue;
    least = std::max(least, c.lines[std::min<std::size_t>(c.lines.size(), 2) - 1].bottom);
  }
  return h + least + 2 * t.padding;
}

void flow_table(const TableBox& tb, PageBuilder& pb, std::vector<doc::Row>* release_rows) {
  const doc::Table& t = *tb.table;
  const double pad = t.padding;
  const double body_h = pb.frame().height;
  const bool repeat = !tb.header.empty() && tb.header_height <= body_h * 0.5;

  // Structure, in document order.
  const int table_node = pb.add_node(doc::Role::Table, 0, -1);
  // Body rows are measured (and their structure nodes made) one at a time as
  // they are flowed: the nodes come out in the same order as if all were
  // made here, since nothing else adds nodes while the table flows.
  std::vector<RowIds> header_ids;
  for (const RowBox& row : tb.header) header_ids.push_back(make_row_ids(row, table_node, pb));

  const double header_h = repeat ? tb.header_height : 0;
  const double fresh_space = body_h - header_h;

  // The first row flowed: the first header row when the header is not
  // repeated, else the first body row.
  std::optional<FlowRow> first_row;
  if (!repeat && !tb.header.empty()) first_row = FlowRow{&tb.header[0], &header_ids[0], tb.header[0].own_height(pad)};
  else if (tb.first_body) first_row = FlowRow{&*tb.first_body, nullptr, tb.first_body->height};

  const auto can_start = [&] {
    const double room = pb.space_left() - header_h;
    if (room < -kEps) return false;
    if (!first_row) return true;
    const FlowRow& fr = *first_row;
    if (fr.height <= room + kEps) return true;
    if (fr.height <= fresh_space + kEps && fr.height <= body_h / 3) return false;
    return plan_row_part(*fr.row, RowCursor(fr.row->cells.size(), 0), room, pad, false).progress;
  };

  if (!pb.at_top()) pb.advance(t.space_before);
  if (!pb.at_top() && !can_start()) pb.new_page();

  if (!t.bookmark.empty()) pb.page().bookmarks.push_back(Bookmark{t.bookmark, t.bookmark_level, pb.y()});

  const double table_x = pb.frame().x;
  bool first_header = true;
  bool started_at_top = false;
  bool rows_on_page = false;
  bool drawn_on_page = false;
  std::vector<LineItem> rules;  // of the rows drawn on this page, not yet on it

  const auto draw_header = [&] {
    started_at_top = pb.at_top();
    rows_on_page = false;
    if (!repeat) return;
    std::vector<Fragment> frags;
    for (std::size_t r = 0; r < tb.header.size(); ++r) {
      for (std::size_t c = 0; c < tb.header[r].cells.size(); ++c) {
        const CellBox& cell = tb.header[r].cells[c];
        double h = 0;
        for (std::size_t k = r; k < r + static_cast<std::size_t>(cell.rowspan); ++k) h += tb.header[k].height;
        frags.push_back(Fragment{&cell, pb.y() + tb.header_row_top[r], h, 0,
                                 static_cast<std::uint32_t>(cell.lines.size()),
                                 first_header ? &header_ids[r].cells[c] : nullptr});
      }
    }
    draw_fragments(frags, tb, table_x, pb.page(), rules);
    pb.advance(tb.header_height);
    pb.mark_placed();
    drawn_on_page = true;
    first_header = false;
  };
  const auto close_page_chunk = [&] {
    for (LineItem& l : rules) pb.page().items.emplace_back(std::move(l));
    rules.clear();
    if (drawn_on_page && t.border_width > 0) {
      pb.page().items.emplace_back(LineItem{table_x, pb.y(), table_x + tb.width, pb.y(), t.border_width, t.border_color});
    }
    drawn_on_page = false;
  };
  const auto break_page = [&] {
    close_page_chunk();
    pb.new_page();
    draw_header();
  };
  const auto draw_part = [&](const FlowRow& fr, const RowCursor& start, const RowPart& part) {
    std::vector<Fragment> frags;
    frags.reserve(fr.row->cells.size());
    for (std::size_t c = 0; c < fr.row->cells.size(); ++c) {
      frags.push_back(Fragment{&fr.row->cells[c], pb.y(), part.height, start[c], part.end[c], &fr.ids->cells[c]});
    }
    draw_fragments(frags, tb, table_x, pb.page(), rules);
    pb.advance(part.height);
    pb.mark_placed();
    rows_on_page = true;
    drawn_on_page = true;
  };

  const auto flow_row = [&](const FlowRow& fr) {
    RowCursor cur(fr.row->cells.size(), 0);
    bool started = false;
    while (true) {
      const double space = pb.space_left();
      const bool fresh = started_at_top && !rows_on_page;
      if (!started && fr.height <= space + kEps) {
        RowPart whole = plan_row_part(*fr.row, cur, fr.height + 1, pad, true);
        whole.height = fr.height;
        draw_part(fr, cur, whole);
        break;
      }
      if (!started && !fresh && fr.height <= fresh_space + kEps && fr.height <= body_h / 3) {
        break_page();
        continue;
      }
      RowPart part = plan_row_part(*fr.row, cur, space, pad, false);
      if (!part.progress) {
        if (!fresh) {
          break_page();
          continue;
        }
        part = plan_row_part(*fr.row, cur, space, pad, true);
      }
      draw_part(fr, cur, part);
      if (part.complete) break;
      cur = part.end;
      started = true;
      break_page();
    }
  };

  draw_header();
  if (!repeat) {
    for (std::size_t r = 0; r < tb.header.size(); ++r)
      flow_row(FlowRow{&tb.header[r], &header_ids[r], tb.header[r].own_height(pad)});
  }
  for (std::size_t r = 0; r < tb.body_count(); ++r) {
    std::optional<RowBox> measured;
    if (r > 0) measured = tb.body_row(r);
    const RowBox& row = r == 0 ? *tb.first_body : *measured;
    const RowIds ids = make_row_ids(row, table_node, pb);
    flow_row(FlowRow{&row, &ids, row.height});
    if (release_rows != nullptr && r > 0) (*release_rows)[r] = doc::Row{};
  }
  close_page_chunk();
  pb.advance(t.space_after);
}

}  // namespace bp::layout
