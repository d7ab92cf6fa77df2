// Replacing the characters the house fonts cannot print (see repertoire_check.h).
//
// The replacement is made in pugixml's tree, before the readers run, so every
// reader sees the text as it will be printed. The places come from the file's
// own bytes: a text node's value starts at its offset in the file and runs to
// the next '<' (a CDATA section's to "]]>"); an attribute's value is found
// after its name in the start tag. The raw text is decoded as pugixml decodes
// it (a character reference is one code point), and when the two disagree the
// node's own place is used.

#include "load/repertoire_check.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "load/markup_scan.h"
#include "load/values.h"

namespace bp::load::detail {
namespace {

// Attributes whose values are read, not printed: names, dates, choices, numbers,
// file names and link targets.
constexpr std::array<std::string_view, 46> kReadAttributes = {
    "style",          "template",     "xmlns:xsi",    "xsi:noNamespaceSchemaLocation",
    "created",        "date",         "state",        "orientation",
    "letter",         "colspan",      "rowspan",      "shade",
    "align",          "bold",         "width",        "kind",
    "numbered",       "new-page",     "paragraph",    "href",
    "report",         "number",       "key-decision", "forward-plan",
    "supplementary",  "exempt",       "verbal",       "withdrawn",
    "rating",         "direction",    "polarity",     "frequency",
    "trend",          "charts",       "business-as-usual", "start",
    "due",            "done",         "at-risk",      "reporting-date",
    "as-at",          "number-milestones", "amber-percent", "amber-points",
    "points",         "percent"};

// Elements whose text is read as a date, a time or yes/no.
constexpr std::array<std::string_view, 7> kReadElements = {
    "date", "time", "published", "meeting-date", "key-decision", "forward-plan", "exempt"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// The blocks of combining marks (they attach to the character before them).
bool is_combining_mark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

// The code point of a character reference's name ("#x4E2D", "#20013"); 0 for
// anything else (the five XML entities, unknown ones).
char32_t reference_code_point(std::string_view name) {
  if (name.size() < 2 || name[0] != '#') return 0;
  const std::optional<unsigned long> v = character_reference_value(name.substr(1));
  return v ? static_cast<char32_t>(*v) : 0;
}

struct Found {
  char32_t cp = 0;
  std::size_t offset = 0;
};

class Walk {
 public:
  Walk(const XmlSource& src, const Repertoire& r, DiagnosticSink& sink) : src_(src), r_(r), sink_(sink) {}

  void element(pugi::xml_node el) {
    // The file's places of the characters are only looked for when a value
    // has a character to replace (rare): most values are checked in one pass.
    std::size_t index = 0;
    for (pugi::xml_attribute a = el.first_attribute(); a; a = a.next_attribute(), ++index) {
      if (listed(kReadAttributes, a.name())) continue;
      const auto places = [&] {
        const std::vector<AttributePosition> in_tag = src_.attributes_in_tag(el);
        if (index < in_tag.size() && in_tag[index].name == a.name()) return scan_attribute(in_tag[index].offset);
        return std::vector<Found>{};
      };
      if (auto text = replace(a.value(), places, [&] { return src_.at_attribute(el, a.name()); }))
        a.set_value(text->c_str());
    }
    const bool read = listed(kReadElements, el.name());
    for (pugi::xml_node n = el.first_child(); n; n = n.next_sibling()) {
      if (n.type() == pugi::node_element) {
        element(n);
      } else if (!read && (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata)) {
        const auto places = [&] {
          if (n.offset_debug() < 0) return std::vector<Found>{};
          const auto begin = static_cast<std::size_t>(n.offset_debug());
          const std::string_view text = src_.source().text();
          const std::size_t end = n.type() == pugi::node_cdata ? text.find("]]>", begin) : text.find('<', begin);
          return scan(begin, end == std::string_view::npos ? text.size() : end, n.type() == pugi::node_pcdata);
        };
        if (auto text = replace(n.value(), places, [&] { return src_.at(n); })) n.set_value(text->c_str());
      }
    }
  }

 private:
  bool printable(char32_t cp) const { return cp < 0x20 || (cp <= r_.limit && r_.has(cp)); }

  // The unprintable code points of the file's bytes [begin, end), decoding
  // character references when `references`.
  std::vector<Found> scan(std::size_t begin, std::size_t end, bool references) const {
    const std::string_view text = src_.source().text();
    std::vector<Found> out;
    std::size_t i = begin;
    while (i < end) {
      const std::size_t at = i;
      const auto byte = static_cast<unsigned char>(text[i]);
      char32_t cp = 0;
      if (byte == '&' && references) {
        const std::size_t semi = text.find(';', i);
        if (semi != std::string_view::npos && semi < end && semi - i <= 12) {
          cp = reference_code_point(text.substr(i + 1, semi - i - 1));
          i = semi + 1;
        } else {
          ++i;
        }
      } else if (byte < 0x80) {
        ++i;
        continue;
      } else {
        cp = next_code_point(text.substr(0, end), i);
      }
      if (cp != 0 && !printable(cp)) out.push_back({cp, at});
    }
    return out;
  }

  // The unprintable code points of the value of the attribute whose name starts at `name_offset`.
  std::vector<Found> scan_attribute(std::size_t name_offset) const {
    const std::string_view text = src_.source().text();
    const std::size_t eq = text.find('=', name_offset);
    if (eq == std::string_view::npos) return {};
    const std::size_t open = text.find_first_of("\"'", eq);
    if (open == std::string_view::npos) return {};
    const std::size_t close = text.find(text[open], open + 1);
    if (close == std::string_view::npos) return {};
    return scan(open + 1, close, true);
  }

  // The value with every unprintable code point replaced, or nullopt when it
  // has none. Warns for code points not reported before in this file, at the
  // places `places()` finds in the file (else at `fallback()`).
  template <typename Places, typename Fallback>
  std::optional<std::string> replace(std::string_view value, const Places& places, const Fallback& fallback) {
    std::size_t first = 0;  // the first byte that is not ASCII
    while (first < value.size() && static_cast<unsigned char>(value[first]) < 0x80) ++first;
    if (first == value.size()) return std::nullopt;  // ASCII is always printed
    std::vector<char32_t> bad;
    std::string out;
    out.reserve(value.size());
    out.append(value.substr(0, first));
    std::size_t i = first;
    while (i < value.size()) {
      const auto byte = static_cast<unsigned char>(value[i]);
      if (byte < 0x80) {
        out += value[i++];
        continue;
      }
      const std::size_t start = i;
      const char32_t cp = next_code_point(value, i);
      if (printable(cp)) {
        out.append(value.substr(start, i - start));
      } else {
        bad.push_back(cp);
        append_utf8(out, kReplacementChar);
      }
    }
    if (bad.empty()) return std::nullopt;
    const std::vector<Found> raw = places();
    const bool places_known =
        raw.size() == bad.size() &&
        std::equal(raw.begin(), raw.end(), bad.begin(), [](const Found& f, char32_t cp) { return f.cp == cp; });
    for (std::size_t k = 0; k < bad.size(); ++k) {
      if (!reported_.insert(bad[k]).second) continue;
      warn(bad[k], places_known ? src_.source().at(raw[k].offset) : fallback());
    }
    return out;
  }

  void warn(char32_t cp, const SourceLocation& where) {
    std::string shown;
    if (is_combining_mark(cp)) append_utf8(shown, 0x25CC);  // shown on a dotted circle, as charts do
    append_utf8(shown, cp);
    const std::string what = "\"" + shown + "\" (" + code_point_name(cp) + ")";
    const std::string printed = "; it is printed as \"\xEF\xBF\xBD\" (U+FFFD)";
    if (cp > r_.limit) {
      sink_.warning(where,
                    what + " is beyond " + code_point_name(r_.limit) + ", the last character boardpack prints" +
                        printed,
                    "write it out in words, or use a character up to " + code_point_name(r_.limit));
    } else {
      sink_.warning(where, what + " is not in the house font " + r_.font_name + printed,
                    "choose fonts that have it in <fonts> of " + r_.style_file +
                        ", or write it out in words");
    }
  }

  const XmlSource& src_;
  const Repertoire& r_;
  DiagnosticSink& sink_;
  std::set<char32_t> reported_;
};

}  // namespace

void replace_unprintable(const XmlSource& src, pugi::xml_node root, const Repertoire& r,
                         DiagnosticSink& sink) {
  if (!root || !r.has) return;
  Walk(src, r, sink).element(root);
}

void check_repertoire(const XmlSource& src, pugi::xml_node root, const LoadOptions& options,
                      DiagnosticSink& sink) {
  if (!root || !options.repertoire) return;
  const pugi::xml_attribute style = root.attribute("style");
  const std::string_view name = style.value();
  if (!is_style_name(name)) return;  // the reader reports it
  if (std::optional<Repertoire> r = options.repertoire(std::string(name))) replace_unprintable(src, root, *r, sink);
}

}  // namespace bp::load::detail
