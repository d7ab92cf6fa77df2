#pragma once
// RAII ownership of one libharu document and its error state. Internal to the
// render stage (includes <hpdf.h>).
//
// libharu reports errors through a C callback. Throwing or longjmp-ing through
// its C frames is undefined, so the callback only records the first (status,
// detail) pair in memory owned by this object; callers then call check() after
// each libharu call, which throws RenderError (naming what was being done and
// libharu's code) if anything was recorded. The destructor always calls
// HPDF_Free, so a thrown RenderError never leaks the document.
//
// Not copyable or movable: libharu holds a pointer to the error record. One
// PdfHandle per thread.

#include <hpdf.h>

#include <string>

namespace bp::render {

class PdfHandle {
 public:
  PdfHandle();  // throws RenderError if libharu cannot create a document
  ~PdfHandle();
  PdfHandle(const PdfHandle&) = delete;
  PdfHandle& operator=(const PdfHandle&) = delete;

  HPDF_Doc get() const { return doc_; }

  // Throws RenderError if `status` is not HPDF_OK or libharu has reported an
  // error since the last reset. `page` (1-based, 0 = none) goes into the message.
  void check(HPDF_STATUS status, const char* what, int page = 0) {
    if (status != HPDF_OK || error_.status != HPDF_OK) fail(status, what, page);
  }
  // For calls that return a handle: throws if it is null or an error was recorded.
  template <typename T>
  T require(T handle, const char* what, int page = 0) {
    if (handle == nullptr || error_.status != HPDF_OK) fail(HPDF_OK, what, page);
    return handle;
  }

  // Forgets a recorded error (used where an error code is an expected outcome,
  // e.g. end-of-stream when reading the saved PDF back).
  void reset_error();
  HPDF_STATUS recorded_status() const { return error_.status; }

  struct ErrorRecord {
    HPDF_STATUS status = HPDF_OK;
    HPDF_STATUS detail = 0;
  };

 private:
  [[noreturn]] void fail(HPDF_STATUS status, const char* what, int page);

  ErrorRecord error_;
  HPDF_Doc doc_ = nullptr;
};

// libharu's symbolic name for an error code ("HPDF_FILE_OPEN_ERROR"), or "" if unknown.
const char* hpdf_error_name(HPDF_STATUS code);

}  // namespace bp::render
