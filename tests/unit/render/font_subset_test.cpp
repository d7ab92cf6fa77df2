// HarfBuzz subsetting (FontSource, subset_tag), private temporary files and the
// content-stream writer, each on its own.

#include "render/font_subset.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "embedded_fonts.h"
#include "layout/font_metrics.h"
#include "render/content_stream.h"
#include "render/pdf_renderer.h"
#include "render/temp_file.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

template <std::size_t N>
std::string bytes(const char (&s)[N]) {
  return std::string(s, N - 1);
}

CodeSet codes_of(const std::u16string& s) {
  CodeSet set;
  for (const char16_t c : s) set.set(c);
  return set;
}

TEST(FontSource, ReadsThePostScriptName) {
  const FontSource regular(dejavu_fonts().regular);
  ASSERT_TRUE(regular.usable());
  EXPECT_EQ(regular.postscript_name(), "DejaVuSans");
  EXPECT_EQ(FontSource(dejavu_fonts().bold).postscript_name(), "DejaVuSans-Bold");
}

TEST(FontSource, SubsetHoldsOnlyTheCharactersAskedForAndIsSmall) {
  const FontSource source(dejavu_fonts().regular);
  // "Ha£–↑" : H is always kept; x is added; .notdef is glyph 0.
  const std::string subset = source.subset(codes_of(u"Ha\u00A3\u2013\u2191"));
  ASSERT_FALSE(subset.empty());
  const Sfnt font(subset);
  EXPECT_EQ(font.glyph_count(), 7);  // .notdef H a x £ – ↑
  const auto lengths = font.glyph_lengths();
  ASSERT_EQ(lengths.size(), 7u);
  for (std::size_t g = 0; g < lengths.size(); ++g)
    EXPECT_GT(lengths[g], 0u) << "glyph " << g << " has no outline";  // .notdef keeps its box
  EXPECT_LT(subset.size(), 16000u);  // hinting programs included
  EXPECT_GT(std::filesystem::file_size(dejavu_fonts().regular), 500000u);
  // Only the tables libharu writes into the PDF, hinting kept.
  for (const char* tag : {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca",
                          "maxp", "name", "post", "prep"})
    EXPECT_TRUE(font.has_table(tag)) << tag;
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "kern"})
    EXPECT_FALSE(font.has_table(tag)) << tag;
}

TEST(FontSource, SameInputGivesTheSameBytes) {
  const CodeSet codes = codes_of(u"Spending rose by \u00A32.5m \u2013 the Board\u2019s target.");
  const std::string a = FontSource(dejavu_fonts().regular).subset(codes);
  const std::string b = FontSource(dejavu_fonts().regular).subset(codes);
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(a == b);
  EXPECT_FALSE(a == FontSource(dejavu_fonts().regular).subset(codes_of(u"other text")));
}

TEST(FontSource, AFileThatIsNotAFontIsNotUsable) {
  const ScratchDir dir("subset-notafont");
  const FontSource junk(dir.write("junk.ttf", std::string(4096, 'x')));
  EXPECT_FALSE(junk.usable());
  EXPECT_EQ(junk.postscript_name(), "");
  EXPECT_EQ(junk.subset(codes_of(u"abc")), "");
  EXPECT_FALSE(FontSource("/nonexistent/boardpack/none.ttf").usable());
}

TEST(FontSource, UsesTheBytesThisProcessReadForTheFile) {
  // The layout stage measured with the bytes it read first; the subset must
  // come from the same bytes, even if the file has been replaced since.
  const ScratchDir dir("subset-stored");
  const std::filesystem::path file = dir.path() / "Font.ttf";
  std::filesystem::copy_file(dejavu_fonts().regular, file);
  ASSERT_NE(layout::font_file_bytes(file), nullptr);
  std::filesystem::copy_file(dejavu_fonts().bold, file, std::filesystem::copy_options::overwrite_existing);
  const FontSource source(file);
  ASSERT_TRUE(source.usable());
  EXPECT_EQ(source.postscript_name(), "DejaVuSans");
  const CodeSet codes = codes_of(u"Agenda");
  EXPECT_TRUE(source.subset(codes) == FontSource(dejavu_fonts().regular).subset(codes));
}

