// The KPI vocabulary: tests/data/kpi/kpi-report.xml lands field by field in
// the model, and every mistake the reader checks for is reported at its
// line and column with a useful message.

#include <gtest/gtest.h>

#include <algorithm>

#include "load/report_loader.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

using namespace bp::model;

const std::string kData = BOARDPACK_TEST_DATA;

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

class KpiReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DiagnosticSink sink;
    auto r = load_report(kData + "/kpi/kpi-report.xml", sink);
    ASSERT_TRUE(r) << all_messages(sink);
    ASSERT_TRUE(sink.all().empty()) << all_messages(sink);
    report_ = new Report(std::move(*r));
  }
  static void TearDownTestSuite() {
    delete report_;
    report_ = nullptr;
  }
  static const Flow& appendix() { return report_->appendices.at(0).content; }
  static const KpiGroup& group(std::size_t i) { return std::get<KpiGroup>(appendix().at(i)); }

 private:
  static Report* report_;
};
Report* KpiReport::report_ = nullptr;

TEST_F(KpiReport, GroupsAndTheKeyAreBlocksOfTheAppendix) {
  ASSERT_EQ(appendix().size(), 3u);
  EXPECT_TRUE(std::holds_alternative<KpiGroup>(appendix()[0]));
  EXPECT_TRUE(std::holds_alternative<KpiGroup>(appendix()[1]));
  EXPECT_TRUE(std::holds_alternative<KpiKey>(appendix()[2]));
  const KpiGroup& g = group(0);
  EXPECT_EQ(g.action, "1.2");
  EXPECT_EQ(g.title, "The Timeliness of new EHCPs will improve to within the statutory timescale of 20 weeks");
  EXPECT_EQ(g.reporting_date, ymd(2020, 2, 29));
  EXPECT_FALSE(g.trend);
  EXPECT_EQ(g.where.line, 24u);
  ASSERT_EQ(g.kpis.size(), 2u);
  EXPECT_TRUE(group(1).trend);
  EXPECT_FALSE(group(0).charts);
  EXPECT_TRUE(group(1).charts);
  EXPECT_EQ(group(1).action, "");
  EXPECT_EQ(group(1).kpis.size(), 4u);
}

TEST_F(KpiReport, KpiAttributesMeasureAndClaims) {
  const Kpi& k = group(0).kpis[0];
  EXPECT_EQ(k.ref, "KPI 1/2");
  EXPECT_EQ(k.frequency, Frequency::Quarterly);
  EXPECT_EQ(k.unit, KpiUnit::Percent);
  EXPECT_EQ(k.polarity, Polarity::HigherIsBetter);
  EXPECT_EQ(plain_text(k.measure),
            "From 01.06.19, % of EHCPs commenced that are completed within statutory timescales");
  ASSERT_GE(k.measure.size(), 2u);
  EXPECT_TRUE(k.measure[1].italic);
  ASSERT_TRUE(k.claimed_rating);
  EXPECT_EQ(k.claimed_rating->value, Rating::Green);
  EXPECT_EQ(k.claimed_rating->where.line, 26u);
  EXPECT_EQ(k.claimed_rating->where.column, 77u);
  ASSERT_TRUE(k.claimed_direction);
  EXPECT_EQ(k.claimed_direction->value, Direction::Improved);
  EXPECT_FALSE(group(0).kpis[1].claimed_rating);

  const Kpi& weeks = group(1).kpis[2];
  EXPECT_EQ(weeks.unit, KpiUnit::Weeks);
  EXPECT_EQ(weeks.polarity, Polarity::LowerIsBetter);
  EXPECT_EQ(weeks.frequency, Frequency::Monthly);
  EXPECT_EQ(group(1).kpis[1].frequency, Frequency::BiAnnually);
  EXPECT_EQ(group(1).kpis[3].frequency, Frequency::Unspecified);
  EXPECT_EQ(group(1).kpis[3].unit, KpiUnit::Count);
}

