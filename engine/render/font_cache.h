#pragma once
// The four faces of a FontSet as libharu fonts. Internal to the render stage.
//
// Each distinct TrueType file is loaded (embedded, UTF-8 / Identity-H) at most
// once, and only when a face that uses it is first asked for, so unused faces
// cost nothing in the PDF. Two files with the same PostScript name are one font
// to libharu, and so one entry here. Requires the UTF-8 encodings to be enabled on the
// document. Throws RenderError naming the file when it cannot be loaded.
//
// Each loaded font also records which Basic Multilingual Plane code points were
// drawn with it (mark_used), for the ToUnicode map written at the end.

#include <bitset>
#include <filesystem>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "compose/document.h"
#include "render/hpdf_handle.h"

namespace bp::render {

struct LoadedFont {
  HPDF_Font font = nullptr;
  std::unique_ptr<std::bitset<0x10000>> used = std::make_unique<std::bitset<0x10000>>();

  // Marks every BMP code point of `utf8` (assumed valid UTF-8) as used.
  void mark_used(std::string_view utf8);
};

class FontCache {
 public:
  FontCache(PdfHandle& pdf, const doc::FontSet& fonts) : pdf_(pdf), fonts_(fonts) {}

  // The font for `face`, loading its file on first use. The reference stays
  // valid until the next call that loads a new file.
  LoadedFont& get(doc::FontFace face) {
    int& slot = by_face_[static_cast<std::size_t>(face)];
    if (slot < 0) slot = load(face);
    return loaded_[static_cast<std::size_t>(slot)];
  }

  const std::vector<LoadedFont>& loaded() const { return loaded_; }

 private:
  int load(doc::FontFace face);

  PdfHandle& pdf_;
  const doc::FontSet& fonts_;
  int by_face_[4] = {-1, -1, -1, -1};  // index into loaded_
  std::vector<LoadedFont> loaded_;      // one per distinct libharu font
  std::vector<std::pair<std::filesystem::path, int>> by_path_;  // file -> index into loaded_
};

}  // namespace bp::render
