#pragma once
// Line breaking: the styled runs of one paragraph -> lines that fit a width.
//
// Contract:
// - Break opportunities: after spaces (a space run belongs to the word before
//   it); after '-' between a letter and a non-space (so "2019-20" and "-5"
//   stay whole); after an en or em dash or a zero-width space (U+200B)
//   followed by a non-space; after '/', '?', '&', '=' inside a word
//   ("soft" breaks, used only in URL-like words — a run with a link, a word
//   holding "://" or starting "www." — and in words wider than the line).
//   "\n" inside a run forces a line break.
// - A word wider than the line breaks between characters, so a line is never
//   wider than its width (unless a single character is).
// - Spaces at a line's end are neither counted nor drawn; spaces at a line's
//   start are dropped.
// - Greedy first fit. Align::Center / Right shift each line inside its text
//   column; the label never moves.
// - Label: drawn at style.left_indent. Text starts at left_indent + label_width
//   on every line; when the measured label is wider than label_width the first
//   line's text starts after the label and one space instead.
// - Widths are advance sums at the paragraph's size (no kerning), the same sum
//   the renderer draws.
// Input is already whitespace-collapsed (compose's job).
// A ShapedParagraph measures every character once, at construction; breaking
// it at several widths (table columns) measures nothing again. It keeps
// pointers to the paragraph and the metrics: both must outlive it.

#include <cstdint>
#include <vector>

#include "compose/document.h"
#include "layout/font_metrics.h"

namespace bp::layout {

// A piece of one run placed on a line.
struct LineSpan {
  std::uint32_t run = 0;    // index into Paragraph::runs
  std::uint32_t begin = 0;  // byte range in runs[run].text
  std::uint32_t end = 0;
  double x = 0;             // left edge, relative to the frame's left edge
  double width = 0;         // advance width of the bytes, pt
};

struct Line {
  std::vector<LineSpan> spans;  // left to right; no trailing spaces
  double x = 0;                 // left edge of the text (after alignment)
  double width = 0;             // visible width, pt
};

// Narrowest and widest a paragraph can be laid out (auto table columns).
struct ContentWidths {
  double min = 0;  // widest unbreakable word, plus indents
  double max = 0;  // widest line without wrapping, plus indents
};

enum class BreakKind : std::uint8_t { None, Soft, Normal, Forced };

// A maximal piece of one run between break opportunities.
struct Atom {
  std::uint32_t run = 0;
  std::uint32_t begin = 0, end = 0;  // visible bytes
  std::uint32_t space_end = 0;       // end of the trailing spaces (== end if none)
  double width = 0;                  // pt, visible bytes
  double space_width = 0;            // pt, trailing spaces
  BreakKind brk = BreakKind::None;   // opportunity after this atom
  bool urlish = false;               // part of a URL-like word: soft breaks usable
};

class ShapedParagraph {
 public:
  ShapedParagraph(const doc::Paragraph& paragraph, const FontMetrics& metrics);

  const doc::Paragraph& paragraph() const { return *para_; }
  double label_width() const { return label_width_; }  // measured label text, pt

  ContentWidths content_widths() const;
  // Lines for a frame `frame_width` wide (indents are inside the frame). An
  // empty paragraph gives one empty line.
  std::vector<Line> break_lines(double frame_width) const;

  const std::vector<Atom>& atoms() const { return atoms_; }

 private:
  void analyze();
  double first_text_x() const;
  double text_x() const;
  double char_width(std::uint32_t run, char32_t cp) const;

  const doc::Paragraph* para_;
  const FontMetrics* metrics_;
  std::vector<Atom> atoms_;
  double label_width_ = 0;
  double label_space_ = 0;
};

}  // namespace bp::layout
