#pragma once
// Bank holidays of England and Wales and working days. Pure computation: no I/O.
//
// The rules (rule_holidays) give the statutory pattern in force since 1978:
//   New Year's Day, 1 January (a Saturday or Sunday moves it to the next Monday);
//   Good Friday and Easter Monday (Easter by the anonymous Gregorian algorithm);
//   Early May bank holiday, the first Monday of May;
//   Spring bank holiday, the last Monday of May;
//   Summer bank holiday, the last Monday of August;
//   Christmas Day and Boxing Day, with substitute days when they fall at a weekend:
//     Christmas Friday   -> Boxing Day (Saturday) on Monday 28;
//     Christmas Saturday -> Christmas Day on Monday 27, Boxing Day (Sunday) on Tuesday 28;
//     Christmas Sunday   -> Boxing Day on Monday 26, Christmas Day on Tuesday 27.
// A holiday that falls at a weekend is listed on its substitute weekday only, named
// "<name> (substitute day)". Years before 1978 had other holidays: the rules do not
// describe them.
//
// One-off changes by proclamation (8 May 2020 instead of 4 May; 2 and 3 June and
// 19 September 2022; 8 May 2023) come from a data file read by the loader
// (load/holiday_loader.h) as HolidayChanges. HolidayCalendar joins the two.
//
// Thread safety: everything here is a pure function or a const member of an
// immutable object; share a HolidayCalendar freely between threads.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/date.h"

namespace bp::model {

enum class HolidaySource {
  Rule,    // from the statutory pattern
  OneOff,  // added by the data file of one-off changes
};

struct Holiday {
  Date date;
  std::string name;  // "Spring bank holiday", "Christmas Day (substitute day)"
  HolidaySource source = HolidaySource::Rule;
  std::optional<Date> moved_from;  // OneOff: the rule holiday it replaces, when it was moved
};

// A rule holiday taken away by the data file (2020-05-04, moved to 8 May).
struct RemovedHoliday {
  Date date;
  std::string name;    // the rule holiday's name
  std::string reason;  // as the file gives it: "moved to Friday 8 May for VE Day"
};

// The data file of one-off changes, as read by the loader. The loader has
// checked it: every removal names a rule holiday, every addition is a weekday
// that is not already a holiday, and no date appears twice.
struct HolidayChanges {
  struct Addition {
    Date date;
    std::string name;
    std::optional<Date> moved_from;
    SourceLocation where;
  };
  struct Removal {
    Date date;
    std::string reason;
    SourceLocation where;
  };
  std::string region = "England and Wales";
  std::vector<Addition> added;
  std::vector<Removal> removed;
  std::filesystem::path file;  // where the changes came from; empty for none
};

// The years the program accepts (the calendar command, the data file). The
// rules themselves compute for 1401..9998.
constexpr int kCalendarFirstYear = 1900;
constexpr int kCalendarLastYear = 2200;
// The first year of the current statutory pattern (Early May bank holiday).
constexpr int kRulesFirstYear = 1978;

// Easter Sunday of `year` in the Gregorian calendar (anonymous algorithm).
Date easter_sunday(int year);

// The rule holidays of `year`, sorted by date. Requires 1401 <= year <= 9998.
std::vector<Holiday> rule_holidays(int year);

// Rules plus one-off changes. Immutable once built.
class HolidayCalendar {
 public:
  HolidayCalendar() = default;  // the rules alone
  explicit HolidayCalendar(HolidayChanges changes);

  // The bank holidays of `year`, sorted by date, each with its name.
  std::vector<Holiday> holidays(int year) const;
  // Rule holidays of `year` that the changes removed, sorted by date.
  std::vector<RemovedHoliday> removed(int year) const;

  // The holiday on `d`, if any.
  std::optional<Holiday> holiday_on(const Date& d) const;
  bool is_holiday(const Date& d) const { return holiday_on(d).has_value(); }
  // Monday to Friday and not a bank holiday.
  bool is_working_day(const Date& d) const;
  // Working days strictly between `from` and `to` (neither end counted);
  // 0 when `to` is not at least two days after `from`.
  int working_days_between(const Date& from, const Date& to) const;

  const HolidayChanges& changes() const { return changes_; }

 private:
  HolidayChanges changes_;
};

}  // namespace bp::model
