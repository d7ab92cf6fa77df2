#pragma once
// What the house fonts can print, as the load stage needs to know it, and the
// options of the loaders.
//
// A character the fonts lack would be drawn as the font's empty box (.notdef)
// without a word. So the loaders are told, per house style, which code points
// the style's fonts can draw: after parsing, every code point of the printed
// text (text, CDATA and printed attribute values) that they cannot draw is
// replaced by U+FFFD (the replacement character, which the fonts must have) and
// reported once per file as a warning at its first place. The load stage never
// reads a font: the program builds the Repertoire from the layout stage's font
// metrics and passes it in.

#include <functional>
#include <optional>
#include <string>

namespace bp::load {

struct Repertoire {
  // "DejaVu Sans": the fonts' family name, for messages.
  std::string font_name;
  // Where the fonts are chosen ("layouts/overview-and-scrutiny/style.xml"), for hints.
  std::string style_file;
  // True when every face of the style (regular, bold, italic, bold italic) has the code point.
  std::function<bool(char32_t)> has;
  // Code points above this cannot be printed whatever the fonts hold.
  char32_t limit = 0x10FFFF;
};

// The repertoire of a house style by name; nullopt when it cannot be built (an
// unknown style or an unreadable font: whoever loads the style reports that).
using RepertoireLookup = std::function<std::optional<Repertoire>(const std::string& style)>;

struct LoadOptions {
  // Empty: the text is not checked against any fonts.
  RepertoireLookup repertoire;
};

}  // namespace bp::load
