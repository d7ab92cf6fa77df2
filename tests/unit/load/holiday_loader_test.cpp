// load/holiday_loader.h: the shipped data file of one-off bank holiday changes,
// every mistake located as file:line:col, the schema agreeing with the loader,
// and the <deadlines> element of the house style that names the file.

#include "load/holiday_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/style_loader.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

namespace fs = std::filesystem;

const fs::path kLayouts = BOARDPACK_LAYOUTS;
const fs::path kShipped = kLayouts / "common" / "bank-holidays-england-and-wales.xml";
const fs::path kSchema =
    fs::path(BOARDPACK_TEST_DATA) / ".." / ".." / "engine" / "load" / "schema" / "bank-holidays.xsd";

model::Date iso(const char* s) { return *model::parse_iso_date(s); }

// A scratch folder for the files a test writes; removed at the end.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("bp-holidays-" + std::to_string(::getpid()) + "-" +
                                                  std::to_string(counter_++))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  fs::path write(const fs::path& name, const std::string& text) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

const char* const kRoot = R"(<bank-holidays region="England and Wales">)";

// The root line, the body lines, and the end tag of the root.
std::string file_with(const std::vector<std::string>& body, const std::string& root = kRoot) {
  std::string text = root + "\n";
  for (const std::string& line : body) text += line + "\n";
  return text + "</" + root.substr(1, root.find_first_of(" >") - 1) + ">\n";
}

// ---- the shipped file -----------------------------------------------------

TEST(HolidayLoader, ShippedFileLoadsCleanly) {
  DiagnosticSink sink;
  const auto changes = load_holiday_changes(kShipped, sink);
  ASSERT_TRUE(changes) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  EXPECT_EQ(changes->region, "England and Wales");
  EXPECT_EQ(changes->file, fs::absolute(kShipped).lexically_normal());
  ASSERT_EQ(changes->removed.size(), 2u);
  EXPECT_EQ(changes->removed[0].date, iso("2020-05-04"));
  EXPECT_EQ(changes->removed[1].date, iso("2022-05-30"));
  ASSERT_EQ(changes->added.size(), 4u + 0u + 1u);
  EXPECT_EQ(changes->added[0].date, iso("2020-05-08"));
  EXPECT_EQ(changes->added[0].name, "Early May bank holiday (VE Day)");
  EXPECT_EQ(changes->added[0].moved_from, iso("2020-05-04"));
  EXPECT_EQ(changes->added[4].date, iso("2023-05-08"));
  EXPECT_EQ(changes->added[4].moved_from, std::nullopt);
  for (const auto& a : changes->added) {
    EXPECT_EQ(a.where.file, kShipped.string());
    EXPECT_GT(a.where.line, 20u);
  }
}

