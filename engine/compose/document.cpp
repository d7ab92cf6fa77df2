#include "compose/document.h"

namespace bp::doc {

const std::filesystem::path& FontSet::path(FontFace f) const {
  switch (f) {
    case FontFace::Bold: return bold;
    case FontFace::Italic: return italic;
    case FontFace::BoldItalic: return bold_italic;
    case FontFace::Regular: break;
  }
  return regular;
}

PageSetup a4(Orientation o, double top, double right, double bottom, double left) {
  PageSetup p;
  p.orientation = o;
  if (o == Orientation::Landscape) {
    p.width = 841.89;
    p.height = 595.276;
  }
  p.margin_top = top;
  p.margin_right = right;
  p.margin_bottom = bottom;
  p.margin_left = left;
  return p;
}

}  // namespace bp::doc
