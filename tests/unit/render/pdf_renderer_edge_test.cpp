// render_pdf on unusual input: errors become RenderError (never a crash),
// fonts load lazily and once per file, bad UTF-8 is replaced, long documents.

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "qpdf_json.h"
#include "render/pdf_navigation.h"
#include "render/pdf_renderer.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

layout::LaidOutDocument one_page(std::vector<layout::Item> items) {
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  d.meta.title = "Edge case";
  layout::Page p;
  p.number = 1;
  p.items = std::move(items);
  d.pages.push_back(std::move(p));
  return d;
}

std::string render_error(const layout::LaidOutDocument& d) {
  try {
    render_pdf(d);
  } catch (const RenderError& e) {
    return e.what();
  }
  return "<no error>";
}

TEST(RenderPdfErrors, MissingFontFileIsARenderErrorNamingTheFile) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Hello")});
  d.fonts.regular = "/nonexistent/boardpack/NoSuchFont.ttf";
  const std::string msg = render_error(d);
  EXPECT_NE(msg.find("/nonexistent/boardpack/NoSuchFont.ttf"), std::string::npos) << msg;
  EXPECT_NE(msg.find("Regular"), std::string::npos) << msg;
}

TEST(RenderPdfErrors, FileThatIsNotAFontIsReportedThroughLibharu) {
  const ScratchDir dir("notafont");
  const auto fake = dir.write("fake.ttf", std::string(4096, 'x'));
  layout::LaidOutDocument d = one_page({text(50, 50, "Hello")});
  d.fonts.regular = fake;
  const std::string msg = render_error(d);
  EXPECT_NE(msg.find("fake.ttf"), std::string::npos) << msg;
  EXPECT_NE(msg.find("libharu error 0x"), std::string::npos) << msg;
  // The document is freed and a fresh one works afterwards.
  EXPECT_NO_THROW(render_pdf(one_page({text(50, 50, "Hello")})));
}

TEST(RenderPdfErrors, EmptyFontPathIsARenderError) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Hi", doc::FontFace::Italic)});
  d.fonts.italic.clear();
  EXPECT_NE(render_error(d).find("Italic"), std::string::npos);
}

TEST(RenderPdfErrors, InvalidFontSizeIsARenderErrorNamingThePage) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Hi", doc::FontFace::Regular, 0)});
  const std::string msg = render_error(d);
  EXPECT_NE(msg.find("page 1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("HPDF_PAGE_INVALID_FONT_SIZE"), std::string::npos) << msg;
}

TEST(RenderPdfErrors, NoPagesIsARenderError) {
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  EXPECT_NE(render_error(d).find("no pages"), std::string::npos);
}

TEST(RenderPdfErrors, MalformedCreationDateIsARenderError) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Hi")});
  d.meta.creation_date = "2020-02-30";
  EXPECT_NE(render_error(d).find("2020-02-30"), std::string::npos);
  d.meta.creation_date = "02/03/2020";
  EXPECT_NE(render_error(d).find("02/03/2020"), std::string::npos);
}

TEST(RenderPdfErrors, InternalLinkOutsideTheDocumentIsARenderError) {
  layout::LaidOutDocument d = one_page({text(50, 50, "See page 3")});
  d.pages[0].links.push_back({Rect{50, 40, 60, 12}, "#page=3"});
  EXPECT_NE(render_error(d).find("#page=3"), std::string::npos);
  d.pages[0].links[0].uri = "#section-2";
  EXPECT_NE(render_error(d).find("#section-2"), std::string::npos);
  d.pages[0].links[0].uri = "";
  EXPECT_NE(render_error(d).find("no target"), std::string::npos);
}

TEST(InternalLinkPage, ParsesOnlyPositivePageNumbers) {
  EXPECT_EQ(internal_link_page("#page=1"), 1);
  EXPECT_EQ(internal_link_page("#page=412"), 412);
  EXPECT_EQ(internal_link_page("#page=0"), 0);
  EXPECT_EQ(internal_link_page("#page=-2"), 0);
  EXPECT_EQ(internal_link_page("#page="), 0);
  EXPECT_EQ(internal_link_page("#page=2x"), 0);
  EXPECT_EQ(internal_link_page("https://example.org/#page=2"), 0);
}

