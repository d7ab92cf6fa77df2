#pragma once
// A private temporary file that exists only as long as its owner. Internal to
// the render stage (libharu 2.3.0 loads fonts only from a file name).
//
// The file is created with mkstemp (mode 0600, a fresh unique name, never an
// existing file) in the system temp directory (TMPDIR, else /tmp), named
// `prefix` + six random characters, and filled with `bytes`. The destructor
// removes it, also when a later step throws; a constructor that fails removes
// what it created before throwing RenderError. Removing a file that is still
// open elsewhere is fine on POSIX: libharu keeps reading through its own
// handle, and the name is gone at once. The name never reaches the PDF.

#include <string>
#include <string_view>

namespace bp::render {

// Prefix of the temporary font files (tests count files with it).
inline constexpr std::string_view kTempFontPrefix = "boardpack-font-";

class TempFile {
 public:
  TempFile(std::string_view prefix, std::string_view bytes);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace bp::render
