#pragma once
// zlib-format (FlateDecode) compression of page content streams, with
// libdeflate. Internal to the render stage.
//
// libharu compresses every stream it writes with zlib at level 6 while
// saving; for a long report that was the largest single cost of the whole
// program. Page content (the bulk of a report's bytes) is compressed here
// instead and handed to libharu already compressed (hpdf_internals.h
// set_page_content_flate). libdeflate at kContentLevel is several times
// faster than zlib at 6 for output a few per cent larger (tests/bench). The
// same input always gives the same bytes.

#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace bp::render {

// libdeflate level for page content: 1..12 (1 fastest).
inline constexpr int kContentLevel = 4;

// One compressor (its tables allocated once, not per page). Not thread-safe;
// one per render.
class FlateCompressor {
 public:
  explicit FlateCompressor(int level = kContentLevel);
  ~FlateCompressor();
  FlateCompressor(const FlateCompressor&) = delete;
  FlateCompressor& operator=(const FlateCompressor&) = delete;

  // A complete zlib stream (header, deflate data, Adler-32) of `bytes`; the
  // returned view stays valid until the next call. Throws RenderError if
  // libdeflate fails.
  std::string_view compress(std::string_view bytes);

 private:
  libdeflate_compressor* c_ = nullptr;
  std::string out_;
};

}  // namespace bp::render
