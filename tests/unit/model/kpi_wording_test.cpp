// KPI wording: labels that carry the rating without colour, arrows, figures in
// their units, target descriptions, the standard sentences of the seed papers,
// and typed ratings checked against the data.

#include "model/kpi_wording.h"

#include <gtest/gtest.h>

#include "kpi_test_support.h"
#include "model/kpi_check.h"

namespace bp::model {
namespace {

using namespace kpi_testing;

const RatingRules kRules = percent_rules(10);

std::string sentence(const Kpi& k, const Date& on) { return performance_sentence(k, assess(k, on, kRules)); }

TEST(KpiWording, EveryRatingHasATextLabelAndAShade) {
  EXPECT_EQ(rating_label(Rating::Green), "G On target");
  EXPECT_EQ(rating_label(Rating::Amber), "A Near target");
  EXPECT_EQ(rating_label(Rating::Red), "R Off target");
  EXPECT_EQ(rating_label(Rating::NotDue), "\u2013 Not due");
  EXPECT_EQ(rating_label(Rating::NoTarget), "\u2013 No target yet");
  EXPECT_EQ(rating_label(Rating::BaselineNotEstablished), "\u2013 Baseline not established");
  EXPECT_EQ(rating_label(Rating::NoData), "\u2013 No data");
  EXPECT_EQ(rating_shade(Rating::Green), "rating-green");
  EXPECT_EQ(rating_shade(Rating::Amber), "rating-amber");
  EXPECT_EQ(rating_shade(Rating::Red), "rating-red");
  EXPECT_EQ(rating_shade(Rating::NoData), "rating-neutral");
  EXPECT_TRUE(is_rated(Rating::Amber));
  EXPECT_FALSE(is_rated(Rating::NotDue));
}

TEST(KpiWording, ArrowsAndWords) {
  EXPECT_EQ(direction_arrow(Direction::Improved), "\u2191");
  EXPECT_EQ(direction_arrow(Direction::Maintained), "\u2194");
  EXPECT_EQ(direction_arrow(Direction::Declined), "\u2193");
  EXPECT_EQ(direction_arrow(Direction::None), "");
  EXPECT_EQ(direction_words(Direction::Declined), "Declined");
  EXPECT_EQ(frequency_words(Frequency::BiAnnually), "Bi-Annually");
  EXPECT_EQ(frequency_words(Frequency::Unspecified), "");
}

TEST(KpiWording, FiguresInTheirUnits) {
  EXPECT_EQ(format_value(43.6, KpiUnit::Percent), "43.6%");
  EXPECT_EQ(format_value(40, KpiUnit::Percent), "40%");
  EXPECT_EQ(format_value(42.35, KpiUnit::Percent), "42.35%");
  EXPECT_EQ(format_value(0.1 + 0.2, KpiUnit::Percent), "0.3%");
  EXPECT_EQ(format_value(25, KpiUnit::Weeks), "25 weeks");
  EXPECT_EQ(format_value(1, KpiUnit::Weeks), "1 week");
  EXPECT_EQ(format_value(3, KpiUnit::Days), "3 days");
  EXPECT_EQ(format_value(317, KpiUnit::Count), "317");
  EXPECT_EQ(format_value(0, KpiUnit::Count), "0");
}

TEST(KpiWording, TargetDescriptionsSayPointsOrPercentExplicitly) {
  Kpi k = percent_kpi();
  const Date d = ymd(2020, 12, 31);
  EXPECT_EQ(describe_target(k, value_target(d, 14), d), std::vector<std::string>{"14%"});
  EXPECT_EQ(describe_target(k, baseline_plus(d, 10, Uplift::Points), d),
            std::vector<std::string>{"Baseline plus 10 points"});
  k.baseline = established(38.5, ymd(2019, 12, 18));
  EXPECT_EQ(describe_target(k, baseline_plus(d, 10, Uplift::Points), d),
            (std::vector<std::string>{"Baseline plus 10 points", "= 48.5%"}));
  EXPECT_EQ(describe_target(k, baseline_plus(d, 10, Uplift::Percent), d),
            (std::vector<std::string>{"Baseline plus 10% of baseline", "= 42.35%"}));
  k.national = {{ymd(2019, 7, 31), 9}};
  EXPECT_EQ(describe_target(k, kind_target(d, TargetKind::NationalAverage), d),
            (std::vector<std::string>{"National average", "(9%)"}));
  EXPECT_EQ(describe_target(k, kind_target(d, TargetKind::MaxOf, 50), d),
            (std::vector<std::string>{"50% or national average, whichever is higher", "= 50%"}));
  Target na = kind_target(d, TargetKind::NotMeasurable);
  na.note = "Academic attainment validated by October";
  EXPECT_EQ(describe_target(k, na, d),
            (std::vector<std::string>{"Not measured", "Academic attainment validated by October"}));
  Kpi weeks = weeks_kpi();
  weeks.baseline = established(30, ymd(2019, 6, 30));
  EXPECT_EQ(describe_target(weeks, baseline_plus(d, 2, Uplift::Points), d),
            (std::vector<std::string>{"Baseline plus 2 weeks", "= 32 weeks"}));
}

// ---- the standard sentences of seed 001 ------------------------------------------

TEST(KpiSentence, ImprovedButBelowBaselineAndTarget) {  // KPI 1/1
  Kpi k = percent_kpi({{ymd(2018, 7, 31), 1, {}}, {ymd(2019, 7, 31), 3, {}}},
                      {kind_target(ymd(2019, 10, 31), TargetKind::NationalAverage)});
  k.baseline = established(9, ymd(2019, 7, 31));
  k.national = {{ymd(2019, 7, 31), 9}};
  EXPECT_EQ(sentence(k, ymd(2019, 12, 31)),
            "Performance has improved on the previous period, but remains below baseline & target.");
}

TEST(KpiSentence, ImprovedAndAboveTarget) {  // KPI 1/2
  Kpi k = percent_kpi({{ymd(2019, 3, 31), 3, {}}, {ymd(2019, 12, 31), 55, {}}},
                      {value_target(ymd(2019, 10, 31), 14)});
  k.baseline = established(3, ymd(2019, 3, 31));
  EXPECT_EQ(sentence(k, ymd(2019, 12, 31)),
            "Performance has improved on the previous period, and is above target.");
}

TEST(KpiSentence, MaintainedAtBaselineAndTarget) {  // KPI 5/3
  Kpi k = weeks_kpi({{ymd(2019, 6, 30), 6, {}}, {ymd(2019, 11, 30), 6, {}}},
                    {value_target(ymd(2019, 10, 31), 6)});
  k.baseline = established(6, ymd(2019, 6, 30));
  EXPECT_EQ(sentence(k, ymd(2019, 11, 30)),
            "Performance has been maintained, consistent with the previous period and remains at "
            "baseline & target.");
}

TEST(KpiSentence, BaselineStillToBeEstablished) {  // KPI 1/4, 1/6
  Kpi k = percent_kpi({}, {value_target(ymd(2020, 4, 30), 90)});
  k.baseline = pending();
  EXPECT_EQ(sentence(k, ymd(2019, 12, 31)),
            "Performance is not measured as the baseline is still to be established.");
  k.baseline = pending(ymd(2020, 5, 31));
  EXPECT_EQ(sentence(k, ymd(2019, 12, 31)),
            "Performance is not measured as the baseline is still to be established. The baseline "
            "is due by 31 May 2020.");
  k.baseline = pending(ymd(2019, 12, 21));
  EXPECT_EQ(sentence(k, ymd(2019, 12, 31)),
            "Performance is not measured as the baseline is still to be established. The baseline "
            "was due by 21 December 2019.");
}

TEST(KpiSentence, WaitingTimesUseWithinAndAbove) {  // KPI 5/2, 5/1
  Kpi ot = weeks_kpi({{ymd(2019, 6, 30), 15, {}}, {ymd(2019, 11, 30), 11, {}}},
                     {value_target(ymd(2019, 10, 31), 15)});
  ot.baseline = established(15, ymd(2019, 6, 30));
  EXPECT_EQ(sentence(ot, ymd(2019, 11, 30)),
            "Performance has improved on the previous period, and is within target.");
  Kpi pd = weeks_kpi({{ymd(2019, 6, 30), 9, {}}, {ymd(2019, 11, 30), 9, {}}},
                     {value_target(ymd(2019, 10, 31), 8)});
  pd.baseline = established(9, ymd(2019, 6, 30));
  EXPECT_EQ(sentence(pd, ymd(2019, 11, 30)),
            "Performance has been maintained, consistent with the previous period, but remains above "
            "target.");
}

TEST(KpiSentence, DeclinedAndNearOrStillOnTarget) {
  const Kpi near = percent_kpi({{ymd(2019, 12, 31), 60, {}}, {ymd(2020, 1, 31), 48, {}}},
                               {value_target(ymd(2020, 1, 31), 50)});
  EXPECT_EQ(sentence(near, ymd(2020, 1, 31)),
            "Performance has declined on the previous period, and is just below target.");
  const Kpi still = percent_kpi({{ymd(2019, 12, 31), 90, {}}, {ymd(2020, 1, 31), 80, {}}},
                                {value_target(ymd(2020, 1, 31), 50)});
  EXPECT_EQ(sentence(still, ymd(2020, 1, 31)),
            "Performance has declined on the previous period, but is above target.");
}

TEST(KpiSentence, FirstFigureHasNoDirection) {  // KPI 2/1, 3/3
  const Kpi at = percent_kpi({{ymd(2019, 12, 31), 1, {}}}, {value_target(ymd(2019, 12, 31), 1)});
  EXPECT_EQ(sentence(at, ymd(2019, 12, 31)), "Performance is at target.");
  const Kpi below = percent_kpi({{ymd(2019, 12, 31), 20, {}}}, {value_target(ymd(2019, 12, 31), 50)});
  EXPECT_EQ(sentence(below, ymd(2019, 12, 31)), "Performance is below target.");
}

TEST(KpiSentence, NotDueNamesTheFirstTarget) {  // KPI 1/2a, 4/1
  const Kpi ahead = percent_kpi({{ymd(2020, 1, 31), 40, {}}, {ymd(2020, 2, 29), 43.6, {}}},
                                {value_target(ymd(2020, 4, 30), 15)});
  EXPECT_EQ(sentence(ahead, ymd(2020, 2, 29)),
            "Performance has improved on the previous period, and is already above the first "
            "target, due in April 2020.");
  const Kpi first = percent_kpi({{ymd(2019, 12, 18), 38.5, {}}},
                                {value_target(ymd(2020, 12, 31), 48.5)});
  EXPECT_EQ(sentence(first, ymd(2019, 12, 31)),
            "A first figure has been reported; the first target is due in December 2020.");
  const Kpi nothing = percent_kpi({}, {value_target(ymd(2020, 6, 30), 1)});
  EXPECT_EQ(sentence(nothing, ymd(2019, 12, 31)),
            "No figure has been reported yet; the first target is due in June 2020.");
}

TEST(KpiSentence, NeutralStates) {
  EXPECT_EQ(sentence(percent_kpi({}, {value_target(ymd(2019, 12, 31), 50)}), ymd(2020, 1, 31)),
            "No figure has been reported for this period.");
  EXPECT_EQ(sentence(percent_kpi({}, {}), ymd(2020, 1, 31)), "No target has been set yet.");
  Kpi national = percent_kpi({{ymd(2019, 7, 31), 3, {}}},
                             {kind_target(ymd(2019, 10, 31), TargetKind::NationalAverage)});
  EXPECT_EQ(sentence(national, ymd(2019, 12, 31)),
            "The national average for this period is not yet known.");
  const Kpi unmeasured = percent_kpi({{ymd(2019, 7, 31), 3, {}}},
                                     {kind_target(ymd(2019, 10, 31), TargetKind::NotMeasurable)});
  EXPECT_EQ(sentence(unmeasured, ymd(2019, 12, 31)),
            "A first figure has been reported; there is no measurable target for this period.");
}

// ---- typed ratings checked against the data ---------------------------------------

TEST(KpiClaims, AContradictionIsAnErrorAtTheTypedAttribute) {
  KpiGroup g;
  g.reporting_date = ymd(2019, 12, 31);
  Kpi k = percent_kpi({{ymd(2018, 7, 31), 1, {}}, {ymd(2019, 7, 31), 3, {}}},
                      {value_target(ymd(2019, 10, 31), 9)});
  k.ref = "KPI 1/1";
  k.claimed_rating = Claimed<Rating>{Rating::Green, SourceLocation{"r.xml", 12, 40}};
  k.claimed_direction = Claimed<Direction>{Direction::Improved, SourceLocation{"r.xml", 12, 58}};
  g.kpis.push_back(k);
  const auto diags = check_claims(g, kRules);
  ASSERT_EQ(diags.size(), 1u);  // the direction agrees
  EXPECT_EQ(diags[0].severity, Severity::Error);
  EXPECT_EQ(diags[0].where.line, 12u);
  EXPECT_EQ(diags[0].where.column, 40u);
  EXPECT_EQ(diags[0].message,
            "KPI 1/1 is typed as 'On target' but the data rate it 'Off target' at the reporting "
            "date 31 December 2019");
  EXPECT_NE(diags[0].hint.find("latest figure 3% (31 July 2019)"), std::string::npos) << diags[0].hint;
  EXPECT_NE(diags[0].hint.find("target 9%"), std::string::npos) << diags[0].hint;

  g.kpis[0].claimed_rating->value = Rating::Red;
  g.kpis[0].claimed_direction->value = Direction::Declined;
  const auto again = check_claims(g, kRules);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].where.column, 58u);
  EXPECT_NE(again[0].message.find("typed as 'Declined' but the data say 'Improved'"), std::string::npos)
      << again[0].message;

  g.kpis[0].claimed_direction->value = Direction::Improved;
  EXPECT_TRUE(check_claims(g, kRules).empty());
}

}  // namespace
}  // namespace bp::model
