// See content_stream.h.

#include "render/content_stream.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "render/pdf_text.h"

namespace bp::render {
namespace {

constexpr long long kPow10[] = {1, 10, 100, 1000, 10000};

long long to_unit4(double v) {
  return std::isfinite(v) ? std::llround(std::clamp(v, 0.0, 1.0) * 10000.0) : 0;
}

}  // namespace

long long to_milli(double pt) {
  return std::isfinite(pt) ? std::llround(std::clamp(pt, -1e9, 1e9) * 1000.0) : 0;
}

void ContentStream::scaled(long long v, int decimals) {
  char buf[40];
  char* p = buf;
  unsigned long long u = v < 0 ? 0ULL - static_cast<unsigned long long>(v)
                                : static_cast<unsigned long long>(v);
  if (v < 0) *p++ = '-';
  while (decimals > 0 && u % 10 == 0) {  // drop trailing zeros of the fraction
    u /= 10;
    --decimals;
  }
  const auto unit = static_cast<unsigned long long>(kPow10[decimals]);
  p = std::to_chars(p, buf + sizeof buf, u / unit).ptr;
  if (decimals > 0) {
    *p++ = '.';
    unsigned long long frac = u % unit;
    for (int i = decimals - 1; i >= 0; --i) {
      p[i] = static_cast<char>('0' + frac % 10);
      frac /= 10;
    }
    p += decimals;
  }
  *p++ = ' ';
  out_.append(buf, static_cast<std::size_t>(p - buf));
}

void ContentStream::length(double pt) { scaled(to_milli(pt), 3); }

void ContentStream::font(std::string_view resource_name, double size) {
  out_ += '/';
  out_ += resource_name;
  out_ += ' ';
  length(size);
  out_ += "Tf\n";
}

void ContentStream::move_text(long long dx_milli, long long dy_milli) {
  scaled(dx_milli, 3);
  scaled(dy_milli, 3);
  out_ += "Td\n";
}

void ContentStream::text_matrix(double a, double b, double c, double d, long long e_milli,
                                long long f_milli) {
  // Rotation terms on a 1/100000 grid would be finer than needed: 4 decimals
  // place a glyph 400 pt from the origin within 0.04 pt.
  for (const double v : {a, b, c, d})
    scaled(std::isfinite(v) ? std::llround(std::clamp(v, -1e6, 1e6) * 10000.0) : 0, 4);
  scaled(e_milli, 3);
  scaled(f_milli, 3);
  out_ += "Tm\n";
}

void ContentStream::show_text(std::string_view utf8) {
  // At most 2 codes' bytes per UTF-8 byte, each escaped to 2 bytes: room for
  // all of it is made once, then written through a pointer.
  const std::size_t start = out_.size();
  out_.resize(start + 1 + 4 * utf8.size() + 5);
  char* p = out_.data() + start;
  *p++ = '(';
  const auto put = [&p](unsigned char b) {
    switch (b) {
      case '(': *p++ = '\\'; *p++ = '('; break;
      case ')': *p++ = '\\'; *p++ = ')'; break;
      case '\\': *p++ = '\\'; *p++ = '\\'; break;
      case '\r': *p++ = '\\'; *p++ = 'r'; break;
      case '\n': *p++ = '\\'; *p++ = 'n'; break;
      default: *p++ = static_cast<char>(b);
    }
  };
  for_each_pdf_code(utf8, [&](char16_t code) {
    put(static_cast<unsigned char>(code >> 8));
    put(static_cast<unsigned char>(code & 0xFF));
  });
  for (const char c : std::string_view(") Tj\n")) *p++ = c;
  out_.resize(static_cast<std::size_t>(p - out_.data()));
}

void ContentStream::fill_color(const Color& c) {
  scaled(to_unit4(c.r), 4);
  scaled(to_unit4(c.g), 4);
  scaled(to_unit4(c.b), 4);
  out_ += "rg\n";
}

void ContentStream::stroke_color(const Color& c) {
  scaled(to_unit4(c.r), 4);
  scaled(to_unit4(c.g), 4);
  scaled(to_unit4(c.b), 4);
  out_ += "RG\n";
}

void ContentStream::line_width(double w) {
  length(w);
  out_ += "w\n";
}

void ContentStream::dash(const std::vector<double>& pattern, double phase) {
  out_ += '[';
  for (const double v : pattern) length(v);
  if (!pattern.empty()) out_.pop_back();  // no space before ']'
  out_ += "] ";
  length(phase);
  out_ += "d\n";
}

void ContentStream::rect(double x, double y, double w, double h) {
  length(x);
  length(y);
  length(w);
  length(h);
  out_ += "re\n";
}

void ContentStream::move_to(double x, double y) {
  length(x);
  length(y);
  out_ += "m\n";
}

void ContentStream::line_to(double x, double y) {
  length(x);
  length(y);
  out_ += "l\n";
}

void ContentStream::curve_to(double x1, double y1, double x2, double y2, double x3, double y3) {
  length(x1);
  length(y1);
  length(x2);
  length(y2);
  length(x3);
  length(y3);
  out_ += "c\n";
}

void ContentStream::segment(long long x1, long long y1, long long x2, long long y2) {
  scaled(x1, 3);
  scaled(y1, 3);
  out_ += "m\n";
  scaled(x2, 3);
  scaled(y2, 3);
  out_ += "l\n";
}

}  // namespace bp::render
