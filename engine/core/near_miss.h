#pragma once
// "Did you mean ...?": finding the known name nearest to a misspelt one.
// Shared by the loader (element, attribute and value names) and compose
// (page-script directives, slots, labels).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

// ASCII lower case (names in the vocabularies are ASCII).
std::string ascii_lower(std::string_view s);

// Levenshtein distance (insert, delete, substitute; bytes), capped: values above
// `cap` are returned as cap + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap = 8);

// The candidate closest to `word` within edit distance 2 (1 for words of up to
// three letters; ties: the earlier candidate). Case-insensitive matches count
// as distance 0. A candidate equal to `word` is never suggested.
std::optional<std::string> nearest_name(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

}  // namespace bp