TEST_F(KpiReport, BaselinesInEveryState) {
  const Baseline& established = group(0).kpis[0].baseline;
  EXPECT_EQ(established.state, Baseline::State::Established);
  EXPECT_EQ(established.value, 3);
  EXPECT_EQ(established.date, ymd(2019, 3, 31));
  const Baseline& tbc = group(0).kpis[1].baseline;
  EXPECT_EQ(tbc.state, Baseline::State::Pending);
  EXPECT_FALSE(tbc.established_by);
  EXPECT_EQ(tbc.note, "TBC");
  EXPECT_EQ(group(1).kpis[0].baseline.value, 38.5);
  EXPECT_EQ(group(1).kpis[0].baseline.note, "Survey feedback 38.5% / 61.5%");
  EXPECT_EQ(group(1).kpis[1].baseline.state, Baseline::State::Pending);
  EXPECT_EQ(group(1).kpis[1].baseline.established_by, ymd(2020, 5, 31));
  EXPECT_EQ(group(1).kpis[2].baseline.state, Baseline::State::Described);
  EXPECT_EQ(group(1).kpis[3].baseline.state, Baseline::State::None);
}

TEST_F(KpiReport, TargetsOfEveryKind) {
  const auto& t = group(0).kpis[0].targets;
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].date, ymd(2019, 10, 31));
  EXPECT_EQ(t[0].label, "3 Months");
  EXPECT_EQ(t[0].kind, TargetKind::Value);
  EXPECT_EQ(t[0].value, 14);
  EXPECT_EQ(t[1].note, "of new EHCPs from 01.06.2019");
  EXPECT_EQ(t[2].kind, TargetKind::NotMeasurable);
  EXPECT_EQ(t[2].note, "New statutory reporting period");
  const auto& a = group(0).kpis[1].targets;
  EXPECT_EQ(a[2].kind, TargetKind::MaxOf);
  EXPECT_EQ(a[2].value, 50);
  EXPECT_EQ(a[3].kind, TargetKind::MinOf);
  const auto& survey = group(1).kpis[0].targets;
  EXPECT_EQ(survey[0].kind, TargetKind::BaselinePlus);
  EXPECT_EQ(survey[0].uplift, 10);
  EXPECT_EQ(survey[0].uplift_kind, Uplift::Points);
  EXPECT_EQ(survey[1].uplift, 15);
  EXPECT_EQ(survey[1].uplift_kind, Uplift::Percent);
  EXPECT_EQ(group(1).kpis[1].targets[1].kind, TargetKind::NationalAverage);
}

TEST_F(KpiReport, ActualsNationalFiguresAndCommentary) {
  const Kpi& k = group(0).kpis[0];
  ASSERT_EQ(k.actuals.size(), 2u);
  EXPECT_EQ(k.actuals[1].date, ymd(2019, 12, 31));
  EXPECT_EQ(k.actuals[1].value, 55);
  EXPECT_EQ(k.actuals[1].note, "average of October to December 2019");
  EXPECT_EQ(group(0).kpis[1].actuals[1].value, 43.6);
  ASSERT_EQ(group(0).kpis[1].national.size(), 1u);
  EXPECT_EQ(group(0).kpis[1].national[0].value, 58.7);
  ASSERT_EQ(k.commentary.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<Paragraph>(k.commentary[0]));
  EXPECT_TRUE(std::holds_alternative<List>(k.commentary[1]));
  const Flow& inline_commentary = group(0).kpis[1].commentary;
  ASSERT_EQ(inline_commentary.size(), 1u);
  EXPECT_EQ(plain_text(std::get<Paragraph>(inline_commentary[0]).text),
            "Reported at the end of every month of 2020.");
  EXPECT_TRUE(group(1).kpis[3].commentary.empty());
}

// ---- mistakes, each located ----------------------------------------------------

// Lines 1-4 hold the report up to the appendix, so line k of `kpis` is line 4 + k.
std::string report_with(const std::string& kpis) {
  return "<report style=\"health-and-wellbeing-board\" council=\"C\" created=\"2020-03-02\"><sign-off state=\"draft\" version=\"0.1\"/>\n"
         "<front-sheet><report-to>B</report-to><meeting-date>2020-03-11</meeting-date><subject>S</subject><report-of>D</report-of><wards>W</wards><portfolio>P</portfolio><key-decision>no</key-decision><forward-plan>no</forward-plan><exempt>no</exempt></front-sheet>\n"
         "<summary><p>S.</p></summary><recommendations><item>note.</item></recommendations><contact name=\"N\" telephone=\"1\" email=\"e@x.uk\"/>\n"
         "<appendices><appendix letter=\"A\" title=\"KPIs\" orientation=\"landscape\">\n" +
         kpis + "\n</appendix></appendices></report>\n";
}

