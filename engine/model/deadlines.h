#pragma once
// Publication deadlines for a committee meeting. Pure computation: no I/O.
//
// "Clear days" exclude both the day of publication (or of entry in the forward
// plan) and the day of the meeting. Two rules, with the numbers from the
// council's house style (model::DeadlineRules):
//   - notice: the agenda and reports are published at least N clear WORKING days
//     before the meeting (working days: Monday to Friday, not a bank holiday;
//     section 100B(3) and 100K of the Local Government Act 1972); N = 5 by default.
//     Worked example: meeting Tuesday 12 November 2019, 5 clear working days ->
//     latest publication Monday 4 November 2019 (Tue 5 .. Mon 11 hold five
//     working days). A bank holiday in between moves the date earlier.
//   - forward plan: a key decision is in the forward plan at least D clear
//     CALENDAR days before the meeting (regulation 9 of the Local Authorities
//     (Executive Arrangements) (Meetings and Access to Information) (England)
//     Regulations 2012); D = 28 by default: meeting 12 November -> 14 October.
// A date complies exactly when it is on or before the latest date.

#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "model/calendar.h"
#include "model/date.h"
#include "model/house_style.h"
#include "model/meeting.h"

namespace bp::model {

// The latest date P such that at least `clear_working_days` working days lie
// strictly between P and `meeting`. P itself may be a weekend day or a holiday.
// clear_working_days 0 gives the day before the meeting. Throws
// std::invalid_argument when clear_working_days is negative.
Date latest_publication_date(const Date& meeting, int clear_working_days, const HolidayCalendar& cal);

// The latest date E with at least `clear_days` calendar days strictly between
// E and `meeting`: meeting - (clear_days + 1). Throws std::invalid_argument
// when clear_days is negative.
Date forward_plan_deadline(const Date& meeting, int clear_days);

// The result of checking one date against a deadline.
struct DeadlineCheck {
  Date given;        // the date checked
  Date latest;       // the latest date that complies
  int required = 0;  // clear days needed (working days for publication)
  int clear = 0;     // clear days between `given` and the meeting (0 when on or after it)

  bool complies() const { return clear >= required; }
  // Clear days missing (in the unit of the rule); 0 when it complies.
  int days_short() const { return complies() ? 0 : required - clear; }
  // Calendar days after `latest`; 0 when it complies.
  int days_late() const;
};

// Publication on `published` for a meeting on `meeting`.
DeadlineCheck check_publication(const Date& published, const Date& meeting, int clear_working_days,
                                const HolidayCalendar& cal);

// Entry in the forward plan on `entered` for a meeting on `meeting`.
DeadlineCheck check_forward_plan(const Date& entered, const Date& meeting, int clear_days);

// A warning when `published` leaves fewer clear working days before the
// meeting than the rules ask, placed at the meeting file.
std::optional<Diagnostic> publication_warning(const Meeting& meeting, const Date& published,
                                              const DeadlineRules& rules, const HolidayCalendar& cal);

// A warning, at the item, for every key decision on the agenda (withdrawn
// items aside) that has no forward-plan date or entered the plan too late.
std::vector<Diagnostic> forward_plan_warnings(const Meeting& meeting, const DeadlineRules& rules);

// publication_warning (for meeting.published) followed by forward_plan_warnings.
std::vector<Diagnostic> deadline_warnings(const Meeting& meeting, const DeadlineRules& rules,
                                          const HolidayCalendar& cal);

}  // namespace bp::model
