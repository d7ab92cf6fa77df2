// KPI groups and the key -> doc blocks (see kpi_composer.h).

#include "compose/kpi_composer.h"

#include "compose/kpi_chart.h"
#include "compose/kpi_table.h"
#include "core/diagnostic.h"
#include "model/kpi_check.h"
#include "model/kpi_wording.h"

namespace bp::compose {
namespace {

void refuse_in_cell(const FlowContext& ctx, const std::string& what) {
  if (ctx.kind != FlowKind::Cell) return;
  Diagnostic d;
  d.message = ctx.where + ": " + what + " cannot be placed inside a table cell";
  throw InputError(std::move(d));
}

// "Trend of the last 3 figures, oldest first: 38.5%, 40%, 43.6%."
std::string trend_alt(const model::Kpi& k, const std::vector<double>& values) {
  std::string s = k.ref + ": trend of the last " + std::to_string(values.size()) +
                  (values.size() == 1 ? " figure: " : " figures, oldest first: ");
  for (std::size_t i = 0; i < values.size(); ++i)
    s += (i ? ", " : "") + model::format_value(values[i], k.unit);
  return s + ".";
}

void compose_group(FlowComposer& flows, const model::HouseStyle& style, const model::KpiGroup& group,
                   const FlowContext& ctx, std::vector<doc::Block>& out) {
  refuse_in_cell(ctx, "a <kpi-group>");
  std::vector<Diagnostic> claims = model::check_claims(group, style.ratings);
  if (!claims.empty()) throw InputError(std::move(claims));

  flows.compose({model::Subheading{model::plain(kpi_group_heading(group))}}, ctx, out);
  const KpiTable plan = kpi_group_table(group, style);
  doc::Table table = flows.compose_table(plan.table, ctx);
  for (std::size_t r = 0; r < table.body_rows.size() && r < plan.trend_cell.size(); ++r) {
    const int index = plan.trend_cell[r];
    const std::vector<double>& values = plan.trend_values[r];
    if (index < 0 || values.empty()) continue;
    doc::Sparkline line;
    line.values = values;
    line.color = style.text_color;
    doc::Figure figure;
    figure.content = line;
    figure.alt = trend_alt(group.kpis[r], values);
    figure.space_after = 0;
    table.body_rows[r].cells.at(static_cast<std::size_t>(index)).figure = std::move(figure);
  }
  out.emplace_back(std::move(table));
  if (!group.charts) return;
  for (const model::Kpi& k : group.kpis)
    if (auto chart = kpi_chart(k, group.reporting_date, style)) out.emplace_back(std::move(*chart));
}

void compose_key(FlowComposer& flows, const model::HouseStyle& style, const FlowContext& ctx,
                 std::vector<doc::Block>& out) {
  refuse_in_cell(ctx, "a <kpi-key>");
  flows.compose({model::Subheading{model::plain("Key to KPI ratings and direction of travel")}}, ctx, out);
  out.emplace_back(flows.compose_table(kpi_key_table(style), ctx));
}

}  // namespace

bool is_kpi_block(const model::Block& block) {
  return std::holds_alternative<model::KpiGroup>(block) || std::holds_alternative<model::KpiKey>(block);
}

void compose_kpi_block(FlowComposer& flows, const model::HouseStyle& style, const model::Block& block,
                       const FlowContext& ctx, std::vector<doc::Block>& out) {
  if (const auto* group = std::get_if<model::KpiGroup>(&block)) compose_group(flows, style, *group, ctx, out);
  else if (std::holds_alternative<model::KpiKey>(block)) compose_key(flows, style, ctx, out);
}

}  // namespace bp::compose
