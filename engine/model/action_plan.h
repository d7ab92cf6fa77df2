#pragma once
// Action plans and trackers: areas of weakness, the outcomes aimed for, the
// actions taken (1.1.1), their milestones and dated progress updates, and the
// five-state progress rating of the RAG RATING KEY.
//
// The rating of an action is derived, never typed: derive_rating() reads the
// milestones against the plan's reporting date (as_at). An officer's rating
// typed in the input (`stated_rating`) is kept only to be checked against the
// data, or used when the action has nothing to derive from (no milestones and
// not business as usual). Plain data and pure functions: no I/O.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/flow.h"
#include "model/rich_text.h"

namespace bp::model {

// ---- the five progress ratings ------------------------------------------

enum class ProgressRating { Completed, OnTrack, NotOnTrack, NotStarted, BusinessAsUsual };

inline constexpr std::size_t kProgressRatingCount = 5;

// In key order: completed, on track, not on track, longer-term, business as usual.
const std::array<ProgressRating, kProgressRatingCount>& all_progress_ratings();

// The XML token: "completed", "on-track", "not-on-track", "not-started", "business-as-usual".
std::string_view rating_token(ProgressRating r);
std::optional<ProgressRating> rating_from_token(std::string_view token);
// Short label printed in the rating cell: "Completed", "On track", "Not on track",
// "Not yet started", "Business as usual".
std::string_view rating_label(ProgressRating r);
// The RAG RATING KEY wording ("Action not on track, risk to implementation").
std::string_view rating_description(ProgressRating r);
// The house-style shade the rating is printed on: "progress-completed", ...
std::string rating_shade(ProgressRating r);

// ---- dates of a plan ------------------------------------------------------

// A date written to the day ("2019-10-01") or only to the month ("2019-10",
// printed "October 2019"). `date` is the first day of the month when month_only.
struct PlanDate {
  Date date;
  bool month_only = false;

  Date earliest() const { return date; }
  Date latest() const;  // the last day of the month when month_only
  bool operator==(const PlanDate&) const = default;
};

// "2019-10-01" or "2019-10"; nullopt for anything else (2019-13, 2019-02-30).
std::optional<PlanDate> parse_plan_date(std::string_view text);
// "1 October 2019" or "October 2019".
std::string format_plan_date(const PlanDate& d);

// ---- the plan ---------------------------------------------------------------

struct Milestone {
  std::string period;               // "18 months" as the plan counts it; may be empty
  std::optional<PlanDate> due;      // none: no deadline ("ongoing")
  std::optional<PlanDate> done;     // when it was met; none: not met yet
  bool at_risk = false;             // the lead's judgement that it will slip
  std::string lead;                 // a key task's own lead ("MB/GC"); may be empty
  RichText text;                    // "Job description agreed"
};

struct ProgressUpdate {
  PlanDate date;
  Flow content;
};

struct Action {
  std::string ref;                  // "1.1.1"
  Flow doing;                       // the actions we are taking
  Flow why;                         // why we are doing this
  Flow impact;                      // impact we will have / intended outcomes
  std::string workstream;
  std::string lead;                 // a role title, or postholder keys ("GF/KL")
  std::vector<Milestone> milestones;
  std::vector<ProgressUpdate> updates;  // in date order
  Flow evaluation;                  // how we know it has made a difference
  bool business_as_usual = false;
  std::optional<PlanDate> start;    // a longer-term action starts later
  std::optional<ProgressRating> stated_rating;  // as typed; checked, see above
};

// "1.4 The quality of outcome writing ... is at least consistently good". An
// outcome with an empty ref and aim groups actions that name no outcome.
struct Outcome {
  std::string ref;
  RichText aim;
  std::vector<Action> actions;
};

// An area of weakness or priority ("Action 1", "Area one").
struct ActionArea {
  std::string title;
  RichText description;
  std::vector<Outcome> outcomes;
};

// What a tracker column shows.
enum class PlanColumnContent {
  Outcome, Ref, Action, Why, Impact, Workstream, Lead, Milestones, Rating, Progress, Evaluation
};

struct PlanColumn {
  PlanColumnContent content = PlanColumnContent::Action;
  std::string heading;  // empty: the standard heading (plan_column_heading)
  double share = 0;     // relative width; 0: the standard width
};

std::string_view column_token(PlanColumnContent c);
std::optional<PlanColumnContent> column_from_token(std::string_view token);
// Every column token in order, for hints and documentation.
std::vector<std::string_view> column_tokens();

struct ActionPlan {
  std::string title;            // optional heading above the plan
  Date as_at;                   // the reporting date every rating is derived for
  std::vector<PlanColumn> columns;  // empty: default_plan_columns()
  bool number_milestones = false;   // print milestones as key tasks 1., 2., ...
  bool show_summary = true;     // the table counting actions by rating per area
  bool show_key = true;         // the RAG RATING KEY
  std::vector<ActionArea> areas;
};

// The tracker of seed 000: outcome, ref, action, impact, milestones, rating, progress.
std::vector<PlanColumn> default_plan_columns();

// The standard heading of a column; `as_at` names the month of the progress
// column ("Progress and impact – November 2019").
std::string plan_column_heading(PlanColumnContent c, const Date& as_at);
// The standard relative width of a column.
double default_column_share(PlanColumnContent c);

// ---- derivation ---------------------------------------------------------------

struct DerivedRating {
  ProgressRating rating = ProgressRating::OnTrack;
  std::string reason;  // why, when not obvious: "due 1 October 2019, not met"
};

// True when the data decide the rating: business as usual, or any milestone.
bool rating_derivable(const Action& a);

// The rating of `a` on `as_at`, in this order:
//   business as usual; completed (every milestone met on or before as_at);
//   not on track (a milestone not met whose deadline has passed, or one marked
//   at risk); longer-term, not yet started (starts after as_at and nothing met);
//   on track. A milestone due in a month is met in time until that month ends;
//   one met after as_at counts as not met. Requires rating_derivable(a).
DerivedRating derive_rating(const Action& a, const Date& as_at);

// The printed rating: derived when derivable, otherwise the stated one with
// the reason "as stated: no milestones" (OnTrack when neither; the loader
// refuses that case).
DerivedRating rating_of(const Action& a, const Date& as_at);

// The latest update dated on or before as_at (by its earliest day); nullptr when none.
const ProgressUpdate* latest_update(const Action& a, const Date& as_at);

// ---- summary --------------------------------------------------------------------

struct RatingCounts {
  std::array<int, kProgressRatingCount> by_rating{};  // indexed by the enum value
  int total = 0;
  int operator[](ProgressRating r) const { return by_rating[static_cast<std::size_t>(r)]; }
};

struct AreaSummary {
  std::string area;  // the area's title
  RatingCounts counts;
};

// One row per area, in plan order, counting the printed rating of every action.
std::vector<AreaSummary> summarise_by_area(const ActionPlan& plan);
// Every action of the plan.
RatingCounts summarise(const ActionPlan& plan);

}  // namespace bp::model
