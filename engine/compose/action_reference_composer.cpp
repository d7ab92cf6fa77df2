// Reference sections -> tables and a tree diagram (contract in
// action_plan_composer.h).

#include <algorithm>

#include "compose/action_plan_composer.h"
#include "core/near_miss.h"

namespace bp::compose {
namespace {

model::TableCell plain_cell(const std::string& text, bool bold, std::optional<std::string> shade = {}) {
  model::TableCell cell;
  model::Span s;
  s.text = text;
  s.bold = bold;
  if (!text.empty()) cell.content.push_back(model::Paragraph{model::RichText{s}});
  cell.shade = std::move(shade);
  return cell;
}

// Case-insensitive order, then the exact text, so the result never depends on input order.
bool lookup_order(const std::string& a, const std::string& b) {
  const std::string la = ascii_lower(a), lb = ascii_lower(b);
  return la != lb ? la < lb : a < b;
}

model::Table two_columns(const std::string& left, const std::string& right, double left_share) {
  model::Table t;
  t.columns = {model::ColumnSpec{model::ColumnWidthKind::Relative, left_share},
               model::ColumnSpec{model::ColumnWidthKind::Relative, 5}};
  model::TableRow header;
  header.cells.push_back(plain_cell(left, true, "header"));
  header.cells.push_back(plain_cell(right, true, "header"));
  t.header.push_back(std::move(header));
  return t;
}

void add_nodes(const model::GovernanceGroup& g, int parent, const model::HouseStyle& style,
               doc::TreeDiagram& tree, std::string& alt, const std::string& parent_name) {
  doc::TreeNode node;
  node.title = g.name;
  if (!g.chair.empty()) node.detail = "Chair: " + g.chair;
  if (!g.note.empty()) node.detail += (node.detail.empty() ? "" : "; ") + g.note;
  node.parent = parent;
  node.border = style.rule_color;
  node.text = style.text_color;
  if (parent < 0) {
    auto it = style.shades.find("header");
    if (it != style.shades.end()) node.fill = it->second;
  }
  tree.nodes.push_back(std::move(node));
  alt += " " + g.name;
  if (!g.chair.empty()) alt += " (chair: " + g.chair + ")";
  alt += parent_name.empty() ? "." : ", reporting to " + parent_name + ".";
  const int self = static_cast<int>(tree.nodes.size()) - 1;
  for (const model::GovernanceGroup& child : g.children) add_nodes(child, self, style, tree, alt, g.name);
}

}  // namespace

model::Table glossary_table(const model::Glossary& glossary) {
  std::vector<const model::GlossaryEntry*> entries;
  for (const model::GlossaryEntry& e : glossary.entries) entries.push_back(&e);
  std::stable_sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) {
    return lookup_order(a->term, b->term);
  });
  model::Table t = two_columns("Abbreviation", "In full", 1);
  for (const model::GlossaryEntry* e : entries) {
    model::TableRow row;
    row.cells.push_back(plain_cell(e->term, true));
    model::TableCell meaning = plain_cell(e->expansion, true);
    if (!e->definition.empty()) meaning.content.push_back(model::Paragraph{e->definition});
    row.cells.push_back(std::move(meaning));
    t.body.push_back(std::move(row));
  }
  return t;
}

model::Table postholder_table(const model::PostholderKey& key) {
  std::vector<const model::Postholder*> entries;
  for (const model::Postholder& p : key.entries) entries.push_back(&p);
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto* a, const auto* b) { return lookup_order(a->key, b->key); });
  model::Table t = two_columns("Key", "Postholder", 1);
  for (const model::Postholder* p : entries) {
    model::TableRow row;
    row.cells.push_back(plain_cell(p->key, true));
    row.cells.push_back(plain_cell(p->role, false));
    t.body.push_back(std::move(row));
  }
  return t;
}

doc::Figure governance_figure(const model::GovernanceStructure& structure,
                              const model::HouseStyle& style) {
  doc::TreeDiagram tree;
  tree.font_size = std::max(6.5, style.table_size + 1);
  tree.connector_color = style.rule_color;
  tree.border_width = std::max(0.5, style.rule_width);
  std::string alt = "Governance structure:";
  for (const model::GovernanceGroup& root : structure.roots) add_nodes(root, -1, style, tree, alt, "");
  doc::Figure figure;
  figure.content = std::move(tree);
  figure.alt = std::move(alt);
  figure.space_before = style.paragraph_spacing;
  figure.space_after = style.paragraph_spacing;
  figure.align = doc::FigureAlign::Center;
  return figure;
}

}  // namespace bp::compose
