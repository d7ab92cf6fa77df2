#include "core/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace bp {

namespace {
std::runtime_error io_error(const std::string& what, const std::filesystem::path& p) {
  return std::runtime_error(p.string() + ": " + what + ": " + std::strerror(errno));
}
}  // namespace

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string name = ".";
  name.append(target.filename().string());
  name.append(".tmp-XXXXXX");
  std::string tmpl = (dir / name).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw io_error("cannot create a temporary file", target);
  const std::filesystem::path tmp = tmpl;
  auto fail = [&](const char* what) {
    auto err = io_error(what, target);
    ::close(fd);
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    return err;
  };
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw fail("cannot write");
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) throw fail("cannot flush");
  if (::close(fd) != 0) {
    fd = -1;
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    throw io_error("cannot close", target);
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    auto err = io_error("cannot replace", target);
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    throw err;
  }
}

}  // namespace bp
