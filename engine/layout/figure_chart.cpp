// Line chart layout (see figure_chart.h).

#include "layout/figure_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "layout/figure_ticks.h"
#include "layout/paragraph_layout.h"

namespace bp::layout {
namespace {

constexpr double kTick = 3;          // tick mark length, pt
constexpr double kSampleWidth = 22;  // legend line sample, pt

using doc::FontFace;

struct Range {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  void add(double v) {
    if (!std::isfinite(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  bool empty() const { return lo > hi; }
};

// The x tick labels: explicit ticks, else each distinct labelled x of the points.
std::vector<doc::AxisTick> x_ticks(const doc::LineChart& c) {
  std::vector<doc::AxisTick> ticks = c.x_ticks;
  if (ticks.empty()) {
    for (const doc::ChartSeries& s : c.series) {
      for (const doc::ChartPoint& p : s.points) {
        if (p.x_label.empty() || !std::isfinite(p.x)) continue;
        const bool seen = std::any_of(ticks.begin(), ticks.end(), [&](const doc::AxisTick& t) { return t.value == p.x; });
        if (!seen) ticks.push_back(doc::AxisTick{p.x, p.x_label});
      }
    }
  }
  std::erase_if(ticks, [](const doc::AxisTick& t) { return !std::isfinite(t.value); });
  std::stable_sort(ticks.begin(), ticks.end(),
                   [](const doc::AxisTick& a, const doc::AxisTick& b) { return a.value < b.value; });
  return ticks;
}

// Which labels to print: every k-th from the first with the smallest k for
// which no two printed labels collide; the last label is always printed.
std::vector<std::size_t> thin_labels(const std::vector<double>& centre, const std::vector<double>& width, double gap) {
  const std::size_t n = centre.size();
  if (n == 0) return {};
  const auto fits = [&](const std::vector<std::size_t>& kept) {
    for (std::size_t i = 1; i < kept.size(); ++i) {
      const std::size_t a = kept[i - 1], b = kept[i];
      if (centre[b] - centre[a] < (width[a] + width[b]) / 2 + gap) return false;
    }
    return true;
  };
  for (std::size_t k = 1; k < n; ++k) {
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < n; i += k) kept.push_back(i);
    if (kept.back() != n - 1) {
      if (kept.size() > 1 && centre[n - 1] - centre[kept.back()] < (width[n - 1] + width[kept.back()]) / 2 + gap) {
        kept.pop_back();
      }
      kept.push_back(n - 1);
    }
    if (fits(kept)) return kept;
  }
  return {n - 1};
}

int value_decimals(double v) { return std::min(3, step_decimals(std::abs(v))); }

struct LegendEntry {
  const doc::ChartSeries* series = nullptr;
  const doc::ChartBand* band = nullptr;
  std::string name;
  double text_width = 0;
  double width = 0;
  double x = 0;
  int row = 0;
};

class ChartLayout {
 public:
  ChartLayout(const doc::LineChart& c, double frame_width, double max_height, const FontMetrics& m)
      : c_(c), m_(m) {
    fs_ = c.font_size > 0 ? c.font_size : 8;
    asc_ = m.ascender(FontFace::Regular) * fs_;
    desc_ = m.descender(FontFace::Regular) * fs_;
    d_.width = std::max(0.0, c.width > 0 ? std::min(c.width, frame_width) : frame_width);
    const double aspect = c.aspect > 0 ? c.aspect : 0.5;
    d_.height = std::min(c.height > 0 ? c.height : d_.width * aspect, max_height);
  }

  Drawing run() {
    title();
    legend_measure();
    axes_measure();
    draw_grid_and_bands();
    draw_axes();
    draw_series();
    draw_legend();
    return std::move(d_);
  }

 private:
  double line_box() const { return asc_ + desc_; }

  void title() {
    if (c_.title.empty()) return;
    doc::Paragraph p;
    p.runs.push_back(doc::TextRun{c_.title, FontFace::Bold, c_.text_color, ""});
    p.style.size = fs_ * 1.25;
    p.style.line_height = 1.2;
    const ParagraphBox box = layout_paragraph(p, d_.width, m_);
    Page tmp;
    draw_lines(box, 0, box.lines.size(), LinePlacement{0, 0, -1, -1}, tmp);
    for (Item& it : tmp.items) title_items_.push_back(std::move(it));
    top_ = box.height() + fs_ * 0.5;
  }

