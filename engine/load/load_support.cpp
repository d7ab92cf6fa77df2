// File reading and diagnostic ordering for the loaders (see load_support.h).

#include "load/load_support.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "load/limits.h"

namespace bp::load::detail {

bool read_file(const std::filesystem::path& file, std::string& bytes, DiagnosticSink& sink,
               std::string_view what) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    sink.error(SourceLocation{file.string(), 0, 0}, std::string(what) + " not found: " + file.string());
    return false;
  }
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (!ec) {
    if (auto problem = file_size_problem(size)) {
      sink.error(SourceLocation{file.string(), 0, 0}, std::move(*problem), kFileSizeHint);
      return false;
    }
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buf;
  if (!in || !(buf << in.rdbuf())) {
    // An empty file makes `buf << rdbuf` fail too: that is not a read error.
    if (in && std::filesystem::file_size(file, ec) == 0 && !ec) {
      bytes.clear();
      return true;
    }
    sink.error(SourceLocation{file.string(), 0, 0}, "cannot read " + file.string());
    return false;
  }
  bytes = std::move(buf).str();
  return true;
}

void forward_sorted(const DiagnosticSink& from, DiagnosticSink& to) {
  std::vector<Diagnostic> all = from.all();
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  for (Diagnostic& d : all) to.report(std::move(d));
}

}  // namespace bp::load::detail
