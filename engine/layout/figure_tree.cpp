// Tree diagram layout (see figure_tree.h).

#include "layout/figure_tree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "layout/paragraph_layout.h"

namespace bp::layout {
namespace {

constexpr double kEps = 1e-6;
constexpr double kFloorSize = 3;  // pt: the smallest font the fitting tries

using doc::FontFace;

// A subtree laid out along the cross axis: the near edge of each of its
// boxes, and per generation (0 = its root's) the extent its boxes cover.
struct Subtree {
  std::vector<std::pair<int, double>> edges;
  std::vector<double> lo, hi;

  double edge(int node) const {
    for (const auto& [k, e] : edges) if (k == node) return e;
    return 0;
  }
  // Shifts everything so the least edge is 0.
  void normalize() {
    if (lo.empty()) return;
    const double m = *std::min_element(lo.begin(), lo.end());
    for (auto& [k, e] : edges) e -= m;
    for (double& v : lo) v -= m;
    for (double& v : hi) v -= m;
  }
};

// Places `b` to the right of (below) `a` as close as it can go with every
// generation they share at least `gap` apart, and merges it into `a`.
void append(Subtree& a, Subtree b, double gap) {
  double shift = 0;
  if (!a.lo.empty()) {
    shift = -std::numeric_limits<double>::infinity();
    for (std::size_t d = 0; d < std::min(a.lo.size(), b.lo.size()); ++d) shift = std::max(shift, a.hi[d] + gap - b.lo[d]);
  }
  for (auto& [k, e] : b.edges) a.edges.emplace_back(k, e + shift);
  for (std::size_t d = 0; d < b.lo.size(); ++d) {
    if (d < a.lo.size()) {
      a.lo[d] = std::min(a.lo[d], b.lo[d] + shift);
      a.hi[d] = std::max(a.hi[d], b.hi[d] + shift);
    } else {
      a.lo.push_back(b.lo[d] + shift);
      a.hi.push_back(b.hi[d] + shift);
    }
  }
}

// Sizes that scale with the font.
struct Scale {
  double fs = 9, pad = 4, gap = 10, gap_levels = 18, border = 0.75;
};

struct Geometry {
  bool top_down = true;
  Scale s;
  double box_width = 0;
  double width = 0, height = 0;
  std::vector<Rect> rects;
};

class TreeLayout {
 public:
  TreeLayout(const doc::TreeDiagram& t, const FontMetrics& m) : t_(t), m_(m) {
    const std::size_t n = t.nodes.size();
    kids_.assign(n, {});
    depth_.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
      const int p = t.nodes[i].parent;
      if (p >= 0 && static_cast<std::size_t>(p) < i) {
        kids_[static_cast<std::size_t>(p)].push_back(static_cast<int>(i));
        depth_[i] = depth_[static_cast<std::size_t>(p)] + 1;
      } else {
        roots_.push_back(static_cast<int>(i));
      }
      levels_ = std::max(levels_, depth_[i] + 1);
    }
  }

  Drawing run(double frame_width, double max_height) {
    if (t_.nodes.empty()) return Drawing{};
    const double top = t_.font_size > 0 ? t_.font_size : 9;
    const double least = std::clamp(t_.min_font_size > 0 ? t_.min_font_size : top, kFloorSize, top);
    const bool td = t_.direction != doc::TreeDirection::LeftRight;
    const bool lr = t_.direction != doc::TreeDirection::TopDown;
    std::optional<Geometry> g;
    for (int pass = 0; pass < 2 && !g; ++pass) {  // pass 1: below the least size, words may break
      const double hi = pass == 0 ? top : least - 0.5;
      const double lo = pass == 0 ? least : kFloorSize;
      for (int dir = 0; dir < 2 && !g; ++dir) {
        if ((dir == 0 && !td) || (dir == 1 && !lr)) continue;
        for (double fs = hi; fs >= lo - kEps && !g; fs -= 0.5) {
          g = fit(dir == 0, fs, frame_width, max_height, pass == 1);
        }
      }
    }
    if (!g) g = measure(td, scale(kFloorSize), 4 * kFloorSize);
    return draw(*g);
  }

 private:
  Scale scale(double fs) const {
    const double k = fs / (t_.font_size > 0 ? t_.font_size : 9);
    return Scale{fs, t_.padding * k, t_.gap_between * k, std::max(t_.gap_levels * k, 6.0),
                 std::max(0.0, t_.border_width)};
  }

  static double inner_width(const Scale& s, double box_width) {
    return std::max(1.0, box_width - 2 * s.pad - 2 * s.border);
  }

