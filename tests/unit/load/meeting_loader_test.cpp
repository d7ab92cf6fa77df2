// load_meeting on tests/data/minimal-meeting.xml (the meeting vocabulary
// contract): every element and attribute lands in the right field. Plus the
// fixtures in tests/data/meetings/ and load_meeting_text with small variations:
// path resolution, optional parts, whitespace, notes, item numbers.

#include "load/meeting_loader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "load/meeting_agenda.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

namespace fs = std::filesystem;
using namespace bp::model;

const fs::path kData = BOARDPACK_TEST_DATA;

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

fs::path normal_abs(const fs::path& p) { return fs::absolute(p).lexically_normal(); }

Meeting load_good(const fs::path& file) {
  DiagnosticSink sink;
  auto m = load_meeting(file, sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  if (!m) {
    ADD_FAILURE() << "not loaded: " << file;
    return {};
  }
  return std::move(*m);
}

// ---- minimal-meeting.xml ---------------------------------------------------

class MinimalMeeting : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { meeting_ = new Meeting(load_good(kData / "minimal-meeting.xml")); }
  static void TearDownTestSuite() {
    delete meeting_;
    meeting_ = nullptr;
  }
  static const Meeting& m() { return *meeting_; }
  static const AgendaItem& item(std::size_t i) { return m().items.at(i); }

 private:
  static Meeting* meeting_;
};
Meeting* MinimalMeeting::meeting_ = nullptr;

TEST_F(MinimalMeeting, MeetingFields) {
  EXPECT_EQ(m().style, "overview-and-scrutiny");
  EXPECT_EQ(m().council, "Example Council");
  EXPECT_EQ(m().created, ymd(2020, 3, 2));
  EXPECT_EQ(m().committee, "Overview and Scrutiny Committee (Children's Services and Safeguarding)");
  EXPECT_EQ(m().date, ymd(2020, 3, 11));
  // The publication date keeps its place, so a late-publication warning points at it.
  EXPECT_EQ(m().published_where.line, 19u);
  EXPECT_EQ(m().published_where.column, 14u);
  EXPECT_EQ(m().time, "18:30");
  EXPECT_EQ(m().venue, "Committee Room, Town Hall, Bootle");
  EXPECT_EQ(m().address, (std::vector<std::string>{"Town Hall", "Trinity Road", "Bootle L20 7AE"}));
  EXPECT_EQ(m().contact.name, "Democratic Services Officer");
  EXPECT_EQ(m().contact.telephone, "0151 934 0000");
  EXPECT_EQ(m().contact.email, "democratic.services@example.gov.uk");
  EXPECT_EQ(m().published, ymd(2020, 3, 3));
  EXPECT_TRUE(m().file.is_absolute());
  EXPECT_EQ(m().file, normal_abs(kData / "minimal-meeting.xml"));
  ASSERT_EQ(m().items.size(), 5u);
}

TEST_F(MinimalMeeting, ReportItem) {
  const AgendaItem& a = item(0);
  EXPECT_EQ(a.number, "1");
  EXPECT_EQ(a.title, "Example Improvement Plan Update");
  EXPECT_EQ(a.kind, AgendaItemKind::Report);
  EXPECT_TRUE(a.report_file.is_absolute());
  EXPECT_EQ(a.report_file, normal_abs(kData / "minimal-report.xml"));
  EXPECT_EQ(a.author, "Report of the Director of Children's Services.");
  EXPECT_EQ(a.note, "");
  EXPECT_FALSE(a.exempt);
  EXPECT_FALSE(a.exempt_paragraph);
  EXPECT_FALSE(a.key_decision);
  EXPECT_FALSE(a.forward_plan_date);
  EXPECT_FALSE(a.supplementary);
  EXPECT_EQ(a.where.file, (kData / "minimal-meeting.xml").string());
  EXPECT_EQ(a.where.line, 22u);
  EXPECT_EQ(a.where.column, 5u);
}

