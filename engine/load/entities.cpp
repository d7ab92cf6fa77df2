// Advice for unknown entity references (see entities.h).

#include "load/entities.h"

#include <array>

namespace bp::load::detail {
namespace {

struct Known {
  std::string_view name;
  char32_t code;
  std::string_view glyph;  // UTF-8; empty for invisible characters
  std::string_view what;   // used when the character is invisible
};

// HTML entities that turn up in council papers pasted from the web or Word.
constexpr std::array<Known, 56> kHtml = {{
    {"pound", 0xA3, "£", ""},   {"euro", 0x20AC, "€", ""},   {"cent", 0xA2, "¢", ""},
    {"yen", 0xA5, "¥", ""},     {"nbsp", 0xA0, "", "no-break space"},
    {"shy", 0xAD, "", "soft hyphen"}, {"ensp", 0x2002, "", "en space"},
    {"emsp", 0x2003, "", "em space"}, {"thinsp", 0x2009, "", "thin space"},
    {"ndash", 0x2013, "–", ""}, {"mdash", 0x2014, "—", ""},  {"lsquo", 0x2018, "‘", ""},
    {"rsquo", 0x2019, "’", ""}, {"ldquo", 0x201C, "“", ""},  {"rdquo", 0x201D, "”", ""},
    {"hellip", 0x2026, "…", ""}, {"bull", 0x2022, "•", ""},  {"middot", 0xB7, "·", ""},
    {"copy", 0xA9, "©", ""},    {"reg", 0xAE, "®", ""},      {"trade", 0x2122, "™", ""},
    {"deg", 0xB0, "°", ""},     {"frac12", 0xBD, "½", ""},   {"frac14", 0xBC, "¼", ""},
    {"frac34", 0xBE, "¾", ""},  {"times", 0xD7, "×", ""},    {"divide", 0xF7, "÷", ""},
    {"plusmn", 0xB1, "±", ""},  {"le", 0x2264, "≤", ""},     {"ge", 0x2265, "≥", ""},
    {"ne", 0x2260, "≠", ""},    {"larr", 0x2190, "←", ""},   {"rarr", 0x2192, "→", ""},
    {"uarr", 0x2191, "↑", ""},  {"darr", 0x2193, "↓", ""},   {"harr", 0x2194, "↔", ""},
    {"sect", 0xA7, "§", ""},    {"para", 0xB6, "¶", ""},     {"laquo", 0xAB, "«", ""},
    {"raquo", 0xBB, "»", ""},   {"sup2", 0xB2, "²", ""},     {"sup3", 0xB3, "³", ""},
    {"micro", 0xB5, "µ", ""},   {"check", 0x2713, "✓", ""},  {"eacute", 0xE9, "é", ""},
    {"egrave", 0xE8, "è", ""},  {"aacute", 0xE1, "á", ""},   {"agrave", 0xE0, "à", ""},
    {"iacute", 0xED, "í", ""},  {"oacute", 0xF3, "ó", ""},   {"uacute", 0xFA, "ú", ""},
    {"ccedil", 0xE7, "ç", ""},  {"ntilde", 0xF1, "ñ", ""},   {"auml", 0xE4, "ä", ""},
    {"ouml", 0xF6, "ö", ""},    {"uuml", 0xFC, "ü", ""},
}};

std::string hex_upper(char32_t c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(c >> shift) & 0xF];
  return out;
}

}  // namespace

bool is_xml_entity(std::string_view name) {
  return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos";
}

EntityAdvice advise_unknown_entity(std::string_view name) {
  const std::string ref = "&" + std::string(name) + ";";
  for (const Known& k : kHtml) {
    if (k.name != name) continue;
    const std::string numeric = "&#" + std::to_string(static_cast<unsigned long>(k.code)) + ";";
    if (k.glyph.empty())
      return {"unknown entity " + ref + ": write the character U+" + hex_upper(k.code) + " (" +
                  std::string(k.what) + ") itself",
              "or write the numeric reference " + numeric};
    return {"unknown entity " + ref + ": write the character " + std::string(k.glyph) + " itself",
            "or write the numeric reference " + numeric};
  }
  return {"unknown entity " + ref,
          "XML defines only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#163;; "
          "write the character itself"};
}

}  // namespace bp::load::detail