  doc::Paragraph paragraph(const doc::TreeNode& node, double fs) const {
    doc::Paragraph p;
    p.role = doc::Role::Paragraph;
    if (!node.title.empty()) p.runs.push_back(doc::TextRun{node.title, FontFace::Bold, node.text, ""});
    if (!node.detail.empty()) {
      p.runs.push_back(doc::TextRun{(node.title.empty() ? "" : "\n") + node.detail, FontFace::Regular, node.text, ""});
    }
    p.style.size = fs;
    p.style.line_height = 1.2;
    p.style.align = doc::Align::Center;
    return p;
  }

  // Widest piece of text that cannot wrap in any box at `fs` (bold for
  // titles), pt: words split at spaces and after '-' and '/' (where the line
  // breaker may break them).
  double longest_word(double fs) const {
    double w = 0;
    const auto scan = [&](const std::string& s, FontFace face) {
      std::size_t b = 0;
      for (std::size_t i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size() || s[i] == ' ' || s[i] == '\n';
        const bool after = !end && (s[i] == '-' || s[i] == '/');
        if (!end && !after) continue;
        const std::size_t e = after ? i + 1 : i;
        if (e > b) w = std::max(w, m_.text_width(face, std::string_view(s).substr(b, e - b), fs));
        b = i + 1;
      }
    };
    for (const doc::TreeNode& n : t_.nodes) {
      scan(n.title, FontFace::Bold);
      scan(n.detail, FontFace::Regular);
    }
    return w;
  }

  std::optional<Geometry> fit(bool top_down, double fs, double frame_width, double max_height, bool allow_break) {
    const Scale s = scale(fs);
    const double widest = std::max(t_.box_width, 4 * fs);
    const double least_box = 2 * s.pad + fs * 2;
    const double word_box = std::min(widest, longest_word(fs) + 2 * s.pad + 1);
    const double min_box = allow_break ? least_box : std::max(least_box, word_box);
    const auto fits = [&](const Geometry& g) {
      return g.width <= frame_width + kEps && g.height <= max_height + kEps;
    };
    if (!top_down) {
      const double levels = static_cast<double>(levels_);
      const double cw = std::min(widest, (frame_width - (levels - 1) * s.gap_levels) / levels);
      if (cw < min_box - kEps) return std::nullopt;
      Geometry g = measure(false, s, cw);
      if (fits(g)) return g;
      return std::nullopt;
    }
    Geometry g = measure(true, s, widest);
    if (g.width > frame_width + kEps) {
      // Width grows with the box width: find the widest box that fits.
      if (measure(true, s, min_box).width > frame_width + kEps) return std::nullopt;
      double lo = min_box, hi = widest;
      for (int i = 0; i < 30 && hi - lo > 0.05; ++i) {
        const double mid = (lo + hi) / 2;
        (measure(true, s, mid).width <= frame_width + kEps ? lo : hi) = mid;
      }
      g = measure(true, s, lo);
    }
    if (fits(g)) return g;
    return std::nullopt;
  }

  Geometry measure(bool top_down, const Scale& s, double box_width) {
    const std::size_t n = t_.nodes.size();
    Geometry g;
    g.top_down = top_down;
    g.s = s;
    g.box_width = box_width;
    g.rects.assign(n, Rect{});
    std::vector<double> h(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
      const doc::Paragraph p = paragraph(t_.nodes[i], s.fs);
      h[i] = layout_paragraph(p, inner_width(s, box_width), m_).height() + 2 * s.pad + 2 * s.border;
    }
    // Main axis: per generation, its size and offset.
    const auto L = static_cast<std::size_t>(levels_);
    std::vector<double> main_size(L, 0), main_pos(L, 0);
    for (std::size_t i = 0; i < n; ++i) {
      auto& ms = main_size[static_cast<std::size_t>(depth_[i])];
      ms = top_down ? std::max(ms, h[i]) : box_width;
    }
    for (std::size_t d = 1; d < L; ++d) main_pos[d] = main_pos[d - 1] + main_size[d - 1] + s.gap_levels;
    const double main_total = main_pos[L - 1] + main_size[L - 1];

    // Cross axis: subtrees bottom-up (children have larger indices), each
    // packed against its left sibling as closely as their contours allow.
    std::vector<double> cross(n);
    for (std::size_t i = 0; i < n; ++i) cross[i] = top_down ? box_width : h[i];
    std::vector<Subtree> sub(n);
    for (std::size_t i = n; i-- > 0;) {
      Subtree kids;
      for (int k : kids_[i]) append(kids, std::move(sub[static_cast<std::size_t>(k)]), s.gap);
      Subtree& me = sub[i];
      double at = 0;
      if (!kids_[i].empty()) {
        const auto mid = [&](int k) { return kids.edge(k) + cross[static_cast<std::size_t>(k)] / 2; };
        at = (mid(kids_[i].front()) + mid(kids_[i].back())) / 2 - cross[i] / 2;
      }
      me.edges.emplace_back(static_cast<int>(i), at);
      me.lo.push_back(at);
      me.hi.push_back(at + cross[i]);
      me.edges.insert(me.edges.end(), kids.edges.begin(), kids.edges.end());
      me.lo.insert(me.lo.end(), kids.lo.begin(), kids.lo.end());
      me.hi.insert(me.hi.end(), kids.hi.begin(), kids.hi.end());
      me.normalize();
    }
    Subtree forest;
    for (int r : roots_) append(forest, std::move(sub[static_cast<std::size_t>(r)]), s.gap);
    forest.normalize();
    std::vector<double> centre(n, 0);
    for (const auto& [k, edge] : forest.edges) centre[static_cast<std::size_t>(k)] = edge + cross[static_cast<std::size_t>(k)] / 2;
    const double cross_total = forest.hi.empty() ? 0 : *std::max_element(forest.hi.begin(), forest.hi.end());

    for (std::size_t i = 0; i < n; ++i) {
      const auto d = static_cast<std::size_t>(depth_[i]);
      g.rects[i] = top_down ? Rect{centre[i] - box_width / 2, main_pos[d], box_width, main_size[d]}
                            : Rect{main_pos[d], centre[i] - h[i] / 2, box_width, h[i]};
    }
    g.width = top_down ? cross_total : main_total;
    g.height = top_down ? main_total : cross_total;
    return g;
  }

