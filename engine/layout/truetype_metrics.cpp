// TrueType metrics through HarfBuzz, cached for the hot path.
//
// Contract: the table of a face is a flat table of advances for every code
// point the font maps in U+0000..U+FFFF (a hash map beyond the BMP), filled
// eagerly from the font file's bytes (font_file_bytes). Each file's table is
// built once per process and shared (never mutated after it is built), so
// load_truetype_metrics costs a lookup once a FontSet's files have been seen,
// and one instance may be shared by threads. Unmapped code points have
// has_glyph() false and the advance of glyph 0 (.notdef), which is what the
// renderer will draw.
//
// Font files are read whole into memory (not mapped), once per process: a
// worker process forked after its parent loaded them reads them through the
// inherited pages, with no system call and no page fault.
//
// Advances are quantised to whole 1/1000 em, truncated, exactly as libharu
// writes them into the PDF /W array (advance * 1000 / unitsPerEm, integer), so
// the positions layout computes are the positions a viewer draws.
//
// Glyph outlines (glyph_outline) are read on demand from the HarfBuzz font kept
// for each face (made immutable; HarfBuzz loads its tables lazily and
// thread-safely), through hb_font_get_glyph_shape. TrueType quadratic curves
// are converted to cubic ones exactly; coordinates are font units / unitsPerEm.
// An unmapped code point gets the outline of glyph 0 (.notdef), as drawn.

#include <fcntl.h>
#include <hb.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "layout/font_metrics.h"

namespace bp::layout {
namespace {

constexpr std::size_t kBmpSize = 0x10000;

struct FaceTable {
  std::vector<std::uint16_t> bmp_milli;  // advance in 1/1000 em per BMP code point
  std::vector<std::uint8_t> bmp_present; // 1 when the font maps the code point
  std::unordered_map<char32_t, std::uint16_t> astral_milli;
  std::uint16_t notdef_milli = 0;
  double ascender = 0.8;
  double descender = 0.2;
  std::shared_ptr<hb_font_t> font;  // for outlines; holds its face and blob
  double upem = 1000;
};

// Owns a HarfBuzz object and releases it with `destroy`.
template <typename T, void (*destroy)(T*)>
struct HbPtr {
  T* p = nullptr;
  explicit HbPtr(T* q) : p(q) {}
  HbPtr(const HbPtr&) = delete;
  HbPtr& operator=(const HbPtr&) = delete;
  ~HbPtr() { if (p) destroy(p); }
};

std::uint16_t to_milli(hb_position_t advance, unsigned upem) {
  if (advance <= 0 || upem == 0) return 0;
  const auto v = static_cast<std::uint32_t>(advance) * 1000u / upem;
  return static_cast<std::uint16_t>(v > 0xFFFFu ? 0xFFFFu : v);
}

// The key of a file in the process-wide caches: its absolute, normalised path.
std::string file_key(const std::filesystem::path& file) {
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(file, ec);
  return (ec ? file : absolute).lexically_normal().string();
}

// The whole regular file at `path`; nullptr when it cannot be opened or read.
std::shared_ptr<const std::string> read_whole_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st{};
  std::shared_ptr<std::string> bytes;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    bytes = std::make_shared<std::string>();
    std::size_t size = 0;
    bytes->resize(static_cast<std::size_t>(st.st_size) + 1);  // + 1: sees the end in one pass
    for (;;) {
      if (size == bytes->size()) bytes->resize(bytes->size() * 2);  // the file grew while read
      const ssize_t n = ::read(fd, bytes->data() + size, bytes->size() - size);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        bytes.reset();
        break;
      }
      if (n == 0) break;
      size += static_cast<std::size_t>(n);
    }
    if (bytes) bytes->resize(size);
  }
  ::close(fd);
  return bytes;
}

struct FileStore {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const std::string>> files;
};

// Never destroyed: the process may use it until it exits (workers leave by _exit).
FileStore& file_store() {
  static FileStore* const store = new FileStore;
  return *store;
}

