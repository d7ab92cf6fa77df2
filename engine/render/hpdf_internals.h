#pragma once
// The few things the render stage does through libharu 2.3.0's installed
// internal headers rather than its public API. Internal to the render stage;
// together with to_unicode_cmap.cpp, the only code that reaches into libharu's
// objects. Every function checks the object is of the kind it expects and
// otherwise does nothing (returns false or an error status).
//
// - Fonts: give a loaded TrueType font its subset tag ("ABCDEF+" before the
//   BaseFont and FontName), and mark glyphs as used so libharu embeds their
//   outlines (its ShowText would do it, one character at a time, while
//   measuring; the painter writes text without ShowText).
// - Pages: one font resource dictionary shared by every page (an indirect
//   object filled in at the end, when the fonts are loaded: pages are painted
//   before the document's characters, and so its font subsets, are known);
//   setting a page's content stream from operators already compressed
//   (render/flate.h): libharu then writes the bytes as they are, with
//   /Filter /FlateDecode, instead of compressing them again on save; and a
//   second such stream drawn after the first (furniture that needs the page
//   count).

#include <hpdf.h>

#include <string>
#include <string_view>

#include "render/font_subset.h"

namespace bp::render {

// HPDF_GetFont(pdf, font_name, "UTF-8") for a font that draws only `codes`.
// For the UTF-8 encoder libharu looks up the glyph of every one of the 65,536
// codes when it makes the font, and writes a width for each and a
// CIDToGIDMap up to the last one (128 KB); made while the encoder maps only
// `codes`, the font's map ends at the last code drawn and the look-ups are of
// the codes drawn (the encoder is restored before this returns). Codes not in
// `codes` then show .notdef: the font is for `codes` only.
HPDF_Font get_font_for_codes(HPDF_Doc pdf, const char* font_name, const CodeSet& codes);

// False unless `font` is a UTF-8 (Type0) TrueType font and `tag` six capitals.
bool set_subset_tag(HPDF_Font font, const std::string& tag);

// Marks the glyph of every code in `codes` (and the parts of composite
// glyphs) for embedding. False unless `font` is a Type0 TrueType font.
bool mark_glyphs_used(HPDF_Font font, const CodeSet& codes);

// Marks every glyph of the font for embedding (for a subset, which holds
// exactly the glyphs needed, components of nested composites included; libharu
// itself follows composites only one level deep). False unless `font` is a
// Type0 TrueType font.
bool mark_all_glyphs_used(HPDF_Font font);

// A new, empty dictionary that is an indirect object of `pdf` (so that many
// pages can refer to it); nullptr on failure.
HPDF_Dict new_shared_dict(HPDF_Doc pdf);

// Makes `fonts` (from new_shared_dict) the /Font entry of the page's resources.
HPDF_STATUS share_font_resources(HPDF_Page page, HPDF_Dict fonts);

// Adds `name` -> `font` to a font resource dictionary.
HPDF_STATUS add_font_resource(HPDF_Dict fonts, const char* name, HPDF_Font font);

// Appends `zlib_bytes` (a zlib stream of the page's operators) to the page's
// content stream, which must hold nothing else, and marks the stream
// /Filter /FlateDecode without further compression on save.
HPDF_STATUS set_page_content_flate(HPDF_Page page, std::string_view zlib_bytes);

// Gives the page a second content stream holding `zlib_bytes` (as above),
// drawn after the first: /Contents becomes [first second]. Once per page,
// after set_page_content_flate().
HPDF_STATUS add_page_content_flate(HPDF_Page page, std::string_view zlib_bytes);

}  // namespace bp::render
