// compose_document (compose/document_composer.h): the title page, numbered
// and unnumbered sections, page runs by orientation, metadata and footers,
// on tests/data/minimal-document.xml and both house styles; the README
// documents the template's vocabulary and slots.

#include "compose/document_composer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "compose_fixture.h"
#include "load/document_loader.h"
#include "load/style_loader.h"

namespace bp::compose {
namespace {

using namespace testing;

std::string messages(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.all()) out += format_diagnostic(d) + "\n";
  return out;
}

model::StandaloneDocument minimal_document() {
  DiagnosticSink sink;
  auto d = load::load_document(std::string(BOARDPACK_TEST_DATA) + "/minimal-document.xml", sink);
  EXPECT_TRUE(d.has_value()) << messages(sink);
  return d.value_or(model::StandaloneDocument{});
}

model::HouseStyle real_style(const std::string& name) {
  DiagnosticSink sink;
  auto style = load::load_house_style(BOARDPACK_LAYOUTS, name, sink);
  EXPECT_TRUE(style.has_value()) << messages(sink);
  return style.value_or(model::HouseStyle{});
}

TEST(DocumentComposer, TitlePageThenSectionsInBothStyles) {
  const model::StandaloneDocument input = minimal_document();
  for (const std::string name : {"health-and-wellbeing-board", "overview-and-scrutiny"}) {
    const doc::Document d = compose_document(input, real_style(name));
    // Title page, section 1 (portrait, a new page as the first), section 2 (landscape).
    ASSERT_EQ(d.sections.size(), 3u) << name;
    EXPECT_EQ(d.sections[0].page.orientation, Orientation::Portrait);
    EXPECT_EQ(d.sections[1].page.orientation, Orientation::Portrait);
    EXPECT_EQ(d.sections[2].page.orientation, Orientation::Landscape);

    const auto title_page = section_paragraphs(d.sections[0]);
    ASSERT_GE(title_page.size(), 5u);
    EXPECT_EQ(text_of(*title_page[0]), "Example Improvement Plan Tracker");
    EXPECT_EQ(title_page[0]->role, doc::Role::Heading);
    EXPECT_EQ(title_page[0]->bookmark, "Example Improvement Plan Tracker");
    EXPECT_GT(title_page[0]->style.size, real_style(name).heading_sizes[0] * 1.5);
    EXPECT_EQ(text_of(*title_page[1]), "Special Educational Needs and Disabilities");
    EXPECT_NE(find_paragraph(d, "Example Council"), nullptr);
    EXPECT_NE(find_paragraph(d, "November 2019"), nullptr);
    EXPECT_NE(find_paragraph(d, "Version 1.0"), nullptr);

    const doc::Paragraph* first = find_paragraph(d, "1. About this tracker");
    ASSERT_NE(first, nullptr) << name;
    EXPECT_EQ(first->role, doc::Role::Heading);
    EXPECT_EQ(first->bookmark_level, 0);
    const doc::Paragraph* numbered = find_paragraph(d, "The tracker reports progress against the plan.");
    ASSERT_NE(numbered, nullptr);
    EXPECT_EQ(numbered->label, "1.1");
    // The unnumbered section has no number, and its plan starts under it.
    EXPECT_NE(find_paragraph(d, "Tracker"), nullptr);
    EXPECT_EQ(find_starting(d, "2. "), nullptr);
    EXPECT_NE(find_paragraph(d, "RAG RATING KEY"), nullptr);
    EXPECT_NE(find_paragraph(d, "Summary of progress ratings at 30 November 2019"), nullptr);

    EXPECT_EQ(d.meta.title, "Example Improvement Plan Tracker");
    EXPECT_EQ(d.meta.author, "Example Council");
    EXPECT_EQ(d.meta.subject, "Special Educational Needs and Disabilities, November 2019");
    EXPECT_EQ(d.meta.creation_date, "2019-12-02");
    EXPECT_EQ(d.furniture.footer_center, "Page {page} of {pages}");
    EXPECT_EQ(d.furniture.footer_left, "Example Council");
    EXPECT_EQ(d.furniture.footer_right, "November 2019");
    for (const auto* p : all_paragraphs(d)) {
      EXPECT_EQ(text_of(*p).find("{{"), std::string::npos) << text_of(*p);
    }
  }
}

TEST(DocumentComposer, NewPageOnlyWhenTheOrientationChangesOrAsked) {
  model::StandaloneDocument d;
  d.title = "T";
  d.date = *model::parse_plan_date("2018-04-24");
  const auto section = [](const std::string& title, Orientation o, bool new_page, bool numbered) {
    model::DocumentSection s;
    s.title = title;
    s.orientation = o;
    s.new_page = new_page;
    s.numbered = numbered;
    s.content = {para("Text of " + title + ".")};
    return s;
  };
  d.sections = {section("A", Orientation::Portrait, false, true),
                section("B", Orientation::Portrait, false, false),
                section("C", Orientation::Portrait, true, true),
                section("D", Orientation::Landscape, false, true),
                section("E", Orientation::Landscape, false, true)};
  const TemplateData data = document_template_data(d);
  const auto& items = data.sections.at("SECTIONS");
  ASSERT_EQ(items.size(), 5u);
  const std::vector<bool> new_page = {true, false, true, true, false};
  const std::vector<std::string> numbers = {"1", "", "2", "3", "4"};
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i].sections.count("NEW_PAGE") == 1, new_page[i]) << i;
    EXPECT_EQ(items[i].values.at("NUMBER"), numbers[i]) << i;
  }
  EXPECT_EQ(data.values.at("DATE"), "24 April 2018");
  EXPECT_EQ(data.sections.count("NO_VERSION"), 1u);
  const doc::Document out = compose_document(d, real_style("health-and-wellbeing-board"));
  EXPECT_EQ(out.sections.size(), 4u);  // title page, A+B, C, D+E
  EXPECT_NE(find_paragraph(out, "3. D"), nullptr);
  EXPECT_NE(find_paragraph(out, "B"), nullptr);
  const doc::Paragraph* e = find_paragraph(out, "Text of E.");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->style.left_indent, real_style("health-and-wellbeing-board").number_indent);
}

TEST(DocumentComposer, ReadmeDocumentsTheDocumentTemplate) {
  std::ifstream in(fs::path(BOARDPACK_LAYOUTS) / "README.md");
  ASSERT_TRUE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string readme = ss.str();
  ASSERT_NE(readme.find("document.tpl"), std::string::npos);
  for (const char* slot : {"`title`", "`subtitle`", "`section N`"}) {
    EXPECT_NE(readme.find(slot), std::string::npos) << slot;
  }
  for (const auto& v : document_vocabulary().variables) {
    EXPECT_NE(readme.find("`" + v + "`"), std::string::npos) << v;
  }
  for (const auto& [name, vars] : document_vocabulary().sections) {
    EXPECT_NE(readme.find("`" + name + "`"), std::string::npos) << name;
    for (const auto& v : vars) EXPECT_NE(readme.find("`" + v + "`"), std::string::npos) << v;
  }
}

}  // namespace
}  // namespace bp::compose
