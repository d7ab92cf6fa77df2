// Words and symbols of KPI reporting (see kpi_wording.h).

#include "model/kpi_wording.h"

#include <charconv>
#include <cmath>

namespace bp::model {
namespace {

const char* const kDash = "\u2013";

std::string better_word(Polarity p) { return p == Polarity::HigherIsBetter ? "above" : "within"; }
std::string worse_word(Polarity p) { return p == Polarity::HigherIsBetter ? "below" : "above"; }

std::string direction_clause(Direction d) {
  switch (d) {
    case Direction::Improved: return "Performance has improved on the previous period";
    case Direction::Maintained:
      return "Performance has been maintained, consistent with the previous period";
    case Direction::Declined: return "Performance has declined on the previous period";
    case Direction::None: break;
  }
  return {};
}

// "; the first target is due in April 2020." and friends, for NotDue.
std::string not_due_sentence(const Kpi& kpi, const Assessment& a) {
  std::string lead = direction_clause(a.direction);
  if (lead.empty())
    lead = a.latest ? "A first figure has been reported" : "No figure has been reported yet";
  if (a.target) return lead + "; there is no measurable target for this period.";
  if (!a.next) return lead + ".";
  const std::string due = format_month_year(a.next->date);
  if (a.latest && a.next_value && compare_performance(a.latest->value, *a.next_value, kpi.polarity) >= 0)
    return lead + ", and is already " + better_word(kpi.polarity) + " the first target, due in " + due + ".";
  return lead + "; the first target is due in " + due + ".";
}

std::string rated_sentence(const Kpi& kpi, const Assessment& a) {
  const double actual = a.latest->value;
  const double target = *a.target_value;
  const bool baseline_known = kpi.baseline.established();
  const Polarity p = kpi.polarity;

  std::string status;
  if (a.rating == Rating::Green) {
    if (compare_performance(actual, target, p) > 0) {
      status = "is " + better_word(p) + " target";
    } else {
      const bool at_baseline = baseline_known && compare_performance(actual, kpi.baseline.value, p) == 0;
      const std::string noun = at_baseline ? "baseline & target" : "target";
      status = a.direction == Direction::Maintained ? "remains at " + noun
               : a.direction == Direction::Improved ? "is now in line with " + noun
                                                    : "is at " + noun;
    }
  } else if (a.rating == Rating::Amber) {
    status = "is just " + worse_word(p) + " target";
  } else {
    const bool below_baseline = baseline_known && compare_performance(actual, kpi.baseline.value, p) < 0;
    status = std::string(a.direction == Direction::None ? "is " : "remains ") + worse_word(p) + " " +
             (below_baseline ? "baseline & target" : "target");
  }

  const bool good = a.rating == Rating::Green;
  switch (a.direction) {
    case Direction::None: return "Performance " + status + ".";
    case Direction::Improved: return direction_clause(a.direction) + (good ? ", and " : ", but ") + status + ".";
    case Direction::Maintained: return direction_clause(a.direction) + (good ? " and " : ", but ") + status + ".";
    case Direction::Declined: return direction_clause(a.direction) + (good ? ", but " : ", and ") + status + ".";
  }
  return {};
}

}  // namespace

std::string rating_symbol(Rating r) {
  switch (r) {
    case Rating::Green: return "G";
    case Rating::Amber: return "A";
    case Rating::Red: return "R";
    default: return kDash;
  }
}

std::string rating_words(Rating r) {
  switch (r) {
    case Rating::Green: return "On target";
    case Rating::Amber: return "Near target";
    case Rating::Red: return "Off target";
    case Rating::BaselineNotEstablished: return "Baseline not established";
    case Rating::NoTarget: return "No target yet";
    case Rating::NotDue: return "Not due";
    case Rating::NoData: return "No data";
  }
  return {};
}

std::string rating_label(Rating r) { return rating_symbol(r) + " " + rating_words(r); }

std::string rating_shade(Rating r) {
  switch (r) {
    case Rating::Green: return "rating-green";
    case Rating::Amber: return "rating-amber";
    case Rating::Red: return "rating-red";
    default: return "rating-neutral";
  }
}

bool is_rated(Rating r) { return r == Rating::Green || r == Rating::Amber || r == Rating::Red; }

std::string direction_arrow(Direction d) {
  switch (d) {
    case Direction::Improved: return "\u2191";
    case Direction::Maintained: return "\u2194";
    case Direction::Declined: return "\u2193";
    case Direction::None: break;
  }
  return {};
}

std::string direction_words(Direction d) {
  switch (d) {
    case Direction::Improved: return "Improved";
    case Direction::Maintained: return "Maintained";
    case Direction::Declined: return "Declined";
    case Direction::None: break;
  }
  return "No previous figure";
}

std::string frequency_words(Frequency f) {
  switch (f) {
    case Frequency::Monthly: return "Monthly";
    case Frequency::Quarterly: return "Quarterly";
    case Frequency::BiAnnually: return "Bi-Annually";
    case Frequency::Annually: return "Annually";
    case Frequency::Unspecified: break;
  }
  return {};
}

std::string format_number(double v) {
  const double rounded = std::round(v * 100.0) / 100.0;
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded == 0 ? 0.0 : rounded,
                                       std::chars_format::fixed, 2);
  if (ec != std::errc()) return "?";
  std::string s(buf, end);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string format_value(double v, KpiUnit unit) {
  const std::string n = format_number(v);
  switch (unit) {
    case KpiUnit::Percent: return n + "%";
    case KpiUnit::Weeks: return n + (n == "1" ? " week" : " weeks");
    case KpiUnit::Days: return n + (n == "1" ? " day" : " days");
    case KpiUnit::Count: break;
  }
  return n;
}

std::vector<std::string> describe_target(const Kpi& kpi, const Target& t, const Date& known_on) {
  std::vector<std::string> lines;
  const auto value = target_value(kpi, t, known_on);
  switch (t.kind) {
    case TargetKind::Value:
      lines.push_back(format_value(t.value, kpi.unit));
      break;
    case TargetKind::BaselinePlus:
      if (t.uplift_kind == Uplift::Points)
        lines.push_back("Baseline plus " + (kpi.unit == KpiUnit::Percent
                                                ? format_number(t.uplift) + (t.uplift == 1 ? " point" : " points")
                                                : format_value(t.uplift, kpi.unit)));
      else
        lines.push_back("Baseline plus " + format_number(t.uplift) + "% of baseline");
      if (value) lines.push_back("= " + format_value(*value, kpi.unit));
      break;
    case TargetKind::NationalAverage:
      lines.push_back("National average");
      if (value) lines.push_back("(" + format_value(*value, kpi.unit) + ")");
      break;
    case TargetKind::MaxOf:
    case TargetKind::MinOf:
      lines.push_back(format_value(t.value, kpi.unit) + " or national average, whichever is " +
                      (t.kind == TargetKind::MaxOf ? "higher" : "lower"));
      if (value) lines.push_back("= " + format_value(*value, kpi.unit));
      break;
    case TargetKind::NotMeasurable:
      lines.push_back("Not measured");
      break;
  }
  if (!t.note.empty()) lines.push_back(t.note);
  return lines;
}

std::string performance_sentence(const Kpi& kpi, const Assessment& a) {
  switch (a.rating) {
    case Rating::BaselineNotEstablished: {
      std::string s = "Performance is not measured as the baseline is still to be established.";
      if (const auto& by = kpi.baseline.established_by) {
        s += *by < a.reporting_date ? " The baseline was due by " : " The baseline is due by ";
        s += format_day_month_year(*by) + ".";
      }
      return s;
    }
    case Rating::NoTarget: {
      const std::string lead = direction_clause(a.direction);
      return lead.empty() ? "No target has been set yet." : lead + "; no target has been set yet.";
    }
    case Rating::NotDue:
      return not_due_sentence(kpi, a);
    case Rating::NoData:
      if (a.missing_national) return "The national average for this period is not yet known.";
      return "No figure has been reported for this period.";
    case Rating::Green:
    case Rating::Amber:
    case Rating::Red:
      return rated_sentence(kpi, a);
  }
  return {};
}

}  // namespace bp::model
