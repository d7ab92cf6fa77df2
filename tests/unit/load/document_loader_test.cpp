// load_document: the standalone document root (title page fields and
// sections), its located errors, routing by root element, and the two
// document samples loading without a single diagnostic.

#include "load/document_loader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "load/document_kind.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

using namespace bp::model;
namespace fs = std::filesystem;

const std::string kData = BOARDPACK_TEST_DATA;
const fs::path kSamples = BOARDPACK_SAMPLES;

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

const char* const kHead =
    "<document style=\"health-and-wellbeing-board\" council=\"Durham County Council\" created=\"2018-04-24\">\n";

std::string document(const std::string& parts) { return std::string(kHead) + parts + "\n</document>\n"; }

const char* const kSection = "<section title=\"Introduction\"><p>Text.</p></section>";

TEST(DocumentLoader, MinimalDocumentTitlePageAndSections) {
  DiagnosticSink sink;
  const auto d = load_document(kData + "/minimal-document.xml", sink);
  ASSERT_TRUE(d) << all_messages(sink);
  EXPECT_EQ(d->style, "health-and-wellbeing-board");
  EXPECT_EQ(d->council, "Example Council");
  EXPECT_EQ(d->created, ymd(2019, 12, 2));
  EXPECT_EQ(d->title, "Example Improvement Plan Tracker");
  EXPECT_EQ(d->subtitle, "Special Educational Needs and Disabilities");
  EXPECT_EQ(d->date, (PlanDate{ymd(2019, 11, 1), true}));
  EXPECT_EQ(d->version, "1.0");
  ASSERT_EQ(d->sections.size(), 2u);
  EXPECT_EQ(d->sections[0].title, "About this tracker");
  EXPECT_TRUE(d->sections[0].numbered);
  EXPECT_EQ(d->sections[0].orientation, Orientation::Portrait);
  EXPECT_FALSE(d->sections[0].new_page);
  EXPECT_TRUE(std::holds_alternative<NumberedParagraph>(d->sections[0].content.at(0)));
  EXPECT_FALSE(d->sections[1].numbered);
  EXPECT_EQ(d->sections[1].orientation, Orientation::Landscape);
  EXPECT_TRUE(d->sections[1].new_page);
}

TEST(DocumentLoader, OptionalPartsAndDayDates) {
  DiagnosticSink sink;
  const auto d = load_document_text(
      document("<date>2018-04-24</date><title>Written Statement of Action</title>" + std::string(kSection)),
      "d.xml", sink);
  ASSERT_TRUE(d) << all_messages(sink);
  EXPECT_EQ(d->date, (PlanDate{ymd(2018, 4, 24), false}));
  EXPECT_EQ(d->subtitle, "");
  EXPECT_EQ(d->version, "");
  EXPECT_TRUE(d->sections.at(0).numbered);  // the default
}

struct Case {
  std::string parts;         // after the root's start tag (line 1), from line 2
  std::size_t line, column;  // in the whole file
  std::string message, hint;
};

TEST(DocumentLoader, MistakesAreLocated) {
  const std::vector<Case> cases = {
      {"<date>2018-04</date>" + std::string(kSection), 1, 1, "missing <title> in <document>", ""},
      {"<title>T</title>" + std::string(kSection), 1, 1, "missing <date> in <document>", ""},
      {"<title>T</title><date>2018-04</date>", 1, 1, "<document> needs at least one <section>",
       "<section title="},
      {"<title>T</title>\n<date>24/04/2018</date>" + std::string(kSection), 3, 7,
       "expected a date as YYYY-MM-DD or a month as YYYY-MM, found '24/04/2018' in <date>", "2018-04-24"},
      {"<title>T</title><date>2018-04</date>\n<title>U</title>" + std::string(kSection), 3, 1,
       "duplicate <title> in <document>: it may appear once", "line 2"},
      {"<title>T</title><date>2018-04</date>\n<sectoin title=\"A\"/>", 3, 1,
       "unknown element <sectoin> in <document>", "did you mean <section>?"},
      {"<title>T</title><date>2018-04</date>\n<section title=\"A\" orientation=\"landscap\"><p>x</p></section>",
       3, 20, "expected portrait or landscape, found 'landscap'", "did you mean 'landscape'?"},
      {"<title>T</title><date>2018-04</date>\n<section title=\"A\"/>", 3, 1, "empty <section>", ""},
      {"<title>T</title><date>2018-04</date>\n<section title=\"A\"><p>x</p><agenda/></section>", 3, 28,
       "unknown element <agenda> in <section>", ""},
  };
  for (const Case& c : cases) {
    DiagnosticSink sink;
    const auto d = load_document_text(document(c.parts), "d.xml", sink);
    EXPECT_FALSE(d) << c.message;
    ASSERT_EQ(sink.all().size(), 1u) << c.message << "\n" << all_messages(sink);
    const Diagnostic& got = sink.all().front();
    EXPECT_EQ(got.message, c.message);
    EXPECT_EQ(got.where.line, c.line) << c.message;
    EXPECT_EQ(got.where.column, c.column) << c.message;
    EXPECT_NE(got.hint.find(c.hint), std::string::npos) << got.hint;
  }
}

TEST(DocumentLoader, WrongRootIsNamed) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_document_text("<report/>", "d.xml", sink));
  ASSERT_FALSE(sink.all().empty());
  EXPECT_EQ(sink.all().front().message, "the root element must be <document>, found <report>");
}

TEST(DocumentLoader, DocumentsAreRoutedByTheirRoot) {
  EXPECT_EQ(sniff_document_kind(kData + "/minimal-document.xml"), DocumentKind::Document);
  EXPECT_EQ(sniff_document_kind(kSamples / "sefton-send-tracker-2019-11.xml"), DocumentKind::Document);
  EXPECT_EQ(sniff_document_kind(kData + "/minimal-report.xml"), DocumentKind::Report);
}

TEST(DocumentLoader, TheSamplesLoadCleanly) {
  for (const char* name : {"sefton-send-tracker-2019-11.xml", "durham-wsoa-2018-04-24.xml"}) {
    DiagnosticSink sink;
    const auto d = load_document(kSamples / name, sink);
    ASSERT_TRUE(d) << name << "\n" << all_messages(sink);
    EXPECT_TRUE(sink.all().empty()) << name << "\n" << all_messages(sink);
    bool has_plan = false;
    for (const DocumentSection& s : d->sections)
      for (const Block& b : s.content) has_plan = has_plan || std::holds_alternative<ActionPlan>(b);
    EXPECT_TRUE(has_plan) << name;
  }
}

}  // namespace
}  // namespace bp::load