TEST_F(MinimalMeeting, KeyDecisionInTheForwardPlanAndSupplementary) {
  const AgendaItem& a = item(1);
  EXPECT_EQ(a.number, "2");
  EXPECT_EQ(a.kind, AgendaItemKind::Report);
  EXPECT_TRUE(a.key_decision);
  ASSERT_TRUE(a.forward_plan_date);
  EXPECT_EQ(*a.forward_plan_date, ymd(2020, 1, 10));
  EXPECT_TRUE(a.supplementary);
  EXPECT_FALSE(a.exempt);
  EXPECT_EQ(a.where.line, 25u);
}

TEST_F(MinimalMeeting, ExemptItem) {
  const AgendaItem& a = item(2);
  EXPECT_EQ(a.title, "Example Contract Award");
  EXPECT_TRUE(a.exempt);
  ASSERT_TRUE(a.exempt_paragraph);
  EXPECT_EQ(*a.exempt_paragraph, 3);
  EXPECT_FALSE(a.key_decision);
  EXPECT_FALSE(a.supplementary);
}

TEST_F(MinimalMeeting, VerbalAndWithdrawnItems) {
  const AgendaItem& v = item(3);
  EXPECT_EQ(v.number, "4");
  EXPECT_EQ(v.title, "Verbal Update from the Chair");
  EXPECT_EQ(v.kind, AgendaItemKind::Verbal);
  EXPECT_TRUE(v.report_file.empty());
  EXPECT_EQ(v.note, "");
  EXPECT_EQ(v.where.line, 31u);
  const AgendaItem& w = item(4);
  EXPECT_EQ(w.number, "5");
  EXPECT_EQ(w.title, "JTAI Outcome");
  EXPECT_EQ(w.kind, AgendaItemKind::Withdrawn);
  EXPECT_TRUE(w.report_file.empty());
  EXPECT_EQ(w.note, "The item has been withdrawn from the agenda.");
  EXPECT_EQ(w.where.line, 32u);
}

// ---- fixtures in tests/data/meetings/ ----------------------------------------

TEST(MeetingFixtures, SupplementaryPackShapedLikeTheReference) {
  const Meeting m = load_good(kData / "meetings" / "os-2019-11-12-supplementary.xml");
  EXPECT_EQ(m.date, ymd(2019, 11, 12));
  EXPECT_EQ(m.published, ymd(2019, 11, 8));
  EXPECT_EQ(m.address.size(), 4u);
  ASSERT_EQ(m.items.size(), 10u);
  std::vector<std::string> supplementary;
  for (const AgendaItem& a : m.items)
    if (a.supplementary) supplementary.push_back(a.number);
  EXPECT_EQ(supplementary, (std::vector<std::string>{"7", "8", "9"}));
  // "../small-report.xml" from tests/data/meetings/.
  EXPECT_EQ(m.items[2].report_file, normal_abs(kData / "small-report.xml"));
  EXPECT_EQ(m.items[6].report_file, normal_abs(kData / "minimal-report.xml"));
  EXPECT_EQ(m.items[6].author, "Report of the Interim Director of Children’s Social Care and Education.");
  // A verbal item's note, its line break collapsed.
  EXPECT_EQ(m.items[1].kind, AgendaItemKind::Verbal);
  EXPECT_EQ(m.items[1].note, "Members are requested to declare any disclosable pecuniary interests.");
  EXPECT_EQ(m.items[8].kind, AgendaItemKind::Withdrawn);
  EXPECT_EQ(m.items[8].note, "The item has been withdrawn from the agenda.");
  EXPECT_EQ(m.items[7].forward_plan_date, ymd(2019, 9, 20));
  // A key decision with no forward-plan date loads (the pack warns).
  EXPECT_TRUE(m.items[9].key_decision);
  EXPECT_FALSE(m.items[9].forward_plan_date);
  EXPECT_TRUE(m.items[9].exempt);
  EXPECT_EQ(m.items[9].exempt_paragraph, 3);
  EXPECT_EQ(m.items[9].number, "10");
  EXPECT_EQ(m.items[9].where.line, 39u);
}

