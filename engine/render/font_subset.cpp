// See font_subset.h.

#include "render/font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>

#include "layout/font_metrics.h"

namespace bp::render {
namespace {

// The tables libharu 2.3.0 copies into the PDF (hpdf_fontdef_tt.c REQUIRED_TAGS).
constexpr std::array<const char*, 13> kLibharuTables = {
    "OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
    "hmtx", "loca", "maxp", "name", "post", "prep"};

bool libharu_table(hb_tag_t tag) {
  for (const char* t : kLibharuTables)
    if (tag == hb_tag_from_string(t, 4)) return true;
  return false;
}

struct InputDeleter {
  void operator()(hb_subset_input_t* p) const { hb_subset_input_destroy(p); }
};
struct FaceDeleter {
  void operator()(hb_face_t* p) const { hb_face_destroy(p); }
};
struct BlobDeleter {
  void operator()(hb_blob_t* p) const { hb_blob_destroy(p); }
};

}  // namespace

FontSource::FontSource(const std::filesystem::path& file) {
  blob_ = layout::font_file_blob(file);
  if (blob_ == nullptr) return;
  hb_face_t* face = hb_face_create(blob_, 0);
  // An unparseable file still gives a face, with no glyphs.
  if (face == nullptr || hb_face_get_glyph_count(face) == 0) {
    hb_face_destroy(face);
    return;
  }
  face_ = face;
}

FontSource::~FontSource() {
  hb_face_destroy(face_);  // both accept nullptr
  hb_blob_destroy(blob_);
}

std::string FontSource::postscript_name() const {
  if (face_ == nullptr) return "";
  char buf[128];
  unsigned size = sizeof buf;
  const unsigned len =
      hb_ot_name_get_utf8(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buf);
  return len == 0 ? std::string() : std::string(buf, size);
}

std::string FontSource::subset(const CodeSet& codes) const {
  if (face_ == nullptr) return "";
  const std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
  if (!input) return "";

  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (std::size_t cp = 1; cp < codes.size(); ++cp)
    if (codes.test(cp)) hb_set_add(unicodes, static_cast<hb_codepoint_t>(cp));
  hb_set_add(unicodes, 'H');
  hb_set_add(unicodes, 'x');

  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  std::array<hb_tag_t, 64> tags{};
  unsigned start = 0;
  for (;;) {
    unsigned count = static_cast<unsigned>(tags.size());
    const unsigned total = hb_face_get_table_tags(face_, start, &count, tags.data());
    for (unsigned i = 0; i < count; ++i)
      if (!libharu_table(tags[i])) hb_set_add(drop, tags[i]);
    start += count;
    if (count == 0 || start >= total) break;
  }

  // Hinting stays: Ghostscript and other bytecode-hinting rasterisers space
  // small text unevenly without it (it costs about 5 KB per face).
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NOTDEF_OUTLINE);

  const std::unique_ptr<hb_face_t, FaceDeleter> out(hb_subset_or_fail(face_, input.get()));
  if (!out) return "";
  const std::unique_ptr<hb_blob_t, BlobDeleter> blob(hb_face_reference_blob(out.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob.get(), &length);
  if (data == nullptr || length == 0) return "";
  return std::string(data, length);
}

std::string subset_tag(std::string_view font_bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : font_bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  std::string tag(6, 'A');
  for (char& c : tag) {
    c = static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag;
}

}  // namespace bp::render
