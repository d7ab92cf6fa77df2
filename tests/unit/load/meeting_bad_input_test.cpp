// Bad meetings (tests/data/bad-meetings/*.xml): each is the same small valid
// meeting with one mistake (line 2 of each file says which). The loader must
// reject it with the right place, message and hint, and report nothing else
// (so no false alarms and no echoes of one mistake). many-mistakes.xml holds
// eight mistakes that must all be reported in one run, in file order.

#include "load/meeting_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace bp::load {
namespace {

namespace fs = std::filesystem;

const std::string kBad = std::string(BOARDPACK_TEST_DATA) + "/bad-meetings/";

struct BadCase {
  const char* file;  // under tests/data/bad-meetings/
  std::size_t line;
  std::size_t column;
  const char* message;  // the whole message
  const char* hint;     // substring of the hint ("" = must be empty)
};

std::ostream& operator<<(std::ostream& os, const BadCase& c) { return os << c.file; }

const char* const kKindHint =
    "an agenda item is a written report (report=\"file.xml\", relative to the meeting file), "
    "a verbal update (verbal=\"yes\") or withdrawn (withdrawn=\"yes\")";

const BadCase kCases[] = {
    // <meeting> and its parts.
    {"missing-committee.xml", 3, 1, "missing <committee> in <meeting>", ""},
    {"missing-date.xml", 3, 1, "missing <date> in <meeting>", ""},
    {"missing-published.xml", 3, 1, "missing <published> in <meeting>", ""},
    {"missing-council.xml", 3, 1, "missing attribute 'council' on <meeting>", ""},
    {"bad-style.xml", 3, 10, "expected a style name (letters, digits, - and _), found 'overview and scrutiny'",
     "a folder of layouts/"},
    {"bad-created.xml", 3, 66, "expected a date as YYYY-MM-DD, found '2/3/2020'", "2020-03-11"},
    {"wrong-root.xml", 3, 1, "the root element must be <meeting>, found <meting>", ""},
    {"unknown-element.xml", 7, 3, "unknown element <venu> in <meeting>", "did you mean <venue>?"},
    {"item-in-meeting.xml", 7, 3, "<item> is not allowed in <meeting>",
     "allowed in <meeting>: <committee>, <date>, <time>, <venue>, <address>, <contact>, <published> or <agenda>"},
    {"duplicate-date.xml", 6, 3, "duplicate <date> in <meeting>: it may appear once",
     "the first <date> is at line 5"},
    {"bad-date.xml", 5, 9, "expected a date as YYYY-MM-DD, found '2020-02-30' in <date>",
     "there is no such day in the calendar"},
    {"bad-time.xml", 6, 9, "expected a time as HH:MM on the 24-hour clock, found '6.30pm' in <time>",
     "write 6.30pm as 18:30"},
    {"bad-time-range.xml", 6, 9, "expected a time as HH:MM on the 24-hour clock, found '24:00' in <time>",
     "18:30"},
    {"published-after-meeting.xml", 14, 14, "the agenda is published after the meeting",
     "published 2020-03-12, the meeting is on 2020-03-11 (line 5)"},
    {"empty-address.xml", 8, 3, "<address> needs at least one <line>", ""},
    {"missing-contact-email.xml", 12, 3, "missing attribute 'email' on <contact>", ""},
    // <agenda> and its items.
    {"empty-agenda.xml", 15, 3, "<agenda> needs at least one <item>", ""},
    {"misspelt-attribute.xml", 21, 22, "unknown attribute 'titel' on <item>", "did you mean 'title'?"},
    {"missing-number.xml", 21, 5, "missing attribute 'number' on <item>", ""},
    {"bad-number.xml", 21, 11, "expected an item number such as 7 or 7a, found 'four'", ""},
    {"duplicate-number.xml", 21, 11, "duplicate item number 3 in <agenda>", "item 3 is already at line 20"},
    {"empty-title.xml", 21, 22, "attribute 'title' on <item> is empty", ""},
    {"no-kind.xml", 21, 5, "item 4 needs report=\"FILE\", verbal=\"yes\" or withdrawn=\"yes\"", kKindHint},
    {"two-kinds.xml", 21, 72, "item 4 has both verbal=\"yes\" and report=", "keep one"},
    {"three-kinds.xml", 22, 74, "item 5 has report=, verbal=\"yes\" and withdrawn=\"yes\"", "keep one"},
    // A bad value or a misspelt name is reported once, not again as "needs report=...".
    {"bad-verbal.xml", 21, 59, "expected yes or no, found 'true'", "lower case"},
    {"misspelt-report.xml", 16, 62, "unknown attribute 'reprot' on <item>", "did you mean 'report'?"},
    {"missing-report-file.xml", 16, 62, "no such report file: ../no-such-report.xml",
     "tests/data/no-such-report.xml (report files are relative to the meeting file)"},
    {"report-is-folder.xml", 16, 62, "no such report file: ..", "is a folder: name the report's .xml file"},
    {"text-in-report-item.xml", 20, 111, "text is not allowed in an <item> with a report",
     "only a verbal or withdrawn item holds a note"},
    {"element-in-item.xml", 22, 59, "unknown element <note> in <item>", "<item> holds plain text only"},
    {"exempt-without-paragraph.xml", 20, 5, "missing attribute 'paragraph' on <item> when exempt=\"yes\"",
     "Schedule 12A to the Local Government Act 1972 (1 to 7)"},
    {"paragraph-not-exempt.xml", 20, 96, "attribute 'paragraph' on <item> is allowed only when exempt=\"yes\"",
     "no Schedule 12A paragraph"},
    {"paragraph-range.xml", 20, 97, "expected a whole number from 1 to 7, found '8'", ""},
    {"forward-plan-without-key-decision.xml", 19, 11,
     "attribute 'forward-plan' on <item> is allowed only when key-decision=\"yes\"", "entered the forward plan"},
    {"bad-forward-plan.xml", 19, 30, "expected a date as YYYY-MM-DD, found '10/01/2020'", "2020-03-11"},
    {"bad-supplementary.xml", 19, 56, "expected yes or no, found 'Yes'", "lower case"},
};

class BadMeeting : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadMeeting, IsRejectedAtTheRightPlaceWithOneError) {
  const BadCase& c = GetParam();
  const std::string path = kBad + c.file;
  DiagnosticSink sink;
  EXPECT_FALSE(load_meeting(path, sink));
  std::string all;
  for (const Diagnostic& d : sink.all()) all += format_diagnostic(d) + "\n";
  ASSERT_EQ(sink.all().size(), 1u) << all;
  const Diagnostic& d = sink.all().front();
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.where.file, path);
  EXPECT_EQ(d.where.line, c.line) << all;
  EXPECT_EQ(d.where.column, c.column) << all;
  EXPECT_EQ(d.message, c.message) << all;
  if (*c.hint == '\0') EXPECT_EQ(d.hint, "") << all;
  else EXPECT_NE(d.hint.find(c.hint), std::string::npos) << all;
}