  void legend_measure() {
    if (!c_.legend) return;
    for (const doc::ChartBand& b : c_.bands) {
      if (!b.name.empty()) legend_.push_back(LegendEntry{nullptr, &b, b.name});
    }
    for (const doc::ChartSeries& s : c_.series) {
      if (!s.name.empty()) legend_.push_back(LegendEntry{&s, nullptr, s.name});
    }
    if (legend_.empty()) return;
    const double gap = fs_ * 1.5;
    double x = 0;
    int row = 0;
    for (LegendEntry& e : legend_) {
      e.text_width = m_.text_width(FontFace::Regular, e.name, fs_);
      e.width = kSampleWidth + fs_ * 0.5 + e.text_width;
      if (x > 0 && x + e.width > d_.width) {
        ++row;
        x = 0;
      }
      e.x = x;
      e.row = row;
      x += e.width + gap;
    }
    legend_rows_ = row + 1;
    legend_height_ = fs_ * 0.6 + legend_rows_ * fs_ * 1.6;
  }

  void axes_measure() {
    // Data ranges.
    Range xr, yr;
    for (const doc::ChartSeries& s : c_.series) {
      for (const doc::ChartPoint& p : s.points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        xr.add(p.x);
        yr.add(p.y);
      }
      max_marker_ = std::max(max_marker_, s.marker == doc::MarkerShape::None ? s.line_width : s.marker_size);
      value_labels_ = value_labels_ || s.value_labels;
    }
    for (const doc::ChartBand& b : c_.bands) {
      for (const doc::BandPoint& p : b.points) {
        xr.add(p.x);
        yr.add(p.low);
        yr.add(p.high);
      }
    }
    ticks_ = x_ticks(c_);
    for (const doc::AxisTick& t : ticks_) xr.add(t.value);
    if (c_.y_min) yr.add(*c_.y_min);
    if (c_.y_max) yr.add(*c_.y_max);
    if (xr.empty()) xr = Range{0, 1};
    if (yr.empty()) yr = Range{0, 1};
    x0_ = xr.lo;
    x1_ = xr.hi;

    // Vertical budget: title, room for the top tick label (and value labels),
    // the plot, ticks and x labels, the legend.
    plot_top_ = top_ + line_box() / 2 + (value_labels_ ? line_box() + 2 : 0);
    const double below = kTick + 2 + (ticks_.empty() ? 0 : line_box()) + legend_height_;
    const double min_plot = 3 * fs_;
    if (d_.height - below - plot_top_ < min_plot) d_.height = plot_top_ + min_plot + below;
    plot_bottom_ = d_.height - below;

    const int target = std::clamp(static_cast<int>((plot_bottom_ - plot_top_) / (fs_ * 2.5)), 2, 8);
    yt_ = nice_ticks(yr.lo, yr.hi, target);
    const int decimals = c_.y_decimals >= 0 ? c_.y_decimals : step_decimals(yt_.step);
    double label_w = 0;
    for (double v : yt_.values) {
      y_labels_.push_back(format_value(v, decimals) + c_.y_unit);
      label_w = std::max(label_w, m_.text_width(FontFace::Regular, y_labels_.back(), fs_));
    }

    // Horizontal budget: y title, y labels, ticks; on the right half the
    // widest x label so a label centred on the last tick stays inside.
    y_title_width_ = c_.y_title.empty() ? 0 : line_box() + 3;
    plot_left_ = y_title_width_ + label_w + kTick + 2;
    double right_pad = max_marker_ / 2 + 1;
    for (const doc::AxisTick& t : ticks_) {
      right_pad = std::max(right_pad, m_.text_width(FontFace::Regular, t.label, fs_) / 2);
    }
    plot_right_ = std::max(plot_left_ + 1, d_.width - right_pad);
    inset_ = std::min(max_marker_ / 2 + 3, (plot_right_ - plot_left_) / 4);
  }

  double X(double v) const {
    const double l = plot_left_ + inset_, r = plot_right_ - inset_;
    if (x1_ - x0_ <= 0) return (l + r) / 2;
    return l + (v - x0_) / (x1_ - x0_) * (r - l);
  }
  double Y(double v) const {
    const double lo = yt_.values.front(), hi = yt_.values.back();
    return plot_bottom_ - (v - lo) / (hi - lo) * (plot_bottom_ - plot_top_);
  }

