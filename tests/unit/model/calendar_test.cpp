// model/calendar.h: Easter, the bank holiday rules of England and Wales, one-off
// changes and working days. Every holiday 2018-2030 is checked against the dates
// gov.uk publishes (2018-2027) and, for 2028-2030, dates worked out by hand from
// the rules (Easter Sunday 16 April 2028, 1 April 2029, 21 April 2030; 1 January
// 2028 a Saturday; Christmas Day 2028 a Monday, 2029 a Tuesday, 2030 a Wednesday).

#include "model/calendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace bp::model {
namespace {

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

Date iso(const char* s) { return *parse_iso_date(s); }

// The one-off changes of the data file, built in code so this test needs no loader.
HolidayChanges england_and_wales_changes() {
  HolidayChanges c;
  c.removed.push_back({iso("2020-05-04"), "moved to 8 May", {}});
  c.added.push_back({iso("2020-05-08"), "Early May bank holiday (VE Day)", iso("2020-05-04"), {}});
  c.removed.push_back({iso("2022-05-30"), "moved to 2 June", {}});
  c.added.push_back({iso("2022-06-02"), "Spring bank holiday", iso("2022-05-30"), {}});
  c.added.push_back({iso("2022-06-03"), "Platinum Jubilee bank holiday", std::nullopt, {}});
  c.added.push_back({iso("2022-09-19"), "Bank Holiday for the State Funeral of Queen Elizabeth II", std::nullopt, {}});
  c.added.push_back({iso("2023-05-08"), "Bank holiday for the coronation of King Charles III", std::nullopt, {}});
  return c;
}

// Published bank holidays of England and Wales (gov.uk/bank-holidays), 2018-2027;
// 2028-2030 by the rules, checked by hand.
const std::map<int, std::vector<const char*>> kPublished = {
    {2018, {"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"}},
    {2019, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"}},
    {2020, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}},
    {2021, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"}},
    {2022, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26"}},
    {2024, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"}},
    {2025, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}},
    {2026, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"}},
    {2027, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"}},
    {2028, {"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"}},
    {2029, {"2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"}},
    {2030, {"2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"}},
};

std::vector<std::string> iso_dates(const std::vector<Holiday>& hs) {
  std::vector<std::string> out;
  for (const Holiday& h : hs) out.push_back(format_iso_date(h.date));
  return out;
}

std::string name_on(const HolidayCalendar& cal, const char* date) {
  const auto h = cal.holiday_on(iso(date));
  return h ? h->name : "(none)";
}

TEST(Easter, KnownSundays) {
  EXPECT_EQ(easter_sunday(2019), ymd(2019, 4, 21));
  EXPECT_EQ(easter_sunday(2020), ymd(2020, 4, 12));
  EXPECT_EQ(easter_sunday(2028), ymd(2028, 4, 16));
  EXPECT_EQ(easter_sunday(2029), ymd(2029, 4, 1));
  EXPECT_EQ(easter_sunday(2030), ymd(2030, 4, 21));
  // The extremes of the Gregorian cycle and century years.
  EXPECT_EQ(easter_sunday(1818), ymd(1818, 3, 22));  // earliest possible
  EXPECT_EQ(easter_sunday(2285), ymd(2285, 3, 22));
  EXPECT_EQ(easter_sunday(1943), ymd(1943, 4, 25));  // latest possible
  EXPECT_EQ(easter_sunday(2038), ymd(2038, 4, 25));
  EXPECT_EQ(easter_sunday(2008), ymd(2008, 3, 23));
  EXPECT_EQ(easter_sunday(2000), ymd(2000, 4, 23));
  EXPECT_EQ(easter_sunday(1900), ymd(1900, 4, 15));
  EXPECT_EQ(easter_sunday(2100), ymd(2100, 3, 28));
}

TEST(Easter, AlwaysASundayBetween22MarchAnd25April) {
  for (int y = 1900; y <= 2200; ++y) {
    const Date e = easter_sunday(y);
    EXPECT_EQ(e.day_of_week().as_number(), 0) << y;
    EXPECT_GE(e, ymd(y, 3, 22)) << y;
    EXPECT_LE(e, ymd(y, 4, 25)) << y;
  }
}

TEST(BankHolidays, EveryPublishedDate2018To2030) {
  const HolidayCalendar cal(england_and_wales_changes());
  for (const auto& [year, dates] : kPublished) {
    const std::vector<std::string> expected(dates.begin(), dates.end());
    EXPECT_EQ(iso_dates(cal.holidays(year)), expected) << year;
  }
}

TEST(BankHolidays, EveryDayOf2018To2030IsAHolidayExactlyWhenPublished) {
  const HolidayCalendar cal(england_and_wales_changes());
  std::vector<std::string> published;
  for (const auto& [year, dates] : kPublished) published.insert(published.end(), dates.begin(), dates.end());
  std::size_t holidays = 0;
  for (Date d = ymd(2018, 1, 1); d <= ymd(2030, 12, 31); d += boost::gregorian::days(1)) {
    const bool listed = std::find(published.begin(), published.end(), format_iso_date(d)) != published.end();
    EXPECT_EQ(cal.is_holiday(d), listed) << format_iso_date(d);
    const auto wd = d.day_of_week().as_number();
    EXPECT_EQ(cal.is_working_day(d), wd != 0 && wd != 6 && !listed) << format_iso_date(d);
    if (listed) ++holidays;
  }
  EXPECT_EQ(holidays, 13u * 8u + 2u + 1u);  // 2022 has two extra days, 2023 one
}

TEST(BankHolidays, RulesAloneKeepTheUsualMondays) {
  const HolidayCalendar rules;
  EXPECT_TRUE(rules.is_holiday(iso("2020-05-04")));
  EXPECT_FALSE(rules.is_holiday(iso("2020-05-08")));
  EXPECT_TRUE(rules.is_holiday(iso("2022-05-30")));
  EXPECT_FALSE(rules.is_holiday(iso("2022-06-02")));
  EXPECT_FALSE(rules.is_holiday(iso("2022-09-19")));
  EXPECT_FALSE(rules.is_holiday(iso("2023-05-08")));
  EXPECT_EQ(rules.holidays(2022).size(), 8u);
  for (const Holiday& h : rules.holidays(2022)) EXPECT_EQ(h.source, HolidaySource::Rule);
}

TEST(BankHolidays, Names) {
  const HolidayCalendar cal(england_and_wales_changes());
  EXPECT_EQ(name_on(cal, "2019-01-01"), "New Year's Day");
  EXPECT_EQ(name_on(cal, "2019-04-19"), "Good Friday");
  EXPECT_EQ(name_on(cal, "2019-04-22"), "Easter Monday");
  EXPECT_EQ(name_on(cal, "2019-05-06"), "Early May bank holiday");
  EXPECT_EQ(name_on(cal, "2019-05-27"), "Spring bank holiday");
  EXPECT_EQ(name_on(cal, "2019-08-26"), "Summer bank holiday");
  EXPECT_EQ(name_on(cal, "2019-12-25"), "Christmas Day");
  EXPECT_EQ(name_on(cal, "2019-12-26"), "Boxing Day");
  EXPECT_EQ(name_on(cal, "2022-01-03"), "New Year's Day (substitute day)");
  EXPECT_EQ(name_on(cal, "2023-01-02"), "New Year's Day (substitute day)");
  EXPECT_EQ(name_on(cal, "2020-05-08"), "Early May bank holiday (VE Day)");
  EXPECT_EQ(name_on(cal, "2022-06-03"), "Platinum Jubilee bank holiday");
  EXPECT_EQ(name_on(cal, "2019-11-12"), "(none)");
}

TEST(BankHolidays, ChristmasFridayMovesBoxingDayToMonday28) {  // 2020, 2026
  for (int y : {2020, 2026}) {
    ASSERT_EQ(ymd(y, 12, 25).day_of_week().as_number(), 5) << y;
    const auto hs = rule_holidays(y);
    ASSERT_GE(hs.size(), 2u);
    EXPECT_EQ(hs[hs.size() - 2].date, ymd(y, 12, 25));
    EXPECT_EQ(hs[hs.size() - 2].name, "Christmas Day");
    EXPECT_EQ(hs.back().date, ymd(y, 12, 28));
    EXPECT_EQ(hs.back().name, "Boxing Day (substitute day)");
  }
}

TEST(BankHolidays, ChristmasSaturdayMovesBothToMonday27AndTuesday28) {  // 2021, 2027
  for (int y : {2021, 2027}) {
    ASSERT_EQ(ymd(y, 12, 25).day_of_week().as_number(), 6) << y;
    const auto hs = rule_holidays(y);
    EXPECT_EQ(hs[hs.size() - 2].date, ymd(y, 12, 27));
    EXPECT_EQ(hs[hs.size() - 2].name, "Christmas Day (substitute day)");
    EXPECT_EQ(hs.back().date, ymd(y, 12, 28));
    EXPECT_EQ(hs.back().name, "Boxing Day (substitute day)");
  }
}

TEST(BankHolidays, ChristmasSundayGivesBoxingDayMonday26AndChristmasTuesday27) {  // 2022, 2033
  for (int y : {2022, 2033}) {
    ASSERT_EQ(ymd(y, 12, 25).day_of_week().as_number(), 0) << y;
    const auto hs = rule_holidays(y);
    EXPECT_EQ(hs[hs.size() - 2].date, ymd(y, 12, 26));
    EXPECT_EQ(hs[hs.size() - 2].name, "Boxing Day");
    EXPECT_EQ(hs.back().date, ymd(y, 12, 27));
    EXPECT_EQ(hs.back().name, "Christmas Day (substitute day)");
  }
}

TEST(BankHolidays, EightWeekdaysEveryYearByTheRules) {
  for (int y = 1900; y <= 2200; ++y) {
    const auto hs = rule_holidays(y);
    ASSERT_EQ(hs.size(), 8u) << y;
    for (std::size_t i = 0; i < hs.size(); ++i) {
      const auto wd = hs[i].date.day_of_week().as_number();
      EXPECT_TRUE(wd >= 1 && wd <= 5) << format_iso_date(hs[i].date);
      EXPECT_EQ(hs[i].date.year(), y);
      if (i) {
        EXPECT_LT(hs[i - 1].date, hs[i].date) << y;
      }
    }
  }
}

TEST(BankHolidays, RemovedListsTheRuleHolidayAndReason) {
  const HolidayCalendar cal(england_and_wales_changes());
  const auto r = cal.removed(2020);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].date, iso("2020-05-04"));
  EXPECT_EQ(r[0].name, "Early May bank holiday");
  EXPECT_EQ(r[0].reason, "moved to 8 May");
  EXPECT_TRUE(cal.removed(2021).empty());
  const auto h = cal.holiday_on(iso("2022-06-02"));
  ASSERT_TRUE(h);
  EXPECT_EQ(h->source, HolidaySource::OneOff);
  EXPECT_EQ(h->moved_from, iso("2022-05-30"));
  EXPECT_EQ(cal.holiday_on(iso("2022-09-19"))->moved_from, std::nullopt);
}

TEST(WorkingDays, StrictlyBetween) {
  const HolidayCalendar cal(england_and_wales_changes());
  // Mon 4 Nov 2019 .. Tue 12 Nov: Tue 5 - Fri 8 and Mon 11.
  EXPECT_EQ(cal.working_days_between(iso("2019-11-04"), iso("2019-11-12")), 5);
  EXPECT_EQ(cal.working_days_between(iso("2019-11-05"), iso("2019-11-12")), 4);
  EXPECT_EQ(cal.working_days_between(iso("2019-11-08"), iso("2019-11-11")), 0);  // a weekend only
  EXPECT_EQ(cal.working_days_between(iso("2019-11-11"), iso("2019-11-12")), 0);  // adjacent
  EXPECT_EQ(cal.working_days_between(iso("2019-11-12"), iso("2019-11-12")), 0);
  EXPECT_EQ(cal.working_days_between(iso("2019-11-12"), iso("2019-11-04")), 0);  // backwards
  // Christmas 2020: Thu 24 Dec .. Mon 4 Jan: Tue 29, Wed 30, Thu 31 (25, 28 and 1 are holidays).
  EXPECT_EQ(cal.working_days_between(iso("2020-12-24"), iso("2021-01-04")), 3);
  // Easter 2020: Thu 9 .. Wed 15 April: Tue 14 only.
  EXPECT_EQ(cal.working_days_between(iso("2020-04-09"), iso("2020-04-15")), 1);
}

}  // namespace
}  // namespace bp::model
