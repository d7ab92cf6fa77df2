// Bank holidays of England and Wales from the rules, plus one-off changes
// (see calendar.h for the rules and the contract).

#include "model/calendar.h"

#include <algorithm>
#include <stdexcept>

namespace bp::model {
namespace {

namespace greg = boost::gregorian;

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

bool is_weekend(const Date& d) {
  const auto wd = d.day_of_week().as_number();  // 0 = Sunday
  return wd == 0 || wd == 6;
}

Date first_monday(int year, greg::greg_month month) {
  return greg::nth_day_of_the_week_in_month(greg::nth_day_of_the_week_in_month::first,
                                            greg::Monday, month)
      .get_date(static_cast<unsigned short>(year));
}

Date last_monday(int year, greg::greg_month month) {
  return greg::last_day_of_the_week_in_month(greg::Monday, month).get_date(static_cast<unsigned short>(year));
}

Holiday rule(const Date& d, std::string name) {
  return Holiday{d, std::move(name), HolidaySource::Rule, std::nullopt};
}

std::string substitute(std::string name) { return name + " (substitute day)"; }

const char* const kNewYear = "New Year's Day";
const char* const kChristmas = "Christmas Day";
const char* const kBoxing = "Boxing Day";

void add_new_year(int year, std::vector<Holiday>& out) {
  const Date jan1 = ymd(year, 1, 1);
  switch (jan1.day_of_week().as_number()) {
    case 6: out.push_back(rule(ymd(year, 1, 3), substitute(kNewYear))); break;  // Saturday
    case 0: out.push_back(rule(ymd(year, 1, 2), substitute(kNewYear))); break;  // Sunday
    default: out.push_back(rule(jan1, kNewYear));
  }
}

void add_christmas(int year, std::vector<Holiday>& out) {
  switch (ymd(year, 12, 25).day_of_week().as_number()) {
    case 5:  // Friday: Boxing Day is a Saturday, its substitute the Monday
      out.push_back(rule(ymd(year, 12, 25), kChristmas));
      out.push_back(rule(ymd(year, 12, 28), substitute(kBoxing)));
      break;
    case 6:  // Saturday: both move to the Monday and Tuesday
      out.push_back(rule(ymd(year, 12, 27), substitute(kChristmas)));
      out.push_back(rule(ymd(year, 12, 28), substitute(kBoxing)));
      break;
    case 0:  // Sunday: Boxing Day is the Monday, Christmas Day's substitute the Tuesday
      out.push_back(rule(ymd(year, 12, 26), kBoxing));
      out.push_back(rule(ymd(year, 12, 27), substitute(kChristmas)));
      break;
    default:
      out.push_back(rule(ymd(year, 12, 25), kChristmas));
      out.push_back(rule(ymd(year, 12, 26), kBoxing));
  }
}

bool by_date(const Holiday& a, const Holiday& b) { return a.date < b.date; }

}  // namespace

Date easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int n = h + l - 7 * m + 114;
  return ymd(year, n / 31, n % 31 + 1);
}

std::vector<Holiday> rule_holidays(int year) {
  if (year < 1401 || year > 9998)
    throw std::out_of_range("bank holiday rules: year " + std::to_string(year) + " is out of range");
  std::vector<Holiday> out;
  out.reserve(9);
  add_new_year(year, out);
  const Date easter = easter_sunday(year);
  out.push_back(rule(easter - greg::days(2), "Good Friday"));
  out.push_back(rule(easter + greg::days(1), "Easter Monday"));
  out.push_back(rule(first_monday(year, greg::May), "Early May bank holiday"));
  out.push_back(rule(last_monday(year, greg::May), "Spring bank holiday"));
  out.push_back(rule(last_monday(year, greg::Aug), "Summer bank holiday"));
  add_christmas(year, out);
  std::stable_sort(out.begin(), out.end(), by_date);
  return out;
}

HolidayCalendar::HolidayCalendar(HolidayChanges changes) : changes_(std::move(changes)) {}

std::vector<Holiday> HolidayCalendar::holidays(int year) const {
  std::vector<Holiday> out = rule_holidays(year);
  std::erase_if(out, [&](const Holiday& h) {
    return std::any_of(changes_.removed.begin(), changes_.removed.end(),
                       [&](const HolidayChanges::Removal& r) { return r.date == h.date; });
  });
  for (const HolidayChanges::Addition& a : changes_.added)
    if (a.date.year() == year) out.push_back(Holiday{a.date, a.name, HolidaySource::OneOff, a.moved_from});
  std::stable_sort(out.begin(), out.end(), by_date);
  return out;
}

std::vector<RemovedHoliday> HolidayCalendar::removed(int year) const {
  std::vector<RemovedHoliday> out;
  for (const HolidayChanges::Removal& r : changes_.removed) {
    if (r.date.year() != year) continue;
    std::string name;
    for (const Holiday& h : rule_holidays(year))
      if (h.date == r.date) name = h.name;
    out.push_back(RemovedHoliday{r.date, std::move(name), r.reason});
  }
  std::sort(out.begin(), out.end(),
            [](const RemovedHoliday& a, const RemovedHoliday& b) { return a.date < b.date; });
  return out;
}

std::optional<Holiday> HolidayCalendar::holiday_on(const Date& d) const {
  for (Holiday& h : holidays(d.year()))
    if (h.date == d) return std::move(h);
  return std::nullopt;
}

bool HolidayCalendar::is_working_day(const Date& d) const { return !is_weekend(d) && !is_holiday(d); }

int HolidayCalendar::working_days_between(const Date& from, const Date& to) const {
  // The holidays are worked out once a year, not once a day: dates centuries
  // apart stay fast.
  int n = 0;
  int year = 0;
  std::vector<Holiday> year_holidays;
  for (Date d = from + greg::days(1); d < to; d += greg::days(1)) {
    if (d.year() != year) {
      year = d.year();
      year_holidays = holidays(year);
    }
    if (is_weekend(d)) continue;
    if (std::none_of(year_holidays.begin(), year_holidays.end(),
                     [&](const Holiday& h) { return h.date == d; }))
      ++n;
  }
  return n;
}

}  // namespace bp::model
