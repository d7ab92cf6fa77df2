#pragma once
// TrueType subsetting with HarfBuzz (hb-subset). Internal to the render stage.
//
// libharu 2.3.0 embeds every table of a TrueType file and writes a width and
// CIDToGIDMap entry for every character the font has (about 90 KB per DejaVu
// face, however little text uses it). Handing it a subset that holds only the
// characters the document draws makes all of those small.
//
// FontSource opens one font file, through the process's store of font files
// (layout::font_file_bytes: read once per process, the same bytes the layout
// measured with). subset() returns a new TrueType file with:
// - the glyphs of the given code points (plus 'H' and 'x', which libharu
//   measures for the font descriptor, and .notdef with its outline, which is
//   what a character missing from the font shows), renumbered compactly; the
//   subset's own cmap maps each code point to its new glyph, and libharu builds
//   the PDF's CIDToGIDMap and widths from that cmap, so no glyph ID needs to
//   survive;
// - only the 13 tables libharu writes into the PDF (OS/2 cmap cvt fpgm glyf
//   head hhea hmtx loca maxp name post prep), TrueType hinting included
//   (without it Ghostscript, for one, spaces small text unevenly on screen);
// - names 0-6 (family, style, PostScript name ...), so libharu names the font
//   as it would name the whole file.
// The same file and code points always give the same bytes.
//
// Thread-safe: a FontSource is used by one render at a time; HarfBuzz objects
// are not shared between FontSources.

#include <bitset>
#include <filesystem>
#include <string>
#include <string_view>

struct hb_blob_t;
struct hb_face_t;

namespace bp::render {

using CodeSet = std::bitset<0x10000>;  // BMP code points (render/pdf_text.h)

class FontSource {
 public:
  // Never throws: a file HarfBuzz cannot read or parse gives !usable().
  explicit FontSource(const std::filesystem::path& file);
  ~FontSource();
  FontSource(const FontSource&) = delete;
  FontSource& operator=(const FontSource&) = delete;

  // True when the file is a TrueType/OpenType font HarfBuzz can subset.
  bool usable() const { return face_ != nullptr; }

  // The PostScript name (name ID 6), "" if none (or !usable()). libharu treats
  // two files with the same PostScript name as one font.
  std::string postscript_name() const;

  // The subset font file as bytes; "" if HarfBuzz fails (or !usable()).
  std::string subset(const CodeSet& codes) const;

 private:
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
};

// Six capital letters derived from `font_bytes` (FNV-1a), the subset tag of the
// embedded font's name ("ABCDEF+DejaVuSans"): the same subset always gets the
// same tag, different subsets almost always different ones.
std::string subset_tag(std::string_view font_bytes);

}  // namespace bp::render
