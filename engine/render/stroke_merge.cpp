// See stroke_merge.h.

#include "render/stroke_merge.h"

#include <algorithm>
#include <utility>

namespace bp::render {
namespace {

// Merges runs along one axis. Each segment is (line, from, to) with from < to.
struct Span {
  long long line = 0, from = 0, to = 0;
};

std::vector<Span> merge_spans(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.line != b.line ? a.line < b.line : a.from < b.from;
  });
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && out.back().line == s.line && s.from <= out.back().to)
      out.back().to = std::max(out.back().to, s.to);
    else
      out.push_back(s);
  }
  return out;
}

}  // namespace

std::vector<Segment> merge_segments(std::vector<Segment> segments) {
  std::vector<Span> horizontal, vertical;
  std::vector<Segment> other;
  for (const Segment& s : segments) {
    if (s.y1 == s.y2 && s.x1 != s.x2)
      horizontal.push_back({s.y1, std::min(s.x1, s.x2), std::max(s.x1, s.x2)});
    else if (s.x1 == s.x2 && s.y1 != s.y2)
      vertical.push_back({s.x1, std::min(s.y1, s.y2), std::max(s.y1, s.y2)});
    else
      other.push_back(s);  // diagonal, or a point (which butt caps leave unpainted)
  }
  std::vector<Segment> out;
  out.reserve(segments.size());
  for (const Span& h : merge_spans(std::move(horizontal)))
    out.push_back({h.from, h.line, h.to, h.line});
  for (const Span& v : merge_spans(std::move(vertical)))
    out.push_back({v.line, v.from, v.line, v.to});
  out.insert(out.end(), other.begin(), other.end());
  return out;
}

}  // namespace bp::render
