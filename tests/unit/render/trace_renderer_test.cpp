// The text trace: exact golden output for a tiny hand-built document.

#include "render/trace_renderer.h"

#include <gtest/gtest.h>

namespace bp::render {
namespace {

layout::LaidOutDocument tiny_document() {
  layout::LaidOutDocument d;
  layout::Page p1;
  p1.number = 1;
  layout::RectItem band;
  band.rect = Rect{56.6929, 50, 481.889, 28.004};
  band.has_fill = true;
  band.fill = Color::rgb(0x1f, 0x38, 0x64);
  p1.items.push_back(band);
  layout::TextItem heading;
  heading.x = 62;
  heading.baseline = 70.126;
  heading.text = "Summary";
  heading.face = doc::FontFace::Bold;
  heading.size = 11;
  heading.struct_id = 3;
  p1.items.push_back(heading);
  layout::TextItem body;
  body.x = -0.001;
  body.baseline = 84.5;
  body.text = "Cost £2.5m – \"net\" \\ ↑\tend";
  body.color = Color{1, 1, 1};
  body.size = 10.5;
  p1.items.push_back(body);
  layout::LineItem rule;
  rule.x1 = 56.69;
  rule.y1 = 90;
  rule.x2 = 538.58;
  rule.y2 = 90;
  rule.color = Color{0.5, 0.5, 0.5};
  p1.items.push_back(rule);
  layout::RectItem cell;
  cell.rect = Rect{10, 20, 30, 40};
  cell.struct_id = 7;
  p1.items.push_back(cell);
  p1.links.push_back({Rect{56.69, 100, 120.5, 12}, "https://www.example.gov.uk/"});
  p1.bookmarks.push_back({"1. Introduction", 0, 50});
  p1.bookmarks.push_back({"1.1 “Scope”", 1, 120.333});

  layout::Page p2;
  p2.number = 2;
  p2.width = 841.89;
  p2.height = 595.276;
  layout::TextItem mark;
  mark.x = 200;
  mark.baseline = 450;
  mark.text = "DRAFT";
  mark.face = doc::FontFace::BoldItalic;
  mark.size = 96;
  mark.angle = 30;
  mark.color = Color{0.82, 0.82, 0.82};
  p2.items.push_back(mark);
  p2.links.push_back({Rect{0, 0, 10, 10}, "#page=1"});

  d.pages.push_back(p1);
  d.pages.push_back(p2);
  return d;
}

TEST(TraceRenderer, GoldenTinyDocument) {
  const std::string expected =
      "page 1 595.28x841.89\n"
      "rect 56.69 50 481.89 28 fill=#1f3864 s=-1\n"
      "text 62 70.13 Bold 11 \"Summary\" s=3\n"
      "text 0 84.5 Regular 10.5 \"Cost £2.5m – \\\"net\\\" \\\\ ↑\\x09end\" c=#ffffff s=-1\n"
      "line 56.69 90 538.58 90 w=0.5 c=#808080\n"
      "rect 10 20 30 40 nofill s=7\n"
      "link 56.69 100 120.5 12 \"https://www.example.gov.uk/\"\n"
      "bookmark 0 \"1. Introduction\" y=50\n"
      "bookmark 1 \"1.1 “Scope”\" y=120.33\n"
      "page 2 841.89x595.28\n"
      "text 200 450 BoldItalic 96 \"DRAFT\" c=#d1d1d1 a=30 s=-1\n"
      "link 0 0 10 10 \"#page=1\"\n";
  EXPECT_EQ(render_trace(tiny_document()), expected);
}

TEST(TraceRenderer, IsDeterministic) {
  const layout::LaidOutDocument d = tiny_document();
  EXPECT_EQ(render_trace(d), render_trace(d));
}

TEST(TraceRenderer, EmptyDocumentGivesEmptyTrace) {
  EXPECT_EQ(render_trace(layout::LaidOutDocument{}), "");
}

TEST(TraceRenderer, RoundsToTwoPlacesAndTrimsZeros) {
  layout::LaidOutDocument d;
  layout::Page p;
  p.number = 9;
  p.width = 100.1;
  p.height = 200;
  layout::LineItem l;
  l.x1 = 1.005001;  // rounds up
  l.y1 = 2.994;     // rounds down
  l.x2 = -3.5;
  l.y2 = 1234567.891;
  l.width = 0.25;
  p.items.push_back(l);
  d.pages.push_back(p);
  EXPECT_EQ(render_trace(d),
            "page 9 100.1x200\n"
            "line 1.01 2.99 -3.5 1234567.89 w=0.25 c=#000000\n");
}

}  // namespace
}  // namespace bp::render