  void push_text(std::string s, FontFace face, double x, double baseline) {
    TextItem t = text(std::move(s), face, fs_, c_.text_color, x, baseline, m_);
    t.x = std::clamp(t.x, 0.0, std::max(0.0, d_.width - t.width));
    d_.items.emplace_back(std::move(t));
  }

  void draw_grid_and_bands() {
    for (std::size_t i = 0; i < yt_.values.size(); ++i) {
      const double y = Y(yt_.values[i]);
      if (i > 0) d_.items.emplace_back(LineItem{plot_left_, y, plot_right_, y, 0.4, c_.grid_color});
    }
    for (const doc::ChartBand& b : c_.bands) {
      if (b.points.size() < 2) continue;
      PathItem p;
      p.fill = b.fill;
      for (std::size_t i = 0; i < b.points.size(); ++i) {
        const auto op = i == 0 ? PathCommand::MoveTo : PathCommand::LineTo;
        p.commands.push_back(PathCommand{op, {PathPoint{X(b.points[i].x), Y(b.points[i].high)}}});
      }
      for (std::size_t i = b.points.size(); i-- > 0;) {
        p.commands.push_back(PathCommand{PathCommand::LineTo, {PathPoint{X(b.points[i].x), Y(b.points[i].low)}}});
      }
      p.commands.push_back(PathCommand{PathCommand::Close, {}});
      d_.items.emplace_back(std::move(p));
    }
  }

  void draw_axes() {
    const double aw = 0.75;
    d_.items.emplace_back(LineItem{plot_left_, plot_top_, plot_left_, plot_bottom_, aw, c_.axis_color});
    d_.items.emplace_back(LineItem{plot_left_, plot_bottom_, plot_right_, plot_bottom_, aw, c_.axis_color});
    // y ticks and labels, right-aligned, centred on the tick.
    for (std::size_t i = 0; i < yt_.values.size(); ++i) {
      const double y = Y(yt_.values[i]);
      d_.items.emplace_back(LineItem{plot_left_ - kTick, y, plot_left_, y, aw, c_.axis_color});
      const double w = m_.text_width(FontFace::Regular, y_labels_[i], fs_);
      push_text(y_labels_[i], FontFace::Regular, plot_left_ - kTick - 2 - w, y + (asc_ - desc_) / 2);
    }
    // x ticks and (thinned) labels.
    std::vector<double> centre, width;
    for (const doc::AxisTick& t : ticks_) {
      const double x = X(t.value);
      d_.items.emplace_back(LineItem{x, plot_bottom_, x, plot_bottom_ + kTick, aw, c_.axis_color});
      centre.push_back(x);
      width.push_back(m_.text_width(FontFace::Regular, t.label, fs_));
    }
    const double baseline = plot_bottom_ + kTick + 2 + asc_;
    for (std::size_t i : thin_labels(centre, width, fs_ * 0.8)) {
      push_text(ticks_[i].label, FontFace::Regular, centre[i] - width[i] / 2, baseline);
    }
    if (!c_.y_title.empty()) {
      TextItem t = text(c_.y_title, FontFace::Regular, fs_, c_.text_color, asc_, 0, m_);
      t.angle = 90;  // reads bottom to top; the glyphs stand left of the baseline
      const double mid = (plot_top_ + plot_bottom_) / 2;
      t.baseline = std::clamp(mid + t.width / 2, std::min(t.width, d_.height), d_.height);
      d_.items.emplace_back(std::move(t));
    }
  }

  void draw_series() {
    for (const doc::ChartSeries& s : c_.series) {
      std::vector<PathPoint> pts;
      for (const doc::ChartPoint& p : s.points) {
        if (std::isfinite(p.x) && std::isfinite(p.y)) pts.push_back(PathPoint{X(p.x), Y(p.y)});
      }
      polyline(d_.items, pts, s.line_width, s.color, dash_pattern(s.line, s.line_width));
      for (const PathPoint& p : pts) {
        marker(d_.items, s.marker, p, s.marker_size, s.color, s.marker_filled, std::max(0.75, s.line_width * 0.8));
      }
    }
    for (const doc::ChartSeries& s : c_.series) {  // labels last: above every line
      if (!s.value_labels) continue;
      for (const doc::ChartPoint& p : s.points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        const std::string label = format_value(p.y, value_decimals(p.y)) + c_.y_unit;
        const double w = m_.text_width(FontFace::Regular, label, fs_);
        const double base = Y(p.y) - s.marker_size / 2 - 2 - desc_;
        // Centred over its point, but kept clear of the y axis (a 3pt gap) and inside the plot.
        const double x = std::max(plot_left_ + 3, std::min(X(p.x) - w / 2, plot_right_ - w));
        push_text(label, FontFace::Regular, x, std::max(base, top_ + asc_));
      }
    }
  }

