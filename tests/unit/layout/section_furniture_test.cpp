// Per-section page furniture, section_first_page and section bookmarks: what an
// agenda pack needs from layout (letter pages unstamped, "Agenda Item N" on a
// report's pages, page numbers counted across the whole document).

#include <gtest/gtest.h>

#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

// `n_words` words of 30 characters: at 10 pt with FixedMetrics (5 pt a
// character) each word is 150 pt, one word a line in a 160 pt frame.
doc::Section section_of(int n_words, const std::string& tag) {
  std::string text;
  for (int i = 0; i < n_words; ++i) {
    if (i) text += ' ';
    text += tag;
    text += std::string(30 - tag.size(), 'w');
  }
  doc::Section s;
  s.page = page_setup(200, 140, 20);  // 100 pt body: 10 lines of 10 pt
  s.blocks.push_back(para(text));
  return s;
}

doc::Furniture item_furniture(const std::string& item) {
  doc::Furniture f;
  f.footer_center = "Page {page}";
  f.header_right = item;
  return f;
}

// Letter (1 page, own empty furniture), report A (3 pages, Agenda Item 7), a
// section without furniture of its own (the document's), report B (2 pages,
// Agenda Item 8, DRAFT watermark).
doc::Document pack_like() {
  doc::Document d;
  d.furniture.footer_left = "Document footer of {pages}";
  doc::Section letter = section_of(4, "letter");
  letter.furniture = doc::Furniture{};
  d.sections.push_back(letter);
  doc::Section a = section_of(25, "alpha");
  a.furniture = item_furniture("Agenda Item 7");
  a.bookmark = "7. Alpha";
  d.sections.push_back(a);
  d.sections.push_back(section_of(3, "plain"));
  doc::Section b = section_of(15, "beta");
  b.furniture = item_furniture("Agenda Item 8");
  b.furniture->watermark = "DRAFT";
  d.sections.push_back(b);
  return d;
}

int count_paths(const Page& p) {
  int n = 0;
  for (const Item& it : p.items) n += std::holds_alternative<PathItem>(it) ? 1 : 0;
  return n;
}

TEST(SectionFurniture, SectionFirstPageCountsEveryPage) {
  FixedMetrics m;
  const LaidOutDocument out = lay_out(pack_like(), m);
  ASSERT_EQ(out.pages.size(), 1u + 3u + 1u + 2u);
  EXPECT_EQ(out.section_first_page, (std::vector<int>{1, 2, 5, 6}));
  // The recorded pages really hold the sections' first words.
  EXPECT_TRUE(page_has(out.pages[1], "alphaw"));
  EXPECT_FALSE(page_has(out.pages[0], "alphaw"));
  EXPECT_TRUE(page_has(out.pages[4], "plainw"));
  EXPECT_TRUE(page_has(out.pages[5], "betaw"));
  EXPECT_FALSE(page_has(out.pages[3], "betaw"));
}

