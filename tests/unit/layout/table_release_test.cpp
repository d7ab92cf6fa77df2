// lay_out(Document&&) releases each table body row once it is on its pages;
// the pages must be exactly those of lay_out(const Document&). Fixed metrics
// (5 pt characters at 10 pt), page 400 x 300, margins 20.

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

doc::Cell cell(const std::string& text) {
  doc::Cell c;
  c.content.push_back(para(text));
  return c;
}

// A header, short rows, rows that split over pages (long text in a narrow
// column), filled cells and a paragraph after the table.
doc::Document long_table_document() {
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 40}, {doc::ColumnKind::Relative, 1}, {doc::ColumnKind::Auto, 0}};
  t.header_rows.push_back(doc::Row{{cell("Ref"), cell("Commentary"), cell("RAG")}});
  for (int i = 0; i < 60; ++i) {
    doc::Row r{{cell(tagged("K", i)), cell(words(tagged("c", i) + "w", i % 7 == 3 ? 90 : 1 + i % 5)),
                cell(i % 3 == 0 ? "Green" : "Red")}};
    if (i % 4 == 1) r.cells[2].fill = Color{0.9, 0.2, 0.2};
    t.body_rows.push_back(std::move(r));
  }
  return document({para("Before"), t, para("After")}, page_setup(400, 300, 20));
}

void expect_same_pages(const LaidOutDocument& a, const LaidOutDocument& b) {
  ASSERT_EQ(a.pages.size(), b.pages.size());
  for (std::size_t p = 0; p < a.pages.size(); ++p) {
    const std::vector<Item>& x = a.pages[p].items;
    const std::vector<Item>& y = b.pages[p].items;
    ASSERT_EQ(x.size(), y.size()) << "page " << p + 1;
    for (std::size_t i = 0; i < x.size(); ++i) {
      ASSERT_EQ(x[i].index(), y[i].index()) << "page " << p + 1 << " item " << i;
      if (const auto* t = std::get_if<TextItem>(&x[i])) {
        const auto& u = std::get<TextItem>(y[i]);
        EXPECT_EQ(t->text, u.text);
        EXPECT_EQ(t->x, u.x);
        EXPECT_EQ(t->baseline, u.baseline);
        EXPECT_EQ(t->struct_id, u.struct_id);
      } else if (const auto* l = std::get_if<LineItem>(&x[i])) {
        const auto& m = std::get<LineItem>(y[i]);
        EXPECT_EQ(l->x1, m.x1);
        EXPECT_EQ(l->y1, m.y1);
        EXPECT_EQ(l->x2, m.x2);
        EXPECT_EQ(l->y2, m.y2);
      } else if (const auto* r = std::get_if<RectItem>(&x[i])) {
        const auto& s = std::get<RectItem>(y[i]);
        EXPECT_EQ(r->rect.y, s.rect.y);
        EXPECT_EQ(r->rect.height, s.rect.height);
      }
    }
  }
  ASSERT_EQ(a.structure.size(), b.structure.size());
  for (std::size_t i = 0; i < a.structure.size(); ++i) {
    EXPECT_EQ(a.structure[i].role, b.structure[i].role) << "node " << i;
    EXPECT_EQ(a.structure[i].parent, b.structure[i].parent) << "node " << i;
  }
}

TEST(TableRelease, ConsumedDocumentGivesTheSamePagesAndReleasesPlacedRows) {
  FixedMetrics m;
  const doc::Document kept = long_table_document();
  const LaidOutDocument reference = lay_out(kept, m);
  ASSERT_GE(reference.pages.size(), 4u);  // the table crosses pages and rows split
  EXPECT_EQ(count_text(reference, "After"), 1);

  doc::Document consumed = long_table_document();
  const LaidOutDocument out = lay_out(std::move(consumed), m);
  expect_same_pages(reference, out);

  // Every body row but the first is emptied once placed; the header stays.
  // lay_out takes the document by rvalue reference and empties rows in place.
  const auto& table = std::get<doc::Table>(consumed.sections[0].blocks[1]);
  ASSERT_EQ(table.body_rows.size(), 60u);
  EXPECT_EQ(table.body_rows[0].cells.size(), 3u);
  for (std::size_t r = 1; r < table.body_rows.size(); ++r) EXPECT_TRUE(table.body_rows[r].cells.empty()) << r;
  EXPECT_EQ(table.header_rows[0].cells.size(), 3u);
  // The const overload leaves its document alone.
  EXPECT_EQ(std::get<doc::Table>(kept.sections[0].blocks[1]).body_rows[59].cells.size(), 3u);
}

}  // namespace
}  // namespace bp::layout
