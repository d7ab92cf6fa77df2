// Paragraph boxes and line drawing (see paragraph_layout.h).

#include "layout/paragraph_layout.h"

#include <string>

namespace bp::layout {
namespace {

double baseline_offset(const doc::ParagraphStyle& st, const FontMetrics& m) {
  const double a = m.ascender(doc::FontFace::Regular);
  const double d = m.descender(doc::FontFace::Regular);
  return (st.line_height - (a + d)) * st.size / 2 + a * st.size;
}

}  // namespace

ParagraphBox layout_paragraph(const ShapedParagraph& shaped, double frame_width, const FontMetrics& metrics) {
  ParagraphBox box;
  box.para = &shaped.paragraph();
  box.lines = shaped.break_lines(frame_width);
  box.label_width = shaped.label_width();
  box.pitch = box.para->style.size * box.para->style.line_height;
  box.baseline = baseline_offset(box.para->style, metrics);
  return box;
}

ParagraphBox layout_paragraph(const doc::Paragraph& para, double frame_width, const FontMetrics& metrics) {
  return layout_paragraph(ShapedParagraph(para, metrics), frame_width, metrics);
}

void draw_lines(const ParagraphBox& box, std::size_t first, std::size_t last, const LinePlacement& at,
                Page& page) {
  const doc::Paragraph& p = *box.para;
  const double size = p.style.size;
  for (std::size_t li = first; li < last && li < box.lines.size(); ++li) {
    const Line& line = box.lines[li];
    const double top = at.top + static_cast<double>(li - first) * box.pitch;
    const double baseline = top + box.baseline;

    if (li == 0 && !p.label.empty()) {
      TextItem label;
      label.x = at.frame_x + p.style.left_indent;
      label.baseline = baseline;
      label.text = p.label;
      label.face = p.label_face;
      label.size = size;
      label.color = p.runs.empty() ? Color{0, 0, 0} : p.runs.front().color;
      label.width = box.label_width;
      label.struct_id = at.label_id;
      page.items.emplace_back(std::move(label));
    }

    // Text: merge neighbouring spans of the same face and colour.
    std::size_t s = 0;
    while (s < line.spans.size()) {
      const doc::TextRun& run = p.runs[line.spans[s].run];
      TextItem item;
      item.x = at.frame_x + line.spans[s].x;
      item.baseline = baseline;
      item.face = run.face;
      item.size = size;
      item.color = run.color;
      item.struct_id = at.text_id;
      double right = item.x;
      std::size_t e = s;
      while (e < line.spans.size()) {
        const LineSpan& sp = line.spans[e];
        const doc::TextRun& r = p.runs[sp.run];
        if (r.face != run.face || !(r.color == run.color)) break;
        item.text.append(r.text, sp.begin, sp.end - sp.begin);
        right = at.frame_x + sp.x + sp.width;
        ++e;
      }
      item.width = right - item.x;
      page.items.emplace_back(std::move(item));
      s = e;
    }

    // Links: merge neighbouring spans with the same target.
    s = 0;
    while (s < line.spans.size()) {
      const std::string& uri = p.runs[line.spans[s].run].link;
      std::size_t e = s + 1;
      while (e < line.spans.size() && p.runs[line.spans[e].run].link == uri) ++e;
      if (!uri.empty()) {
        const double x0 = at.frame_x + line.spans[s].x;
        const double x1 = at.frame_x + line.spans[e - 1].x + line.spans[e - 1].width;
        page.links.push_back(Link{Rect{x0, top, x1 - x0, box.pitch}, uri});
      }
      s = e;
    }
  }
}

}  // namespace bp::layout
