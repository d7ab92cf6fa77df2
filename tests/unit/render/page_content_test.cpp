// The operators PagePainter writes, read back from the PDF with qpdf: merged
// table rules, dash patterns, text as literal strings, items with non-finite
// numbers skipped.

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "qpdf_json.h"
#include "render/pdf_renderer.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

layout::LineItem line(double x1, double y1, double x2, double y2, double width = 0.5) {
  layout::LineItem l;
  l.x1 = x1;
  l.y1 = y1;
  l.x2 = x2;
  l.y2 = y2;
  l.width = width;
  return l;
}

// Renders one A4 page with `items` and returns its decoded content stream.
std::string page_content(std::vector<layout::Item> items, const std::string& name) {
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  layout::Page p;
  p.number = 1;
  p.items = std::move(items);
  d.pages.push_back(std::move(p));
  const ScratchDir dir("content-" + name);
  const auto pdf = dir.write("page.pdf", render_pdf(d));
  const CommandResult check = run("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  const QpdfJson json(pdf);
  if (!json.ok()) return "<" + json.error() + ">";
  const ptree* page = json.object(json.page_object(0));
  if (page == nullptr) return "<no page>";
  const std::string contents = page->get<std::string>("/Contents", "");
  const std::string number = contents.substr(0, contents.find(' '));
  return run("qpdf --show-object=" + number + " --filtered-stream-data " + quoted(pdf)).output;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

TEST(PageContent, ARuleDrawnCellByCellIsOneLine) {
  // Top rule of three cells (y = 100 from the top) and the two outer verticals.
  const std::string c = page_content({line(50, 100, 100, 100), line(100, 100, 150, 100),
                                      line(150, 100, 200, 100), line(50, 100, 50, 120),
                                      line(200, 100, 200, 120)},
                                     "rule");
  EXPECT_EQ(count(c, " m\n"), 3u) << c;
  EXPECT_NE(c.find("50 741.89 m\n200 741.89 l\n"), std::string::npos) << c;
  EXPECT_EQ(count(c, "S\n"), 1u) << c;
  EXPECT_NE(c.find("0.5 w\n"), std::string::npos) << c;
}

TEST(PageContent, DashedLinesKeepTheirSegmentsAndTheSolidStyleComesBack) {
  layout::LineItem a = line(50, 100, 100, 100);
  a.dash = {4, 2};
  layout::LineItem b = line(100, 100, 150, 100);
  b.dash = {4, 2};
  layout::LineItem bad = line(50, 140, 150, 140);
  bad.dash = {0, 0};  // no visible pattern: drawn solid
  const std::string c = page_content({a, b, line(50, 120, 150, 120), bad}, "dash");
  EXPECT_NE(c.find("[4 2] 0 d\n50 741.89 m\n100 741.89 l\n100 741.89 m\n150 741.89 l\nS\n"),
            std::string::npos)
      << c;
  EXPECT_NE(c.find("[] 0 d\n"), std::string::npos) << c;
  EXPECT_EQ(count(c, " d\n"), 2u) << c;
  // The two solid lines share one stroke.
  EXPECT_EQ(count(c, "S\n"), 2u) << c;
}

TEST(PageContent, TextIsWrittenAsLiteralsOfUnicodeCodes) {
  const std::string c =
      page_content({text(50, 50, "Hi (£)"), text(50, 70, "B", doc::FontFace::Bold)}, "text");
  EXPECT_NE(c.find("BT\n/F1 11 Tf\n50 791.89 Td\n"), std::string::npos) << c;
  const char expected[] = "(\0H\0i\0 \0\\(\0\xA3\0\\)) Tj\n";
  EXPECT_NE(c.find(std::string(expected, sizeof expected - 1)), std::string::npos) << c;
  EXPECT_NE(c.find("/F2 11 Tf\n0 -20 Td\n"), std::string::npos) << c;
  EXPECT_EQ(count(c, "BT\n"), 1u) << c;
}

TEST(PageContent, ItemsWithNonFiniteNumbersDrawNothing) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  layout::RectItem r;
  r.rect = Rect{10, 10, inf, 5};
  r.has_fill = true;
  const std::string c = page_content(
      {text(nan, 50, "lost"), r, line(0, nan, 10, 10), text(60, 50, "kept")}, "nan");
  EXPECT_EQ(c.find("re\n"), std::string::npos) << c;
  EXPECT_EQ(c.find(" m\n"), std::string::npos) << c;
  EXPECT_EQ(count(c, "Tj\n"), 1u) << c;
  EXPECT_EQ(c.find("nan"), std::string::npos) << c;
}

}  // namespace
}  // namespace bp::render
