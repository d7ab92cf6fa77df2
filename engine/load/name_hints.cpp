// Near-miss suggestions (see name_hints.h).

#include "load/name_hints.h"

#include "core/near_miss.h"

#include <algorithm>
#include <array>
#include <utility>

namespace bp::load::detail {

std::optional<std::string> html_habit(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kHabits = {{
      {"b", "strong"}, {"i", "em"}, {"u", "em"}, {"ul", "list"}, {"ol", "list"},
      {"li", "item"}, {"tr", "row"}, {"td", "cell"}, {"th", "cell"}, {"thead", "header"},
      {"h1", "subheading"}, {"h2", "subheading"}, {"h3", "subheading"}, {"link", "a"},
  }};
  const std::string w = ascii_lower(word);
  for (const auto& [from, to] : kHabits)
    if (w == from) return std::string(to);
  return std::nullopt;
}

std::string list_names(const std::vector<std::string_view>& names, std::string_view open,
                       std::string_view close) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += open;
    out += names[i];
    out += close;
  }
  return out;
}

}  // namespace bp::load::detail
