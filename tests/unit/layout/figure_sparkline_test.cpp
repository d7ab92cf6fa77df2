// Sparklines: alone (layout_sparkline) and in a table cell through lay_out
// with fixed metrics (5 pt characters at 10 pt, line height 1.0, padding 3).
// Page 400 x 300, margins 20: body 360 x 260.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/figure_chart.h"
#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "figure_test_util.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

const doc::PageSetup kPage = page_setup(400, 300, 20);

doc::Sparkline spark(std::vector<double> values, double height = 16) {
  doc::Sparkline s;
  s.values = std::move(values);
  s.height = height;
  s.color = kNavy;
  return s;
}

doc::Cell text_cell(const std::string& s) {
  doc::Cell c;
  c.content.push_back(para(s));
  return c;
}

doc::Cell spark_cell(doc::Sparkline s, std::string alt) {
  doc::Cell c;
  doc::Figure f;
  f.content = std::move(s);
  f.alt = std::move(alt);
  c.figure = std::move(f);
  return c;
}

TEST(Sparkline, SpreadsThePointsAndMarksTheLastInsideItsBox) {
  const Drawing d = layout_sparkline(spark({38, 40, 39, 42, 44, 43.6}), 60);
  EXPECT_EQ(d.width, 60);
  EXPECT_EQ(d.height, 16);
  std::vector<LineItem> lines;
  std::vector<PathItem> dots;
  for (const Item& it : d.items) {
    if (const auto* l = std::get_if<LineItem>(&it)) lines.push_back(*l);
    if (const auto* p = std::get_if<PathItem>(&it)) dots.push_back(*p);
  }
  ASSERT_EQ(lines.size(), 5u);
  ASSERT_EQ(dots.size(), 1u);
  FixedMetrics m;
  for (const Item& it : d.items) EXPECT_TRUE(inside(item_bounds(it, m), Rect{0, 0, 60, 16}));
  // Lowest value at the bottom, highest at the top (y down).
  EXPECT_GT(lines[0].y1, lines[3].y2);                      // 38 below 44
  EXPECT_LT(lines[3].y2, lines[4].y2);                      // 44 above 43.6
  EXPECT_NEAR(lines[0].y1, 16 - 1.75, 1e-9);                // min at the inset bottom
  EXPECT_NEAR(lines[3].y2, 1.75, 1e-9);                     // max at the inset top
  // The dot is centred on the last point.
  const Rect dot = control_bounds(dots[0].commands);
  EXPECT_NEAR(dot.x + dot.width / 2, lines.back().x2, 1e-9);
  EXPECT_NEAR(dot.y + dot.height / 2, lines.back().y2, 1e-9);
  EXPECT_EQ(dots[0].fill, kNavy);
}

TEST(Sparkline, OneValueIsADotAndEqualValuesALevelLine) {
  const Drawing one = layout_sparkline(spark({5}), 40);
  ASSERT_EQ(one.items.size(), 1u);
  ASSERT_TRUE(std::holds_alternative<PathItem>(one.items[0]));
  const Drawing flat = layout_sparkline(spark({5, 5, 5}), 40);
  for (const Item& it : flat.items) {
    if (const auto* l = std::get_if<LineItem>(&it)) {
      EXPECT_DOUBLE_EQ(l->y1, 8);
      EXPECT_DOUBLE_EQ(l->y2, 8);
    }
  }
  EXPECT_TRUE(layout_sparkline(spark({}), 40).items.empty());
}

TEST(Sparkline, InACellFillsTheContentWidthAndTheRowMakesRoomForIt) {
  doc::Table t;
  t.columns = {doc::Column{doc::ColumnKind::Fixed, 100}, doc::Column{doc::ColumnKind::Fixed, 80}};
  t.header_rows.push_back(doc::Row{{text_cell("KPI"), text_cell("6 Point Trend")}});
  t.body_rows.push_back(doc::Row{{text_cell("4/1"), spark_cell(spark({38, 40, 39, 42, 44, 43.6}, 20), "Rising, 38% to 43.6%")}});
  FixedMetrics m;
  const LaidOutDocument d = lay_out(document({t}, kPage), m);
  ASSERT_EQ(d.pages.size(), 1u);
  const Page& p = d.pages[0];

  // Header row: 16 pt from y 20; body row: 3 + 20 + 3 = 26 pt, so the
  // closing rule is at 20 + 16 + 26.
  double bottom = 0;
  for (const LineItem& l : items_of<LineItem>(p)) {
    if (l.y1 == l.y2 && l.x1 == 20 && l.x2 == 200) bottom = std::max(bottom, l.y1);
  }
  EXPECT_DOUBLE_EQ(bottom, 62);

  // The sparkline's ink lies inside the cell's content box.
  const Rect content{120 + 3, 36 + 3, 80 - 6, 20};
  int drawn = 0;
  for (const LineItem& l : items_of<LineItem>(p)) {
    if (!(l.color == kNavy)) continue;
    ++drawn;
    EXPECT_TRUE(inside(item_bounds(Item{l}, m), content)) << l.x1 << "," << l.y1 << " " << l.x2 << "," << l.y2;
  }
  EXPECT_EQ(drawn, 5);
  const auto dots = items_of<PathItem>(p);
  ASSERT_EQ(dots.size(), 1u);
  EXPECT_TRUE(inside(control_bounds(dots[0].commands), content));
  EXPECT_NEAR(control_bounds(dots[0].commands).right(), content.right(), 1e-9);

  // Structure: a Figure node with the alt text under the body cell.
  const auto fig = std::find_if(d.structure.begin(), d.structure.end(),
                                [](const StructNode& n) { return n.role == doc::Role::Figure; });
  ASSERT_NE(fig, d.structure.end());
  EXPECT_EQ(d.alt_text.at(static_cast<int>(fig - d.structure.begin())), "Rising, 38% to 43.6%");
  ASSERT_GE(fig->parent, 0);
  EXPECT_EQ(d.structure[static_cast<std::size_t>(fig->parent)].role, doc::Role::Cell);
  EXPECT_EQ(dots[0].struct_id, fig - d.structure.begin());
}

TEST(Sparkline, BelowTheCellTextAndAnAutoColumnIsWideEnough) {
  doc::Table t;
  doc::Cell both = spark_cell(spark({1, 3, 2}, 14), "Up then down");
  both.content.push_back(para("43.6%"));
  t.body_rows.push_back(doc::Row{{text_cell("KPI 4/1"), both}});
  FixedMetrics m;
  const LaidOutDocument d = lay_out(document({t}, kPage), m);
  const Page& p = d.pages[0];
  const auto texts_on_page = texts(p);
  const auto value = std::find_if(texts_on_page.begin(), texts_on_page.end(),
                                  [](const TextItem& x) { return x.text == "43.6%"; });
  ASSERT_NE(value, texts_on_page.end());
  double spark_top = 1e9, spark_left = 1e9, spark_right = 0;
  for (const LineItem& l : items_of<LineItem>(p)) {
    if (!(l.color == kNavy)) continue;
    spark_top = std::min({spark_top, l.y1, l.y2});
    spark_left = std::min(spark_left, l.x1);
    spark_right = std::max(spark_right, l.x2);
  }
  EXPECT_GT(spark_top, value->baseline);  // under the text line
  // Auto column: asks for 4 x 14 pt of sparkline, more than the 25 pt text.
  EXPECT_GE(spark_right - spark_left, 40);
  for (const PathItem& dot : items_of<PathItem>(p)) {
    EXPECT_TRUE(inside(control_bounds(dot.commands), Rect{20, 20, 360, 260}));
  }
}

}  // namespace
}  // namespace bp::layout
