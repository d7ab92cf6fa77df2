#pragma once
// Writing outputs so that a reader never sees half a file.

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace bp {

// Writes `bytes` to a temporary file in the folder of `target`, flushes it, and
// renames it over `target`. On any failure the temporary file is removed, the
// previous `target` (if any) is left untouched, and std::runtime_error is thrown
// with a message naming the path.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace bp
