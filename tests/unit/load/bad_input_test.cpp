// Bad reports (tests/data/bad/*.xml): each is small-report.xml with one
// mistake (line 2 of each file says which). The loader must reject it with the
// right place and message, and report nothing else (so no false alarms).

#include "load/report_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace bp::load {
namespace {

const std::string kBad = std::string(BOARDPACK_TEST_DATA) + "/bad/";

struct BadCase {
  const char* file;  // under tests/data/bad/
  std::size_t line;
  std::size_t column;
  const char* message;  // substring of the message
  const char* hint;     // substring of the hint ("" = not checked)
  std::size_t errors;   // expected number of errors in the file
};

std::ostream& operator<<(std::ostream& os, const BadCase& c) { return os << c.file; }

const BadCase kCases[] = {
    // Malformed XML: one error at pugixml's place, with its description.
    {"malformed-mismatch.xml", 16, 46,
     "malformed XML: start-end tags mismatch: </summary> does not close <p> (line 16)",
     "close <p> with </p>", 1},
    {"malformed-eof.xml", 22, 15, "the file ends while <body> (line 19) is still open", "", 1},
    {"malformed-unquoted.xml", 20, 20, "malformed XML: error parsing element attribute", "quotes", 1},
    // File-level checks pugixml does not make.
    {"doctype.xml", 3, 1, "DOCTYPE declarations are not allowed", "xsi:noNamespaceSchemaLocation", 1},
    {"invalid-utf8.xml", 16, 30, "invalid UTF-8 (byte 0xA3)", "windows-1252", 1},
    {"encoding-declaration.xml", 1, 21, "encoding=\"windows-1252\": boardpack reads UTF-8 only", "", 1},
    {"two-roots.xml", 25, 1, "a second root element <report>", "exactly one <report>", 1},
    {"text-outside-root.xml", 25, 1, "text after the end of the root element", "", 1},
    {"entity-pound.xml", 16, 30, "unknown entity &pound;: write the character £ itself", "&#163;", 1},
    {"bare-ampersand.xml", 6, 23, "a bare '&' must be written &amp;", "", 1},
    {"duplicate-attribute.xml", 20, 35, "duplicate attribute 'title' on <section>", "", 1},
    {"double-dash-comment.xml", 16, 82, "'--' is not allowed inside a comment", "a single '-'", 1},
    // Vocabulary.
    {"unknown-element.xml", 18, 3, "unknown element <reasns> in <report>", "did you mean <reasons>?", 1},
    {"unknown-attribute.xml", 21, 13, "unknown attribute 'number' on <para>", "<para> takes no attributes", 1},
    {"misspelt-root-attribute.xml", 3, 44, "unknown attribute 'councl' on <report>", "did you mean 'council'?", 1},
    {"misspelt-attribute.xml", 4, 41, "unknown attribute 'verison' on <sign-off>", "did you mean 'version'?", 1},
    {"html-bold.xml", 16, 34, "unknown element <b> in <p>", "write <strong> instead of <b>", 1},
    {"block-in-recommendation.xml", 17, 26, "<p> is not allowed in <item>",
     "allowed in <item>: text, <em>, <strong> or <a>", 1},
    {"text-in-summary.xml", 16, 12, "text is not allowed directly in <summary>", "put it in a <p>", 1},
    {"text-after-nested-para.xml", 23, 9, "text after a nested <para> in <para>", "in a <p>", 1},
    {"duplicate-summary.xml", 17, 3, "duplicate <summary> in <report>", "the first <summary> is at line 16", 1},
    // Missing parts.
    {"missing-subject.xml", 5, 3, "missing <subject> in <front-sheet>", "", 1},
    {"no-recommendations.xml", 17, 3, "<recommendations> needs at least one <item>", "", 1},
    {"link-without-href.xml", 16, 19, "missing attribute 'href' on <a>", "", 1},
    {"final-without-finance-ref.xml", 4, 3,
     "missing attribute 'finance-ref' on <sign-off> when state=\"final\"", "", 1},
    {"draft-without-version.xml", 4, 3, "missing attribute 'version' on <sign-off> when state=\"draft\"", "", 1},
    // Values of the wrong kind.
    {"bad-date.xml", 7, 19, "expected a date as YYYY-MM-DD, found '2020-02-30'", "no such day", 1},
    {"bad-date-format.xml", 3, 70, "expected a date as YYYY-MM-DD, found '02/03/2020'", "2020-03-11", 1},
    {"bad-yes-no.xml", 12, 19, "expected yes or no, found 'No' in <key-decision>", "lower case", 1},
    {"exempt-without-paragraph.xml", 14, 5, "missing attribute 'paragraph' on <exempt> when the report is exempt",
     "Schedule 12A", 1},
    {"exempt-paragraph-not-exempt.xml", 14, 13,
     "attribute 'paragraph' on <exempt> is allowed only when the report is exempt", "", 1},
    {"exempt-paragraph-range.xml", 14, 13, "expected a whole number from 1 to 7, found '9'", "", 1},
    {"bad-list-kind.xml", 22, 15, "expected bullet, lettered or numbered, found 'bulleted'",
     "did you mean 'bullet'?", 1},
    // Tables.
    {"bad-column-width.xml", 23, 26, "expected a column width as NNpt, NNmm, N* or auto, found '40px'", "", 1},
    {"row-short.xml", 24, 9, "row covers 1 of the 2 columns of the table", "", 1},
    {"row-too-wide.xml", 24, 32, "cell runs past the 2 columns of the table", "", 1},
    // The second error: the next row then holds only one cell.
    {"rowspan-in-body.xml", 24, 20, "rowspan > 1 is allowed only in <header> rows", "", 2},
    {"rowspan-past-header.xml", 24, 28, "rowspan runs past the last header row", "", 1},
    {"bad-align.xml", 24, 38, "expected left, center or right, found 'centre'", "did you mean 'center'?", 1},
    {"bad-bold.xml", 24, 20, "expected yes or no, found 'true'", "", 1},
    {"cell-text-and-blocks.xml", 24, 38, "a <cell> holds either text or blocks (<p>, <list>), not both", "", 1},
};

class BadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadInput, IsRejectedAtTheRightPlace) {
  const BadCase& c = GetParam();
  const std::string path = kBad + c.file;
  DiagnosticSink sink;
  EXPECT_FALSE(load_report(path, sink));
  std::string all;
  for (const Diagnostic& d : sink.all()) all += format_diagnostic(d) + "\n";
  ASSERT_FALSE(sink.all().empty());
  const Diagnostic& d = sink.all().front();
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.where.file, path);
  EXPECT_EQ(d.where.line, c.line) << all;
  EXPECT_EQ(d.where.column, c.column) << all;
  EXPECT_NE(d.message.find(c.message), std::string::npos) << all;
  EXPECT_NE(d.hint.find(c.hint), std::string::npos) << all;
  EXPECT_EQ(sink.error_count(), c.errors) << all;
}

