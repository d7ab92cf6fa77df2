// render_pdf with subset fonts, read back with real readers: every face
// embedded as a tagged subset whose glyphs carry outlines, text extracting
// exactly (£ ’ – ↑ ↓ ↔ included), no temporary file left behind (also when
// loading fails), the same bytes whatever the temporary directory, and a
// file many times smaller than whole-font embedding.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include "bench_document.h"
#include "core/utf8.h"
#include "embedded_fonts.h"
#include "render/pdf_renderer.h"
#include "render/temp_file.h"
#include "render_test_support.h"

namespace bp::render {
namespace {

using namespace bp::render::testing;

// Points TMPDIR at a fresh scratch directory for the test's lifetime, so the
// test sees only its own temporary files (other programs may render in /tmp).
class PrivateTempDir {
 public:
  explicit PrivateTempDir(const std::string& name) : dir_("tmpdir-" + name) {
    const char* old = std::getenv("TMPDIR");
    had_old_ = old != nullptr;
    if (had_old_) old_ = old;
    ::setenv("TMPDIR", dir_.path().c_str(), 1);
  }
  ~PrivateTempDir() {
    if (had_old_) ::setenv("TMPDIR", old_.c_str(), 1);
    else ::unsetenv("TMPDIR");
  }
  const std::filesystem::path& path() const { return dir_.path(); }
  std::size_t entries() const {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir_.path())) ++n;
    return n;
  }

 private:
  ScratchDir dir_;
  bool had_old_ = false;
  std::string old_;
};

// Distinct non-space characters of the text drawn in `face`.
std::set<char32_t> characters(const layout::LaidOutDocument& d, doc::FontFace face) {
  std::set<char32_t> out;
  for (const auto& page : d.pages)
    for (const auto& item : page.items)
      if (const auto* t = std::get_if<layout::TextItem>(&item); t && t->face == face) {
        std::size_t i = 0;
        while (i < t->text.size()) {
          const char32_t cp = next_code_point(t->text, i);
          if (cp != U' ') out.insert(cp);
        }
      }
  return out;
}

TEST(RenderPdfSubset, EveryFaceIsATaggedSubsetWithOutlinesForItsCharacters) {
  const ScratchDir dir("subset-faces");  // before TMPDIR moves
  const PrivateTempDir tmp("faces");
  const layout::LaidOutDocument d = sample_document();
  const auto pdf = dir.write("faces.pdf", render_pdf(d));

  const auto fonts = embedded_fonts(pdf);
  ASSERT_EQ(fonts.size(), 4u);
  const std::regex tagged("[A-Z]{6}\\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?,[A-Za-z]+");
  std::set<std::string> tags;
  for (const EmbeddedFont& f : fonts) {
    EXPECT_TRUE(std::regex_match(f.base_font, tagged)) << f.base_font;
    tags.insert(f.base_font.substr(0, 6));
    EXPECT_NE(f.base_font.rfind("HPDF", 0), 0u) << "libharu's own sequential tag: " << f.base_font;
    const Sfnt program(f.program);
    const int glyphs = program.glyph_count();
    // .notdef, H and x besides the characters drawn: never the whole font.
    EXPECT_GT(glyphs, 3) << f.base_font;
    EXPECT_LT(glyphs, 60) << f.base_font;
    EXPECT_LT(f.font_file_bytes, 12000u) << f.base_font;
    EXPECT_LT(f.cid_to_gid_bytes, 1000u) << f.base_font;
  }
  EXPECT_EQ(tags.size(), 4u);  // one tag per subset

  // The regular face: one glyph with an outline per character drawn (libharu
  // would leave unmarked glyphs empty and the text invisible).
  for (const EmbeddedFont& f : fonts) {
    if (f.base_font.find("+DejaVuSans,") == std::string::npos) continue;
    const auto chars = characters(d, doc::FontFace::Regular);
    const auto lengths = Sfnt(f.program).glyph_lengths();
    std::size_t with_outline = 0;
    for (const std::size_t n : lengths) with_outline += n > 0 ? 1 : 0;
    EXPECT_GE(with_outline, chars.size()) << f.base_font;
    EXPECT_LE(lengths.size(), chars.size() + 4);  // + .notdef, space, H, x
  }

  const CommandResult t = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  ASSERT_EQ(t.exit_code, 0) << t.output;
  EXPECT_EQ(t.output.find("Syntax"), std::string::npos) << t.output;
  EXPECT_NE(t.output.find("Spending rose by £2.5m – the Board’s target."), std::string::npos)
      << t.output;
  EXPECT_NE(t.output.find("Trend: ↑ better, ↓ worse, ↔ unchanged."), std::string::npos)
      << t.output;
  EXPECT_EQ(tmp.entries(), 0u);
}