  Drawing draw(const Geometry& g) {
    Drawing d;
    d.width = g.width;
    d.height = g.height;
    const Color cc = t_.connector_color;
    const double cw = t_.connector_width;
    for (std::size_t i = 0; i < t_.nodes.size(); ++i) {
      if (kids_[i].empty() || !(cw > 0)) continue;
      const Rect& p = g.rects[i];
      if (g.top_down) {
        const double px = p.x + p.width / 2, mid = p.bottom() + g.s.gap_levels / 2;
        double lo = px, hi = px;
        d.items.emplace_back(LineItem{px, p.bottom(), px, mid, cw, cc});
        for (int k : kids_[i]) {
          const Rect& c = g.rects[static_cast<std::size_t>(k)];
          const double cx = c.x + c.width / 2;
          lo = std::min(lo, cx);
          hi = std::max(hi, cx);
          d.items.emplace_back(LineItem{cx, mid, cx, c.y, cw, cc});
        }
        if (hi > lo) d.items.emplace_back(LineItem{lo, mid, hi, mid, cw, cc});
      } else {
        const double py = p.y + p.height / 2, mid = p.right() + g.s.gap_levels / 2;
        double lo = py, hi = py;
        d.items.emplace_back(LineItem{p.right(), py, mid, py, cw, cc});
        for (int k : kids_[i]) {
          const Rect& c = g.rects[static_cast<std::size_t>(k)];
          const double cy = c.y + c.height / 2;
          lo = std::min(lo, cy);
          hi = std::max(hi, cy);
          d.items.emplace_back(LineItem{mid, cy, c.x, cy, cw, cc});
        }
        if (hi > lo) d.items.emplace_back(LineItem{mid, lo, mid, hi, cw, cc});
      }
    }
    Page tmp;
    for (std::size_t i = 0; i < t_.nodes.size(); ++i) {
      const doc::TreeNode& node = t_.nodes[i];
      const Rect& r = g.rects[i];
      box(d.items, r, node.fill, node.border, g.s.border);
      const doc::Paragraph p = paragraph(node, g.s.fs);
      const ParagraphBox text = layout_paragraph(p, inner_width(g.s, g.box_width), m_);
      LinePlacement at;
      at.frame_x = r.x + g.s.pad + g.s.border;
      at.top = r.y + (r.height - text.height()) / 2;
      tmp.items.clear();
      draw_lines(text, 0, text.lines.size(), at, tmp);
      for (Item& it : tmp.items) d.items.push_back(std::move(it));
    }
    return d;
  }

  const doc::TreeDiagram& t_;
  const FontMetrics& m_;
  std::vector<int> depth_, roots_;
  std::vector<std::vector<int>> kids_;
  int levels_ = 1;
};

}  // namespace

Drawing layout_tree(const doc::TreeDiagram& tree, double frame_width, double max_height, const FontMetrics& m) {
  return TreeLayout(tree, m).run(frame_width, max_height);
}

}  // namespace bp::layout
