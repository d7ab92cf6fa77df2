#include "load/paper_root.h"

#include <charconv>
#include <cstdlib>
#include <string>

#include "load/values.h"

namespace bp::load::detail {

std::optional<model::Date> date_from_epoch_seconds(std::string_view text) {
  long long seconds = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, seconds);
  if (text.empty() || ec != std::errc{} || ptr != end || seconds < 0) return std::nullopt;
  constexpr long long kSecondsPerDay = 86400;
  constexpr long long kLastDay = 2932896;  // 9999-12-31, the last date Boost.Date_Time holds
  const long long days = seconds / kSecondsPerDay;
  if (days > kLastDay) return std::nullopt;
  return model::Date(1970, 1, 1) + boost::gregorian::days(days);
}


PaperRoot read_paper_root(Checker& c, pugi::xml_node root) {
  PaperRoot p;
  c.check_attributes(root, {"style", "council", "created", "xmlns:xsi", "xsi:noNamespaceSchemaLocation"});
  if (auto style = c.required_attribute(root, "style")) {
    if (is_style_name(*style)) p.style = *style;
    else c.bad_attribute_value(root, "style", "a style name (letters, digits, - and _)", *style,
                               "the style is a folder of layouts/, such as health-and-wellbeing-board");
  }
  if (auto council = c.required_attribute(root, "council")) p.council = *council;
  p.created = creation_date(c, root);
  return p;
}

std::optional<model::Date> creation_date(Checker& c, pugi::xml_node root) {
  if (root.attribute("created")) return c.date_attribute(root, "created", false);
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return std::nullopt;
  if (auto date = date_from_epoch_seconds(env)) return date;
  c.error(c.at(root),
          "SOURCE_DATE_EPOCH=\"" + std::string(env) +
              "\" is not a whole number of seconds since 1970-01-01 UTC; it stands in for the "
              "missing 'created' attribute on " + tag(root),
          "set SOURCE_DATE_EPOCH to e.g. 1580169600, or give the date here: created=\"2020-01-28\"");
  return std::nullopt;
}

}  // namespace bp::load::detail