TEST(SubsetTag, IsSixCapitalsFromTheBytes) {
  const std::string tag = subset_tag("some font bytes");
  ASSERT_EQ(tag.size(), 6u);
  for (const char c : tag) EXPECT_TRUE(c >= 'A' && c <= 'Z') << tag;
  EXPECT_EQ(subset_tag("some font bytes"), tag);
  std::set<std::string> tags;
  for (int i = 0; i < 100; ++i) tags.insert(subset_tag("font " + std::to_string(i)));
  EXPECT_GE(tags.size(), 99u);  // collisions are possible, but rare
}

TEST(TempFile, HoldsTheBytesAndIsRemovedWithItsOwner) {
  std::string path;
  {
    const TempFile file(kTempFontPrefix, std::string("abc\0def", 7));
    path = file.path();
    ASSERT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(std::filesystem::path(path).parent_path(), std::filesystem::temp_directory_path());
    EXPECT_EQ(std::filesystem::path(path).filename().string().rfind(kTempFontPrefix, 0), 0u);
    EXPECT_EQ(std::filesystem::file_size(path), 7u);
    const auto perms = std::filesystem::status(path).permissions();
    EXPECT_EQ(perms & std::filesystem::perms::others_read, std::filesystem::perms::none);
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(TempFile, IsRemovedWhenTheOwnerUnwinds) {
  std::string path;
  try {
    const TempFile file(kTempFontPrefix, "bytes");
    path = file.path();
    throw RenderError("later step failed");
  } catch (const RenderError&) {
  }
  ASSERT_FALSE(path.empty());
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ContentStream, WritesShortDecimals) {
  ContentStream out;
  out.length(56.69);
  out.length(0);
  out.length(-12.5);
  out.length(-0.0004);  // rounds to 0 on the 1/1000 grid
  out.length(-0.001);
  out.length(841.89);
  out.length(1e12);  // clamped
  out.scaled(1216, 4);
  out.scaled(10000, 4);
  EXPECT_EQ(out.bytes(), "56.69 0 -12.5 0 -0.001 841.89 1000000000 0.1216 1 ");
}

TEST(ContentStream, WritesOperators) {
  ContentStream out;
  out.begin_text();
  out.font("F2", 10.5);
  out.move_text(56690, -14200);
  out.text_matrix(0.8660254, 0.5, -0.5, 0.8660254, 200000, 145276);
  out.fill_color(Color{0.1216, 2, -1});
  out.stroke_color(Color{0.5, 0.5, 0.5});
  out.end_text();
  out.line_width(0.4);
  out.dash({4, 2}, 1.5);
  out.dash({}, 0);
  out.rect(10, 20, 30.25, 40);
  out.fill();
  out.move_to(1, 2);
  out.line_to(3, 4);
  out.curve_to(5, 6, 7, 8, 9, 10);
  out.close_path();
  out.stroke();
  EXPECT_EQ(out.bytes(),
            "BT\n/F2 10.5 Tf\n56.69 -14.2 Td\n0.866 0.5 -0.5 0.866 200 145.276 Tm\n"
            "0.1216 1 0 rg\n0.5 0.5 0.5 RG\nET\n0.4 w\n[4 2] 1.5 d\n[] 0 d\n"
            "10 20 30.25 40 re\nf\n1 2 m\n3 4 l\n5 6 7 8 9 10 c\nh\nS\n");
}

TEST(ContentStream, TextIsALiteralOfSixteenBitCodesWithEscapes) {
  ContentStream out;
  out.show_text("A(b)\\\xC2\xA3\xE2\x86\x94");  // A ( b ) \ £ ↔
  EXPECT_EQ(out.bytes(), bytes("(\0A\0\\(\0b\0\\)\0\\\\\0\xA3\x21\x94) Tj\n"));
  out.clear();
  // U+0D0A has the bytes CR LF; U+0A0D the other way round; NUL becomes U+FFFD.
  out.show_text("\xE0\xB4\x8A\xE0\xA8\x8D" + std::string(1, '\0'));
  EXPECT_EQ(out.bytes(), bytes("(\\r\\n\\n\\r\xFF\xFD) Tj\n"));
  out.clear();
  out.show_text("x\xF0\x9D\x91\xA5y\xFF");  // beyond the BMP, then an invalid byte
  EXPECT_EQ(out.bytes(), bytes("(\0x\xFF\xFD\0y\xFF\xFD) Tj\n"));
}

}  // namespace
}  // namespace bp::render
