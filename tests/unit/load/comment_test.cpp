// XML comments: "--" inside a comment, or a comment ending "--->", is an
// error at the first of the two dashes (XML 1.0, production 15); single dashes
// are fine. pugixml accepts both, the raw-markup scan reports them.

#include <gtest/gtest.h>

#include "load/markup_scan.h"
#include "load/meeting_loader.h"
#include "load/report_loader.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

const std::string kMessage = "'--' is not allowed inside a comment";

TEST(CommentScan, TwoDashesInsideAreReportedAtTheFirst) {
  const auto problems = detail::check_markup("<r><!-- a -- b --></r>");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].offset, 10u);
  EXPECT_EQ(problems[0].message, kMessage);
  EXPECT_NE(problems[0].hint.find("single '-'"), std::string::npos);
}

TEST(CommentScan, ADashBeforeTheEndIsReported) {
  const auto problems = detail::check_markup("<r><!-- a ---></r>");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].offset, 10u);
  EXPECT_EQ(problems[0].message, kMessage);
}

TEST(CommentScan, SingleDashesAndEmptyCommentsAreFine) {
  EXPECT_TRUE(detail::check_markup("<r><!-- a - b - c --><!----><!-- -a- --></r>").empty());
  EXPECT_TRUE(detail::check_markup("<!-- before - the root --><r/><!--after-->").empty());
}

TEST(CommentScan, OnlyTheCommentIsScanned) {
  // "--" after the comment's end is text, not comment.
  EXPECT_TRUE(detail::check_markup("<r><!-- a --> b -- c</r>").empty());
}

TEST(CommentInReport, IsALocatedError) {
  DiagnosticSink sink;
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!-- draft -- do not circulate -->\n"
      "<report/>\n";
  EXPECT_FALSE(load_report_text(xml, "c.xml", sink));
  ASSERT_GE(sink.error_count(), 1u);
  const Diagnostic& d = sink.all()[0];
  EXPECT_EQ(format_diagnostic(d).substr(0, format_diagnostic(d).find('\n')),
            "c.xml:2:12: error: " + kMessage) << all_messages(sink);
}

TEST(CommentInMeeting, IsALocatedError) {
  DiagnosticSink sink;
  const std::string xml = "<meeting>\n  <!-- item 5 --- withdrawn -->\n</meeting>\n";
  EXPECT_FALSE(load_meeting_text(xml, "m.xml", ".", sink));
  bool found = false;
  for (const Diagnostic& d : sink.all())
    found = found || (d.message == kMessage && d.where.line == 2 && d.where.column == 15);
  EXPECT_TRUE(found) << all_messages(sink);
}

}  // namespace
}  // namespace bp::load
