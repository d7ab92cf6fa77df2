#pragma once
// Widow and orphan control, shared by body paragraphs and table cells.
//
// lines_to_place(total, placed, fit): a paragraph of `total` lines has
// `placed` of them on earlier pages and room for `fit` more here. Returns how
// many to put here so that a paragraph's first part and its last part each
// have at least 2 lines: a 2- or 3-line paragraph is never split, a 4-line one
// only 2 + 2. 0 means "move on to the next page". Callers relax this (take
// `fit`, at least 1) when the page is already empty, so layout always
// progresses.

#include <algorithm>

namespace bp::layout {

inline int lines_to_place(int total, int placed, int fit) {
  const int left = total - placed;
  if (fit >= left) return left;
  int k = std::max(fit, 0);
  if (left - k < 2) k = left - 2;     // no single last line at the head of a page
  if (placed == 0 && k < 2) k = 0;    // no single first line at the foot of a page
  return std::max(k, 0);
}

}  // namespace bp::layout
