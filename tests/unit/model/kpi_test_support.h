#pragma once
// Builders for KPI unit tests: a KPI in a few lines of code.

#include "model/kpi.h"

namespace bp::model::kpi_testing {

inline Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

inline Target value_target(Date date, double value, std::string label = {}) {
  Target t;
  t.date = date;
  t.kind = TargetKind::Value;
  t.value = value;
  t.label = std::move(label);
  return t;
}

inline Target kind_target(Date date, TargetKind kind, double value = 0) {
  Target t;
  t.date = date;
  t.kind = kind;
  t.value = value;
  return t;
}

inline Target baseline_plus(Date date, double uplift, Uplift kind) {
  Target t;
  t.date = date;
  t.kind = TargetKind::BaselinePlus;
  t.uplift = uplift;
  t.uplift_kind = kind;
  return t;
}

inline Baseline established(double value, Date date) {
  Baseline b;
  b.state = Baseline::State::Established;
  b.value = value;
  b.date = date;
  return b;
}

inline Baseline pending(std::optional<Date> by = std::nullopt) {
  Baseline b;
  b.state = Baseline::State::Pending;
  b.established_by = by;
  return b;
}

// A percentage KPI, higher is better, with the given figures.
inline Kpi percent_kpi(std::vector<Actual> actuals = {}, std::vector<Target> targets = {}) {
  Kpi k;
  k.ref = "KPI 9/9";
  k.unit = KpiUnit::Percent;
  k.polarity = Polarity::HigherIsBetter;
  k.actuals = std::move(actuals);
  k.targets = std::move(targets);
  return k;
}

// A waiting time in weeks, lower is better.
inline Kpi weeks_kpi(std::vector<Actual> actuals = {}, std::vector<Target> targets = {}) {
  Kpi k = percent_kpi(std::move(actuals), std::move(targets));
  k.unit = KpiUnit::Weeks;
  k.polarity = Polarity::LowerIsBetter;
  return k;
}

inline RatingRules percent_rules(double amber) {
  RatingRules r;
  r.amber_kind = RatingRules::Tolerance::Percent;
  r.amber = amber;
  return r;
}

inline RatingRules points_rules(double amber) {
  RatingRules r;
  r.amber_kind = RatingRules::Tolerance::Points;
  r.amber = amber;
  return r;
}

}  // namespace bp::model::kpi_testing
