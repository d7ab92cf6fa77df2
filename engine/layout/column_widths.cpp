// Table column widths (see column_widths.h).

#include "layout/column_widths.h"

#include <algorithm>
#include <cstddef>

namespace bp::layout {
namespace {

// Widens the non-fixed columns of a span evenly so that they sum to `target`.
void widen_span(const std::vector<doc::Column>& cols, std::vector<ColumnNeed>& needs, const SpanNeed& s,
                double ColumnNeed::*field) {
  double sum = 0;
  int flexible = 0;
  for (int c = s.first; c < s.first + s.count; ++c) {
    const auto i = static_cast<std::size_t>(c);
    if (cols[i].kind == doc::ColumnKind::Fixed) sum += cols[i].value;
    else {
      sum += needs[i].*field;
      ++flexible;
    }
  }
  const double excess = s.need.*field - sum;
  if (excess <= 0 || flexible == 0) return;
  for (int c = s.first; c < s.first + s.count; ++c) {
    const auto i = static_cast<std::size_t>(c);
    if (cols[i].kind != doc::ColumnKind::Fixed) needs[i].*field += excess / flexible;
  }
}

// A Fixed column's width: its value, but at least its floor.
double fixed_width(const doc::Column& c, const ColumnNeed& need) { return std::max({0.0, c.value, need.floor}); }

}  // namespace

std::vector<double> column_widths(const std::vector<doc::Column>& columns, std::vector<ColumnNeed> needs,
                                  const std::vector<SpanNeed>& spans, double frame_width) {
  const std::size_t n = columns.size();
  needs.resize(n);
  for (const SpanNeed& s : spans) {
    if (s.first < 0 || s.count < 2 || static_cast<std::size_t>(s.first + s.count) > n) continue;
    widen_span(columns, needs, s, &ColumnNeed::min);
    widen_span(columns, needs, s, &ColumnNeed::max);
  }
  for (auto& nd : needs) nd.max = std::max(nd.max, nd.min);

  std::vector<double> w(n, 0.0);
  double fixed = 0, auto_min = 0, auto_max = 0, rel_min = 0;
  for (std::size_t i = 0; i < n; ++i) {
    switch (columns[i].kind) {
      case doc::ColumnKind::Fixed: fixed += fixed_width(columns[i], needs[i]); break;
      case doc::ColumnKind::Auto: auto_min += needs[i].min; auto_max += needs[i].max; break;
      case doc::ColumnKind::Relative: rel_min += needs[i].min; break;
    }
  }

  const double total_min = fixed + auto_min + rel_min;
  if (total_min > frame_width) {  // too wide: scale every column down in proportion
    const double scale = total_min > 0 ? frame_width / total_min : 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double base = columns[i].kind == doc::ColumnKind::Fixed ? fixed_width(columns[i], needs[i]) : needs[i].min;
      w[i] = base * scale;
    }
    return w;
  }

  // Fixed first, then auto between min and max, then relative shares.
  const double auto_room = frame_width - fixed - rel_min;
  double auto_used = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (columns[i].kind == doc::ColumnKind::Fixed) w[i] = fixed_width(columns[i], needs[i]);
    if (columns[i].kind != doc::ColumnKind::Auto) continue;
    if (auto_max <= auto_room) w[i] = needs[i].max;
    else if (auto_max > auto_min) {
      w[i] = needs[i].min + (needs[i].max - needs[i].min) * (auto_room - auto_min) / (auto_max - auto_min);
    } else {
      w[i] = needs[i].min;
    }
    auto_used += w[i];
  }

  double room = std::max(0.0, frame_width - fixed - auto_used);
  std::vector<bool> open(n, false);
  std::size_t open_count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (columns[i].kind == doc::ColumnKind::Relative) {
      open[i] = true;
      ++open_count;
    }
  }
  const auto share_of = [&](std::size_t i) { return columns[i].value > 0 ? columns[i].value : 1.0; };
  while (open_count > 0) {  // proportional shares; columns below their min are pinned to it
    double shares = 0;
    for (std::size_t i = 0; i < n; ++i) if (open[i]) shares += share_of(i);
    bool pinned = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (open[i] && room * share_of(i) / shares < needs[i].min) {
        w[i] = needs[i].min;
        room = std::max(0.0, room - needs[i].min);
        open[i] = false;
        --open_count;
        pinned = true;
      }
    }
    if (pinned) continue;
    for (std::size_t i = 0; i < n; ++i) if (open[i]) w[i] = room * share_of(i) / shares;
    break;
  }
  return w;
}

}  // namespace bp::layout
