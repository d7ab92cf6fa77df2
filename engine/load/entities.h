#pragma once
// Advice for entity references XML does not define (&pound;, &nbsp;, ...).
//
// pugixml expands only the five XML entities and numeric references; an HTML
// entity such as &pound; would silently stay in the text as "&pound;". The
// loader reports it instead, and this table says which character was meant.
// Internal to the load stage.

#include <optional>
#include <string>
#include <string_view>

namespace bp::load::detail {

struct EntityAdvice {
  std::string message;  // "unknown entity &pound;: write the character £ itself"
  std::string hint;     // "or write the numeric reference &#163;"
};

// `name` is the text between '&' and ';' ("pound"). Never fails: an entity
// nobody knows gets a general explanation.
EntityAdvice advise_unknown_entity(std::string_view name);

// True for amp, lt, gt, quot, apos.
bool is_xml_entity(std::string_view name);

}  // namespace bp::load::detail
