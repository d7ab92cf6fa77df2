#pragma once
// Checked reading of XML elements: every problem becomes a located diagnostic.
//
// A Checker wraps a parsed XmlSource and a sink. Its helpers read what an
// element must or may hold and report, at the right place, unknown elements
// and attributes (with "did you mean" hints), duplicates, missing required
// parts, text where none belongs, and values of the wrong kind. They never
// stop at the first problem: each returns what it could read (nullopt or an
// empty value otherwise) so the caller goes on and the run reports everything.
// Internal to the load stage.

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "load/xml_source.h"
#include "model/date.h"

namespace bp::load::detail {

using Names = std::vector<std::string_view>;
using ChildMap = std::map<std::string, pugi::xml_node, std::less<>>;

// "<front-sheet>"
std::string tag(pugi::xml_node element);
std::string tag(std::string_view name);

// True for text and CDATA nodes.
bool is_text(pugi::xml_node n);
// True for text nodes holding only XML whitespace.
bool is_blank_text(pugi::xml_node n);
// True when the element holds a child element or non-blank text.
bool has_content(pugi::xml_node el);

class Checker {
 public:
  // `vocabulary`: every element name of this kind of file, so that a known
  // element in the wrong place is told apart from a misspelt one.
  Checker(const XmlSource& src, DiagnosticSink& sink, Names vocabulary);

  SourceLocation at(pugi::xml_node n) const { return src_.at(n); }
  SourceLocation at_attribute(pugi::xml_node el, std::string_view name) const {
    return src_.at_attribute(el, name);
  }
  void error(const SourceLocation& where, std::string message, std::string hint = {}) {
    sink_.error(where, std::move(message), std::move(hint));
  }
  void warning(const SourceLocation& where, std::string message, std::string hint = {}) {
    sink_.warning(where, std::move(message), std::move(hint));
  }

  // ---- attributes ------------------------------------------------------
  // Reports attributes not in `allowed` (with hints) and repeated attributes.
  void check_attributes(pugi::xml_node el, const Names& allowed);
  // The value with whitespace collapsed, or nullopt when the attribute is absent.
  std::optional<std::string> attribute(pugi::xml_node el, std::string_view name) const;
  // Reports "missing attribute 'x' on <el>" (+ `when`, e.g. " when state=\"final\"")
  // when absent, and "attribute 'x' on <el> is empty" when blank. A misspelt
  // attribute near `name` (already reported as unknown, with a "did you mean")
  // is not reported a second time as missing.
  std::optional<std::string> required_attribute(pugi::xml_node el, std::string_view name,
                                                std::string_view when = {});
  // Typed attributes: nullopt when absent (or required and missing) or wrong;
  // a wrong value is reported as "expected ..., found '...'". Dates outside the
  // years of load/limits.h are reported as out of range.
  std::optional<bool> yes_no_attribute(pugi::xml_node el, std::string_view name);
  std::optional<model::Date> date_attribute(pugi::xml_node el, std::string_view name,
                                            bool required, std::string_view when = {});
  std::optional<double> length_attribute(pugi::xml_node el, std::string_view name);
  std::optional<std::string> choice_attribute(pugi::xml_node el, std::string_view name,
                                              const Names& choices);
  std::optional<int> count_attribute(pugi::xml_node el, std::string_view name, int max);

  // Reports "expected <what>, found '<value>'" at the attribute.
  void bad_attribute_value(pugi::xml_node el, std::string_view name, std::string_view what,
                           std::string_view value, std::string hint = {});

  // ---- children --------------------------------------------------------
  // Element-only content: non-blank text and elements not in `allowed` are
  // reported; the allowed children are returned in document order.
  std::vector<pugi::xml_node> element_children(pugi::xml_node el, const Names& allowed);
  // The same, each name at most once (a repeat is reported and skipped).
  ChildMap unique_children(pugi::xml_node el, const Names& allowed);
  // The child `name` from `children`, or "missing <name> in <el>" and an empty node.
  pugi::xml_node require_child(pugi::xml_node el, const ChildMap& children, std::string_view name);
  // Reports `child` as unknown or misplaced in `parent`; `allowed_text` names
  // text in the hint ("text, <em>, ...") when the place takes inline content.
  void unexpected_element(pugi::xml_node child, pugi::xml_node parent, const Names& allowed,
                          bool allowed_text = false);
  // Reports non-blank text in an element that holds only elements.
  void unexpected_text(pugi::xml_node text, pugi::xml_node parent, std::string_view hint = {});

  // ---- plain text ------------------------------------------------------
  // The element's text with whitespace collapsed; child elements are reported.
  std::string text_content(pugi::xml_node el);
  // As text_content, and "empty <el>" when there is no text.
  std::optional<std::string> required_text(pugi::xml_node el);
  std::optional<bool> yes_no_text(pugi::xml_node el);
  std::optional<model::Date> date_text(pugi::xml_node el);

 private:
  const XmlSource& src_;
  DiagnosticSink& sink_;
  Names vocabulary_;
  // Unknown attributes reported by check_attributes, by element offset: a
  // missing required attribute is not reported again when one of these is its
  // misspelling.
  std::map<std::ptrdiff_t, std::vector<std::string>> unknown_attributes_;
};

// "expected a date as YYYY-MM-DD, found '2020-02-30'"
std::string expected(std::string_view what, std::string_view found);

}  // namespace bp::load::detail
