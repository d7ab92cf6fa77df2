#pragma once
// Minimal UTF-8 decoding and encoding shared by the stages.

#include <cstddef>
#include <string>
#include <string_view>

namespace bp {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[i] and advances i past it. Invalid or
// truncated sequences yield U+FFFD and advance by one byte.
char32_t next_code_point(std::string_view s, std::size_t& i);

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view s);

// Appends `cp` (at most U+10FFFF) to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// "U+00A3": how messages name a code point.
std::string code_point_name(char32_t cp);

}  // namespace bp
