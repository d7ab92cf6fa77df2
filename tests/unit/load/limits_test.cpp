// The size and nesting limits of load/limits.h: each breach is one error at
// the exact place, with the exact message; an input at the limit loads.

#include "load/limits.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/meeting_loader.h"
#include "load/report_loader.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

const std::string kData = BOARDPACK_TEST_DATA;

// Line 16 of small-report.xml is "  <summary><p>The report updates the Board.</p></summary>":
// the paragraph's content starts at column 15.
const std::string kSummaryPara = "<p>The report updates the Board.</p>";
// Line 21 is "      <para>This report informs the Board.</para>" in the body's section.
const std::string kBodyPara = "<para>This report informs the Board.</para>";

std::string with_summary_para(const std::string& content) {
  return small_report_with(kSummaryPara, "<p>" + content + "</p>");
}

// Exactly one error, at file:line:col, with this message.
void expect_one_error(const DiagnosticSink& sink, const std::string& file, std::size_t line,
                      std::size_t column, const std::string& message) {
  ASSERT_EQ(sink.error_count(), 1u) << all_messages(sink);
  const Diagnostic& d = sink.all()[0];
  EXPECT_EQ(d.where.file, file);
  EXPECT_EQ(d.where.line, line);
  EXPECT_EQ(d.where.column, column);
  EXPECT_EQ(d.message, message);
}

bool loads(const std::string& xml, DiagnosticSink& sink) {
  return load_report_text(xml, "ok.xml", sink).has_value();
}

TEST(Limits, FileOverTheSizeLimitIsRefusedBeforeParsing) {
  std::string xml = read_text(kData + "/small-report.xml");
  xml.resize(kMaxFileBytes + 1, ' ');  // valid XML: blanks after the root
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(xml, "big.xml", sink));
  expect_one_error(sink, "big.xml", 0, 0,
                   "the file is 33554433 bytes: the limit is 33554432 bytes (32 MiB)");
  EXPECT_EQ(format_diagnostic(sink.all()[0]),
            "big.xml: error: the file is 33554433 bytes: the limit is 33554432 bytes (32 MiB)\n"
            "  hint: split the paper into several files");
}

TEST(Limits, FileAtTheSizeLimitLoads) {
  std::string xml = read_text(kData + "/small-report.xml");
  xml.resize(kMaxFileBytes, ' ');
  DiagnosticSink sink;
  EXPECT_TRUE(loads(xml, sink)) << all_messages(sink);
}

TEST(Limits, FileOnDiskOverTheSizeLimitIsNotRead) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "boardpack-limits-test";
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / "huge.xml";
  { std::ofstream(file) << "<report/>"; }
  std::filesystem::resize_file(file, kMaxFileBytes + 1);  // sparse: nothing is written
  DiagnosticSink sink;
  EXPECT_FALSE(load_report(file, sink));
  DiagnosticSink meeting_sink;
  EXPECT_FALSE(load_meeting(file, meeting_sink));
  std::filesystem::remove_all(dir);
  for (const DiagnosticSink* s : {&sink, &meeting_sink})
    expect_one_error(*s, file.string(), 0, 0,
                     "the file is 33554433 bytes: the limit is 33554432 bytes (32 MiB)");
}

TEST(Limits, NestingDeeperThan100IsRefusedAtTheFirstElementTooDeep) {
  // <report> is level 0, <summary> 1, <p> 2: the 99th <em> is level 101.
  std::string deep;
  for (int i = 0; i < 99; ++i) deep += "<em>";
  deep += "x";
  for (int i = 0; i < 99; ++i) deep += "</em>";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(with_summary_para(deep), "deep.xml", sink));
  expect_one_error(sink, "deep.xml", 16, 15 + 98 * 4, "elements nested more than 100 deep");
}

TEST(Limits, Nesting100DeepLoads) {
  std::string deep;
  for (int i = 0; i < 98; ++i) deep += "<em>";
  deep += "x";
  for (int i = 0; i < 98; ++i) deep += "</em>";
  DiagnosticSink sink;
  EXPECT_TRUE(loads(with_summary_para(deep), sink)) << all_messages(sink);
}

TEST(Limits, MoreThanAMillionElementsAreRefused) {
  // 14 elements come before the paragraph's content (<report>, <sign-off>,
  // <front-sheet> and its 9 parts, <summary>, <p>).
  const std::size_t ems = kMaxElements - 14 + 1;
  std::string content;
  content.reserve(ems * 5);
  for (std::size_t i = 0; i < ems; ++i) content += "<em/>";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(with_summary_para(content), "many.xml", sink));
  expect_one_error(sink, "many.xml", 16, 15 + (ems - 1) * 5, "more than 1000000 elements in the file");
  EXPECT_EQ(sink.all()[0].hint, "split the paper into several files");
}

TEST(Limits, MoreThan100AttributesOnOneElementAreRefused) {
  std::string p = "<p";
  for (int i = 1; i <= 101; ++i) p += " a" + std::to_string(i) + "=\"\"";
  p += ">x</p>";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(small_report_with(kSummaryPara, p), "attrs.xml", sink));
  // "  <summary>" is 11 columns; " a101" starts at offset p.find(" a101") of the tag.
  expect_one_error(sink, "attrs.xml", 16, 12 + p.find(" a101") + 1, "more than 100 attributes on <p>");
}

