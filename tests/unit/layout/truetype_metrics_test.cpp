// HarfBuzz metrics from the real DejaVu fonts.

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "layout/font_metrics.h"

namespace bp::layout {
namespace {

doc::FontSet dejavu() {
  const std::filesystem::path dir = "/usr/share/fonts/truetype/dejavu";
  return doc::FontSet{dir / "DejaVuSans.ttf", dir / "DejaVuSans-Bold.ttf", dir / "DejaVuSans-Oblique.ttf",
                      dir / "DejaVuSans-BoldOblique.ttf"};
}

TEST(TrueTypeMetrics, DejaVuAdvancesMatchTheHmtxTableIn1000thsOfAnEm) {
  const auto m = load_truetype_metrics(dejavu());
  // DejaVu Sans: unitsPerEm 2048; 'a' 1255 -> 612/1000; space 651 -> 317/1000.
  EXPECT_DOUBLE_EQ(m->advance(doc::FontFace::Regular, U'a'), 0.612);
  EXPECT_DOUBLE_EQ(m->advance(doc::FontFace::Regular, U' '), 0.317);
  EXPECT_GT(m->advance(doc::FontFace::Bold, U'a'), m->advance(doc::FontFace::Regular, U'a'));
  EXPECT_NEAR(m->ascender(doc::FontFace::Regular), 0.928, 0.001);
  EXPECT_NEAR(m->descender(doc::FontFace::Regular), 0.236, 0.001);
  EXPECT_TRUE(m->has_glyph(doc::FontFace::Regular, U'£'));
  EXPECT_TRUE(m->has_glyph(doc::FontFace::Italic, 0x2013));  // en dash
  EXPECT_GT(m->advance(doc::FontFace::Regular, U'£'), 0);
}

TEST(TrueTypeMetrics, MissingGlyphUsesNotdefAdvance) {
  const auto m = load_truetype_metrics(dejavu());
  const char32_t missing = 0xE000;  // private use: not in DejaVu Sans
  EXPECT_FALSE(m->has_glyph(doc::FontFace::Regular, missing));
  EXPECT_FALSE(m->has_glyph(doc::FontFace::Regular, 0x10FFFD));  // beyond the BMP, absent
  const double notdef = m->advance(doc::FontFace::Regular, missing);
  EXPECT_GT(notdef, 0);
  EXPECT_DOUBLE_EQ(m->advance(doc::FontFace::Regular, 0x10FFFD), notdef);
  // Beyond the BMP and present (DejaVu Sans maps U+1F600): its own advance.
  EXPECT_TRUE(m->has_glyph(doc::FontFace::Regular, 0x1F600));
  EXPECT_NE(m->advance(doc::FontFace::Regular, 0x1F600), notdef);
}

TEST(TrueTypeMetrics, TextWidthSumsAdvances) {
  const auto m = load_truetype_metrics(dejavu());
  const double a = m->advance(doc::FontFace::Regular, U'a');
  const double pound = m->advance(doc::FontFace::Regular, U'£');
  EXPECT_NEAR(m->text_width(doc::FontFace::Regular, "aa£", 10), (2 * a + pound) * 10, 1e-12);
  EXPECT_DOUBLE_EQ(m->text_width(doc::FontFace::Regular, "", 10), 0);
}

TEST(TrueTypeMetrics, UnreadableFontNamesTheFile) {
  doc::FontSet fonts = dejavu();
  fonts.bold = "/nonexistent/NoSuchFont.ttf";
  try {
    (void)load_truetype_metrics(fonts);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/NoSuchFont.ttf"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace bp::layout
