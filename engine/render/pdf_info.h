#pragma once
// Document information dictionary (Title, Author, dates ...) from the laid-out
// document's metadata. Internal to the render stage.
//
// Dates come only from `meta.creation_date` (ISO "YYYY-MM-DD", midnight UTC,
// written as D:YYYYMMDD000000+00'00'), never from the clock, so the same input
// gives the same bytes. An empty date writes no CreationDate/ModDate; a
// malformed one throws RenderError. Empty strings are left out; Creator falls
// back to "boardpack". Requires the UTF-8 encoder to be current.

#include <optional>
#include <string_view>

#include "compose/document.h"
#include "render/hpdf_handle.h"

namespace bp::render {

// "2020-03-02" -> {2020, 3, 2, 0, 0, 0, '+', 0, 0}; nullopt unless a real date.
std::optional<HPDF_Date> pdf_date_from_iso(std::string_view iso);

void write_document_info(PdfHandle& pdf, const doc::Metadata& meta);

}  // namespace bp::render
