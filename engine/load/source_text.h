#pragma once
// The bytes of one input file and the mapping from byte offsets to places.
//
// pugixml reports only byte offsets, so every loader keeps its own copy of the
// file and asks SourceText for `file:line:col`. Lines are 1-based and end at
// "\n", "\r\n" or a lone "\r". Columns are 1-based BYTE positions in the line
// (bytes-of-line-before + 1): a tab counts 1 and "£" counts 2. A UTF-8 byte
// order mark at the start of the file is not counted. Internal to the load stage.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace bp::load::detail {

class SourceText {
 public:
  SourceText(std::string display_name, std::string bytes);

  const std::string& name() const { return name_; }
  std::string_view text() const { return bytes_; }

  // The place of byte `offset` (clamped to the end of the text).
  SourceLocation at(std::size_t offset) const;
  // A place naming only the file (for problems with the file as a whole).
  SourceLocation whole_file() const { return SourceLocation{name_, 0, 0}; }

 private:
  std::string name_;
  std::string bytes_;
  std::vector<std::size_t> line_starts_;  // offset of the first byte of each line
};

}  // namespace bp::load::detail
