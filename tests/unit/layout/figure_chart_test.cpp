// Line charts through lay_out with fixed metrics (0.5 em characters, ascender
// 0.8, descender 0.2). Page 500 x 400, margins 20: body 460 x 360. Also the
// axis arithmetic (figure_ticks.h).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "layout/figure_ticks.h"
#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "figure_test_util.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

const doc::PageSetup kPage = page_setup(500, 400, 20);
const Rect kFrame{20, 20, 460, 360};

doc::Figure figure_of(doc::LineChart c, std::string alt = "Trend of KPI 1/2a") {
  doc::Figure f;
  f.content = std::move(c);
  f.alt = std::move(alt);
  return f;
}

LaidOutDocument lay(std::vector<doc::Block> blocks) {
  FixedMetrics m;
  return lay_out(document(std::move(blocks), kPage), m);
}

const TextItem* find(const Page& page, const std::string& s) {
  for (const Item& it : page.items) {
    if (const auto* t = std::get_if<TextItem>(&it); t && t->text == s) return t;
  }
  return nullptr;
}

// ---- ticks ----

TEST(NiceTicks, UsesOneTwoFiveSteps) {
  const Ticks a = nice_ticks(0, 100, 5);
  EXPECT_EQ(a.step, 20);
  EXPECT_EQ(a.values, (std::vector<double>{0, 20, 40, 60, 80, 100}));
  const Ticks b = nice_ticks(31, 60, 5);  // 29 / 5 = 5.8 -> step 10 from 30 to 60
  EXPECT_EQ(b.step, 10);
  EXPECT_EQ(b.values, (std::vector<double>{30, 40, 50, 60}));
  const Ticks c = nice_ticks(25, 30, 5);
  EXPECT_EQ(c.step, 1);
  EXPECT_EQ(c.values.front(), 25);
  EXPECT_EQ(c.values.back(), 30);
  const Ticks d = nice_ticks(0.12, 0.87, 5);  // 0.1 needs 8 intervals, 0.2 needs 5
  EXPECT_DOUBLE_EQ(d.step, 0.2);
  EXPECT_DOUBLE_EQ(d.values.front(), 0);
  EXPECT_NEAR(d.values.back(), 1.0, 1e-9);
}

TEST(NiceTicks, CoversTheRangeWithAtMostTargetIntervals) {
  for (double lo : {-13.0, 0.0, 2.5, 37.0}) {
    for (double span : {0.3, 7.0, 41.0, 999.0}) {
      for (int target : {2, 5, 8}) {
        const Ticks t = nice_ticks(lo, lo + span, target);
        ASSERT_GE(t.values.size(), 2u);
        EXPECT_LE(t.values.front(), lo + 1e-9);
        EXPECT_GE(t.values.back(), lo + span - 1e-9);
        EXPECT_LE(static_cast<int>(t.values.size()) - 1, target) << lo << " " << span << " " << target;
        const double mantissa = t.step / std::pow(10.0, std::floor(std::log10(t.step)));
        EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9)
            << t.step;
      }
    }
  }
}

TEST(NiceTicks, WidensAnEmptyRangeAndSurvivesNonsense) {
  const Ticks z = nice_ticks(0, 0);
  EXPECT_EQ(z.values.front(), 0);
  EXPECT_EQ(z.values.back(), 1);
  const Ticks f = nice_ticks(40, 40);
  EXPECT_LT(f.values.front(), 40);
  EXPECT_GT(f.values.back(), 40);
  const Ticks s = nice_ticks(60, 30);
  EXPECT_EQ(s.values.front(), 30);
  EXPECT_EQ(nice_ticks(NAN, 3).values, (std::vector<double>{0, 1}));
}

TEST(TickLabels, DecimalsFollowTheStep) {
  EXPECT_EQ(step_decimals(20), 0);
  EXPECT_EQ(step_decimals(0.5), 1);
  EXPECT_EQ(step_decimals(0.25), 2);
  EXPECT_EQ(format_value(43.6, 1), "43.6");
  EXPECT_EQ(format_value(40, 0), "40");
  EXPECT_EQ(format_value(-0.01, 1), "0.0");
  EXPECT_EQ(format_value(-2, 0), "-2");
}

// ---- the chart on a page ----

