// Publication and forward-plan deadlines (see deadlines.h for the rules).

#include "model/deadlines.h"

#include <stdexcept>
#include <string>

namespace bp::model {
namespace {

namespace greg = boost::gregorian;

std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string item_label(const AgendaItem& item) {
  return "item " + item.number + " '" + item.title + "'";
}

}  // namespace

Date latest_publication_date(const Date& meeting, int clear_working_days, const HolidayCalendar& cal) {
  if (clear_working_days < 0) throw std::invalid_argument("clear working days must not be negative");
  // Walk back from the day before the meeting until enough working days have
  // been passed; the day after the last of them is not needed, so P is the day
  // before the earliest counted working day.
  Date d = meeting - greg::days(1);
  for (int found = 0; found < clear_working_days; d -= greg::days(1))
    if (cal.is_working_day(d)) ++found;
  return d;
}

Date forward_plan_deadline(const Date& meeting, int clear_days) {
  if (clear_days < 0) throw std::invalid_argument("clear days must not be negative");
  return meeting - greg::days(clear_days + 1);
}

int DeadlineCheck::days_late() const {
  const long late = (given - latest).days();
  return late > 0 ? static_cast<int>(late) : 0;
}

DeadlineCheck check_publication(const Date& published, const Date& meeting, int clear_working_days,
                                const HolidayCalendar& cal) {
  DeadlineCheck c;
  c.given = published;
  c.latest = latest_publication_date(meeting, clear_working_days, cal);
  c.required = clear_working_days;
  c.clear = cal.working_days_between(published, meeting);
  return c;
}

DeadlineCheck check_forward_plan(const Date& entered, const Date& meeting, int clear_days) {
  DeadlineCheck c;
  c.given = entered;
  c.latest = forward_plan_deadline(meeting, clear_days);
  c.required = clear_days;
  const long between = (meeting - entered).days() - 1;
  c.clear = between > 0 ? static_cast<int>(between) : 0;
  return c;
}

std::optional<Diagnostic> publication_warning(const Meeting& meeting, const Date& published,
                                              const DeadlineRules& rules, const HolidayCalendar& cal) {
  const DeadlineCheck c = check_publication(published, meeting.date, rules.notice_clear_working_days, cal);
  if (c.complies()) return std::nullopt;
  Diagnostic d;
  d.severity = Severity::Warning;
  d.where = meeting.published_where.file.empty() ? SourceLocation{meeting.file.string(), 0, 0}
                                                 : meeting.published_where;
  d.message = "published on " + format_long_date(published) + ", " + count(c.days_late(), "day", "days") +
              " after the latest publication date, " + format_long_date(c.latest) + ": " +
              count(c.clear, "clear working day", "clear working days") + " before the meeting on " +
              format_long_date(meeting.date) + ", " + std::to_string(c.required) + " needed";
  d.hint = "publish by " + format_long_date(c.latest) +
           ", or record why the business is urgent (section 100B(4) of the Local Government Act 1972)";
  return d;
}

std::vector<Diagnostic> forward_plan_warnings(const Meeting& meeting, const DeadlineRules& rules) {
  std::vector<Diagnostic> out;
  const Date latest = forward_plan_deadline(meeting.date, rules.forward_plan_clear_days);
  const std::string needed = count(rules.forward_plan_clear_days, "clear day", "clear days");
  const std::string exceptions =
      "a key decision not in the forward plan " + needed +
      " before needs general exception or special urgency (regulations 10 and 11 of the 2012 Executive "
      "Arrangements Regulations)";
  for (const AgendaItem& item : meeting.items) {
    if (!item.key_decision || item.kind == AgendaItemKind::Withdrawn) continue;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.where = item.where;
    if (!item.forward_plan_date) {
      d.message = item_label(item) + " is a key decision with no forward-plan date: it should have been in "
                  "the forward plan by " + format_long_date(latest);
      d.hint = "give forward-plan=\"YYYY-MM-DD\" on the item; " + exceptions;
      out.push_back(std::move(d));
      continue;
    }
    const DeadlineCheck c = check_forward_plan(*item.forward_plan_date, meeting.date, rules.forward_plan_clear_days);
    if (c.complies()) continue;
    d.message = item_label(item) + " is a key decision that entered the forward plan on " +
                format_long_date(c.given) + ", " + count(c.clear, "clear day", "clear days") +
                " before the meeting on " + format_long_date(meeting.date) + ", " +
                std::to_string(c.required) + " needed (by " + format_long_date(c.latest) + ")";
    d.hint = exceptions;
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<Diagnostic> deadline_warnings(const Meeting& meeting, const DeadlineRules& rules,
                                          const HolidayCalendar& cal) {
  std::vector<Diagnostic> out;
  if (auto w = publication_warning(meeting, meeting.published, rules, cal)) out.push_back(std::move(*w));
  for (Diagnostic& d : forward_plan_warnings(meeting, rules)) out.push_back(std::move(d));
  return out;
}

}  // namespace bp::model