// A group around `body` (line 1: <kpi-group>, line 2: <kpi>, body from line 3).
std::string one_kpi(const std::string& body, const std::string& kpi_attrs = "ref=\"KPI 1\" unit=\"%\" polarity=\"higher\"") {
  return "<kpi-group title=\"T\" reporting-date=\"2020-02-29\">\n<kpi " + kpi_attrs +
         ">\n<measure>M</measure>" + body + "\n</kpi></kpi-group>";
}

struct Found {
  bool ok = false;
  std::vector<Diagnostic> diags;
};

Found load(const std::string& kpis) {
  DiagnosticSink sink;
  Found f;
  f.ok = load_report_text(report_with(kpis), "kpi.xml", sink).has_value();
  f.diags = sink.all();
  return f;
}

// The single diagnostic reported, or a failure naming them all.
::testing::AssertionResult reports(const Found& f, std::size_t line, std::size_t column,
                                   const std::string& message_part, Severity severity = Severity::Error) {
  std::string all;
  for (const auto& d : f.diags) all += format_diagnostic(d) + "\n";
  if (f.diags.size() != 1) return ::testing::AssertionFailure() << "expected one diagnostic, got:\n" << all;
  const Diagnostic& d = f.diags[0];
  if (d.where.line != line || d.where.column != column || d.severity != severity ||
      d.message.find(message_part) == std::string::npos)
    return ::testing::AssertionFailure() << "expected " << line << ":" << column << " '" << message_part
                                         << "', got:\n" << all;
  return ::testing::AssertionSuccess();
}

TEST(KpiReaderErrors, MissingAttributesAndMeasure) {
  Found f = load(one_kpi("", "ref=\"KPI 1\" unit=\"%\""));
  EXPECT_FALSE(f.ok);
  EXPECT_TRUE(reports(f, 6, 1, "missing attribute 'polarity' on <kpi>"));
  f = load("<kpi-group title=\"T\">\n<kpi ref=\"K\" unit=\"%\" polarity=\"lower\"><measure>M</measure></kpi></kpi-group>");
  EXPECT_TRUE(reports(f, 5, 1, "missing attribute 'reporting-date' on <kpi-group>"));
  f = load("<kpi-group title=\"T\" reporting-date=\"2020-02-29\">\n<kpi ref=\"K\" unit=\"%\" polarity=\"lower\"/></kpi-group>");
  EXPECT_TRUE(reports(f, 6, 1, "missing <measure> in <kpi>"));
  f = load("<kpi-group title=\"T\" reporting-date=\"2020-02-29\"/>");
  EXPECT_TRUE(reports(f, 5, 1, "empty <kpi-group>"));
}

TEST(KpiReaderErrors, WrongChoicesAndNumbers) {
  Found f = load(one_kpi("", "ref=\"K\" unit=\"percent\" polarity=\"higher\""));
  EXPECT_TRUE(reports(f, 6, 14, "expected %, weeks, days or count, found 'percent'"));
  f = load(one_kpi("\n<actual date=\"2020-01-31\" value=\"40%\"/>"));
  EXPECT_TRUE(reports(f, 8, 27, "expected a number such as 43.6, found '40%'"));
  f = load(one_kpi("\n<actual date=\"2020-01-31\" value=\"40\"/>", "ref=\"K\" unit=\"%\" polarity=\"higher\" rating=\"gren\""));
  EXPECT_TRUE(reports(f, 6, 41, "found 'gren'"));
  EXPECT_NE(f.diags.at(0).hint.find("did you mean 'green'?"), std::string::npos) << f.diags[0].hint;
  f = load(one_kpi("\n<target date=\"2020-02-30\" value=\"4\"/>"));
  EXPECT_TRUE(reports(f, 8, 9, "expected a date as YYYY-MM-DD, found '2020-02-30'"));
}

TEST(KpiReaderErrors, TargetAttributesFollowTheKind) {
  Found f = load(one_kpi("\n<target date=\"2020-01-31\"/>"));
  EXPECT_TRUE(reports(f, 8, 1, "missing attribute 'value' on <target> when kind=\"value\""));
  f = load(one_kpi("\n<target date=\"2020-01-31\" kind=\"national-average\" value=\"3\"/>"));
  EXPECT_TRUE(reports(f, 8, 51, "attribute 'value' is not allowed on <target> when kind=\"national-average\""));
  f = load(one_kpi("<baseline value=\"3\"/>\n<target date=\"2020-01-31\" kind=\"baseline-plus\"/>"));
  EXPECT_TRUE(reports(f, 8, 1, "exactly one of points= or percent="));
  f = load(one_kpi("<baseline value=\"3\"/>\n<target date=\"2020-01-31\" kind=\"baseline-plus\" points=\"1\" percent=\"2\"/>"));
  EXPECT_TRUE(reports(f, 8, 1, "exactly one of points= or percent="));
  f = load(one_kpi("\n<target date=\"2020-01-31\" value=\"3\" points=\"1\"/>"));
  EXPECT_TRUE(reports(f, 8, 37, "attribute 'points' is only allowed on <target kind=\"baseline-plus\">"));
}

