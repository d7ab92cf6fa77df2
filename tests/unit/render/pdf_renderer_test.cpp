// render_pdf, checked with real PDF readers: qpdf (structure, links, outline),
// pdffonts (embedding, Unicode maps), pdfinfo (metadata, page sizes) and
// pdftotext (extracted text, special characters, order).

#include "render/pdf_renderer.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <thread>

#include "qpdf_json.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

// Renders the sample document once for every test in the suite.
class RenderedSample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<ScratchDir>("sample");
    bytes_ = new std::string(render_pdf(sample_document()));
    pdf_ = new std::filesystem::path(dir_->write("sample.pdf", *bytes_));
  }
  static void TearDownTestSuite() {
    delete pdf_;
    delete bytes_;
    dir_.reset();
  }
  static std::string pdf() { return quoted(*pdf_); }

  static std::unique_ptr<ScratchDir> dir_;
  static std::string* bytes_;
  static std::filesystem::path* pdf_;
};
std::unique_ptr<ScratchDir> RenderedSample::dir_;
std::string* RenderedSample::bytes_ = nullptr;
std::filesystem::path* RenderedSample::pdf_ = nullptr;

// Lines of pdffonts output after the header, as whitespace-separated tokens.
std::vector<std::vector<std::string>> pdffonts_rows(const std::string& output) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(output);
  std::string line;
  bool body = false;
  while (std::getline(in, line)) {
    if (line.rfind("---", 0) == 0) {
      body = true;
      continue;
    }
    if (!body || line.empty()) continue;
    std::istringstream words(line);
    std::vector<std::string> row;
    for (std::string w; words >> w;) row.push_back(w);
    rows.push_back(row);
  }
  return rows;
}

// Parses "Page    2 size:  841.89 x 595.276 pts (A4)" from pdfinfo.
bool page_size(const std::string& info, int page, double& w, double& h) {
  const std::string key = "Page" + std::string(5 - std::to_string(page).size(), ' ') +
                          std::to_string(page) + " size:";
  const auto at = info.find(key);
  if (at == std::string::npos) return false;
  std::istringstream in(info.substr(at + key.size()));
  std::string x;
  return static_cast<bool>(in >> w >> x >> h) && x == "x";
}

std::string info_field(const std::string& info, const std::string& name) {
  std::istringstream in(info);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(name + ":", 0) != 0) continue;
    const auto start = line.find_first_not_of(' ', name.size() + 1);
    return start == std::string::npos ? "" : line.substr(start);
  }
  return "<missing>";
}

TEST_F(RenderedSample, StartsLikeAPdfAndPassesQpdfCheck) {
  ASSERT_GT(bytes_->size(), 1000u);
  EXPECT_EQ(bytes_->substr(0, 5), "%PDF-");
  const CommandResult r = run("qpdf --check " + pdf());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("No syntax or stream encoding errors found"), std::string::npos)
      << r.output;
  EXPECT_EQ(r.output.find("WARNING"), std::string::npos) << r.output;
}

TEST_F(RenderedSample, EmbedsEveryFaceOnceWithAUnicodeMap) {
  const CommandResult r = run("pdffonts " + pdf());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto rows = pdffonts_rows(r.output);
  ASSERT_EQ(rows.size(), 4u) << r.output;  // four faces used, each loaded once
  std::string names;
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 7u) << r.output;
    const std::size_t n = row.size();
    EXPECT_EQ(row[n - 5], "yes") << "not embedded: " << row[0];
    EXPECT_EQ(row[n - 3], "yes") << "no ToUnicode map: " << row[0];
    EXPECT_NE(std::find(row.begin(), row.end(), "Identity-H"), row.end()) << r.output;
    names += row[0] + " ";
  }
  EXPECT_NE(names.find("+DejaVuSans,"), std::string::npos) << names;
  EXPECT_NE(names.find("+DejaVuSans-Bold,"), std::string::npos) << names;
  EXPECT_NE(names.find("+DejaVuSans-Oblique,"), std::string::npos) << names;
  EXPECT_NE(names.find("+DejaVuSans-BoldOblique,"), std::string::npos) << names;
}

