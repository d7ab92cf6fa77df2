#pragma once
// A paragraph broken into lines for a frame width, and the drawing of a range
// of its lines at a place on a page.
//
// Vertical metrics (the same rule everywhere, cells included):
//   line box height (pitch) = size * line_height   (baseline-to-baseline)
//   baseline = line top + (line_height - (A + D)) * size / 2 + A * size
// where A and D are the Regular face's ascender and descender (em): the font's
// box is centred in the line box. With FixedMetrics (A + D = 1) that is
// top + (line_height - 1) * size / 2 + 0.8 * size.
//
// Drawing: one TextItem per maximal run of same face and colour on a line (not
// per word); the label is its own TextItem on the first line, in label_face
// and the colour of the first run. Runs with a link add one Link per line,
// covering their text horizontally and the line box vertically.

#include <cstddef>
#include <vector>

#include "compose/document.h"
#include "layout/font_metrics.h"
#include "layout/line_breaker.h"
#include "layout/page.h"

namespace bp::layout {

struct ParagraphBox {
  const doc::Paragraph* para = nullptr;
  std::vector<Line> lines;  // at least one
  double label_width = 0;   // measured label text, pt
  double pitch = 0;         // line box height, pt
  double baseline = 0;      // from a line's top to its baseline, pt

  double height() const { return pitch * static_cast<double>(lines.size()); }
};

ParagraphBox layout_paragraph(const ShapedParagraph& shaped, double frame_width, const FontMetrics& metrics);
ParagraphBox layout_paragraph(const doc::Paragraph& para, double frame_width, const FontMetrics& metrics);

// Where and as what a range of lines is drawn.
struct LinePlacement {
  double frame_x = 0;  // left edge of the frame the paragraph was broken for
  double top = 0;      // top of the first drawn line
  int text_id = -1;    // struct node of the paragraph
  int label_id = -1;   // struct node of the label
};

// Draws lines [first, last) onto `page`. The label goes with line 0.
void draw_lines(const ParagraphBox& box, std::size_t first, std::size_t last, const LinePlacement& at,
                Page& page);

}  // namespace bp::layout
