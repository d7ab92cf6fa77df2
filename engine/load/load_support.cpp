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
  // Read at the size the file has (one exact allocation, no copy); a file
  // that grows meanwhile is read to its end all the same.
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    sink.error(SourceLocation{file.string(), 0, 0}, "cannot read " + file.string());
    return false;
  }
  bytes.clear();
  if (!ec && size > 0) {
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (!in.bad()) {
    in.clear();
    std::ostringstream rest;
    if (rest << in.rdbuf()) bytes += std::move(rest).str();  // fails (harmlessly) when there is none
  }
  if (in.bad()) {
    sink.error(SourceLocation{file.string(), 0, 0}, "cannot read " + file.string());
    return false;
  }
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