TEST(RenderPdfSubset, NestedCompositeGlyphsKeepAllTheirParts) {
  // ǻ is a composite of å (itself a + ring) and an acute; libharu follows
  // composites one level deep only, so a and the ring would be left empty.
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  layout::Page p;
  p.number = 1;
  p.items.push_back(text(50, 80, "\u01FB \u01C5 \u1E69 \u1EAB", doc::FontFace::Regular, 24));
  d.pages.push_back(std::move(p));
  const ScratchDir dir("subset-composite");
  const auto pdf = dir.write("composite.pdf", render_pdf(d));
  const auto fonts = embedded_fonts(pdf);
  ASSERT_EQ(fonts.size(), 1u);
  const auto lengths = Sfnt(fonts[0].program).glyph_lengths();
  ASSERT_GT(lengths.size(), 8u);  // the four characters and their parts
  std::size_t empty = 0;
  for (const std::size_t n : lengths) empty += n == 0 ? 1 : 0;
  EXPECT_EQ(empty, 1u);  // the space only
}

TEST(RenderPdfSubset, PdffontsShowsEmbeddedSubsetsWithUnicodeMaps) {
  const ScratchDir dir("subset-pdffonts");
  const auto pdf = dir.write("fonts.pdf", render_pdf(sample_document()));
  const CommandResult r = run("pdffonts " + quoted(pdf));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::regex row("([A-Z]{6}\\+\\S+)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s");
  std::size_t rows = 0;
  for (std::sregex_iterator it(r.output.begin(), r.output.end(), row), end; it != end; ++it)
    ++rows;
  EXPECT_EQ(rows, 4u) << r.output;
}

TEST(RenderPdfSubset, NoTemporaryFileIsLeftBehind) {
  const PrivateTempDir tmp("clean");
  for (int i = 0; i < 3; ++i) render_pdf(sample_document());
  EXPECT_EQ(tmp.entries(), 0u);
}

TEST(RenderPdfSubset, NoTemporaryFileIsLeftWhenLibharuRejectsTheSubset) {
  // A copy of DejaVu Sans whose OS/2 fsType forbids embedding: HarfBuzz
  // subsets it (the temporary file is written), then libharu refuses it.
  const ScratchDir dir("subset-restricted");
  std::string font;
  {
    std::ifstream in(dejavu_fonts().regular, std::ios::binary);
    font.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::size_t tables = static_cast<unsigned char>(font[4]) << 8 |
                             static_cast<unsigned char>(font[5]);
  std::size_t os2 = 0;
  for (std::size_t i = 0; i < tables; ++i)
    if (font.compare(12 + 16 * i, 4, "OS/2") == 0) {
      const auto* e = reinterpret_cast<const unsigned char*>(font.data() + 12 + 16 * i + 8);
      os2 = std::size_t{e[0]} << 24 | std::size_t{e[1]} << 16 | std::size_t{e[2]} << 8 | e[3];
    }
  ASSERT_GT(os2, 0u);
  font[os2 + 8] = 0;
  font[os2 + 9] = 2;  // fsType: restricted licence embedding
  const auto restricted = dir.write("Restricted.ttf", font);

  const PrivateTempDir tmp("failure");
  layout::LaidOutDocument d = sample_document();
  d.fonts.regular = restricted;
  std::string message;
  try {
    render_pdf(d);
  } catch (const RenderError& e) {
    message = e.what();
  }
  EXPECT_NE(message.find("Restricted.ttf"), std::string::npos) << message;
  EXPECT_NE(message.find("HPDF_TTF_CANNOT_EMBEDDING_FONT"), std::string::npos) << message;
  EXPECT_EQ(message.find(std::string(kTempFontPrefix)), std::string::npos) << message;
  EXPECT_EQ(tmp.entries(), 0u);
}

TEST(RenderPdfSubset, BytesDoNotDependOnTheTemporaryDirectory) {
  std::string a, b;
  {
    const PrivateTempDir tmp("bytes-a");
    a = render_pdf(sample_document());
  }
  {
    const PrivateTempDir tmp("bytes-b-with-a-longer-name");
    b = render_pdf(sample_document());
  }
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(a == b);
  EXPECT_EQ(a.find(std::string(kTempFontPrefix)), std::string::npos);
  EXPECT_EQ(a.find("tmpdir-"), std::string::npos);
}

TEST(RenderPdfSubset, ALargeTableIsManyTimesSmallerThanWholeFonts) {
  // Whole-font embedding (libharu 2.3.0 alone) put about 111 KB of FontFile2
  // and 21 KB of CIDToGIDMap into this document for DejaVu Sans and Bold, and
  // a width for every character of both fonts (406 KB in all).
  const layout::LaidOutDocument d = bench_document(1000);
  const ScratchDir dir("subset-large");
  const std::string bytes = render_pdf(d);
  const auto pdf = dir.write("large.pdf", bytes);
  const auto fonts = embedded_fonts(pdf);
  ASSERT_EQ(fonts.size(), 2u);
  std::size_t font_bytes = 0;
  for (const EmbeddedFont& f : fonts) font_bytes += f.font_file_bytes + f.cid_to_gid_bytes;
  EXPECT_LT(font_bytes, 132000u / 5) << font_bytes;  // about 19 KB
  EXPECT_LT(bytes.size(), 406000u * 6 / 10) << bytes.size();

  const CommandResult info = run("pdfinfo " + quoted(pdf));
  EXPECT_NE(info.output.find("Pages:           " + std::to_string(d.pages.size())),
            std::string::npos)
      << info.output;
  const CommandResult t = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  ASSERT_EQ(t.exit_code, 0);
  EXPECT_EQ(t.output.find("Syntax"), std::string::npos);
  EXPECT_NE(t.output.find("KPI 1000: "), std::string::npos);
  EXPECT_NE(t.output.find("children’s"), std::string::npos);
  for (const char* s : {"£2.5m", "–", "↑", "↓", "↔", "→"})
    EXPECT_NE(t.output.find(s), std::string::npos) << s;
  const CommandResult check = run("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
}

}  // namespace
}  // namespace bp::render

