#pragma once
// Flowing content of a report: paragraphs, numbered paragraphs, lists, tables.
// Numbering is NOT stored: compose derives 1, 1.1, 2.3.2 from the nesting.

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"
#include "model/rich_text.h"

namespace bp::model {

struct Paragraph;
struct NumberedParagraph;
struct List;
struct Subheading;
struct Table;
struct ActionPlan;           // model/action_plan.h
struct Glossary;             // model/reference.h
struct PostholderKey;        // model/reference.h
struct GovernanceStructure;  // model/reference.h
struct KpiGroup;             // model/kpi.h
struct KpiKey;               // model/kpi.h

using Block = std::variant<Paragraph, NumberedParagraph, List, Subheading, Table, ActionPlan,
                           Glossary, PostholderKey, GovernanceStructure, KpiGroup, KpiKey>;
using Flow = std::vector<Block>;

struct Paragraph {
  RichText text;
};

// An unnumbered bold line inside a body section ("Action 4.3 Strengthen the offer").
struct Subheading {
  RichText text;
};

// A numbered paragraph. Inside body section 2 the k-th numbered paragraph is
// numbered 2.k; a numbered paragraph nested in 2.3 is 2.3.1, and so on.
// `children` are printed after the text, indented with it.
struct NumberedParagraph {
  RichText text;
  std::vector<Block> children;
};

enum class ListKind { Bullet, Lettered, Numbered };

struct ListItem {
  RichText text;
  std::vector<Block> children;  // nested lists or paragraphs
};

struct List {
  ListKind kind = ListKind::Bullet;
  std::vector<ListItem> items;
};

// ---- Tables -------------------------------------------------------------

enum class ColumnWidthKind { Fixed, Relative, Auto };

struct ColumnSpec {
  ColumnWidthKind kind = ColumnWidthKind::Auto;
  double value = 0;  // Fixed: points; Relative: share (like CSS fr); Auto: unused
};

enum class HAlign { Left, Center, Right };

struct TableCell {
  Flow content;              // usually one Paragraph
  int colspan = 1;
  int rowspan = 1;           // honoured in header rows only
  std::optional<std::string> shade;  // a named shade from the house style ("rating-green", "header")
  SourceLocation shade_where;        // the shade= attribute, for the message when the style lacks it
  HAlign align = HAlign::Left;
  bool bold = false;
};

struct TableRow {
  std::vector<TableCell> cells;
};

struct Table {
  std::vector<ColumnSpec> columns;
  std::vector<TableRow> header;  // repeated on every page the table crosses
  std::vector<TableRow> body;
  std::optional<double> font_size;  // points; default from the house style
};

// ---- variant definitions complete here ----------------------------------
// (Block is a variant of incomplete types above; the structs are complete now.)

}  // namespace bp::model

// The blocks defined in their own headers (each includes this one first).
#include "model/action_plan.h"
#include "model/reference.h"
#include "model/kpi.h"
