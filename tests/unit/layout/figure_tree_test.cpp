// Tree diagrams: the governance structure of seed 004 and synthetic trees,
// through layout_tree and lay_out with fixed metrics (0.5 em characters,
// bold 0.55 em). A4 portrait with 20 mm margins: body 481.9 x 728.5 pt.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "layout/figure_tree.h"
#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "figure_test_util.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

constexpr double kTol = 1e-6;

// The box rectangles of a drawing: its filled RectItems, in node order.
std::vector<Rect> boxes(const std::vector<Item>& items) {
  std::vector<Rect> out;
  for (const Item& it : items) {
    if (const auto* r = std::get_if<RectItem>(&it); r && r->has_fill) out.push_back(r->rect);
  }
  return out;
}

std::vector<LineItem> black_lines(const std::vector<Item>& items, double width) {
  std::vector<LineItem> out;
  for (const Item& it : items) {
    if (const auto* l = std::get_if<LineItem>(&it); l && l->width == width) out.push_back(*l);
  }
  return out;
}

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.right() - kTol && b.x < a.right() - kTol && a.y < b.bottom() - kTol && b.y < a.bottom() - kTol;
}

bool has_line(const std::vector<LineItem>& lines, double x1, double y1, double x2, double y2) {
  const auto same = [](double a, double b) { return std::abs(a - b) < 1e-6; };
  return std::any_of(lines.begin(), lines.end(), [&](const LineItem& l) {
    return (same(l.x1, x1) && same(l.y1, y1) && same(l.x2, x2) && same(l.y2, y2)) ||
           (same(l.x1, x2) && same(l.y1, y2) && same(l.x2, x1) && same(l.y2, y1));
  });
}

// Does a horizontal (or vertical) connector line cover a..b at `at`?
bool covered(const std::vector<LineItem>& lines, bool horizontal, double at, double a, double b) {
  const double lo = std::min(a, b), hi = std::max(a, b);
  return std::any_of(lines.begin(), lines.end(), [&](const LineItem& l) {
    if (horizontal)
      return std::abs(l.y1 - at) < 1e-6 && std::abs(l.y2 - at) < 1e-6 && std::min(l.x1, l.x2) <= lo + 1e-6 &&
             std::max(l.x1, l.x2) >= hi - 1e-6;
    return std::abs(l.x1 - at) < 1e-6 && std::abs(l.x2 - at) < 1e-6 && std::min(l.y1, l.y2) <= lo + 1e-6 &&
           std::max(l.y1, l.y2) >= hi - 1e-6;
  });
}

std::string squeeze(std::string x) {
  std::erase(x, ' ');
  return x;
}

// Connectors are 0.6 pt wide here, box borders 0.75 pt: they can be told apart.
doc::TreeDiagram styled(doc::TreeDiagram t) {
  t.connector_width = 0.6;
  return t;
}

// Checks a laid-out tree: one box per node inside the drawing, no two
// overlapping, each child beyond its parent (below, or to the right) and
// joined to it by an elbow, each title in bold inside its own box.
void expect_sound_tree(const doc::TreeDiagram& tree, const Drawing& d, bool top_down, const FontMetrics& m) {
  const std::vector<Rect> b = boxes(d.items);
  ASSERT_EQ(b.size(), tree.nodes.size());
  for (std::size_t i = 0; i < b.size(); ++i) {
    for (std::size_t j = i + 1; j < b.size(); ++j) EXPECT_FALSE(overlap(b[i], b[j])) << i << " and " << j;
  }
  for (const Item& it : d.items) EXPECT_TRUE(inside(item_bounds(it, m), Rect{0, 0, d.width, d.height}));
  const auto lines = black_lines(d.items, 0.6);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const int p = tree.nodes[i].parent;
    if (p < 0) continue;
    const Rect& pr = b[static_cast<std::size_t>(p)];
    const Rect& cr = b[i];
    if (top_down) {
      ASSERT_GT(cr.y, pr.bottom()) << i;
      const double mid = pr.bottom() + (cr.y - pr.bottom()) / 2;
      const double px = pr.x + pr.width / 2, cx = cr.x + cr.width / 2;
      EXPECT_TRUE(has_line(lines, px, pr.bottom(), px, mid)) << "stem of " << p;
      EXPECT_TRUE(has_line(lines, cx, mid, cx, cr.y)) << "drop to " << i;
      if (std::abs(px - cx) > 1e-6) {
        EXPECT_TRUE(covered(lines, true, mid, px, cx)) << "bar to " << i;
      }
    } else {
      ASSERT_GT(cr.x, pr.right()) << i;
      const double mid = pr.right() + (cr.x - pr.right()) / 2;
      const double py = pr.y + pr.height / 2, cy = cr.y + cr.height / 2;
      EXPECT_TRUE(has_line(lines, pr.right(), py, mid, py)) << "stem of " << p;
      EXPECT_TRUE(has_line(lines, mid, cy, cr.x, cy)) << "branch to " << i;
      if (std::abs(py - cy) > 1e-6) {
        EXPECT_TRUE(covered(lines, false, mid, py, cy)) << "bar to " << i;
      }
    }
  }
  // Every title is bold text inside its own box (its lines, spaces aside).
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    std::string bold;
    for (const Item& it : d.items) {
      const auto* t = std::get_if<TextItem>(&it);
      if (t && t->face == doc::FontFace::Bold && inside(item_bounds(it, m), b[i])) bold += t->text;
    }
    EXPECT_EQ(squeeze(bold), squeeze(tree.nodes[i].title)) << i;
  }
}

