// See temp_file.h.

#include "render/temp_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include <unistd.h>

#include "render/pdf_renderer.h"

namespace bp::render {
namespace {

[[noreturn]] void fail(const std::string& what, int error) {
  throw RenderError("PDF output failed: " + what + ": " + std::strerror(error));
}

}  // namespace

TempFile::TempFile(std::string_view prefix, std::string_view bytes) {
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) throw RenderError("PDF output failed: no temporary directory: " + ec.message());
  std::string name = (dir / std::string(prefix)).string() + "XXXXXX";
  std::vector<char> buf(name.begin(), name.end());
  buf.push_back('\0');
  const int fd = ::mkstemp(buf.data());
  if (fd < 0) fail("creating a temporary font file in " + dir.string(), errno);
  path_.assign(buf.data());

  std::size_t done = 0;
  while (done < bytes.size()) {
    const ::ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : EIO;
      ::close(fd);
      ::unlink(path_.c_str());
      fail("writing the temporary font file " + path_, error);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(path_.c_str());
    fail("writing the temporary font file " + path_, error);
  }
}

TempFile::~TempFile() { ::unlink(path_.c_str()); }

}  // namespace bp::render
