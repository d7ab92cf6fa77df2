// model/deadlines.h: clear working days before a meeting (across weekends,
// Christmas, Easter and one-off holidays), the 28 clear days of the forward plan,
// and the warnings a meeting gets.

#include "model/deadlines.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace bp::model {
namespace {

namespace greg = boost::gregorian;

Date iso(const char* s) { return *parse_iso_date(s); }

HolidayCalendar with_one_offs() {
  HolidayChanges c;
  c.removed.push_back({iso("2020-05-04"), "moved to 8 May", {}});
  c.added.push_back({iso("2020-05-08"), "Early May bank holiday (VE Day)", iso("2020-05-04"), {}});
  c.removed.push_back({iso("2022-05-30"), "moved to 2 June", {}});
  c.added.push_back({iso("2022-06-02"), "Spring bank holiday", iso("2022-05-30"), {}});
  c.added.push_back({iso("2022-06-03"), "Platinum Jubilee bank holiday", std::nullopt, {}});
  return HolidayCalendar(std::move(c));
}

std::string latest(const char* meeting, int n, const HolidayCalendar& cal) {
  return format_iso_date(latest_publication_date(iso(meeting), n, cal));
}

TEST(LatestPublication, WorkedExample) {
  // Tuesday 12 November 2019, five clear working days: Tue 5 .. Mon 11.
  EXPECT_EQ(latest("2019-11-12", 5, HolidayCalendar()), "2019-11-04");
  EXPECT_EQ(format_long_date(latest_publication_date(iso("2019-11-12"), 5, HolidayCalendar())),
            "Monday 4 November 2019");
}

TEST(LatestPublication, AcrossAWeekend) {
  const HolidayCalendar cal;
  // Monday 11 November 2019: Mon 4 .. Fri 8 are the five; publishing on Sunday 3 leaves them clear.
  EXPECT_EQ(latest("2019-11-11", 5, cal), "2019-11-03");
  // Friday 15 November: Fri 8, Mon 11 .. Thu 14.
  EXPECT_EQ(latest("2019-11-15", 5, cal), "2019-11-07");
  // Wednesday 13 November: Wed 6 .. Fri 8, Mon 11, Tue 12.
  EXPECT_EQ(latest("2019-11-13", 5, cal), "2019-11-05");
  EXPECT_EQ(latest("2019-11-12", 1, cal), "2019-11-10");  // Mon 11 alone
  EXPECT_EQ(latest("2019-11-12", 0, cal), "2019-11-11");  // the day before
}

TEST(LatestPublication, ABankHolidayMovesItEarlier) {
  const HolidayCalendar rules;
  // Tuesday 2 June 2020 with the spring bank holiday on Monday 25 May in the window:
  // Tue 26 .. Fri 29, Mon 1 June are five, so Monday 25 itself is the latest date.
  EXPECT_EQ(latest("2020-06-02", 5, rules), "2020-05-25");
  // Tuesday 26 May 2020: Mon 25 is a holiday, so Mon 18 .. Fri 22 -> Sunday 17.
  EXPECT_EQ(latest("2020-05-26", 5, rules), "2020-05-17");
  // Without the holiday (a Tuesday a week earlier) it would be the Monday before.
  EXPECT_EQ(latest("2020-05-19", 5, rules), "2020-05-11");
}

TEST(LatestPublication, AcrossChristmas) {
  const HolidayCalendar cal;
  // Monday 4 January 2021: Thu 31, Wed 30, Tue 29 Dec (Fri 1 Jan, Mon 28 and Fri 25 Dec are
  // holidays), then Thu 24, Wed 23: publish by Tuesday 22 December 2020.
  EXPECT_EQ(latest("2021-01-04", 5, cal), "2020-12-22");
  // Tuesday 7 January 2020: Mon 6, Fri 3, Thu 2, Tue 31, Mon 30 (1 January a holiday).
  EXPECT_EQ(latest("2020-01-07", 5, cal), "2019-12-29");
  // Christmas 2021 on a Saturday: Wednesday 5 January 2022 -> Tue 4, Mon 3 is New Year's
  // substitute, Fri 31, Thu 30, Wed 29 (Mon 27, Tue 28 substitute days), Fri 24.
  EXPECT_EQ(latest("2022-01-05", 5, cal), "2021-12-23");
}

TEST(LatestPublication, AcrossEaster) {
  const HolidayCalendar cal;
  // Wednesday 15 April 2020: Tue 14 (Mon 13 and Fri 10 are Easter), Thu 9 .. Mon 6.
  EXPECT_EQ(latest("2020-04-15", 5, cal), "2020-04-05");
  // Tuesday 14 April 2020: Thu 9 .. Fri 3 -> Thursday 2 April.
  EXPECT_EQ(latest("2020-04-14", 5, cal), "2020-04-02");
}

TEST(LatestPublication, OneOffChangesCount) {
  // Tuesday 12 May 2020: with the VE Day change Fri 8 is a holiday and Mon 4 is not.
  EXPECT_EQ(latest("2020-05-12", 5, with_one_offs()), "2020-05-03");
  EXPECT_EQ(latest("2020-05-12", 5, HolidayCalendar()), "2020-05-04");
  // Tuesday 7 June 2022: Mon 6, (Fri 3, Thu 2 holidays), Wed 1, Tue 31, Mon 30 May
  // (no longer a holiday), Fri 27 -> Thursday 26 May.
  EXPECT_EQ(latest("2022-06-07", 5, with_one_offs()), "2022-05-26");
}

TEST(LatestPublication, IsTheLatestDateThatLeavesEnoughClearWorkingDays) {
  const HolidayCalendar cal = with_one_offs();
  for (Date m = iso("2019-11-01"); m <= iso("2022-12-31"); m += greg::days(3)) {
    for (int n : {0, 1, 3, 5, 10}) {
      const Date p = latest_publication_date(m, n, cal);
      EXPECT_LT(p, m);
      EXPECT_GE(cal.working_days_between(p, m), n) << format_iso_date(m) << " " << n;
      EXPECT_TRUE(check_publication(p, m, n, cal).complies());
      if (n == 0) {
        EXPECT_EQ(p, m - greg::days(1));
      } else {  // one day later is too late
        EXPECT_LT(cal.working_days_between(p + greg::days(1), m), n) << format_iso_date(m) << " " << n;
        EXPECT_FALSE(check_publication(p + greg::days(1), m, n, cal).complies());
      }
    }
  }
}

TEST(LatestPublication, RefusesNegativeCounts) {
  EXPECT_THROW(latest_publication_date(iso("2019-11-12"), -1, HolidayCalendar()), std::invalid_argument);
  EXPECT_THROW(forward_plan_deadline(iso("2019-11-12"), -1), std::invalid_argument);
}

TEST(CheckPublication, LateByWorkingAndCalendarDays) {
  const HolidayCalendar cal;
  // The supplementary letter of 8 November 2019 for 12 November: only Mon 11 is clear.
  const DeadlineCheck late = check_publication(iso("2019-11-08"), iso("2019-11-12"), 5, cal);
  EXPECT_FALSE(late.complies());
  EXPECT_EQ(late.latest, iso("2019-11-04"));
  EXPECT_EQ(late.clear, 1);
  EXPECT_EQ(late.days_short(), 4);
  EXPECT_EQ(late.days_late(), 4);
  const DeadlineCheck on_time = check_publication(iso("2019-11-04"), iso("2019-11-12"), 5, cal);
  EXPECT_TRUE(on_time.complies());
  EXPECT_EQ(on_time.clear, 5);
  EXPECT_EQ(on_time.days_short(), 0);
  EXPECT_EQ(on_time.days_late(), 0);
  const DeadlineCheck early = check_publication(iso("2019-10-28"), iso("2019-11-12"), 5, cal);
  EXPECT_TRUE(early.complies());
  EXPECT_EQ(early.clear, 10);
  const DeadlineCheck same_day = check_publication(iso("2019-11-12"), iso("2019-11-12"), 5, cal);
  EXPECT_EQ(same_day.clear, 0);
  EXPECT_EQ(same_day.days_short(), 5);
  EXPECT_EQ(same_day.days_late(), 8);
}

TEST(ForwardPlan, TwentyEightClearDays) {
  // 12 November 2019: 14 October leaves 15 October .. 11 November, 28 days.
  EXPECT_EQ(forward_plan_deadline(iso("2019-11-12"), 28), iso("2019-10-14"));
  EXPECT_EQ(forward_plan_deadline(iso("2020-03-11"), 28), iso("2020-02-11"));  // across 29 February
  EXPECT_EQ(forward_plan_deadline(iso("2020-01-10"), 28), iso("2019-12-12"));  // across the year
  EXPECT_EQ(forward_plan_deadline(iso("2019-11-12"), 0), iso("2019-11-11"));

  const DeadlineCheck ok = check_forward_plan(iso("2019-10-14"), iso("2019-11-12"), 28);
  EXPECT_TRUE(ok.complies());
  EXPECT_EQ(ok.clear, 28);
  const DeadlineCheck late = check_forward_plan(iso("2019-10-15"), iso("2019-11-12"), 28);
  EXPECT_FALSE(late.complies());
  EXPECT_EQ(late.clear, 27);
  EXPECT_EQ(late.days_short(), 1);
  EXPECT_EQ(late.days_late(), 1);
  const DeadlineCheck after = check_forward_plan(iso("2019-11-20"), iso("2019-11-12"), 28);
  EXPECT_EQ(after.clear, 0);
  EXPECT_EQ(after.days_short(), 28);
}

Meeting sample_meeting() {
  Meeting m;
  m.file = "/councils/example/meeting.xml";
  m.date = iso("2019-11-12");
  m.published = iso("2019-11-04");
  auto item = [](std::string number, bool key, std::optional<Date> plan, std::size_t line) {
    AgendaItem it;
    it.number = std::move(number);
    it.title = "Item " + it.number;
    it.key_decision = key;
    it.forward_plan_date = plan;
    it.where = SourceLocation{"/councils/example/meeting.xml", line, 5};
    return it;
  };
  m.items.push_back(item("1", false, std::nullopt, 20));
  m.items.push_back(item("2", true, iso("2019-10-14"), 21));  // just in time
  m.items.push_back(item("3", true, iso("2019-10-20"), 22));  // late
  m.items.push_back(item("4", true, std::nullopt, 23));       // not in the plan
  m.items.push_back(item("5", true, std::nullopt, 24));
  m.items.back().kind = AgendaItemKind::Withdrawn;            // withdrawn: no warning
  return m;
}

TEST(Warnings, PublishedOnTimeNoWarning) {
  const Meeting m = sample_meeting();
  EXPECT_FALSE(publication_warning(m, m.published, DeadlineRules{}, HolidayCalendar()));
}

TEST(Warnings, PublishedLate) {
  const Meeting m = sample_meeting();
  const auto w = publication_warning(m, iso("2019-11-08"), DeadlineRules{}, HolidayCalendar());
  ASSERT_TRUE(w);
  EXPECT_EQ(w->severity, Severity::Warning);
  EXPECT_EQ(w->where.file, "/councils/example/meeting.xml");
  EXPECT_EQ(w->message,
            "published on Friday 8 November 2019, 4 days after the latest publication date, "
            "Monday 4 November 2019: 1 clear working day before the meeting on Tuesday 12 November 2019, "
            "5 needed");
  EXPECT_NE(w->hint.find("publish by Monday 4 November 2019"), std::string::npos);
  // A council that asks for three clear working days accepts Thursday 6 November.
  DeadlineRules three;
  three.notice_clear_working_days = 3;
  EXPECT_FALSE(publication_warning(m, iso("2019-11-06"), three, HolidayCalendar()));
  EXPECT_TRUE(publication_warning(m, iso("2019-11-07"), three, HolidayCalendar()));
}

TEST(Warnings, KeyDecisionsAndTheForwardPlan) {
  const auto ws = forward_plan_warnings(sample_meeting(), DeadlineRules{});
  ASSERT_EQ(ws.size(), 2u);
  EXPECT_EQ(ws[0].where.line, 22u);
  EXPECT_EQ(ws[0].message,
            "item 3 'Item 3' is a key decision that entered the forward plan on Sunday 20 October 2019, "
            "22 clear days before the meeting on Tuesday 12 November 2019, 28 needed (by Monday 14 October 2019)");
  EXPECT_NE(ws[0].hint.find("general exception or special urgency"), std::string::npos);
  EXPECT_EQ(ws[1].where.line, 23u);
  EXPECT_EQ(ws[1].message,
            "item 4 'Item 4' is a key decision with no forward-plan date: it should have been in the "
            "forward plan by Monday 14 October 2019");
  // Seven clear days are enough for a council that asks for seven.
  DeadlineRules seven;
  seven.forward_plan_clear_days = 7;
  EXPECT_EQ(forward_plan_warnings(sample_meeting(), seven).size(), 1u);  // item 4 only
}

TEST(Warnings, AllTogetherInOrder) {
  Meeting m = sample_meeting();
  m.published = iso("2019-11-08");
  const auto ws = deadline_warnings(m, DeadlineRules{}, HolidayCalendar());
  ASSERT_EQ(ws.size(), 3u);
  EXPECT_EQ(ws[0].where.line, 0u);  // the publication date, at the file
  EXPECT_EQ(ws[1].where.line, 22u);
  EXPECT_EQ(ws[2].where.line, 23u);
  m.published = iso("2019-11-01");
  EXPECT_EQ(deadline_warnings(m, DeadlineRules{}, HolidayCalendar()).size(), 2u);
}

}  // namespace
}  // namespace bp::model
