#pragma once
// The four faces of a FontSet as libharu fonts, each embedded as a subset of
// exactly the characters the document draws with it. Internal to the render
// stage.
//
// The constructor is given the code points each face draws (render/pdf_text.h
// rules; the painter collects them), then loads every font file that a drawn
// face uses, each distinct file once:
// 1. HarfBuzz subsets the file to those code points (render/font_subset.h);
// 2. the subset is written to a private temporary file (render/temp_file.h),
//    loaded by libharu (embedded, UTF-8 / Identity-H) and the file is removed
//    at once, before the next step and whether or not loading worked;
// 3. the font gets a subset tag derived from the subset's bytes ("ABCDEF+",
//    the same for the same subset, so output stays reproducible) and all its
//    glyphs are marked for embedding (a whole file: the glyphs of the
//    characters drawn).
// Faces no text uses are never opened, so they cost nothing. Two files with
// the same PostScript name are one font to libharu: their characters are
// merged into one subset of the first file. A file HarfBuzz cannot subset is
// handed to libharu whole (libharu then embeds it as before, or reports why
// not). Errors throw RenderError naming the original file and face, never the
// temporary one. Requires the UTF-8 encodings to be enabled on the document.
//
// Each loaded font records which code points are drawn with it (`used`) for
// the ToUnicode map written at the end (render/to_unicode_cmap.h).

#include <array>
#include <memory>
#include <vector>

#include "layout/page.h"
#include "render/font_subset.h"
#include "render/hpdf_handle.h"

namespace bp::render {

struct LoadedFont {
  HPDF_Font font = nullptr;
  std::unique_ptr<CodeSet> used = std::make_unique<CodeSet>();
};

// Code points by face, indexed by doc::FontFace.
using FaceCodes = std::array<CodeSet, 4>;

class FontCache {
 public:
  FontCache(PdfHandle& pdf, const doc::FontSet& files, const FaceCodes& codes);

  // The font of `face`, nullptr if no text uses it (it was not loaded).
  HPDF_Font font(doc::FontFace face) const;

  const std::vector<LoadedFont>& loaded() const { return loaded_; }

 private:
  int by_face_[4] = {-1, -1, -1, -1};  // index into loaded_
  std::vector<LoadedFont> loaded_;      // one per distinct libharu font
};

}  // namespace bp::render
