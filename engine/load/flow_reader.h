#pragma once
// Reads report content: inline text (RichText) and blocks (Flow).
//
// Inline content is text, <em>, <strong> and <a href>, nested freely (a link
// inside a link is an error); <em> inside <strong> is bold italic. Whitespace
// runs collapse to one space, also across element boundaries, and are trimmed
// at both ends of the paragraph; spaces between inline elements are kept.
//
// Blocks are <p>, <para> (numbered), <subheading>, <list> and <table>, and
// the plan blocks of action_plan_reader.h (<action-plan>, <glossary>,
// <postholders>, <governance>) and of kpi_reader.h (<kpi-group>, <kpi-key>). A <para>
// or list <item> starts with inline text and may go on with nested blocks;
// text after a nested block is an error. A table <cell> holds either inline
// content or blocks (<p>, <list>), never both. Every problem is reported
// through the Checker; what could be read is still returned.
// Internal to the load stage. flow_reader.cpp: inline and blocks;
// table_reader.cpp: tables.

#include <pugixml.hpp>

#include <optional>
#include <string>

#include "load/checker.h"
#include "model/flow.h"
#include "model/rich_text.h"

namespace bp::load::detail {

// Every element name that may occur in report content (for the vocabulary).
extern const Names kContentElements;

class FlowReader {
 public:
  explicit FlowReader(Checker& checker) : c_(checker) {}

  // All children of `el` as inline content. `required`: report "empty <el>"
  // when nothing but whitespace is inside.
  model::RichText inline_content(pugi::xml_node el, bool required);

  // A flow container (<summary>, <section>, <appendix>, ...): blocks only.
  model::Flow flow(pugi::xml_node container);

  // Blocks of `container` limited to `allowed` (names of flow blocks); text
  // and other elements are reported. KPI commentary: {"p", "list"}.
  model::Flow blocks_of(pugi::xml_node container, const Names& allowed);

 private:
  struct Style {
    bool bold = false;
    bool italic = false;
    std::string href;
  };
  class Builder;

  void inline_node(pugi::xml_node n, pugi::xml_node parent, const Style& style, Builder& out,
                   const Names& blocks_here);
  // All children of `el` as inline content; `blocks_here` only widens the
  // hint for misplaced elements.
  model::RichText inline_children(pugi::xml_node el, const Names& blocks_here);
  // A leading-inline-then-blocks element (<para>, list <item>).
  model::RichText text_then_blocks(pugi::xml_node el, const Names& blocks, model::Flow& children);

  std::optional<model::Block> block(pugi::xml_node el);
  model::List list(pugi::xml_node el);

  // table_reader.cpp
  model::Table table(pugi::xml_node el);
  std::optional<model::TableRow> row(pugi::xml_node el, bool in_header);
  model::Flow cell_content(pugi::xml_node cell);

  Checker& c_;
};

}  // namespace bp::load::detail