std::string case_name(const ::testing::TestParamInfo<BadCase>& p) {
  std::string name = std::filesystem::path(p.param.file).stem().string();
  for (char& ch : name)
    if (ch == '-') ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Reports, BadInput, ::testing::ValuesIn(kCases), case_name);

TEST(BadInputFiles, EveryFileInBadIsInTheTable) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kBad)) {
    if (entry.path().extension() != ".xml" || entry.path().filename() == "many-mistakes.xml") continue;
    ++files;
    const std::string name = entry.path().filename().string();
    const bool listed = std::any_of(std::begin(kCases), std::end(kCases),
                                    [&](const BadCase& c) { return name == c.file; });
    EXPECT_TRUE(listed) << name << " has no expectation";
  }
  EXPECT_EQ(files, std::size(kCases));
}

TEST(ManyMistakes, AllAreReportedInOneRunInFileOrder) {
  const std::string path = kBad + "many-mistakes.xml";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report(path, sink));
  struct Expected {
    std::size_t line, column;
    const char* message;
  };
  const Expected expected[] = {
      {5, 3, "missing <portfolio> in <front-sheet>"},
      {7, 19, "expected a date as YYYY-MM-DD, found '2020-02-30'"},
      {12, 19, "expected yes or no, found 'maybe' in <forward-plan>"},
      {15, 30, "unknown entity &pound;"},
      {19, 14, "unknown attribute 'titel' on <section>"},
  };
  ASSERT_EQ(sink.all().size(), std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const Diagnostic& d = sink.all()[i];
    EXPECT_EQ(d.where.line, expected[i].line) << i;
    EXPECT_EQ(d.where.column, expected[i].column) << i;
    EXPECT_NE(d.message.find(expected[i].message), std::string::npos) << d.message;
  }
  // The misspelt title= is reported once, as unknown with a hint, not also as missing.
  EXPECT_EQ(sink.all()[4].hint, "did you mean 'title'?");
}

TEST(Diagnostics, FormatAsFileLineColumn) {
  DiagnosticSink sink;
  load_report(kBad + "unknown-element.xml", sink);
  ASSERT_EQ(sink.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(sink.all()[0]),
            kBad + "unknown-element.xml:18:3: error: unknown element <reasns> in <report>\n"
                   "  hint: did you mean <reasons>?");
}

}  // namespace
}  // namespace bp::load
