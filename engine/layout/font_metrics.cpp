// FontMetrics::text_width: the one place that sums advances for a UTF-8 string.
// Widths are plain advance sums (no kerning), which is how the renderer places
// glyphs, so a measured width is exactly the drawn width.

#include "layout/font_metrics.h"

#include "core/utf8.h"

namespace bp::layout {

double FontMetrics::text_width(doc::FontFace face, std::string_view utf8, double size) const {
  double em = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    char32_t cp = byte;
    if (byte < 0x80) {
      ++i;
    } else {
      cp = next_code_point(utf8, i);
    }
    em += advance(face, cp);
  }
  return em * size;
}

}  // namespace bp::layout