TEST(RenderPdfFonts, OnlyFacesThatAreUsedAreLoaded) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Only regular text")});
  d.fonts.bold = "/nonexistent/Bold.ttf";  // never needed, so never opened
  const ScratchDir dir("lazy");
  const auto pdf = dir.write("lazy.pdf", render_pdf(d));
  const CommandResult r = run("pdffonts " + quoted(pdf));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("DejaVuSans,Book"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("Bold"), std::string::npos) << r.output;
}

TEST(RenderPdfFonts, AFileSharedByTwoFacesIsEmbeddedOnce) {
  layout::LaidOutDocument d = one_page(
      {text(50, 50, "Regular"), text(50, 70, "Italic falls back", doc::FontFace::Italic)});
  d.fonts.italic = d.fonts.regular;
  const ScratchDir dir("shared");
  const auto pdf = dir.write("shared.pdf", render_pdf(d));
  const CommandResult r = run("pdffonts " + quoted(pdf));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::size_t count = 0;
  for (auto at = r.output.find("DejaVuSans"); at != std::string::npos;
       at = r.output.find("DejaVuSans", at + 1))
    ++count;
  EXPECT_EQ(count, 1u) << r.output;
  const CommandResult t = run("pdftotext " + quoted(pdf) + " -");
  EXPECT_NE(t.output.find("Italic falls back"), std::string::npos) << t.output;
}

TEST(RenderPdfFonts, TwoCopiesOfOneFontShareOneUnicodeMap) {
  // Same PostScript name from two files: libharu keeps one font; the ToUnicode
  // map must cover the text drawn through both paths.
  const ScratchDir dir("copies");
  std::filesystem::copy_file(dejavu_fonts().regular, dir.path() / "copy.ttf");
  layout::LaidOutDocument d = one_page(
      {text(50, 50, "alpha £"), text(50, 70, "omega ↔", doc::FontFace::Italic)});
  d.fonts.italic = dir.path() / "copy.ttf";
  const auto pdf = dir.write("copies.pdf", render_pdf(d));
  const CommandResult t = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  ASSERT_EQ(t.exit_code, 0) << t.output;
  EXPECT_NE(t.output.find("alpha £"), std::string::npos) << t.output;
  EXPECT_NE(t.output.find("omega ↔"), std::string::npos) << t.output;
  EXPECT_EQ(t.output.find("Syntax"), std::string::npos) << t.output;
}

TEST(RenderPdfText, InvalidUtf8IsDrawnAsReplacementCharacters) {
  layout::LaidOutDocument d = one_page({text(50, 50, "bad \xC3 byte and \xFF end")});
  const ScratchDir dir("utf8");
  const auto pdf = dir.write("utf8.pdf", render_pdf(d));
  const CommandResult r = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("bad \xEF\xBF\xBD byte and \xEF\xBF\xBD end"), std::string::npos)
      << r.output;
}

TEST(RenderPdfText, CharactersBeyondTheBmpAreDrawnAsReplacementCharacters) {
  layout::LaidOutDocument d = one_page({text(50, 50, "x \xF0\x9D\x91\xA5 y")});  // U+1D465
  const ScratchDir dir("astral");
  const auto pdf = dir.write("astral.pdf", render_pdf(d));
  // -raw: poppler's reading-order mode drops the spaces around U+FFFD.
  const CommandResult r = run("pdftotext -raw -enc UTF-8 " + quoted(pdf) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("x \xEF\xBF\xBD y"), std::string::npos) << r.output;
}

TEST(RenderPdfText, EmptyCreationDateWritesNoDates) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Undated")});
  const ScratchDir dir("undated");
  const auto pdf = dir.write("undated.pdf", render_pdf(d));
  const CommandResult r = run("pdfinfo " + quoted(pdf));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.find("CreationDate"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("Creator:         boardpack"), std::string::npos) << r.output;
}

