#pragma once
// Parsers for attribute and element values: yes/no, lengths, colours, column
// widths, counts. Pure functions of the text; no XML, no diagnostics (the
// callers word the error and place it). Every parser takes the text with
// surrounding whitespace already removed and accepts exactly the documented
// forms (see REPORT-XML.md), so "Yes", "12 pt" or "#fff" are rejected.

#include <optional>
#include <string>
#include <string_view>

#include "core/geometry.h"
#include "model/flow.h"

namespace bp::load {

// Collapses every run of XML whitespace (space, tab, CR, LF) to one space and
// trims both ends. Other spaces (U+00A0 no-break space) are kept.
std::string collapse_whitespace(std::string_view text);

// A house style's name, which is a folder of layouts/: letters, digits, - and
// _, at least one.
bool is_style_name(std::string_view text);

// "yes" -> true, "no" -> false; nothing else.
std::optional<bool> parse_yes_no(std::string_view text);

// A plain decimal number "7", "1.25" (no sign, no exponent).
std::optional<double> parse_number(std::string_view text);

// A length in points: "12pt", "20mm" or a bare number (points).
std::optional<double> parse_length(std::string_view text);

// A table column width: "40pt", "18mm" (fixed), "2*" or "*" (relative share),
// "auto". Fixed and relative values must be greater than zero.
std::optional<model::ColumnSpec> parse_column_width(std::string_view text);

// "#RRGGBB" (hex digits in either case).
std::optional<Color> parse_colour(std::string_view text);

// A whole number 1..max written with ASCII digits only ("2", not "+2" or "02.0").
std::optional<int> parse_positive_int(std::string_view text, int max);

}  // namespace bp::load
