#pragma once
// Derivation of a KPI's standing at a reporting date: the target in force, the
// rating of the latest figure and its direction of travel. Pure functions of
// the KPI's numbers and the house style's rating rules; no I/O.
//
// Rules (documented for authors in engine/load/REPORT-XML.md):
// - The target in force at date D is the latest target dated on or before D.
//   Before the first target's date nothing is due.
// - The latest figure is the latest actual dated on or before D; the previous
//   figure is the actual just before it.
// - A target's number as known at D: Value -> value; BaselinePlus -> baseline
//   + uplift (points) or baseline * (1 + uplift/100) (percent), none while the
//   baseline is not established; NationalAverage -> the latest national figure
//   dated on or before min(target date, D); MaxOf / MinOf -> the higher / lower
//   of value and that national figure, none without one; NotMeasurable -> none.
// - Rating, first rule that applies:
//   1. BaselineNotEstablished: the baseline is still to be established and the
//      KPI has no figure yet or any of its targets is relative to the baseline;
//   2. NoTarget: the KPI has no targets;
//   3. NotDue: no target in force, or the one in force is NotMeasurable;
//   4. NoData: no figure at or before D, or the target in force needs a
//      national figure that is not known at D;
//   5. Green when the figure meets or beats the target (>= for higher is
//      better, <= for lower is better); Amber when it misses by no more than
//      the tolerance (edge included); Red otherwise. The tolerance is
//      RatingRules::amber points, or amber per cent of the target's size.
// - Direction: no previous figure -> None; else compared with polarity:
//   Improved, Maintained (equal) or Declined.
// Numbers are compared with a relative tolerance of 1e-9, so 50 - 5 meets a
// tolerance edge computed as 50 * 10 / 100.

#include <optional>

#include "model/house_style.h"
#include "model/kpi.h"

namespace bp::model {

// -1: `a` is worse than `b`, 0: equal, 1: better, for the polarity.
int compare_performance(double a, double b, Polarity polarity);

// The latest target dated on or before `on`, or nullptr.
const Target* target_in_force(const Kpi& kpi, const Date& on);
// The first target dated after `on`, or nullptr.
const Target* next_target(const Kpi& kpi, const Date& on);
// The latest actual dated on or before `on`, or nullptr.
const Actual* latest_actual(const Kpi& kpi, const Date& on);
// The actual just before `a` (which must be one of kpi.actuals), or nullptr.
const Actual* previous_actual(const Kpi& kpi, const Actual& a);
// The latest national figure dated on or before `on`.
std::optional<double> national_at(const Kpi& kpi, const Date& on);
// The target's number as known at `known_on` (see the rules above).
std::optional<double> target_value(const Kpi& kpi, const Target& t, const Date& known_on);
// True when the target needs a national figure (NationalAverage, MaxOf, MinOf).
bool needs_national(const Target& t);

// The amber tolerance for `target` under `rules` (never negative).
double amber_tolerance(const RatingRules& rules, double target);
// Green, Amber or Red for `actual` against `target`.
Rating rate(double actual, double target, Polarity polarity, const RatingRules& rules);
// Improved, Maintained or Declined from `previous` to `latest`.
Direction direction_of(double previous, double latest, Polarity polarity);

// Everything derived for one KPI at one reporting date.
struct Assessment {
  Date reporting_date;
  Rating rating = Rating::NoData;
  Direction direction = Direction::None;
  std::optional<Actual> latest;    // at or before the reporting date
  std::optional<Actual> previous;  // just before `latest`
  std::optional<Target> target;    // in force
  std::optional<double> target_value;  // its number, when it has one
  std::optional<Target> next;      // the first target after the reporting date
  std::optional<double> next_value;
  bool missing_national = false;   // NoData because the national figure is not known
};

Assessment assess(const Kpi& kpi, const Date& reporting_date, const RatingRules& rules);

}  // namespace bp::model