std::string case_name(const ::testing::TestParamInfo<BadCase>& p) {
  std::string name = fs::path(p.param.file).stem().string();
  for (char& ch : name)
    if (ch == '-') ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Meetings, BadMeeting, ::testing::ValuesIn(kCases), case_name);

TEST(BadMeetingFiles, EveryFileIsInTheTable) {
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(kBad)) {
    if (entry.path().extension() != ".xml" || entry.path().filename() == "many-mistakes.xml") continue;
    ++files;
    const std::string name = entry.path().filename().string();
    const bool listed = std::any_of(std::begin(kCases), std::end(kCases),
                                    [&](const BadCase& c) { return name == c.file; });
    EXPECT_TRUE(listed) << name << " has no expectation";
  }
  EXPECT_EQ(files, std::size(kCases));
}

TEST(BadMeetingFiles, TheBaseOfTheBadFilesIsValid) {
  // Undo the one mistake of bad-time.xml: what is left must load cleanly, so
  // every other file's single error is its own mistake.
  std::string xml;
  {
    std::ifstream in(kBad + "bad-time.xml");
    xml.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::size_t at = xml.find("6.30pm");
  ASSERT_NE(at, std::string::npos);
  xml.replace(at, 6, "18:30");
  DiagnosticSink sink;
  const auto m = load_meeting_text(xml, "base.xml", kBad, sink);
  ASSERT_TRUE(m);
  EXPECT_TRUE(sink.all().empty());
  EXPECT_EQ(m->items.size(), 5u);
}

TEST(ManyMeetingMistakes, AllAreReportedInOneRunInFileOrder) {
  const std::string path = kBad + "many-mistakes.xml";
  DiagnosticSink sink;
  EXPECT_FALSE(load_meeting(path, sink));
  struct Expected {
    std::size_t line, column;
    const char* message;
  };
  const Expected expected[] = {
      {3, 1, "missing <committee> in <meeting>"},
      {5, 9, "expected a time as HH:MM on the 24-hour clock, found '6.30pm' in <time>"},
      {13, 14, "the agenda is published after the meeting"},
      {15, 62, "no such report file: ../no-such-report.xml"},
      {18, 11, "attribute 'forward-plan' on <item> is allowed only when key-decision=\"yes\""},
      {19, 5, "missing attribute 'paragraph' on <item> when exempt=\"yes\""},
      {20, 11, "duplicate item number 3 in <agenda>"},
      {21, 22, "unknown attribute 'titel' on <item>"},
  };
  std::string all;
  for (const Diagnostic& d : sink.all()) all += format_diagnostic(d) + "\n";
  ASSERT_EQ(sink.all().size(), std::size(expected)) << all;
  EXPECT_EQ(sink.error_count(), std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const Diagnostic& d = sink.all()[i];
    EXPECT_EQ(d.where.line, expected[i].line) << i << "\n" << all;
    EXPECT_EQ(d.where.column, expected[i].column) << i << "\n" << all;
    EXPECT_EQ(d.message, expected[i].message) << i;
  }
  // The duplicate names the line of the first item 3; the misspelt title= is
  // reported once, as unknown with a hint, not also as missing.
  EXPECT_EQ(sink.all()[6].hint, "item 3 is already at line 19");
  EXPECT_EQ(sink.all()[7].hint, "did you mean 'title'?");
}

TEST(BadMeetingDiagnostics, FormatAsFileLineColumn) {
  DiagnosticSink sink;
  load_meeting(kBad + "duplicate-number.xml", sink);
  ASSERT_EQ(sink.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(sink.all()[0]),
            kBad + "duplicate-number.xml:21:11: error: duplicate item number 3 in <agenda>\n"
                   "  hint: item 3 is already at line 20");
}

}  // namespace
}  // namespace bp::load
