// Tables through lay_out with fixed metrics (5 pt characters at 10 pt, line
// height 1.0, padding 3: a one-line row is 16 pt). Page 400 x 300, margins
// 20: body 360 x 260.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

const doc::PageSetup kPage = page_setup(400, 300, 20);

doc::Cell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
  doc::Cell c;
  c.content.push_back(para(text));
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

doc::Row row(std::vector<doc::Cell> cells) { return doc::Row{std::move(cells)}; }

// One 6-character word per line in a column 6 characters (30 pt) + padding wide.
std::string column_words(const std::string& tag, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    std::string w = tag + std::to_string(i);
    w += std::string(6 - w.size(), 'z');
    if (i) s += ' ';
    s += w;
  }
  return s;
}

const TextItem* find_text(const Page& page, const std::string& text) {
  for (const Item& it : page.items) {
    if (const auto* t = std::get_if<TextItem>(&it); t && t->text == text) return t;
  }
  return nullptr;
}

std::size_t index_of_text(const Page& page, const std::string& text) {
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (const auto* t = std::get_if<TextItem>(&page.items[i]); t && t->text == text) return i;
  }
  return page.items.size();
}

doc::Table kpi_table() {
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 40},    {doc::ColumnKind::Relative, 2}, {doc::ColumnKind::Auto, 0},
               {doc::ColumnKind::Fixed, 50},    {doc::ColumnKind::Fixed, 50},   {doc::ColumnKind::Relative, 3}};
  t.header_rows.push_back(row({cell("KPI", 1, 2), cell("Action", 1, 2), cell("Baseline", 1, 2),
                               cell("Target", 2, 1), cell("Commentary", 1, 2)}));
  t.header_rows.push_back(row({cell("Oct-19"), cell("Jan-20")}));
  return t;
}

TEST(Table, ColumnWidthsPositionTheCells) {
  FixedMetrics m;
  doc::Table t = kpi_table();
  t.body_rows.push_back(row({cell("K1"), cell("act"), cell("42%"), cell("50%"), cell("60%"), cell("ok")}));
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  ASSERT_EQ(out.pages.size(), 1u);
  const Page& p = out.pages[0];
  // Auto column "Baseline": 8 chars = 40 pt + 6 padding = 46. Relative 2:3 share 360-40-46-100 = 174.
  const double c1 = 20 + 40, c2 = c1 + 174.0 * 2 / 5, c3 = c2 + 46, c4 = c3 + 50, c5 = c4 + 50;
  EXPECT_DOUBLE_EQ(find_text(p, "KPI")->x, 20 + 3);
  EXPECT_DOUBLE_EQ(find_text(p, "Action")->x, c1 + 3);
  EXPECT_NEAR(find_text(p, "Baseline")->x, c2 + 3, 1e-9);
  EXPECT_NEAR(find_text(p, "Target")->x, c3 + 3, 1e-9);
  EXPECT_NEAR(find_text(p, "Oct-19")->x, c3 + 3, 1e-9);
  EXPECT_NEAR(find_text(p, "Jan-20")->x, c4 + 3, 1e-9);
  EXPECT_NEAR(find_text(p, "Commentary")->x, c5 + 3, 1e-9);
  // Row 2 of the header sits below row 1: 16 pt lower.
  EXPECT_DOUBLE_EQ(find_text(p, "Target")->baseline, 20 + 3 + 8);
  EXPECT_DOUBLE_EQ(find_text(p, "Oct-19")->baseline, 20 + 16 + 3 + 8);
  // The body row starts below the 32 pt header.
  EXPECT_DOUBLE_EQ(find_text(p, "K1")->baseline, 20 + 32 + 3 + 8);
  // The KPI cell spans both header rows: its left rule runs 32 pt down.
  bool span_rule = false;
  for (const Item& it : p.items) {
    if (const auto* l = std::get_if<LineItem>(&it)) {
      if (l->x1 == 20 && l->x2 == 20 && l->y1 == 20 && l->y2 == 52) span_rule = true;
      EXPECT_LE(std::max(l->x1, l->x2), 380 + 1e-9);
    }
  }
  EXPECT_TRUE(span_rule);
}

