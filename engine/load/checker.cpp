// Checked reading of XML elements (see checker.h).

#include "load/checker.h"

#include <algorithm>

#include "load/limits.h"
#include "load/name_hints.h"
#include "load/values.h"

namespace bp::load::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool contains(const Names& names, std::string_view n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

// "2020-02-30" has the right shape but is no real day.
bool looks_like_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

std::string date_hint(std::string_view value) {
  return looks_like_iso_date(value) ? "there is no such day in the calendar"
                                    : "write 11 March 2020 as 2020-03-11";
}

const char* const kExpectedDate = "a date as YYYY-MM-DD";

// A real date outside the years boardpack reads (load/limits.h).
bool out_of_range(const model::Date& d) {
  return d.year() < kMinYear || d.year() > kMaxYear;
}

std::string year_range() {
  return "a date from " + std::to_string(kMinYear) + " to " + std::to_string(kMaxYear);
}
const char* const kExpectedYesNo = "yes or no";

// Where the value of a text-only element is: its first non-blank text.
pugi::xml_node value_node(pugi::xml_node el) {
  for (pugi::xml_node c : el.children())
    if (is_text(c) && !is_blank_text(c)) return c;
  return el;
}

}  // namespace

std::string tag(pugi::xml_node element) { return tag(std::string_view(element.name())); }
std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

bool is_text(pugi::xml_node n) {
  return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
}

bool is_blank_text(pugi::xml_node n) {
  if (!is_text(n)) return false;
  for (const char* p = n.value(); *p; ++p)
    if (!is_space(*p)) return false;
  return true;
}

bool has_content(pugi::xml_node el) {
  for (pugi::xml_node n : el.children())
    if (n.type() == pugi::node_element || (is_text(n) && !is_blank_text(n))) return true;
  return false;
}

std::string expected(std::string_view what, std::string_view found) {
  return "expected " + std::string(what) + ", found '" + std::string(found) + "'";
}

Checker::Checker(const XmlSource& src, DiagnosticSink& sink, Names vocabulary)
    : src_(src), sink_(sink), vocabulary_(std::move(vocabulary)) {}

// ---- attributes ---------------------------------------------------------

void Checker::check_attributes(pugi::xml_node el, const Names& allowed) {
  // Most elements carry only allowed attributes, once each: that is read
  // from the parsed tree; the tag is re-read (for places) only otherwise.
  bool fine = true;
  for (pugi::xml_attribute a = el.first_attribute(); a && fine; a = a.next_attribute()) {
    fine = contains(allowed, a.name());
    for (pugi::xml_attribute b = el.first_attribute(); fine && b != a; b = b.next_attribute())
      fine = std::string_view(a.name()) != b.name();
  }
  if (fine) return;
  std::vector<std::string> seen;
  for (const AttributePosition& a : src_.attributes_in_tag(el)) {
    const SourceLocation where = src_.source().at(a.offset);
    if (std::find(seen.begin(), seen.end(), a.name) != seen.end()) {
      error(where, "duplicate attribute '" + a.name + "' on " + tag(el),
            "an attribute may be given once");
      continue;
    }
    seen.push_back(a.name);
    if (contains(allowed, a.name)) continue;
    std::string hint;
    if (auto near = nearest_name(a.name, allowed)) hint = "did you mean '" + *near + "'?";
    else if (allowed.empty()) hint = tag(el) + " takes no attributes";
    else hint = "allowed on " + tag(el) + ": " + list_names(allowed, "'", "'");
    error(where, "unknown attribute '" + a.name + "' on " + tag(el), std::move(hint));
    unknown_attributes_[el.offset_debug()].push_back(a.name);
  }
}

std::optional<std::string> Checker::attribute(pugi::xml_node el, std::string_view name) const {
  const pugi::xml_attribute a = el.attribute(std::string(name).c_str());
  if (!a) return std::nullopt;
  return collapse_whitespace(a.value());
}

std::optional<std::string> Checker::required_attribute(pugi::xml_node el, std::string_view name,
                                                       std::string_view when) {
  auto v = attribute(el, name);
  if (!v) {
    // A misspelling of it was already reported as an unknown attribute. (An
    // allowed attribute that merely looks like it does not count: <add date>
    // must still be told that name= is missing.)
    if (auto it = unknown_attributes_.find(el.offset_debug()); it != unknown_attributes_.end()) {
      for (const std::string& unknown : it->second)
        if (nearest_name(unknown, {name})) return std::nullopt;
    }
    error(at(el), "missing attribute '" + std::string(name) + "' on " + tag(el) + std::string(when));
    return std::nullopt;
  }
  if (v->empty()) {
    error(at_attribute(el, name), "attribute '" + std::string(name) + "' on " + tag(el) + " is empty");
    return std::nullopt;
  }
  return v;
}

void Checker::bad_attribute_value(pugi::xml_node el, std::string_view name, std::string_view what,
                                  std::string_view value, std::string hint) {
  error(at_attribute(el, name), expected(what, value), std::move(hint));
}

std::optional<bool> Checker::yes_no_attribute(pugi::xml_node el, std::string_view name) {
  const auto v = attribute(el, name);
  if (!v) return std::nullopt;
  const auto b = parse_yes_no(*v);
  if (!b) bad_attribute_value(el, name, kExpectedYesNo, *v, "write yes or no, in lower case");
  return b;
}

std::optional<model::Date> Checker::date_attribute(pugi::xml_node el, std::string_view name,
                                                   bool required, std::string_view when) {
  const auto v = required ? required_attribute(el, name, when) : attribute(el, name);
  if (!v) return std::nullopt;
  const auto d = model::parse_iso_date(*v);
  if (!d) bad_attribute_value(el, name, kExpectedDate, *v, date_hint(*v));
  if (d && out_of_range(*d)) {
    bad_attribute_value(el, name, year_range(), *v, "check the year");
    return std::nullopt;
  }
  return d;
}

