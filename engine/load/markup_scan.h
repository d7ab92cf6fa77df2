#pragma once
// Checks pugixml does not make, done on the raw bytes of a file.
//
// pugixml is lenient: it accepts invalid UTF-8 and control characters, keeps
// "&pound;" as literal text, and silently drops text outside the root
// element. These scans find such problems with their byte offsets, and
// rebuild the stack of open elements to explain a "start-end tags mismatch".
// They never fail on malformed markup (they just stop at the end of the text).
// Internal to the load stage.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::load::detail {

struct ScanProblem {
  std::size_t offset = 0;  // byte offset of the offending character or '&'
  std::string message;
  std::string hint;
};

// Invalid UTF-8 sequences and characters XML 1.0 forbids (controls other than
// tab, LF, CR; U+FFFE, U+FFFF). Stops after `limit` problems.
std::vector<ScanProblem> check_characters(std::string_view text, std::size_t limit = 10);

// Entity references other than the five XML ones and valid numeric ones, bare
// '&', non-blank text before or after the root element, and "--" inside a
// comment (or a comment ending "--->"). CDATA sections, processing
// instructions and the DOCTYPE are skipped.
std::vector<ScanProblem> check_markup(std::string_view text);

// The value of a numeric character reference from what follows "&#":
// "20013" (decimal) or "x4E2D" (hexadecimal), at most 8 digits; nullopt when
// malformed. The value may still be one XML forbids (or beyond U+10FFFF).
std::optional<unsigned long> character_reference_value(std::string_view digits);

struct OpenTag {
  std::string name;
  std::size_t offset = 0;  // of the '<'
};

// The elements still open when the scan reaches byte `stop`, outermost first.
std::vector<OpenTag> open_tags_before(std::string_view text, std::size_t stop);

}  // namespace bp::load::detail
