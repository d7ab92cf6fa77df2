// A font's family name through HarfBuzz (see font_name.h).

#include "layout/font_name.h"

#include <hb-ot.h>
#include <hb.h>

#include "layout/font_metrics.h"

namespace bp::layout {
namespace {

std::string name_entry(hb_face_t* face, hb_ot_name_id_t id) {
  unsigned size = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), nullptr, nullptr);
  if (size == 0) size = hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, nullptr, nullptr);
  if (size == 0) return {};
  std::string out(size + 1, '\0');
  unsigned len = size + 1;
  if (hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &len, out.data()) == 0) {
    len = size + 1;
    hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &len, out.data());
  }
  out.resize(len);
  return out;
}

}  // namespace

std::string font_family_name(const std::filesystem::path& file) {
  hb_blob_t* blob = font_file_blob(file);
  std::string name;
  if (blob != nullptr) {
    hb_face_t* face = hb_face_create(blob, 0);
    name = name_entry(face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
    if (name.empty()) name = name_entry(face, HB_OT_NAME_ID_FONT_FAMILY);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  return name.empty() ? file.stem().string() : name;
}

}  // namespace bp::layout
