// Action plans (see action_plan_reader.h). Reference sections are in
// action_reference_reader.cpp.

#include "load/action_plan_reader.h"

#include <algorithm>

#include "load/name_hints.h"
#include "load/values.h"

namespace bp::load::detail {
namespace {

const Names kPlanChildren = {"columns", "area"};
const Names kAreaChildren = {"description", "outcome", "action"};
const Names kOutcomeChildren = {"aim", "action"};
const Names kActionChildren = {"doing",     "why",       "impact", "workstream",
                               "lead",      "milestone", "update", "evaluation"};
const Names kActionUnique = {"doing", "why", "impact", "workstream", "lead", "evaluation"};

// True when `el` has a child element other than `except` (a misspelt child
// is reported as unknown, not as missing too).
bool has_element_child(pugi::xml_node el, std::string_view except = {}) {
  for (pugi::xml_node n : el.children())
    if (n.type() == pugi::node_element && n.name() != except) return true;
  return false;
}

const char* const kExpectedPlanDate = "a date as YYYY-MM-DD or a month as YYYY-MM";

Names rating_tokens() {
  Names out;
  for (model::ProgressRating r : model::all_progress_ratings()) out.push_back(model::rating_token(r));
  return out;
}

std::string quoted_label(model::ProgressRating r) {
  return "'" + std::string(model::rating_label(r)) + "'";
}

}  // namespace

const Names& action_plan_elements() {
  static const Names names = {"action-plan", "area",       "description", "outcome",   "aim",
                              "action",      "doing",      "why",         "impact",    "workstream",
                              "lead",        "milestone",  "update",      "evaluation", "glossary",
                              "term",        "postholders", "postholder", "governance", "group",
                              "columns",     "column"};
  return names;
}

std::optional<model::PlanDate> ActionPlanReader::plan_date(pugi::xml_node el, std::string_view name,
                                                           bool required) {
  const auto v = required ? c_.required_attribute(el, name) : c_.attribute(el, name);
  if (!v) return std::nullopt;
  const auto d = model::parse_plan_date(*v);
  if (!d)
    c_.bad_attribute_value(el, name, kExpectedPlanDate, *v,
                           "write 1 October 2019 as 2019-10-01, or October 2019 as 2019-10");
  return d;
}

void ActionPlanReader::unique(std::map<std::string, pugi::xml_node>& seen, const std::string& key,
                              pugi::xml_node el, std::string_view attribute, std::string_view what) {
  const auto [it, inserted] = seen.emplace(key, el);
  if (!inserted)
    c_.error(c_.at_attribute(el, attribute), "a second " + std::string(what) + " '" + key + "'",
             "the first is at line " + std::to_string(c_.at(it->second).line));
}

model::ActionPlan ActionPlanReader::plan(pugi::xml_node el) {
  c_.check_attributes(el, {"as-at", "title", "summary", "key", "number-milestones"});
  refs_.clear();
  model::ActionPlan plan;
  if (auto d = c_.date_attribute(el, "as-at", true)) plan.as_at = *d;
  plan.title = c_.attribute(el, "title").value_or("");
  plan.show_summary = c_.yes_no_attribute(el, "summary").value_or(true);
  plan.show_key = c_.yes_no_attribute(el, "key").value_or(true);
  plan.number_milestones = c_.yes_no_attribute(el, "number-milestones").value_or(false);

  bool columns_seen = false;
  for (pugi::xml_node child : c_.element_children(el, kPlanChildren)) {
    if (std::string_view(child.name()) == "columns") {
      if (columns_seen || !plan.areas.empty()) {
        c_.error(c_.at(child), "<columns> comes once, before the first <area>",
                 "an action plan is <columns> (optional) then one or more <area>s");
        continue;
      }
      columns_seen = true;
      columns(child, plan);
    } else {
      plan.areas.push_back(area(child, plan.as_at));
    }
  }
  if (!el.child("area") && !has_element_child(el, "columns"))
    c_.error(c_.at(el), "<action-plan> needs at least one <area>");
  if (plan.columns.empty()) plan.columns = model::default_plan_columns();
  return plan;
}

void ActionPlanReader::columns(pugi::xml_node el, model::ActionPlan& plan) {
  c_.check_attributes(el, {});
  std::map<std::string, pugi::xml_node> seen;
  const std::vector<std::string_view> tokens = model::column_tokens();
  for (pugi::xml_node col : c_.element_children(el, {"column"})) {
    c_.check_attributes(col, {"content", "heading", "width"});
    model::PlanColumn out;
    const auto content = c_.required_attribute(col, "content");
    if (!content) continue;
    const auto kind = model::column_from_token(*content);
    if (!kind) {
      c_.choice_attribute(col, "content", tokens);  // reports with a hint
      continue;
    }
    unique(seen, *content, col, "content", "column showing");
    out.content = *kind;
    out.heading = c_.attribute(col, "heading").value_or("");
    out.share = model::default_column_share(*kind);
    if (auto w = c_.attribute(col, "width")) {
      const auto spec = parse_column_width(*w);
      if (spec && spec->kind == model::ColumnWidthKind::Relative) out.share = spec->value;
      else c_.bad_attribute_value(col, "width", "a share of the width such as 2* or 0.5*", *w);
    }
    plan.columns.push_back(std::move(out));
  }
  if (!has_element_child(el)) c_.error(c_.at(el), "<columns> needs at least one <column>");
}

model::ActionArea ActionPlanReader::area(pugi::xml_node el, const model::Date& as_at) {
  c_.check_attributes(el, {"title"});
  model::ActionArea out;
  out.title = c_.required_attribute(el, "title").value_or("");
  model::Outcome loose;  // actions written directly in the area
  bool description_seen = false;
  for (pugi::xml_node child : c_.element_children(el, kAreaChildren)) {
    const std::string_view name = child.name();
    if (name == "description") {
      if (description_seen || !out.outcomes.empty() || !loose.actions.empty()) {
        c_.error(c_.at(child), "<description> comes once, first in <area>");
        continue;
      }
      description_seen = true;
      c_.check_attributes(child, {});
      out.description = flow_.inline_content(child, true);
    } else if (name == "outcome") {
      if (!loose.actions.empty()) out.outcomes.push_back(std::move(loose));
      loose = {};
      out.outcomes.push_back(outcome(child, as_at));
    } else {
      loose.actions.push_back(action(child, as_at));
    }
  }
  if (!loose.actions.empty()) out.outcomes.push_back(std::move(loose));
  if (!el.child("outcome") && !el.child("action") && !has_element_child(el, "description"))
    c_.error(c_.at(el), "<area> needs at least one <outcome> or <action>");
  return out;
}

model::Outcome ActionPlanReader::outcome(pugi::xml_node el, const model::Date& as_at) {
  c_.check_attributes(el, {"ref"});
  model::Outcome out;
  if (auto ref = c_.required_attribute(el, "ref")) {
    unique(refs_, *ref, el, "ref", "ref");
    out.ref = *ref;
  }
  bool aim_seen = false;
  for (pugi::xml_node child : c_.element_children(el, kOutcomeChildren)) {
    if (std::string_view(child.name()) == "aim") {
      if (aim_seen || !out.actions.empty()) {
        c_.error(c_.at(child), "<aim> comes once, first in <outcome>");
        continue;
      }
      aim_seen = true;
      c_.check_attributes(child, {});
      out.aim = flow_.inline_content(child, true);
    } else {
      out.actions.push_back(action(child, as_at));
    }
  }
  if (!el.child("aim")) c_.error(c_.at(el), "missing <aim> in <outcome>");
  if (!el.child("action")) c_.error(c_.at(el), "<outcome> needs at least one <action>");
  return out;
}

model::Action ActionPlanReader::action(pugi::xml_node el, const model::Date& as_at) {
  c_.check_attributes(el, {"ref", "business-as-usual", "start", "rating"});
  model::Action out;
  if (auto ref = c_.required_attribute(el, "ref")) {
    unique(refs_, *ref, el, "ref", "ref");
    out.ref = *ref;
  }
  out.business_as_usual = c_.yes_no_attribute(el, "business-as-usual").value_or(false);
  out.start = plan_date(el, "start", false);
  if (auto r = c_.choice_attribute(el, "rating", rating_tokens()))
    out.stated_rating = model::rating_from_token(*r);

  std::map<std::string, pugi::xml_node> seen;
  for (pugi::xml_node child : c_.element_children(el, kActionChildren)) {
    const std::string name = child.name();
    if (std::find(kActionUnique.begin(), kActionUnique.end(), name) != kActionUnique.end()) {
      const auto [it, inserted] = seen.emplace(name, child);
      if (!inserted) {
        c_.error(c_.at(child), "duplicate " + tag(child) + " in <action>: it may appear once",
                 "the first " + tag(child) + " is at line " + std::to_string(c_.at(it->second).line));
        continue;
      }
    }
    if (name == "milestone") {
      out.milestones.push_back(milestone(child));
    } else if (name == "update") {
      out.updates.push_back(update(child, as_at));
    } else if (name == "workstream" || name == "lead") {
      c_.check_attributes(child, {});
      (name == "lead" ? out.lead : out.workstream) = c_.required_text(child).value_or("");
    } else {
      c_.check_attributes(child, {});
      if (!has_content(child)) c_.error(c_.at(child), "empty " + tag(child));
      model::Flow flow = flow_.flow(child);
      if (name == "doing") out.doing = std::move(flow);
      else if (name == "why") out.why = std::move(flow);
      else if (name == "impact") out.impact = std::move(flow);
      else out.evaluation = std::move(flow);
    }
  }
  if (!el.child("doing")) c_.error(c_.at(el), "missing <doing> in <action>",
                                   "<doing> holds the actions we are taking, as blocks (<p>, <list>)");
  // A misspelt child (already reported) may be the milestone the rating needed.
  const bool misspelt_child = std::any_of(el.begin(), el.end(), [](pugi::xml_node n) {
    return n.type() == pugi::node_element &&
           std::find(kActionChildren.begin(), kActionChildren.end(), n.name()) == kActionChildren.end();
  });
  if (!misspelt_child) check_rating(el, out, as_at);
  std::stable_sort(out.updates.begin(), out.updates.end(),
                   [](const model::ProgressUpdate& a, const model::ProgressUpdate& b) {
                     return a.date.earliest() < b.date.earliest();
                   });
  return out;
}

void ActionPlanReader::check_rating(pugi::xml_node el, const model::Action& a, const model::Date& as_at) {
  if (as_at.is_special()) return;  // as-at missing or wrong: already reported
  const std::string name = a.ref.empty() ? std::string("the action") : "action " + a.ref;
  if (!model::rating_derivable(a)) {
    if (!a.stated_rating && !c_.attribute(el, "rating")) {
      c_.error(c_.at(el), name + " has nothing to derive its progress rating from",
               "add a <milestone due=\"YYYY-MM-DD\">, mark it business-as-usual=\"yes\", or state "
               "rating=\"on-track\" (or another of " + list_names(rating_tokens(), "", "") + ")");
    }
    return;
  }
  if (!a.stated_rating) return;
  const model::DerivedRating derived = model::derive_rating(a, as_at);
  if (derived.rating == *a.stated_rating) return;
  std::string why = derived.reason.empty() ? std::string() : " (" + derived.reason + ")";
  c_.warning(c_.at_attribute(el, "rating"),
             name + " is rated " + quoted_label(*a.stated_rating) + " but its milestones make it " +
                 quoted_label(derived.rating) + why + " at " + model::format_day_month_year(as_at),
             "the derived rating is printed; correct the milestones (due=, done=, at-risk=) or "
             "remove rating=");
}

model::Milestone ActionPlanReader::milestone(pugi::xml_node el) {
  c_.check_attributes(el, {"period", "due", "done", "at-risk", "lead"});
  model::Milestone m;
  m.period = c_.attribute(el, "period").value_or("");
  m.due = plan_date(el, "due", false);
  m.done = plan_date(el, "done", false);
  m.at_risk = c_.yes_no_attribute(el, "at-risk").value_or(false);
  m.lead = c_.attribute(el, "lead").value_or("");
  m.text = flow_.inline_content(el, false);
  if (m.text.empty() && !c_.attribute(el, "due") && !c_.attribute(el, "period"))
    c_.error(c_.at(el), "empty <milestone>", "give it a due= date, a period= or some text");
  if (m.at_risk && m.done)
    c_.error(c_.at_attribute(el, "at-risk"), "a milestone that is done cannot be at risk",
             "remove at-risk=\"yes\" or done=");
  return m;
}

model::ProgressUpdate ActionPlanReader::update(pugi::xml_node el, const model::Date& as_at) {
  c_.check_attributes(el, {"date"});
  model::ProgressUpdate u;
  if (auto d = plan_date(el, "date", true)) {
    u.date = *d;
    if (!as_at.is_special() && d->earliest() > as_at)
      c_.warning(c_.at_attribute(el, "date"),
                 "update dated after the plan's as-at date (" + model::format_day_month_year(as_at) +
                     ") is not printed",
                 "move as-at= on <action-plan> forward, or correct the date");
  }
  if (!has_content(el)) c_.error(c_.at(el), "empty <update>");
  u.content = flow_.flow(el);
  return u;
}

}  // namespace bp::load::detail