TEST_F(RenderedSample, WritesMetadataFromTheInput) {
  const CommandResult r = run("pdfinfo -isodates " + pdf());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(info_field(r.output, "Title"), "Better Care Fund – Quarter 3 Return");
  EXPECT_EQ(info_field(r.output, "Author"), "Director of Public Health");
  EXPECT_EQ(info_field(r.output, "Subject"), "Health and Wellbeing Board, 11 March 2020");
  EXPECT_EQ(info_field(r.output, "Keywords"), "BCF; performance");
  EXPECT_EQ(info_field(r.output, "Creator"), "boardpack");
  EXPECT_NE(info_field(r.output, "Producer").find("boardpack"), std::string::npos);
  // +00'00' in the file; poppler prints a zero offset as Z.
  EXPECT_EQ(info_field(r.output, "CreationDate"), "2020-03-02T00:00:00Z");
  EXPECT_EQ(info_field(r.output, "ModDate"), "2020-03-02T00:00:00Z");
  EXPECT_EQ(info_field(r.output, "Pages"), "2");
}

TEST_F(RenderedSample, HasPortraitThenLandscapeA4Pages) {
  const CommandResult r = run("pdfinfo -f 1 -l 2 " + pdf());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  double w = 0, h = 0;
  ASSERT_TRUE(page_size(r.output, 1, w, h)) << r.output;
  EXPECT_NEAR(w, 595.28, 0.01);
  EXPECT_NEAR(h, 841.89, 0.01);
  ASSERT_TRUE(page_size(r.output, 2, w, h)) << r.output;
  EXPECT_NEAR(w, 841.89, 0.01);
  EXPECT_NEAR(h, 595.28, 0.01);
}

