#pragma once
// One XML input file: raw checks, pugixml parse, and node -> file:line:col.
//
// parse() reports every document-level problem to the sink: invalid UTF-8 and
// forbidden characters, unknown entities (&pound;), malformed XML (one error at
// pugixml's offset), a DOCTYPE, an encoding declaration other than UTF-8,
// several root elements, text outside the root, a root with the wrong name,
// and breaches of the size and nesting limits of load/limits.h (the file's
// size first, before anything is parsed; elements nested more than 100 deep:
// the readers recurse).
// It returns the root element, or an empty node when there is nothing usable.
//
// Places: an element is reported at its '<'; a text node at its first
// non-blank character; an attribute at the first character of its name
// (pugixml keeps no attribute offsets, so the start tag is re-read).
// Internal to the load stage; the object must outlive every node it returns.

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "load/source_text.h"

namespace bp::load::detail {

struct AttributePosition {
  std::string name;
  std::size_t offset = 0;  // of the name's first byte
};

class XmlSource {
 public:
  XmlSource(std::string display_name, std::string bytes);
  XmlSource(const XmlSource&) = delete;
  XmlSource& operator=(const XmlSource&) = delete;

  pugi::xml_node parse(std::string_view root_name, DiagnosticSink& sink);

  const SourceText& source() const { return src_; }
  SourceLocation at(pugi::xml_node node) const;
  // The `occurrence`-th (0-based) attribute called `name` in the start tag; the
  // element's place when not found.
  SourceLocation at_attribute(pugi::xml_node element, std::string_view name,
                              std::size_t occurrence = 0) const;
  // The attributes as written in the element's start tag, in order.
  std::vector<AttributePosition> attributes_in_tag(pugi::xml_node element) const;

 private:
  void report_parse_error(const pugi::xml_parse_result& r, DiagnosticSink& sink) const;
  void check_prolog(DiagnosticSink& sink) const;

  SourceText src_;
  pugi::xml_document doc_;
};

}  // namespace bp::load::detail
