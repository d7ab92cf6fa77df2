// The report's flows as page-script slots (contract in report_slots.h).

#include "compose/report_slots.h"

#include <algorithm>
#include <charconv>

#include "compose/inline_text.h"
#include "compose/style_values.h"

namespace bp::compose {

ReportSlots::ReportSlots(const model::Report& report, const model::HouseStyle& style)
    : report_(report), style_(style), flows_(style) {}

ReportSlots::ReportSlots(model::Report& report, const model::HouseStyle& style, bool consume)
    : report_(report), consumed_(consume ? &report : nullptr), style_(style), flows_(style) {}

void ReportSlots::compose_flow(const model::Flow& flow, const FlowContext& ctx,
                               std::vector<doc::Block>& out) {
  // `flow` is part of report_; when consuming, report_ is *consumed_ (not const).
  if (consumed_ == nullptr) {
    flows_.compose(flow, ctx, out);
    return;
  }
  flows_.consume(const_cast<model::Flow&>(flow), ctx, out);
}

std::vector<std::string> ReportSlots::names() const {
  return {"summary",          "recommendations",       "reasons",
          "alternatives",     "revenue-costs",         "capital-costs",
          "resource-implications", "legal-implications", "equality-implications",
          "core-purpose",     "internal-consultations", "external-consultations",
          "background-papers", "body-section",         "appendix"};
}

const model::Flow* ReportSlots::front_flow(const std::string& name) const {
  const model::Report& r = report_;
  if (name == "summary") return &r.summary;
  if (name == "reasons") return &r.reasons;
  if (name == "alternatives") return &r.alternatives;
  if (name == "revenue-costs") return &r.cost.revenue;
  if (name == "capital-costs") return &r.cost.capital;
  if (name == "resource-implications") return &r.implications.resource;
  if (name == "legal-implications") return &r.implications.legal;
  if (name == "equality-implications") return &r.implications.equality;
  if (name == "internal-consultations") return &r.consultations.internal;
  if (name == "external-consultations") return &r.consultations.external;
  return nullptr;
}

std::size_t ReportSlots::index_arg(const std::string& name, const std::string& arg,
                                   std::size_t count) const {
  std::size_t value = 0;
  const auto* end = arg.data() + arg.size();
  auto [ptr, ec] = std::from_chars(arg.data(), end, value);
  if (arg.empty() || ec != std::errc() || ptr != end || value == 0 || value > count) {
    throw SlotError("slot " + name + " needs a number from 1 to " + std::to_string(count) +
                    ", not \"" + arg + "\"");
  }
  return value - 1;
}

bool ReportSlots::fill(const std::string& name, const std::string& arg,
                       std::vector<doc::Block>& out) {
  if (const model::Flow* flow = front_flow(name)) {
    if (!arg.empty()) throw SlotError("slot " + name + " takes no argument");
    compose_flow(*flow, flows_.front(name), out);
    return true;
  }
  if (name == "recommendations") {
    recommendations(out);
    return true;
  }
  if (name == "background-papers") {
    background_papers(out);
    return true;
  }
  if (name == "core-purpose") {
    const std::size_t i = index_arg(name, arg, report_.core_purpose.size());
    const model::CorePurposeItem& item = report_.core_purpose[i];
    compose_flow(item.text, flows_.front("core purpose \"" + item.heading + "\""), out);
    return true;
  }
  if (name == "body-section") {
    const std::size_t i = index_arg(name, arg, report_.body.size());
    compose_flow(report_.body[i].content, flows_.body(static_cast<int>(i) + 1), out);
    return true;
  }
  if (name == "appendix") {
    for (const model::Appendix& a : report_.appendices) {
      if (a.letter == arg) {
        compose_flow(a.content, flows_.appendix(a.letter), out);
        return true;
      }
    }
    std::string letters;
    for (const model::Appendix& a : report_.appendices) letters += (letters.empty() ? "" : ", ") + a.letter;
    throw SlotError("slot appendix: the report has no appendix \"" + arg + "\"" +
                    (letters.empty() ? std::string(" (it has none)") : " (it has " + letters + ")"));
  }
  return false;
}

void ReportSlots::recommendations(std::vector<doc::Block>& out) const {
  int n = 0;
  for (const model::RichText& text : report_.recommendations) {
    doc::Paragraph p;
    p.role = doc::Role::ListItem;
    p.runs = compose_inline(text, flows_.colours());
    p.style = body_style(style_);
    p.style.space_after = style_.paragraph_spacing / 2;
    p.label = "(" + std::to_string(++n) + ")";
    p.label_width = style_.number_indent;
    out.emplace_back(std::move(p));
  }
  if (!out.empty()) {
    if (auto* last = std::get_if<doc::Paragraph>(&out.back())) {
      last->style.space_after = style_.paragraph_spacing;
    }
  }
}

void ReportSlots::background_papers(std::vector<doc::Block>& out) const {
  for (const model::BackgroundPaper& paper : report_.background_papers) {
    doc::Paragraph p;
    p.runs = compose_inline(paper.description, flows_.colours());
    if (!paper.url.empty()) {
      if (!p.runs.empty()) append_run(p.runs, doc::TextRun{" ", doc::FontFace::Regular,
                                                           style_.text_color, {}});
      append_run(p.runs,
                 doc::TextRun{paper.url, doc::FontFace::Regular, style_.link_color, paper.url});
    }
    p.style = body_style(style_);
    out.emplace_back(std::move(p));
  }
}

}  // namespace bp::compose
