#pragma once
// Typography derived from a house style: the one place where model::HouseStyle
// numbers become doc::ParagraphStyle / PageSetup values and shade colours.
//
// Pure functions; throw InputError only for a shade name the style lacks
// (the message lists the shades the style does define).

#include <string>

#include "compose/document.h"
#include "core/diagnostic.h"
#include "model/house_style.h"

namespace bp::compose {

// Body text: body size, line height, paragraph spacing after.
doc::ParagraphStyle body_style(const model::HouseStyle& style);

// Heading of `level` 1..3 (deeper levels use the level-3 size): space before
// and after from the style, keep_with_next.
doc::ParagraphStyle heading_style(const model::HouseStyle& style, int level);

// Text inside table cells at `size` pt: no space before, a little after.
doc::ParagraphStyle cell_style(const model::HouseStyle& style, double size);

// A4 page in `o` with the style's margins for that orientation.
doc::PageSetup page_setup(const model::HouseStyle& style, Orientation o);

// The colour of the named shade. `where` is the template place that asked for
// it (may be empty) and `context` a phrase naming it in the report ("appendix
// A, table 1"); both go into the InputError thrown for an unknown shade.
Color shade_colour(const model::HouseStyle& style, const std::string& name,
                   const SourceLocation& where, const std::string& context);

// Bold variant of a face (Regular -> Bold, Italic -> BoldItalic).
doc::FontFace bolder(doc::FontFace f);

}  // namespace bp::compose
