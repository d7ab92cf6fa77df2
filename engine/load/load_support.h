#pragma once
// Small helpers shared by the report and style loaders. Internal to the load stage.

#include <filesystem>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace bp::load::detail {

// Reads the whole file into `bytes`. On failure reports "<what> not found:
// <path>", "cannot read <path>" or, for a file over the size limit
// (load/limits.h), "the file is N bytes: the limit is ..." at the file and
// returns false.
bool read_file(const std::filesystem::path& file, std::string& bytes, DiagnosticSink& sink,
               std::string_view what);

// Hands every diagnostic of `from` to `to`, in file order (line, then column;
// diagnostics without a line first). Equal places keep their order.
void forward_sorted(const DiagnosticSink& from, DiagnosticSink& to);

}  // namespace bp::load::detail
