#pragma once
// Inline text as written in a report: runs of plain, emphasised and linked text.

#include <string>
#include <vector>

namespace bp::model {

struct Span {
  std::string text;  // UTF-8
  bool bold = false;
  bool italic = false;
  std::string href;  // non-empty: a link (https://..., mailto:...)
  bool operator==(const Span&) const = default;
};

// One paragraph's worth of inline content. Whitespace inside has already been
// collapsed by the loader (runs of spaces/newlines -> one space, trimmed at ends).
using RichText = std::vector<Span>;

// The text without formatting, e.g. for bookmarks and document information.
std::string plain_text(const RichText& t);

inline RichText plain(std::string s) {
  Span span;
  span.text = std::move(s);
  return RichText{span};
}

}  // namespace bp::model
