// Figures end to end below the CLI: a page with a KPI trend chart, a
// governance tree and a table with sparklines, laid out with the DejaVu
// metrics, passes the engine's placement check, renders to a PDF that qpdf
// accepts, whose labels come out of pdftotext and whose target line is
// stroked with a dash pattern. Also the trace of a dashed line.

#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "compose/document.h"
#include "layout/font_metrics.h"
#include "layout/layout_engine.h"
#include "layout/placement_check.h"
#include "render/pdf_renderer.h"
#include "render/trace_renderer.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

const Color kNavy = Color::rgb(0x1f, 0x38, 0x64);

doc::Paragraph heading(const std::string& text) {
  doc::Paragraph p;
  p.role = doc::Role::Heading;
  p.heading_level = 1;
  p.runs.push_back(doc::TextRun{text, doc::FontFace::Bold, Color{0, 0, 0}, ""});
  p.style.size = 13;
  p.style.space_after = 6;
  p.style.keep_with_next = true;
  return p;
}

doc::Cell cell(const std::string& text) {
  doc::Cell c;
  doc::Paragraph p;
  p.runs.push_back(doc::TextRun{text, doc::FontFace::Regular, Color{0, 0, 0}, ""});
  p.style.size = 9;
  c.content.push_back(p);
  return c;
}

doc::Figure chart_figure() {
  doc::LineChart c;
  c.title = "KPI 1/2a: EHC plans issued within 20 weeks";
  c.y_unit = "%";
  c.y_min = 0;
  doc::ChartSeries actual;
  actual.name = "Actual";
  actual.color = kNavy;
  actual.value_labels = true;
  actual.points = {{18170, 31.0, "Oct-19"}, {18201, 35.5, "Nov-19"}, {18231, 38.2, "Dec-19"},
                   {18262, 40.0, "Jan-20"}, {18293, 43.6, "Feb-20"}};
  doc::ChartSeries target;
  target.name = "Target trajectory";
  target.color = Color{0.4, 0.4, 0.4};
  target.line = doc::LineStyle::Dashed;
  target.marker = doc::MarkerShape::Square;
  target.marker_filled = false;
  target.points = {{18170, 30, ""}, {18262, 45, ""}, {18353, 60, "Apr-20"}};
  c.series = {actual, target};
  c.height = 220;
  doc::Figure f;
  f.content = c;
  f.alt = "Line chart: KPI 1/2a rose from 31% in October 2019 to 43.6% in February 2020, "
          "against a target rising to 60% by April 2020.";
  f.space_after = 12;
  return f;
}

doc::Figure tree_figure() {
  doc::TreeDiagram t;
  const auto node = [](std::string title, std::string detail, int parent) {
    doc::TreeNode n;
    n.title = std::move(title);
    n.detail = std::move(detail);
    n.parent = parent;
    n.fill = Color{0.87, 0.92, 0.97};
    return n;
  };
  t.nodes = {node("Health & Wellbeing Board", "Chair: Portfolio Holder for Adult and Health", -1),
             node("Integrated Care Board", "Chair: DCC Director of CYPS", 0),
             node("SEND Group", "Chair: Director of Nursing CCGs", 1),
             node("Inclusion, skills and opportunity", "", 2),
             node("Quality assurance and standards", "(Chaired by parent/carer rep)", 2),
             node("Access to services", "", 2)};
  doc::Figure f;
  f.content = t;
  f.alt = "Governance structure: the Health and Wellbeing Board oversees the Integrated Care Board, "
          "which oversees the SEND Group and its three workstreams.";
  f.align = doc::FigureAlign::Center;
  return f;
}

doc::Table trend_table() {
  doc::Table t;
  t.columns = {doc::Column{doc::ColumnKind::Relative, 1}, doc::Column{doc::ColumnKind::Fixed, 90}};
  t.header_rows.push_back(doc::Row{{cell("Measure"), cell("6 Point Trend")}});
  doc::Cell trend = cell("43.6%");
  doc::Sparkline s;
  s.values = {38, 40, 39, 42, 44, 43.6};
  s.color = kNavy;
  doc::Figure f;
  f.content = s;
  f.alt = "Six surveys, rising from 38% to 43.6%";
  trend.figure = f;
  t.body_rows.push_back(doc::Row{{cell("4/1 Parents who feel listened to"), trend}});
  return t;
}

