// Paragraph pagination through lay_out, with fixed metrics (5 pt characters at
// 10 pt) on a small page: 200 x 140 pt, margins 20, so the body is 160 x 100
// and holds ten 10 pt lines.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

// A paragraph of exactly `n` lines on the small page: one 30-character word per line.
doc::Paragraph lines_para(const std::string& tag, int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    std::string w = tag + tagged("_", i);
    w += std::string(30 - w.size(), 'x');
    if (i) text += ' ';
    text += w;
  }
  return para(text);
}

int lines_of(const Page& page, const std::string& tag) {
  int n = 0;
  for (const TextItem& t : texts(page)) {
    if (t.text.rfind(tag + "_", 0) == 0) ++n;
  }
  return n;
}

const doc::PageSetup kSmall = page_setup(200, 140, 20);

TEST(SectionFlow, BaselineRuleAndOneTextItemPerRun) {
  FixedMetrics m;
  doc::Paragraph p = para("aa bb cc", 10, 1.2);
  const LaidOutDocument out = lay_out(document({p}, kSmall), m);
  ASSERT_EQ(out.pages.size(), 1u);
  const auto t = texts(out.pages[0]);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "aa bb cc");
  EXPECT_DOUBLE_EQ(t[0].x, 20);
  EXPECT_DOUBLE_EQ(t[0].width, 40);
  EXPECT_DOUBLE_EQ(t[0].baseline, 20 + (1.2 - 1) * 10 / 2 + 0.8 * 10);

  doc::Paragraph mixed = para("aa ");
  mixed.runs.push_back(doc::TextRun{"bb", doc::FontFace::Bold, Color{0, 0, 0}, ""});
  mixed.runs.push_back(doc::TextRun{" cc dd", doc::FontFace::Regular, Color{0, 0, 0}, ""});
  const auto t2 = texts(lay_out(document({mixed}, kSmall), m).pages[0]);
  ASSERT_EQ(t2.size(), 3u);
  EXPECT_EQ(t2[0].text, "aa ");
  EXPECT_EQ(t2[1].text, "bb");
  EXPECT_EQ(t2[1].face, doc::FontFace::Bold);
  EXPECT_DOUBLE_EQ(t2[1].x, 35);
  EXPECT_EQ(t2[2].text, " cc dd");
}

TEST(SectionFlow, OrphanFirstLineMovesTheParagraph) {
  FixedMetrics m;
  const LaidOutDocument out = lay_out(document({lines_para("A", 9), lines_para("B", 4)}, kSmall), m);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0], "A"), 9);
  EXPECT_EQ(lines_of(out.pages[0], "B"), 0);
  EXPECT_EQ(lines_of(out.pages[1], "B"), 4);
}

TEST(SectionFlow, WidowControlLeavesTwoLinesEachSide) {
  FixedMetrics m;
  // 3 lines of B would fit on page 1, leaving 1 alone on page 2: split 2 + 2.
  const LaidOutDocument out = lay_out(document({lines_para("A", 7), lines_para("B", 4)}, kSmall), m);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0], "B"), 2);
  EXPECT_EQ(lines_of(out.pages[1], "B"), 2);
  // B's second part starts at the top of page 2's body.
  const auto t = texts(out.pages[1]);
  ASSERT_FALSE(t.empty());
  EXPECT_DOUBLE_EQ(t[0].baseline, 20 + 8);
}

TEST(SectionFlow, ThreeLineParagraphIsNeverSplit) {
  FixedMetrics m;
  const LaidOutDocument out = lay_out(document({lines_para("A", 8), lines_para("B", 3)}, kSmall), m);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0], "B"), 0);
  EXPECT_EQ(lines_of(out.pages[1], "B"), 3);
}

TEST(SectionFlow, LongParagraphRunsOverPagesKeepingItsNode) {
  FixedMetrics m;
  const LaidOutDocument out = lay_out(document({lines_para("L", 25)}, kSmall), m);
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(lines_of(out.pages[0], "L"), 10);
  EXPECT_EQ(lines_of(out.pages[1], "L"), 10);
  EXPECT_EQ(lines_of(out.pages[2], "L"), 5);
  for (int i = 0; i < 25; ++i) EXPECT_EQ(count_text(out, tagged("L_", i) + "x"), 1) << i;
  const int id = texts(out.pages[0])[0].struct_id;
  EXPECT_GE(id, 0);
  for (const Page& p : out.pages) {
    for (const TextItem& t : texts(p)) EXPECT_EQ(t.struct_id, id);
  }
  ASSERT_EQ(out.structure.size(), 1u);
  EXPECT_EQ(out.structure[0].role, doc::Role::Paragraph);
}

