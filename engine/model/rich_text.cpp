// Inline text helpers (see rich_text.h).
//
// plain_text joins the spans' text unchanged: the loader has already
// collapsed whitespace, including the spaces between differently formatted
// spans, so nothing is added or removed here.

#include "model/rich_text.h"

namespace bp::model {

std::string plain_text(const RichText& t) {
  std::string out;
  for (const Span& s : t) out += s.text;
  return out;
}

}  // namespace bp::model