TEST(MeetingFixtures, WhitespaceCrlfOptionalPartsAndLetteredNumbers) {
  const Meeting m = load_good(kData / "meetings" / "crlf-whitespace.xml");
  EXPECT_EQ(m.council, "Example Council");
  EXPECT_EQ(m.committee, "Health and Wellbeing Board");
  EXPECT_EQ(m.contact.name, "Democratic Services");
  EXPECT_EQ(m.published, ymd(2020, 1, 15));
  EXPECT_EQ(m.date, ymd(2020, 1, 15));  // published on the day: allowed (the pack warns)
  EXPECT_EQ(m.time, "");
  EXPECT_EQ(m.venue, "");
  EXPECT_TRUE(m.address.empty());
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].number, "7a");
  EXPECT_EQ(m.items[0].title, "Better Care Fund Update");
  EXPECT_EQ(m.items[0].kind, AgendaItemKind::Report);  // verbal="no" withdrawn="no" claim nothing
  EXPECT_FALSE(m.items[0].exempt);
  EXPECT_FALSE(m.items[0].key_decision);
  EXPECT_FALSE(m.items[0].supplementary);
  EXPECT_EQ(m.items[0].where.line, 6u);  // CRLF counts as one line end
  EXPECT_EQ(m.items[1].number, "7b");
  EXPECT_EQ(m.items[1].kind, AgendaItemKind::Verbal);
}

TEST(MeetingFile, RelativePathIsMadeAbsolute) {
  const fs::path rel = fs::relative(kData / "minimal-meeting.xml", fs::current_path());
  ASSERT_TRUE(rel.is_relative());
  DiagnosticSink sink;
  const auto m = load_meeting(rel, sink);
  ASSERT_TRUE(m) << all_messages(sink);
  EXPECT_EQ(m->file, normal_abs(kData / "minimal-meeting.xml"));
  EXPECT_EQ(m->items.at(0).report_file, normal_abs(kData / "minimal-report.xml"));
  EXPECT_EQ(m->items.at(0).where.file, rel.string());  // diagnostics name the file as given
}

TEST(MeetingFile, MissingFile) {
  DiagnosticSink sink;
  const fs::path missing = kData / "meetings" / "no-such-meeting.xml";
  EXPECT_FALSE(load_meeting(missing, sink));
  ASSERT_EQ(sink.all().size(), 1u);
  EXPECT_EQ(sink.all()[0].message, "meeting file not found: " + missing.string());
  EXPECT_EQ(sink.all()[0].where.file, missing.string());
}

// ---- load_meeting_text -------------------------------------------------------

// A valid meeting whose agenda is `agenda_items`.
std::string meeting_xml(const std::string& agenda_items, const std::string& published = "2020-03-03") {
  return "<meeting style=\"overview-and-scrutiny\" council=\"Example Council\" created=\"2020-03-02\">\n"
         "  <committee>Overview and Scrutiny Committee</committee>\n"
         "  <date>2020-03-11</date>\n"
         "  <contact name=\"Democratic Services Officer\" telephone=\"0151 934 0000\" "
         "email=\"ds@example.gov.uk\"/>\n"
         "  <published>" + published + "</published>\n"
         "  <agenda>\n" + agenda_items + "  </agenda>\n"
         "</meeting>\n";
}

struct TextResult {
  std::optional<Meeting> meeting;
  DiagnosticSink sink;
};

TextResult load_text(const std::string& xml, const fs::path& base_dir = kData) {
  TextResult r;
  r.meeting = load_meeting_text(xml, "meeting.xml", base_dir, r.sink);
  return r;
}