TEST(Table, FixedColumnNarrowerThanACharacterIsWidenedToHoldOne) {
  // A 2 pt column cannot hold a 5 pt character: it gets 5 + 6 padding = 11 pt,
  // and its word breaks one character per line, each inside the cell.
  FixedMetrics m;
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 2}, {doc::ColumnKind::Relative, 1}};
  t.body_rows.push_back(row({cell("abcd"), cell("beside")}));
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  ASSERT_EQ(out.pages.size(), 1u);
  const Page& p = out.pages[0];
  EXPECT_DOUBLE_EQ(find_text(p, "beside")->x, 20 + 11 + 3);
  int pieces = 0;
  for (const TextItem& ti : texts(p)) {
    if (ti.text == "beside") continue;
    ++pieces;
    EXPECT_GE(ti.x, 20 + 3 - 1e-9) << ti.text;
    EXPECT_LE(ti.x + ti.width, 20 + 11 - 3 + 1e-9) << ti.text;
  }
  EXPECT_EQ(pieces, 4);
}

TEST(Table, HeaderIsRepeatedOnEveryPage) {
  FixedMetrics m;
  doc::Table t = kpi_table();
  for (int i = 0; i < 40; ++i) {
    t.body_rows.push_back(row({cell(tagged("R", i)), cell("a"), cell("b"), cell("c"), cell("d"), cell("e")}));
  }
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  // (260 - 32) / 16 = 14 rows a page: 40 rows on 3 pages.
  ASSERT_EQ(out.pages.size(), 3u);
  for (std::size_t i = 0; i < out.pages.size(); ++i) {
    const TextItem* kpi = find_text(out.pages[i], "KPI");
    ASSERT_NE(kpi, nullptr) << "page " << i + 1;
    EXPECT_DOUBLE_EQ(kpi->baseline, 20 + 3 + 8);
    ASSERT_NE(find_text(out.pages[i], "Oct-19"), nullptr);
    if (i == 0) EXPECT_GE(kpi->struct_id, 0);
    else EXPECT_EQ(kpi->struct_id, -1);  // repeats are artefacts
  }
  for (int i = 0; i < 40; ++i) {
    int found = 0;
    for (const Page& p : out.pages) found += find_text(p, tagged("R", i)) != nullptr;
    EXPECT_EQ(found, 1) << "R" << i;
  }
  EXPECT_EQ(count_text(out, "KPI"), 3);
  EXPECT_NE(find_text(out.pages[1], "R14"), nullptr);
  EXPECT_DOUBLE_EQ(find_text(out.pages[1], "R14")->baseline, 20 + 32 + 3 + 8);
}

TEST(Table, TallRowSplitsAcrossPagesLosingNothing) {
  FixedMetrics m;
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 36}, {doc::ColumnKind::Fixed, 36}};
  t.header_rows.push_back(row({cell("H1"), cell("H2")}));
  t.body_rows.push_back(row({cell(column_words("a", 60)), cell(column_words("b", 5))}));
  t.body_rows.push_back(row({cell("after"), cell("x")}));
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  // Page body 260: header 16, row part: 260 - 16 - 6 = 238 -> 23 lines a page.
  ASSERT_EQ(out.pages.size(), 3u);
  std::vector<std::string> seen;
  for (const Page& p : out.pages) {
    ASSERT_NE(find_text(p, "H1"), nullptr);
    for (const TextItem& ti : texts(p)) {
      if (ti.text[0] == 'a' && ti.text != "after") seen.push_back(ti.text);
    }
  }
  ASSERT_EQ(seen.size(), 60u);
  for (int i = 0; i < 60; ++i) {
    std::string w = tagged("a", i);
    w += std::string(6 - w.size(), 'z');
    EXPECT_EQ(seen[static_cast<std::size_t>(i)], w);
  }
  // Continuation starts right below the repeated header.
  EXPECT_DOUBLE_EQ(find_text(out.pages[1], "a23zzz")->baseline, 20 + 16 + 3 + 8);
  // The short cell is complete on page 1; the next row follows the split row.
  for (int i = 0; i < 5; ++i) EXPECT_NE(find_text(out.pages[0], tagged("b", i) + "zzzz"), nullptr);
  EXPECT_NE(find_text(out.pages[2], "after"), nullptr);
  // The split row keeps one struct node on every page.
  EXPECT_EQ(find_text(out.pages[0], "a0zzzz")->struct_id, find_text(out.pages[2], "a59zzz")->struct_id);
}

