#pragma once
// The replacement of characters the house fonts cannot print (see
// load/repertoire.h). Internal to the load stage.

#include <pugixml.hpp>

#include "core/diagnostic.h"
#include "load/repertoire.h"
#include "load/xml_source.h"

namespace bp::load::detail {

// Looks up the repertoire of the style named by root's `style` attribute and,
// when there is one, calls replace_unprintable. Does nothing when
// options.repertoire is empty or the lookup gives nothing.
void check_repertoire(const XmlSource& src, pugi::xml_node root, const LoadOptions& options,
                      DiagnosticSink& sink);

// Replaces, in the printed text under `root` (text and CDATA nodes, printed
// attribute values), every code point `r` cannot print by U+FFFD, and warns
// once per distinct code point at the place of its first occurrence (the '&'
// of a character reference such as &#x4E2D;). Comments, processing
// instructions, and values the loaders read rather than print (style, dates,
// yes/no, file names, link targets, ...) are left alone. Control characters
// (below U+0020) are never touched: the loader deals with them.
void replace_unprintable(const XmlSource& src, pugi::xml_node root, const Repertoire& r,
                         DiagnosticSink& sink);

}  // namespace bp::load::detail
