// Filled paths (PathItem): the watermark drawn as glyph outlines reaches the
// PDF as vector paths, not text. Checked with qpdf (structure, operators),
// pdftotext (nothing extracts) and pdftoppm (the pixels are there).

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <numbers>
#include <regex>
#include <sstream>

#include "layout/font_metrics.h"
#include "layout/furniture.h"
#include "render/pdf_renderer.h"
#include "render/trace_renderer.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;
using layout::PathCommand;
using layout::PathPoint;

constexpr Color kGrey{0.82, 0.82, 0.82};  // 209 of 255 in grey

layout::LaidOutDocument one_page(std::vector<layout::Item> items) {
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  d.meta.title = "Paths";
  d.meta.creation_date = "2019-11-12";
  layout::Page p;
  p.number = 1;
  p.items = std::move(items);
  d.pages.push_back(std::move(p));
  return d;
}

// A4 page: the DRAFT watermark as outlines first, then two lines of body text.
layout::LaidOutDocument draft_page(bool with_watermark) {
  std::vector<layout::Item> items;
  if (with_watermark) {
    const auto metrics = layout::load_truetype_metrics(dejavu_fonts());
    items.emplace_back(layout::watermark_path("DRAFT", kGrey, 595.276, 841.89, *metrics));
  }
  items.emplace_back(text(56.69, 100, "Children and Young People's Plan", doc::FontFace::Bold, 14, 0));
  items.emplace_back(text(56.69, 130, "The Committee is asked to note the report.", doc::FontFace::Regular, 11, 1));
  return one_page(std::move(items));
}

struct Gray {
  int width = 0, height = 0;
  std::string pixels;
  int at(int x, int y) const {
    return static_cast<unsigned char>(pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                                             static_cast<std::size_t>(x)]);
  }
  // Pixels in [x0, x1) x [y0, y1) whose value lies in [lo, hi].
  int count(int x0, int y0, int x1, int y1, int lo, int hi) const {
    int n = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) n += at(x, y) >= lo && at(x, y) <= hi;
    return n;
  }
};

// Reads a binary PGM (P5, maxval 255) as pdftoppm writes it.
Gray read_pgm(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string magic;
  int maxval = 0;
  Gray g;
  in >> magic >> g.width >> g.height >> maxval;
  in.get();  // the single whitespace after maxval
  EXPECT_EQ(magic, "P5");
  EXPECT_EQ(maxval, 255);
  g.pixels.resize(static_cast<std::size_t>(g.width) * static_cast<std::size_t>(g.height));
  in.read(g.pixels.data(), static_cast<std::streamsize>(g.pixels.size()));
  EXPECT_EQ(in.gcount(), static_cast<std::streamsize>(g.pixels.size()));
  return g;
}

// Page 1 rendered in grey without anti-aliasing at `dpi`.
Gray raster(const ScratchDir& dir, const std::filesystem::path& pdf, int dpi) {
  const std::filesystem::path root = dir.path() / ("page-" + std::to_string(dpi));
  const CommandResult r = run("pdftoppm -r " + std::to_string(dpi) + " -gray -aa no -aaVector no -singlefile " +
                              quoted(pdf) + " " + quoted(root));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  std::filesystem::path pgm = root;
  pgm += ".pgm";
  return read_pgm(pgm);
}