std::optional<double> Checker::length_attribute(pugi::xml_node el, std::string_view name) {
  const auto v = attribute(el, name);
  if (!v) return std::nullopt;
  const auto len = parse_length(*v);
  if (!len) bad_attribute_value(el, name, "a length such as 12pt, 20mm or 12", *v);
  return len;
}

std::optional<std::string> Checker::choice_attribute(pugi::xml_node el, std::string_view name,
                                                     const Names& choices) {
  const auto v = attribute(el, name);
  if (!v) return std::nullopt;
  if (contains(choices, *v)) return v;
  std::string hint;
  if (auto near = nearest_name(*v, choices)) hint = "did you mean '" + *near + "'?";
  bad_attribute_value(el, name, list_names(choices, "", ""), *v, std::move(hint));
  return std::nullopt;
}

std::optional<int> Checker::count_attribute(pugi::xml_node el, std::string_view name, int max) {
  const auto v = attribute(el, name);
  if (!v) return std::nullopt;
  const auto n = parse_positive_int(*v, max);
  if (!n) bad_attribute_value(el, name, "a whole number from 1 to " + std::to_string(max), *v);
  return n;
}

// ---- children -----------------------------------------------------------

void Checker::unexpected_element(pugi::xml_node child, pugi::xml_node parent, const Names& allowed,
                                 bool allowed_text) {
  const std::string_view name = child.name();
  const bool known = contains(vocabulary_, name);
  std::string message = known ? tag(name) + " is not allowed in " + tag(parent)
                              : "unknown element " + tag(name) + " in " + tag(parent);
  std::string hint;
  const auto habit = html_habit(name);
  if (!known && habit && contains(allowed, *habit)) {
    hint = "write " + tag(*habit) + " instead of " + tag(name);
  } else if (auto near = known ? std::nullopt : nearest_name(name, allowed)) {
    hint = "did you mean " + tag(*near) + "?";
  } else if (allowed.empty()) {
    hint = tag(parent) + (allowed_text ? " holds plain text only" : " holds no elements");
  } else {
    hint = "allowed in " + tag(parent) + ": " + (allowed_text ? "text, " : "") +
           list_names(allowed, "<", ">");
  }
  error(at(child), std::move(message), std::move(hint));
}

void Checker::unexpected_text(pugi::xml_node text, pugi::xml_node parent, std::string_view hint) {
  error(at(text), "text is not allowed directly in " + tag(parent),
        hint.empty() ? "put it in a <p>" : std::string(hint));
}

std::vector<pugi::xml_node> Checker::element_children(pugi::xml_node el, const Names& allowed) {
  std::vector<pugi::xml_node> out;
  bool text_reported = false;
  for (pugi::xml_node c : el.children()) {
    if (is_text(c)) {
      if (!is_blank_text(c) && !text_reported) {
        unexpected_text(c, el,
                        contains(allowed, "p") ? "put it in a <p>"
                        : allowed.empty()      ? tag(el) + " holds no text"
                                               : tag(el) + " holds only " + list_names(allowed, "<", ">"));
        text_reported = true;
      }
    } else if (c.type() == pugi::node_element) {
      if (contains(allowed, c.name())) out.push_back(c);
      else unexpected_element(c, el, allowed);
    }
  }
  return out;
}

ChildMap Checker::unique_children(pugi::xml_node el, const Names& allowed) {
  ChildMap out;
  for (pugi::xml_node c : element_children(el, allowed)) {
    const auto [it, inserted] = out.emplace(c.name(), c);
    if (!inserted)
      error(at(c), "duplicate " + tag(c) + " in " + tag(el) + ": it may appear once",
            "the first " + tag(c) + " is at line " + std::to_string(at(it->second).line));
  }
  return out;
}

pugi::xml_node Checker::require_child(pugi::xml_node el, const ChildMap& children,
                                      std::string_view name) {
  const auto it = children.find(name);
  if (it != children.end()) return it->second;
  error(at(el), "missing " + tag(name) + " in " + tag(el));
  return {};
}

// ---- plain text ---------------------------------------------------------

std::string Checker::text_content(pugi::xml_node el) {
  std::string raw;
  for (pugi::xml_node c : el.children()) {
    if (is_text(c)) raw += c.value();
    else if (c.type() == pugi::node_element) unexpected_element(c, el, {}, true);
  }
  return collapse_whitespace(raw);
}

std::optional<std::string> Checker::required_text(pugi::xml_node el) {
  std::string t = text_content(el);
  if (t.empty()) {
    error(at(el), "empty " + tag(el));
    return std::nullopt;
  }
  return t;
}

std::optional<bool> Checker::yes_no_text(pugi::xml_node el) {
  const auto t = required_text(el);
  if (!t) return std::nullopt;
  const auto b = parse_yes_no(*t);
  if (!b)
    error(at(value_node(el)), expected(kExpectedYesNo, *t) + " in " + tag(el),
          "write yes or no, in lower case");
  return b;
}

std::optional<model::Date> Checker::date_text(pugi::xml_node el) {
  const auto t = required_text(el);
  if (!t) return std::nullopt;
  const auto d = model::parse_iso_date(*t);
  if (!d) error(at(value_node(el)), expected(kExpectedDate, *t) + " in " + tag(el), date_hint(*t));
  if (d && out_of_range(*d)) {
    error(at(value_node(el)), expected(year_range(), *t) + " in " + tag(el), "check the year");
    return std::nullopt;
  }
  return d;
}

}  // namespace bp::load::detail