TEST(HolidayLoader, ShippedFileGivesThePublishedOneOffYears) {
  DiagnosticSink sink;
  const auto cal = load_holiday_calendar(kShipped, sink);
  ASSERT_TRUE(cal) << all_messages(sink);
  auto dates = [&](int year) {
    std::vector<std::string> out;
    for (const model::Holiday& h : cal->holidays(year)) out.push_back(model::format_iso_date(h.date));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(dates(2020), (V{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
                            "2020-12-25", "2020-12-28"}));
  EXPECT_EQ(dates(2022), (V{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                            "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}));
  EXPECT_EQ(dates(2023), (V{"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
                            "2023-08-28", "2023-12-25", "2023-12-26"}));
  EXPECT_EQ(cal->holidays(2021).size(), 8u);
  EXPECT_EQ(cal->holiday_on(iso("2022-09-19"))->name, "Bank Holiday for the State Funeral of Queen Elizabeth II");
  EXPECT_EQ(cal->holiday_on(iso("2022-09-19"))->source, model::HolidaySource::OneOff);
}

TEST(HolidayLoader, MissingFile) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_holiday_changes("/nonexistent/bank-holidays.xml", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_EQ(sink.all()[0].where.file, "/nonexistent/bank-holidays.xml");
  EXPECT_EQ(sink.all()[0].message, "bank holiday file not found: /nonexistent/bank-holidays.xml");
}

TEST(HolidayLoader, EmptyChangesAreFine) {
  TempDir dir;
  DiagnosticSink sink;
  const auto changes = load_holiday_changes(dir.write("none.xml", file_with({"  <!-- nothing -->"})), sink);
  ASSERT_TRUE(changes) << all_messages(sink);
  EXPECT_TRUE(changes->added.empty());
  EXPECT_TRUE(changes->removed.empty());
}

// ---- mistakes, each at its place -----------------------------------------

struct BadFile {
  const char* name;
  std::string root;                // the first line
  std::vector<std::string> body;   // lines 2..
  std::size_t line;                // of the first error
  const char* at;                  // text of that line the error points at (its first character)
  const char* message;
  const char* hint;
  std::size_t errors;
};

std::ostream& operator<<(std::ostream& os, const BadFile& b) { return os << b.name; }

class BadHolidayFiles : public ::testing::TestWithParam<BadFile> {};

TEST_P(BadHolidayFiles, AreRejectedAtTheRightPlace) {
  const BadFile& c = GetParam();
  TempDir dir;
  const std::string text = file_with(c.body, c.root);
  const fs::path file = dir.write(std::string(c.name) + ".xml", text);
  DiagnosticSink sink;
  EXPECT_FALSE(load_holiday_changes(file, sink));
  const std::string all = all_messages(sink);
  ASSERT_FALSE(sink.all().empty());
  const Diagnostic& d = sink.all()[0];
  std::string line_text;  // line c.line of the file
  std::istringstream lines(text);
  for (std::size_t i = 0; i < c.line; ++i) std::getline(lines, line_text);
  ASSERT_NE(line_text.find(c.at), std::string::npos) << "bad test case";
  EXPECT_EQ(d.where.file, file.string());
  EXPECT_EQ(d.where.line, c.line) << all;
  EXPECT_EQ(d.where.column, line_text.find(c.at) + 1) << all;
  EXPECT_NE(d.message.find(c.message), std::string::npos) << all;
  EXPECT_NE(d.hint.find(c.hint), std::string::npos) << all;
  EXPECT_EQ(sink.error_count(), c.errors) << all;
}

const BadFile kBadFiles[] = {
    {"region", R"(<bank-holidays region="Scotland">)", {}, 1, "region=",
     "expected 'England and Wales', found 'Scotland'", "Scotland and Northern Ireland have other", 1},
    {"no-region", "<bank-holidays>", {}, 1, "<bank-holidays", "missing attribute 'region' on <bank-holidays>", "", 1},
    {"wrong-root", R"(<holidays region="England and Wales">)", {}, 1, "<holidays",
     "the root element must be <bank-holidays>, found <holidays>", "", 1},
    {"remove-not-a-holiday", kRoot, {R"(  <remove date="2020-05-05" reason="typo"/>)"}, 2, "date=",
     "cannot remove 2020-05-05 (Tuesday 5 May 2020): it is not a bank holiday by the rules",
     "bank holidays by the rules in May 2020: Monday 4 May (Early May bank holiday), Monday 25 May (Spring bank "
     "holiday)", 1},
    {"remove-in-a-month-without", kRoot, {R"(  <remove date="2020-07-06" reason="typo"/>)"}, 2, "date=",
     "it is not a bank holiday by the rules", "there are no bank holidays by the rules in July 2020", 1},
    {"remove-without-reason", kRoot, {R"(  <remove date="2020-05-04"/>)"}, 2, "<remove",
     "missing attribute 'reason' on <remove>", "", 1},
    {"add-on-saturday", kRoot, {R"(  <add date="2020-05-09" name="VE Day"/>)"}, 2, "date=",
     "a bank holiday on a Saturday: 2020-05-09", "bank holidays fall on weekdays", 1},
    {"add-existing", kRoot, {R"(  <add date="2020-12-25" name="Christmas"/>)"}, 2, "date=",
     "2020-12-25 is already a bank holiday by the rules (Christmas Day)", "remove this <add>", 1},
    {"add-no-such-day", kRoot, {R"(  <add date="2020-02-30" name="x"/>)"}, 2, "date=",
     "expected a date as YYYY-MM-DD, found '2020-02-30'", "there is no such day in the calendar", 1},
    {"add-british-date", kRoot, {R"(  <add date="08/05/2020" name="x"/>)"}, 2, "date=",
     "expected a date as YYYY-MM-DD, found '08/05/2020'", "write 11 March 2020 as 2020-03-11", 1},
    {"add-year-out-of-range", kRoot, {R"(  <add date="2201-05-08" name="x"/>)"}, 2, "date=",
     "expected a date from 1900 to 2200, found '2201-05-08'", "", 1},
    {"add-without-date", kRoot, {R"(  <add name="VE Day"/>)"}, 2, "<add", "missing attribute 'date' on <add>",
     "", 1},
    // "date" is two edits from "name": not to be taken for a misspelt name=.
    {"add-without-name", kRoot, {R"(  <add date="2020-05-08"/>)"}, 2, "<add", "missing attribute 'name' on <add>",
     "", 1},
    {"add-empty-name", kRoot, {R"(  <add date="2020-05-08" name=" "/>)"}, 2, "name=",
     "attribute 'name' on <add> is empty", "", 1},
    {"misspelt-attribute", kRoot, {R"(  <add date="2020-05-08" nmae="VE Day"/>)"}, 2, "nmae=",
     "unknown attribute 'nmae' on <add>", "did you mean 'name'?", 1},
    {"moved-from-not-removed", kRoot, {R"(  <add date="2020-05-08" name="VE Day" moved-from="2020-05-04"/>)"}, 2,
     "moved-from=", "moved-from=\"2020-05-04\" names a date this file does not remove",
     "add <remove date=\"2020-05-04\" reason=\"...\"/>", 1},
    {"added-twice", kRoot,
     {R"(  <add date="2023-05-08" name="Coronation"/>)", R"(  <add date="2023-05-08" name="Coronation"/>)"}, 3,
     "date=", "a second <add> for 2023-05-08", "the first is at line 2", 1},
    {"removed-twice", kRoot,
     {R"(  <remove date="2020-05-04" reason="VE Day"/>)", R"(  <remove date="2020-05-04" reason="VE Day"/>)"}, 3,
     "date=", "a second <remove> for 2020-05-04", "the first is at line 2", 1},
    {"unknown-element", kRoot, {R"(  <added date="2023-05-08" name="Coronation"/>)"}, 2, "<added",
     "unknown element <added> in <bank-holidays>", "did you mean <add>?", 1},
    {"text", kRoot, {"  2023-05-08 Coronation"}, 2, "2023", "text is not allowed directly in <bank-holidays>",
     "<bank-holidays> holds only <add> or <remove>", 1},
    {"malformed", kRoot, {R"(  <add date="2023-05-08" name="Coronation">)"}, 3, "bank-holidays>",
     "start-end tags mismatch: </bank-holidays> does not close <add> (line 2)", "close <add> with </add>", 1},
};

std::string bad_file_name(const ::testing::TestParamInfo<BadFile>& p) {
  std::string name = p.param.name;
  for (char& ch : name)
    if (ch == '-') ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, BadHolidayFiles, ::testing::ValuesIn(kBadFiles), bad_file_name);

TEST(HolidayLoader, EveryMistakeIsReportedInFileOrder) {
  TempDir dir;
  const fs::path file = dir.write("many.xml", file_with({
                                                  R"(  <add date="2020-05-09" name="a"/>)",       // 2 Saturday
                                                  R"(  <remove date="2020-05-05" reason="b"/>)",  // 3 not a holiday
                                                  R"(  <add date="2020-05-08"/>)",                // 4 no name
                                                  R"(  <frobnicate/>)",                           // 5 unknown
                                              }));
  DiagnosticSink sink;
  EXPECT_FALSE(load_holiday_changes(file, sink));
  ASSERT_EQ(sink.all().size(), 4u) << all_messages(sink);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(sink.all()[i].where.line, i + 2) << all_messages(sink);
}

TEST(HolidayLoader, AnAdditionMayTakeTheDateOfARemovedHoliday) {
  TempDir dir;
  const fs::path file = dir.write("rename.xml", file_with({R"(  <add date="2022-05-30" name="Renamed"/>)",
                                                          R"(  <remove date="2022-05-30" reason="renamed"/>)"}));
  DiagnosticSink sink;
  const auto cal = load_holiday_calendar(file, sink);
  ASSERT_TRUE(cal) << all_messages(sink);
  EXPECT_EQ(cal->holiday_on(iso("2022-05-30"))->name, "Renamed");
}

// ---- the schema agrees ----------------------------------------------------

bool have_xmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

bool validates(const fs::path& file) {
  const std::string cmd =
      "xmllint --noout --nonet --schema '" + kSchema.string() + "' '" + file.string() + "' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

TEST(HolidaySchema, ShippedFileValidates) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed";
  EXPECT_TRUE(validates(kShipped));
}

TEST(HolidaySchema, RejectsWhatItCanSee) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed";
  // Rules XSD 1.0 cannot state (they need the calendar): the schema accepts these.
  const std::vector<std::string> loader_only = {"remove-not-a-holiday", "remove-in-a-month-without",
                                                "add-on-saturday", "add-existing", "add-year-out-of-range"};
  TempDir dir;
  for (const BadFile& c : kBadFiles) {
    const fs::path file = dir.write(std::string(c.name) + ".xml", file_with(c.body, c.root));
    const bool expected = std::find(loader_only.begin(), loader_only.end(), c.name) != loader_only.end();
    EXPECT_EQ(validates(file), expected) << c.name;
  }
}

// ---- <deadlines> in the house style ----------------------------------------

TEST(StyleDeadlines, ShippedStylesUseTheShippedFile) {
  for (const char* name : {"health-and-wellbeing-board", "overview-and-scrutiny"}) {
    DiagnosticSink sink;
    const auto style = load_house_style(kLayouts, name, sink);
    ASSERT_TRUE(style) << all_messages(sink);
    EXPECT_EQ(style->deadlines.notice_clear_working_days, 5) << name;
    EXPECT_EQ(style->deadlines.forward_plan_clear_days, 28) << name;
    EXPECT_EQ(style->deadlines.holidays_file, fs::absolute(kShipped).lexically_normal()) << name;
    EXPECT_TRUE(load_holiday_calendar(style->deadlines.holidays_file, sink)) << all_messages(sink);
  }
}

TEST(StyleDeadlines, DefaultsWhenAbsent) {
  TempDir dir;
  dir.write("layouts/plain/style.xml", "<house-style name=\"plain\"/>\n");
  DiagnosticSink sink;
  const auto style = load_house_style(dir.path() / "layouts", "plain", sink);
  ASSERT_TRUE(style) << all_messages(sink);
  const model::DeadlineRules defaults;
  EXPECT_EQ(style->deadlines.notice_clear_working_days, defaults.notice_clear_working_days);
  EXPECT_EQ(style->deadlines.forward_plan_clear_days, defaults.forward_plan_clear_days);
  // Not checked when not given: only deadline checks read it.
  EXPECT_EQ(style->deadlines.holidays_file,
            fs::absolute(dir.path() / "layouts" / "common" / "bank-holidays-england-and-wales.xml").lexically_normal());
}

TEST(StyleDeadlines, OwnNumbersAndFile) {
  TempDir dir;
  dir.write("layouts/own/holidays.xml", file_with({}));
  dir.write("layouts/own/style.xml",
            "<house-style name=\"own\">\n"
            "  <deadlines notice-clear-working-days=\"3\" forward-plan-clear-days=\"35\" holidays=\"holidays.xml\"/>\n"
            "</house-style>\n");
  DiagnosticSink sink;
  const auto style = load_house_style(dir.path() / "layouts", "own", sink);
  ASSERT_TRUE(style) << all_messages(sink);
  EXPECT_EQ(style->deadlines.notice_clear_working_days, 3);
  EXPECT_EQ(style->deadlines.forward_plan_clear_days, 35);
  EXPECT_EQ(style->deadlines.holidays_file, fs::absolute(dir.path() / "layouts" / "own" / "holidays.xml").lexically_normal());
}

TEST(StyleDeadlines, MistakesAreLocated) {
  TempDir dir;
  const std::string line2 =
      R"(  <deadlines notice-clear-working-days="five" forward-plan-clear-days="0" holidays="nope.xml"/>)";
  dir.write("layouts/bad/style.xml", "<house-style name=\"bad\">\n" + line2 + "\n" +
                                         "  <deadlines/>\n</house-style>\n");
  DiagnosticSink sink;
  EXPECT_FALSE(load_house_style(dir.path() / "layouts", "bad", sink));
  const std::string all = all_messages(sink);
  ASSERT_EQ(sink.all().size(), 4u) << all;
  const auto& d = sink.all();
  EXPECT_EQ(d[0].where.line, 2u);
  EXPECT_EQ(d[0].where.column, line2.find("notice-clear") + 1);
  EXPECT_EQ(d[0].message, "expected a whole number from 1 to 60, found 'five'");
  EXPECT_EQ(d[1].where.column, line2.find("forward-plan") + 1);
  EXPECT_EQ(d[1].message, "expected a whole number from 1 to 366, found '0'");
  EXPECT_EQ(d[2].where.column, line2.find("holidays=") + 1);
  EXPECT_EQ(d[2].message, "bank holiday file not found: " +
                              fs::absolute(dir.path() / "layouts" / "bad" / "nope.xml").lexically_normal().string());
  EXPECT_EQ(d[3].where.line, 3u);
  EXPECT_EQ(d[3].message, "duplicate <deadlines> in <house-style>");
}

}  // namespace
}  // namespace bp::load
