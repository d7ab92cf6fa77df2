// Page furniture: footers and headers with page fields (the watermark: watermark_test.cpp).

#include "layout/furniture.h"

#include <gtest/gtest.h>

#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

TEST(Furniture, ExpandsPageFields) {
  EXPECT_EQ(expand_page_fields("Page {page} of {pages}", 2, 14), "Page 2 of 14");
  EXPECT_EQ(expand_page_fields("{page}{page}/{pages}", 3, 4), "33/4");
  EXPECT_EQ(expand_page_fields("{pag} {x}", 1, 1), "{pag} {x}");
  EXPECT_EQ(expand_page_fields("", 1, 1), "");
}

doc::Document long_doc() {
  std::string text;
  for (int i = 0; i < 25; ++i) text += (i ? " " : "") + std::string(30, 'w');
  doc::Document d = document({para(text)}, page_setup(200, 140, 20));
  d.furniture.footer_center = "Page {page} of {pages}";
  d.furniture.footer_left = "Draft";
  d.furniture.header_right = "Agenda Item 5";
  d.furniture.size = 8;
  d.furniture.color = Color{0.25, 0.25, 0.25};
  return d;
}

TEST(Furniture, FootersAndHeadersOnEveryPage) {
  FixedMetrics m;  // 0.5 em: 4 pt a character at 8 pt
  const LaidOutDocument out = lay_out(long_doc(), m);
  ASSERT_EQ(out.pages.size(), 3u);
  for (const Page& p : out.pages) {
    const std::string expected = tagged("Page ", p.number) + " of 3";
    bool footer = false, left = false, header = false;
    for (const TextItem& t : texts(p)) {
      if (t.text == expected) {
        footer = true;
        EXPECT_DOUBLE_EQ(t.baseline, 140 - 10);
        EXPECT_DOUBLE_EQ(t.width, 11 * 4);
        EXPECT_DOUBLE_EQ(t.x, 20 + (160 - 44) / 2.0);
        EXPECT_EQ(t.struct_id, -1);
        EXPECT_EQ(t.size, 8);
        EXPECT_EQ(t.color, (Color{0.25, 0.25, 0.25}));
      } else if (t.text == "Draft") {
        left = true;
        EXPECT_DOUBLE_EQ(t.x, 20);
      } else if (t.text == "Agenda Item 5") {
        header = true;
        EXPECT_DOUBLE_EQ(t.x + t.width, 180);
        EXPECT_DOUBLE_EQ(t.baseline, 10 + (0.8 - 0.2) * 8 / 2);
        EXPECT_EQ(t.struct_id, -1);
      }
    }
    EXPECT_TRUE(footer && left && header) << "page " << p.number;
  }
}

}  // namespace
}  // namespace bp::layout
