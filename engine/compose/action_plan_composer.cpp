// Action plans -> doc blocks (contract in action_plan_composer.h). The
// tables are built as model tables and composed by FlowComposer::compose_table,
// so they share the house style of every other table. Reference sections are
// in action_reference_composer.cpp.

#include "compose/action_plan_composer.h"

#include "compose/inline_text.h"
#include "compose/style_values.h"
#include "core/diagnostic.h"
#include "model/date.h"

namespace bp::compose {
namespace {

using model::ProgressRating;

model::Span span(std::string text, bool bold = false, bool italic = false) {
  model::Span s;
  s.text = std::move(text);
  s.bold = bold;
  s.italic = italic;
  return s;
}

model::TableCell text_cell(std::string text, bool bold = false,
                           model::HAlign align = model::HAlign::Left) {
  model::TableCell cell;
  if (!text.empty()) cell.content.push_back(model::Paragraph{model::RichText{span(std::move(text), bold)}});
  cell.align = align;
  return cell;
}

model::TableCell header_cell(std::string text, std::optional<std::string> shade = "header") {
  model::TableCell cell = text_cell(std::move(text), true);
  cell.shade = std::move(shade);
  return cell;
}

model::TableCell flow_cell(const model::Flow& flow) {
  model::TableCell cell;
  cell.content = flow;
  return cell;
}

// The rating on its shade, named in words: colour is never the only sign.
model::TableCell rating_cell(const model::DerivedRating& r, model::HAlign align = model::HAlign::Left) {
  model::TableCell cell = text_cell(std::string(model::rating_label(r.rating)), true, align);
  if (!r.reason.empty()) cell.content.push_back(model::Paragraph{model::RichText{span(r.reason)}});
  cell.shade = model::rating_shade(r.rating);
  return cell;
}

model::RichText milestone_text(const model::Milestone& m, int number, bool numbered,
                               const model::Date& as_at) {
  model::RichText t;
  std::string when = numbered ? std::to_string(number) + ". " : std::string();
  if (!m.period.empty()) when += m.period;
  if (m.due) when += (m.period.empty() ? "By " : ", by ") + model::format_plan_date(*m.due);
  if (!m.text.empty() && (!m.period.empty() || m.due)) when += ":";
  if (!when.empty()) t.push_back(span(when + (m.text.empty() ? "" : " "), true));
  t.insert(t.end(), m.text.begin(), m.text.end());
  if (!m.lead.empty()) t.push_back(span(" (lead: " + m.lead + ")"));
  if (m.done && m.done->earliest() <= as_at) {
    t.push_back(span(" \u2013 met " + model::format_plan_date(*m.done), false, true));
  } else if (m.at_risk) {
    t.push_back(span(" \u2013 at risk", true));
  }
  return t;
}

model::TableCell milestones_cell(const model::ActionPlan& plan, const model::Action& a) {
  model::TableCell cell;
  int n = 0;
  for (const model::Milestone& m : a.milestones)
    cell.content.push_back(model::Paragraph{milestone_text(m, ++n, plan.number_milestones, plan.as_at)});
  if (a.business_as_usual && a.milestones.empty())
    cell.content.push_back(model::Paragraph{model::RichText{span("Part of business as usual")}});
  return cell;
}

model::TableCell progress_cell(const model::ActionPlan& plan, const model::Action& a) {
  model::TableCell cell;
  const model::ProgressUpdate* u = model::latest_update(a, plan.as_at);
  if (u == nullptr) return cell;
  // An update from an earlier month than the column's says when it was written.
  const model::Date month_start(plan.as_at.year(), plan.as_at.month(), 1);
  if (u->date.earliest() < month_start) {
    cell.content.push_back(model::Paragraph{
        model::RichText{span("Update of " + model::format_plan_date(u->date) + ":", false, true)}});
  }
  cell.content.insert(cell.content.end(), u->content.begin(), u->content.end());
  return cell;
}

model::TableCell outcome_cell(const model::Outcome& o, bool first) {
  model::TableCell cell;
  model::RichText t;
  if (first) {
    if (!o.ref.empty()) t.push_back(span(o.ref + (o.aim.empty() ? "" : " "), true));
    t.insert(t.end(), o.aim.begin(), o.aim.end());
  } else if (!o.ref.empty()) {
    t.push_back(span(o.ref + " (continued)", false, true));
  }
  if (!t.empty()) cell.content.push_back(model::Paragraph{std::move(t)});
  return cell;
}

model::TableCell action_cell(const model::ActionPlan& plan, const model::Outcome& o,
                             const model::Action& a, model::PlanColumnContent c, bool first) {
  using C = model::PlanColumnContent;
  switch (c) {
    case C::Outcome: return outcome_cell(o, first);
    case C::Ref: return text_cell(a.ref, true);
    case C::Action: return flow_cell(a.doing);
    case C::Why: return flow_cell(a.why);
    case C::Impact: return flow_cell(a.impact);
    case C::Workstream: return text_cell(a.workstream);
    case C::Lead: return text_cell(a.lead);
    case C::Milestones: return milestones_cell(plan, a);
    case C::Rating: return rating_cell(model::rating_of(a, plan.as_at));
    case C::Progress: return progress_cell(plan, a);
    case C::Evaluation: return flow_cell(a.evaluation);
  }
  return {};
}

std::vector<model::PlanColumn> columns_of(const model::ActionPlan& plan) {
  return plan.columns.empty() ? model::default_plan_columns() : plan.columns;
}

model::ColumnSpec relative(double share) {
  return model::ColumnSpec{model::ColumnWidthKind::Relative, share};
}

// A bold line kept with the table below it.
doc::Paragraph caption(const std::string& text, FlowComposer& flows, const model::HouseStyle& style,
                       const FlowContext& ctx) {
  doc::Paragraph p;
  p.runs = compose_inline(model::plain(text), flows.colours(), true);
  p.style = body_style(style);
  p.style.left_indent = ctx.text_indent;
  p.style.space_before = style.paragraph_spacing;
  p.style.space_after = 0;
  p.style.keep_with_next = true;
  return p;
}

doc::Paragraph area_heading(const std::string& text, FlowComposer& flows,
                            const model::HouseStyle& style, const FlowContext& ctx) {
  doc::Paragraph h;
  h.role = doc::Role::Heading;
  h.heading_level = 2;
  InlineColours colours = flows.colours();
  colours.text = style.heading_color;
  h.runs = compose_inline(model::plain(text), colours, true);
  h.style = heading_style(style, 2);
  h.style.left_indent = ctx.text_indent;
  h.bookmark = text;
  h.bookmark_level = 1;
  return h;
}

[[noreturn]] void not_in_cell(const FlowContext& ctx, const std::string& what) {
  Diagnostic d;
  d.message = ctx.where + ": " + what + " cannot be placed inside a table cell";
  d.hint = "put it after the table, directly in the section or appendix";
  throw InputError(std::move(d));
}

void compose_plan(FlowComposer& flows, const model::HouseStyle& style, const model::ActionPlan& plan,
                  const FlowContext& ctx, std::vector<doc::Block>& out) {
  if (!plan.title.empty()) out.emplace_back(area_heading(plan.title, flows, style, ctx));
  if (plan.show_summary) {
    out.emplace_back(caption("Summary of progress ratings at " + model::format_day_month_year(plan.as_at),
                             flows, style, ctx));
    out.emplace_back(flows.compose_table(action_summary_table(plan), ctx));
  }
  if (plan.show_key) {
    out.emplace_back(caption("RAG RATING KEY", flows, style, ctx));
    out.emplace_back(flows.compose_table(rating_key_table(), ctx));
  }
  for (const model::ActionArea& area : plan.areas) {
    out.emplace_back(area_heading(area.title, flows, style, ctx));
    if (!area.description.empty()) {
      doc::Paragraph p;
      p.runs = compose_inline(area.description, flows.colours());
      p.style = body_style(style);
      p.style.left_indent = ctx.text_indent;
      p.style.keep_with_next = true;
      out.emplace_back(std::move(p));
    }
    FlowContext area_ctx = ctx;
    area_ctx.where = ctx.where + ", " + area.title;
    out.emplace_back(flows.compose_table(tracker_table(plan, area), area_ctx));
  }
}

}  // namespace

bool is_plan_block(const model::Block& block) {
  return std::holds_alternative<model::ActionPlan>(block) ||
         std::holds_alternative<model::Glossary>(block) ||
         std::holds_alternative<model::PostholderKey>(block) ||
         std::holds_alternative<model::GovernanceStructure>(block);
}

void compose_plan_block(FlowComposer& flows, const model::HouseStyle& style,
                        const model::Block& block, const FlowContext& ctx,
                        std::vector<doc::Block>& out) {
  if (const auto* plan = std::get_if<model::ActionPlan>(&block)) {
    if (ctx.kind == FlowKind::Cell) not_in_cell(ctx, "an action plan");
    compose_plan(flows, style, *plan, ctx, out);
  } else if (const auto* glossary = std::get_if<model::Glossary>(&block)) {
    if (ctx.kind == FlowKind::Cell) not_in_cell(ctx, "a glossary");
    out.emplace_back(flows.compose_table(glossary_table(*glossary), ctx));
  } else if (const auto* key = std::get_if<model::PostholderKey>(&block)) {
    if (ctx.kind == FlowKind::Cell) not_in_cell(ctx, "a key to postholders");
    out.emplace_back(flows.compose_table(postholder_table(*key), ctx));
  } else if (const auto* structure = std::get_if<model::GovernanceStructure>(&block)) {
    if (ctx.kind == FlowKind::Cell) not_in_cell(ctx, "a governance structure");
    out.emplace_back(governance_figure(*structure, style));
  }
}

model::Table action_summary_table(const model::ActionPlan& plan) {
  model::Table t;
  t.columns.push_back(relative(3));
  model::TableRow header;
  header.cells.push_back(header_cell("Area"));
  for (ProgressRating r : model::all_progress_ratings()) {
    t.columns.push_back(relative(1.3));
    model::TableCell cell = header_cell(std::string(model::rating_label(r)), model::rating_shade(r));
    cell.align = model::HAlign::Center;
    header.cells.push_back(std::move(cell));
  }
  t.columns.push_back(relative(1));
  model::TableCell total_header = header_cell("Total");
  total_header.align = model::HAlign::Center;
  header.cells.push_back(std::move(total_header));
  t.header.push_back(std::move(header));

  const auto add_row = [&](const std::string& label, const model::RatingCounts& counts, bool bold) {
    model::TableRow row;
    row.cells.push_back(text_cell(label, bold));
    for (ProgressRating r : model::all_progress_ratings())
      row.cells.push_back(text_cell(std::to_string(counts[r]), bold, model::HAlign::Center));
    row.cells.push_back(text_cell(std::to_string(counts.total), bold, model::HAlign::Center));
    t.body.push_back(std::move(row));
  };
  for (const model::AreaSummary& area : model::summarise_by_area(plan))
    add_row(area.area, area.counts, false);
  add_row("All areas", model::summarise(plan), true);
  return t;
}

model::Table rating_key_table() {
  model::Table t;
  t.columns = {relative(1), relative(4)};
  for (ProgressRating r : model::all_progress_ratings()) {
    model::TableRow row;
    row.cells.push_back(rating_cell(model::DerivedRating{r, ""}));
    row.cells.push_back(text_cell(std::string(model::rating_description(r))));
    t.body.push_back(std::move(row));
  }
  return t;
}

model::Table tracker_table(const model::ActionPlan& plan, const model::ActionArea& area) {
  const std::vector<model::PlanColumn> columns = columns_of(plan);
  model::Table t;
  model::TableRow header;
  for (const model::PlanColumn& c : columns) {
    t.columns.push_back(relative(c.share > 0 ? c.share : model::default_column_share(c.content)));
    header.cells.push_back(
        header_cell(c.heading.empty() ? model::plan_column_heading(c.content, plan.as_at) : c.heading));
  }
  t.header.push_back(std::move(header));
  for (const model::Outcome& o : area.outcomes) {
    bool first = true;
    for (const model::Action& a : o.actions) {
      model::TableRow row;
      for (const model::PlanColumn& c : columns) row.cells.push_back(action_cell(plan, o, a, c.content, first));
      t.body.push_back(std::move(row));
      first = false;
    }
  }
  return t;
}

}  // namespace bp::compose