std::string regular_text_in(const Drawing& d, const Rect& box, const FontMetrics& m) {
  std::string out;
  for (const Item& it : d.items) {
    const auto* t = std::get_if<TextItem>(&it);
    if (t && t->face == doc::FontFace::Regular && inside(item_bounds(it, m), box)) out += t->text;
  }
  return squeeze(out);
}

TEST(TreeDiagram, GovernanceTopDownOnALandscapePage) {
  doc::TreeDiagram tree = styled(governance_tree());
  tree.direction = doc::TreeDirection::TopDown;
  FixedMetrics m;
  const Drawing d = layout_tree(tree, 770, 480, m);  // A4 landscape body, 20 mm margins
  EXPECT_LE(d.width, 770 + kTol);
  EXPECT_LE(d.height, 480 + kTol);
  expect_sound_tree(tree, d, true, m);
  EXPECT_EQ(regular_text_in(d, boxes(d.items)[5], m), squeeze("Chair: Denise Elliot"));
}

TEST(TreeDiagram, GovernanceFitsAPortraitPageTopDownWithoutBreakingWords) {
  // Packed by outline, the 10 leaves of the structure need far fewer than 10
  // boxes across, so top-down fits A4 portrait at a legible size.
  const doc::TreeDiagram tree = styled(governance_tree());
  FixedMetrics m;
  const Drawing d = layout_tree(tree, 481.9, 728.5, m);
  EXPECT_LE(d.width, 481.9 + kTol);
  EXPECT_LE(d.height, 728.5 + kTol);
  expect_sound_tree(tree, d, true, m);
  const auto b = boxes(d.items);
  EXPECT_LT(d.width, 10 * b[0].width);
  // Words stay whole: every line ends at a space, '-' or '/' of the source.
  for (const Item& it : d.items) {
    const auto* t = std::get_if<TextItem>(&it);
    if (!t) continue;
    EXPECT_GE(t->size, tree.min_font_size);
    const std::string& last = t->text;
    bool whole = false;
    for (const doc::TreeNode& n : tree.nodes) {
      for (const std::string& src : {n.title, n.detail}) {
        const std::size_t at = src.find(last);
        if (at == std::string::npos) continue;
        const std::size_t after = at + last.size();
        const bool ends = after == src.size() || src[after] == ' ' || src[after - 1] == '-' || src[after - 1] == '/';
        const bool starts = at == 0 || src[at - 1] == ' ' || src[at - 1] == '-' || src[at - 1] == '/';
        whole = whole || (ends && starts);
      }
    }
    EXPECT_TRUE(whole) << "'" << last << "'";
  }
}

TEST(TreeDiagram, BoxesOfAGenerationShareTheirTopAndParentsAreCentred) {
  doc::TreeDiagram t;
  t.nodes = {tree_node("Board", "", -1), tree_node("A", "", 0), tree_node("B", "", 0), tree_node("C", "", 0)};
  FixedMetrics m;
  const Drawing d = layout_tree(t, 500, 500, m);
  const auto b = boxes(d.items);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_DOUBLE_EQ(b[1].y, b[2].y);
  EXPECT_DOUBLE_EQ(b[2].y, b[3].y);
  EXPECT_LT(b[1].x, b[2].x);
  EXPECT_LT(b[2].x, b[3].x);
  EXPECT_NEAR(b[0].x + b[0].width / 2, b[2].x + b[2].width / 2, 1e-9);
  // Default box width 130 pt, gaps 10 pt: three children side by side.
  EXPECT_DOUBLE_EQ(d.width, 3 * 130 + 2 * 10);
}

TEST(TreeDiagram, SubtreesArePackedByTheirOutlines) {
  // R -> A (-> A1 A2 A3), B: B sits beside A, above A's children, not beyond them.
  doc::TreeDiagram t;
  t.nodes = {tree_node("R", "", -1), tree_node("A", "", 0), tree_node("B", "", 0),
             tree_node("A1", "", 1), tree_node("A2", "", 1), tree_node("A3", "", 1)};
  FixedMetrics m;
  const Drawing d = layout_tree(t, 1000, 1000, m);
  const auto b = boxes(d.items);
  ASSERT_EQ(b.size(), 6u);
  EXPECT_DOUBLE_EQ(b[2].x, b[1].right() + 10);  // B one gap after A
  EXPECT_LT(b[2].x, b[5].right());              // and over A3, not past it
  EXPECT_DOUBLE_EQ(d.width, 3 * 130 + 2 * 10);  // as wide as A's children
  EXPECT_NEAR(b[1].x, b[4].x, 1e-9);            // A centred over A2
}

