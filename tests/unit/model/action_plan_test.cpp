// model/action_plan.h: the five progress ratings, plan dates, the derivation
// of an action's rating from its milestones (boundaries included) and the
// summary counts by area.

#include "model/action_plan.h"

#include <gtest/gtest.h>

#include <set>

namespace bp::model {
namespace {

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

PlanDate day(int y, int m, int d) { return PlanDate{ymd(y, m, d), false}; }
PlanDate month(int y, int m) { return PlanDate{ymd(y, m, 1), true}; }

Milestone due(PlanDate when, std::optional<PlanDate> done = std::nullopt) {
  Milestone m;
  m.due = when;
  m.done = done;
  return m;
}

Action action_with(std::vector<Milestone> milestones) {
  Action a;
  a.ref = "1.1.1";
  a.milestones = std::move(milestones);
  return a;
}

TEST(ProgressRating, FiveStatesWithTokensLabelsAndShades) {
  ASSERT_EQ(all_progress_ratings().size(), 5u);
  std::set<std::string> labels, shades;
  for (ProgressRating r : all_progress_ratings()) {
    EXPECT_EQ(rating_from_token(rating_token(r)), r);
    labels.insert(std::string(rating_label(r)));
    shades.insert(rating_shade(r));
    EXPECT_FALSE(rating_description(r).empty());
  }
  EXPECT_EQ(labels.size(), 5u);
  EXPECT_EQ(shades.size(), 5u);
  EXPECT_EQ(rating_label(ProgressRating::NotOnTrack), "Not on track");
  EXPECT_EQ(rating_shade(ProgressRating::BusinessAsUsual), "progress-business-as-usual");
  EXPECT_EQ(rating_description(ProgressRating::NotOnTrack), "Action not on track, risk to implementation");
  EXPECT_EQ(rating_description(ProgressRating::NotStarted),
            "Longer-term action not yet started. No risk to implementation currently anticipated");
  EXPECT_FALSE(rating_from_token("On track"));
  EXPECT_FALSE(rating_from_token("red"));
}

TEST(PlanDate, ParsesDaysAndMonths) {
  EXPECT_EQ(parse_plan_date("2019-10-01"), day(2019, 10, 1));
  EXPECT_EQ(parse_plan_date("2019-10"), month(2019, 10));
  EXPECT_FALSE(parse_plan_date("2019-13"));
  EXPECT_FALSE(parse_plan_date("2019-00"));
  EXPECT_FALSE(parse_plan_date("2019-02-30"));
  EXPECT_FALSE(parse_plan_date("2019-1"));
  EXPECT_FALSE(parse_plan_date("10/2019"));
  EXPECT_FALSE(parse_plan_date("October 2019"));
  EXPECT_EQ(month(2020, 2).latest(), ymd(2020, 2, 29));
  EXPECT_EQ(day(2020, 2, 3).latest(), ymd(2020, 2, 3));
  EXPECT_EQ(format_plan_date(month(2019, 10)), "October 2019");
  EXPECT_EQ(format_plan_date(day(2019, 10, 1)), "1 October 2019");
}

TEST(DeriveRating, BusinessAsUsualWinsOverEverything) {
  Action a = action_with({due(day(2019, 1, 1))});  // overdue
  a.business_as_usual = true;
  EXPECT_EQ(derive_rating(a, ymd(2019, 11, 30)).rating, ProgressRating::BusinessAsUsual);
  Action bare;
  bare.business_as_usual = true;
  EXPECT_TRUE(rating_derivable(bare));
  EXPECT_EQ(derive_rating(bare, ymd(2019, 11, 30)).rating, ProgressRating::BusinessAsUsual);
}

TEST(DeriveRating, CompletedWhenEveryMilestoneIsMetByTheReportingDate) {
  const Action a = action_with({due(day(2019, 8, 1), day(2019, 8, 1)), due(month(2019, 7), day(2019, 7, 7))});
  EXPECT_EQ(derive_rating(a, ymd(2019, 11, 30)).rating, ProgressRating::Completed);
  // Met after the reporting date: not yet met then.
  const Action late = action_with({due(day(2019, 12, 1), day(2019, 12, 5))});
  EXPECT_EQ(derive_rating(late, ymd(2019, 11, 30)).rating, ProgressRating::OnTrack);
  EXPECT_EQ(derive_rating(late, ymd(2019, 12, 5)).rating, ProgressRating::Completed);
  // One of two met is not completed.
  const Action half = action_with({due(day(2019, 8, 1), day(2019, 8, 1)), due(month(2020, 10))});
  EXPECT_EQ(derive_rating(half, ymd(2019, 11, 30)).rating, ProgressRating::OnTrack);
}

TEST(DeriveRating, OverdueIsNotOnTrackFromTheDayAfterTheDeadline) {
  const Action a = action_with({due(day(2019, 10, 1))});
  EXPECT_EQ(derive_rating(a, ymd(2019, 9, 30)).rating, ProgressRating::OnTrack);
  EXPECT_EQ(derive_rating(a, ymd(2019, 10, 1)).rating, ProgressRating::OnTrack);  // due today
  const DerivedRating late = derive_rating(a, ymd(2019, 10, 2));
  EXPECT_EQ(late.rating, ProgressRating::NotOnTrack);
  EXPECT_EQ(late.reason, "due 1 October 2019, not met");
}

TEST(DeriveRating, AMonthDeadlineRunsToTheEndOfTheMonth) {
  const Action a = action_with({due(month(2019, 10))});
  EXPECT_EQ(derive_rating(a, ymd(2019, 10, 31)).rating, ProgressRating::OnTrack);
  const DerivedRating late = derive_rating(a, ymd(2019, 11, 1));
  EXPECT_EQ(late.rating, ProgressRating::NotOnTrack);
  EXPECT_EQ(late.reason, "due October 2019, not met");
  // Met within its month (a month-only done date counts from its first day).
  const Action met = action_with({due(month(2019, 10), month(2019, 10))});
  EXPECT_EQ(derive_rating(met, ymd(2019, 10, 15)).rating, ProgressRating::Completed);
}

TEST(DeriveRating, AtRiskIsNotOnTrackUnlessMet) {
  Milestone m = due(month(2020, 4));
  m.at_risk = true;
  const DerivedRating r = derive_rating(action_with({m}), ymd(2019, 11, 30));
  EXPECT_EQ(r.rating, ProgressRating::NotOnTrack);
  EXPECT_EQ(r.reason, "at risk of missing April 2020");
  m.done = month(2019, 11);
  EXPECT_EQ(derive_rating(action_with({m}), ymd(2019, 11, 30)).rating, ProgressRating::Completed);
  Milestone undated;
  undated.at_risk = true;
  EXPECT_EQ(derive_rating(action_with({undated}), ymd(2019, 11, 30)).reason, "at risk");
}

TEST(DeriveRating, LongerTermActionsNotYetStarted) {
  Action a = action_with({due(month(2020, 10))});
  a.start = month(2020, 1);
  const DerivedRating r = derive_rating(a, ymd(2019, 11, 30));
  EXPECT_EQ(r.rating, ProgressRating::NotStarted);
  EXPECT_EQ(r.reason, "starts January 2020");
  EXPECT_EQ(derive_rating(a, ymd(2020, 1, 1)).rating, ProgressRating::OnTrack);  // started
  // Something already met: it has started whatever the start date says.
  a.milestones.push_back(due(month(2019, 9), month(2019, 9)));
  EXPECT_EQ(derive_rating(a, ymd(2019, 11, 30)).rating, ProgressRating::OnTrack);
  // An overdue milestone is a risk even before the start date.
  Action odd = action_with({due(day(2019, 6, 1))});
  odd.start = month(2020, 1);
  EXPECT_EQ(derive_rating(odd, ymd(2019, 11, 30)).rating, ProgressRating::NotOnTrack);
}

TEST(DeriveRating, UndatedMilestonesAreNeverOverdue) {
  Milestone ongoing;
  ongoing.text = plain("See Action 4");
  const Action a = action_with({ongoing});
  EXPECT_TRUE(rating_derivable(a));
  EXPECT_EQ(derive_rating(a, ymd(2030, 1, 1)).rating, ProgressRating::OnTrack);
}

TEST(RatingOf, UsesTheStatedRatingOnlyWhenNothingCanBeDerived) {
  Action a;
  a.stated_rating = ProgressRating::NotOnTrack;
  EXPECT_FALSE(rating_derivable(a));
  const DerivedRating stated = rating_of(a, ymd(2019, 11, 30));
  EXPECT_EQ(stated.rating, ProgressRating::NotOnTrack);
  EXPECT_EQ(stated.reason, "as stated: no milestones");
  // With a milestone the data decide, whatever was typed.
  a.milestones.push_back(due(month(2019, 9), month(2019, 9)));
  EXPECT_EQ(rating_of(a, ymd(2019, 11, 30)).rating, ProgressRating::Completed);
}

TEST(LatestUpdate, TheNewestOnOrBeforeTheReportingDate) {
  Action a;
  a.updates = {ProgressUpdate{day(2019, 9, 30), {}}, ProgressUpdate{day(2019, 11, 22), {}},
               ProgressUpdate{day(2019, 12, 15), {}}};
  ASSERT_NE(latest_update(a, ymd(2019, 11, 30)), nullptr);
  EXPECT_EQ(latest_update(a, ymd(2019, 11, 30))->date, day(2019, 11, 22));
  EXPECT_EQ(latest_update(a, ymd(2019, 12, 31))->date, day(2019, 12, 15));
  EXPECT_EQ(latest_update(a, ymd(2019, 1, 1)), nullptr);
}

ActionPlan three_area_plan() {
  ActionPlan plan;
  plan.as_at = ymd(2019, 11, 30);
  auto bau = [] {
    Action a;
    a.business_as_usual = true;
    return a;
  };
  ActionArea one{"Action 1", {}, {}};
  one.outcomes.push_back(Outcome{"1.1", plain("Aim"), {bau(), action_with({due(day(2019, 10, 1))})}});
  one.outcomes.push_back(Outcome{"1.2", plain("Aim"), {action_with({due(month(2019, 9), month(2019, 9))})}});
  ActionArea two{"Action 2", {}, {}};
  two.outcomes.push_back(Outcome{"2.1", plain("Aim"), {action_with({due(month(2020, 10))}),
                                                      action_with({due(month(2020, 12))})}});
  ActionArea empty{"Action 3", {}, {}};
  plan.areas = {one, two, empty};
  return plan;
}

TEST(Summary, CountsActionsByRatingForEachArea) {
  const ActionPlan plan = three_area_plan();
  const std::vector<AreaSummary> rows = summarise_by_area(plan);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].area, "Action 1");
  EXPECT_EQ(rows[0].counts[ProgressRating::BusinessAsUsual], 1);
  EXPECT_EQ(rows[0].counts[ProgressRating::NotOnTrack], 1);
  EXPECT_EQ(rows[0].counts[ProgressRating::Completed], 1);
  EXPECT_EQ(rows[0].counts[ProgressRating::OnTrack], 0);
  EXPECT_EQ(rows[0].counts.total, 3);
  EXPECT_EQ(rows[1].counts[ProgressRating::OnTrack], 2);
  EXPECT_EQ(rows[1].counts.total, 2);
  EXPECT_EQ(rows[2].counts.total, 0);
  const RatingCounts all = summarise(plan);
  EXPECT_EQ(all.total, 5);
  EXPECT_EQ(all[ProgressRating::OnTrack], 2);
  EXPECT_EQ(all[ProgressRating::NotStarted], 0);
  // A later reporting date changes the counts: the data decide.
  ActionPlan later = plan;
  later.as_at = ymd(2020, 11, 1);
  EXPECT_EQ(summarise_by_area(later)[1].counts[ProgressRating::NotOnTrack], 1);
}

TEST(PlanColumns, TokensHeadingsAndTheTrackerDefault) {
  for (std::string_view token : column_tokens()) {
    const auto c = column_from_token(token);
    ASSERT_TRUE(c) << token;
    EXPECT_EQ(column_token(*c), token);
    EXPECT_GT(default_column_share(*c), 0);
  }
  EXPECT_FALSE(column_from_token("actions"));
  const std::vector<PlanColumn> tracker = default_plan_columns();
  ASSERT_EQ(tracker.size(), 7u);
  EXPECT_EQ(tracker.front().content, PlanColumnContent::Outcome);
  EXPECT_EQ(tracker.back().content, PlanColumnContent::Progress);
  EXPECT_EQ(plan_column_heading(PlanColumnContent::Progress, ymd(2019, 11, 30)),
            "Progress and impact \u2013 November 2019");
  EXPECT_EQ(plan_column_heading(PlanColumnContent::Ref, ymd(2019, 11, 30)), "Action ref.");
}

}  // namespace
}  // namespace bp::model