// The page content streams, uncompressed (qpdf --qdf).
std::string content_of(const ScratchDir& dir, const std::filesystem::path& pdf) {
  const std::filesystem::path qdf = dir.path() / "qdf.pdf";
  const CommandResult r = run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  std::ifstream in(qdf, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(PathRender, WatermarkOutlinesPassQpdfAndExtractNoLetters) {
  ScratchDir dir("path-draft");
  const auto pdf = dir.write("draft.pdf", render_pdf(draft_page(true)));
  const CommandResult check = run("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("No syntax or stream encoding errors"), std::string::npos) << check.output;

  const CommandResult txt = run("pdftotext -layout " + quoted(pdf) + " -");
  ASSERT_EQ(txt.exit_code, 0) << txt.output;
  EXPECT_NE(txt.output.find("Children and Young People's Plan"), std::string::npos) << txt.output;
  EXPECT_NE(txt.output.find("The Committee is asked to note the report."), std::string::npos) << txt.output;
  EXPECT_EQ(txt.output.find("DRAFT"), std::string::npos) << txt.output;
  // No stray letters of the word anywhere: only the two lines of body text.
  const std::regex stray(R"((^|\s)(D|R|A|F|T|DR|RA|AF|FT)(\s|$))");
  EXPECT_FALSE(std::regex_search(txt.output, stray)) << txt.output;
  const CommandResult raw = run("pdftotext -raw " + quoted(pdf) + " -");
  EXPECT_FALSE(std::regex_search(raw.output, stray)) << raw.output;

  // The content stream fills curves (c ... h ... f) and has text only for the body.
  const std::string qdf = content_of(dir, pdf);
  EXPECT_NE(qdf.find(" c\n"), std::string::npos);
  EXPECT_NE(qdf.find("h\n"), std::string::npos);
  EXPECT_NE(qdf.find("f\n"), std::string::npos);
  EXPECT_NE(qdf.find("0.82 0.82 0.82 rg"), std::string::npos);
}

TEST(PathRender, WatermarkGreyIsPaintedAroundThePageCentre) {
  ScratchDir dir("path-pixels");
  const auto pdf = dir.write("draft.pdf", render_pdf(draft_page(true)));
  const Gray g = raster(dir, pdf, 20);
  ASSERT_NEAR(g.width, 165.4, 1);  // 595.276 pt at 20 dpi
  ASSERT_NEAR(g.height, 233.9, 1);
  const int cx = g.width / 2, cy = g.height / 2;
  // The watermark grey around the centre, none in the empty corners the
  // diagonal leaves (top left, bottom right).
  const int centre = g.count(cx - 30, cy - 30, cx + 30, cy + 30, 204, 214);
  EXPECT_GT(centre, 300) << "watermark-grey pixels near the centre";
  EXPECT_EQ(g.count(0, 0, 40, 40, 204, 214), 0);
  EXPECT_EQ(g.count(g.width - 40, g.height - 40, g.width, g.height, 204, 214), 0);
  const int whole = g.count(0, 0, g.width, g.height, 204, 214);
  EXPECT_GT(whole, 500);

  // Control: the same page without the watermark has no such grey.
  const auto plain = dir.write("plain.pdf", render_pdf(draft_page(false)));
  const Gray p = raster(dir, plain, 20);
  EXPECT_EQ(p.count(0, 0, p.width, p.height, 204, 214), 0);
}

// A disc of radius 100 pt (four cubic curves) with a square hole of side 60 pt
// wound the other way (non-zero winding leaves it empty), centred at (cx, cy) in page coordinates.
layout::PathItem ring(double cx, double cy) {
  const double r = 100, k = 0.5523 * r, h = 30;
  layout::PathItem p;
  p.fill = Color{0, 0, 0};
  using Op = PathCommand::Op;
  p.commands = {
      {Op::MoveTo, {PathPoint{cx + r, cy}}},
      {Op::CurveTo, {PathPoint{cx + r, cy + k}, PathPoint{cx + k, cy + r}, PathPoint{cx, cy + r}}},
      {Op::CurveTo, {PathPoint{cx - k, cy + r}, PathPoint{cx - r, cy + k}, PathPoint{cx - r, cy}}},
      {Op::CurveTo, {PathPoint{cx - r, cy - k}, PathPoint{cx - k, cy - r}, PathPoint{cx, cy - r}}},
      {Op::CurveTo, {PathPoint{cx + k, cy - r}, PathPoint{cx + r, cy - k}, PathPoint{cx + r, cy}}},
      {Op::Close, {}},
      {Op::MoveTo, {PathPoint{cx - h, cy - h}}},
      {Op::LineTo, {PathPoint{cx - h, cy + h}}},
      {Op::LineTo, {PathPoint{cx + h, cy + h}}},
      {Op::LineTo, {PathPoint{cx + h, cy - h}}},
      {Op::Close, {}},
  };
  return p;
}

TEST(PathRender, CurvesAndHolesAreDrawnWhereTheCommandsSay) {
  ScratchDir dir("path-ring");
  // Page y runs downwards: the ring sits 250 pt from the top.
  const auto pdf = dir.write("ring.pdf", render_pdf(one_page({ring(300, 250)})));
  EXPECT_EQ(run("qpdf --check " + quoted(pdf)).exit_code, 0);
  const Gray g = raster(dir, pdf, 72);  // one pixel a point
  ASSERT_NEAR(g.width, 595.3, 1);
  EXPECT_EQ(g.at(300, 250), 255) << "the hole is not painted";
  EXPECT_EQ(g.at(300 + 60, 250), 0) << "the ring is painted";
  EXPECT_EQ(g.at(300, 250 - 60), 0);
  EXPECT_EQ(g.at(300, 250 + 60), 0) << "y is measured from the top";
  EXPECT_EQ(g.at(300 + 92, 250 + 10), 0);
  // Curves, not straight lines to the control points: the corners of the
  // disc's square stay white, as does everything past the radius.
  EXPECT_EQ(g.at(300 + 90, 250 + 90), 255);
  EXPECT_EQ(g.at(300 - 90, 250 - 90), 255);
  EXPECT_EQ(g.at(300 + 106, 250), 255);
  EXPECT_EQ(g.at(300, 250 + 106), 255);
  EXPECT_EQ(g.count(0, 0, g.width, 140, 0, 254), 0) << "nothing above the ring";
}

TEST(PathRender, DegeneratePathsDrawNothingAndDoNotFail) {
  ScratchDir dir("path-degenerate");
  using Op = PathCommand::Op;
  layout::PathItem empty;
  layout::PathItem no_move;  // starts with LineTo: skipped up to the first MoveTo (none)
  no_move.commands = {{Op::LineTo, {PathPoint{10, 10}}}, {Op::Close, {}}};
  layout::PathItem bad;
  bad.commands = {{Op::MoveTo, {PathPoint{10, 10}}},
                  {Op::LineTo, {PathPoint{std::numeric_limits<double>::quiet_NaN(), 10}}}};
  layout::PathItem late;  // leading LineTo skipped, the triangle after it drawn
  late.commands = {{Op::LineTo, {PathPoint{500, 800}}},
                   {Op::MoveTo, {PathPoint{100, 700}}},
                   {Op::LineTo, {PathPoint{200, 700}}},
                   {Op::LineTo, {PathPoint{150, 600}}},
                   {Op::Close, {}}};
  const auto pdf = dir.write("degenerate.pdf", render_pdf(one_page({empty, no_move, bad, late})));
  const CommandResult check = run("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  const Gray g = raster(dir, pdf, 72);
  EXPECT_EQ(g.at(150, 680), 0);
  EXPECT_EQ(g.count(0, 0, g.width, 550, 0, 254), 0);
}

TEST(PathTrace, PathLineGivesBoxCountColourAndStructure) {
  layout::LaidOutDocument d;
  layout::Page p;
  p.number = 1;
  layout::PathItem item = ring(300, 250);
  item.fill = kGrey;
  p.items.push_back(item);
  d.pages.push_back(p);
  EXPECT_EQ(render_trace(d), "page 1 595.28x841.89\npath 200 150 200 200 n=11 fill=#d1d1d1 s=-1\n");
}

}  // namespace
}  // namespace bp::render