TEST(LineChart, EveryLabelIsTextAndEverythingStaysInsideTheFrame) {
  const LaidOutDocument d = lay({figure_of(kpi_chart())});
  ASSERT_EQ(d.pages.size(), 1u);
  const Page& p = d.pages[0];
  for (const char* label : {"KPI 1/2a: EHC plans issued within 20 weeks", "Oct-19", "Jan-20", "Feb-20", "Apr-20",
                            "Actual", "Target", "30%", "40%", "60%"}) {
    EXPECT_NE(find(p, label), nullptr) << label;
  }
  EXPECT_EQ(find(p, "KPI 1/2a: EHC plans issued within 20 weeks")->face, doc::FontFace::Bold);
  FixedMetrics m;
  for (const std::string& s : outside(p, kFrame, m)) ADD_FAILURE() << s;
  // The drawing starts at the frame's top-left corner and fills its width.
  double left = 1e9, right = 0, top = 1e9;
  for (const Item& it : p.items) {
    const Rect b = item_bounds(it, m);
    left = std::min(left, b.x);
    right = std::max(right, b.right());
    top = std::min(top, b.y);
  }
  EXPECT_NEAR(top, 20, 1);
  EXPECT_LT(left, 30);
  EXPECT_GT(right, 440);
}

TEST(LineChart, TargetSeriesIsDashedAndActualsSolid) {
  const LaidOutDocument d = lay({figure_of(kpi_chart())});
  const auto lines = items_of<LineItem>(d.pages[0]);
  std::vector<LineItem> navy, grey;
  for (const LineItem& l : lines) {
    if (l.color == kNavy) navy.push_back(l);
    if (l.color == kGrey) grey.push_back(l);
  }
  // 4 segments of the actuals plus the legend sample; 2 of the target plus its sample.
  ASSERT_EQ(navy.size(), 5u);
  ASSERT_EQ(grey.size(), 3u);
  for (const LineItem& l : navy) EXPECT_TRUE(l.dash.empty());
  for (const LineItem& l : grey) EXPECT_EQ(l.dash, (std::vector<double>{6, 3}));
  // The pattern runs on across the joint: the second segment's phase is the
  // first one's length, modulo the period.
  const double len = std::hypot(grey[0].x2 - grey[0].x1, grey[0].y2 - grey[0].y1);
  EXPECT_DOUBLE_EQ(grey[0].dash_phase, 0);
  EXPECT_NEAR(grey[1].dash_phase, std::fmod(len, 9.0), 1e-9);
  EXPECT_DOUBLE_EQ(grey[1].x1, grey[0].x2);
  // Rising actuals: each point higher on the page than the one before (y down).
  for (std::size_t i = 0; i + 2 < navy.size(); ++i) EXPECT_LT(navy[i + 1].y1, navy[i].y1);
}

TEST(LineChart, ActualMarkersAreFilledAndTargetMarkersHollow) {
  const LaidOutDocument d = lay({figure_of(kpi_chart())});
  const auto paths = items_of<PathItem>(d.pages[0]);
  int navy = 0, grey = 0, white = 0;
  for (const PathItem& p : paths) {
    if (p.fill == kNavy) ++navy;
    if (p.fill == kGrey) {
      ++grey;
      // A ring: the outer square and the inner one, 2 closed subpaths.
      EXPECT_EQ(std::count_if(p.commands.begin(), p.commands.end(),
                              [](const PathCommand& c) { return c.op == PathCommand::Close; }),
                2);
    }
    if (p.fill == Color{1, 1, 1}) ++white;
  }
  EXPECT_EQ(navy, 5 + 1);   // 5 points and the legend sample
  EXPECT_EQ(grey, 3 + 1);
  EXPECT_EQ(white, 3 + 1);  // a white inside under every hollow marker
}

TEST(LineChart, IsOneFigureNodeWithAltTextOwningItsText) {
  const LaidOutDocument d = lay({para("Intro"), figure_of(kpi_chart(), "KPI 1/2a rose from 31% to 43.6%")});
  int figure = -1;
  for (std::size_t i = 0; i < d.structure.size(); ++i) {
    if (d.structure[i].role == doc::Role::Figure) {
      EXPECT_EQ(figure, -1) << "one Figure node only";
      figure = static_cast<int>(i);
    }
  }
  ASSERT_GE(figure, 0);
  EXPECT_EQ(d.alt_text.at(figure), "KPI 1/2a rose from 31% to 43.6%");
  EXPECT_EQ(d.alt_text.size(), 1u);
  EXPECT_EQ(d.structure[static_cast<std::size_t>(figure)].parent, -1);
  EXPECT_EQ(find(d.pages[0], "Jan-20")->struct_id, figure);
  EXPECT_EQ(find(d.pages[0], "Intro")->struct_id, 0);
}

TEST(LineChart, UnitSuffixAndValueLabels) {
  doc::LineChart c;
  c.y_unit = " weeks";
  doc::ChartSeries s;
  s.name = "SALT wait";
  s.value_labels = true;
  s.points = {{month_day(2019, 6), 30, "Jun-19"}, {month_day(2019, 11), 25, "Nov-19"}, {month_day(2020, 2), 17.5, "Feb-20"}};
  c.series = {s};
  const LaidOutDocument d = lay({figure_of(c)});
  const Page& p = d.pages[0];
  EXPECT_NE(find(p, "30 weeks"), nullptr);  // a tick label
  EXPECT_NE(find(p, "17.5 weeks"), nullptr);  // a value label
  FixedMetrics m;
  for (const std::string& s2 : outside(p, kFrame, m)) ADD_FAILURE() << s2;
}

