// Body sections: headings, derived numbering (1.1, 1.2.1, 2.3.2), the shared
// number column, subheadings and lists (labels, glyphs by level, indents).

#include <gtest/gtest.h>

#include "compose/flow_composer.h"
#include "compose/report_composer.h"
#include "compose_fixture.h"

namespace bp::compose {
namespace {

using namespace testing;

struct Labelled {
  std::string label;
  std::string text;
};

std::vector<Labelled> numbered_paragraphs(const doc::Document& d) {
  std::vector<Labelled> out;
  for (const auto* p : all_paragraphs(d)) {
    if (p->role == doc::Role::Paragraph && !p->label.empty()) out.push_back({p->label, text_of(*p)});
  }
  return out;
}

TEST(BodyNumbering, SectionsAreNumberedHeadingsWithBookmarks) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* h1 = find_paragraph(d, "1. Introduction");
  ASSERT_NE(h1, nullptr);
  EXPECT_EQ(h1->role, doc::Role::Heading);
  EXPECT_EQ(h1->heading_level, 1);
  EXPECT_EQ(h1->bookmark, "1. Introduction");
  EXPECT_EQ(h1->bookmark_level, 0);
  EXPECT_TRUE(h1->style.keep_with_next);
  const auto* h2 = find_paragraph(d, "2. Delivering the Improvement Plan");
  ASSERT_NE(h2, nullptr);
  EXPECT_EQ(h2->bookmark, "2. Delivering the Improvement Plan");
  // Front-matter headings stay out of the outline.
  EXPECT_EQ(find_paragraph(d, "Summary:")->bookmark, "");
}

TEST(BodyNumbering, NumbersAreDerivedFromNesting) {
  const doc::Document d = compose_report(sample_report(), house_style());
  std::vector<std::string> labels;
  for (const auto& l : numbered_paragraphs(d)) labels.push_back(l.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"1.1", "1.2", "1.2.1", "1.2.2", "2.1", "2.2", "2.3",
                                              "2.3.1", "2.3.2"}));
  const auto* p232 = find_starting(d, "KPI1/2 20 week target");
  ASSERT_NE(p232, nullptr);
  EXPECT_EQ(p232->label, "2.3.2");
}

TEST(BodyNumbering, AllNumbersShareOneHangingColumn) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  const auto* p23 = find_starting(d, "Actions 1.2 The Timeliness");
  const auto* p232 = find_starting(d, "KPI1/2 20 week target");
  ASSERT_TRUE(p23 && p232);
  EXPECT_EQ(p23->style.left_indent, 0);
  EXPECT_EQ(p232->style.left_indent, p23->style.left_indent);
  EXPECT_EQ(p23->label_width, style.number_indent);
  EXPECT_EQ(p232->label_width, style.number_indent);
  // Unnumbered body paragraphs start at the text column.
  const auto* plain = find_paragraph(d, "Once approved delivery will be overseen by the Board.");
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->label, "");
  EXPECT_EQ(plain->style.left_indent, style.number_indent);
  const auto* inner = find_paragraph(d, "Activity includes");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->style.left_indent, style.number_indent);
}

TEST(BodyNumbering, SubheadingIsABoldUnnumberedLineKeptWithNext) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  const auto* sub = find_paragraph(d, "Action 1 To improve the poor progress");
  ASSERT_NE(sub, nullptr);
  EXPECT_EQ(sub->label, "");
  EXPECT_TRUE(sub->style.keep_with_next);
  EXPECT_EQ(sub->runs.at(0).face, doc::FontFace::Bold);
  EXPECT_EQ(sub->style.left_indent, style.number_indent);
  EXPECT_EQ(sub->bookmark, "");
}

TEST(BodyNumbering, ListsHaveLabelsGlyphsByLevelAndIndentPerLevel) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  const auto* a = find_paragraph(d, "The SEND team continue to prioritise reviews");
  const auto* b = find_paragraph(d, "Reviews for these groups are up to date");
  const auto* lac = find_paragraph(d, "Looked After Children with an EHCP");
  const auto* third = find_paragraph(d, "third level");
  const auto* bullet = find_paragraph(d, "A sub group for Writing and Maths");
  ASSERT_TRUE(a && b && lac && third && bullet);
  EXPECT_EQ(a->label, "a)");
  EXPECT_EQ(b->label, "b)");
  EXPECT_EQ(lac->label, "\u2013");
  EXPECT_EQ(third->label, "\u25E6");
  EXPECT_EQ(bullet->label, "\u2022");
  for (const auto* p : {a, b, lac, third, bullet}) {
    EXPECT_EQ(p->role, doc::Role::ListItem) << text_of(*p);
    EXPECT_EQ(p->label_width, style.list_indent) << text_of(*p);
  }
  EXPECT_EQ(a->style.left_indent, style.number_indent);
  EXPECT_EQ(bullet->style.left_indent, style.number_indent);
  EXPECT_EQ(lac->style.left_indent, style.number_indent + style.list_indent);
  EXPECT_EQ(third->style.left_indent, style.number_indent + 2 * style.list_indent);
}

TEST(BodyNumbering, NumberedListsAndLongLetteredListsCount) {
  const auto style = house_style();
  FlowComposer flows(style);
  std::vector<model::ListItem> items;
  for (int i = 0; i < 28; ++i) items.push_back(item("x" + std::to_string(i)));
  std::vector<doc::Block> out;
  flows.compose({list(model::ListKind::Numbered, items), list(model::ListKind::Lettered, items)},
                flows.front("test"), out);
  ASSERT_EQ(out.size(), 56u);
  EXPECT_EQ(std::get<doc::Paragraph>(out[0]).label, "1.");
  EXPECT_EQ(std::get<doc::Paragraph>(out[27]).label, "28.");
  EXPECT_EQ(std::get<doc::Paragraph>(out[28]).label, "a)");
  EXPECT_EQ(std::get<doc::Paragraph>(out[28 + 25]).label, "z)");
  EXPECT_EQ(std::get<doc::Paragraph>(out[28 + 26]).label, "aa)");
  EXPECT_EQ(std::get<doc::Paragraph>(out[0]).style.left_indent, 0);
}

TEST(BodyNumbering, FrontMatterFlowsStartAtTheLeftEdge) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* p = find_starting(d, "The report updates the Board");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->style.left_indent, 0);
  EXPECT_EQ(p->style.size, 11);
  EXPECT_EQ(p->style.space_after, 6);
}

}  // namespace
}  // namespace bp::compose
