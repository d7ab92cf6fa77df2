// KPI derivation: the target in force, target numbers of every kind, rating at
// the boundaries for both polarities and both kinds of tolerance, the neutral
// states and their order, and direction of travel with polarity.

#include "model/kpi_rating.h"

#include <gtest/gtest.h>

#include "kpi_test_support.h"

namespace bp::model {
namespace {

using namespace kpi_testing;

// ---- target in force --------------------------------------------------------

Kpi three_milestones() {
  return percent_kpi({}, {value_target(ymd(2019, 10, 31), 14), value_target(ymd(2020, 1, 31), 40),
                          value_target(ymd(2020, 4, 30), 50)});
}

TEST(KpiTargetInForce, NoneBeforeTheFirstMilestone) {
  const Kpi k = three_milestones();
  EXPECT_EQ(target_in_force(k, ymd(2019, 10, 30)), nullptr);
  ASSERT_NE(next_target(k, ymd(2019, 10, 30)), nullptr);
  EXPECT_EQ(next_target(k, ymd(2019, 10, 30))->value, 14);
}

TEST(KpiTargetInForce, AMilestoneAppliesFromItsOwnDate) {
  const Kpi k = three_milestones();
  ASSERT_NE(target_in_force(k, ymd(2019, 10, 31)), nullptr);
  EXPECT_EQ(target_in_force(k, ymd(2019, 10, 31))->value, 14);
  EXPECT_EQ(target_in_force(k, ymd(2020, 1, 30))->value, 14);
  EXPECT_EQ(target_in_force(k, ymd(2020, 1, 31))->value, 40);
  EXPECT_EQ(next_target(k, ymd(2020, 1, 31))->value, 50);
}

TEST(KpiTargetInForce, TheLastMilestoneStaysInForce) {
  const Kpi k = three_milestones();
  EXPECT_EQ(target_in_force(k, ymd(2025, 1, 1))->value, 50);
  EXPECT_EQ(next_target(k, ymd(2025, 1, 1)), nullptr);
}

// ---- target numbers ---------------------------------------------------------

TEST(KpiTargetValue, BaselinePlusPointsOrPercent) {
  Kpi k = percent_kpi();
  k.baseline = established(38.5, ymd(2019, 12, 18));
  const Date d = ymd(2020, 12, 31);
  EXPECT_DOUBLE_EQ(*target_value(k, baseline_plus(d, 10, Uplift::Points), d), 48.5);
  EXPECT_NEAR(*target_value(k, baseline_plus(d, 10, Uplift::Percent), d), 42.35, 1e-9);
  k.baseline = pending();
  EXPECT_FALSE(target_value(k, baseline_plus(d, 10, Uplift::Points), d));
}

TEST(KpiTargetValue, NationalFigureKnownAtTheEarlierOfMilestoneAndReportingDate) {
  Kpi k = percent_kpi();
  k.national = {{ymd(2019, 7, 31), 9}, {ymd(2020, 7, 31), 12}};
  const Target nat = kind_target(ymd(2019, 10, 31), TargetKind::NationalAverage);
  EXPECT_EQ(*target_value(k, nat, ymd(2020, 12, 31)), 9);  // the 2020 figure came after the milestone
  EXPECT_FALSE(target_value(k, kind_target(ymd(2019, 6, 30), TargetKind::NationalAverage),
                            ymd(2020, 12, 31)));            // nothing published by then
  const Target later = kind_target(ymd(2020, 10, 31), TargetKind::NationalAverage);
  EXPECT_EQ(*target_value(k, later, ymd(2020, 8, 31)), 12);
  EXPECT_EQ(*target_value(k, later, ymd(2020, 6, 30)), 9);  // known at the reporting date
}

TEST(KpiTargetValue, MaxOfAndMinOfTakeTheHigherOrLower) {
  Kpi k = percent_kpi();
  k.national = {{ymd(2020, 1, 31), 60}};
  const Date d = ymd(2020, 10, 31);
  EXPECT_EQ(*target_value(k, kind_target(d, TargetKind::MaxOf, 50), d), 60);
  EXPECT_EQ(*target_value(k, kind_target(d, TargetKind::MaxOf, 75), d), 75);
  EXPECT_EQ(*target_value(k, kind_target(d, TargetKind::MinOf, 50), d), 50);
  k.national.clear();
  EXPECT_FALSE(target_value(k, kind_target(d, TargetKind::MaxOf, 50), d));
  EXPECT_FALSE(target_value(k, kind_target(d, TargetKind::NotMeasurable), d));
}

// ---- rating at the boundaries -----------------------------------------------

TEST(KpiRate, HigherIsBetterPercentTolerance) {
  const RatingRules r = percent_rules(10);  // 10% of a 50% target: 5 points
  const Polarity hi = Polarity::HigherIsBetter;
  EXPECT_EQ(rate(50, 50, hi, r), Rating::Green);  // exactly on target
  EXPECT_EQ(rate(50.1, 50, hi, r), Rating::Green);
  EXPECT_EQ(rate(49.99, 50, hi, r), Rating::Amber);
  EXPECT_EQ(rate(45, 50, hi, r), Rating::Amber);  // the tolerance edge is amber
  EXPECT_EQ(rate(44.99, 50, hi, r), Rating::Red);
  EXPECT_EQ(rate(0, 50, hi, r), Rating::Red);
}

TEST(KpiRate, LowerIsBetterPercentTolerance) {
  const RatingRules r = percent_rules(10);  // 10% of 20 weeks: 2 weeks
  const Polarity lo = Polarity::LowerIsBetter;
  EXPECT_EQ(rate(20, 20, lo, r), Rating::Green);
  EXPECT_EQ(rate(11, 20, lo, r), Rating::Green);
  EXPECT_EQ(rate(20.5, 20, lo, r), Rating::Amber);
  EXPECT_EQ(rate(22, 20, lo, r), Rating::Amber);
  EXPECT_EQ(rate(22.01, 20, lo, r), Rating::Red);
}

TEST(KpiRate, PointsToleranceIsInTheKpisOwnUnit) {
  const RatingRules r = points_rules(5);
  EXPECT_EQ(rate(90, 95, Polarity::HigherIsBetter, r), Rating::Amber);
  EXPECT_EQ(rate(89.9, 95, Polarity::HigherIsBetter, r), Rating::Red);
  EXPECT_EQ(rate(12, 7, Polarity::LowerIsBetter, r), Rating::Amber);
  EXPECT_EQ(rate(12.5, 7, Polarity::LowerIsBetter, r), Rating::Red);
  EXPECT_DOUBLE_EQ(amber_tolerance(r, 95), 5);
  EXPECT_DOUBLE_EQ(amber_tolerance(percent_rules(10), 8), 0.8);
}

TEST(KpiRate, ComputedEdgesAreNotLostToRounding) {
  // 0.1 * 3 != 0.3 in binary; 30 - 10% of 33 is the edge and must stay amber.
  EXPECT_EQ(rate(29.7, 33, Polarity::HigherIsBetter, percent_rules(10)), Rating::Amber);
  EXPECT_EQ(rate(0.3, 0.1 * 3, Polarity::HigherIsBetter, percent_rules(0)), Rating::Green);
}

TEST(KpiRate, ZeroToleranceHasNoAmber) {
  EXPECT_EQ(rate(49.9, 50, Polarity::HigherIsBetter, percent_rules(0)), Rating::Red);
  EXPECT_EQ(rate(50, 50, Polarity::HigherIsBetter, points_rules(0)), Rating::Green);
}

// ---- direction ----------------------------------------------------------------

TEST(KpiDirection, FollowsPolarity) {
  EXPECT_EQ(direction_of(40, 43.6, Polarity::HigherIsBetter), Direction::Improved);
  EXPECT_EQ(direction_of(43.6, 40, Polarity::HigherIsBetter), Direction::Declined);
  EXPECT_EQ(direction_of(30, 25, Polarity::LowerIsBetter), Direction::Improved);  // shorter wait
  EXPECT_EQ(direction_of(25, 30, Polarity::LowerIsBetter), Direction::Declined);
  EXPECT_EQ(direction_of(6, 6, Polarity::LowerIsBetter), Direction::Maintained);
}

// ---- assess: the order of the rules ---------------------------------------------

const RatingRules kRules = percent_rules(10);

TEST(KpiAssess, RatesTheLatestFigureAgainstTheTargetInForce) {
  const Kpi k = percent_kpi({{ymd(2019, 12, 31), 12, {}}, {ymd(2020, 1, 31), 38, {}}},
                            {value_target(ymd(2019, 10, 31), 14), value_target(ymd(2020, 1, 31), 40)});
  const Assessment a = assess(k, ymd(2020, 2, 29), kRules);
  EXPECT_EQ(a.rating, Rating::Amber);  // 38 against 40, within 4
  EXPECT_EQ(a.direction, Direction::Improved);
  ASSERT_TRUE(a.latest && a.previous && a.target && a.target_value);
  EXPECT_EQ(a.latest->value, 38);
  EXPECT_EQ(a.previous->value, 12);
  EXPECT_EQ(*a.target_value, 40);
  EXPECT_FALSE(a.next);
}

TEST(KpiAssess, FiguresAfterTheReportingDateAreIgnored) {
  const Kpi k = percent_kpi({{ymd(2019, 12, 31), 20, {}}, {ymd(2020, 3, 31), 90, {}}},
                            {value_target(ymd(2019, 10, 31), 50)});
  const Assessment a = assess(k, ymd(2020, 2, 29), kRules);
  EXPECT_EQ(a.rating, Rating::Red);
  EXPECT_EQ(a.latest->value, 20);
  EXPECT_EQ(a.direction, Direction::None);  // no figure before December
}

TEST(KpiAssess, NotDueBeforeTheFirstMilestone) {
  const Kpi k = percent_kpi({{ymd(2020, 1, 31), 40, {}}, {ymd(2020, 2, 29), 43.6, {}}},
                            {value_target(ymd(2020, 4, 30), 15)});
  const Assessment a = assess(k, ymd(2020, 2, 29), kRules);
  EXPECT_EQ(a.rating, Rating::NotDue);
  EXPECT_EQ(a.direction, Direction::Improved);
  ASSERT_TRUE(a.next_value);
  EXPECT_EQ(*a.next_value, 15);
}

TEST(KpiAssess, NotDueWhileTheMilestoneInForceIsNotMeasurable) {
  const Kpi k = percent_kpi({{ymd(2019, 7, 31), 3, {}}},
                            {value_target(ymd(2019, 10, 31), 9),
                             kind_target(ymd(2020, 1, 31), TargetKind::NotMeasurable)});
  EXPECT_EQ(assess(k, ymd(2019, 12, 31), kRules).rating, Rating::Red);
  EXPECT_EQ(assess(k, ymd(2020, 2, 29), kRules).rating, Rating::NotDue);
}

TEST(KpiAssess, NoTargetAndNoData) {
  EXPECT_EQ(assess(percent_kpi({{ymd(2020, 1, 31), 5, {}}}, {}), ymd(2020, 2, 1), kRules).rating,
            Rating::NoTarget);
  const Kpi no_figure = percent_kpi({}, {value_target(ymd(2019, 12, 31), 50)});
  const Assessment a = assess(no_figure, ymd(2020, 2, 1), kRules);
  EXPECT_EQ(a.rating, Rating::NoData);
  EXPECT_FALSE(a.missing_national);
}

TEST(KpiAssess, NoDataWhenTheNationalAverageIsNotKnown) {
  Kpi k = percent_kpi({{ymd(2019, 7, 31), 3, {}}},
                      {kind_target(ymd(2019, 10, 31), TargetKind::NationalAverage)});
  Assessment a = assess(k, ymd(2019, 12, 31), kRules);
  EXPECT_EQ(a.rating, Rating::NoData);
  EXPECT_TRUE(a.missing_national);
  k.national = {{ymd(2019, 7, 31), 9}};
  a = assess(k, ymd(2019, 12, 31), kRules);
  EXPECT_EQ(a.rating, Rating::Red);  // 3% against 9%
  EXPECT_EQ(*a.target_value, 9);
}

TEST(KpiAssess, PendingBaselineBlocksRelativeTargetsAndKpisWithoutFigures) {
  Kpi relative = percent_kpi({{ymd(2020, 1, 31), 11, {}}},
                             {value_target(ymd(2020, 1, 31), 50),
                              baseline_plus(ymd(2020, 4, 30), 10, Uplift::Points)});
  relative.baseline = pending(ymd(2020, 5, 31));
  EXPECT_EQ(assess(relative, ymd(2020, 2, 29), kRules).rating, Rating::BaselineNotEstablished);

  Kpi no_figure = percent_kpi({}, {value_target(ymd(2019, 12, 31), 25)});
  no_figure.baseline = pending();
  EXPECT_EQ(assess(no_figure, ymd(2020, 1, 31), kRules).rating, Rating::BaselineNotEstablished);

  // Absolute targets and a figure: rated although the baseline is still "TBC".
  Kpi absolute = percent_kpi({{ymd(2020, 1, 31), 40, {}}}, {value_target(ymd(2020, 1, 31), 30)});
  absolute.baseline = pending();
  EXPECT_EQ(assess(absolute, ymd(2020, 1, 31), kRules).rating, Rating::Green);

  // Once established the relative target resolves: 38.5 + 10 points.
  relative.baseline = established(38.5, ymd(2019, 12, 18));
  relative.actuals = {{ymd(2020, 4, 30), 47, {}}};
  const Assessment a = assess(relative, ymd(2020, 4, 30), kRules);
  EXPECT_DOUBLE_EQ(*a.target_value, 48.5);
  EXPECT_EQ(a.rating, Rating::Amber);
}

TEST(KpiAssess, WaitingTimesImproveWhenTheyFall) {
  const Kpi k = weeks_kpi({{ymd(2019, 6, 30), 30, {}}, {ymd(2019, 11, 30), 25, {}}},
                          {value_target(ymd(2019, 10, 31), 25), value_target(ymd(2019, 12, 31), 20)});
  const Assessment nov = assess(k, ymd(2019, 11, 30), kRules);
  EXPECT_EQ(nov.rating, Rating::Green);  // 25 weeks against 25
  EXPECT_EQ(nov.direction, Direction::Improved);
  const Assessment dec = assess(k, ymd(2019, 12, 31), kRules);
  EXPECT_EQ(dec.rating, Rating::Red);  // still 25 against 20 (amber only to 22)
}

}  // namespace
}  // namespace bp::model
