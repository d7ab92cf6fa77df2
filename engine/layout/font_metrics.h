#pragma once
// Font metrics as layout sees them. Layout measures text only through this
// interface; it never touches the PDF library.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compose/document.h"
#include "layout/page.h"

struct hb_blob_t;

namespace bp::layout {

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  // Advance width of one code point, as a fraction of the font size (em).
  virtual double advance(doc::FontFace face, char32_t cp) const = 0;
  // Distance from baseline to the top / bottom of the font's box, in em, both >= 0.
  virtual double ascender(doc::FontFace face) const = 0;
  virtual double descender(doc::FontFace face) const = 0;
  virtual bool has_glyph(doc::FontFace face, char32_t cp) const = 0;
  // Outline of the glyph drawn for `cp`, in em, with the glyph's origin (pen
  // position on the baseline) at (0, 0) and y growing UPWARDS, as in the font.
  // Only MoveTo, LineTo, cubic CurveTo and Close; every contour is closed.
  // Empty for a glyph with no ink (a space) and by default (metrics that cannot
  // draw): callers must cope with an empty outline.
  virtual std::vector<PathCommand> glyph_outline(doc::FontFace, char32_t) const { return {}; }

  // Width in points of UTF-8 text at `size` pt.
  double text_width(doc::FontFace face, std::string_view utf8, double size) const;
};

// Metrics read from the TrueType files of `fonts` (HarfBuzz). Throws
// std::runtime_error naming the file if a font cannot be read or parsed.
// Each face's tables are built once per process and file (font_file_bytes) and
// shared, read-only, by every FontMetrics made afterwards, in this process and
// in processes forked from it: a batch build loads its house fonts once in the
// parent and its worker processes inherit them copy-on-write.
std::unique_ptr<FontMetrics> load_truetype_metrics(const doc::FontSet& fonts);

// Font files as this process reads them: the whole file, read once per
// process (keyed by its absolute, normalised path) and kept, immutable, for the
// rest of the process, so the metrics, the glyph coverage of the loaders and
// the render stage's subsetting all work from the same bytes, and forked
// worker processes share them. nullptr when the file cannot be read (not
// stored: a later call tries again). A file edited after it was stored keeps
// its stored bytes in this process; whoever keys outputs by content (the
// incremental build) hashes these bytes (stored_font_file), so a key always
// describes the bytes that were used. Thread-safe; never throws.
std::shared_ptr<const std::string> font_file_bytes(const std::filesystem::path& file);

// A HarfBuzz blob over font_file_bytes(file), holding a reference to those
// bytes: every stage that opens a font with HarfBuzz (metrics, family names,
// subsetting) goes through this, so all see the same bytes. nullptr when the
// file cannot be read (or is over 2 GB). The caller owns the blob
// (hb_blob_destroy).
hb_blob_t* font_file_blob(const std::filesystem::path& file);

// The bytes font_file_bytes stored for `file`, or nullptr if it has not read
// it (this never reads the file).
std::shared_ptr<const std::string> stored_font_file(const std::filesystem::path& file);

// Deterministic metrics for tests: every glyph is `advance` em wide (bold 10% wider),
// ascender 0.8 em, descender 0.2 em, every code point present; every glyph's
// outline is one box, 0.1 .. 0.9 of its advance wide and 0 .. 0.7 em high.
class FixedMetrics final : public FontMetrics {
 public:
  explicit FixedMetrics(double advance = 0.5) : advance_(advance) {}
  double advance(doc::FontFace face, char32_t) const override {
    return (face == doc::FontFace::Bold || face == doc::FontFace::BoldItalic) ? advance_ * 1.1 : advance_;
  }
  double ascender(doc::FontFace) const override { return 0.8; }
  double descender(doc::FontFace) const override { return 0.2; }
  bool has_glyph(doc::FontFace, char32_t) const override { return true; }
  std::vector<PathCommand> glyph_outline(doc::FontFace face, char32_t cp) const override {
    const double a = advance(face, cp), x0 = 0.1 * a, x1 = 0.9 * a, top = 0.7;
    using Op = PathCommand::Op;
    return {PathCommand{Op::MoveTo, {PathPoint{x0, 0}}}, PathCommand{Op::LineTo, {PathPoint{x1, 0}}},
            PathCommand{Op::LineTo, {PathPoint{x1, top}}}, PathCommand{Op::LineTo, {PathPoint{x0, top}}},
            PathCommand{Op::Close, {}}};
  }

 private:
  double advance_;
};

}  // namespace bp::layout
