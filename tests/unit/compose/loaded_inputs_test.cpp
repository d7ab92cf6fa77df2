// Compose on real inputs read by the loader: the two style.xml files in
// layouts/ and tests/data/minimal-report.xml (the vocabulary contract).
// Also guards the code-built test styles against drifting from style.xml.

#include <gtest/gtest.h>

#include "compose/report_composer.h"
#include "compose_fixture.h"
#include "load/report_loader.h"
#include "load/style_loader.h"

namespace bp::compose {
namespace {

using namespace testing;

std::string diagnostics_text(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.all()) out += format_diagnostic(d) + "\n";
  return out;
}

model::HouseStyle load_style(const std::string& name) {
  DiagnosticSink sink;
  auto style = load::load_house_style(BOARDPACK_LAYOUTS, name, sink);
  EXPECT_TRUE(style.has_value()) << diagnostics_text(sink);
  return style.value_or(model::HouseStyle{});
}

TEST(LoadedInputs, StyleFilesLoadAndMatchTheTestStyles) {
  for (const std::string name : {"health-and-wellbeing-board", "overview-and-scrutiny"}) {
    const model::HouseStyle loaded = load_style(name);
    const model::HouseStyle coded = house_style(name);
    EXPECT_EQ(loaded.name, name);
    EXPECT_EQ(loaded.template_name, "report.tpl");
    EXPECT_EQ(loaded.fonts.bold, coded.fonts.bold);
    EXPECT_EQ(loaded.body_size, coded.body_size) << name;
    EXPECT_EQ(loaded.number_indent, coded.number_indent) << name;
    EXPECT_EQ(loaded.list_indent, coded.list_indent) << name;
    EXPECT_EQ(loaded.heading_color, coded.heading_color) << name;
    EXPECT_EQ(loaded.labels, coded.labels) << name;
    for (const auto& [shade, colour] : coded.shades) {
      ASSERT_EQ(loaded.shades.count(shade), 1u) << name << ": " << shade;
    }
    if (name == "health-and-wellbeing-board") {
      EXPECT_EQ(loaded.shades.at("rating-green"), Color::rgb(0xB7, 0xE1, 0xA1));
      EXPECT_EQ(loaded.table_size, 7.5);
    }
  }
}

TEST(LoadedInputs, MinimalReportComposesInBothStyles) {
  DiagnosticSink sink;
  auto report = load::load_report(std::string(BOARDPACK_TEST_DATA) + "/minimal-report.xml", sink);
  ASSERT_TRUE(report.has_value()) << diagnostics_text(sink);
  for (const std::string name : {"health-and-wellbeing-board", "overview-and-scrutiny"}) {
    const doc::Document d = compose_report(*report, load_style(name));
    const auto& front = std::get<doc::Table>(d.sections.at(0).blocks.at(0));
    EXPECT_EQ(text_of(front.body_rows.at(0).cells.at(3)), "Wednesday 11 March 2020") << name;
    EXPECT_NE(find_starting(d, "The Executive Director of Corporate Resources and Customer "
                               "Services (FD5961/20) and the Chief Legal and Democratic Officer "
                               "(LD4144/20) have been consulted"),
              nullptr)
        << name;
    EXPECT_NE(find_paragraph(d, "Appendix B Analysis of baseline Parent Carer Survey"), nullptr);
    // The recommendation and body paragraph 1.2.2 share their text.
    std::vector<std::string> labels;
    for (const auto* p : all_paragraphs(d)) {
      if (text_of(*p) == "offer challenge to the improvement board.") labels.push_back(p->label);
    }
    EXPECT_EQ(labels, (std::vector<std::string>{"(2)", "1.2.2"})) << name;
    ASSERT_EQ(d.sections.size(), 2u) << name;
    EXPECT_EQ(d.sections[1].page.orientation, Orientation::Landscape);
    const auto* link = find_starting(d, "Most actions are on target.");
    ASSERT_NE(link, nullptr);
    bool linked = false;
    for (const auto& r : link->runs) linked = linked || r.link == "https://example.gov.uk/send";
    EXPECT_TRUE(linked);
  }
}

}  // namespace
}  // namespace bp::compose
