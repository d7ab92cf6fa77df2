// The key to KPI ratings and direction arrows (see kpi_table.h).
//
// Four columns, so that the key stays short enough to sit under the last
// table: each rating label on its shade with its meaning, beside each arrow
// (and the terms of the milestone cells) with theirs.

#include "compose/kpi_table.h"
#include "model/kpi_wording.h"

namespace bp::compose {
namespace {

model::TableCell text(const std::string& s, bool bold = false) {
  model::TableCell c;
  if (!s.empty()) c.content.push_back(model::Paragraph{model::plain(s)});
  c.bold = bold;
  return c;
}

model::TableCell head(const std::string& s) {
  model::TableCell c = text(s);
  c.shade = "header";
  return c;
}

// "10% of the target" or "5 in the KPI's own unit (percentage points, weeks)".
std::string tolerance_words(const model::RatingRules& r) {
  const std::string n = model::format_number(r.amber);
  if (r.amber_kind == model::RatingRules::Tolerance::Percent) return n + "% of the target";
  return n + " in the KPI's own unit (percentage points, weeks)";
}

}  // namespace

model::Table kpi_key_table(const model::HouseStyle& style) {
  using model::Rating;
  model::Table t;
  t.columns = {{model::ColumnWidthKind::Fixed, 112},
               {model::ColumnWidthKind::Relative, 1},
               {model::ColumnWidthKind::Fixed, 78},
               {model::ColumnWidthKind::Relative, 1}};
  t.header.push_back(model::TableRow{{head("Rating"), head("Meaning"), head("Arrow or term"), head("Meaning")}});

  const std::string tolerance = tolerance_words(style.ratings);
  const std::pair<Rating, std::string> ratings[] = {
      {Rating::Green, "The latest figure meets or beats the target in force."},
      {Rating::Amber, "The latest figure misses the target in force by no more than " + tolerance + "."},
      {Rating::Red, "The latest figure misses the target in force by more than " + tolerance + "."},
      {Rating::NotDue, "No target has fallen due yet, or the milestone in force cannot be measured."},
      {Rating::NoTarget, "No targets have been set for the KPI."},
      {Rating::BaselineNotEstablished, "The baseline is still to be established, so performance is not rated."},
      {Rating::NoData, "No figure (or no national average) has been reported for the period."},
  };
  const std::pair<std::string, std::string> terms[] = {
      {model::direction_arrow(model::Direction::Improved) + " " + model::direction_words(model::Direction::Improved),
       "Better than the previous figure: higher, or lower where lower is better (waiting times)."},
      {model::direction_arrow(model::Direction::Maintained) + " " +
           model::direction_words(model::Direction::Maintained),
       "The same as the previous figure."},
      {model::direction_arrow(model::Direction::Declined) + " " + model::direction_words(model::Direction::Declined),
       "Worse than the previous figure: lower, or higher where lower is better."},
      {"No arrow", "There is no earlier figure to compare with."},
      {"Target in force", "The latest Performance Target dated on or before the group's reporting date."},
      {"Achieved", "The figure for the period a past milestone closes."},
      {"Baseline plus", "\u201C10 points\u201D adds 10 in the KPI's own unit; \u201C10% of baseline\u201D adds a tenth "
                        "of the baseline."},
  };
  for (std::size_t i = 0; i < std::size(ratings); ++i) {
    const auto& [rating, meaning] = ratings[i];
    model::TableCell label = text(model::rating_label(rating), true);
    label.shade = model::rating_shade(rating);
    t.body.push_back(model::TableRow{{label, text(meaning), text(terms[i].first, true), text(terms[i].second)}});
  }
  return t;
}

}  // namespace bp::compose