TEST_F(RenderedSample, TextExtractsWithSpecialCharactersInOrder) {
  const CommandResult r = run("pdftotext -enc UTF-8 " + pdf() + " -");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // A broken ToUnicode map makes poppler complain on stderr (folded in here).
  EXPECT_EQ(r.output.find("Syntax Warning"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("Syntax Error"), std::string::npos) << r.output;
  for (const char* s : {"£", "’", "–", "↑", "↓", "↔"})
    EXPECT_NE(r.output.find(s), std::string::npos) << "missing " << s << " in:\n" << r.output;
  const char* in_order[] = {"1. Introduction",
                            "Spending rose by £2.5m – the Board’s target.",
                            "Trend: ↑ better, ↓ worse, ↔ unchanged.",
                            "Background papers",
                            "www.example.gov.uk/hwb",
                            "hwb@example.gov.uk",
                            "See the action plan on page 2.",
                            "2. Action plan",
                            "Owner: Integrated Care Board"};
  std::size_t at = 0;
  for (const char* s : in_order) {
    const auto found = r.output.find(s, at);
    ASSERT_NE(found, std::string::npos) << "\"" << s << "\" missing or out of order in:\n"
                                        << r.output;
    at = found + 1;
  }
  // Page 1's text comes before the form feed that ends page 1.
  EXPECT_LT(r.output.find("See the action plan"), r.output.find('\f'));
}

TEST_F(RenderedSample, SameInputGivesIdenticalBytes) {
  const std::string again = render_pdf(sample_document());
  ASSERT_EQ(again.size(), bytes_->size());
  EXPECT_TRUE(again == *bytes_);
  EXPECT_EQ(bytes_->find("/ID"), std::string::npos);  // no time-based file identifier
}

TEST_F(RenderedSample, ConcurrentRendersGiveTheSameBytes) {
  std::string a, b;
  std::thread t1([&] { a = render_pdf(sample_document()); });
  std::thread t2([&] { b = render_pdf(sample_document()); });
  t1.join();
  t2.join();
  EXPECT_TRUE(a == *bytes_);
  EXPECT_TRUE(b == *bytes_);
}

TEST_F(RenderedSample, LinksAreBorderlessAnnotationsWithTheRightTargets) {
  const QpdfJson json(*pdf_);
  ASSERT_TRUE(json.ok()) << json.error();
  const ptree* page1 = json.object(json.page_object(0));
  ASSERT_NE(page1, nullptr);
  const ptree* annots = child(*page1, "/Annots");
  ASSERT_NE(annots, nullptr);
  const std::vector<std::string> refs = array_values(*annots);
  ASSERT_EQ(refs.size(), 3u);

  std::vector<std::string> uris;
  std::string internal_target;
  for (const std::string& ref : refs) {
    const ptree* a = json.object(ref);
    ASSERT_NE(a, nullptr) << ref;
    EXPECT_EQ(a->get<std::string>("/Subtype"), "/Link");
    const ptree* border = child(*a, "/Border");
    ASSERT_NE(border, nullptr) << ref;
    EXPECT_EQ(array_values(*border), (std::vector<std::string>{"0", "0", "0"}));
    if (const ptree* action = child(*a, "/A")) {
      EXPECT_EQ(action->get<std::string>("/S"), "/URI");
      uris.push_back(action->get<std::string>("/URI"));
    } else {
      const ptree* dest = child(*a, "/Dest");
      ASSERT_NE(dest, nullptr) << ref;
      const ptree* dest_array = dest->data().empty() ? dest : json.object(dest->data());
      ASSERT_NE(dest_array, nullptr);
      const auto parts = array_values(*dest_array);
      ASSERT_GE(parts.size(), 2u);
      internal_target = parts[0];
      EXPECT_EQ(parts[1], "/XYZ");
    }
  }
  EXPECT_EQ(uris, (std::vector<std::string>{"u:https://www.example.gov.uk/hwb",
                                            "u:mailto:hwb@example.gov.uk"}));
  EXPECT_EQ(internal_target, json.page_object(1));  // "#page=2"

  // Rect of the first link: layout (56.69, 164, 130x13) on an 841.89 pt page.
  const ptree* first = json.object(refs[0]);
  const auto rect = array_values(first->get_child("/Rect"));
  ASSERT_EQ(rect.size(), 4u);
  EXPECT_NEAR(std::stod(rect[0]), 56.69, 0.01);
  EXPECT_NEAR(std::stod(rect[1]), 841.89 - 177, 0.01);
  EXPECT_NEAR(std::stod(rect[2]), 186.69, 0.01);
  EXPECT_NEAR(std::stod(rect[3]), 841.89 - 164, 0.01);
}

TEST_F(RenderedSample, OutlineNestsByLevelAndOpensInThePane) {
  const QpdfJson json(*pdf_);
  ASSERT_TRUE(json.ok()) << json.error();
  const ptree& outlines = json.root().get_child("outlines");
  std::vector<const ptree*> top;
  for (const auto& [k, v] : outlines) top.push_back(&v);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0]->get<std::string>("title"), "1. Introduction");
  EXPECT_EQ(top[0]->get<std::string>("destpageposfrom1"), "1");
  EXPECT_EQ(top[1]->get<std::string>("title"), "2. Action plan");
  EXPECT_EQ(top[1]->get<std::string>("destpageposfrom1"), "2");
  EXPECT_EQ(top[1]->get_child("kids").size(), 0u);

  const ptree& kids = top[0]->get_child("kids");
  ASSERT_EQ(kids.size(), 1u);
  const ptree& kid = kids.begin()->second;
  EXPECT_EQ(kid.get<std::string>("title"), "1.1 Background papers");
  EXPECT_EQ(kid.get<std::string>("destpageposfrom1"), "1");
  // Destination: XYZ at the bookmark's y (148 from the top of an 841.89 pt page), zoom 1.
  const auto dest = array_values(kid.get_child("dest"));
  ASSERT_EQ(dest.size(), 5u);
  EXPECT_EQ(dest[1], "/XYZ");
  EXPECT_NEAR(std::stod(dest[3]), 841.89 - 148, 0.01);
  EXPECT_EQ(dest[4], "1");

  const ptree* catalog = json.catalog();
  ASSERT_NE(catalog, nullptr);
  EXPECT_EQ(catalog->get<std::string>("/PageMode"), "/UseOutlines");
}

}  // namespace
}  // namespace bp::render
