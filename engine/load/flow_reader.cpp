// Inline content and blocks (see flow_reader.h).

#include "load/flow_reader.h"

#include <algorithm>

#include "load/action_plan_reader.h"
#include "load/kpi_reader.h"

namespace bp::load::detail {

const Names kContentElements = [] {
  Names names = {"p",    "para",  "subheading", "list",   "item",
                 "table", "columns", "column",  "header", "row",
                 "cell", "em",    "strong",     "a"};
  for (std::string_view n : action_plan_elements())  // action_plan_reader.h
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  for (std::string_view n : kpi_elements())  // kpi_reader.h
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  return names;
}();

namespace {

const Names kInline = {"em", "strong", "a"};
const Names kFlowBlocks = {"p", "para", "subheading", "list", "table",
                           "action-plan", "glossary", "postholders", "governance",
                           "kpi-group", "kpi-key"};
const Names kItemBlocks = {"p", "list"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool contains(const Names& names, std::string_view n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

Names joined(const Names& a, const Names& b) {
  Names out = a;
  out.insert(out.end(), b.begin(), b.end());
  return out;
}

}  // namespace

// Accumulates styled text, collapsing whitespace across span boundaries.
class FlowReader::Builder {
 public:
  void text(std::string_view raw, const Style& style) {
    // The span is looked up once per call (the style is the same for all of
    // `raw`) and words are appended whole.
    model::Span* span = nullptr;
    std::size_t i = 0;
    while (i < raw.size()) {
      if (is_space(raw[i])) {
        if (!last_was_space_) {
          if (span == nullptr) span = &span_for(style);
          span->text += ' ';
          last_was_space_ = true;
        }
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < raw.size() && !is_space(raw[j])) ++j;
      if (span == nullptr) span = &span_for(style);
      span->text.append(raw.data() + i, j - i);
      last_was_space_ = false;
      i = j;
    }
  }

  model::RichText finish() {
    if (!spans_.empty() && !spans_.back().text.empty() && spans_.back().text.back() == ' ')
      spans_.back().text.pop_back();
    std::erase_if(spans_, [](const model::Span& s) { return s.text.empty(); });
    return std::move(spans_);
  }

 private:
  model::Span& span_for(const Style& style) {
    if (spans_.empty() || spans_.back().bold != style.bold || spans_.back().italic != style.italic ||
        spans_.back().href != style.href) {
      spans_.push_back(model::Span{"", style.bold, style.italic, style.href});
    }
    return spans_.back();
  }

  model::RichText spans_;
  bool last_was_space_ = true;  // trims leading whitespace
};

void FlowReader::inline_node(pugi::xml_node n, pugi::xml_node parent, const Style& style,
                             Builder& out, const Names& blocks_here) {
  if (is_text(n)) {
    out.text(n.value(), style);
    return;
  }
  if (n.type() != pugi::node_element) return;
  const std::string_view name = n.name();
  if (!contains(kInline, name)) {
    c_.unexpected_element(n, parent, joined(kInline, blocks_here), true);
    return;
  }
  Style inner = style;
  if (name == "em") {
    c_.check_attributes(n, {});
    inner.italic = true;
  } else if (name == "strong") {
    c_.check_attributes(n, {});
    inner.bold = true;
  } else {  // a
    c_.check_attributes(n, {"href"});
    if (!style.href.empty())
      c_.error(c_.at(n), "a link inside a link", "close the first <a> before starting another");
    if (auto href = c_.required_attribute(n, "href")) inner.href = *href;
  }
  for (pugi::xml_node child : n.children()) inline_node(child, n, inner, out, {});
}

model::RichText FlowReader::inline_children(pugi::xml_node el, const Names& blocks_here) {
  Builder b;
  for (pugi::xml_node child : el.children()) inline_node(child, el, Style{}, b, blocks_here);
  return b.finish();
}

model::RichText FlowReader::inline_content(pugi::xml_node el, bool required) {
  model::RichText text = inline_children(el, {});
  if (required && !has_content(el)) c_.error(c_.at(el), "empty " + tag(el));
  return text;
}

model::RichText FlowReader::text_then_blocks(pugi::xml_node el, const Names& blocks,
                                             model::Flow& children) {
  Builder b;
  pugi::xml_node last_block;  // set once a block child has been seen
  bool late_text_reported = false;
  for (pugi::xml_node n : el.children()) {
    const bool is_inline = (is_text(n) && !is_blank_text(n)) ||
                           (n.type() == pugi::node_element && contains(kInline, n.name()));
    if (n.type() == pugi::node_element && contains(blocks, n.name())) {
      last_block = n;
      if (auto blk = block(n)) children.push_back(std::move(*blk));
    } else if (last_block && is_inline) {
      if (!late_text_reported)
        c_.error(c_.at(n), "text after a nested " + tag(last_block) + " in " + tag(el),
                 "the text of " + tag(el) + " comes before its nested blocks; put later text in "
                 "a <p>");
      late_text_reported = true;
    } else if (!last_block || n.type() == pugi::node_element) {
      inline_node(n, el, Style{}, b, blocks);
    }
  }
  model::RichText text = b.finish();
  if (!has_content(el)) c_.error(c_.at(el), "empty " + tag(el));
  return text;
}

std::optional<model::Block> FlowReader::block(pugi::xml_node el) {
  const std::string_view name = el.name();
  if (name == "p") {
    c_.check_attributes(el, {});
    return model::Paragraph{inline_content(el, true)};
  }
  if (name == "subheading") {
    c_.check_attributes(el, {});
    return model::Subheading{inline_content(el, true)};
  }
  if (name == "para") {
    c_.check_attributes(el, {});
    model::NumberedParagraph para;
    para.text = text_then_blocks(el, kFlowBlocks, para.children);
    return para;
  }
  if (name == "list") return list(el);
  if (name == "table") return table(el);
  if (name == "action-plan") return ActionPlanReader(c_, *this).plan(el);
  if (name == "glossary") return ActionPlanReader(c_, *this).glossary(el);
  if (name == "postholders") return ActionPlanReader(c_, *this).postholders(el);
  if (name == "governance") return ActionPlanReader(c_, *this).governance(el);
  if (name == "kpi-group") return read_kpi_group(c_, *this, el);
  if (name == "kpi-key") return read_kpi_key(c_, el);
  return std::nullopt;  // callers pass only block names
}

model::List FlowReader::list(pugi::xml_node el) {
  c_.check_attributes(el, {"kind"});
  model::List out;
  if (auto kind = c_.choice_attribute(el, "kind", {"bullet", "lettered", "numbered"})) {
    out.kind = *kind == "lettered"   ? model::ListKind::Lettered
               : *kind == "numbered" ? model::ListKind::Numbered
                                     : model::ListKind::Bullet;
  }
  for (pugi::xml_node item : c_.element_children(el, {"item"})) {
    c_.check_attributes(item, {});
    model::ListItem li;
    li.text = text_then_blocks(item, kItemBlocks, li.children);
    out.items.push_back(std::move(li));
  }
  if (out.items.empty() && !el.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; }))
    c_.error(c_.at(el), "empty <list>: a list needs at least one <item>");
  return out;
}

model::Flow FlowReader::flow(pugi::xml_node container) {
  model::Flow out;
  for (pugi::xml_node el : c_.element_children(container, kFlowBlocks))
    if (auto blk = block(el)) out.push_back(std::move(*blk));
  return out;
}

model::Flow FlowReader::blocks_of(pugi::xml_node container, const Names& allowed) {
  model::Flow out;
  for (pugi::xml_node el : c_.element_children(container, allowed))
    if (auto blk = block(el)) out.push_back(std::move(*blk));
  return out;
}

}  // namespace bp::load::detail