// Header (16) + 13 one-line rows (208) leave 36 pt on page 1.
doc::Table filler_table() {
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 36}, {doc::ColumnKind::Relative, 1}};
  t.header_rows.push_back(row({cell("H1"), cell("H2")}));
  for (int i = 0; i < 13; ++i) t.body_rows.push_back(row({cell(tagged("r", i)), cell("x")}));
  return t;
}

TEST(Table, ShortRowThatDoesNotFitMovesWhole) {
  FixedMetrics m;
  doc::Table t = filler_table();
  t.body_rows.push_back(row({cell(column_words("s", 4)), cell("x")}));  // 46 pt: under a third of 260
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  ASSERT_EQ(out.pages.size(), 2u);
  for (int i = 0; i < 4; ++i) {
    const std::string w = tagged("s", i) + "zzzz";
    EXPECT_EQ(find_text(out.pages[0], w), nullptr) << w;
    EXPECT_NE(find_text(out.pages[1], w), nullptr) << w;
  }
}

TEST(Table, LongRowIsSplitRatherThanMoved) {
  FixedMetrics m;
  doc::Table t = filler_table();
  t.body_rows.push_back(row({cell(column_words("s", 10)), cell("x")}));  // 106 pt: over a third
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  ASSERT_EQ(out.pages.size(), 2u);
  int first = 0, second = 0;
  for (int i = 0; i < 10; ++i) {
    std::string w = tagged("s", i);
    w += std::string(6 - w.size(), 'z');
    first += find_text(out.pages[0], w) != nullptr;
    second += find_text(out.pages[1], w) != nullptr;
  }
  EXPECT_EQ(first, 3);  // (36 - 6) / 10
  EXPECT_EQ(second, 7);
}

TEST(Table, HeaderTallerThanThePageTerminatesAndKeepsEverything) {
  FixedMetrics m;
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 36}, {doc::ColumnKind::Fixed, 36}};
  t.header_rows.push_back(row({cell(column_words("h", 40)), cell("H2")}));
  for (int i = 0; i < 5; ++i) t.body_rows.push_back(row({cell(tagged("r", i)), cell("x")}));
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  EXPECT_GE(out.pages.size(), 2u);
  EXPECT_LE(out.pages.size(), 3u);
  for (int i = 0; i < 40; ++i) {
    std::string w = tagged("h", i);
    w += std::string(6 - w.size(), 'z');
    EXPECT_EQ(count_text(out, w), 1) << w;
  }
  EXPECT_EQ(count_text(out, "H2"), 1);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(count_text(out, tagged("r", i)), 1);
}

TEST(Table, TableMovesWhenHeaderAndFirstRowDoNotFit) {
  FixedMetrics m;
  std::vector<doc::Block> blocks;
  doc::Paragraph filler = para(column_words("p", 1));
  for (int i = 0; i < 24; ++i) blocks.push_back(filler);  // 240 of 260 pt
  doc::Table t = filler_table();
  t.space_before = 0;
  blocks.push_back(t);
  const LaidOutDocument out = lay_out(document(blocks, kPage), m);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(find_text(out.pages[0], "H1"), nullptr);  // not left alone at the foot
  EXPECT_DOUBLE_EQ(find_text(out.pages[1], "H1")->baseline, 20 + 3 + 8);
}

