#pragma once
// Reads action plans and reference sections, blocks of report and document
// content (see REPORT-XML.md, "Action plans and reference sections"):
//
//   <action-plan as-at= title= summary= key= number-milestones=>
//     [<columns><column content= heading= width=/>...</columns>]
//     <area title=> [<description>inline</description>]
//       (<outcome ref=> <aim>inline</aim> <action>... </outcome> | <action>)...
//   <action ref= business-as-usual= start= rating=>: <doing>, <why>, <impact>,
//     <evaluation> (blocks), <workstream>, <lead> (text), <milestone period=
//     due= done= at-risk= lead=>inline</milestone>..., <update date=>blocks</update>...
//   <glossary><term abbreviation= in-full=>[definition]</term>...</glossary>
//   <postholders><postholder key= role=/>...</postholders>
//   <governance><group name= chair= note=>[<group>...]</group>...</governance>
//
// Beyond names and shapes it checks: refs, column contents, abbreviations and
// postholder keys unique; dates real (YYYY-MM-DD, or YYYY-MM for a month);
// an action with nothing to derive its rating from (no milestone, not
// business as usual) states one; a stated rating that the data contradict is
// reported as a warning at the rating (the printed rating is the derived one);
// an update dated after the plan's as-at date is reported (it is not printed).
// Internal to the load stage. action_plan_reader.cpp: plans;
// action_reference_reader.cpp: reference sections.

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>

#include "load/checker.h"
#include "load/flow_reader.h"
#include "model/action_plan.h"
#include "model/reference.h"

namespace bp::load::detail {

// Every element name of action plans and reference sections (for vocabularies).
const Names& action_plan_elements();

class ActionPlanReader {
 public:
  ActionPlanReader(Checker& checker, FlowReader& flow) : c_(checker), flow_(flow) {}

  model::ActionPlan plan(pugi::xml_node el);
  model::Glossary glossary(pugi::xml_node el);
  model::PostholderKey postholders(pugi::xml_node el);
  model::GovernanceStructure governance(pugi::xml_node el);

 private:
  void columns(pugi::xml_node el, model::ActionPlan& plan);
  model::ActionArea area(pugi::xml_node el, const model::Date& as_at);
  model::Outcome outcome(pugi::xml_node el, const model::Date& as_at);
  model::Action action(pugi::xml_node el, const model::Date& as_at);
  model::Milestone milestone(pugi::xml_node el);
  model::ProgressUpdate update(pugi::xml_node el, const model::Date& as_at);
  void check_rating(pugi::xml_node el, const model::Action& a, const model::Date& as_at);
  model::GovernanceGroup group(pugi::xml_node el);
  // A plan date attribute (YYYY-MM-DD or YYYY-MM).
  std::optional<model::PlanDate> plan_date(pugi::xml_node el, std::string_view name,
                                           bool required);
  // Reports a second use of `key` (refs, abbreviations) naming the first line.
  void unique(std::map<std::string, pugi::xml_node>& seen, const std::string& key,
              pugi::xml_node el, std::string_view attribute, std::string_view what);

  Checker& c_;
  FlowReader& flow_;
  std::map<std::string, pugi::xml_node> refs_;  // outcome and action refs of the plan
};

}  // namespace bp::load::detail
