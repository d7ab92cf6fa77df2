#pragma once
// What layout produces: pages of positioned items. Renderers only ever see this.
//
// Coordinates are points with the origin at the page's TOP-LEFT and y growing
// downwards (renderers convert). Items are in drawing order (fills before text).

#include <string>
#include <variant>
#include <vector>

#include "compose/document.h"
#include "core/geometry.h"

namespace bp::layout {

// One node of the logical structure (for tagged PDF). Items point at the node
// they belong to; struct_id -1 marks an artefact (page furniture, rules, fills).
struct StructNode {
  doc::Role role = doc::Role::Paragraph;
  int heading_level = 0;
  int parent = -1;  // index into LaidOutDocument::structure, -1 = document root
};

struct TextItem {
  double x = 0;         // left edge of the text
  double baseline = 0;  // y of the baseline
  std::string text;     // UTF-8, one run of a single face on one line
  doc::FontFace face = doc::FontFace::Regular;
  double size = 11;
  Color color{0, 0, 0};
  double angle = 0;     // degrees, counter-clockwise (watermarks)
  double width = 0;     // measured advance width, pt
  int struct_id = -1;
};

struct RectItem {
  Rect rect;
  bool has_fill = false;
  Color fill{1, 1, 1};
  int struct_id = -1;
};

struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color{0, 0, 0};
};

using Item = std::variant<TextItem, RectItem, LineItem>;

struct Link {
  Rect rect;
  std::string uri;  // external: "https://...", "mailto:..."; internal: "#page=N" (1-based)
};

struct Bookmark {
  std::string title;
  int level = 0;  // 0 = top level; a level-1 entry nests under the previous level-0 entry
  double y = 0;   // top of the target on this page
};

struct Page {
  int number = 0;  // 1-based
  double width = 595.276, height = 841.89;
  std::vector<Item> items;
  std::vector<Link> links;
  std::vector<Bookmark> bookmarks;
};

struct LaidOutDocument {
  doc::Metadata meta;
  doc::FontSet fonts;
  std::vector<Page> pages;
  std::vector<StructNode> structure;
};

}  // namespace bp::layout