TEST(Table, FillsComeBeforeTextAndRulesFollowTheBorderSetting) {
  FixedMetrics m;
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 100}};
  doc::Cell shaded = cell("Shaded");
  shaded.fill = Color{0.9, 0.9, 0.9};
  t.header_rows.push_back(row({shaded}));
  t.body_rows.push_back(row({cell("plain")}));
  t.border_width = 0.75;
  t.border_color = Color{0.5, 0, 0};
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  const Page& p = out.pages[0];
  std::size_t fill_at = p.items.size();
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    if (const auto* r = std::get_if<RectItem>(&p.items[i]); r && r->has_fill) {
      fill_at = i;
      EXPECT_DOUBLE_EQ(r->rect.x, 20);
      EXPECT_DOUBLE_EQ(r->rect.y, 20);
      EXPECT_DOUBLE_EQ(r->rect.width, 100);
      EXPECT_DOUBLE_EQ(r->rect.height, 16);
      EXPECT_EQ(r->struct_id, -1);
      break;
    }
  }
  ASSERT_LT(fill_at, p.items.size());
  EXPECT_LT(fill_at, index_of_text(p, "Shaded"));
  int rules = 0;
  for (const Item& it : p.items) {
    if (const auto* l = std::get_if<LineItem>(&it)) {
      ++rules;
      EXPECT_DOUBLE_EQ(l->width, 0.75);
      EXPECT_EQ(l->color, (Color{0.5, 0, 0}));
    }
  }
  EXPECT_EQ(rules, 3 + 3 + 1);  // top, left, right per row; one closing rule

  t.border_width = 0;
  const LaidOutDocument bare = lay_out(document({t}, kPage), m);
  for (const Item& it : bare.pages[0].items) EXPECT_FALSE(std::holds_alternative<LineItem>(it));
}

TEST(Table, StructureTableRowsCells) {
  FixedMetrics m;
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 100}, {doc::ColumnKind::Fixed, 100}};
  t.header_rows.push_back(row({cell("H1"), cell("H2")}));
  doc::Cell listed = cell("item");
  listed.content[0].role = doc::Role::ListItem;
  listed.content[0].label = "•";
  listed.content[0].label_width = 10;
  t.body_rows.push_back(row({cell("B1"), listed}));
  const LaidOutDocument out = lay_out(document({t}, kPage), m);
  const auto& s = out.structure;
  // Table, header row, 2 x (HeaderCell, Paragraph), body row, Cell, Paragraph, Cell, ListItem, Label.
  ASSERT_EQ(s.size(), 12u);
  EXPECT_EQ(s[0].role, doc::Role::Table);
  EXPECT_EQ(s[1].role, doc::Role::TableRow);
  EXPECT_EQ(s[1].parent, 0);
  EXPECT_EQ(s[2].role, doc::Role::HeaderCell);
  EXPECT_EQ(s[2].parent, 1);
  EXPECT_EQ(s[3].role, doc::Role::Paragraph);
  EXPECT_EQ(s[3].parent, 2);
  EXPECT_EQ(s[6].role, doc::Role::TableRow);
  EXPECT_EQ(s[7].role, doc::Role::Cell);
  EXPECT_EQ(s[7].parent, 6);
  EXPECT_EQ(s[10].role, doc::Role::ListItem);
  EXPECT_EQ(s[11].role, doc::Role::Label);
  EXPECT_EQ(s[11].parent, 10);
  const Page& p = out.pages[0];
  EXPECT_EQ(find_text(p, "H1")->struct_id, 3);
  EXPECT_EQ(find_text(p, "•")->struct_id, 11);
  EXPECT_EQ(find_text(p, "item")->struct_id, 10);
  EXPECT_DOUBLE_EQ(find_text(p, "item")->x, 20 + 100 + 3 + 10);
}

TEST(Table, BookmarkAtTheTableTop) {
  FixedMetrics m;
  doc::Table t = filler_table();
  t.bookmark = "Appendix A";
  t.space_before = 12;
  const LaidOutDocument out = lay_out(document({para("intro"), t}, kPage), m);
  ASSERT_EQ(out.pages[0].bookmarks.size(), 1u);
  EXPECT_EQ(out.pages[0].bookmarks[0].title, "Appendix A");
  EXPECT_DOUBLE_EQ(out.pages[0].bookmarks[0].y, 20 + 10 + 12);
  EXPECT_DOUBLE_EQ(find_text(out.pages[0], "H1")->baseline, 20 + 10 + 12 + 3 + 8);
}

}  // namespace
}  // namespace bp::layout