TEST(MeetingText, ReportsResolveAgainstBaseDirAndFileIsInIt) {
  const auto r = load_text(meeting_xml(
      "    <item number=\"1\" title=\"A\" report=\"minimal-report.xml\"/>\n"
      "    <item number=\"2\" title=\"B\" report=\"./bad/../small-report.xml\"/>\n"));
  ASSERT_TRUE(r.meeting) << all_messages(r.sink);
  EXPECT_EQ(r.meeting->file, normal_abs(kData / "meeting.xml"));
  EXPECT_EQ(r.meeting->items[0].report_file, normal_abs(kData / "minimal-report.xml"));
  EXPECT_EQ(r.meeting->items[1].report_file, normal_abs(kData / "small-report.xml"));
  EXPECT_EQ(r.meeting->items[0].where.file, "meeting.xml");
  EXPECT_EQ(r.meeting->items[0].where.line, 7u);
}

TEST(MeetingText, SameReportRelativeToAnotherBaseDirIsMissing) {
  const auto r = load_text(meeting_xml("    <item number=\"1\" title=\"A\" report=\"minimal-report.xml\"/>\n"),
                           kData / "meetings");
  EXPECT_FALSE(r.meeting);
  ASSERT_EQ(r.sink.all().size(), 1u) << all_messages(r.sink);
  const Diagnostic& d = r.sink.all()[0];
  EXPECT_EQ(d.message, "no such report file: minimal-report.xml");
  EXPECT_EQ(d.where.line, 7u);
  EXPECT_EQ(d.where.column, 32u);
  EXPECT_EQ(d.hint, "looked for " + normal_abs(kData / "meetings" / "minimal-report.xml").string() +
                        " (report files are relative to the meeting file)");
}

TEST(MeetingText, AbsoluteReportPathIsKept) {
  const std::string abs = normal_abs(kData / "small-report.xml").string();
  const auto r = load_text(meeting_xml("    <item number=\"1\" title=\"A\" report=\"" + abs + "\"/>\n"),
                           kData / "bad-meetings");
  ASSERT_TRUE(r.meeting) << all_messages(r.sink);
  EXPECT_EQ(r.meeting->items[0].report_file, fs::path(abs));
}

TEST(MeetingText, PublishedOnTheMeetingDayIsAllowedTheDayAfterIsNot) {
  const std::string item = "    <item number=\"1\" title=\"A\" verbal=\"yes\"/>\n";
  EXPECT_TRUE(load_text(meeting_xml(item, "2020-03-11")).meeting);
  const auto late = load_text(meeting_xml(item, "2020-03-12"));
  EXPECT_FALSE(late.meeting);
  ASSERT_EQ(late.sink.all().size(), 1u);
  EXPECT_EQ(late.sink.all()[0].message, "the agenda is published after the meeting");
  EXPECT_EQ(late.sink.all()[0].hint, "published 2020-03-12, the meeting is on 2020-03-11 (line 3)");
}

TEST(MeetingText, OptionalPartsAndAttributesDefault) {
  const auto r = load_text(meeting_xml("    <item number=\"12\" title=\"A\" withdrawn=\"yes\"/>\n"));
  ASSERT_TRUE(r.meeting) << all_messages(r.sink);
  const AgendaItem& a = r.meeting->items.at(0);
  EXPECT_EQ(a.kind, AgendaItemKind::Withdrawn);
  EXPECT_EQ(a.note, "");  // a withdrawn item's note is optional
  EXPECT_EQ(a.author, "");
  EXPECT_FALSE(a.exempt);
  EXPECT_FALSE(a.key_decision);
  EXPECT_FALSE(a.supplementary);
  EXPECT_TRUE(r.meeting->address.empty());
  EXPECT_EQ(r.meeting->time, "");
}

