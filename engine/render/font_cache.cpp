// See font_cache.h.

#include "render/font_cache.h"

#include <string>

#include "core/utf8.h"
#include "render/face_name.h"
#include "render/pdf_renderer.h"

namespace bp::render {

void LoadedFont::mark_used(std::string_view utf8) {
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {  // fast path: ASCII
      used->set(byte);
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(utf8, i);
    if (cp < 0x10000) used->set(cp);
  }
}

int FontCache::load(doc::FontFace face) {
  const std::filesystem::path& path = fonts_.path(face);
  if (path.empty())
    throw RenderError(std::string("PDF output failed: no font file given for the ") +
                      face_name(face) + " face");
  for (const auto& [file, index] : by_path_)
    if (file == path) return index;

  const std::string what = "loading font " + path.string() + " (" + face_name(face) + ")";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw RenderError("PDF output failed: " + what + ": no such file");
  const char* name =
      pdf_.require(HPDF_LoadTTFontFromFile(pdf_.get(), path.c_str(), HPDF_TRUE), what.c_str());
  HPDF_Font font = pdf_.require(HPDF_GetFont(pdf_.get(), name, "UTF-8"), what.c_str());
  int index = -1;
  for (std::size_t i = 0; i < loaded_.size(); ++i)
    if (loaded_[i].font == font) index = static_cast<int>(i);
  if (index < 0) {
    loaded_.emplace_back();
    loaded_.back().font = font;
    index = static_cast<int>(loaded_.size() - 1);
  }
  by_path_.emplace_back(path, index);
  return index;
}

}  // namespace bp::render
