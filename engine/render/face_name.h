#pragma once
// The four font faces in doc::FontFace order, and their names as the trace
// and error messages print them.

#include "compose/document.h"

namespace bp::render {

inline constexpr doc::FontFace kFaces[4] = {doc::FontFace::Regular, doc::FontFace::Bold,
                                            doc::FontFace::Italic, doc::FontFace::BoldItalic};

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
