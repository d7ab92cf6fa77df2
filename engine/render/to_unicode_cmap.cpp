// See to_unicode_cmap.h. With hpdf_internals.cpp, the only code that reaches into
// libharu's objects.

#include "render/to_unicode_cmap.h"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <vector>

namespace bp::render {
namespace {

void put_hex4(std::string& out, unsigned v) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '<';
  out += kHex[(v >> 12) & 15];
  out += kHex[(v >> 8) & 15];
  out += kHex[(v >> 4) & 15];
  out += kHex[v & 15];
  out += '>';
}

}  // namespace

std::string to_unicode_cmap(const std::bitset<0x10000>& used) {
  std::vector<unsigned> codes;
  for (unsigned cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are not characters
    if (used.test(cp)) codes.push_back(cp);
  }

  std::string out;
  out.reserve(400 + codes.size() * 16);
  out +=
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  for (std::size_t start = 0; start < codes.size(); start += 100) {
    const std::size_t end = std::min(codes.size(), start + 100);
    out += std::to_string(end - start);
    out += " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      put_hex4(out, codes[i]);
      out += ' ';
      put_hex4(out, codes[i]);
      out += '\n';
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

void replace_to_unicode_maps(PdfHandle& pdf, const FontCache& fonts) {
  for (const LoadedFont& f : fonts.loaded()) {
    auto* font = reinterpret_cast<HPDF_Dict>(f.font);
    auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    pdf.check(HPDF_OK, "finding a font's ToUnicode map");
    if (cmap == nullptr || cmap->stream == nullptr || cmap->stream->type != HPDF_STREAM_MEMORY)
      continue;  // not the libharu 2.3.0 layout this fix is for: leave it alone

    // The encoding-CMap entries do not belong in a ToUnicode stream dictionary.
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"})
      HPDF_Dict_RemoveElement(cmap, key);  // HPDF_DICT_ITEM_NOT_FOUND is fine

    const std::string program = to_unicode_cmap(*f.used);
    HPDF_MemStream_FreeData(cmap->stream);
    pdf.check(HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                                static_cast<HPDF_UINT>(program.size())),
              "writing a ToUnicode map");
  }
}

}  // namespace bp::render
