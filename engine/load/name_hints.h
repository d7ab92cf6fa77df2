#pragma once
// "Did you mean ...?" for misspelt element, attribute and value names.
// Internal to the load stage.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/near_miss.h"

namespace bp::load::detail {

// edit_distance and nearest_name live in core/near_miss.h.
using bp::edit_distance;
using bp::nearest_name;

// Names HTML and Word users reach for, mapped to this vocabulary ("b" -> "strong",
// "li" -> "item"), or nullopt.
std::optional<std::string> html_habit(std::string_view word);

// "<a>, <b> or <c>" / "'a', 'b' or 'c'" style lists.
std::string list_names(const std::vector<std::string_view>& names, std::string_view open,
                       std::string_view close);

}  // namespace bp::load::detail
