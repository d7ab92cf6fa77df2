#pragma once
// Names of the four font faces as the trace and error messages print them.

#include "compose/document.h"

namespace bp::render {

constexpr const char* face_name(doc::FontFace face) {
  switch (face) {
    case doc::FontFace::Bold: return "Bold";
    case doc::FontFace::Italic: return "Italic";
    case doc::FontFace::BoldItalic: return "BoldItalic";
    case doc::FontFace::Regular: break;
  }
  return "Regular";
}

}  // namespace bp::render
