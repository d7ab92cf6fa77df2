// See flate.h.

#include "render/flate.h"

#include <libdeflate.h>

#include "render/pdf_renderer.h"

namespace bp::render {

FlateCompressor::FlateCompressor(int level) : c_(libdeflate_alloc_compressor(level)) {
  if (c_ == nullptr)
    throw RenderError("PDF output failed: cannot start compression (out of memory?)");
}

FlateCompressor::~FlateCompressor() { libdeflate_free_compressor(c_); }

std::string_view FlateCompressor::compress(std::string_view bytes) {
  out_.resize(libdeflate_zlib_compress_bound(c_, bytes.size()));
  const std::size_t n =
      libdeflate_zlib_compress(c_, bytes.data(), bytes.size(), out_.data(), out_.size());
  if (n == 0) throw RenderError("PDF output failed: compressing a page failed");
  return std::string_view(out_.data(), n);
}

}  // namespace bp::render