TEST(MeetingText, ExemptVerbalItemAndMidnightTime) {
  std::string xml = meeting_xml(
      "    <item number=\"3\" title=\"A\" verbal=\"yes\" exempt=\"yes\" paragraph=\"7\">Oral update.</item>\n");
  xml.replace(xml.find("  <date>"), 0, "  <time>00:00</time>\n");
  const auto r = load_text(xml);
  ASSERT_TRUE(r.meeting) << all_messages(r.sink);
  EXPECT_EQ(r.meeting->time, "00:00");
  const AgendaItem& a = r.meeting->items.at(0);
  EXPECT_EQ(a.kind, AgendaItemKind::Verbal);
  EXPECT_TRUE(a.exempt);
  EXPECT_EQ(a.exempt_paragraph, 7);
  EXPECT_EQ(a.note, "Oral update.");
}

TEST(MeetingText, DocumentLevelProblemsComeFromTheSharedXmlChecks) {
  const auto r = load_text(meeting_xml(
      "    <item number=\"1\" title=\"Budget &pound;2m\" verbal=\"yes\"/>\n"));
  EXPECT_FALSE(r.meeting);
  ASSERT_EQ(r.sink.all().size(), 1u) << all_messages(r.sink);
  EXPECT_EQ(r.sink.all()[0].where.line, 7u);
  EXPECT_NE(r.sink.all()[0].message.find("unknown entity &pound;"), std::string::npos);
}

TEST(MeetingText, WrongKindOfFile) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_meeting(kData / "minimal-report.xml", sink));
  ASSERT_EQ(sink.all().size(), 1u) << all_messages(sink);
  EXPECT_EQ(sink.all()[0].message, "the root element must be <meeting>, found <report>");
}

// A mistake in an attribute that other rules depend on is reported once: the
// rules that depend on it keep quiet.
TEST(MeetingText, OneMistakeOneMessage) {
  struct Case {
    const char* attributes;
    const char* message;
  };
  const Case cases[] = {
      {"verbal=\"yes\" exempt=\"maybe\" paragraph=\"3\"", "expected yes or no, found 'maybe'"},
      {"verbal=\"yes\" exmept=\"yes\" paragraph=\"3\"", "unknown attribute 'exmept' on <item>"},
      {"verbal=\"yes\" exempt=\"yes\" paragrahp=\"3\"", "unknown attribute 'paragrahp' on <item>"},
      {"verbal=\"yes\" key-decision=\"Yes\" forward-plan=\"2020-01-10\"", "expected yes or no, found 'Yes'"},
      {"verbal=\"yes\" key-decison=\"yes\" forward-plan=\"2020-01-10\"",
       "unknown attribute 'key-decison' on <item>"},
      {"withdrawn=\"maybe\"", "expected yes or no, found 'maybe'"},
      {"report=\"\"", "attribute 'report' on <item> is empty"},
      {"verbal=\"yes\" verbal=\"yes\"", "duplicate attribute 'verbal' on <item>"},
      {"verbal=\"yes\" author=\" \"", "attribute 'author' on <item> is empty"},
  };
  for (const Case& c : cases) {
    const auto r = load_text(meeting_xml(std::string("    <item number=\"1\" title=\"A\" ") +
                                         c.attributes + "/>\n"));
    EXPECT_FALSE(r.meeting) << c.attributes;
    ASSERT_EQ(r.sink.all().size(), 1u) << c.attributes << "\n" << all_messages(r.sink);
    EXPECT_EQ(r.sink.all()[0].message, c.message) << c.attributes;
    EXPECT_EQ(r.sink.all()[0].where.line, 7u) << c.attributes;
  }
}

TEST(AgendaItemNumber, DigitsWithAnOptionalLowerCaseLetter) {
  for (const char* good : {"1", "7", "7a", "12b", "07", "123"})
    EXPECT_TRUE(detail::is_agenda_item_number(good)) << good;
  for (const char* bad : {"", "a", "7A", "7ab", "7.1", "7 a", "(7)", "seven", "-1", "7a1"})
    EXPECT_FALSE(detail::is_agenda_item_number(bad)) << bad;
}

}  // namespace
}  // namespace bp::load
