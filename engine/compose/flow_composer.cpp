// FlowComposer: model flows -> doc blocks (contract in flow_composer.h).
// Tables are in table_composer.cpp.

#include "compose/flow_composer.h"

#include <algorithm>

#include "compose/action_plan_composer.h"
#include "compose/kpi_composer.h"

#include "compose/style_values.h"
#include "core/diagnostic.h"

namespace bp::compose {

std::string letter_label(int n) {
  std::string out;
  while (n > 0) {
    --n;
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return out;
}

std::string bullet_for_level(int level) {
  static const char* const glyphs[] = {"\u2022", "\u2013", "\u25E6"};
  return glyphs[std::max(level, 0) % 3];
}

FlowComposer::FlowComposer(const model::HouseStyle& style) : style_(style) {
  colours_.text = style.text_color;
  colours_.link = style.link_color;
}

FlowContext FlowComposer::front(std::string where) const {
  FlowContext ctx;
  ctx.kind = FlowKind::Front;
  ctx.size = style_.body_size;
  ctx.where = std::move(where);
  return ctx;
}

FlowContext FlowComposer::body(int section_number) const {
  FlowContext ctx;
  ctx.kind = FlowKind::Body;
  ctx.number_prefix = std::to_string(section_number);
  ctx.text_indent = style_.number_indent;
  ctx.size = style_.body_size;
  ctx.where = "body section " + ctx.number_prefix;
  return ctx;
}

FlowContext FlowComposer::appendix(const std::string& letter) const {
  FlowContext ctx;
  ctx.kind = FlowKind::Appendix;
  ctx.size = style_.body_size;
  ctx.where = "appendix " + letter;
  return ctx;
}

double FlowComposer::scaled(double length, const FlowContext& ctx) const {
  if (ctx.kind != FlowKind::Cell || style_.body_size <= 0) return length;
  return length * ctx.size / style_.body_size;
}

doc::Paragraph FlowComposer::text_paragraph(const model::RichText& text, const FlowContext& ctx,
                                            bool bold) const {
  doc::Paragraph p;
  p.role = doc::Role::Paragraph;
  p.runs = compose_inline(text, colours_, bold);
  p.style = ctx.kind == FlowKind::Cell ? cell_style(style_, ctx.size) : body_style(style_);
  p.style.left_indent = ctx.text_indent;
  return p;
}

void FlowComposer::compose(const model::Flow& flow, const FlowContext& ctx,
                           std::vector<doc::Block>& out) {
  int number = 0;
  for (const model::Block& block : flow) compose_block(block, ctx, number, out);
}

void FlowComposer::consume(model::Flow& flow, const FlowContext& ctx,
                           std::vector<doc::Block>& out) {
  int number = 0;
  for (model::Block& block : flow) {
    auto* table = std::get_if<model::Table>(&block);
    if (table != nullptr && ctx.kind != FlowKind::Cell) {
      out.emplace_back(compose_table(std::move(*table), ctx));
    } else {
      compose_block(block, ctx, number, out);
    }
  }
}

void FlowComposer::compose_block(const model::Block& block, const FlowContext& ctx, int& number,
                                 std::vector<doc::Block>& out) {
  if (const auto* para = std::get_if<model::Paragraph>(&block)) {
    out.emplace_back(text_paragraph(para->text, ctx));
  } else if (const auto* numbered = std::get_if<model::NumberedParagraph>(&block)) {
    ++number;
    const std::string label = ctx.number_prefix.empty()
                                  ? std::to_string(number)
                                  : ctx.number_prefix + "." + std::to_string(number);
    doc::Paragraph p = text_paragraph(numbered->text, ctx);
    p.style.left_indent = ctx.number_left;
    p.label = label;
    p.label_width = scaled(style_.number_indent, ctx);
    out.emplace_back(std::move(p));
    FlowContext inner = ctx;
    inner.number_prefix = label;
    inner.text_indent = ctx.number_left + scaled(style_.number_indent, ctx);
    inner.list_level = 0;
    int child_number = 0;
    for (const model::Block& child : numbered->children) {
      compose_block(child, inner, child_number, out);
    }
  } else if (const auto* sub = std::get_if<model::Subheading>(&block)) {
    if (ctx.kind == FlowKind::Appendix) {
      doc::Paragraph h;
      h.role = doc::Role::Heading;
      h.heading_level = 2;
      InlineColours heading_colours = colours_;
      heading_colours.text = style_.heading_color;
      h.runs = compose_inline(sub->text, heading_colours, true);
      h.style = heading_style(style_, 2);
      h.style.left_indent = ctx.text_indent;
      h.bookmark = model::plain_text(sub->text);
      h.bookmark_level = 1;
      out.emplace_back(std::move(h));
    } else {
      doc::Paragraph p = text_paragraph(sub->text, ctx, true);
      p.style.keep_with_next = true;
      if (ctx.kind != FlowKind::Cell) p.style.space_before = style_.paragraph_spacing / 2;
      out.emplace_back(std::move(p));
    }
  } else if (const auto* list = std::get_if<model::List>(&block)) {
    compose_list(*list, ctx, out);
  } else if (const auto* table = std::get_if<model::Table>(&block)) {
    if (ctx.kind == FlowKind::Cell) {
      Diagnostic d;
      d.message = ctx.where + ": a table cannot be placed inside a table cell";
      d.hint = "put the inner table after the outer one, or use a list in the cell";
      throw InputError(std::move(d));
    }
    out.emplace_back(compose_table(*table, ctx));
  } else if (is_plan_block(block)) {  // action plans, reference sections
    compose_plan_block(*this, style_, block, ctx, out);
  } else if (is_kpi_block(block)) {  // KPI tables and their key
    compose_kpi_block(*this, style_, block, ctx, out);
  }
}

void FlowComposer::compose_list(const model::List& list, const FlowContext& ctx,
                                std::vector<doc::Block>& out) {
  const double label_width = scaled(style_.list_indent, ctx);
  const double full_space =
      ctx.kind == FlowKind::Cell ? cell_style(style_, ctx.size).space_after : style_.paragraph_spacing;
  int n = 0;
  for (const model::ListItem& item : list.items) {
    ++n;
    doc::Paragraph p = text_paragraph(item.text, ctx);
    p.role = doc::Role::ListItem;
    p.style.left_indent = ctx.text_indent;
    p.style.space_after = full_space / 2;
    switch (list.kind) {
      case model::ListKind::Bullet: p.label = bullet_for_level(ctx.list_level); break;
      case model::ListKind::Lettered: p.label = letter_label(n) + ")"; break;
      case model::ListKind::Numbered: p.label = std::to_string(n) + "."; break;
    }
    p.label_width = label_width;
    out.emplace_back(std::move(p));
    FlowContext inner = ctx;
    inner.text_indent = ctx.text_indent + label_width;
    inner.list_level = ctx.list_level + 1;
    int child_number = 0;
    for (const model::Block& child : item.children) {
      compose_block(child, inner, child_number, out);
    }
  }
  if (ctx.list_level == 0 && !out.empty()) {
    if (auto* last = std::get_if<doc::Paragraph>(&out.back())) {
      last->style.space_after = std::max(last->style.space_after, full_space);
    }
  }
}

}  // namespace bp::compose