TEST(SectionFurniture, EachSectionUsesItsOwnFurniture) {
  FixedMetrics m;
  const LaidOutDocument out = lay_out(pack_like(), m);
  ASSERT_EQ(out.pages.size(), 7u);
  // Letter: its own (empty) furniture, so no page number and no document footer.
  for (const TextItem& t : texts(out.pages[0])) {
    EXPECT_EQ(t.text.find("Page"), std::string::npos) << t.text;
    EXPECT_EQ(t.text.find("Document footer"), std::string::npos) << t.text;
  }
  // Report A: pages 2..4 numbered across the document, Agenda Item 7 at the top right.
  for (int n = 2; n <= 4; ++n) {
    const Page& p = out.pages[static_cast<std::size_t>(n - 1)];
    bool number = false, item = false;
    for (const TextItem& t : texts(p)) {
      if (t.text == tagged("Page ", n)) {
        number = true;
        EXPECT_DOUBLE_EQ(t.baseline, 140 - 10);
        EXPECT_EQ(t.struct_id, -1);
      }
      if (t.text == "Agenda Item 7") {
        item = true;
        EXPECT_DOUBLE_EQ(t.x + t.width, 180);
        EXPECT_DOUBLE_EQ(t.baseline, 10 + (0.8 - 0.2) * 8 / 2);
      }
    }
    EXPECT_TRUE(number && item) << "page " << n;
    EXPECT_FALSE(page_has(p, "Agenda Item 8"));
    EXPECT_EQ(count_paths(p), 0) << "page " << n;
  }
  // The plain section falls back to the document's furniture ({pages} = all pages).
  EXPECT_TRUE(page_has(out.pages[4], "Document footer of 7"));
  EXPECT_FALSE(page_has(out.pages[4], "Agenda Item"));
  // Report B: its own number, item and watermark.
  for (int n = 6; n <= 7; ++n) {
    const Page& p = out.pages[static_cast<std::size_t>(n - 1)];
    EXPECT_TRUE(page_has(p, tagged("Page ", n))) << n;
    EXPECT_TRUE(page_has(p, "Agenda Item 8")) << n;
    EXPECT_FALSE(page_has(p, "Document footer")) << n;
    EXPECT_EQ(count_paths(p), 1) << n;
    EXPECT_TRUE(std::holds_alternative<PathItem>(p.items.front())) << "watermark drawn first";
  }
  EXPECT_EQ(count_text(out, "Document footer"), 1);
}

TEST(SectionFurniture, WithoutSectionFurnitureEveryPageUsesTheDocuments) {
  FixedMetrics m;
  doc::Document d;
  d.furniture.footer_center = "Page {page} of {pages}";
  d.sections.push_back(section_of(12, "one"));
  d.sections.push_back(section_of(2, "two"));
  const LaidOutDocument out = lay_out(d, m);
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(out.section_first_page, (std::vector<int>{1, 3}));
  for (const Page& p : out.pages) {
    EXPECT_TRUE(page_has(p, tagged("Page ", p.number) + " of 3")) << p.number;
  }
}

TEST(SectionFurniture, SectionBookmarkComesFirstOnItsFirstPage) {
  FixedMetrics m;
  doc::Document d = pack_like();
  doc::Paragraph& first = std::get<doc::Paragraph>(d.sections[1].blocks[0]);
  first.bookmark = "Report subject";
  first.bookmark_level = 1;
  d.sections[1].bookmark_level = 0;
  const LaidOutDocument out = lay_out(d, m);
  ASSERT_EQ(out.pages[1].bookmarks.size(), 2u);
  EXPECT_EQ(out.pages[1].bookmarks[0].title, "7. Alpha");
  EXPECT_EQ(out.pages[1].bookmarks[0].level, 0);
  EXPECT_DOUBLE_EQ(out.pages[1].bookmarks[0].y, 20);  // top of the body frame
  EXPECT_EQ(out.pages[1].bookmarks[1].title, "Report subject");
  EXPECT_EQ(out.pages[1].bookmarks[1].level, 1);
  for (std::size_t i = 0; i < out.pages.size(); ++i) {
    if (i == 1) continue;
    EXPECT_TRUE(out.pages[i].bookmarks.empty()) << "page " << i + 1;
  }
}

TEST(SectionFurniture, EmptySectionStillGetsAPageAndAnEntry) {
  FixedMetrics m;
  doc::Document d;
  d.sections.push_back(section_of(1, "first"));
  doc::Section empty;
  empty.page = page_setup(200, 140, 20);
  empty.furniture = item_furniture("Agenda Item 9");
  d.sections.push_back(empty);
  d.sections.push_back(section_of(1, "last"));
  const LaidOutDocument out = lay_out(d, m);
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(out.section_first_page, (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(page_has(out.pages[1], "Agenda Item 9"));
  EXPECT_FALSE(page_has(out.pages[2], "Agenda Item 9"));
}

}  // namespace
}  // namespace bp::layout
