// model/date.h: strict ISO parsing and the house date formats.

#include "model/date.h"

#include <gtest/gtest.h>

namespace bp::model {
namespace {

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

TEST(ParseIsoDate, AcceptsRealDates) {
  EXPECT_EQ(parse_iso_date("2020-03-11"), ymd(2020, 3, 11));
  EXPECT_EQ(parse_iso_date("1999-12-31"), ymd(1999, 12, 31));
  EXPECT_EQ(parse_iso_date("2021-01-01"), ymd(2021, 1, 1));
}

TEST(ParseIsoDate, LeapYears) {
  EXPECT_EQ(parse_iso_date("2020-02-29"), ymd(2020, 2, 29));
  EXPECT_EQ(parse_iso_date("2000-02-29"), ymd(2000, 2, 29));  // divisible by 400
  EXPECT_FALSE(parse_iso_date("2019-02-29"));
  EXPECT_FALSE(parse_iso_date("1900-02-29"));  // divisible by 100, not 400
  EXPECT_FALSE(parse_iso_date("2020-02-30"));
}

TEST(ParseIsoDate, RejectsImpossibleFields) {
  EXPECT_FALSE(parse_iso_date("2020-13-01"));
  EXPECT_FALSE(parse_iso_date("2020-00-10"));
  EXPECT_FALSE(parse_iso_date("2020-04-31"));
  EXPECT_FALSE(parse_iso_date("2020-04-00"));
  EXPECT_FALSE(parse_iso_date("0000-01-01"));
}

TEST(ParseIsoDate, RejectsOtherForms) {
  EXPECT_FALSE(parse_iso_date("11/03/2020"));
  EXPECT_FALSE(parse_iso_date(" 2020-03-11"));
  EXPECT_FALSE(parse_iso_date("2020-03-11 "));
  EXPECT_FALSE(parse_iso_date("2020-3-11"));
  EXPECT_FALSE(parse_iso_date("2020-03-1"));
  EXPECT_FALSE(parse_iso_date("20200311"));
  EXPECT_FALSE(parse_iso_date("2020/03/11"));
  EXPECT_FALSE(parse_iso_date("2020-03-11T10:00"));
  EXPECT_FALSE(parse_iso_date("+020-03-11"));
  EXPECT_FALSE(parse_iso_date(""));
  EXPECT_FALSE(parse_iso_date("Wednesday 11 March 2020"));
}

TEST(FormatDate, LongDateHasWeekdayAndNoPadding) {
  EXPECT_EQ(format_long_date(ymd(2020, 3, 11)), "Wednesday 11 March 2020");
  EXPECT_EQ(format_long_date(ymd(2020, 3, 2)), "Monday 2 March 2020");
  EXPECT_EQ(format_long_date(ymd(2019, 12, 1)), "Sunday 1 December 2019");
  EXPECT_EQ(format_long_date(ymd(2020, 2, 29)), "Saturday 29 February 2020");
  EXPECT_EQ(format_long_date(ymd(2022, 9, 19)), "Monday 19 September 2022");
}

TEST(FormatDate, DayMonthYear) {
  EXPECT_EQ(format_day_month_year(ymd(2020, 3, 11)), "11 March 2020");
  EXPECT_EQ(format_day_month_year(ymd(2019, 4, 5)), "5 April 2019");
}

TEST(FormatDate, MonthYearShort) {
  EXPECT_EQ(format_month_year_short(ymd(2019, 10, 1)), "Oct-19");
  EXPECT_EQ(format_month_year_short(ymd(2020, 1, 31)), "Jan-20");
  EXPECT_EQ(format_month_year_short(ymd(2009, 9, 9)), "Sep-09");
  EXPECT_EQ(format_month_year_short(ymd(2000, 6, 1)), "Jun-00");
}

TEST(FormatDate, MonthYear) {
  EXPECT_EQ(format_month_year(ymd(2020, 3, 11)), "March 2020");
  EXPECT_EQ(format_month_year(ymd(2019, 5, 1)), "May 2019");
}

TEST(FormatDate, IsoRoundTrip) {
  EXPECT_EQ(format_iso_date(ymd(2020, 3, 2)), "2020-03-02");
  EXPECT_EQ(format_iso_date(ymd(1999, 12, 31)), "1999-12-31");
  for (const char* s : {"2020-02-29", "2021-07-04", "1400-01-01", "9999-12-31"})
    EXPECT_EQ(format_iso_date(*parse_iso_date(s)), s);
}

TEST(FormatDate, SpecialValuesFormatEmpty) {
  const Date nad;  // not_a_date_time
  EXPECT_EQ(format_long_date(nad), "");
  EXPECT_EQ(format_iso_date(nad), "");
  EXPECT_EQ(format_month_year_short(nad), "");
}

}  // namespace
}  // namespace bp::model