  void draw_legend() {
    if (legend_.empty()) return;
    // Centre each row under the plot's width when it fits.
    const double top = d_.height - legend_height_ + fs_ * 0.6;
    for (int row = 0; row < legend_rows_; ++row) {
      double row_w = 0;
      for (const LegendEntry& e : legend_) if (e.row == row) row_w = e.x + e.width;
      const double shift = std::max(0.0, (d_.width - row_w) / 2);
      const double cy = top + (row + 0.5) * fs_ * 1.6;
      for (const LegendEntry& e : legend_) {
        if (e.row != row) continue;
        const double x = shift + e.x;
        if (e.series) {
          const doc::ChartSeries& s = *e.series;
          polyline(d_.items, {PathPoint{x, cy}, PathPoint{x + kSampleWidth, cy}}, s.line_width, s.color,
                   dash_pattern(s.line, s.line_width));
          marker(d_.items, s.marker, PathPoint{x + kSampleWidth / 2, cy}, s.marker_size, s.color, s.marker_filled,
                 std::max(0.75, s.line_width * 0.8));
        } else {
          RectItem r;
          r.rect = Rect{x + 3, cy - fs_ * 0.45, kSampleWidth - 6, fs_ * 0.9};
          r.has_fill = true;
          r.fill = e.band->fill;
          d_.items.emplace_back(r);
        }
        push_text(e.name, FontFace::Regular, x + kSampleWidth + fs_ * 0.5, cy + (asc_ - desc_) / 2);
      }
    }
    for (Item& it : title_items_) d_.items.push_back(std::move(it));
    title_items_.clear();
  }

  const doc::LineChart& c_;
  const FontMetrics& m_;
  Drawing d_;
  double fs_ = 8, asc_ = 0, desc_ = 0;
  std::vector<Item> title_items_;
  double top_ = 0;  // below the title
  std::vector<LegendEntry> legend_;
  int legend_rows_ = 0;
  double legend_height_ = 0;
  std::vector<doc::AxisTick> ticks_;
  Ticks yt_;
  std::vector<std::string> y_labels_;
  double x0_ = 0, x1_ = 1;
  double plot_left_ = 0, plot_right_ = 0, plot_top_ = 0, plot_bottom_ = 0, inset_ = 0;
  double y_title_width_ = 0;
  double max_marker_ = 0;
  bool value_labels_ = false;
};

}  // namespace

Drawing layout_line_chart(const doc::LineChart& chart, double frame_width, double max_height, const FontMetrics& m) {
  return ChartLayout(chart, frame_width, max_height, m).run();
}

Drawing layout_sparkline(const doc::Sparkline& s, double frame_width) {
  Drawing d;
  d.width = std::max(0.0, s.width > 0 ? std::min(s.width, frame_width) : frame_width);
  d.height = std::max(0.0, s.height);
  std::vector<double> v;
  for (double x : s.values) if (std::isfinite(x)) v.push_back(x);
  if (v.empty() || d.width <= 0 || d.height <= 0) return d;

  const double dot = s.mark_last ? std::min({s.marker_size, d.height, d.width}) : 0;
  const double inset = std::max(dot / 2, s.line_width / 2);
  const double l = inset, r = std::max(inset, d.width - inset);
  const double top = inset, bottom = std::max(inset, d.height - inset);
  double lo = s.min ? *s.min : *std::min_element(v.begin(), v.end());
  double hi = s.max ? *s.max : *std::max_element(v.begin(), v.end());
  if (lo > hi) std::swap(lo, hi);

  std::vector<PathPoint> pts;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const double x = v.size() == 1 ? (l + r) / 2 : l + (r - l) * static_cast<double>(i) / static_cast<double>(v.size() - 1);
    const double t = hi > lo ? (std::clamp(v[i], lo, hi) - lo) / (hi - lo) : 0.5;
    pts.push_back(PathPoint{x, bottom - t * (bottom - top)});
  }
  polyline(d.items, pts, s.line_width, s.color, {});
  if (s.mark_last && dot > 0) marker(d.items, doc::MarkerShape::Circle, pts.back(), dot, s.color, true, 0);
  return d;
}

}  // namespace bp::layout