FaceTable load_face(const std::filesystem::path& path) {
  const std::string file = path.string();
  HbPtr<hb_blob_t, hb_blob_destroy> blob(font_file_blob(path));
  if (!blob.p) throw std::runtime_error("cannot read font file " + file);
  HbPtr<hb_face_t, hb_face_destroy> face(hb_face_create(blob.p, 0));
  const unsigned upem = hb_face_get_upem(face.p);
  if (hb_face_get_glyph_count(face.p) == 0 || upem == 0) {
    throw std::runtime_error("not a usable TrueType font: " + file);
  }
  HbPtr<hb_font_t, hb_font_destroy> font(hb_font_create(face.p));
  const int scale = static_cast<int>(upem);
  hb_font_set_scale(font.p, scale, scale);

  FaceTable t;
  t.font = std::shared_ptr<hb_font_t>(hb_font_reference(font.p), hb_font_destroy);
  hb_font_make_immutable(font.p);
  t.upem = upem;
  t.notdef_milli = to_milli(hb_font_get_glyph_h_advance(font.p, 0), upem);
  t.bmp_milli.assign(kBmpSize, t.notdef_milli);
  t.bmp_present.assign(kBmpSize, 0);

  hb_font_extents_t ext{};
  if (hb_font_get_h_extents(font.p, &ext)) {
    t.ascender = static_cast<double>(ext.ascender) / upem;
    t.descender = -static_cast<double>(ext.descender) / upem;
    if (t.descender < 0) t.descender = -t.descender;
  }

  // Every mapped code point, its glyph and its advance, in batches (one
  // HarfBuzz call per batch rather than two per character).
  HbPtr<hb_set_t, hb_set_destroy> unicodes(hb_set_create());
  hb_face_collect_unicodes(face.p, unicodes.p);
  constexpr unsigned kBatch = 512;
  std::array<hb_codepoint_t, kBatch> cps{}, glyphs{};
  std::array<hb_position_t, kBatch> advances{};
  hb_codepoint_t last = HB_SET_VALUE_INVALID;
  while (const unsigned n = hb_set_next_many(unicodes.p, last, cps.data(), kBatch)) {
    last = cps[n - 1];
    // Stops at the first code point without a glyph: the rest are retried.
    unsigned done = 0;
    while (done < n) {
      const unsigned mapped = hb_font_get_nominal_glyphs(font.p, n - done, &cps[done], sizeof(hb_codepoint_t),
                                                         &glyphs[done], sizeof(hb_codepoint_t));
      hb_font_get_glyph_h_advances(font.p, mapped, &glyphs[done], sizeof(hb_codepoint_t), &advances[done],
                                   sizeof(hb_position_t));
      for (unsigned k = done; k < done + mapped; ++k) {
        const hb_codepoint_t cp = cps[k];
        const std::uint16_t milli = to_milli(advances[k], upem);
        if (cp < kBmpSize) {
          t.bmp_milli[cp] = milli;
          t.bmp_present[cp] = 1;
        } else {
          t.astral_milli.emplace(static_cast<char32_t>(cp), milli);
        }
      }
      done += mapped + 1;  // skip the one that has no glyph
    }
  }
  return t;
}

// hb_draw callbacks: append to the std::vector<PathCommand> in draw_data,
// in font units, y up (scaled to em afterwards).
void on_move_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
  static_cast<std::vector<PathCommand>*>(data)->push_back(
      PathCommand{PathCommand::MoveTo, {PathPoint{x, y}}});
}
void on_line_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
  static_cast<std::vector<PathCommand>*>(data)->push_back(
      PathCommand{PathCommand::LineTo, {PathPoint{x, y}}});
}
void on_cubic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float c1x, float c1y, float c2x,
                 float c2y, float x, float y, void*) {
  static_cast<std::vector<PathCommand>*>(data)->push_back(PathCommand{
      PathCommand::CurveTo, {PathPoint{c1x, c1y}, PathPoint{c2x, c2y}, PathPoint{x, y}}});
}
// A quadratic from P0 (the current point) through control Q to P2 is the cubic
// with controls P0 + 2/3 (Q - P0) and P2 + 2/3 (Q - P2).
void on_quadratic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t* st, float qx, float qy,
                     float x, float y, void*) {
  const double x0 = st->current_x, y0 = st->current_y;
  const double c1x = x0 + 2.0 / 3.0 * (qx - x0), c1y = y0 + 2.0 / 3.0 * (qy - y0);
  const double c2x = x + 2.0 / 3.0 * (qx - x), c2y = y + 2.0 / 3.0 * (qy - y);
  static_cast<std::vector<PathCommand>*>(data)->push_back(PathCommand{
      PathCommand::CurveTo, {PathPoint{c1x, c1y}, PathPoint{c2x, c2y}, PathPoint{x, y}}});
}
void on_close_path(hb_draw_funcs_t*, void* data, hb_draw_state_t*, void*) {
  static_cast<std::vector<PathCommand>*>(data)->push_back(PathCommand{PathCommand::Close, {}});
}

std::shared_ptr<hb_draw_funcs_t> make_draw_funcs() {
  hb_draw_funcs_t* f = hb_draw_funcs_create();
  hb_draw_funcs_set_move_to_func(f, on_move_to, nullptr, nullptr);
  hb_draw_funcs_set_line_to_func(f, on_line_to, nullptr, nullptr);
  hb_draw_funcs_set_quadratic_to_func(f, on_quadratic_to, nullptr, nullptr);
  hb_draw_funcs_set_cubic_to_func(f, on_cubic_to, nullptr, nullptr);
  hb_draw_funcs_set_close_path_func(f, on_close_path, nullptr, nullptr);
  hb_draw_funcs_make_immutable(f);
  return std::shared_ptr<hb_draw_funcs_t>(f, hb_draw_funcs_destroy);
}

