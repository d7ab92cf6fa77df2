#pragma once
// The report's flowing content, offered to the page script as slots.
//
//   summary  recommendations  reasons  alternatives  revenue-costs
//   capital-costs  resource-implications  legal-implications
//   equality-implications  core-purpose N  internal-consultations
//   external-consultations  background-papers  body-section N  appendix L
//
// An empty flow fills nothing (the template's "| fallback" then prints).
// Recommendations are labelled (1), (2), ... in the number column; body
// section N is numbered N.1, N.2, ...; background papers print their
// description followed by the address as a link. Holds references to the
// report and style: both must outlive it.

#include <string>
#include <vector>

#include "compose/flow_composer.h"
#include "compose/script_interpreter.h"
#include "model/house_style.h"
#include "model/report.h"

namespace bp::compose {

class ReportSlots : public SlotSource {
 public:
  ReportSlots(const model::Report& report, const model::HouseStyle& style);
  // Consuming: the report's flows are emptied as they are filled in (their
  // tables row by row), so a long report is not held twice. A flow filled
  // twice prints its tables once.
  ReportSlots(model::Report& report, const model::HouseStyle& style, bool consume);

  bool fill(const std::string& name, const std::string& arg, std::vector<doc::Block>& out) override;
  std::vector<std::string> names() const override;

 private:
  const model::Flow* front_flow(const std::string& name) const;
  void compose_flow(const model::Flow& flow, const FlowContext& ctx, std::vector<doc::Block>& out);
  std::size_t index_arg(const std::string& name, const std::string& arg, std::size_t count) const;
  void recommendations(std::vector<doc::Block>& out) const;
  void background_papers(std::vector<doc::Block>& out) const;

  const model::Report& report_;
  model::Report* consumed_ = nullptr;  // set: the same report, emptied as it is composed
  const model::HouseStyle& style_;
  FlowComposer flows_;
};

}  // namespace bp::compose
