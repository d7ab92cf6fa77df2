// render_trace: see trace_renderer.h. Line formats (numbers rounded to 2
// decimals, trailing zeros dropped; colours as #rrggbb):
//
//   page <number> <width>x<height>
//   text <x> <baseline> <face> <size> "<text>" [c=<colour>] [a=<angle>] s=<struct_id>
//        (c= only when not black, a= only when not 0)
//   rect <x> <y> <width> <height> fill=<colour>|nofill s=<struct_id>
//   line <x1> <y1> <x2> <y2> w=<width> c=<colour> [dash=<on>,<off>,... phase=<p>]
//        (dash= only for a dashed line)
//   path <x> <y> <width> <height> n=<commands> fill=<colour> s=<struct_id>
//        (the box holds every point, curve control points included)
//   link <x> <y> <width> <height> "<uri>"
//   bookmark <level> "<title>" y=<y>
//
// Per page: the page line, its items in drawing order, then its links, then its
// bookmarks. In quoted strings '"' and '\' are escaped with '\' and control
// characters are written as \xNN; other UTF-8 passes through.

#include "render/trace_renderer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <variant>

#include "render/face_name.h"

namespace bp::render {
namespace {

void put_number(std::string& out, double v) {
  char buf[64];
  if (!std::isfinite(v)) {
    out += std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf");
    return;
  }
  const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  char* end = res.ptr;
  while (end[-1] == '0') --end;  // "70.10" -> "70.1", "11.00" -> "11."
  if (end[-1] == '.') --end;
  std::string_view s(buf, static_cast<std::size_t>(end - buf));
  if (s == "-0") s = "0";
  out += s;
}

void put_colour(std::string& out, const Color& c) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '#';
  for (double v : {c.r, c.g, c.b}) {
    const int byte = static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
}

void put_quoted(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (u < 0x20 || u == 0x7f) {
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

void put_int(std::string& out, int v) {
  char buf[16];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, res.ptr);
}

void trace_item(std::string& out, const layout::Item& item) {
  if (const auto* t = std::get_if<layout::TextItem>(&item)) {
    out += "text ";
    put_number(out, t->x);
    out += ' ';
    put_number(out, t->baseline);
    out += ' ';
    out += face_name(t->face);
    out += ' ';
    put_number(out, t->size);
    out += ' ';
    put_quoted(out, t->text);
    if (!(t->color == Color{0, 0, 0})) {
      out += " c=";
      put_colour(out, t->color);
    }
    if (t->angle != 0) {
      out += " a=";
      put_number(out, t->angle);
    }
    out += " s=";
    put_int(out, t->struct_id);
  } else if (const auto* r = std::get_if<layout::RectItem>(&item)) {
    out += "rect ";
    put_number(out, r->rect.x);
    out += ' ';
    put_number(out, r->rect.y);
    out += ' ';
    put_number(out, r->rect.width);
    out += ' ';
    put_number(out, r->rect.height);
    if (r->has_fill) {
      out += " fill=";
      put_colour(out, r->fill);
    } else {
      out += " nofill";
    }
    out += " s=";
    put_int(out, r->struct_id);
  } else if (const auto* p = std::get_if<layout::PathItem>(&item)) {
    const Rect box = layout::control_bounds(p->commands);
    out += "path ";
    put_number(out, box.x);
    out += ' ';
    put_number(out, box.y);
    out += ' ';
    put_number(out, box.width);
    out += ' ';
    put_number(out, box.height);
    out += " n=";
    put_int(out, static_cast<int>(p->commands.size()));
    out += " fill=";
    put_colour(out, p->fill);
    out += " s=";
    put_int(out, p->struct_id);
  } else {
    const auto& l = std::get<layout::LineItem>(item);
    out += "line ";
    put_number(out, l.x1);
    out += ' ';
    put_number(out, l.y1);
    out += ' ';
    put_number(out, l.x2);
    out += ' ';
    put_number(out, l.y2);
    out += " w=";
    put_number(out, l.width);
    out += " c=";
    put_colour(out, l.color);
    if (!l.dash.empty()) {
      out += " dash=";
      for (std::size_t i = 0; i < l.dash.size(); ++i) {
        if (i > 0) out += ',';
        put_number(out, l.dash[i]);
      }
      out += " phase=";
      put_number(out, l.dash_phase);
    }
  }
  out += '\n';
}

}  // namespace

std::string render_trace(const layout::LaidOutDocument& doc) {
  std::string out;
  for (const layout::Page& page : doc.pages) {
    out += "page ";
    put_int(out, page.number);
    out += ' ';
    put_number(out, page.width);
    out += 'x';
    put_number(out, page.height);
    out += '\n';
    for (const layout::Item& item : page.items) trace_item(out, item);
    for (const layout::Link& link : page.links) {
      out += "link ";
      put_number(out, link.rect.x);
      out += ' ';
      put_number(out, link.rect.y);
      out += ' ';
      put_number(out, link.rect.width);
      out += ' ';
      put_number(out, link.rect.height);
      out += ' ';
      put_quoted(out, link.uri);
      out += '\n';
    }
    for (const layout::Bookmark& b : page.bookmarks) {
      out += "bookmark ";
      put_int(out, b.level);
      out += ' ';
      put_quoted(out, b.title);
      out += " y=";
      put_number(out, b.y);
      out += '\n';
    }
  }
  return out;
}

}  // namespace bp::render
