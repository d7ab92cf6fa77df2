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
//
// Also (details in the render/*.h files): a document without pages, a font file
// that cannot be loaded, a malformed creation date or a "#..." link that names
// no page of the document is a RenderError. Each call owns its own libharu
// document, so calls on different threads are independent.
std::string render_pdf(const layout::LaidOutDocument& doc);

}  // namespace bp::render
