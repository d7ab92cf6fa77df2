#pragma once
// Correct ToUnicode CMaps for the UTF-8 fonts. Internal to the render stage.
//
// libharu 2.3.0 attaches its *encoding* CMap (a cidrange block that is never
// closed) as the ToUnicode map of every UTF-8 Type0 font; poppler rejects it
// ("Invalid 'begincidrange' operator in ToUnicode CMap") and screen readers,
// search and copy-paste lose the text. With the UTF-8 encoder every 2-byte code
// in the content stream is the Unicode code point itself, so the correct map
// is the identity over the codes actually drawn. This replaces each font's
// ToUnicode stream content with such a map (bfchar entries, at most 100 per
// block) through libharu's installed internal headers. Call after all text is
// drawn and before saving; the stream is compressed like the other font data.

#include <bitset>
#include <string>

#include "render/font_cache.h"
#include "render/hpdf_handle.h"

namespace bp::render {

// The CMap program mapping each code in `used` to the same UTF-16 code point.
std::string to_unicode_cmap(const std::bitset<0x10000>& used);

void replace_to_unicode_maps(PdfHandle& pdf, const FontCache& fonts);

}  // namespace bp::render
