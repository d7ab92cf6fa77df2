// KPI target resolution, rating and direction of travel (see kpi_rating.h).

#include "model/kpi_rating.h"

#include <algorithm>
#include <cmath>

namespace bp::model {
namespace {

constexpr double kRelativeEpsilon = 1e-9;

double epsilon_for(double a, double b) {
  return kRelativeEpsilon * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool uses_baseline(const Target& t) { return t.kind == TargetKind::BaselinePlus; }

}  // namespace

int compare_performance(double a, double b, Polarity polarity) {
  const double diff = polarity == Polarity::HigherIsBetter ? a - b : b - a;
  const double eps = epsilon_for(a, b);
  if (diff > eps) return 1;
  if (diff < -eps) return -1;
  return 0;
}

const Target* target_in_force(const Kpi& kpi, const Date& on) {
  const Target* found = nullptr;
  for (const Target& t : kpi.targets)
    if (t.date <= on && (found == nullptr || t.date >= found->date)) found = &t;
  return found;
}

const Target* next_target(const Kpi& kpi, const Date& on) {
  const Target* found = nullptr;
  for (const Target& t : kpi.targets)
    if (t.date > on && (found == nullptr || t.date < found->date)) found = &t;
  return found;
}

const Actual* latest_actual(const Kpi& kpi, const Date& on) {
  const Actual* found = nullptr;
  for (const Actual& a : kpi.actuals)
    if (a.date <= on && (found == nullptr || a.date >= found->date)) found = &a;
  return found;
}

const Actual* previous_actual(const Kpi& kpi, const Actual& latest) {
  const Actual* found = nullptr;
  for (const Actual& a : kpi.actuals)
    if (a.date < latest.date && (found == nullptr || a.date > found->date)) found = &a;
  return found;
}

std::optional<double> national_at(const Kpi& kpi, const Date& on) {
  const NationalFigure* found = nullptr;
  for (const NationalFigure& n : kpi.national)
    if (n.date <= on && (found == nullptr || n.date >= found->date)) found = &n;
  if (found == nullptr) return std::nullopt;
  return found->value;
}

bool needs_national(const Target& t) {
  return t.kind == TargetKind::NationalAverage || t.kind == TargetKind::MaxOf ||
         t.kind == TargetKind::MinOf;
}

std::optional<double> target_value(const Kpi& kpi, const Target& t, const Date& known_on) {
  const Date national_date = std::min(t.date, known_on);
  switch (t.kind) {
    case TargetKind::Value:
      return t.value;
    case TargetKind::BaselinePlus:
      if (!kpi.baseline.established()) return std::nullopt;
      if (t.uplift_kind == Uplift::Points) return kpi.baseline.value + t.uplift;
      return kpi.baseline.value * (1.0 + t.uplift / 100.0);
    case TargetKind::NationalAverage:
      return national_at(kpi, national_date);
    case TargetKind::MaxOf:
    case TargetKind::MinOf: {
      const auto n = national_at(kpi, national_date);
      if (!n) return std::nullopt;
      return t.kind == TargetKind::MaxOf ? std::max(t.value, *n) : std::min(t.value, *n);
    }
    case TargetKind::NotMeasurable:
      break;
  }
  return std::nullopt;
}

double amber_tolerance(const RatingRules& rules, double target) {
  const double amber = std::max(0.0, rules.amber);
  if (rules.amber_kind == RatingRules::Tolerance::Points) return amber;
  return std::fabs(target) * amber / 100.0;
}

Rating rate(double actual, double target, Polarity polarity, const RatingRules& rules) {
  if (compare_performance(actual, target, polarity) >= 0) return Rating::Green;
  const double shortfall = polarity == Polarity::HigherIsBetter ? target - actual : actual - target;
  const double tolerance = amber_tolerance(rules, target);
  if (shortfall <= tolerance + epsilon_for(shortfall, tolerance)) return Rating::Amber;
  return Rating::Red;
}

Direction direction_of(double previous, double latest, Polarity polarity) {
  const int c = compare_performance(latest, previous, polarity);
  return c > 0 ? Direction::Improved : c < 0 ? Direction::Declined : Direction::Maintained;
}

Assessment assess(const Kpi& kpi, const Date& reporting_date, const RatingRules& rules) {
  Assessment a;
  a.reporting_date = reporting_date;

  if (const Actual* latest = latest_actual(kpi, reporting_date)) {
    a.latest = *latest;
    if (const Actual* prev = previous_actual(kpi, *latest)) {
      a.previous = *prev;
      a.direction = direction_of(prev->value, latest->value, kpi.polarity);
    }
  }
  if (const Target* t = target_in_force(kpi, reporting_date)) {
    a.target = *t;
    a.target_value = target_value(kpi, *t, reporting_date);
  }
  if (const Target* t = next_target(kpi, reporting_date)) {
    a.next = *t;
    a.next_value = target_value(kpi, *t, reporting_date);
  }

  const bool relative_target = std::any_of(kpi.targets.begin(), kpi.targets.end(), uses_baseline);
  if (kpi.baseline.state == Baseline::State::Pending && (!a.latest || relative_target)) {
    a.rating = Rating::BaselineNotEstablished;
  } else if (kpi.targets.empty()) {
    a.rating = Rating::NoTarget;
  } else if (!a.target || a.target->kind == TargetKind::NotMeasurable) {
    a.rating = Rating::NotDue;
  } else if (!a.latest || !a.target_value) {
    a.rating = Rating::NoData;
    a.missing_national = a.latest && needs_national(*a.target);
  } else {
    a.rating = rate(a.latest->value, *a.target_value, kpi.polarity, rules);
  }
  return a;
}

}  // namespace bp::model