namespace bp::render {
namespace {

using namespace bp::render::testing;

// The CIDToGIDMaps of a PDF, decoded: one vector of glyph ids per font, by CID.
std::vector<std::vector<unsigned>> cid_to_gid_maps(const std::filesystem::path& pdf, const ScratchDir& dir) {
  const std::filesystem::path qdf = dir.path() / "qdf.pdf";
  const CommandResult r = run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  std::ifstream in(qdf, std::ios::binary);
  const std::string d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::vector<unsigned>> maps;
  const std::regex ref(R"(/CIDToGIDMap (\d+) 0 R)");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), ref); it != std::sregex_iterator(); ++it) {
    const std::size_t obj = d.find("\n" + (*it)[1].str() + " 0 obj");
    const std::size_t begin = d.find("stream\n", obj) + 7;
    const std::size_t end = d.find("endstream", begin);
    if (obj == std::string::npos || end == std::string::npos) continue;
    std::string bytes = d.substr(begin, end - begin);
    if (!bytes.empty() && bytes.back() == '\n') bytes.pop_back();  // qpdf's line end before endstream
    std::vector<unsigned> gids;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
      gids.push_back(static_cast<unsigned char>(bytes[i]) * 256u + static_cast<unsigned char>(bytes[i + 1]));
    maps.push_back(std::move(gids));
  }
  return maps;
}

TEST(RenderPdfSubset, GlyphMapCoversTheCharactersDrawnUpToTheLastOne) {
  layout::LaidOutDocument d;
  d.fonts = dejavu_fonts();
  d.meta.creation_date = "2020-03-02";
  layout::Page page;
  page.number = 1;
  page.items.push_back(text(60, 100, "A\xE2\x86\x94"));  // A ↔ (U+2194, the last character)
  d.pages.push_back(page);
  const ScratchDir dir("cid-map");
  const auto pdf = dir.write("map.pdf", render_pdf(d));
  const auto maps = cid_to_gid_maps(pdf, dir);
  ASSERT_EQ(maps.size(), 1u);
  const std::vector<unsigned>& map = maps[0];
  // Up to the last character drawn (and one more), not all 65,536 codes.
  ASSERT_GT(map.size(), 0x2194u) << "the last character drawn has no entry";
  EXPECT_LE(map.size(), 0x2196u);
  EXPECT_NE(map[0x2194], 0u) << "↔ shows .notdef";
  EXPECT_NE(map['A'], 0u) << "A shows .notdef";
  EXPECT_EQ(map['B'], 0u) << "a character not drawn is in the subset";
  EXPECT_NE(map[0x2194], map['A']);
  // And the page shows it: pdftotext reads both characters back.
  const CommandResult t = run("pdftotext " + quoted(pdf) + " -");
  EXPECT_NE(t.output.find("A\xE2\x86\x94"), std::string::npos) << t.output;
}

}  // namespace
}  // namespace bp::render