doc::Document figure_document() {
  doc::Document d;
  d.fonts = dejavu_fonts();
  d.meta.title = "Figures";
  d.meta.creation_date = "2020-03-02";
  doc::Section s;
  s.page = doc::a4(Orientation::Portrait, mm(20), mm(20), mm(20), mm(20));
  s.blocks = {heading("Appendix A: trend"), chart_figure(), trend_table(), heading("Governance Structure"),
              tree_figure()};
  d.sections.push_back(std::move(s));
  return d;
}

class RenderedFigures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    metrics_ = layout::load_truetype_metrics(dejavu_fonts()).release();
    std::vector<Rect> frames;
    laid_ = new layout::LaidOutDocument(layout::lay_out(figure_document(), *metrics_, frames));
    problems_ = new std::vector<std::string>(layout::check_placement(*laid_, frames, *metrics_));
    dir_ = std::make_unique<ScratchDir>("figures");
    pdf_ = new std::filesystem::path(dir_->write("figures.pdf", render_pdf(*laid_)));
  }
  static void TearDownTestSuite() {
    delete pdf_;
    delete problems_;
    delete laid_;
    delete metrics_;
    dir_.reset();
  }

  static layout::FontMetrics* metrics_;
  static layout::LaidOutDocument* laid_;
  static std::vector<std::string>* problems_;
  static std::unique_ptr<ScratchDir> dir_;
  static std::filesystem::path* pdf_;
};
layout::FontMetrics* RenderedFigures::metrics_ = nullptr;
layout::LaidOutDocument* RenderedFigures::laid_ = nullptr;
std::vector<std::string>* RenderedFigures::problems_ = nullptr;
std::unique_ptr<ScratchDir> RenderedFigures::dir_;
std::filesystem::path* RenderedFigures::pdf_ = nullptr;

TEST_F(RenderedFigures, LayoutPassesThePlacementCheck) {
  for (const std::string& p : *problems_) ADD_FAILURE() << p;
  ASSERT_FALSE(laid_->pages.empty());
}

TEST_F(RenderedFigures, QpdfFindsNoProblem) {
  const CommandResult r = run("qpdf --check " + quoted(*pdf_));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("No syntax or stream encoding errors found"), std::string::npos) << r.output;
}

TEST_F(RenderedFigures, LabelsAreExtractableText) {
  CommandResult r = run("pdftotext " + quoted(*pdf_) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // Labels wrapped inside tree boxes come out on several lines: join them.
  r.output = std::regex_replace(r.output, std::regex(R"(\s+)"), " ");
  for (const char* label :
       {"KPI 1/2a: EHC plans issued within 20 weeks", "Oct-19", "Jan-20", "Feb-20", "Apr-20", "43.6%", "60%",
        "Actual", "Target trajectory", "6 Point Trend", "Health & Wellbeing Board", "Access to services",
        "(Chaired by parent/carer rep)"}) {
    EXPECT_NE(r.output.find(label), std::string::npos) << label << "\n" << r.output;
  }
}

TEST_F(RenderedFigures, TargetLineIsStrokedDashedAndTheDashIsReset) {
  const std::filesystem::path qdf = dir_->path() / "figures-qdf.pdf";
  const CommandResult r = run("qpdf --qdf --object-streams=disable " + quoted(*pdf_) + " " + quoted(qdf));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::ifstream in(qdf, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // "[6 3] <phase> d" sets the target's pattern; "[] 0 d" returns to solid.
  EXPECT_TRUE(std::regex_search(bytes, std::regex(R"(\[6 3\] [0-9.]+ d)")));
  EXPECT_TRUE(std::regex_search(bytes, std::regex(R"(\[\s*\] 0 d)")));
}

TEST(FigureTrace, DashedLinesShowTheirPatternAndPhase) {
  layout::LaidOutDocument d;
  layout::Page p;
  p.number = 1;
  layout::LineItem solid{10, 20, 30, 20, 1, Color{0, 0, 0}};
  layout::LineItem dashed{30, 20, 50, 40, 1.5, Color{0.5, 0.5, 0.5}};
  dashed.dash = {6, 3};
  dashed.dash_phase = 2.25;
  p.items = {solid, dashed};
  d.pages.push_back(p);
  EXPECT_EQ(render_trace(d),
            "page 1 595.28x841.89\n"
            "line 10 20 30 20 w=1 c=#000000\n"
            "line 30 20 50 40 w=1.5 c=#808080 dash=6,3 phase=2.25\n");
}

}  // namespace
}  // namespace bp::render
