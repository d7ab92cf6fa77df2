// Value parsers, near-miss hints and byte offset -> line:col (load internals).

#include "load/values.h"

#include <gtest/gtest.h>

#include "load/name_hints.h"
#include "load/source_text.h"

namespace bp::load {
namespace {

TEST(Values, CollapseWhitespace) {
  EXPECT_EQ(collapse_whitespace("  a \n\t b  "), "a b");
  EXPECT_EQ(collapse_whitespace(""), "");
  EXPECT_EQ(collapse_whitespace(" \r\n "), "");
  EXPECT_EQ(collapse_whitespace("a\u00A0\u00A0b"), "a\u00A0\u00A0b");  // no-break spaces stay
}

TEST(Values, YesNoIsExact) {
  EXPECT_EQ(parse_yes_no("yes"), true);
  EXPECT_EQ(parse_yes_no("no"), false);
  for (const char* s : {"Yes", "NO", "y", "true", "1", "", "yes "}) EXPECT_FALSE(parse_yes_no(s)) << s;
}

TEST(Values, Lengths) {
  EXPECT_DOUBLE_EQ(*parse_length("12pt"), 12);
  EXPECT_DOUBLE_EQ(*parse_length("12"), 12);
  EXPECT_DOUBLE_EQ(*parse_length("0.5pt"), 0.5);
  EXPECT_DOUBLE_EQ(*parse_length("20mm"), mm(20));
  EXPECT_DOUBLE_EQ(*parse_length("0"), 0);
  for (const char* s : {"", "pt", "12 pt", "-3pt", "2cm", "1e3", "1.", ".5", "12px", "1,5"})
    EXPECT_FALSE(parse_length(s)) << s;
}

TEST(Values, ColumnWidths) {
  using model::ColumnWidthKind;
  EXPECT_EQ(parse_column_width("auto")->kind, ColumnWidthKind::Auto);
  EXPECT_EQ(parse_column_width("40pt")->kind, ColumnWidthKind::Fixed);
  EXPECT_DOUBLE_EQ(parse_column_width("40pt")->value, 40);
  EXPECT_DOUBLE_EQ(parse_column_width("18mm")->value, mm(18));
  EXPECT_EQ(parse_column_width("2*")->kind, ColumnWidthKind::Relative);
  EXPECT_DOUBLE_EQ(parse_column_width("2*")->value, 2);
  EXPECT_DOUBLE_EQ(parse_column_width("1.5*")->value, 1.5);
  EXPECT_DOUBLE_EQ(parse_column_width("*")->value, 1);
  for (const char* s : {"40", "40px", "0pt", "0*", "**", "Auto", "", "2 *", "-1*"})
    EXPECT_FALSE(parse_column_width(s)) << s;
}

TEST(Values, Colours) {
  EXPECT_EQ(parse_colour("#1F4E96"), Color::rgb(0x1F, 0x4E, 0x96));
  EXPECT_EQ(parse_colour("#d9d9d9"), Color::rgb(0xD9, 0xD9, 0xD9));
  for (const char* s : {"1F4E96", "#FFF", "#1F4E9", "#1F4E967", "#GGGGGG", "blue", ""})
    EXPECT_FALSE(parse_colour(s)) << s;
}

TEST(Values, PositiveIntegers) {
  EXPECT_EQ(parse_positive_int("2", 200), 2);
  EXPECT_EQ(parse_positive_int("200", 200), 200);
  for (const char* s : {"0", "201", "-1", "+2", "2.0", "", "two", "9999999999"})
    EXPECT_FALSE(parse_positive_int(s, 200)) << s;
}

TEST(NameHints, EditDistance) {
  using detail::edit_distance;
  EXPECT_EQ(edit_distance("summary", "summary"), 0u);
  EXPECT_EQ(edit_distance("summery", "summary"), 1u);
  EXPECT_EQ(edit_distance("centre", "center"), 2u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abcdefghij", "x", 4), 5u);  // capped
}

TEST(NameHints, NearestName) {
  using detail::nearest_name;
  const std::vector<std::string_view> names = {"summary", "reasons", "recommendations", "body"};
  EXPECT_EQ(nearest_name("summery", names), "summary");
  EXPECT_EQ(nearest_name("reasns", names), "reasons");
  EXPECT_EQ(nearest_name("Summary", names), "summary");  // case-insensitive
  EXPECT_FALSE(nearest_name("appendix", names));
  EXPECT_FALSE(nearest_name("summary", names));  // not a near miss of itself
  // Short words need a closer match: "ab" is two edits from "xy" but no near miss.
  EXPECT_FALSE(nearest_name("ab", {"xy"}));
  EXPECT_EQ(nearest_name("pp", {"p"}), "p");
  EXPECT_EQ(detail::html_habit("LI"), "item");
  EXPECT_FALSE(detail::html_habit("para"));
}

TEST(SourceText, LinesAndByteColumns) {
  const detail::SourceText t("f.xml", "ab\ncd\r\nef\rg£h");
  EXPECT_EQ(t.at(0).line, 1u);
  EXPECT_EQ(t.at(0).column, 1u);
  EXPECT_EQ(t.at(1).column, 2u);
  EXPECT_EQ(t.at(3).line, 2u);
  EXPECT_EQ(t.at(3).column, 1u);
  EXPECT_EQ(t.at(7).line, 3u);  // after \r\n
  EXPECT_EQ(t.at(10).line, 4u);  // after a lone \r
  EXPECT_EQ(t.at(13).column, 4u);  // "g£" is three bytes: 'h' is column 4
  EXPECT_EQ(t.at(999).line, 4u);  // clamped to the end
  EXPECT_EQ(t.at(0).file, "f.xml");
}

TEST(SourceText, ByteOrderMarkIsNotAColumn) {
  const detail::SourceText t("f.xml", "\xEF\xBB\xBF<a/>");
  EXPECT_EQ(t.at(3).column, 1u);
  EXPECT_EQ(t.at(4).column, 2u);
  EXPECT_EQ(t.at(0).column, 1u);
}

}  // namespace
}  // namespace bp::load