struct FaceCache {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const FaceTable>> faces;
};

FaceCache& face_cache() {
  static FaceCache* const cache = new FaceCache;
  return *cache;
}

// The table of the font file at `path`, built on first use in this process.
// A file that cannot be loaded throws and is not remembered.
std::shared_ptr<const FaceTable> shared_face(const std::filesystem::path& path) {
  const std::string key = file_key(path);
  FaceCache& cache = face_cache();
  const std::lock_guard<std::mutex> lock(cache.mutex);
  auto it = cache.faces.find(key);
  if (it == cache.faces.end()) it = cache.faces.emplace(key, std::make_shared<const FaceTable>(load_face(path))).first;
  return it->second;
}

const std::shared_ptr<hb_draw_funcs_t>& draw_funcs() {
  static const auto* const funcs = new std::shared_ptr<hb_draw_funcs_t>(make_draw_funcs());
  return *funcs;
}

class TrueTypeMetrics final : public FontMetrics {
 public:
  explicit TrueTypeMetrics(const doc::FontSet& fonts) : draw_funcs_(draw_funcs()) {
    faces_[0] = shared_face(fonts.path(doc::FontFace::Regular));
    faces_[1] = shared_face(fonts.path(doc::FontFace::Bold));
    faces_[2] = shared_face(fonts.path(doc::FontFace::Italic));
    faces_[3] = shared_face(fonts.path(doc::FontFace::BoldItalic));
  }

  double advance(doc::FontFace face, char32_t cp) const override {
    const FaceTable& t = table(face);
    if (cp < kBmpSize) return t.bmp_milli[cp] * 0.001;
    const auto it = t.astral_milli.find(cp);
    return (it == t.astral_milli.end() ? t.notdef_milli : it->second) * 0.001;
  }
  double ascender(doc::FontFace face) const override { return table(face).ascender; }
  double descender(doc::FontFace face) const override { return table(face).descender; }
  bool has_glyph(doc::FontFace face, char32_t cp) const override {
    const FaceTable& t = table(face);
    if (cp < kBmpSize) return t.bmp_present[cp] != 0;
    return t.astral_milli.count(cp) != 0;
  }
  std::vector<PathCommand> glyph_outline(doc::FontFace face, char32_t cp) const override {
    const FaceTable& t = table(face);
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(t.font.get(), cp, &glyph)) glyph = 0;
    std::vector<PathCommand> out;
    hb_font_get_glyph_shape(t.font.get(), glyph, draw_funcs_.get(), &out);
    const double k = 1.0 / t.upem;
    for (PathCommand& c : out) {
      for (PathPoint& p : c.points) {
        p.x *= k;
        p.y *= k;
      }
    }
    return out;
  }

 private:
  const FaceTable& table(doc::FontFace face) const {
    return *faces_[static_cast<std::size_t>(face) & 3u];
  }
  std::shared_ptr<hb_draw_funcs_t> draw_funcs_;
  std::array<std::shared_ptr<const FaceTable>, 4> faces_;
};

}  // namespace

std::unique_ptr<FontMetrics> load_truetype_metrics(const doc::FontSet& fonts) {
  return std::make_unique<TrueTypeMetrics>(fonts);
}

std::shared_ptr<const std::string> font_file_bytes(const std::filesystem::path& file) {
  try {
    const std::string key = file_key(file);
    FileStore& store = file_store();
    const std::lock_guard<std::mutex> lock(store.mutex);
    auto it = store.files.find(key);
    if (it != store.files.end()) return it->second;
    std::shared_ptr<const std::string> bytes = read_whole_file(key);
    if (bytes) store.files.emplace(key, bytes);
    return bytes;
  } catch (const std::exception&) {  // out of memory: as if unreadable
    return nullptr;
  }
}

hb_blob_t* font_file_blob(const std::filesystem::path& file) {
  std::shared_ptr<const std::string> bytes = font_file_bytes(file);
  if (!bytes || bytes->size() >= (1u << 31)) return nullptr;
  auto* keep = new std::shared_ptr<const std::string>(std::move(bytes));
  const std::string& b = **keep;
  // On failure HarfBuzz calls the destroy function itself.
  return hb_blob_create_or_fail(b.data(), static_cast<unsigned>(b.size()), HB_MEMORY_MODE_READONLY, keep,
                                [](void* p) { delete static_cast<std::shared_ptr<const std::string>*>(p); });
}

std::shared_ptr<const std::string> stored_font_file(const std::filesystem::path& file) {
  try {
    const std::string key = file_key(file);
    FileStore& store = file_store();
    const std::lock_guard<std::mutex> lock(store.mutex);
    auto it = store.files.find(key);
    return it == store.files.end() ? nullptr : it->second;
  } catch (const std::exception&) {
    return nullptr;
  }
}

}  // namespace bp::layout
