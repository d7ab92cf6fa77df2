// KPI groups composed into the Appendix A tables of seed 001: columns, the
// two- and three-row headers, derived cells (rating label on its shade, arrow
// and sentence, "Target"/"Achieved" milestones, merged unmeasurable
// milestones), the trend sparkline, the key, and typed ratings that the data
// contradict; and the line charts of KPIs.

#include <gtest/gtest.h>

#include "compose/flow_composer.h"
#include "compose/kpi_chart.h"
#include "compose/kpi_table.h"
#include "compose/report_composer.h"
#include "compose_fixture.h"
#include "load/report_loader.h"

namespace bp::compose {
namespace {

using namespace testing;
using model::Date;

model::HouseStyle kpi_style() {
  model::HouseStyle s = house_style();
  s.shades["rating-neutral"] = Color::rgb(0xED, 0xED, 0xED);
  s.ratings.amber_kind = model::RatingRules::Tolerance::Percent;
  s.ratings.amber = 10;
  return s;
}

std::string cell_text(const model::TableCell& c) {
  std::string out;
  for (const model::Block& b : c.content)
    if (const auto* p = std::get_if<model::Paragraph>(&b)) out += (out.empty() ? "" : "\n") + model::plain_text(p->text);
  return out;
}

model::Target target(Date d, double v, std::string label = {}) {
  model::Target t;
  t.date = d;
  t.value = v;
  t.label = std::move(label);
  return t;
}

model::Target unmeasurable(Date d, std::string note, std::string label = {}) {
  model::Target t = target(d, 0, std::move(label));
  t.kind = model::TargetKind::NotMeasurable;
  t.note = std::move(note);
  return t;
}

// KPI 1/2 and 1/2a of the Sefton paper, reported at 29 February 2020.
model::KpiGroup timeliness() {
  model::KpiGroup g;
  g.action = "1.2";
  g.title = "The Timeliness of new EHCPs";
  g.reporting_date = Date(2020, 2, 29);
  model::Kpi k;
  k.ref = "KPI 1/2";
  k.measure = model::plain("% of EHCPs completed within 20 weeks");
  k.frequency = model::Frequency::Quarterly;
  k.baseline.state = model::Baseline::State::Established;
  k.baseline.value = 3;
  k.baseline.date = Date(2019, 3, 31);
  k.targets = {target(Date(2019, 10, 31), 14, "3 Months"), target(Date(2020, 1, 31), 10, "6 Months"),
               unmeasurable(Date(2020, 4, 30), "New statutory reporting period", "9 Months"),
               unmeasurable(Date(2020, 7, 31), "New statutory reporting period", "12 Months")};
  k.actuals = {{Date(2019, 3, 31), 3, {}}, {Date(2019, 12, 31), 55, "October to December 2019"}};
  k.commentary = {para("317 plans finalised in 2019.")};
  g.kpis.push_back(k);
  model::Kpi a;
  a.ref = "KPI 1/2a";
  a.measure = model::plain("% of new EHCPs from 01.01.20");
  a.frequency = model::Frequency::Monthly;
  a.baseline.state = model::Baseline::State::Pending;
  a.targets = {target(Date(2020, 4, 30), 15, "9 Months")};
  a.actuals = {{Date(2020, 1, 31), 40, {}}, {Date(2020, 2, 29), 43.6, {}}};
  g.kpis.push_back(a);
  return g;
}

TEST(KpiTable, ColumnsFollowTheMilestoneMonths) {
  const KpiTable t = kpi_group_table(timeliness(), kpi_style());
  // KPI, Action, Frequency, Baseline, Performance, Direction, Oct-19, Jan-20, Apr-20, Jul-20, Commentary
  ASSERT_EQ(t.table.columns.size(), 11u);
  EXPECT_EQ(t.table.columns[0].kind, model::ColumnWidthKind::Fixed);
  EXPECT_EQ(t.table.columns[1].kind, model::ColumnWidthKind::Relative);
  EXPECT_EQ(t.table.columns[10].kind, model::ColumnWidthKind::Relative);
  EXPECT_EQ(kpi_group_heading(timeliness()), "Actions 1.2: The Timeliness of new EHCPs");
  EXPECT_EQ(t.trend_cell, (std::vector<int>{-1, -1}));
}

TEST(KpiTable, ThreeHeaderRowsWithMonthsAndLabels) {
  const model::Table t = kpi_group_table(timeliness(), kpi_style()).table;
  ASSERT_EQ(t.header.size(), 3u);
  const auto& titles = t.header[0].cells;
  ASSERT_EQ(titles.size(), 8u);
  EXPECT_EQ(cell_text(titles[0]), "KPI");
  EXPECT_EQ(titles[0].rowspan, 3);
  EXPECT_EQ(cell_text(titles[3]), "Baseline");
  EXPECT_EQ(titles[3].rowspan, 1);  // its month (shared by every baseline) is below it
  EXPECT_EQ(cell_text(titles[4]), "Performance");
  EXPECT_EQ(titles[4].rowspan, 3);  // Dec-19 and Feb-20: each cell names its own month
  EXPECT_EQ(cell_text(titles[5]), "Direction of Travel");
  EXPECT_EQ(cell_text(titles[6]), "Performance Target");
  EXPECT_EQ(titles[6].colspan, 4);
  EXPECT_EQ(cell_text(titles[7]), "Commentary");
  for (const auto& c : titles) EXPECT_EQ(c.shade, "header");

  const auto& months = t.header[1].cells;
  ASSERT_EQ(months.size(), 5u);
  EXPECT_EQ(cell_text(months[0]), "Mar-19");
  EXPECT_EQ(months[0].rowspan, 2);
  EXPECT_EQ(cell_text(months[1]), "Oct-19");
  EXPECT_EQ(cell_text(months[4]), "Jul-20");
  const auto& labels = t.header[2].cells;
  ASSERT_EQ(labels.size(), 4u);
  EXPECT_EQ(cell_text(labels[0]), "3 Months");
  EXPECT_EQ(cell_text(labels[3]), "12 Months");
}

TEST(KpiTable, DerivedCellsCarryLabelsArrowsAndSentences) {
  const model::Table t = kpi_group_table(timeliness(), kpi_style()).table;
  ASSERT_EQ(t.body.size(), 2u);
  const auto& r = t.body[0].cells;
  // KPI, Action, Frequency, Baseline, Performance, Direction, Oct-19, Jan-20, Apr-20+Jul-20, Commentary
  ASSERT_EQ(r.size(), 10u);
  EXPECT_EQ(cell_text(r[0]), "KPI 1/2");
  EXPECT_TRUE(r[0].bold);
  EXPECT_EQ(cell_text(r[2]), "Quarterly");
  EXPECT_EQ(cell_text(r[3]), "3%");  // the month is in the header
  EXPECT_EQ(cell_text(r[4]), "55%\nDec-19\nOctober to December 2019\nG On target");
  EXPECT_EQ(r[4].shade, "rating-green");
  const auto& value = std::get<model::Paragraph>(r[4].content[0]).text;
  EXPECT_TRUE(value.at(0).bold);
  const auto& direction = std::get<model::Paragraph>(r[5].content.at(0)).text;
  ASSERT_EQ(direction.size(), 2u);
  EXPECT_EQ(direction[0].text, "\u2191 ");
  EXPECT_TRUE(direction[0].bold);
  EXPECT_EQ(direction[1].text, "Performance has improved on the previous period, and is above target.");
  EXPECT_EQ(cell_text(r[6]), "14%");                          // no figure for July to October 2019
  EXPECT_EQ(cell_text(r[7]), "Target 10%\nAchieved 55%");     // December's figure closes January's quarter
  EXPECT_EQ(cell_text(r[8]), "Not measured\nNew statutory reporting period");
  EXPECT_EQ(r[8].colspan, 2);                                 // April and July share one cell
  EXPECT_EQ(cell_text(r[9]), "317 plans finalised in 2019.");

  const auto& a = t.body[1].cells;
  ASSERT_EQ(a.size(), 11u);
  EXPECT_EQ(cell_text(a[3]), "To be established");
  EXPECT_EQ(cell_text(a[4]), "43.6%\nFeb-20\n\u2013 Not due");
  EXPECT_EQ(a[4].shade, "rating-neutral");
  EXPECT_EQ(cell_text(a[5]),
            "\u2191 Performance has improved on the previous period, and is already above the first "
            "target, due in April 2020.");
  EXPECT_EQ(cell_text(a[6]), "\u2013");  // no target of 1/2a in October 2019
  EXPECT_EQ(cell_text(a[8]), "15%");
}

TEST(KpiTable, TwoHeaderRowsWithoutLabelsAndSharedPerformanceMonth) {
  model::KpiGroup g = timeliness();
  g.kpis.pop_back();
  for (auto& t : g.kpis[0].targets) t.label.clear();
  g.reporting_date = Date(2019, 12, 31);
  const model::Table t = kpi_group_table(g, kpi_style()).table;
  ASSERT_EQ(t.header.size(), 2u);
  EXPECT_EQ(t.header[0].cells[0].rowspan, 2);
  EXPECT_EQ(t.header[0].cells[4].rowspan, 1);
  EXPECT_EQ(cell_text(t.header[1].cells[1]), "Dec-19");  // the shared month of Performance
  EXPECT_EQ(t.header[1].cells[1].rowspan, 1);
  EXPECT_EQ(cell_text(t.body[0].cells[4]), "55%\nOctober to December 2019\nG On target");
}

TEST(KpiTable, BaselineStatesAndNoTargets) {
  model::KpiGroup g;
  g.title = "Survey";
  g.reporting_date = Date(2019, 12, 31);
  model::Kpi pending;
  pending.ref = "KPI 3/1";
  pending.baseline.state = model::Baseline::State::Pending;
  pending.baseline.established_by = Date(2019, 12, 21);
  model::Kpi none;
  none.ref = "KPI 3/3";
  g.kpis = {pending, none};
  const model::Table t = kpi_group_table(g, kpi_style()).table;
  EXPECT_EQ(kpi_group_heading(g), "Survey");
  ASSERT_EQ(t.header.size(), 1u);  // no months, no labels: one title row
  EXPECT_EQ(t.header[0].cells[0].rowspan, 1);
  const auto& p = t.body[0].cells;
  EXPECT_EQ(cell_text(p[3]), "To be established\nby 21 December 2019");
  EXPECT_EQ(cell_text(p[4]), "\u2013 Baseline not established");
  EXPECT_EQ(cell_text(p[5]),
            "Performance is not measured as the baseline is still to be established. The baseline was "
            "due by 21 December 2019.");
  EXPECT_EQ(cell_text(p[6]), "No targets set yet");
  EXPECT_EQ(cell_text(t.body[1].cells[3]), "N/A");
  EXPECT_EQ(cell_text(t.body[1].cells[4]), "\u2013 No target yet");
}

TEST(KpiTable, KeyNamesEveryRatingOnItsShadeAndTheStylesTolerance) {
  model::HouseStyle style = kpi_style();
  model::Table key = kpi_key_table(style);
  ASSERT_EQ(key.columns.size(), 4u);
  ASSERT_EQ(key.body.size(), 7u);
  const std::string labels[] = {"G On target", "A Near target", "R Off target", "\u2013 Not due",
                                "\u2013 No target yet", "\u2013 Baseline not established", "\u2013 No data"};
  const std::string shades[] = {"rating-green", "rating-amber", "rating-red", "rating-neutral",
                                "rating-neutral", "rating-neutral", "rating-neutral"};
  for (std::size_t i = 0; i < 7; ++i) {
    EXPECT_EQ(cell_text(key.body[i].cells[0]), labels[i]);
    EXPECT_EQ(key.body[i].cells[0].shade, shades[i]);
  }
  EXPECT_EQ(cell_text(key.body[0].cells[2]), "\u2191 Improved");
  EXPECT_EQ(cell_text(key.body[1].cells[2]), "\u2194 Maintained");
  EXPECT_EQ(cell_text(key.body[2].cells[2]), "\u2193 Declined");
  EXPECT_EQ(cell_text(key.body[1].cells[1]),
            "The latest figure misses the target in force by no more than 10% of the target.");
  style.ratings.amber_kind = model::RatingRules::Tolerance::Points;
  style.ratings.amber = 5;
  key = kpi_key_table(style);
  EXPECT_EQ(cell_text(key.body[1].cells[1]),
            "The latest figure misses the target in force by no more than 5 in the KPI's own unit "
            "(percentage points, weeks).");
}

// ---- through compose_report ------------------------------------------------------

model::Report report_with(model::Flow appendix) {
  model::Report r = sample_report();
  r.appendices.at(0).content = std::move(appendix);
  return r;
}

TEST(KpiCompose, HeadingTableSparklineAndKey) {
  model::KpiGroup g = timeliness();
  g.trend = true;
  const doc::Document d = compose_report(report_with({g, model::KpiKey{}}), kpi_style());
  const doc::Section& s = d.sections.back();
  ASSERT_EQ(s.blocks.size(), 5u);  // appendix heading, group heading, table, key heading, key
  const auto& heading = std::get<doc::Paragraph>(s.blocks[1]);
  EXPECT_EQ(text_of(heading), "Actions 1.2: The Timeliness of new EHCPs");
  EXPECT_EQ(heading.role, doc::Role::Heading);
  EXPECT_EQ(heading.bookmark_level, 1);
  EXPECT_TRUE(heading.style.keep_with_next);

  const auto& table = std::get<doc::Table>(s.blocks[2]);
  ASSERT_EQ(table.columns.size(), 12u);
  EXPECT_EQ(text_of(table.header_rows[0].cells[7]), "6 Point Trend");
  const auto& performance = table.body_rows[0].cells[4];
  EXPECT_EQ(performance.fill, kpi_style().shades.at("rating-green"));
  EXPECT_EQ(text_of(performance), "55%\nDec-19\nOctober to December 2019\nG On target");
  const auto& trend = table.body_rows[1].cells[10];
  ASSERT_TRUE(trend.figure);
  const auto& spark = std::get<doc::Sparkline>(trend.figure->content);
  EXPECT_EQ(spark.values, (std::vector<double>{40, 43.6}));
  EXPECT_EQ(trend.figure->alt, "KPI 1/2a: trend of the last 2 figures, oldest first: 40%, 43.6%.");

  EXPECT_EQ(text_of(std::get<doc::Paragraph>(s.blocks[3])), "Key to KPI ratings and direction of travel");
  const auto& key = std::get<doc::Table>(s.blocks[4]);
  EXPECT_EQ(text_of(key.body_rows[2].cells[0]), "R Off target");
  EXPECT_EQ(key.body_rows[2].cells[0].fill, kpi_style().shades.at("rating-red"));
}

TEST(KpiCompose, TrendKeepsTheLastSixFiguresUpToTheReportingDate) {
  model::KpiGroup g = timeliness();
  g.trend = true;
  g.kpis.resize(1);
  g.kpis[0].actuals.clear();
  for (int m = 1; m <= 9; ++m)
    g.kpis[0].actuals.push_back({Date(2019, static_cast<unsigned short>(m), 1), double(m), {}});
  g.reporting_date = Date(2019, 8, 15);
  const KpiTable t = kpi_group_table(g, kpi_style());
  EXPECT_EQ(t.trend_values.at(0), (std::vector<double>{3, 4, 5, 6, 7, 8}));
}

TEST(KpiCompose, ATypedRatingTheDataContradictIsALocatedError) {
  model::KpiGroup g = timeliness();
  g.kpis[0].claimed_rating = model::Claimed<model::Rating>{model::Rating::Red, SourceLocation{"r.xml", 30, 7}};
  g.kpis[1].claimed_direction =
      model::Claimed<model::Direction>{model::Direction::Declined, SourceLocation{"r.xml", 41, 9}};
  try {
    compose_report(report_with({g}), kpi_style());
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    ASSERT_EQ(e.diagnostics().size(), 2u);
    EXPECT_EQ(e.diagnostics()[0].where.line, 30u);
    EXPECT_EQ(e.diagnostics()[0].message,
              "KPI 1/2 is typed as 'Off target' but the data rate it 'On target' at the reporting date "
              "29 February 2020");
    EXPECT_EQ(e.diagnostics()[1].where.line, 41u);
  }
  g.kpis[0].claimed_rating->value = model::Rating::Green;
  g.kpis[1].claimed_direction->value = model::Direction::Improved;
  EXPECT_NO_THROW(compose_report(report_with({g}), kpi_style()));
}

TEST(KpiCompose, NotInATableCellAndNotWithoutTheRatingShades) {
  const model::HouseStyle style = kpi_style();
  FlowComposer flows(style);
  FlowContext cell;
  cell.kind = FlowKind::Cell;
  cell.where = "appendix A, table 1";
  std::vector<doc::Block> out;
  EXPECT_THROW(flows.compose({timeliness()}, cell, out), InputError);

  model::HouseStyle bare = house_style();  // no rating-neutral
  EXPECT_THROW(compose_report(report_with({timeliness()}), bare), InputError);
}

TEST(KpiChart, FiguresAgainstTheTargetTrajectoryWithTheToleranceBand) {
  model::KpiGroup g = timeliness();
  const model::Kpi& k = g.kpis[1];  // 40%, 43.6%; target 15% in April
  const auto f = kpi_chart(k, g.reporting_date, kpi_style());
  ASSERT_TRUE(f);
  const auto& chart = std::get<doc::LineChart>(f->content);
  EXPECT_EQ(chart.title, "KPI 1/2a: % of new EHCPs from 01.01.20");
  ASSERT_EQ(chart.series.size(), 2u);
  const doc::ChartSeries& actual = chart.series[0];
  EXPECT_EQ(actual.name, "Actual");
  EXPECT_EQ(actual.line, doc::LineStyle::Solid);
  EXPECT_TRUE(actual.marker_filled);
  EXPECT_TRUE(actual.value_labels);
  ASSERT_EQ(actual.points.size(), 2u);
  EXPECT_EQ(actual.points[1].y, 43.6);
  EXPECT_EQ(actual.points[1].x_label, "Feb-20");
  EXPECT_EQ(actual.points[1].x - actual.points[0].x, 29);  // days: gaps true to time
  const doc::ChartSeries& target = chart.series[1];
  EXPECT_EQ(target.line, doc::LineStyle::Dashed);
  EXPECT_FALSE(target.marker_filled);
  ASSERT_EQ(target.points.size(), 1u);
  EXPECT_EQ(target.points[0].y, 15);
  EXPECT_TRUE(chart.bands.empty());  // a band needs two milestones
  EXPECT_EQ(chart.y_unit, "%");
  EXPECT_EQ(chart.y_min, 0);
  EXPECT_EQ(f->alt, "KPI 1/2a, figures against targets. Figures: 40% (Jan-20), 43.6% (Feb-20). Targets: 15% (Apr-20).");

  // Milestones without a number (not measurable) are left out; the band lies on the worse side.
  const auto first = kpi_chart(g.kpis[0], g.reporting_date, kpi_style());
  ASSERT_TRUE(first);
  const auto& c0 = std::get<doc::LineChart>(first->content);
  ASSERT_EQ(c0.series[1].points.size(), 2u);  // 14% and 10%
  ASSERT_EQ(c0.bands.size(), 1u);
  EXPECT_DOUBLE_EQ(c0.bands[0].points[0].low, 14 - 1.4);
  EXPECT_DOUBLE_EQ(c0.bands[0].points[0].high, 14);
}

TEST(KpiChart, NoChartWithoutAFigureOrWithASinglePoint) {
  model::KpiGroup g = timeliness();
  model::Kpi k = g.kpis[1];
  k.targets.clear();
  k.actuals.resize(1);
  EXPECT_FALSE(kpi_chart(k, g.reporting_date, kpi_style()));
  k.actuals.clear();
  k.targets = g.kpis[0].targets;
  EXPECT_FALSE(kpi_chart(k, g.reporting_date, kpi_style()));
}

TEST(KpiChart, ChartsFollowTheTableWhenTheGroupAsks) {
  model::KpiGroup g = timeliness();
  g.charts = true;
  const doc::Document d = compose_report(report_with({g}), kpi_style());
  const doc::Section& s = d.sections.back();
  ASSERT_EQ(s.blocks.size(), 5u);  // appendix heading, group heading, table, two charts
  EXPECT_TRUE(std::holds_alternative<doc::Table>(s.blocks[2]));
  EXPECT_EQ(std::get<doc::LineChart>(std::get<doc::Figure>(s.blocks[3]).content).title,
            "KPI 1/2: % of EHCPs completed within 20 weeks");
  EXPECT_TRUE(std::holds_alternative<doc::Figure>(s.blocks[4]));
}

TEST(KpiCompose, TheLoadedFixtureComposes) {
  DiagnosticSink sink;
  const auto r = load::load_report(std::string(BOARDPACK_TEST_DATA) + "/kpi/kpi-report.xml", sink);
  ASSERT_TRUE(r);
  const doc::Document d = compose_report(*r, kpi_style());
  std::vector<std::string> labels;
  for (const doc::Paragraph* p : all_paragraphs(d)) {
    const std::string t = text_of(*p);
    if (t == "G On target" || t == "\u2013 Not due" || t == "\u2013 Baseline not established" ||
        t == "\u2013 No target yet")
      labels.push_back(t);
  }
  // Rows: 1/2 green, 1/2a not due, 4/1 not due, 1/6 baseline, 5/4 green, 2/2 no target; then the key.
  EXPECT_EQ(labels, (std::vector<std::string>{"G On target", "\u2013 Not due", "\u2013 Not due",
                                              "\u2013 Baseline not established", "G On target",
                                              "\u2013 No target yet", "G On target", "\u2013 Not due",
                                              "\u2013 No target yet", "\u2013 Baseline not established"}));
}

}  // namespace
}  // namespace bp::compose
