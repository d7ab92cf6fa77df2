// HarfBuzz metrics from the real DejaVu fonts.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
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

std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A private copy of a font file that a test may overwrite.
class FontCopy {
 public:
  FontCopy(const std::string& name, const std::filesystem::path& from)
      : dir_(std::filesystem::temp_directory_path() /
             ("boardpack-metrics-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = dir_ / "Font.ttf";
    std::filesystem::copy_file(from, path_);
  }
  ~FontCopy() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_, path_;
};

TEST(FontFiles, AreReadOnceAndKeptForTheProcess) {
  const FontCopy copy("kept", dejavu().regular);
  EXPECT_EQ(stored_font_file(copy.path()), nullptr);  // never read yet
  const auto bytes = font_file_bytes(copy.path());
  ASSERT_NE(bytes, nullptr);
  EXPECT_TRUE(*bytes == file_bytes(dejavu().regular));
  EXPECT_EQ(stored_font_file(copy.path()), bytes);
  // Another spelling of the same path is the same file.
  EXPECT_EQ(stored_font_file(copy.dir() / "." / "Font.ttf"), bytes);

  // Edited on disk: this process keeps the bytes it read, and everything built
  // from them (metrics here, subsets in render) agrees with them.
  std::filesystem::copy_file(dejavu().bold, copy.path(), std::filesystem::copy_options::overwrite_existing);
  EXPECT_EQ(font_file_bytes(copy.path()), bytes);
  doc::FontSet fonts = dejavu();
  fonts.regular = copy.path();
  const auto m = load_truetype_metrics(fonts);
  const auto original = load_truetype_metrics(dejavu());
  EXPECT_DOUBLE_EQ(m->advance(doc::FontFace::Regular, U'a'), original->advance(doc::FontFace::Regular, U'a'));
  EXPECT_NE(m->advance(doc::FontFace::Regular, U'a'), original->advance(doc::FontFace::Bold, U'a'));
}

TEST(FontFiles, AnUnreadableFileIsNotKept) {
  const std::filesystem::path missing = std::filesystem::temp_directory_path() /
                                        ("boardpack-metrics-missing-" + std::to_string(::getpid()) + ".ttf");
  std::filesystem::remove(missing);
  EXPECT_EQ(font_file_bytes(missing), nullptr);
  EXPECT_EQ(stored_font_file(missing), nullptr);
  EXPECT_EQ(font_file_bytes(std::filesystem::temp_directory_path()), nullptr);  // a folder
  // Once it exists it is read (a failure is not remembered).
  std::filesystem::copy_file(dejavu().italic, missing);
  const auto bytes = font_file_bytes(missing);
  std::filesystem::remove(missing);
  ASSERT_NE(bytes, nullptr);
  EXPECT_TRUE(*bytes == file_bytes(dejavu().italic));
}

TEST(TrueTypeMetrics, AFontThatCouldNotBeLoadedIsTriedAgain) {
  const FontCopy copy("retry", dejavu().bold);
  doc::FontSet fonts = dejavu();
  fonts.bold = copy.dir() / "Later.ttf";
  EXPECT_THROW((void)load_truetype_metrics(fonts), std::runtime_error);
  std::filesystem::copy_file(copy.path(), fonts.bold);
  const auto m = load_truetype_metrics(fonts);
  EXPECT_DOUBLE_EQ(m->advance(doc::FontFace::Bold, U'a'), load_truetype_metrics(dejavu())->advance(doc::FontFace::Bold, U'a'));
}

TEST(TrueTypeMetrics, OutlinesAreReadFromTheKeptBytes) {
  const auto original = load_truetype_metrics(dejavu())->glyph_outline(doc::FontFace::Regular, U'o');
  ASSERT_FALSE(original.empty());
  std::unique_ptr<FontMetrics> m;
  {
    const FontCopy copy("outline", dejavu().regular);
    doc::FontSet fonts = dejavu();
    fonts.regular = copy.path();
    m = load_truetype_metrics(fonts);
  }  // the file is gone
  const auto outline = m->glyph_outline(doc::FontFace::Regular, U'o');
  ASSERT_EQ(outline.size(), original.size());
  for (std::size_t i = 0; i < outline.size(); ++i) {
    EXPECT_EQ(outline[i].op, original[i].op);
    EXPECT_TRUE(outline[i].points == original[i].points);
  }
}

}  // namespace
}  // namespace bp::layout
