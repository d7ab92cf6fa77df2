// SourceText: byte offset -> line:col (see source_text.h for the conventions).

#include "load/source_text.h"

#include <algorithm>

namespace bp::load::detail {

SourceText::SourceText(std::string display_name, std::string bytes)
    : name_(std::move(display_name)), bytes_(std::move(bytes)) {
  const bool bom = bytes_.size() >= 3 && bytes_.compare(0, 3, "\xEF\xBB\xBF") == 0;
  line_starts_.push_back(bom ? 3 : 0);
  for (std::size_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (bytes_[i] == '\r') {
      if (i + 1 < bytes_.size() && bytes_[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

SourceLocation SourceText::at(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  // The last line starting at or before `offset`.
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  if (it == line_starts_.begin()) return SourceLocation{name_, 1, 1};  // inside the BOM
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  return SourceLocation{name_, line, offset - start + 1};
}

}  // namespace bp::load::detail
