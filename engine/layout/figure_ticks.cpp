// Axis ticks (see figure_ticks.h).

#include "layout/figure_ticks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp::layout {

Ticks nice_ticks(double lo, double hi, int target) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return Ticks{{0, 1}, 1};
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-12 * std::max(1.0, std::abs(hi))) {
    const double v = lo, pad = std::abs(v) * 0.1;
    lo = v == 0 ? 0 : v - pad;
    hi = v == 0 ? 1 : v + pad;
  }
  target = std::max(1, target);
  const double raw = (hi - lo) / target;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  Ticks t;
  for (double m : {1.0, 2.0, 5.0, 10.0, 20.0}) {
    const double step = m * mag;
    const double first = std::floor(lo / step + 1e-9) * step;
    const double last = std::ceil(hi / step - 1e-9) * step;
    if (std::llround((last - first) / step) <= target || m == 20.0) {
      t.step = step;
      const long long n = std::llround((last - first) / step);
      for (long long i = 0; i <= n; ++i) {
        const double v = first + static_cast<double>(i) * step;
        t.values.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
      }
      break;
    }
  }
  if (t.values.size() < 2) t.values = {lo, hi};
  return t;
}

int step_decimals(double step) {
  for (int d = 0; d < 6; ++d) {
    const double scaled = step * std::pow(10.0, d);
    if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
  }
  return 6;
}

std::string format_value(double v, int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.front() == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

}  // namespace bp::layout
