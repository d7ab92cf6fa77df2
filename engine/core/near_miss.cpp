// Near-miss names (see near_miss.h).

#include "core/near_miss.h"

#include <algorithm>

namespace bp {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > cap) return cap + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      diagonal = above;
    }
  }
  return std::min(row[b.size()], cap + 1);
}

std::optional<std::string> nearest_name(std::string_view word,
                                        const std::vector<std::string_view>& candidates) {
  const std::string w = ascii_lower(word);
  std::optional<std::string> best;
  std::size_t best_distance = 3;
  for (std::string_view c : candidates) {
    if (c == word) continue;
    const std::size_t d = edit_distance(w, ascii_lower(c), 3);
    // Very short words are near everything: demand a closer match.
    const std::size_t limit = std::min<std::size_t>(2, std::max<std::size_t>(1, w.size() / 2));
    if (d <= limit && d < best_distance) {
      best_distance = d;
      best = std::string(c);
    }
  }
  return best;
}

}  // namespace bp
