#pragma once
// A self-check of laid-out pages: is everything where it may be?
//
// Rules, per page (frame = the page's body inside its margins, as reported by
// lay_out):
// - content text (struct id >= 0) lies inside the frame: x .. x + width
//   horizontally, baseline - ascender*size .. baseline + descender*size
//   vertically (holds when line_height >= ascender + descender);
// - artefact text that is not rotated (repeated table headers, footers,
//   headers) lies either inside the frame or wholly outside it, and inside the
//   page;
// - watermark paths stay inside the page;
// - filled rectangles and rules lie inside the frame (half a rule's width of
//   slack).
// Returns one message per problem ("page 3: text 'abc' ... crosses the frame"),
// empty when all is well. Tolerance 0.01 pt.

#include <string>
#include <vector>

#include "core/geometry.h"
#include "layout/font_metrics.h"
#include "layout/page.h"

namespace bp::layout {

std::vector<std::string> check_placement(const LaidOutDocument& doc, const std::vector<Rect>& body_frames,
                                         const FontMetrics& metrics);

}  // namespace bp::layout
