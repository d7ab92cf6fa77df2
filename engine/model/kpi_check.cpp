// Typed ratings and directions checked against the derived ones (see kpi_check.h).

#include "model/kpi_check.h"

#include "model/kpi_rating.h"
#include "model/kpi_wording.h"

namespace bp::model {
namespace {

// "latest figure 40% (31 January 2020) against the target of 50% in force since 31 October 2019"
std::string evidence(const Kpi& kpi, const Assessment& a) {
  std::string s;
  if (a.latest)
    s = "latest figure " + format_value(a.latest->value, kpi.unit) + " (" +
        format_day_month_year(a.latest->date) + ")";
  else
    s = "no figure at or before " + format_day_month_year(a.reporting_date);
  if (a.target && a.target_value)
    s += ", target " + format_value(*a.target_value, kpi.unit) + " in force since " +
         format_day_month_year(a.target->date);
  else if (!a.target)
    s += ", no target in force";
  if (a.previous)
    s += ", previous figure " + format_value(a.previous->value, kpi.unit) + " (" +
         format_day_month_year(a.previous->date) + ")";
  return s;
}

}  // namespace

std::vector<Diagnostic> check_claims(const KpiGroup& group, const RatingRules& rules) {
  std::vector<Diagnostic> out;
  for (const Kpi& kpi : group.kpis) {
    if (!kpi.claimed_rating && !kpi.claimed_direction) continue;
    const Assessment a = assess(kpi, group.reporting_date, rules);
    const std::string when = " at the reporting date " + format_day_month_year(group.reporting_date);
    if (kpi.claimed_rating && kpi.claimed_rating->value != a.rating) {
      Diagnostic d;
      d.where = kpi.claimed_rating->where;
      d.message = kpi.ref + " is typed as '" + rating_words(kpi.claimed_rating->value) +
                  "' but the data rate it '" + rating_words(a.rating) + "'" + when;
      d.hint = "from the data: " + evidence(kpi, a) +
               "; correct the figures or remove the rating= attribute";
      out.push_back(std::move(d));
    }
    if (kpi.claimed_direction && kpi.claimed_direction->value != a.direction) {
      Diagnostic d;
      d.where = kpi.claimed_direction->where;
      d.message = kpi.ref + " is typed as '" + direction_words(kpi.claimed_direction->value) +
                  "' but the data say '" + direction_words(a.direction) + "'" + when;
      d.hint = "from the data: " + evidence(kpi, a) +
               "; correct the figures or remove the direction= attribute";
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace bp::model
