#pragma once
// The page script: the line-oriented text a house-style template expands to.
//
// One directive per line: a word, a space, then its text. Fields inside the
// text are separated by '|'. In text, "\x" stands for the character x (so
// "\|" is a literal bar and "\\" a backslash) and "{label:NAME}" is replaced
// by the house style's <label name="NAME">. Blank lines and lines starting
// with '#' are ignored; leading indentation is ignored.
//
// Report values are put into templates through script_value(), which makes
// them safe: line breaks become spaces and '\', '|' and '{' are escaped, so a
// value can never start a directive, add a field or name a label.
// The directives themselves are listed in layouts/README.md and carried out
// by script_interpreter.h.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::compose {

// A value from the report, made safe for the script (see above).
std::string script_value(std::string_view value);

struct ScriptLine {
  std::size_t number = 0;  // 1-based line in the expanded script
  std::string text;        // the whole line, trimmed
  std::string directive;   // first word
  std::string rest;        // after the first word and its spaces (raw: still escaped)
};

// Splits an expanded script into its directive lines (skipping blanks and comments).
std::vector<ScriptLine> split_script(std::string_view script);

// Splits raw text at unescaped '|' (fields stay escaped).
std::vector<std::string> split_fields(std::string_view raw);

// Decodes escapes and {label:NAME} references. On an unknown label returns
// nullopt and sets `unknown_label`.
std::optional<std::string> decode_text(std::string_view raw,
                                       const std::map<std::string, std::string>& labels,
                                       std::string& unknown_label);

// Trims spaces and tabs at both ends.
std::string_view trim(std::string_view s);

}  // namespace bp::compose
