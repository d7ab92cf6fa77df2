#pragma once
// The family name a TrueType file gives itself ("DejaVu Sans"), for messages.

#include <filesystem>
#include <string>

namespace bp::layout {

// The font's typographic family name (name ID 16), else its family name (ID
// 1), from its 'name' table; the file name without extension when the file
// cannot be read or has neither.
std::string font_family_name(const std::filesystem::path& file);

}  // namespace bp::layout