TEST(SectionFlow, HeadingIsKeptWithTheFirstLinesOfTheNextParagraph) {
  FixedMetrics m;
  doc::Paragraph h = para("Heading");
  h.role = doc::Role::Heading;
  h.heading_level = 2;
  h.style.keep_with_next = true;
  {  // 1 line left after A: the heading would fit, its paragraph not: both move.
    const LaidOutDocument out = lay_out(document({lines_para("A", 9), h, lines_para("B", 5)}, kSmall), m);
    ASSERT_EQ(out.pages.size(), 2u);
    EXPECT_FALSE(page_has(out.pages[0], "Heading"));
    const auto t = texts(out.pages[1]);
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t[0].text, "Heading");
    EXPECT_DOUBLE_EQ(t[0].baseline, 28);
  }
  {  // 3 lines left: heading + 2 lines of B stay on page 1.
    const LaidOutDocument out = lay_out(document({lines_para("A", 7), h, lines_para("B", 5)}, kSmall), m);
    EXPECT_TRUE(page_has(out.pages[0], "Heading"));
    EXPECT_EQ(lines_of(out.pages[0], "B"), 2);
    EXPECT_EQ(lines_of(out.pages[1], "B"), 3);
  }
}

TEST(SectionFlow, SpaceBeforeAndSpacersAreDroppedAtThePageTop) {
  FixedMetrics m;
  doc::Paragraph b = lines_para("B", 2);
  b.style.space_before = 30;
  {  // B starts page 2 (it does not fit after 9 lines of A): its space before is dropped.
    const LaidOutDocument out = lay_out(document({lines_para("A", 9), b}, kSmall), m);
    ASSERT_EQ(out.pages.size(), 2u);
    EXPECT_DOUBLE_EQ(texts(out.pages[1])[0].baseline, 28);
  }
  {  // Mid-page the space counts, and adds to the space after of the block before.
    doc::Paragraph a = lines_para("A", 2);
    a.style.space_after = 5;
    const LaidOutDocument out = lay_out(document({a, b}, kSmall), m);
    EXPECT_DOUBLE_EQ(texts(out.pages[0])[2].baseline, 20 + 20 + 5 + 30 + 8);
  }
  {  // A spacer at the top of a page is dropped.
    const LaidOutDocument out = lay_out(document({doc::Spacer{40}, lines_para("A", 1)}, kSmall), m);
    EXPECT_DOUBLE_EQ(texts(out.pages[0])[0].baseline, 28);
    const LaidOutDocument mid = lay_out(document({lines_para("A", 1), doc::Spacer{40}, lines_para("B", 1)}, kSmall), m);
    EXPECT_DOUBLE_EQ(texts(mid.pages[0])[1].baseline, 20 + 10 + 40 + 8);
  }
}

TEST(SectionFlow, SectionsStartNewPagesWithTheirOwnOrientation) {
  FixedMetrics m;
  doc::Document d;
  doc::Section portrait;
  portrait.page = doc::a4(Orientation::Portrait, 50, 50, 50, 50);
  portrait.blocks.push_back(para("first"));
  doc::Section landscape;
  landscape.page = doc::a4(Orientation::Landscape, 40, 40, 40, 40);
  landscape.blocks.push_back(para("second"));
  d.sections = {portrait, landscape, portrait};
  const LaidOutDocument out = lay_out(d, m);
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_DOUBLE_EQ(out.pages[0].width, 595.276);
  EXPECT_DOUBLE_EQ(out.pages[0].height, 841.89);
  EXPECT_DOUBLE_EQ(out.pages[1].width, 841.89);
  EXPECT_DOUBLE_EQ(out.pages[1].height, 595.276);
  EXPECT_DOUBLE_EQ(out.pages[2].width, 595.276);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(out.pages[static_cast<std::size_t>(i)].number, i + 1);
  EXPECT_DOUBLE_EQ(texts(out.pages[1])[0].x, 40);
  EXPECT_TRUE(page_has(out.pages[1], "second"));
}

