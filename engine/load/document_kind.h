#pragma once
// What kind of boardpack document an XML file holds, from its root element,
// without loading it: used by the batch build to route files.

#include <filesystem>
#include <string>

namespace bp::load {

enum class DocumentKind { Report, Meeting, Document, Other };

// Reads the start of `file` and returns the kind named by its root element
// (<report>, <meeting> or <document>: a standalone document); Other for
// anything else, including unreadable files (the loaders report those
// properly when asked to load them).
DocumentKind sniff_document_kind(const std::filesystem::path& file);

// The value of the root element's style attribute, read from the start of
// `file` without loading it; "" when there is none or it is not a plain style
// name (letters, digits, - and _), so that callers fall back to loading.
std::string sniff_root_style(const std::filesystem::path& file);

}  // namespace bp::load
