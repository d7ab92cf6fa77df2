// See hpdf_internals.h.

#include "render/hpdf_internals.h"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace bp::render {
namespace {

HPDF_FontDef truetype_def(HPDF_Font font) {
  if (font == nullptr || font->attr == nullptr) return nullptr;
  const auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (attr->type != HPDF_FONT_TYPE0_TT || attr->fontdef == nullptr) return nullptr;
  HPDF_FontDef def = attr->fontdef;
  if (def->sig_bytes != HPDF_FONTDEF_SIG_BYTES || def->type != HPDF_FONTDEF_TYPE_TRUETYPE ||
      def->attr == nullptr)
    return nullptr;
  return def;
}

// A stream dictionary's write_fn runs after its entries, before ">>". libharu
// drops any /Filter entry of a stream whose filter is NONE, so the name is
// written here.
HPDF_STATUS write_flate_filter(HPDF_Dict dict, HPDF_Stream out) {
  (void)dict;
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

}  // namespace

HPDF_Font get_font_for_codes(HPDF_Doc pdf, const char* font_name, const CodeSet& codes) {
  HPDF_Encoder encoder = HPDF_GetEncoder(pdf, "UTF-8");
  if (encoder == nullptr || encoder->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE || encoder->attr == nullptr)
    return HPDF_GetFont(pdf, font_name, "UTF-8");
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
  // libharu's UTF-8 encoder walks all codes unless it presents itself as a
  // CMap encoder, which walks the codes of its cid_map (code -> CID = code).
  constexpr std::size_t kTable = sizeof attr->cid_map;
  static_assert(sizeof attr->unicode_map == kTable);
  auto saved_cid = std::make_unique<unsigned char[]>(kTable);
  auto saved_unicode = std::make_unique<unsigned char[]>(kTable);
  std::memcpy(saved_cid.get(), attr->cid_map, kTable);
  std::memcpy(saved_unicode.get(), attr->unicode_map, kTable);
  std::memset(attr->cid_map, 0, kTable);
  std::size_t last = 0;
  for (std::size_t code = 1; code < codes.size(); ++code) {
    if (!codes.test(code)) continue;
    attr->cid_map[code >> 8][code & 0xFF] = static_cast<HPDF_UINT16>(code);
    attr->unicode_map[code >> 8][code & 0xFF] = static_cast<HPDF_UNICODE>(code);
    last = code;
  }
  // libharu writes widths and map entries for the codes below the highest
  // one it walked, not for that one: one more code (a glyph the subset does
  // not have, or U+FFFF, never drawn) keeps the last code drawn in.
  if (last > 0 && last < 0xFFFF) {
    const std::size_t after = last + 1;
    attr->cid_map[after >> 8][after & 0xFF] = static_cast<HPDF_UINT16>(after);
    attr->unicode_map[after >> 8][after & 0xFF] = static_cast<HPDF_UNICODE>(after);
  }
  const HPDF_Encoder_ToUnicode_Func saved_fn = encoder->to_unicode_fn;
  encoder->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  HPDF_Font font = HPDF_GetFont(pdf, font_name, "UTF-8");
  encoder->to_unicode_fn = saved_fn;
  std::memcpy(attr->cid_map, saved_cid.get(), kTable);
  std::memcpy(attr->unicode_map, saved_unicode.get(), kTable);
  return font;
}

bool set_subset_tag(HPDF_Font font, const std::string& tag) {
  HPDF_FontDef def = truetype_def(font);
  if (def == nullptr || tag.size() != HPDF_TTF_FONT_TAG_LEN) return false;
  for (const char c : tag)
    if (c < 'A' || c > 'Z') return false;
  std::string copy = tag;  // libharu takes a non-const char*
  HPDF_TTFontDef_SetTagName(def, copy.data());
  return true;
}

bool mark_glyphs_used(HPDF_Font font, const CodeSet& codes) {
  HPDF_FontDef def = truetype_def(font);
  if (def == nullptr) return false;
  // Measuring a character marks its glyph (and a composite's components).
  for (std::size_t cp = 0; cp < codes.size(); ++cp)
    if (codes.test(cp)) HPDF_TTFontDef_GetCharWidth(def, static_cast<HPDF_UINT16>(cp));
  return true;
}

bool mark_all_glyphs_used(HPDF_Font font) {
  HPDF_FontDef def = truetype_def(font);
  if (def == nullptr) return false;
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  if (attr->glyph_tbl.flgs == nullptr) return false;
  std::fill_n(attr->glyph_tbl.flgs, attr->num_glyphs, HPDF_BYTE{1});
  return true;
}

HPDF_Dict new_shared_dict(HPDF_Doc pdf) {
  if (pdf == nullptr) return nullptr;
  HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
  if (dict == nullptr) return nullptr;
  if (HPDF_Xref_Add(pdf->xref, dict) != HPDF_OK) return nullptr;  // the xref frees it then
  return dict;
}

HPDF_STATUS share_font_resources(HPDF_Page page, HPDF_Dict fonts) {
  if (page == nullptr || page->attr == nullptr || fonts == nullptr) return HPDF_INVALID_PAGE;
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  if (attr->fonts != nullptr) return HPDF_INVALID_PAGE;  // fonts registered the libharu way
  auto* resources =
      static_cast<HPDF_Dict>(HPDF_Page_GetInheritableItem(page, "Resources", HPDF_OCLASS_DICT));
  if (resources == nullptr) return HPDF_INVALID_PAGE;
  const HPDF_STATUS status = HPDF_Dict_Add(resources, "Font", fonts);
  if (status == HPDF_OK) attr->fonts = fonts;
  return status;
}

HPDF_STATUS add_font_resource(HPDF_Dict fonts, const char* name, HPDF_Font font) {
  if (fonts == nullptr || font == nullptr || name == nullptr) return HPDF_INVALID_OBJECT;
  return HPDF_Dict_Add(fonts, name, font);
}

HPDF_STATUS set_page_content_flate(HPDF_Page page, std::string_view zlib_bytes) {
  if (page == nullptr || page->attr == nullptr) return HPDF_INVALID_PAGE;
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Dict contents = attr->contents;
  if (attr->stream == nullptr || contents == nullptr || contents->stream != attr->stream ||
      attr->stream->size != 0 ||
      (contents->write_fn != nullptr && contents->write_fn != &write_flate_filter))
    return HPDF_INVALID_PAGE;
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = &write_flate_filter;
  return HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(zlib_bytes.data()),
                           static_cast<HPDF_UINT>(zlib_bytes.size()));
}