TEST(LineChart, CrowdedMonthLabelsAreThinnedAndNeverOverlap) {
  doc::LineChart c;
  c.width = 200;
  c.height = 150;
  doc::ChartSeries s;
  s.name = "Actual";
  for (int i = 0; i < 24; ++i) {
    const int y = 2019 + i / 12, m = i % 12 + 1;
    s.points.push_back({month_day(y, m), 10.0 + i, month_label(y, m)});
  }
  c.series = {s};
  const LaidOutDocument d = lay({figure_of(c)});
  std::vector<TextItem> months;
  for (const TextItem& t : items_of<TextItem>(d.pages[0])) {
    if (t.text.size() == 6 && t.text[3] == '-') months.push_back(t);
  }
  ASSERT_GE(months.size(), 2u);
  EXPECT_LT(months.size(), 24u);
  EXPECT_EQ(months.front().text, "Jan-19");
  EXPECT_EQ(months.back().text, "Dec-20");  // the last is always kept
  for (std::size_t i = 1; i < months.size(); ++i) {
    EXPECT_LT(months[i - 1].x + months[i - 1].width, months[i].x) << months[i].text;
  }
  FixedMetrics m;
  for (const std::string& str : outside(d.pages[0], Rect{20, 20, 200, 150}, m)) ADD_FAILURE() << str;
}

TEST(LineChart, MovesWholeToTheNextPageWhenItDoesNotFit) {
  // 30 lines of 10 pt fill 300 of the 360 pt body; the chart is 230 pt tall.
  const LaidOutDocument d = lay({para(words("filler", 300)), figure_of(kpi_chart())});
  ASSERT_EQ(d.pages.size(), 2u);
  EXPECT_EQ(find(d.pages[0], "Jan-20"), nullptr);
  EXPECT_TRUE(items_of<LineItem>(d.pages[0]).empty());
  const TextItem* title = find(d.pages[1], "KPI 1/2a: EHC plans issued within 20 weeks");
  ASSERT_NE(title, nullptr);
  EXPECT_LT(title->baseline, 20 + 15);  // at the top of the new page
}

TEST(LineChart, HeightIsCappedAtThePageBodyAndTheYTitleStaysInside) {
  doc::LineChart c = kpi_chart();
  c.height = 5000;
  c.y_title = "Per cent of plans";
  const LaidOutDocument d = lay({figure_of(c)});
  ASSERT_EQ(d.pages.size(), 1u);
  const TextItem* yt = find(d.pages[0], "Per cent of plans");
  ASSERT_NE(yt, nullptr);
  EXPECT_EQ(yt->angle, 90);
  FixedMetrics m;
  for (const std::string& s : outside(d.pages[0], kFrame, m)) ADD_FAILURE() << s;
}

TEST(LineChart, BandIsAFilledShapeUnderTheSeriesWithALegendPatch) {
  doc::LineChart c = kpi_chart();
  doc::ChartBand band;
  band.name = "Within tolerance";
  band.fill = Color{0.85, 0.9, 0.85};
  band.points = {{month_day(2019, 10), 27, 33}, {month_day(2020, 4), 54, 66}};
  c.bands = {band};
  const LaidOutDocument d = lay({figure_of(c)});
  const Page& p = d.pages[0];
  std::size_t band_at = p.items.size(), first_line = p.items.size();
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    if (const auto* path = std::get_if<PathItem>(&p.items[i]); path && path->fill == band.fill && band_at == p.items.size())
      band_at = i;
    if (const auto* l = std::get_if<LineItem>(&p.items[i]); l && l->color == kNavy && first_line == p.items.size())
      first_line = i;
  }
  ASSERT_LT(band_at, p.items.size());
  EXPECT_LT(band_at, first_line);
  EXPECT_NE(find(p, "Within tolerance"), nullptr);
  bool patch = false;
  for (const RectItem& r : items_of<RectItem>(p)) patch = patch || (r.has_fill && r.fill == band.fill);
  EXPECT_TRUE(patch);
  // 66 at the top of the band: the axis reaches at least 66%.
  EXPECT_NE(find(p, "70%"), nullptr);
}

TEST(LineChart, EmptyChartStillDrawsAxesInsideTheFrame) {
  const LaidOutDocument d = lay({figure_of(doc::LineChart{})});
  ASSERT_EQ(d.pages.size(), 1u);
  EXPECT_GE(items_of<LineItem>(d.pages[0]).size(), 2u);
  FixedMetrics m;
  for (const std::string& s : outside(d.pages[0], kFrame, m)) ADD_FAILURE() << s;
}

}  // namespace
}  // namespace bp::layout
