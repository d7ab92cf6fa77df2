#pragma once
// Text as the render stage's fonts draw it. Internal to the render stage.
//
// Every font is a libharu 2.3.0 UTF-8 Type0 font: one 16-bit code per
// character, and the code is the character's Unicode code point (it is also
// the CID; CIDToGIDMap turns it into a glyph). So only the Basic Multilingual
// Plane can be drawn. for_each_pdf_code calls `f(char16_t code)` for each
// character of `utf8` in order; every invalid byte, every code point beyond
// U+FFFF and U+0000 become U+FFFD (the same rule for the codes collected for the
// subset and for the content stream, so the two agree).

#include <cstddef>
#include <string_view>

#include "core/utf8.h"

namespace bp::render {

template <typename F>
void for_each_pdf_code(std::string_view utf8, F&& f) {
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {  // fast path: ASCII
      f(byte == 0 ? char16_t{0xFFFD} : static_cast<char16_t>(byte));
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(utf8, i);
    f(static_cast<char16_t>(cp > 0xFFFF ? kReplacementChar : cp));
  }
}

}  // namespace bp::render
