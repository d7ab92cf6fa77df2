// Calendar dates: strict ISO parsing and the house ways of printing a date.
//
// Contract (see date.h): parse_iso_date accepts exactly "YYYY-MM-DD" with
// ASCII digits, a year Boost.Date_Time can represent (1400..9999) and a day
// that exists in that month; anything else (spaces, other separators, 2020-02-30)
// is nullopt. The format_* functions build their text from fixed English
// names, never from the C locale or strftime, so output is the same on every
// machine. They expect a real date; a special value (not_a_date_time, infinity)
// formats as "".

#include "model/date.h"

#include <array>

namespace bp::model {
namespace {

constexpr std::array<const char*, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                                 "May",     "June",     "July",      "August",
                                                 "September", "October", "November", "December"};
constexpr std::array<const char*, 12> kMonthsShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads text[from, from+count) as a decimal number; the caller checked the digits.
int digits_value(std::string_view text, std::size_t from, std::size_t count) {
  int v = 0;
  for (std::size_t i = from; i < from + count; ++i) v = v * 10 + (text[i] - '0');
  return v;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// 0..99 -> "00".."99".
std::string two_digits(int v) {
  return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

std::size_t month_index(const Date& d) { return static_cast<std::size_t>(d.month().as_number() - 1); }

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!is_digit(text[i])) return std::nullopt;
  const int y = digits_value(text, 0, 4);
  const int m = digits_value(text, 5, 2);
  const int d = digits_value(text, 8, 2);
  // Boost's Gregorian calendar covers 1400..9999 (it throws outside).
  if (y < 1400 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

std::string format_long_date(const Date& d) {
  if (d.is_special()) return {};
  return std::string(kWeekdays[d.day_of_week().as_number()]) + ' ' + format_day_month_year(d);
}

std::string format_day_month_year(const Date& d) {
  if (d.is_special()) return {};
  return std::to_string(d.day().as_number()) + ' ' + kMonths[month_index(d)] + ' ' +
         std::to_string(static_cast<int>(d.year()));
}

std::string format_month_year_short(const Date& d) {
  if (d.is_special()) return {};
  return std::string(kMonthsShort[month_index(d)]) + '-' + two_digits(static_cast<int>(d.year()) % 100);
}

std::string format_month_year(const Date& d) {
  if (d.is_special()) return {};
  return std::string(kMonths[month_index(d)]) + ' ' + std::to_string(static_cast<int>(d.year()));
}

std::string format_iso_date(const Date& d) {
  if (d.is_special()) return {};
  return std::to_string(static_cast<int>(d.year())) + '-' + two_digits(d.month().as_number()) +
         '-' + two_digits(d.day().as_number());
}

}  // namespace bp::model
