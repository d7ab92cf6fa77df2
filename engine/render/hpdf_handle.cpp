// See hpdf_handle.h. The error callback records, never throws.

#include "render/hpdf_handle.h"

#include <cstdio>

#include "render/pdf_renderer.h"

namespace bp::render {
namespace {

void record_error(HPDF_STATUS status, HPDF_STATUS detail, void* user_data) {
  auto* record = static_cast<PdfHandle::ErrorRecord*>(user_data);
  if (record->status == HPDF_OK) {  // keep the first error: later ones are usually fallout
    record->status = status;
    record->detail = detail;
  }
}

std::string hex(HPDF_STATUS code) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%04lX", static_cast<unsigned long>(code));
  return buf;
}

}  // namespace

PdfHandle::PdfHandle() {
  doc_ = HPDF_New(&record_error, &error_);
  if (doc_ == nullptr) throw RenderError("libharu: cannot create a PDF document (out of memory?)");
}

PdfHandle::~PdfHandle() {
  if (doc_ != nullptr) HPDF_Free(doc_);
}

void PdfHandle::reset_error() {
  error_ = ErrorRecord{};
  HPDF_ResetError(doc_);
}

void PdfHandle::fail(HPDF_STATUS status, const char* what, int page) {
  const HPDF_STATUS code = error_.status != HPDF_OK ? error_.status : status;
  std::string msg = "PDF output failed: ";
  msg += what;
  if (page > 0) msg += " (page " + std::to_string(page) + ")";
  if (code != HPDF_OK) {
    msg += ": libharu error " + hex(code);
    const char* name = hpdf_error_name(code);
    if (*name != '\0') msg += std::string(" ") + name;
    if (error_.detail != 0) msg += ", detail " + std::to_string(error_.detail);
  } else {
    msg += ": libharu returned no object";
  }
  throw RenderError(msg);
}

const char* hpdf_error_name(HPDF_STATUS code) {
  switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM: return "HPDF_FAILD_TO_ALLOC_MEM";
    case HPDF_FILE_IO_ERROR: return "HPDF_FILE_IO_ERROR";
    case HPDF_FILE_OPEN_ERROR: return "HPDF_FILE_OPEN_ERROR";
    case HPDF_FONT_EXISTS: return "HPDF_FONT_EXISTS";
    case HPDF_INVALID_DATE_TIME: return "HPDF_INVALID_DATE_TIME";
    case HPDF_INVALID_DESTINATION: return "HPDF_INVALID_DESTINATION";
    case HPDF_INVALID_DOCUMENT: return "HPDF_INVALID_DOCUMENT";
    case HPDF_INVALID_ENCODER: return "HPDF_INVALID_ENCODER";
    case HPDF_INVALID_FONT_NAME: return "HPDF_INVALID_FONT_NAME";
    case HPDF_INVALID_FONTDEF_DATA: return "HPDF_INVALID_FONTDEF_DATA";
    case HPDF_INVALID_OUTLINE: return "HPDF_INVALID_OUTLINE";
    case HPDF_INVALID_PAGE: return "HPDF_INVALID_PAGE";
    case HPDF_INVALID_PARAMETER: return "HPDF_INVALID_PARAMETER";
    case HPDF_INVALID_URI: return "HPDF_INVALID_URI";
    case HPDF_PAGE_INVALID_FONT_SIZE: return "HPDF_PAGE_INVALID_FONT_SIZE";
    case HPDF_PAGE_INVALID_GMODE: return "HPDF_PAGE_INVALID_GMODE";
    case HPDF_PAGE_INVALID_SIZE: return "HPDF_PAGE_INVALID_SIZE";
    case HPDF_PAGE_OUT_OF_RANGE: return "HPDF_PAGE_OUT_OF_RANGE";
    case HPDF_STREAM_EOF: return "HPDF_STREAM_EOF";
    case HPDF_STRING_OUT_OF_RANGE: return "HPDF_STRING_OUT_OF_RANGE";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "HPDF_TTF_CANNOT_EMBEDDING_FONT";
    case HPDF_TTF_INVALID_CMAP: return "HPDF_TTF_INVALID_CMAP";
    case HPDF_TTF_INVALID_FOMAT: return "HPDF_TTF_INVALID_FOMAT";
    case HPDF_TTF_MISSING_TABLE: return "HPDF_TTF_MISSING_TABLE";
    case HPDF_UNSUPPORTED_FONT_TYPE: return "HPDF_UNSUPPORTED_FONT_TYPE";
    case HPDF_ZLIB_ERROR: return "HPDF_ZLIB_ERROR";
    default: return "";
  }
}

}  // namespace bp::render
