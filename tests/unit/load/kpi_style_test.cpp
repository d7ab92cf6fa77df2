// The house style's KPI rating rules (<ratings> in style.xml), the shipped
// styles' values, and the KPI files validating against the report schema.

#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "load/style_loader.h"

namespace bp::load {
namespace {

namespace fs = std::filesystem;

// A layouts folder holding one style "s" whose style.xml has `ratings` as its only part.
class ScratchLayouts {
 public:
  explicit ScratchLayouts(const std::string& ratings) {
    static int counter = 0;
    root_ = fs::temp_directory_path() /
            ("boardpack-kpi-style-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(root_ / "s");
    std::ofstream(root_ / "s" / "style.xml") << "<house-style name=\"s\">\n" << ratings << "\n</house-style>\n";
  }
  ~ScratchLayouts() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  ScratchLayouts(const ScratchLayouts&) = delete;
  ScratchLayouts& operator=(const ScratchLayouts&) = delete;
  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

std::string messages(const DiagnosticSink& sink) {
  std::string out;
  for (const Diagnostic& d : sink.all()) out += format_diagnostic(d) + "\n";
  return out;
}

TEST(KpiStyle, PointsOrPercent) {
  DiagnosticSink sink;
  ScratchLayouts points("<ratings amber-points=\"5\"/>");
  auto s = load_house_style(points.root(), "s", sink);
  ASSERT_TRUE(s) << messages(sink);
  EXPECT_EQ(s->ratings.amber_kind, model::RatingRules::Tolerance::Points);
  EXPECT_DOUBLE_EQ(s->ratings.amber, 5);

  ScratchLayouts percent("<ratings amber-percent=\"12.5\"/>");
  s = load_house_style(percent.root(), "s", sink);
  ASSERT_TRUE(s) << messages(sink);
  EXPECT_EQ(s->ratings.amber_kind, model::RatingRules::Tolerance::Percent);
  EXPECT_DOUBLE_EQ(s->ratings.amber, 12.5);
}

TEST(KpiStyle, DefaultIsTenPerCentOfTheTarget) {
  DiagnosticSink sink;
  ScratchLayouts none("");
  const auto s = load_house_style(none.root(), "s", sink);
  ASSERT_TRUE(s) << messages(sink);
  EXPECT_EQ(s->ratings.amber_kind, model::RatingRules::Tolerance::Percent);
  EXPECT_DOUBLE_EQ(s->ratings.amber, 10);
}

TEST(KpiStyle, ExactlyOneToleranceAndANumber) {
  for (const char* bad : {"<ratings/>", "<ratings amber-points=\"5\" amber-percent=\"10\"/>",
                          "<ratings amber-percent=\"10%\"/>", "<ratings amber-pc=\"10\"/>"}) {
    DiagnosticSink sink;
    ScratchLayouts l(bad);
    EXPECT_FALSE(load_house_style(l.root(), "s", sink)) << bad;
    ASSERT_FALSE(sink.all().empty()) << bad;
    EXPECT_EQ(sink.all()[0].where.line, 2u) << bad;
  }
  DiagnosticSink sink;
  ScratchLayouts l("<ratings amber-percent=\"10%\"/>");
  load_house_style(l.root(), "s", sink);
  EXPECT_NE(messages(sink).find("expected a number such as 10, found '10%'"), std::string::npos) << messages(sink);
}

TEST(KpiStyle, ShippedStylesRateAmberWithinTenPerCentAndHaveTheShades) {
  for (const char* name : {"health-and-wellbeing-board", "overview-and-scrutiny"}) {
    DiagnosticSink sink;
    const auto s = load_house_style(BOARDPACK_LAYOUTS, name, sink);
    ASSERT_TRUE(s) << messages(sink);
    EXPECT_EQ(s->ratings.amber_kind, model::RatingRules::Tolerance::Percent) << name;
    EXPECT_DOUBLE_EQ(s->ratings.amber, 10) << name;
    for (const char* shade : {"header", "rating-green", "rating-amber", "rating-red", "rating-neutral"})
      EXPECT_TRUE(s->shades.count(shade)) << name << " lacks " << shade;
  }
}

bool have_xmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

bool validates(const fs::path& schema, const fs::path& file) {
  const std::string cmd = "xmllint --noout --nonet --schema '" + schema.string() + "' '" +
                          file.string() + "' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

TEST(KpiSchema, KpiFilesValidateAndAWrongUnitDoesNot) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed";
  const fs::path schemas = fs::path(BOARDPACK_TEST_DATA) / ".." / ".." / "engine" / "load" / "schema";
  EXPECT_TRUE(validates(schemas / "report.xsd", fs::path(BOARDPACK_TEST_DATA) / "kpi" / "kpi-report.xml"));
  EXPECT_TRUE(validates(schemas / "report.xsd",
                        fs::path(BOARDPACK_SAMPLES) / "hwb-2020-03-11-send-improvement-plan.xml"));
  for (const char* style : {"health-and-wellbeing-board", "overview-and-scrutiny"})
    EXPECT_TRUE(validates(schemas / "house-style.xsd", fs::path(BOARDPACK_LAYOUTS) / style / "style.xml"));

  std::ifstream in(fs::path(BOARDPACK_TEST_DATA) / "kpi" / "kpi-report.xml");
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string from = "unit=\"weeks\"";
  ASSERT_NE(xml.find(from), std::string::npos);
  xml.replace(xml.find(from), from.size(), "unit=\"wks\"");
  const fs::path bad = fs::temp_directory_path() / ("boardpack-kpi-bad-" + std::to_string(::getpid()) + ".xml");
  std::ofstream(bad) << xml;
  EXPECT_FALSE(validates(schemas / "report.xsd", bad));
  fs::remove(bad);
}

}  // namespace
}  // namespace bp::load
