#pragma once
// model::Flow -> doc blocks: numbering, lists, subheadings and tables.
//
// Numbering is derived here, never stored: inside body section 2 the k-th
// numbered paragraph is "2.k" and one nested in 2.3 is "2.3.1". Every
// numbered paragraph, however deep, hangs its label in the same column
// (left edge, style.number_indent wide) so 2.3 and 2.3.2 line up; unnumbered
// paragraphs, subheadings and lists start at the text column. Lists indent by
// style.list_indent per level; bullets change glyph by level (•, –, ◦),
// lettered lists print "a)", numbered lists "1.".
//
// Errors (unknown shade, a table inside a table cell, a body row wider than
// its table) throw InputError naming the place in the report (ctx.where).
// One FlowComposer per compose call; not thread-safe (it counts tables).

#include <string>
#include <vector>

#include "compose/document.h"
#include "compose/inline_text.h"
#include "model/flow.h"
#include "model/house_style.h"

namespace bp::compose {

enum class FlowKind {
  Front,     // front-sheet slots (summary, reasons, ...): text column at the left edge
  Body,      // a numbered body section: text column at number_indent
  Appendix,  // printed appendix: subheadings are bookmarked level-2 headings
  Cell       // inside a table cell: table text size, no tables
};

struct FlowContext {
  FlowKind kind = FlowKind::Front;
  std::string number_prefix;  // "2" in body section 2; "" numbers 1, 2, ...
  double number_left = 0;     // where numbered-paragraph labels hang
  double text_indent = 0;     // where unnumbered text and list labels start
  double size = 11;           // text size, pt
  int list_level = 0;         // nesting depth of the list being composed
  std::string where;          // the place in the report, for messages ("appendix A")
};

class FlowComposer {
 public:
  explicit FlowComposer(const model::HouseStyle& style);

  FlowContext front(std::string where) const;
  FlowContext body(int section_number) const;
  FlowContext appendix(const std::string& letter) const;

  // Appends the blocks for `flow` to `out`.
  void compose(const model::Flow& flow, const FlowContext& ctx, std::vector<doc::Block>& out);

  // Consuming: the same, but the flow's top-level tables are emptied row by row
  // as they are composed (the model and the block tree never both hold a long
  // table). `flow` is left valid but its tables have no rows.
  void consume(model::Flow& flow, const FlowContext& ctx, std::vector<doc::Block>& out);

  // A model table in `ctx` (not a Cell context).
  doc::Table compose_table(const model::Table& table, const FlowContext& ctx);
  // Same, releasing each body row of `table` once composed; `table` ends empty.
  doc::Table compose_table(model::Table&& table, const FlowContext& ctx);

  const InlineColours& colours() const { return colours_; }

 private:
  void compose_block(const model::Block& block, const FlowContext& ctx, int& number,
                     std::vector<doc::Block>& out);
  void compose_list(const model::List& list, const FlowContext& ctx, std::vector<doc::Block>& out);
  doc::Paragraph text_paragraph(const model::RichText& text, const FlowContext& ctx,
                                bool bold = false) const;
  doc::Table compose_table_impl(const model::Table& table, model::Table* release,
                                const FlowContext& ctx);
  doc::Cell compose_cell(const model::TableCell& cell, double size, bool header,
                         const std::string& where);
  double scaled(double length, const FlowContext& ctx) const;

  const model::HouseStyle& style_;
  InlineColours colours_;
  int table_count_ = 0;
};

// "a", "b", ..., "z", "aa", "ab", ... for 1, 2, ...
std::string letter_label(int n);

// The bullet glyph for a list nested `level` deep (0: "•", 1: "–", 2: "◦", ...).
std::string bullet_for_level(int level);

}  // namespace bp::compose
