// The "place" check: lay out long, mixed documents and assert that no content
// crosses its page's frame (furniture aside), with real and fixed metrics.

#include "layout/placement_check.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout_test_util.h"

namespace bp::layout {
namespace {

using namespace bp::layout::testing;

doc::FontSet dejavu() {
  const std::filesystem::path dir = "/usr/share/fonts/truetype/dejavu";
  return doc::FontSet{dir / "DejaVuSans.ttf", dir / "DejaVuSans-Bold.ttf", dir / "DejaVuSans-Oblique.ttf",
                      dir / "DejaVuSans-BoldOblique.ttf"};
}

const char* kProse =
    "The revisit highlighted that partner agencies need to significantly demonstrate impact in outcomes "
    "for children and young people and support parents and carers through improvement in quality of "
    "education health care plans, improvements in joint working, transparency and implementation of a "
    "National Institute for Health & Care Excellence (NICE) compliant diagnostic pathway. See "
    "https://www.sefton.gov.uk/send-local-offer/education-health-and-care-plans?tab=timeliness&year=2019/20 "
    "for the 2019\xE2\x80\x93" "2020 figures (\xC2\xA3" "4.5m forecast overspend).";

doc::Paragraph heading(const std::string& text, int level) {
  doc::Paragraph h = para(text, level == 1 ? 14 : 12, 1.25);
  h.runs[0].face = doc::FontFace::Bold;
  h.role = doc::Role::Heading;
  h.heading_level = level;
  h.style.keep_with_next = true;
  h.style.space_before = 12;
  h.style.space_after = 6;
  h.bookmark = text;
  return h;
}

doc::Paragraph numbered(const std::string& label, const std::string& text) {
  doc::Paragraph p = para(text, 11, 1.25);
  p.label = label;
  p.label_width = 34;
  p.style.space_after = 6;
  p.runs.push_back(doc::TextRun{" Emphasised ending with a link.", doc::FontFace::BoldItalic, Color{0, 0, 0.6},
                                "https://www.example.gov.uk/"});
  return p;
}

doc::Table kpi_table(int rows) {
  doc::Table t;
  t.columns = {{doc::ColumnKind::Fixed, 40},  {doc::ColumnKind::Relative, 2}, {doc::ColumnKind::Auto, 0},
               {doc::ColumnKind::Fixed, 51},  {doc::ColumnKind::Fixed, 51},  {doc::ColumnKind::Relative, 3}};
  const auto c = [](const std::string& text, int colspan = 1, int rowspan = 1) {
    doc::Cell cell;
    cell.content.push_back(para(text, 7, 1.2));
    cell.colspan = colspan;
    cell.rowspan = rowspan;
    return cell;
  };
  doc::Row h1{{c("KPI", 1, 2), c("Action", 1, 2), c("Baseline", 1, 2), c("Performance Target", 2, 1),
               c("Commentary", 1, 2)}};
  doc::Row h2{{c("Oct-19"), c("Jan-20")}};
  for (auto& cell : h1.cells) cell.fill = Color{0.85, 0.9, 0.95};
  for (auto& cell : h2.cells) cell.fill = Color{0.85, 0.9, 0.95};
  t.header_rows = {h1, h2};
  for (int i = 0; i < rows; ++i) {
    std::string commentary = tagged("Row ", i) + ": ";
    const int repeat = (i % 17 == 5) ? 40 : 1 + i % 3;  // now and then a very tall row
    for (int k = 0; k < repeat; ++k) commentary += "Performance is improving but the backlog of reviews remains a risk. ";
    t.body_rows.push_back(doc::Row{{c(tagged("KPI ", i) + "/2a"), c("Timeliness of new EHCPs within 20 weeks"),
                                    c(i % 2 ? "58%" : "https://www.example.gov.uk/kpi/very/long/path/segment"),
                                    c("60%"), c("75%"), c(commentary)}});
  }
  t.space_before = 6;
  t.bookmark = "Appendix A";
  return t;
}

doc::Document report() {
  doc::Document d;
  d.furniture.footer_center = "Page {page} of {pages}";
  d.furniture.header_right = "Agenda Item 5";
  d.furniture.watermark = "DRAFT";
  doc::Section body;
  body.page = doc::a4(Orientation::Portrait, mm(20), mm(20), mm(20), mm(20));
  for (int s = 1; s <= 12; ++s) {
    body.blocks.push_back(heading(std::to_string(s) + tagged(". Section heading number ", s), 1));
    for (int k = 1; k <= 4; ++k) {
      body.blocks.push_back(numbered(std::to_string(s) + tagged(".", k) + ".10", kProse));
    }
    doc::Paragraph bullet = para(kProse, 11, 1.25);
    bullet.role = doc::Role::ListItem;
    bullet.label = "\xE2\x80\xA2";
    bullet.label_width = 14;
    bullet.style.left_indent = 34;
    body.blocks.push_back(bullet);
    body.blocks.push_back(doc::Spacer{8});
    if (s % 4 == 0) body.blocks.push_back(kpi_table(12));
  }
  doc::Section appendix;
  appendix.page = doc::a4(Orientation::Landscape, mm(15), mm(15), mm(15), mm(15));
  appendix.blocks.push_back(heading("Appendix A: Current KPI Performance", 1));
  appendix.blocks.push_back(kpi_table(300));
  d.sections = {body, appendix, body};
  return d;
}

void expect_well_placed(const doc::Document& d, const FontMetrics& m, std::size_t min_pages) {
  std::vector<Rect> frames;
  const LaidOutDocument out = lay_out(d, m, frames);
  ASSERT_GE(out.pages.size(), min_pages);
  ASSERT_EQ(frames.size(), out.pages.size());
  const std::vector<std::string> problems = check_placement(out, frames, m);
  for (std::size_t i = 0; i < problems.size() && i < 20; ++i) ADD_FAILURE() << problems[i];
  EXPECT_TRUE(problems.empty()) << problems.size() << " problems";
}

TEST(Placement, LongReportWithRealFontsStaysInsideItsFrames) {
  const auto m = load_truetype_metrics(dejavu());
  expect_well_placed(report(), *m, 40);
}

TEST(Placement, LongReportWithFixedMetricsStaysInsideItsFrames) {
  FixedMetrics m(0.55);
  expect_well_placed(report(), m, 40);
}

TEST(Placement, TinyPagesStillTerminateAndStayInside) {
  const auto m = load_truetype_metrics(dejavu());
  for (double height : {120.0, 160.0, 230.0}) {
    doc::Document d = report();
    for (auto& s : d.sections) s.page = page_setup(300, height, 20);
    expect_well_placed(d, *m, 10);
  }
}

TEST(Placement, CheckerCatchesTextOutsideTheFrame) {
  FixedMetrics m;
  LaidOutDocument d;
  d.pages.resize(1);
  d.pages[0].number = 1;
  TextItem t;
  t.x = 500;
  t.baseline = 100;
  t.width = 200;  // ends at 700 > 595
  t.text = "overflow";
  t.struct_id = 0;
  d.pages[0].items.emplace_back(t);
  const auto problems = check_placement(d, {Rect{50, 50, 495, 740}}, m);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("overflow"), std::string::npos);
}

TEST(Performance, ThousandRowLandscapeTable) {
  const auto m = load_truetype_metrics(dejavu());
  doc::Document d;
  doc::Section s;
  s.page = doc::a4(Orientation::Landscape, mm(15), mm(15), mm(15), mm(15));
  s.blocks.push_back(kpi_table(1000));
  d.sections.push_back(s);
  const auto t0 = std::chrono::steady_clock::now();
  const LaidOutDocument out = lay_out(d, *m);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("1000-row table: %zu pages in %.1f ms\n", out.pages.size(), ms);
  EXPECT_GT(out.pages.size(), 50u);
  EXPECT_LT(ms, 3000);  // generous: Debug and sanitizer builds; Release is ~100x under this
}

}  // namespace
}  // namespace bp::layout
