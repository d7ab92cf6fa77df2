#pragma once
// What layout produces: pages of positioned items. Renderers only ever see this.
//
// Coordinates are points with the origin at the page's TOP-LEFT and y growing
// downwards (renderers convert). Items are in drawing order (fills before text).

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "compose/document.h"
#include "core/geometry.h"

namespace bp::layout {

// One node of the logical structure (for tagged PDF). Items point at the node
// they belong to; struct_id -1 marks an artefact (page furniture, rules, fills).
// A long table has a few nodes per cell, so a node is kept small: the
// alternative text of Figure nodes is in LaidOutDocument::alt_text.
struct StructNode {
  doc::Role role = doc::Role::Paragraph;
  int heading_level = 0;
  int parent = -1;  // index into LaidOutDocument::structure, -1 = document root
};

// (face and struct_id sit together: no padding, a long report has hundreds
// of thousands of items.)
struct TextItem {
  double x = 0;         // left edge of the text
  double baseline = 0;  // y of the baseline
  std::string text;     // UTF-8, one run of a single face on one line
  doc::FontFace face = doc::FontFace::Regular;
  int struct_id = -1;
  double size = 11;
  Color color{0, 0, 0};
  double angle = 0;     // degrees, counter-clockwise (watermarks)
  double width = 0;     // measured advance width, pt
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
  // Non-empty: dashed, alternating on/off lengths in pt ({4, 2}); the pattern
  // starts `dash_phase` pt into itself at (x1, y1), so the segments of one
  // polyline continue one pattern. Renderers may round lengths to whole points.
  std::vector<double> dash{};
  double dash_phase = 0;
};

struct PathPoint {
  double x = 0, y = 0;
  bool operator==(const PathPoint&) const = default;
};

// One step of a path. MoveTo and LineTo use points[0]; CurveTo is a cubic
// Bezier with control points points[0] and points[1] ending at points[2]
// (quadratic curves are converted to cubic before they get here); Close uses no
// point and closes the current subpath.
struct PathCommand {
  enum Op { MoveTo, LineTo, CurveTo, Close };
  Op op = MoveTo;
  std::array<PathPoint, 3> points{};
  int point_count() const { return op == CurveTo ? 3 : op == Close ? 0 : 1; }
};

// A filled outline (the draft watermark's glyphs). Commands are in absolute page
// coordinates (top-left origin, y down) and start with a MoveTo; subpaths are
// filled with the non-zero winding rule.
struct PathItem {
  std::vector<PathCommand> commands;
  Color fill{0, 0, 0};
  int struct_id = -1;
};

// Smallest rectangle holding every point of `commands`, curve control points
// included (so it may be a little larger than the drawn shape); empty commands
// give a zero rectangle.
inline Rect control_bounds(const std::vector<PathCommand>& commands) {
  bool any = false;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  for (const PathCommand& c : commands) {
    for (int i = 0; i < c.point_count(); ++i) {
      const PathPoint& p = c.points[static_cast<std::size_t>(i)];
      if (!any) {
        x0 = x1 = p.x;
        y0 = y1 = p.y;
        any = true;
      }
      x0 = std::min(x0, p.x);
      x1 = std::max(x1, p.x);
      y0 = std::min(y0, p.y);
      y1 = std::max(y1, p.y);
    }
  }
  return Rect{x0, y0, x1 - x0, y1 - y0};
}

using Item = std::variant<TextItem, RectItem, LineItem, PathItem>;

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
  // Alternative text of Figure nodes, by node index.
  std::map<int, std::string> alt_text;
  // 1-based number of the page on which each doc::Section starts, one entry
  // per section in order (every section starts a new page).
  std::vector<int> section_first_page;
};

}  // namespace bp::layout
