// The draft watermark is drawn as filled glyph outlines (a PathItem), never as
// text: size page width / 6, along the diagonal, centred, drawn first, artefact.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <variant>

#include "layout/font_metrics.h"
#include "layout/furniture.h"
#include "layout/layout_engine.h"
#include "layout/placement_check.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;
using Op = PathCommand::Op;

doc::FontSet dejavu() {
  const std::filesystem::path dir = "/usr/share/fonts/truetype/dejavu";
  return doc::FontSet{dir / "DejaVuSans.ttf", dir / "DejaVuSans-Bold.ttf", dir / "DejaVuSans-Oblique.ttf",
                      dir / "DejaVuSans-BoldOblique.ttf"};
}

// Every point the path draws, curves sampled at 64 steps (independent of the
// exact extremum arithmetic in furniture.cpp).
std::vector<PathPoint> sample(const std::vector<PathCommand>& commands) {
  std::vector<PathPoint> out;
  PathPoint cur{};
  for (const PathCommand& c : commands) {
    if (c.op == Op::MoveTo || c.op == Op::LineTo) {
      cur = c.points[0];
      out.push_back(cur);
    } else if (c.op == Op::CurveTo) {
      for (int k = 1; k <= 64; ++k) {
        const double t = k / 64.0, s = 1 - t;
        const auto mix = [&](double a, double b, double cc, double d) {
          return s * s * s * a + 3 * s * s * t * b + 3 * s * t * t * cc + t * t * t * d;
        };
        out.push_back(PathPoint{mix(cur.x, c.points[0].x, c.points[1].x, c.points[2].x),
                                mix(cur.y, c.points[0].y, c.points[1].y, c.points[2].y)});
      }
      cur = c.points[2];
    }
  }
  return out;
}

Rect sampled_bounds(const std::vector<PathCommand>& commands) {
  const std::vector<PathPoint> pts = sample(commands);
  double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
  for (const PathPoint& p : pts) {
    x0 = std::min(x0, p.x);
    x1 = std::max(x1, p.x);
    y0 = std::min(y0, p.y);
    y1 = std::max(y1, p.y);
  }
  return Rect{x0, y0, x1 - x0, y1 - y0};
}