TEST(Limits, AttributeValueOver64KiBIsRefused) {
  const std::string link = "<a href=\"" + std::string(kMaxAttributeBytes + 1, 'x') + "\">link</a>";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(with_summary_para(link), "attr.xml", sink));
  expect_one_error(sink, "attr.xml", 16, 18,
                   "the value of attribute 'href' on <a> is 65537 bytes long: the limit is 65536 "
                   "bytes (64 KiB)");
}

TEST(Limits, AttributeValueOf64KiBLoads) {
  const std::string link =
      "<a href=\"https://" + std::string(kMaxAttributeBytes - 8, 'x') + "\">link</a>";
  DiagnosticSink sink;
  EXPECT_TRUE(loads(with_summary_para(link), sink)) << all_messages(sink);
}

TEST(Limits, TextOver1MiBIsRefused) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(with_summary_para(std::string(kMaxTextBytes + 1, 'x')), "text.xml", sink));
  expect_one_error(sink, "text.xml", 16, 15,
                   "text of 1048577 bytes in <p>: the limit is 1048576 bytes (1 MiB)");
  EXPECT_EQ(sink.all()[0].hint, "split the text into paragraphs");
}

TEST(Limits, TextOf1MiBLoads) {
  std::string words;
  while (words.size() + 10 <= kMaxTextBytes) words += "word word ";
  DiagnosticSink sink;
  EXPECT_TRUE(loads(with_summary_para(words), sink)) << all_messages(sink);
}

// A table in the body section: its <table> on line 21, then one row a line.
std::string table(std::size_t columns, std::size_t header_rows, std::size_t body_rows) {
  std::string t = "<table><columns>";
  for (std::size_t c = 0; c < columns; ++c) t += "<column/>";
  t += "</columns>\n";
  std::string cells;
  for (std::size_t c = 0; c < columns; ++c) cells += "<cell>" + std::to_string(c) + "</cell>";
  if (header_rows > 0) {
    t += "<header>\n";
    for (std::size_t r = 0; r < header_rows; ++r) t += "<row>" + cells + "</row>\n";
    t += "</header>\n";
  }
  for (std::size_t r = 0; r < body_rows; ++r) t += "<row>" + cells + "</row>\n";
  return small_report_with(kBodyPara, t + "</table>");
}

TEST(Limits, TableOf20000RowsLoads) {
  DiagnosticSink sink;
  EXPECT_TRUE(loads(table(2, 1, kMaxTableRows - 1), sink)) << all_messages(sink);
}

TEST(Limits, KpiSizedTableOf5000RowsAnd14ColumnsLoads) {
  DiagnosticSink sink;
  EXPECT_TRUE(loads(table(14, 1, 5000), sink)) << all_messages(sink);
}

TEST(Limits, MoreThan20000RowsInATableAreRefused) {
  // Line 21: <table>; 22: <header>; 23: its row; 24: </header>; body rows from 25.
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(table(1, 1, kMaxTableRows), "rows.xml", sink));
  expect_one_error(sink, "rows.xml", 25 + kMaxTableRows - 1, 1, "more than 20000 rows in <table>");
}

TEST(Limits, MoreThan100ColumnsInATableAreRefused) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(table(101, 0, 1), "cols.xml", sink));
  // "      <table><columns>" is 22 columns, each <column/> 9.
  expect_one_error(sink, "cols.xml", 21, 23 + 100 * 9, "more than 100 columns in <table>");
}

TEST(Limits, TableOf100ColumnsLoads) {
  DiagnosticSink sink;
  EXPECT_TRUE(loads(table(100, 0, 1), sink)) << all_messages(sink);
}

TEST(Limits, MoreThan20000KpisInAGroupAreRefused) {
  std::string group = "<kpi-group title=\"t\" reporting-date=\"2020-02-29\">\n";
  for (std::size_t i = 0; i <= kMaxTableRows; ++i) group += "<kpi/>\n";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(small_report_with(kBodyPara, group + "</kpi-group>"), "kpi.xml", sink));
  expect_one_error(sink, "kpi.xml", 22 + kMaxTableRows, 1, "more than 20000 <kpi> in <kpi-group>");
}

TEST(Limits, DatesAfter2200AreRefusedAtTheValue) {
  // Line 3: <report style="health-and-wellbeing-board" council="Example Council" created=...>
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(small_report_with("created=\"2020-03-02\"", "created=\"9999-12-31\""),
                                "year.xml", sink));
  expect_one_error(sink, "year.xml", 3, 70,
                   "expected a date from 1900 to 2200, found '9999-12-31'");
}

TEST(Limits, DatesBefore1900AreRefusedInText) {
  // Line 7: "    <meeting-date>2020-03-11</meeting-date>", the value at column 19.
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(small_report_with("<meeting-date>2020-03-11", "<meeting-date>1899-12-31"),
                                "year.xml", sink));
  expect_one_error(sink, "year.xml", 7, 19,
                   "expected a date from 1900 to 2200, found '1899-12-31' in <meeting-date>");
}

TEST(Limits, DatesOnTheEdgesOfTheRangeLoad) {
  DiagnosticSink sink;
  EXPECT_TRUE(loads(small_report_with("<meeting-date>2020-03-11", "<meeting-date>2200-12-31"), sink))
      << all_messages(sink);
  EXPECT_TRUE(loads(small_report_with("created=\"2020-03-02\"", "created=\"1900-01-01\""), sink))
      << all_messages(sink);
}

}  // namespace
}  // namespace bp::load
