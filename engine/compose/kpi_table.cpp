// KPI group -> model::Table (see kpi_table.h). The key is in kpi_key.cpp.

#include "compose/kpi_table.h"

#include <algorithm>
#include <map>
#include <optional>

#include "model/kpi_rating.h"
#include "model/kpi_wording.h"

namespace bp::compose {
namespace {

using model::HAlign;

const char* const kDash = "\u2013";

int month_key(const model::Date& d) {
  return static_cast<int>(d.year()) * 12 + static_cast<int>(d.month().as_number()) - 1;
}

// Months in one reporting period of the KPI (a month when unspecified).
int period_months(model::Frequency f) {
  switch (f) {
    case model::Frequency::Quarterly: return 3;
    case model::Frequency::BiAnnually: return 6;
    case model::Frequency::Annually: return 12;
    case model::Frequency::Monthly:
    case model::Frequency::Unspecified: break;
  }
  return 1;
}

model::TableCell cell(const std::vector<std::string>& lines, HAlign align = HAlign::Left) {
  model::TableCell c;
  c.align = align;
  for (const std::string& l : lines)
    if (!l.empty()) c.content.push_back(model::Paragraph{model::plain(l)});
  return c;
}

model::TableCell header(const std::string& text, int colspan = 1, int rowspan = 1,
                        HAlign align = HAlign::Left) {
  model::TableCell c = cell({text}, align);
  c.colspan = colspan;
  c.rowspan = rowspan;
  c.shade = "header";
  return c;
}

model::ColumnSpec fixed(double pt) { return {model::ColumnWidthKind::Fixed, pt}; }
model::ColumnSpec share(double s) { return {model::ColumnWidthKind::Relative, s}; }

// The month every date shares, or none (also when there are no dates).
std::optional<model::Date> common_month(const std::vector<model::Date>& dates) {
  if (dates.empty()) return std::nullopt;
  for (const model::Date& d : dates)
    if (month_key(d) != month_key(dates.front())) return std::nullopt;
  return dates.front();
}

struct Milestone {
  int key = 0;
  model::Date date;   // of the first target seen in this month
  std::string label;  // the first non-empty label in this month
};

std::vector<Milestone> milestones_of(const model::KpiGroup& g) {
  std::map<int, Milestone> by_month;
  for (const model::Kpi& k : g.kpis) {
    for (const model::Target& t : k.targets) {
      auto [it, fresh] = by_month.try_emplace(month_key(t.date), Milestone{month_key(t.date), t.date, t.label});
      if (!fresh && it->second.label.empty()) it->second.label = t.label;
    }
  }
  std::vector<Milestone> out;
  for (auto& [key, m] : by_month) out.push_back(m);
  return out;
}

std::vector<std::string> baseline_lines(const model::Kpi& k, bool common_date) {
  const model::Baseline& b = k.baseline;
  std::vector<std::string> lines;
  switch (b.state) {
    case model::Baseline::State::Established:
      lines.push_back(model::format_value(b.value, k.unit));
      if (b.date && !common_date) lines.push_back(model::format_month_year_short(*b.date));
      break;
    case model::Baseline::State::Pending:
      lines.push_back("To be established");
      if (b.established_by) lines.push_back("by " + model::format_day_month_year(*b.established_by));
      break;
    case model::Baseline::State::Described:
      break;
    case model::Baseline::State::None:
      lines.push_back("N/A");
      break;
  }
  if (!b.note.empty()) lines.push_back(b.note);
  return lines;
}

model::TableCell performance_cell(const model::Kpi& k, const model::Assessment& a, bool common_date) {
  model::TableCell c;
  c.align = HAlign::Center;
  c.shade = model::rating_shade(a.rating);
  if (a.latest) {
    model::Span value{model::format_value(a.latest->value, k.unit), true, false, {}};
    c.content.push_back(model::Paragraph{model::RichText{value}});
    if (!common_date)
      c.content.push_back(model::Paragraph{model::plain(model::format_month_year_short(a.latest->date))});
    if (!a.latest->note.empty()) c.content.push_back(model::Paragraph{model::plain(a.latest->note)});
  }
  c.content.push_back(model::Paragraph{model::plain(model::rating_label(a.rating))});
  return c;
}

// The arrow (bold, so it reads at table size) and the standard sentence.
model::TableCell direction_cell(const model::Kpi& k, const model::Assessment& a) {
  model::RichText text;
  const std::string arrow = model::direction_arrow(a.direction);
  if (!arrow.empty()) text.push_back(model::Span{arrow + " ", true, false, {}});
  text.push_back(model::Span{model::performance_sentence(k, a), false, false, {}});
  model::TableCell c;
  c.content.push_back(model::Paragraph{std::move(text)});
  return c;
}

// The text of one milestone cell of `k`, or nullopt when `k` has no target that month.
std::optional<std::vector<std::string>> milestone_lines(const model::Kpi& k, int month,
                                                        const model::Date& reporting_date) {
  for (std::size_t i = 0; i < k.targets.size(); ++i) {
    const model::Target& t = k.targets[i];
    if (month_key(t.date) != month) continue;
    std::vector<std::string> lines = model::describe_target(k, t, reporting_date);
    if (t.date > reporting_date || t.kind == model::TargetKind::NotMeasurable) return lines;
    // The figure of the milestone's period: in the reporting period (by the
    // KPI's frequency) that ends with the milestone, after the previous milestone.
    const model::Actual* achieved = nullptr;
    for (const model::Actual& act : k.actuals)
      if (act.date <= t.date && month_key(act.date) > month_key(t.date) - period_months(k.frequency) &&
          (i == 0 || act.date > k.targets[i - 1].date))
        achieved = &act;
    if (achieved) {
      lines.front() = "Target " + lines.front();
      lines.push_back("Achieved " + model::format_value(achieved->value, k.unit));
    }
    return lines;
  }
  return std::nullopt;
}

// The last kTrendPoints figures at or before the reporting date, oldest first.
std::vector<double> trend_of(const model::Kpi& k, const model::Date& reporting_date) {
  std::vector<double> values;
  for (const model::Actual& a : k.actuals)
    if (a.date <= reporting_date) values.push_back(a.value);
  if (values.size() > kTrendPoints) values.erase(values.begin(), values.end() - kTrendPoints);
  return values;
}

}  // namespace

std::string kpi_group_heading(const model::KpiGroup& group) {
  if (group.action.empty()) return group.title;
  return "Actions " + group.action + ": " + group.title;
}

KpiTable kpi_group_table(const model::KpiGroup& group, const model::HouseStyle& style) {
  const std::vector<Milestone> milestones = milestones_of(group);
  const bool labels = std::any_of(milestones.begin(), milestones.end(),
                                  [](const Milestone& m) { return !m.label.empty(); });
  const int header_rows = labels ? 3 : 2;
  const int target_columns = std::max<int>(1, static_cast<int>(milestones.size()));

  std::vector<model::Assessment> assessments;
  std::vector<model::Date> baseline_dates, latest_dates;
  for (const model::Kpi& k : group.kpis) {
    assessments.push_back(model::assess(k, group.reporting_date, style.ratings));
    if (k.baseline.established() && k.baseline.date) baseline_dates.push_back(*k.baseline.date);
    if (assessments.back().latest) latest_dates.push_back(assessments.back().latest->date);
  }
  const auto baseline_month = common_month(baseline_dates);
  const auto latest_month = common_month(latest_dates);

  KpiTable out;
  model::Table& t = out.table;
  t.columns = {fixed(46), share(2), fixed(52), fixed(54), fixed(66), share(2.3)};
  for (int i = 0; i < target_columns; ++i) t.columns.push_back(fixed(47));
  if (group.trend) t.columns.push_back(fixed(46));
  t.columns.push_back(share(3));

  // Header rows.
  model::TableRow titles;
  titles.cells = {header("KPI", 1, header_rows), header("Action", 1, header_rows),
                  header("Frequency", 1, header_rows),
                  header("Baseline", 1, baseline_month ? 1 : header_rows),
                  header("Performance", 1, latest_month ? 1 : header_rows),
                  header("Direction of Travel", 1, header_rows)};
  if (milestones.empty())
    titles.cells.push_back(header("Performance Target", 1, header_rows, HAlign::Center));
  else
    titles.cells.push_back(header("Performance Target", target_columns, 1, HAlign::Center));
  if (group.trend) titles.cells.push_back(header("6 Point Trend", 1, header_rows));
  titles.cells.push_back(header("Commentary", 1, header_rows));
  t.header.push_back(std::move(titles));

  model::TableRow months;
  if (baseline_month)
    months.cells.push_back(header(model::format_month_year_short(*baseline_month), 1, header_rows - 1));
  if (latest_month)
    months.cells.push_back(header(model::format_month_year_short(*latest_month), 1, header_rows - 1));
  for (const Milestone& m : milestones)
    months.cells.push_back(header(model::format_month_year_short(m.date), 1, 1, HAlign::Center));
  if (!months.cells.empty()) t.header.push_back(std::move(months));
  if (labels) {
    model::TableRow label_row;
    for (const Milestone& m : milestones) label_row.cells.push_back(header(m.label, 1, 1, HAlign::Center));
    t.header.push_back(std::move(label_row));
  }
  // With no milestone and no shared month, rows 2 and 3 would be empty: drop
  // them and the spans reaching into them.
  if (t.header.size() < static_cast<std::size_t>(header_rows))
    for (model::TableCell& c : t.header.front().cells) c.rowspan = std::min<int>(c.rowspan, static_cast<int>(t.header.size()));

  // Body rows.
  for (std::size_t i = 0; i < group.kpis.size(); ++i) {
    const model::Kpi& k = group.kpis[i];
    const model::Assessment& a = assessments[i];
    model::TableRow row;
    model::TableCell ref = cell({k.ref});
    ref.bold = true;
    row.cells.push_back(std::move(ref));
    model::TableCell measure;
    if (!k.measure.empty()) measure.content.push_back(model::Paragraph{k.measure});
    row.cells.push_back(std::move(measure));
    row.cells.push_back(cell({model::frequency_words(k.frequency)}));
    row.cells.push_back(cell(baseline_lines(k, baseline_month.has_value()), HAlign::Center));
    row.cells.push_back(performance_cell(k, a, latest_month.has_value()));
    row.cells.push_back(direction_cell(k, a));

    if (milestones.empty()) {
      row.cells.push_back(cell({"No targets set yet"}, HAlign::Center));
    } else {
      std::optional<std::vector<std::string>> previous;  // the last unmeasurable text, to merge
      for (const Milestone& m : milestones) {
        const auto lines = milestone_lines(k, m.key, group.reporting_date);
        const bool unmeasurable = lines && std::any_of(k.targets.begin(), k.targets.end(), [&](const model::Target& tg) {
          return month_key(tg.date) == m.key && tg.kind == model::TargetKind::NotMeasurable;
        });
        if (unmeasurable && previous && *previous == *lines) {
          ++row.cells.back().colspan;
          continue;
        }
        row.cells.push_back(cell(lines.value_or(std::vector<std::string>{kDash}), HAlign::Center));
        previous = unmeasurable ? lines : std::nullopt;
      }
    }
    out.trend_cell.push_back(group.trend ? static_cast<int>(row.cells.size()) : -1);
    out.trend_values.push_back(group.trend ? trend_of(k, group.reporting_date) : std::vector<double>{});
    if (group.trend) row.cells.push_back(model::TableCell{});
    model::TableCell commentary;
    commentary.content = k.commentary;
    row.cells.push_back(std::move(commentary));
    t.body.push_back(std::move(row));
  }
  return out;
}

}  // namespace bp::compose