// Extent of the points projected on the unit direction (dx, dy).
double span(const std::vector<PathPoint>& pts, double dx, double dy) {
  double lo = std::numeric_limits<double>::max(), hi = -lo;
  for (const PathPoint& p : pts) {
    const double v = p.x * dx + p.y * dy;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  return hi - lo;
}

int count_ops(const std::vector<PathCommand>& cs, Op op) {
  return static_cast<int>(std::count_if(cs.begin(), cs.end(), [op](const PathCommand& c) { return c.op == op; }));
}

doc::Document draft(doc::PageSetup setup) {
  doc::Document d = document({para(words("word", 40), 10, 1.25)}, setup);
  d.furniture.watermark = "DRAFT";
  d.furniture.watermark_color = Color{0.8, 0.75, 0.7};
  d.furniture.footer_center = "Page {page}";
  return d;
}

// Nothing of the watermark is text: no item holds its letters, no text is rotated.
void expect_no_watermark_text(const Page& p) {
  for (const TextItem& t : texts(p)) {
    EXPECT_EQ(t.angle, 0) << t.text;
    EXPECT_EQ(t.text.find("DRAFT"), std::string::npos);
    for (const char* piece : {"D", "R", "A", "F", "T", "AF", "DR"}) EXPECT_NE(t.text, piece);
  }
}

TEST(Watermark, FixedMetricsGiveOneRotatedBoxPerLetterAdvancingByTheirWidths) {
  FixedMetrics m;  // glyph boxes 0.05 .. 0.45 em wide, 0 .. 0.7 em high
  const doc::Document d = draft(page_setup(200, 140, 20));
  const LaidOutDocument out = lay_out(d, m);
  ASSERT_FALSE(out.pages.empty());
  const double size = 200.0 / 6, a = std::atan2(140.0, 200.0);
  const double ux = std::cos(a), uy = -std::sin(a);   // along the text, y down
  const double vx = -std::sin(a), vy = -std::cos(a);  // "up" from the baseline
  for (const Page& p : out.pages) {
    ASSERT_FALSE(p.items.empty());
    const auto* w = std::get_if<PathItem>(&p.items.front());
    ASSERT_NE(w, nullptr) << "page " << p.number << ": the watermark is not the first item";
    EXPECT_EQ(w->struct_id, -1);
    EXPECT_EQ(w->fill, (Color{0.8, 0.75, 0.7}));
    expect_no_watermark_text(p);
    // Five closed boxes: MoveTo, 3 LineTo, Close each.
    ASSERT_EQ(w->commands.size(), 25u);
    EXPECT_EQ(count_ops(w->commands, Op::MoveTo), 5);
    EXPECT_EQ(count_ops(w->commands, Op::Close), 5);
    for (std::size_t g = 0; g < 5; ++g) {
      const PathPoint o = w->commands[g * 5].points[0];  // bottom-left of letter g's box
      const PathPoint r = w->commands[g * 5 + 1].points[0];
      const PathPoint t = w->commands[g * 5 + 2].points[0];
      // Box 0.4 em along the text and 0.7 em up.
      EXPECT_NEAR(r.x - o.x, 0.4 * size * ux, 1e-9);
      EXPECT_NEAR(r.y - o.y, 0.4 * size * uy, 1e-9);
      EXPECT_NEAR(t.x - r.x, 0.7 * size * vx, 1e-9);
      EXPECT_NEAR(t.y - r.y, 0.7 * size * vy, 1e-9);
      if (g > 0) {  // the pen moved by one advance (0.5 em)
        const PathPoint prev = w->commands[(g - 1) * 5].points[0];
        EXPECT_NEAR(o.x - prev.x, 0.5 * size * ux, 1e-9);
        EXPECT_NEAR(o.y - prev.y, 0.5 * size * uy, 1e-9);
      }
    }
    const Rect box = sampled_bounds(w->commands);
    EXPECT_NEAR(box.x + box.width / 2, 100, 1e-6);
    EXPECT_NEAR(box.y + box.height / 2, 70, 1e-6);
  }
}

TEST(Watermark, DejaVuOutlinesAreCentredAndTurnedAlongTheDiagonal) {
  const auto m = load_truetype_metrics(dejavu());
  for (const Orientation o : {Orientation::Portrait, Orientation::Landscape}) {
    const doc::PageSetup setup = doc::a4(o, mm(20), mm(20), mm(20), mm(20));
    std::vector<Rect> frames;
    const LaidOutDocument out = lay_out(draft(setup), *m, frames);
    ASSERT_FALSE(out.pages.empty());
    const Page& p = out.pages.front();
    const auto* w = std::get_if<PathItem>(&p.items.front());
    ASSERT_NE(w, nullptr);
    expect_no_watermark_text(p);
    EXPECT_EQ(w->struct_id, -1);
    // "D" and "R" have bowls: TrueType quadratics arrive as cubic curves.
    EXPECT_GT(count_ops(w->commands, Op::CurveTo), 4);
    EXPECT_EQ(w->commands.front().op, Op::MoveTo);
    EXPECT_EQ(count_ops(w->commands, Op::Close), count_ops(w->commands, Op::MoveTo));
    // D, R (2 contours each), A (2), F, T.
    EXPECT_EQ(count_ops(w->commands, Op::MoveTo), 8);

    const Rect box = sampled_bounds(w->commands);
    EXPECT_NEAR(box.x + box.width / 2, p.width / 2, 1.0);
    EXPECT_NEAR(box.y + box.height / 2, p.height / 2, 1.0);
    // Along the diagonal, not flat: the box is nearly as tall as it is wide.
    EXPECT_GT(box.height / box.width, 0.5) << "width " << box.width << " height " << box.height;
    EXPECT_LT(box.height / box.width, 2.0);
    EXPECT_GT(box.width, 150);

    // In the text's own frame: about the inked width of "DRAFT" along the text,
    // a capital's height (0.729 em in DejaVu Sans) across it.
    const double size = p.width / 6, a = std::atan2(p.height, p.width);
    const std::vector<PathPoint> pts = sample(w->commands);
    const double along = span(pts, std::cos(a), -std::sin(a));
    const double across = span(pts, -std::sin(a), -std::cos(a));
    const double advance = m->text_width(doc::FontFace::Regular, "DRAFT", size);
    EXPECT_GT(along, 0.9 * advance);
    EXPECT_LT(along, advance);
    EXPECT_NEAR(across, 0.729 * size, 0.01 * size);
    for (const std::string& problem : check_placement(out, frames, *m)) ADD_FAILURE() << problem;
  }
}

TEST(Watermark, GlyphOutlinesComeFromTheFontInEm) {
  const auto m = load_truetype_metrics(dejavu());
  const std::vector<PathCommand> t = m->glyph_outline(doc::FontFace::Regular, U'T');
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.front().op, Op::MoveTo);
  EXPECT_EQ(count_ops(t, Op::CurveTo), 0);  // straight strokes only
  EXPECT_EQ(count_ops(t, Op::Close), 1);
  const Rect tb = sampled_bounds(t);  // y up, em
  EXPECT_NEAR(tb.y, 0, 1e-9);                   // sits on the baseline
  EXPECT_NEAR(tb.y + tb.height, 0.729, 0.002);  // cap height
  EXPECT_GT(tb.x, -0.01);
  EXPECT_LT(tb.x + tb.width, m->advance(doc::FontFace::Regular, U'T') + 0.01);

  const std::vector<PathCommand> o = m->glyph_outline(doc::FontFace::Regular, U'O');
  EXPECT_EQ(count_ops(o, Op::MoveTo), 2);  // outer and inner contour
  EXPECT_GT(count_ops(o, Op::CurveTo), 4);
  // A quadratic converted to cubic stays within the glyph's box (overshoot of round letters).
  const Rect ob = sampled_bounds(o);
  EXPECT_NEAR(ob.y, -0.013, 0.005);
  EXPECT_NEAR(ob.y + ob.height, 0.742, 0.005);

  // DejaVu's curves are TrueType quadratics: each cubic must be one exactly
  // degree-elevated, so both of its control points lead back to the same
  // quadratic control point q = p0 + 3/2 (c1 - p0) = p3 + 3/2 (c2 - p3).
  for (const char32_t cp : {U'O', U'D', U'R', U'S', U'a'}) {
    const std::vector<PathCommand> g = m->glyph_outline(doc::FontFace::Regular, cp);
    PathPoint cur{};
    int curves = 0;
    for (const PathCommand& c : g) {
      if (c.op == Op::CurveTo) {
        const PathPoint& c1 = c.points[0];
        const PathPoint& c2 = c.points[1];
        const PathPoint& end = c.points[2];
        EXPECT_NEAR(cur.x + 1.5 * (c1.x - cur.x), end.x + 1.5 * (c2.x - end.x), 1e-6);
        EXPECT_NEAR(cur.y + 1.5 * (c1.y - cur.y), end.y + 1.5 * (c2.y - end.y), 1e-6);
        ++curves;
      }
      if (c.op != Op::Close) cur = c.points[static_cast<std::size_t>(c.point_count() - 1)];
    }
    EXPECT_GT(curves, 2) << static_cast<unsigned>(cp);
  }

  EXPECT_TRUE(m->glyph_outline(doc::FontFace::Regular, U' ').empty());
  EXPECT_NE(m->glyph_outline(doc::FontFace::Bold, U'T').size(), 0u);
  // Unmapped code points draw .notdef, as the renderer would.
  EXPECT_FALSE(m->glyph_outline(doc::FontFace::Regular, 0xE000).empty());
}

TEST(Watermark, BlankWatermarkDrawsNothing) {
  const auto m = load_truetype_metrics(dejavu());
  doc::Document d = draft(doc::a4(Orientation::Portrait, mm(20), mm(20), mm(20), mm(20)));
  d.furniture.watermark = "   ";
  const LaidOutDocument out = lay_out(d, *m);
  for (const Page& p : out.pages) {
    for (const Item& it : p.items) EXPECT_FALSE(std::holds_alternative<PathItem>(it));
    expect_no_watermark_text(p);
  }
  EXPECT_TRUE(watermark_path("", Color{}, 595, 842, *m).commands.empty());
}

}  // namespace
}  // namespace bp::layout