HPDF_STATUS add_page_content_flate(HPDF_Page page, std::string_view zlib_bytes) {
  if (page == nullptr || page->attr == nullptr) return HPDF_INVALID_PAGE;
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Dict first = attr->contents;
  if (first == nullptr || first->write_fn != &write_flate_filter ||
      HPDF_Dict_GetItem(page, "Contents", HPDF_OCLASS_DICT) != first)
    return HPDF_INVALID_PAGE;  // no first stream, or already two
  HPDF_Dict second = HPDF_DictStream_New(page->mmgr, attr->xref);
  if (second == nullptr) return HPDF_Error_GetCode(page->error);
  second->filter = HPDF_STREAM_FILTER_NONE;
  second->write_fn = &write_flate_filter;
  HPDF_STATUS status =
      HPDF_Stream_Write(second->stream, reinterpret_cast<const HPDF_BYTE*>(zlib_bytes.data()),
                        static_cast<HPDF_UINT>(zlib_bytes.size()));
  if (status != HPDF_OK) return status;
  HPDF_Array both = HPDF_Array_New(page->mmgr);
  if (both == nullptr) return HPDF_Error_GetCode(page->error);
  status = HPDF_Array_Add(both, first);
  if (status == HPDF_OK) status = HPDF_Array_Add(both, second);
  if (status != HPDF_OK) {
    HPDF_Array_Free(both);
    return status;
  }
  return HPDF_Dict_Add(page, "Contents", both);  // replaces the reference to `first`
}

}  // namespace bp::render
