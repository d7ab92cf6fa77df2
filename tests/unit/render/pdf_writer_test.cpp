// PdfWriter fed page by page, as lay_out streams pages into it: the same PDF
// as render_pdf, items let go, late furniture drawn as a second content stream
// with the page count, fonts subset to the characters of every page.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/pdf_renderer.h"
#include "render/pdf_writer.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

std::string stream(const layout::LaidOutDocument& doc,
                   const std::vector<std::pair<std::size_t, std::vector<layout::Item>>>& late = {}) {
  layout::LaidOutDocument copy = doc;
  PdfWriter writer(copy.meta, copy.fonts);
  for (layout::Page& page : copy.pages) {
    writer.page_done(page);
    EXPECT_TRUE(page.items.empty()) << "page " << page.number << " kept its items";
  }
  for (const auto& [index, items] : late) writer.late_items(index, std::vector<layout::Item>(items));
  return writer.finish(copy);
}

TEST(PdfWriter, PagesGivenOneByOneMakeTheSameBytesAsRenderPdf) {
  const layout::LaidOutDocument doc = sample_document();
  EXPECT_EQ(stream(doc), render_pdf(doc));
}

TEST(PdfWriter, LateItemsAreDrawnOnTheirPageInASecondContentStream) {
  layout::LaidOutDocument doc = sample_document();
  std::vector<std::pair<std::size_t, std::vector<layout::Item>>> late;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    layout::TextItem t = text(60, doc.pages[i].height - 20, "Page " + std::to_string(i + 1) + " of " +
                                           std::to_string(doc.pages.size()) + " Ωmega",
                              doc::FontFace::BoldItalic, 8);
    t.color = Color{0.25, 0.25, 0.25};
    late.emplace_back(i, std::vector<layout::Item>{t});
  }
  const ScratchDir dir("writer-late");
  const auto pdf = dir.write("late.pdf", stream(doc, late));

  const CommandResult check = run("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_EQ(check.output.find("WARNING"), std::string::npos) << check.output;
  for (int page = 1; page <= 2; ++page) {
    const CommandResult text = run("pdftotext -f " + std::to_string(page) + " -l " +
                                   std::to_string(page) + " " + quoted(pdf) + " -");
    EXPECT_EQ(text.exit_code, 0) << text.output;
    EXPECT_NE(text.output.find("Page " + std::to_string(page) + " of 2 Ωmega"), std::string::npos)
        << text.output;
    EXPECT_EQ(text.output.find("Syntax"), std::string::npos) << text.output;
  }
  // The late text's face (Bold Italic) and its character (Ω) are in the fonts,
  // which were subset after every page had been painted.
  const CommandResult fonts = run("pdffonts " + quoted(pdf));
  EXPECT_NE(fonts.output.find("DejaVuSans-BoldOblique"), std::string::npos) << fonts.output;
  const CommandResult contents =
      run("qpdf --qdf --object-streams=disable " +
          quoted(pdf) + " - | grep -a -A3 '/Contents \\['");
  EXPECT_NE(contents.output.find("/Contents ["), std::string::npos)
      << "no page has two content streams: " << contents.output;
}

TEST(PdfWriter, LateItemsForAPageThatDoesNotExistAreAnError) {
  layout::LaidOutDocument doc = sample_document();
  PdfWriter writer(doc.meta, doc.fonts);
  for (layout::Page& page : doc.pages) writer.page_done(page);
  EXPECT_THROW(writer.late_items(5, {text(10, 10, "x")}), RenderError);
}

TEST(PdfWriter, FinishWithoutPagesIsAnError) {
  layout::LaidOutDocument doc = sample_document();
  PdfWriter writer(doc.meta, doc.fonts);
  doc.pages.clear();
  EXPECT_THROW(writer.finish(doc), RenderError);
}

}  // namespace
}  // namespace bp::render
