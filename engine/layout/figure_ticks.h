#pragma once
// Axis arithmetic for charts: "nice" tick steps and tick labels.
//
// Contract:
// - nice_ticks(lo, hi, target): ticks at multiples of a step of 1, 2 or 5
//   times a power of ten, from the multiple at or below lo to the one at or
//   above hi, choosing the smallest such step that gives at most `target`
//   intervals (target >= 1). lo > hi are swapped; lo == hi is widened by a
//   tenth of the value either side (0 -> 0..1). Non-finite input gives {0, 1}.
// - step_decimals(step): digits after the point that the step needs (1 -> 0,
//   0.5 -> 1, 0.25 -> 2), at most 6.
// - format_value(v, decimals): fixed point, "-0" written as "0".

#include <string>
#include <vector>

namespace bp::layout {

struct Ticks {
  std::vector<double> values;  // ascending, at least 2
  double step = 1;
};

Ticks nice_ticks(double lo, double hi, int target = 5);
int step_decimals(double step);
std::string format_value(double v, int decimals);

}  // namespace bp::layout
