// See font_cache.h.

#include "render/font_cache.h"

#include <filesystem>
#include <string>

#include "render/face_name.h"
#include "render/hpdf_internals.h"
#include "render/pdf_renderer.h"
#include "render/temp_file.h"

namespace bp::render {
namespace {

// One font file and everything drawn with it.
struct FileGroup {
  std::filesystem::path path;
  doc::FontFace first_face = doc::FontFace::Regular;  // for messages
  std::vector<doc::FontFace> faces;
  CodeSet codes;
  std::unique_ptr<FontSource> source;
  std::size_t target = 0;  // index of the group that is loaded for this one
};

std::string loading(const FileGroup& g) {
  return "loading font " + g.path.string() + " (" + face_name(g.first_face) + ")";
}

}  // namespace

FontCache::FontCache(PdfHandle& pdf, const doc::FontSet& files, const FaceCodes& codes) {
  // Faces that draw anything, grouped by file.
  std::vector<FileGroup> groups;
  for (const doc::FontFace face : kFaces) {
    const CodeSet& face_codes = codes[static_cast<std::size_t>(face)];
    if (face_codes.none()) continue;
    const std::filesystem::path& path = files.path(face);
    if (path.empty())
      throw RenderError(std::string("PDF output failed: no font file given for the ") +
                        face_name(face) + " face");
    FileGroup* group = nullptr;
    for (FileGroup& g : groups)
      if (g.path == path) group = &g;
    if (group == nullptr) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec))
        throw RenderError("PDF output failed: loading font " + path.string() + " (" +
                          face_name(face) + "): no such file");
      group = &groups.emplace_back();
      group->path = path;
      group->first_face = face;
      group->target = groups.size() - 1;
    }
    group->faces.push_back(face);
    group->codes |= face_codes;
  }

  // Same PostScript name: one libharu font, so one subset of the first file.
  for (std::size_t i = 0; i < groups.size(); ++i) {
    groups[i].source = std::make_unique<FontSource>(groups[i].path);
    const std::string name = groups[i].source->postscript_name();
    if (name.empty()) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (groups[j].target == j && groups[j].source->postscript_name() == name) {
        groups[i].target = j;
        groups[j].codes |= groups[i].codes;
        break;
      }
    }
  }

  std::vector<int> index_of(groups.size(), -1);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    FileGroup& g = groups[i];
    if (g.target != i) continue;
    const std::string what = loading(g);
    const std::string subset = g.source->subset(g.codes);
    const char* name = nullptr;
    if (subset.empty()) {  // HarfBuzz could not subset it: libharu gets the whole file
      name = HPDF_LoadTTFontFromFile(pdf.get(), g.path.c_str(), HPDF_TRUE);
    } else {
      const TempFile file(kTempFontPrefix, subset);
      name = HPDF_LoadTTFontFromFile(pdf.get(), file.path().c_str(), HPDF_TRUE);
    }  // the temporary file is gone here, whatever happened
    pdf.require(name, what.c_str());
    HPDF_Font font = pdf.require(get_font_for_codes(pdf.get(), name, g.codes), what.c_str());
    if (!subset.empty() && !set_subset_tag(font, subset_tag(subset)))
      throw RenderError("PDF output failed: " + what + ": not a TrueType font");
    if (subset.empty()) mark_glyphs_used(font, g.codes);
    else mark_all_glyphs_used(font);
    pdf.check(HPDF_OK, what.c_str());

    int index = -1;
    for (std::size_t k = 0; k < loaded_.size(); ++k)
      if (loaded_[k].font == font) index = static_cast<int>(k);
    if (index < 0) {
      loaded_.emplace_back();
      loaded_.back().font = font;
      index = static_cast<int>(loaded_.size() - 1);
    }
    *loaded_[static_cast<std::size_t>(index)].used |= g.codes;
    index_of[i] = index;
  }

  for (std::size_t i = 0; i < groups.size(); ++i)
    for (const doc::FontFace face : groups[i].faces)
      by_face_[static_cast<std::size_t>(face)] = index_of[groups[i].target];
}

HPDF_Font FontCache::font(doc::FontFace face) const {
  const int slot = by_face_[static_cast<std::size_t>(face)];
  return slot < 0 ? nullptr : loaded_[static_cast<std::size_t>(slot)].font;
}

}  // namespace bp::render
