#pragma once
// "Did you mean ...?" for misspelt element, attribute and value names.
// Internal to the load stage.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::load::detail {

// Levenshtein distance (insert, delete, substitute; bytes), capped: values above
// `cap` are returned as cap + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap = 8);

// The candidate closest to `word` within edit distance 2 (ties: the earlier
// candidate). Case-insensitive matches count as distance 0. A candidate equal
// to `word` is never suggested.
std::optional<std::string> nearest_name(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

// Names HTML and Word users reach for, mapped to this vocabulary ("b" -> "strong",
// "li" -> "item"), or nullopt.
std::optional<std::string> html_habit(std::string_view word);

// "<a>, <b> or <c>" / "'a', 'b' or 'c'" style lists.
std::string list_names(const std::vector<std::string_view>& names, std::string_view open,
                       std::string_view close);

}  // namespace bp::load::detail
