// Reference sections: glossary, key to postholders, governance structure
// (see action_plan_reader.h).

#include "load/action_plan_reader.h"

namespace bp::load::detail {
namespace {

// True when `el` has any child element (a misspelt one is already reported).
bool has_element_child(pugi::xml_node el) {
  for (pugi::xml_node n : el.children())
    if (n.type() == pugi::node_element) return true;
  return false;
}

}  // namespace

model::Glossary ActionPlanReader::glossary(pugi::xml_node el) {
  c_.check_attributes(el, {});
  model::Glossary out;
  std::map<std::string, pugi::xml_node> seen;
  for (pugi::xml_node term : c_.element_children(el, {"term"})) {
    c_.check_attributes(term, {"abbreviation", "in-full"});
    model::GlossaryEntry entry;
    if (auto a = c_.required_attribute(term, "abbreviation")) {
      unique(seen, *a, term, "abbreviation", "glossary entry");
      entry.term = *a;
    }
    entry.expansion = c_.required_attribute(term, "in-full").value_or("");
    entry.definition = flow_.inline_content(term, false);
    out.entries.push_back(std::move(entry));
  }
  if (!has_element_child(el)) c_.error(c_.at(el), "<glossary> needs at least one <term>");
  return out;
}

model::PostholderKey ActionPlanReader::postholders(pugi::xml_node el) {
  c_.check_attributes(el, {});
  model::PostholderKey out;
  std::map<std::string, pugi::xml_node> seen;
  for (pugi::xml_node p : c_.element_children(el, {"postholder"})) {
    c_.check_attributes(p, {"key", "role"});
    c_.element_children(p, {});
    model::Postholder holder;
    if (auto k = c_.required_attribute(p, "key")) {
      unique(seen, *k, p, "key", "postholder key");
      holder.key = *k;
    }
    holder.role = c_.required_attribute(p, "role").value_or("");
    out.entries.push_back(std::move(holder));
  }
  if (!has_element_child(el)) c_.error(c_.at(el), "<postholders> needs at least one <postholder>");
  return out;
}

model::GovernanceGroup ActionPlanReader::group(pugi::xml_node el) {
  c_.check_attributes(el, {"name", "chair", "note"});
  model::GovernanceGroup g;
  g.name = c_.required_attribute(el, "name").value_or("");
  g.chair = c_.attribute(el, "chair").value_or("");
  g.note = c_.attribute(el, "note").value_or("");
  for (pugi::xml_node child : c_.element_children(el, {"group"})) g.children.push_back(group(child));
  return g;
}

model::GovernanceStructure ActionPlanReader::governance(pugi::xml_node el) {
  c_.check_attributes(el, {});
  model::GovernanceStructure out;
  for (pugi::xml_node child : c_.element_children(el, {"group"})) out.roots.push_back(group(child));
  if (!has_element_child(el)) c_.error(c_.at(el), "<governance> needs at least one <group>");
  return out;
}

}  // namespace bp::load::detail