TEST(SectionFlow, BookmarksPointAtTheFirstLine) {
  FixedMetrics m;
  doc::Paragraph b = lines_para("B", 2);
  b.bookmark = "2. Introduction";
  b.bookmark_level = 1;
  doc::Paragraph c = para("tail");
  c.bookmark = "Tail";
  const LaidOutDocument out = lay_out(document({lines_para("A", 9), b, c}, kSmall), m);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_TRUE(out.pages[0].bookmarks.empty());
  ASSERT_EQ(out.pages[1].bookmarks.size(), 2u);
  EXPECT_EQ(out.pages[1].bookmarks[0].title, "2. Introduction");
  EXPECT_EQ(out.pages[1].bookmarks[0].level, 1);
  EXPECT_DOUBLE_EQ(out.pages[1].bookmarks[0].y, 20);
  EXPECT_DOUBLE_EQ(out.pages[1].bookmarks[1].y, 40);
}

TEST(SectionFlow, LinksCoverTheirTextOnEveryLine) {
  FixedMetrics m;
  doc::Paragraph p = para("see ");
  p.runs.push_back(doc::TextRun{"https://example.org/a/b", doc::FontFace::Regular, Color{0, 0, 1}, "https://example.org/a/b"});
  p.runs.push_back(doc::TextRun{" now", doc::FontFace::Regular, Color{0, 0, 0}, ""});
  {
    const LaidOutDocument out = lay_out(document({p}, kSmall), m);
    ASSERT_EQ(out.pages[0].links.size(), 1u);
    const Link& l = out.pages[0].links[0];
    EXPECT_EQ(l.uri, "https://example.org/a/b");
    EXPECT_DOUBLE_EQ(l.rect.x, 20 + 20);
    EXPECT_DOUBLE_EQ(l.rect.width, 23 * 5);
    EXPECT_DOUBLE_EQ(l.rect.y, 20);
    EXPECT_DOUBLE_EQ(l.rect.height, 10);
    // The link text is its own TextItem (another colour) with the same extent.
    const auto t = texts(out.pages[0]);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_DOUBLE_EQ(t[1].x, l.rect.x);
    EXPECT_DOUBLE_EQ(t[1].width, l.rect.width);
  }
  {  // In a 60 pt column the URL breaks over lines: one link rect per line.
    const LaidOutDocument out = lay_out(document({p}, page_setup(100, 200, 20)), m);
    const auto& links = out.pages[0].links;
    ASSERT_GE(links.size(), 2u);
    double covered = 0;
    for (const Link& l : links) {
      EXPECT_EQ(l.uri, "https://example.org/a/b");
      EXPECT_LE(l.rect.right(), 80 + 1e-9);
      covered += l.rect.width;
    }
    EXPECT_DOUBLE_EQ(covered, 23 * 5);
    EXPECT_DOUBLE_EQ(links[1].rect.y - links[0].rect.y, 10);
  }
}

TEST(SectionFlow, StructureRolesAndLabels) {
  FixedMetrics m;
  doc::Paragraph h = para("Summary");
  h.role = doc::Role::Heading;
  h.heading_level = 1;
  doc::Paragraph li = para("consider the report");
  li.role = doc::Role::ListItem;
  li.label = "(1)";
  li.label_width = 20;
  const LaidOutDocument out = lay_out(document({h, li, para("plain")}, kSmall), m);
  ASSERT_EQ(out.structure.size(), 4u);
  EXPECT_EQ(out.structure[0].role, doc::Role::Heading);
  EXPECT_EQ(out.structure[0].heading_level, 1);
  EXPECT_EQ(out.structure[0].parent, -1);
  EXPECT_EQ(out.structure[1].role, doc::Role::ListItem);
  EXPECT_EQ(out.structure[2].role, doc::Role::Label);
  EXPECT_EQ(out.structure[2].parent, 1);
  EXPECT_EQ(out.structure[3].role, doc::Role::Paragraph);
  const auto t = texts(out.pages[0]);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].struct_id, 0);
  EXPECT_EQ(t[1].text, "(1)");
  EXPECT_EQ(t[1].struct_id, 2);
  EXPECT_DOUBLE_EQ(t[1].x, 20);
  EXPECT_EQ(t[2].text, "consider the report");
  EXPECT_EQ(t[2].struct_id, 1);
  EXPECT_DOUBLE_EQ(t[2].x, 40);
  EXPECT_EQ(t[1].baseline, t[2].baseline);
  EXPECT_EQ(t[3].struct_id, 3);
}

}  // namespace
}  // namespace bp::layout
