// Action plans: rating names, plan dates, rating derivation and summaries
// (contract in action_plan.h).

#include "model/action_plan.h"

#include <algorithm>

namespace bp::model {
namespace {

struct RatingText {
  ProgressRating rating;
  const char* token;
  const char* label;
  const char* description;
};

constexpr std::array<RatingText, kProgressRatingCount> kRatings = {{
    {ProgressRating::Completed, "completed", "Completed", "Action completed"},
    {ProgressRating::OnTrack, "on-track", "On track",
     "Action not yet completed, but on track and scheduled for completion within projected timeframe"},
    {ProgressRating::NotOnTrack, "not-on-track", "Not on track",
     "Action not on track, risk to implementation"},
    {ProgressRating::NotStarted, "not-started", "Not yet started",
     "Longer-term action not yet started. No risk to implementation currently anticipated"},
    {ProgressRating::BusinessAsUsual, "business-as-usual", "Business as usual",
     "Part of business as usual"},
}};

const RatingText& text_of(ProgressRating r) { return kRatings[static_cast<std::size_t>(r)]; }

struct ColumnText {
  PlanColumnContent content;
  const char* token;
  const char* heading;
  double share;
};

constexpr std::array<ColumnText, 11> kColumns = {{
    {PlanColumnContent::Outcome, "outcome", "The outcome we are aiming for", 2.2},
    {PlanColumnContent::Ref, "ref", "Action ref.", 0.9},
    {PlanColumnContent::Action, "action", "The actions we are taking", 3.2},
    {PlanColumnContent::Why, "why", "Why we are doing this", 2.6},
    {PlanColumnContent::Impact, "impact", "Impact we will have", 2.8},
    {PlanColumnContent::Workstream, "workstream", "The workstream that will deliver this", 1.8},
    {PlanColumnContent::Lead, "lead", "Responsible lead", 1.5},
    {PlanColumnContent::Milestones, "milestones", "Action completion date", 2.2},
    {PlanColumnContent::Rating, "rating", "Progress rating", 1.4},
    {PlanColumnContent::Progress, "progress", "Progress and impact", 5.5},
    {PlanColumnContent::Evaluation, "evaluation", "Evaluation: how do we know it has made a difference?",
     3.2},
}};

const ColumnText& text_of(PlanColumnContent c) { return kColumns[static_cast<std::size_t>(c)]; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

const std::array<ProgressRating, kProgressRatingCount>& all_progress_ratings() {
  static const std::array<ProgressRating, kProgressRatingCount> all = {
      ProgressRating::Completed, ProgressRating::OnTrack, ProgressRating::NotOnTrack,
      ProgressRating::NotStarted, ProgressRating::BusinessAsUsual};
  return all;
}

std::string_view rating_token(ProgressRating r) { return text_of(r).token; }
std::string_view rating_label(ProgressRating r) { return text_of(r).label; }
std::string_view rating_description(ProgressRating r) { return text_of(r).description; }
std::string rating_shade(ProgressRating r) { return std::string("progress-") + text_of(r).token; }

std::optional<ProgressRating> rating_from_token(std::string_view token) {
  for (const RatingText& t : kRatings)
    if (token == t.token) return t.rating;
  return std::nullopt;
}

// ---- dates -------------------------------------------------------------------

Date PlanDate::latest() const {
  return month_only ? date.end_of_month() : date;
}

std::optional<PlanDate> parse_plan_date(std::string_view text) {
  if (text.size() == 10) {
    if (auto d = parse_iso_date(text)) return PlanDate{*d, false};
    return std::nullopt;
  }
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
    if (!is_digit(text[i])) return std::nullopt;
  // Reuse the strict day parser on the first of the month.
  const std::string first = std::string(text) + "-01";
  if (auto d = parse_iso_date(first)) return PlanDate{*d, true};
  return std::nullopt;
}

std::string format_plan_date(const PlanDate& d) {
  return d.month_only ? format_month_year(d.date) : format_day_month_year(d.date);
}

// ---- columns -------------------------------------------------------------------

std::string_view column_token(PlanColumnContent c) { return text_of(c).token; }

std::optional<PlanColumnContent> column_from_token(std::string_view token) {
  for (const ColumnText& t : kColumns)
    if (token == t.token) return t.content;
  return std::nullopt;
}

std::vector<std::string_view> column_tokens() {
  std::vector<std::string_view> out;
  for (const ColumnText& t : kColumns) out.emplace_back(t.token);
  return out;
}

std::vector<PlanColumn> default_plan_columns() {
  std::vector<PlanColumn> out;
  for (PlanColumnContent c : {PlanColumnContent::Outcome, PlanColumnContent::Ref,
                              PlanColumnContent::Action, PlanColumnContent::Impact,
                              PlanColumnContent::Milestones, PlanColumnContent::Rating,
                              PlanColumnContent::Progress}) {
    out.push_back(PlanColumn{c, "", text_of(c).share});
  }
  return out;
}

std::string plan_column_heading(PlanColumnContent c, const Date& as_at) {
  std::string heading = text_of(c).heading;
  if (c == PlanColumnContent::Progress && !as_at.is_special())
    heading += " \u2013 " + format_month_year(as_at);
  return heading;
}

double default_column_share(PlanColumnContent c) { return text_of(c).share; }

// ---- derivation ------------------------------------------------------------------

bool rating_derivable(const Action& a) { return a.business_as_usual || !a.milestones.empty(); }

DerivedRating derive_rating(const Action& a, const Date& as_at) {
  if (a.business_as_usual) return {ProgressRating::BusinessAsUsual, ""};
  const auto met = [&](const Milestone& m) { return m.done && m.done->earliest() <= as_at; };
  if (!a.milestones.empty() && std::all_of(a.milestones.begin(), a.milestones.end(), met))
    return {ProgressRating::Completed, ""};
  for (const Milestone& m : a.milestones) {
    if (met(m)) continue;
    if (m.due && as_at > m.due->latest())
      return {ProgressRating::NotOnTrack, "due " + format_plan_date(*m.due) + ", not met"};
  }
  for (const Milestone& m : a.milestones) {
    if (!met(m) && m.at_risk) {
      return {ProgressRating::NotOnTrack,
              m.due ? "at risk of missing " + format_plan_date(*m.due) : "at risk"};
    }
  }
  const bool any_met = std::any_of(a.milestones.begin(), a.milestones.end(), met);
  if (a.start && a.start->earliest() > as_at && !any_met)
    return {ProgressRating::NotStarted, "starts " + format_plan_date(*a.start)};
  return {ProgressRating::OnTrack, ""};
}

DerivedRating rating_of(const Action& a, const Date& as_at) {
  if (rating_derivable(a)) return derive_rating(a, as_at);
  return {a.stated_rating.value_or(ProgressRating::OnTrack), "as stated: no milestones"};
}

const ProgressUpdate* latest_update(const Action& a, const Date& as_at) {
  const ProgressUpdate* best = nullptr;
  for (const ProgressUpdate& u : a.updates) {
    if (u.date.earliest() > as_at) continue;
    if (best == nullptr || u.date.earliest() >= best->date.earliest()) best = &u;
  }
  return best;
}

// ---- summary ---------------------------------------------------------------------

std::vector<AreaSummary> summarise_by_area(const ActionPlan& plan) {
  std::vector<AreaSummary> out;
  for (const ActionArea& area : plan.areas) {
    AreaSummary row;
    row.area = area.title;
    for (const Outcome& o : area.outcomes) {
      for (const Action& a : o.actions) {
        ++row.counts.by_rating[static_cast<std::size_t>(rating_of(a, plan.as_at).rating)];
        ++row.counts.total;
      }
    }
    out.push_back(std::move(row));
  }
  return out;
}

RatingCounts summarise(const ActionPlan& plan) {
  RatingCounts all;
  for (const AreaSummary& row : summarise_by_area(plan)) {
    for (std::size_t i = 0; i < kProgressRatingCount; ++i) all.by_rating[i] += row.counts.by_rating[i];
    all.total += row.counts.total;
  }
  return all;
}

}  // namespace bp::model
