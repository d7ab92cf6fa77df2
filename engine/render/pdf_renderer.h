#pragma once
// PDF output through libharu. The only code in boardpack that calls libharu.

#include <stdexcept>
#include <string>

#include "layout/page.h"

namespace bp::render {

class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Renders the pages to PDF bytes: fonts embedded (UTF-8, Identity-H), document
// information from `doc.meta` (creation date from the input, so the same input
// gives the same bytes), bookmarks, URI and internal links. Throws RenderError
// with libharu's error code and what was being done.
std::string render_pdf(const layout::LaidOutDocument& doc);

}  // namespace bp::render
