#pragma once
// PDF content-stream operators written into a byte buffer. Internal to the
// render stage; knows no libharu (the painter hands the finished page to it).
//
// Numbers: lengths are written on a 1/1000 pt grid and colour components on a
// 1/10000 grid, as the shortest decimal without trailing zeros ("56.69", "0",
// "-12.5"); lengths are clamped to +-1e9 pt, and a non-finite value (which
// callers should never pass) is written as 0.
// Text: show_text writes one string operand of 16-bit codes (render/pdf_text.h)
// as a literal string of raw bytes, escaping only what PDF requires ( ( ) \ )
// and the two end-of-line bytes (which readers would otherwise normalise): half
// the size of libharu's hex strings before compression. Every operator ends
// with a newline. Nothing here checks the operators' order (BT before Tj ...):
// that is the painter's job.

#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"

namespace bp::render {

// `pt` on the 1/1000 pt grid (clamped to +-1e9 pt; non-finite gives 0).
long long to_milli(double pt);

class ContentStream {
 public:
  void clear() { out_.clear(); }
  const std::string& bytes() const { return out_; }

  void begin_text() { out_ += "BT\n"; }
  void end_text() { out_ += "ET\n"; }
  void font(std::string_view resource_name, double size);   // /F1 11 Tf
  void move_text(long long dx_milli, long long dy_milli);     // dx dy Td (1/1000 pt)
  void text_matrix(double a, double b, double c, double d,    // a b c d e f Tm
                   long long e_milli, long long f_milli);
  void show_text(std::string_view utf8);                      // (...) Tj

  void fill_color(const Color& c);    // r g b rg (components clamped to 0..1)
  void stroke_color(const Color& c);  // r g b RG
  void line_width(double w);          // w w
  void dash(const std::vector<double>& pattern, double phase);  // [a b] p d

  void rect(double x, double y, double w, double h);  // re
  void move_to(double x, double y);                   // m
  void line_to(double x, double y);                   // l
  void curve_to(double x1, double y1, double x2, double y2, double x3, double y3);  // c
  // One straight subpath in 1/1000 pt: x1 y1 m x2 y2 l
  void segment(long long x1, long long y1, long long x2, long long y2);
  void close_path() { out_ += "h\n"; }
  void fill() { out_ += "f\n"; }
  void stroke() { out_ += "S\n"; }

  // Appends `v` (a count of 10^-decimals units) as a decimal, then a space.
  void scaled(long long v, int decimals);
  void length(double pt);  // 1/1000 pt grid, then a space

 private:
  std::string out_;
};

}  // namespace bp::render
