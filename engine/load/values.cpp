// Value parsers (see values.h).

#include "load/values.h"

#include <algorithm>

#include <charconv>

namespace bp::load {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

bool is_style_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '_';
  });
}

std::optional<bool> parse_yes_no(std::string_view text) {
  if (text == "yes") return true;
  if (text == "no") return false;
  return std::nullopt;
}

std::optional<double> parse_number(std::string_view text) {
  // digits ('.' digits)?
  std::size_t i = 0;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == 0) return std::nullopt;
  if (i < text.size()) {
    if (text[i] != '.' || i + 1 == text.size()) return std::nullopt;
    for (std::size_t j = i + 1; j < text.size(); ++j)
      if (!is_digit(text[j])) return std::nullopt;
  }
  // Locale-independent conversion of a validated decimal.
  double value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_length(std::string_view text) {
  if (ends_with(text, "pt")) return parse_number(text.substr(0, text.size() - 2));
  if (ends_with(text, "mm")) {
    const auto v = parse_number(text.substr(0, text.size() - 2));
    if (!v) return std::nullopt;
    return mm(*v);
  }
  return parse_number(text);
}

std::optional<model::ColumnSpec> parse_column_width(std::string_view text) {
  using model::ColumnSpec;
  using model::ColumnWidthKind;
  if (text == "auto") return ColumnSpec{ColumnWidthKind::Auto, 0};
  if (text == "*") return ColumnSpec{ColumnWidthKind::Relative, 1};
  if (ends_with(text, "*")) {
    const auto v = parse_number(text.substr(0, text.size() - 1));
    if (!v || *v <= 0) return std::nullopt;
    return ColumnSpec{ColumnWidthKind::Relative, *v};
  }
  if (!ends_with(text, "pt") && !ends_with(text, "mm")) return std::nullopt;  // unit required
  const auto v = parse_length(text);
  if (!v || *v <= 0) return std::nullopt;
  return ColumnSpec{ColumnWidthKind::Fixed, *v};
}

std::optional<Color> parse_colour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  int channel[3];
  for (int k = 0; k < 3; ++k) {
    const int hi = hex_value(text[static_cast<std::size_t>(1 + 2 * k)]);
    const int lo = hex_value(text[static_cast<std::size_t>(2 + 2 * k)]);
    if (hi < 0 || lo < 0) return std::nullopt;
    channel[k] = hi * 16 + lo;
  }
  return Color::rgb(static_cast<std::uint8_t>(channel[0]), static_cast<std::uint8_t>(channel[1]),
                    static_cast<std::uint8_t>(channel[2]));
}

std::optional<int> parse_positive_int(std::string_view text, int max) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v < 1 || v > max) return std::nullopt;
  return v;
}

}  // namespace bp::load