TEST(TreeDiagram, WideTreeInANarrowFrameGoesLeftRight) {
  doc::TreeDiagram t;
  t.nodes.push_back(tree_node("Health and Wellbeing Board", "", -1));
  for (int i = 0; i < 12; ++i) t.nodes.push_back(tree_node(tagged("Workstream group ", i + 1), "Lead: officer", 0));
  t = styled(t);
  FixedMetrics m;
  const Drawing d = layout_tree(t, 300, 700, m);
  EXPECT_LE(d.width, 300 + kTol);
  EXPECT_LE(d.height, 700 + kTol);
  const auto b = boxes(d.items);
  ASSERT_EQ(b.size(), 13u);
  // Children in one column to the right of the root, one under the other.
  for (std::size_t i = 1; i < b.size(); ++i) {
    EXPECT_GT(b[i].x, b[0].right());
    EXPECT_DOUBLE_EQ(b[i].x, b[1].x);
    if (i > 1) {
      EXPECT_GT(b[i].y, b[i - 1].bottom());
    }
    const double mid = b[0].right() + (b[i].x - b[0].right()) / 2;
    const double cy = b[i].y + b[i].height / 2;
    EXPECT_TRUE(has_line(black_lines(d.items, 0.6), mid, cy, b[i].x, cy)) << i;
  }
  // No text smaller than the least size is needed for this one.
  for (const Item& it : d.items) {
    if (const auto* x = std::get_if<TextItem>(&it)) {
      EXPECT_GE(x->size, t.min_font_size);
    }
  }
}

TEST(TreeDiagram, ForcedTopDownShrinksToFitTheWidth) {
  doc::TreeDiagram t;
  t.direction = doc::TreeDirection::TopDown;
  t.nodes.push_back(tree_node("Board", "", -1));
  for (int i = 0; i < 8; ++i) t.nodes.push_back(tree_node(tagged("Group ", i + 1), "", 0));
  FixedMetrics m;
  const Drawing d = layout_tree(t, 300, 700, m);
  EXPECT_LE(d.width, 300 + kTol);
  const auto b = boxes(d.items);
  for (std::size_t i = 1; i < b.size(); ++i) EXPECT_DOUBLE_EQ(b[i].y, b[1].y);
  for (std::size_t i = 0; i < b.size(); ++i)
    for (std::size_t j = i + 1; j < b.size(); ++j) EXPECT_FALSE(overlap(b[i], b[j]));
  for (const Item& it : d.items) EXPECT_TRUE(inside(item_bounds(it, m), Rect{0, 0, d.width, d.height}));
}

TEST(TreeDiagram, OnAPageIsOneFigureNodeInsideTheFrameAndCentredWhenAsked) {
  doc::Figure f;
  f.content = governance_tree();
  f.alt = "SEND governance: County Durham Partnership at the top";
  f.align = doc::FigureAlign::Center;
  doc::TreeDiagram small;
  small.nodes = {tree_node("Board", "", -1), tree_node("Group", "", 0)};
  doc::Figure g;
  g.content = small;
  g.alt = "Two boxes";
  g.align = doc::FigureAlign::Center;
  doc::PageSetup a4 = doc::a4(Orientation::Portrait, mm(20), mm(20), mm(20), mm(20));
  FixedMetrics m;
  std::vector<Rect> frames;
  const LaidOutDocument d = lay_out(document({para("Governance Structure"), f, g}, a4), m, frames);
  for (std::size_t i = 0; i < d.pages.size(); ++i)
    for (const std::string& s : outside(d.pages[i], frames[i], m)) ADD_FAILURE() << "page " << i + 1 << ": " << s;
  int figures = 0;
  for (const StructNode& n : d.structure) figures += n.role == doc::Role::Figure;
  EXPECT_EQ(figures, 2);
  // The two-box tree is 130 pt wide, centred in the frame.
  const Page& last = d.pages.back();
  double left = 1e9, right = 0;
  for (const RectItem& r : items_of<RectItem>(last)) {
    if (r.struct_id != static_cast<int>(d.structure.size()) - 1) continue;
    left = std::min(left, r.rect.x);
    right = std::max(right, r.rect.right());
  }
  ASSERT_LT(left, right);
  EXPECT_NEAR((left + right) / 2, frames.back().x + frames.back().width / 2, 1e-6);
}

TEST(TreeDiagram, BadParentsBecomeRootsAndEmptyTreesDrawNothing) {
  doc::TreeDiagram t;
  t.nodes = {tree_node("A", "", 1), tree_node("B", "", -1), tree_node("C", "", 7)};
  FixedMetrics m;
  const Drawing d = layout_tree(t, 500, 500, m);
  const auto b = boxes(d.items);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_DOUBLE_EQ(b[0].y, b[1].y);
  EXPECT_DOUBLE_EQ(b[1].y, b[2].y);
  EXPECT_TRUE(layout_tree(doc::TreeDiagram{}, 500, 500, m).items.empty());
}

}  // namespace
}  // namespace bp::layout