TEST(RenderPdfOutline, BadLevelsAreClampedNotDropped) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Body")});
  d.pages[0].bookmarks = {{"Deep first", 3, 10}, {"Negative", -1, 20}, {"Child", 1, 30},
                          {"Grandchild", 2, 40}, {"Skip to five", 5, 50}};
  const ScratchDir dir("levels");
  const auto pdf = dir.write("levels.pdf", render_pdf(d));
  const QpdfJson json(pdf);
  ASSERT_TRUE(json.ok()) << json.error();
  std::vector<const ptree*> top;
  for (const auto& [k, v] : json.root().get_child("outlines")) top.push_back(&v);
  ASSERT_EQ(top.size(), 2u);  // "Deep first" becomes level 0; "Negative" level 0
  EXPECT_EQ(top[0]->get<std::string>("title"), "Deep first");
  EXPECT_EQ(top[1]->get<std::string>("title"), "Negative");
  const ptree& kids = top[1]->get_child("kids");
  ASSERT_EQ(kids.size(), 1u);
  const ptree& child1 = kids.begin()->second;
  EXPECT_EQ(child1.get<std::string>("title"), "Child");
  const ptree& grandkids = child1.get_child("kids");
  ASSERT_EQ(grandkids.size(), 1u);
  const ptree& grandchild = grandkids.begin()->second;
  EXPECT_EQ(grandchild.get<std::string>("title"), "Grandchild");
  const ptree& deepest = grandchild.get_child("kids");  // level 5 nests one deeper
  ASSERT_EQ(deepest.size(), 1u);
  EXPECT_EQ(deepest.begin()->second.get<std::string>("title"), "Skip to five");
}

TEST(RenderPdfOutline, BookmarkBelowThePageBottomIsClampedToThePage) {
  layout::LaidOutDocument d = one_page({text(50, 50, "Body")});
  d.pages[0].bookmarks = {{"Too low", 0, 900}, {"Too high", 0, -20}};
  const ScratchDir dir("clamp");
  const auto pdf = dir.write("clamp.pdf", render_pdf(d));
  const QpdfJson json(pdf);
  ASSERT_TRUE(json.ok()) << json.error();
  std::vector<std::string> tops;
  for (const auto& [k, v] : json.root().get_child("outlines"))
    tops.push_back(array_values(v.get_child("dest")).at(3));
  ASSERT_EQ(tops.size(), 2u);
  EXPECT_NEAR(std::stod(tops[0]), 0, 0.01);
  EXPECT_NEAR(std::stod(tops[1]), 841.89, 0.01);
}

TEST(RenderPdfScale, FourHundredPagesRenderAndExtract) {
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  for (int n = 1; n <= 400; ++n) {
    layout::Page p;
    p.number = n;
    for (int line = 0; line < 50; ++line) {
      p.items.push_back(text(56.69, 70 + line * 14.2,
                             "Page " + std::to_string(n) + " line " + std::to_string(line) +
                                 ": the Board is asked to note the £ figures – ↑ ↓ ↔",
                             line == 0 ? doc::FontFace::Bold : doc::FontFace::Regular));
      if (line % 5 == 0) {
        layout::LineItem rule;
        rule.x1 = 56.69;
        rule.x2 = 538.58;
        rule.y1 = rule.y2 = 73 + line * 14.2;
        p.items.push_back(rule);
      }
    }
    p.bookmarks.push_back({"Page " + std::to_string(n), 0, 60});
    d.pages.push_back(std::move(p));
  }
  const auto start = std::chrono::steady_clock::now();
  const std::string bytes = render_pdf(d);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("render_seconds", std::to_string(seconds));  // a figure, never asserted

  const ScratchDir dir("scale");
  const auto pdf = dir.write("scale.pdf", bytes);
  const CommandResult info = run("pdfinfo " + quoted(pdf));
  EXPECT_NE(info.output.find("Pages:           400"), std::string::npos) << info.output;
  const CommandResult t = run("pdftotext -f 400 -l 400 " + quoted(pdf) + " -");
  EXPECT_NE(t.output.find("Page 400 line 49: the Board is asked to note the £ figures – ↑ ↓ ↔"),
            std::string::npos)
      << t.output;
  EXPECT_EQ(t.output.find("Syntax"), std::string::npos) << t.output;
}

}  // namespace
}  // namespace bp::render