TEST(KpiReaderErrors, BaselinePlusNeedsABaseline) {
  Found f = load(one_kpi("\n<target date=\"2020-01-31\" kind=\"baseline-plus\" points=\"10\"/>"));
  EXPECT_TRUE(reports(f, 8, 27, "a baseline-plus target needs a baseline"));
  f = load(one_kpi("<baseline pending=\"yes\"/>\n<target date=\"2020-01-31\" kind=\"baseline-plus\" points=\"10\"/>"));
  EXPECT_TRUE(f.ok);
  EXPECT_TRUE(f.diags.empty());
}

TEST(KpiReaderErrors, BaselineIsEstablishedOrPendingNotBoth) {
  Found f = load(one_kpi("\n<baseline value=\"3\" established-by=\"2020-05-31\"/>"));
  EXPECT_TRUE(reports(f, 8, 11, "either established (value=) or still to be established"));
  f = load(one_kpi("\n<baseline/>"));
  EXPECT_TRUE(reports(f, 8, 1, "empty <baseline>"));
  f = load(one_kpi("\n<baseline pending=\"yes\" date=\"2019-01-31\"/>"));
  EXPECT_TRUE(reports(f, 8, 25, "date= belongs to an established baseline"));
}

TEST(KpiReaderErrors, SeriesInDateOrder) {
  Found f = load(one_kpi("\n<actual date=\"2020-01-31\" value=\"1\"/>\n<actual date=\"2019-02-28\" value=\"2\"/>"));
  EXPECT_TRUE(reports(f, 9, 9, "actual dated 2019-02-28 comes after one dated 2020-01-31"));
  EXPECT_NE(f.diags.at(0).hint.find("is the year right? (line 8)"), std::string::npos) << f.diags[0].hint;
  f = load(one_kpi("\n<target date=\"2020-01-31\" value=\"1\"/>\n<target date=\"2020-01-31\" value=\"2\"/>"));
  EXPECT_TRUE(reports(f, 9, 9, "a second target dated 2020-01-31"));
  f = load(one_kpi("\n<national date=\"2020-01-31\" value=\"1\"/><national date=\"2019-01-31\" value=\"2\"/>"));
  EXPECT_TRUE(reports(f, 8, 50, "national figure dated 2019-01-31 comes after"));
}

TEST(KpiReaderErrors, FigureAfterTheReportingDateIsAWarning) {
  Found f = load(one_kpi("\n<actual date=\"2020-03-31\" value=\"1\"/>"));
  EXPECT_TRUE(f.ok);
  EXPECT_TRUE(reports(f, 8, 9, "figure dated after the reporting date 2020-02-29: it is not rated",
                      Severity::Warning));
}

TEST(KpiReaderErrors, DuplicatesAndMisplacedElements) {
  Found f = load(one_kpi("<measure>again</measure>"));
  EXPECT_TRUE(reports(f, 7, 21, "duplicate <measure> in <kpi>"));
  f = load("<kpi-group title=\"T\" reporting-date=\"2020-02-29\">\n"
           "<kpi ref=\"K\" unit=\"%\" polarity=\"higher\"><measure>M</measure></kpi>\n"
           "<kpi ref=\"K\" unit=\"%\" polarity=\"higher\"><measure>M</measure></kpi></kpi-group>");
  EXPECT_TRUE(reports(f, 7, 6, "duplicate KPI 'K' in <kpi-group>"));
  f = load(one_kpi("\n<commentary><p>a</p><table/></commentary>"));
  EXPECT_TRUE(reports(f, 8, 21, "<table> is not allowed in <commentary>"));
  f = load(one_kpi("\n<actuals date=\"2020-01-31\" value=\"1\"/>"));
  ASSERT_FALSE(f.diags.empty());
  EXPECT_NE(f.diags[0].hint.find("<actual>"), std::string::npos) << f.diags[0].hint;
  f = load("<kpi-key>text</kpi-key>");
  EXPECT_TRUE(reports(f, 5, 10, "text is not allowed"));
}

}  // namespace
}  // namespace bp::load
