// load_house_style: a complete good style (tests/data/styles/test-style), relative
// font paths and defaults, and bad styles (tests/data/bad-styles/*).

#include "load/style_loader.h"
#include "load_test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bp::load {
namespace {

namespace fs = std::filesystem;

const fs::path kStyles = fs::path(BOARDPACK_TEST_DATA) / "styles";
const fs::path kBadStyles = fs::path(BOARDPACK_TEST_DATA) / "bad-styles";
const fs::path kDejaVu = "/usr/share/fonts/truetype/dejavu";

TEST(StyleLoader, CompleteStyle) {
  DiagnosticSink sink;
  const auto s = load_house_style(kStyles, "test-style", sink);
  ASSERT_TRUE(s) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  EXPECT_EQ(s->name, "test-style");
  EXPECT_TRUE(s->directory.is_absolute());
  EXPECT_EQ(s->directory, fs::absolute(kStyles / "test-style").lexically_normal());
  EXPECT_EQ(s->template_name, "report.tpl");
  EXPECT_EQ(s->fonts.regular, kDejaVu / "DejaVuSans.ttf");
  EXPECT_EQ(s->fonts.bold, kDejaVu / "DejaVuSans-Bold.ttf");
  EXPECT_EQ(s->fonts.italic, kDejaVu / "DejaVuSans-Oblique.ttf");
  EXPECT_EQ(s->fonts.bold_italic, kDejaVu / "DejaVuSans-BoldOblique.ttf");
  EXPECT_DOUBLE_EQ(s->body_size, 11);
  EXPECT_DOUBLE_EQ(s->line_height, 1.25);
  EXPECT_DOUBLE_EQ(s->heading_sizes[0], 14);
  EXPECT_DOUBLE_EQ(s->heading_sizes[1], 12);
  EXPECT_DOUBLE_EQ(s->heading_sizes[2], 11);
  EXPECT_DOUBLE_EQ(s->table_size, 7.5);
  EXPECT_DOUBLE_EQ(s->footer_size, 8);
  EXPECT_DOUBLE_EQ(s->paragraph_spacing, 6);
  EXPECT_DOUBLE_EQ(s->heading_space_before, 12);
  EXPECT_DOUBLE_EQ(s->heading_space_after, 6);
  EXPECT_DOUBLE_EQ(s->number_indent, 36);
  EXPECT_DOUBLE_EQ(s->list_indent, 18);
  EXPECT_DOUBLE_EQ(s->cell_padding, 3);
  EXPECT_DOUBLE_EQ(s->portrait_margins.top, mm(20));
  EXPECT_DOUBLE_EQ(s->portrait_margins.bottom, mm(25));
  EXPECT_DOUBLE_EQ(s->landscape_margins.left, mm(15));
  EXPECT_EQ(s->heading_color, Color::rgb(0x1F, 0x4E, 0x96));
  EXPECT_EQ(s->rule_color, Color::rgb(0x40, 0x40, 0x40));
  EXPECT_EQ(s->watermark_color, Color::rgb(0xD0, 0xD0, 0xD0));
  EXPECT_DOUBLE_EQ(s->rule_width, 0.75);
  ASSERT_EQ(s->shades.size(), 2u);
  EXPECT_EQ(s->shades.at("header"), Color::rgb(0xD9, 0xD9, 0xD9));
  EXPECT_EQ(s->shades.at("rating-green"), Color::rgb(0x92, 0xD0, 0x50));
  // Label text is collapsed like any other text.
  EXPECT_EQ(s->labels.at("finance_officer"),
            "Executive Director of Corporate Resources and Customer Services");
}

TEST(StyleLoader, RelativeFontsAndDefaults) {
  DiagnosticSink sink;
  const auto s = load_house_style(kStyles, "relative-fonts", sink);
  ASSERT_TRUE(s) << all_messages(sink);
  const fs::path dir = fs::absolute(kStyles / "relative-fonts").lexically_normal();
  EXPECT_EQ(s->fonts.regular, dir / "fonts" / "Regular.ttf");
  EXPECT_EQ(s->fonts.bold, dir / "fonts" / "Bold.ttf");  // "fonts/../fonts/Bold.ttf" normalised
  EXPECT_EQ(s->fonts.italic, kDejaVu / "DejaVuSans-Oblique.ttf");  // default
  const model::HouseStyle defaults;
  EXPECT_EQ(s->template_name, defaults.template_name);
  EXPECT_DOUBLE_EQ(s->body_size, defaults.body_size);
  EXPECT_DOUBLE_EQ(s->portrait_margins.left, defaults.portrait_margins.left);
  EXPECT_EQ(s->link_color, defaults.link_color);
  EXPECT_TRUE(s->shades.empty());
}

TEST(StyleLoader, MissingStyleListsTheAvailableOnes) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_house_style(kStyles, "health-and-wellbeing", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  const Diagnostic& d = sink.all()[0];
  EXPECT_EQ(d.where.file, (kStyles / "health-and-wellbeing").string());
  EXPECT_NE(d.message.find("no house style 'health-and-wellbeing'"), std::string::npos);
  EXPECT_EQ(d.hint, "styles in " + kStyles.string() + ": relative-fonts, test-style");
}

TEST(StyleLoader, NamesThatLeaveTheLayoutsFolderAreRefused) {
  for (const char* name : {"", "..", "../styles/test-style", "test-style/."}) {
    DiagnosticSink sink;
    EXPECT_FALSE(load_house_style(kStyles, name, sink)) << name;
    EXPECT_EQ(sink.error_count(), 1u) << name;
  }
}

TEST(StyleLoader, FolderWithoutStyleXml) {
  const fs::path layouts = fs::temp_directory_path() / ("boardpack-style-test-" + std::to_string(::getpid()));
  fs::create_directories(layouts / "empty-style");
  DiagnosticSink sink;
  EXPECT_FALSE(load_house_style(layouts, "empty-style", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_NE(sink.all()[0].message.find("has no style.xml"), std::string::npos);
  EXPECT_EQ(sink.all()[0].hint, "there are no styles in " + layouts.string());
  fs::remove_all(layouts);
}

struct BadStyle {
  const char* style;
  std::size_t line, column;
  const char* message;
  const char* hint;
  std::size_t errors;
};

std::ostream& operator<<(std::ostream& os, const BadStyle& b) { return os << b.style; }

class BadStyles : public ::testing::TestWithParam<BadStyle> {};

TEST_P(BadStyles, AreRejectedAtTheRightPlace) {
  const BadStyle& c = GetParam();
  DiagnosticSink sink;
  EXPECT_FALSE(load_house_style(kBadStyles, c.style, sink));
  const std::string all = all_messages(sink);
  ASSERT_FALSE(sink.all().empty());
  const Diagnostic& d = sink.all()[0];
  EXPECT_EQ(d.where.file, (kBadStyles / c.style / "style.xml").string());
  EXPECT_EQ(d.where.line, c.line) << all;
  EXPECT_EQ(d.where.column, c.column) << all;
  EXPECT_NE(d.message.find(c.message), std::string::npos) << all;
  EXPECT_NE(d.hint.find(c.hint), std::string::npos) << all;
  EXPECT_EQ(sink.error_count(), c.errors) << all;
}

const BadStyle kBadStyleCases[] = {
    {"unknown-attribute", 4, 20, "unknown attribute 'heading-1' on <sizes>", "did you mean 'heading1'?", 1},
    {"bad-colour", 4, 27, "expected a colour as #RRGGBB, found 'blue'", "#1F4E96", 2},
    {"bad-length", 4, 35, "expected a length such as 12pt, 20mm or 12, found '2cm'", "", 2},
    {"missing-font", 5, 10, "font file not found: ", "", 1},
    {"unknown-element", 4, 3, "unknown element <colors> in <house-style>", "did you mean <colours>?", 2},
    {"wrong-root", 3, 1, "the root element must be <house-style>, found <style>", "", 1},
};

std::string style_case_name(const ::testing::TestParamInfo<BadStyle>& p) {
  std::string name = p.param.style;
  for (char& ch : name)
    if (ch == '-') ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Styles, BadStyles, ::testing::ValuesIn(kBadStyleCases), style_case_name);

TEST(StyleLoader, MissingFontNamesTheResolvedPath) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_house_style(kBadStyles, "missing-font", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  const fs::path expected =
      fs::absolute(kBadStyles / "missing-font" / "fonts" / "NoSuchFont-Bold.ttf").lexically_normal();
  EXPECT_EQ(sink.all()[0].message, "font file not found: " + expected.string());
}

TEST(StyleLoader, SecondErrorsAreReportedToo) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_house_style(kBadStyles, "unknown-element", sink));
  ASSERT_EQ(sink.all().size(), 2u);
  EXPECT_EQ(sink.all()[1].where.line, 6u);
  EXPECT_EQ(sink.all()[1].message, "duplicate <margins> for 'portrait' in <house-style>");
  sink = DiagnosticSink();
  EXPECT_FALSE(load_house_style(kBadStyles, "bad-colour", sink));
  ASSERT_EQ(sink.all().size(), 2u);
  EXPECT_EQ(sink.all()[1].where.line, 5u);
  EXPECT_EQ(sink.all()[1].message, "expected a colour as #RRGGBB, found '#D9D9D'");
}

}  // namespace
}  // namespace bp::load
