// House style -> paragraph styles, page setups, shades (contract in style_values.h).

#include "compose/style_values.h"

#include <algorithm>

#include "core/diagnostic.h"

namespace bp::compose {

doc::ParagraphStyle body_style(const model::HouseStyle& style) {
  doc::ParagraphStyle s;
  s.size = style.body_size;
  s.line_height = style.line_height;
  s.space_after = style.paragraph_spacing;
  return s;
}

doc::ParagraphStyle heading_style(const model::HouseStyle& style, int level) {
  doc::ParagraphStyle s;
  const int index = std::clamp(level, 1, 3) - 1;
  s.size = style.heading_sizes[index];
  s.line_height = style.line_height;
  s.space_before = style.heading_space_before;
  s.space_after = style.heading_space_after;
  s.keep_with_next = true;
  return s;
}

doc::ParagraphStyle cell_style(const model::HouseStyle& style, double size) {
  doc::ParagraphStyle s;
  s.size = size;
  s.line_height = style.line_height;
  s.space_after = std::max(1.0, style.paragraph_spacing * size / std::max(1.0, style.body_size) / 2);
  return s;
}

doc::PageSetup page_setup(const model::HouseStyle& style, Orientation o) {
  const model::Margins& m =
      o == Orientation::Landscape ? style.landscape_margins : style.portrait_margins;
  return doc::a4(o, m.top, m.right, m.bottom, m.left);
}

Color shade_colour(const model::HouseStyle& style, const std::string& name,
                   const SourceLocation& where, const std::string& context) {
  auto it = style.shades.find(name);
  if (it != style.shades.end()) return it->second;
  std::string known;
  for (const auto& [shade, colour] : style.shades) {
    (void)colour;
    if (!known.empty()) known += ", ";
    known += shade;
  }
  Diagnostic d;
  d.where = where;
  d.message = (context.empty() ? std::string() : context + ": ") + "unknown shade \"" + name + "\" in house style \"" + style.name + "\"";
  d.hint = known.empty() ? "the house style defines no shades; add <shade name=\"" + name +
                               "\" colour=\"#RRGGBB\"/> to style.xml"
                         : "known shades: " + known;
  throw InputError(std::move(d));
}

doc::FontFace bolder(doc::FontFace f) {
  switch (f) {
    case doc::FontFace::Italic:
    case doc::FontFace::BoldItalic: return doc::FontFace::BoldItalic;
    case doc::FontFace::Regular:
    case doc::FontFace::Bold: break;
  }
  return doc::FontFace::Bold;
}

}  // namespace bp::compose
