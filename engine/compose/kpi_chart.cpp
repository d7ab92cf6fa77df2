// One KPI as a line chart (see kpi_chart.h).

#include "compose/kpi_chart.h"

#include "model/kpi_rating.h"
#include "model/kpi_wording.h"

namespace bp::compose {
namespace {

double day_number(const model::Date& d) { return static_cast<double>(d.julian_day()); }

std::string unit_suffix(model::KpiUnit u) {
  switch (u) {
    case model::KpiUnit::Percent: return "%";
    case model::KpiUnit::Weeks: return " weeks";
    case model::KpiUnit::Days: return " days";
    case model::KpiUnit::Count: break;
  }
  return {};
}

doc::ChartPoint point(const model::Date& d, double v) {
  return doc::ChartPoint{day_number(d), v, model::format_month_year_short(d)};
}

}  // namespace

std::optional<doc::Figure> kpi_chart(const model::Kpi& kpi, const model::Date& reporting_date,
                                     const model::HouseStyle& style) {
  doc::ChartSeries actual;
  actual.name = "Actual";
  actual.color = style.text_color;
  actual.line = doc::LineStyle::Solid;
  actual.marker = doc::MarkerShape::Circle;
  actual.marker_filled = true;
  actual.value_labels = true;
  std::string alt_figures;
  for (const model::Actual& a : kpi.actuals) {
    if (a.date > reporting_date) continue;
    actual.points.push_back(point(a.date, a.value));
    alt_figures += std::string(alt_figures.empty() ? "" : ", ") + model::format_value(a.value, kpi.unit) +
                   " (" + model::format_month_year_short(a.date) + ")";
  }

  doc::ChartSeries target;
  target.name = "Target";
  target.color = Color{0.35, 0.35, 0.35};
  target.line = doc::LineStyle::Dashed;
  target.marker = doc::MarkerShape::Square;
  target.marker_filled = false;
  doc::ChartBand band;
  band.name = "Amber tolerance";
  band.fill = Color{0.88, 0.88, 0.88};
  std::string alt_targets;
  for (const model::Target& t : kpi.targets) {
    const auto v = model::target_value(kpi, t, reporting_date);
    if (!v) continue;
    target.points.push_back(point(t.date, *v));
    const double tol = model::amber_tolerance(style.ratings, *v);
    const bool higher = kpi.polarity == model::Polarity::HigherIsBetter;
    band.points.push_back(doc::BandPoint{day_number(t.date), higher ? *v - tol : *v, higher ? *v : *v + tol});
    alt_targets += std::string(alt_targets.empty() ? "" : ", ") + model::format_value(*v, kpi.unit) + " (" +
                   model::format_month_year_short(t.date) + ")";
  }

  if (actual.points.empty() || actual.points.size() + target.points.size() < 2) return std::nullopt;

  doc::LineChart chart;
  chart.title = kpi.ref + ": " + model::plain_text(kpi.measure);
  chart.series.push_back(std::move(actual));
  if (!target.points.empty()) chart.series.push_back(std::move(target));
  if (band.points.size() >= 2) chart.bands.push_back(std::move(band));
  chart.y_unit = unit_suffix(kpi.unit);
  chart.y_min = 0;
  chart.width = 380;
  chart.height = 190;
  chart.font_size = style.table_size;
  chart.text_color = style.text_color;

  doc::Figure f;
  f.content = std::move(chart);
  f.alt = kpi.ref + ", figures against targets. Figures: " + alt_figures + "." +
          (alt_targets.empty() ? "" : " Targets: " + alt_targets + ".");
  f.space_before = style.paragraph_spacing;
  f.space_after = style.paragraph_spacing;
  return f;
}

}  // namespace bp::compose
