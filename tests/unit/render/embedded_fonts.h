#pragma once
// The embedded fonts of a PDF, read back with qpdf, for the render tests:
// each Type0 font's BaseFont, the bytes its FontFile2 and CIDToGIDMap take in
// the file, and the embedded TrueType program itself (decoded), with a minimal
// sfnt reader (table directory, maxp glyph count, loca glyph lengths).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "qpdf_json.h"
#include "render_test_support.h"

namespace bp::render::testing {

struct EmbeddedFont {
  std::string base_font;        // "/ABCDEF+DejaVuSans,Book" without the slash
  std::string font_file_ref;    // "12 0 R"
  std::size_t font_file_bytes = 0;   // /Length in the PDF (compressed)
  std::size_t cid_to_gid_bytes = 0;  // /Length of the CIDToGIDMap stream
  std::string program;          // the decoded TrueType file
};

namespace detail {

inline const ptree* objects(const QpdfJson& json) {
  for (const auto& [k, part] : json.root().get_child("qpdf"))
    if (part.find("trailer") != part.not_found()) return &part;
  return nullptr;
}

// /Length of stream object `ref` (direct or indirect).
inline std::size_t stream_length(const QpdfJson& json, const std::string& ref) {
  const ptree* dict = json.object(ref);
  if (dict == nullptr) return 0;
  const ptree* length = child(*dict, "/Length");
  if (length == nullptr) return 0;
  std::string value = length->data();
  if (value.size() > 2 && value.substr(value.size() - 2) == " R") {
    const ptree* target = json.object(value);
    if (target == nullptr) return 0;
    value = target->data();
  }
  return static_cast<std::size_t>(std::stoul(value));
}

}  // namespace detail

inline std::vector<EmbeddedFont> embedded_fonts(const std::filesystem::path& pdf) {
  std::vector<EmbeddedFont> fonts;
  const QpdfJson json(pdf);
  if (!json.ok()) return fonts;
  const ptree* objs = detail::objects(json);
  if (objs == nullptr) return fonts;
  for (const auto& [key, obj] : *objs) {
    const auto value = obj.find("value");
    if (value == obj.not_found()) continue;
    const ptree& d = value->second;
    const ptree* subtype = child(d, "/Subtype");
    if (subtype == nullptr || subtype->data() != "/Type0") continue;
    EmbeddedFont f;
    f.base_font = d.get<std::string>("/BaseFont", "");
    if (!f.base_font.empty() && f.base_font[0] == '/') f.base_font.erase(0, 1);
    const ptree* descendants = child(d, "/DescendantFonts");
    if (descendants == nullptr || descendants->empty()) continue;
    const ptree* cid_font = json.object(descendants->begin()->second.data());
    if (cid_font == nullptr) continue;
    if (const ptree* map = child(*cid_font, "/CIDToGIDMap"))
      f.cid_to_gid_bytes = detail::stream_length(json, map->data());
    const ptree* descriptor_ref = child(*cid_font, "/FontDescriptor");
    const ptree* descriptor =
        descriptor_ref == nullptr ? nullptr : json.object(descriptor_ref->data());
    if (descriptor != nullptr) {
      if (const ptree* file = child(*descriptor, "/FontFile2")) {
        f.font_file_ref = file->data();
        f.font_file_bytes = detail::stream_length(json, f.font_file_ref);
        const std::string number = f.font_file_ref.substr(0, f.font_file_ref.find(' '));
        f.program = run("qpdf --show-object=" + number + " --filtered-stream-data " +
                        quoted(pdf) + " 2>/dev/null")
                        .output;
      }
    }
    fonts.push_back(std::move(f));
  }
  return fonts;
}

// A minimal reader of a TrueType file's tables.
class Sfnt {
 public:
  explicit Sfnt(std::string bytes) : b_(std::move(bytes)) {}

  bool has_table(const char* tag) const { return find(tag) != nullptr; }
  std::size_t table_length(const char* tag) const {
    const char* e = find(tag);
    return e == nullptr ? 0 : u32(e + 12);
  }
  int glyph_count() const {
    const char* e = find("maxp");
    if (e == nullptr || u32(e + 8) + 6 > b_.size()) return -1;
    return u16(b_.data() + u32(e + 8) + 4);
  }
  // Bytes of each glyph's outline in glyf (0 = empty glyph); empty on error.
  std::vector<std::size_t> glyph_lengths() const {
    const char* head = find("head");
    const char* loca = find("loca");
    const int n = glyph_count();
    if (head == nullptr || loca == nullptr || n <= 0) return {};
    if (u32(head + 8) + 52 > b_.size()) return {};
    const bool long_format = u16(b_.data() + u32(head + 8) + 50) != 0;
    const std::size_t entry = long_format ? 4 : 2;
    if (u32(loca + 8) + entry * (static_cast<std::size_t>(n) + 1) > b_.size()) return {};
    const char* offsets = b_.data() + u32(loca + 8);
    std::vector<std::size_t> lengths;
    for (int g = 0; g < n; ++g) {
      const std::size_t a = long_format ? u32(offsets + 4 * g) : 2u * u16(offsets + 2 * g);
      const std::size_t z =
          long_format ? u32(offsets + 4 * (g + 1)) : 2u * u16(offsets + 2 * (g + 1));
      lengths.push_back(z >= a ? z - a : 0);
    }
    return lengths;
  }

 private:
  static std::uint32_t u32(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (std::uint32_t{u[0]} << 24) | (std::uint32_t{u[1]} << 16) |
           (std::uint32_t{u[2]} << 8) | u[3];
  }
  static std::uint16_t u16(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint16_t>((u[0] << 8) | u[1]);
  }
  // The table directory entry (16 bytes) for `tag`, or nullptr.
  const char* find(const char* tag) const {
    if (b_.size() < 12) return nullptr;
    const int tables = u16(b_.data() + 4);
    for (int i = 0; i < tables; ++i) {
      const std::size_t at = 12 + 16 * static_cast<std::size_t>(i);
      if (at + 16 > b_.size()) return nullptr;
      if (b_.compare(at, 4, tag) == 0) return b_.data() + at;
    }
    return nullptr;
  }

  std::string b_;
};

}  // namespace bp::render::testing
