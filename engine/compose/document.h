#pragma once
// The block tree: what compose hands to layout.
//
// A Document is a list of Sections; each Section starts on a new page with its
// own page setup (portrait or landscape). Blocks are paragraphs (headings and
// list items are paragraphs with a role), tables and figures (charts, tree
// diagrams: compose/figure.h). Every value layout needs
// is resolved here (sizes, indents, colours, fonts): layout applies no house
// style of its own.

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compose/boxed.h"
#include "compose/figure.h"
#include "core/geometry.h"

namespace bp::doc {

enum class FontFace { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };

struct FontSet {  // absolute TrueType paths, one per face
  std::filesystem::path regular, bold, italic, bold_italic;
  const std::filesystem::path& path(FontFace f) const;
};

// Roles survive layout so a tagged (accessible) PDF can be written later.
enum class Role {
  Heading, Paragraph, ListItem, Label, Table, TableRow, HeaderCell, Cell, Figure, Artifact
};

enum class Align { Left, Center, Right };

struct TextRun {
  std::string text;  // UTF-8
  FontFace face = FontFace::Regular;
  Color color{0, 0, 0};
  std::string link;  // non-empty: URI this run links to ("https://...", "mailto:...")
};

struct ParagraphStyle {
  double size = 11;           // font size, pt
  double line_height = 1.25;  // baseline-to-baseline distance as a multiple of size
  double space_before = 0;    // pt
  double space_after = 0;     // pt
  double left_indent = 0;     // pt, from the left edge of the frame (page body or cell)
  Align align = Align::Left;
  bool keep_with_next = false;  // never the last thing on a page (headings)
};

struct Paragraph {
  Role role = Role::Paragraph;  // Paragraph, Heading or ListItem
  int heading_level = 0;        // 1..6 when role == Heading
  std::vector<TextRun> runs;
  ParagraphStyle style;

  // Hanging label: "2.3.2", "•", "a)", "(1)". Drawn at left_indent; the text
  // starts at left_indent + label_width on every line.
  std::string label;
  FontFace label_face = FontFace::Regular;
  double label_width = 0;

  // Non-empty: an outline (bookmark) entry pointing at this paragraph.
  std::string bookmark;
  int bookmark_level = 0;  // 0 = top level
};

enum class ColumnKind { Fixed, Relative, Auto };

struct Column {
  ColumnKind kind = ColumnKind::Auto;
  double value = 0;  // Fixed: pt; Relative: share of the space left after fixed and auto columns
};

struct Cell {
  std::vector<Paragraph> content;
  int colspan = 1;
  int rowspan = 1;  // honoured in header rows; body cells must use 1
  std::optional<Color> fill;
  // Set: drawn below the paragraphs, across the content width (a sparkline;
  // see compose/figure.h). The row is made tall enough for it. Boxed: most
  // cells have none, and a Figure is over 400 bytes.
  Boxed<Figure> figure{};
};

struct Row {
  std::vector<Cell> cells;
};

struct Table {
  std::vector<Column> columns;
  std::vector<Row> header_rows;  // repeated at the top of every page the table crosses
  std::vector<Row> body_rows;    // split across pages when taller than the space left
  double padding = 3;            // pt, inside every cell
  double border_width = 0.5;     // pt; 0 = no rules
  Color border_color{0, 0, 0};
  double space_before = 0;
  double space_after = 6;
  std::string bookmark;          // optional outline entry at the table's top
  int bookmark_level = 0;
};

struct Spacer {
  double height = 0;  // pt; dropped at the top of a page
};

using Block = std::variant<Paragraph, Table, Spacer, Figure>;  // Figure: compose/figure.h

struct PageSetup {
  Orientation orientation = Orientation::Portrait;
  double width = 595.276;   // A4 portrait, pt
  double height = 841.89;
  double margin_top = 56.7, margin_right = 56.7, margin_bottom = 56.7, margin_left = 56.7;
};

PageSetup a4(Orientation o, double top, double right, double bottom, double left);

// Page furniture, added by layout after pagination. In the strings "{page}" is
// replaced with the page number and "{pages}" with the page count (both of the
// whole document).
struct Furniture {
  std::string footer_left, footer_center, footer_right;
  std::string header_left, header_right;
  double size = 8;
  Color color{0.25, 0.25, 0.25};
  std::string watermark;  // e.g. "DRAFT", drawn diagonally across every page; empty = none
  Color watermark_color{0.82, 0.82, 0.82};
};

struct Section {
  PageSetup page;
  std::vector<Block> blocks;
  // Set: replaces Document::furniture on every page of this section (an
  // agenda pack: no page number on the letter, "Agenda Item 7" on a report).
  std::optional<Furniture> furniture{};
  // Non-empty: an outline entry at the top of the section's first page, ahead
  // of the entries of its blocks (an agenda item above its report's entries).
  std::string bookmark{};
  int bookmark_level = 0;
};

struct Metadata {
  std::string title, author, subject, keywords, creator;
  std::string creation_date;  // ISO "2020-03-02", from the input, never the clock
};

struct Document {
  Metadata meta;
  FontSet fonts;
  Furniture furniture;  // on the pages of every section without its own
  std::vector<Section> sections;
};

}  // namespace bp::doc
