// One-off bank holiday changes file -> model::HolidayChanges (see holiday_loader.h
// and schema/bank-holidays.xsd).

#include "load/holiday_loader.h"

#include <algorithm>
#include <map>

#include "load/checker.h"
#include "load/load_support.h"
#include "load/name_hints.h"
#include "load/xml_source.h"

namespace bp::load {
namespace {

using detail::Checker;
using detail::tag;

namespace fs = std::filesystem;

const char* const kRegion = "England and Wales";
const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

const char* weekday(const model::Date& d) { return kWeekdays[d.day_of_week().as_number()]; }

std::optional<model::Holiday> rule_holiday_on(const model::Date& d) {
  for (model::Holiday& h : model::rule_holidays(d.year()))
    if (h.date == d) return std::move(h);
  return std::nullopt;
}

// "bank holidays by the rules in May 2020: Monday 4 May (Early May bank holiday), ..."
std::string rule_holidays_in_month(const model::Date& d) {
  std::string list;
  for (const model::Holiday& h : model::rule_holidays(d.year())) {
    if (h.date.month() != d.month()) continue;
    if (!list.empty()) list += ", ";
    const std::string day_month = model::format_day_month_year(h.date);  // "4 May 2020"
    list += std::string(weekday(h.date)) + " " + day_month.substr(0, day_month.rfind(' ')) + " (" + h.name + ")";
  }
  const std::string month = model::format_month_year(d);
  return list.empty() ? "there are no bank holidays by the rules in " + month
                      : "bank holidays by the rules in " + month + ": " + list;
}

class HolidayReader {
 public:
  explicit HolidayReader(Checker& c) : c_(c) {}

  void read(pugi::xml_node root, model::HolidayChanges& out) {
    c_.check_attributes(root, {"region", "xmlns:xsi", "xsi:noNamespaceSchemaLocation"});
    if (auto region = c_.required_attribute(root, "region")) {
      if (*region != kRegion)
        c_.bad_attribute_value(root, "region", "'England and Wales'", *region,
                               "the rules built into boardpack are those of England and Wales; "
                               "Scotland and Northern Ireland have other bank holidays");
      else
        out.region = *region;
    }
    const std::vector<pugi::xml_node> children = c_.element_children(root, {"add", "remove"});
    // Removals first: an addition may name one in moved-from, and may fall on a
    // removed holiday's date.
    for (pugi::xml_node el : children)
      if (std::string_view(el.name()) == "remove") remove(el, out);
    for (pugi::xml_node el : children)
      if (std::string_view(el.name()) == "add") add(el, out);
  }

 private:
  // The date attribute (Checker::date_attribute also checks it against the
  // calendar's years, see limits.h).
  std::optional<model::Date> date(pugi::xml_node el, std::string_view name, const detail::Names& allowed,
                                  bool must) {
    if (must && !required(el, name, allowed)) return std::nullopt;
    return c_.date_attribute(el, name, false);
  }

  // Checker::required_attribute stays silent when any attribute of the tag is
  // near `name` ("date" is two edits from "name"), taking it for a misspelling
  // that check_attributes reported; here only an unknown attribute counts so.
  std::optional<std::string> required(pugi::xml_node el, std::string_view name, const detail::Names& allowed) {
    if (c_.attribute(el, name)) return c_.required_attribute(el, name);
    for (pugi::xml_attribute a : el.attributes()) {
      const bool known = std::find(allowed.begin(), allowed.end(), a.name()) != allowed.end();
      if (!known && detail::nearest_name(a.name(), {name})) return std::nullopt;  // reported as unknown
    }
    c_.error(c_.at(el), "missing attribute '" + std::string(name) + "' on " + tag(el));
    return std::nullopt;
  }

  // Reports a second element for the same date; true when `d` is new.
  bool first_time(std::map<model::Date, std::size_t>& seen, pugi::xml_node el, const model::Date& d) {
    const auto [it, inserted] = seen.emplace(d, c_.at(el).line);
    if (!inserted)
      c_.error(c_.at_attribute(el, "date"),
               "a second " + tag(el) + " for " + model::format_iso_date(d),
               "the first is at line " + std::to_string(it->second));
    return inserted;
  }

  void remove(pugi::xml_node el, model::HolidayChanges& out) {
    const detail::Names allowed = {"date", "reason"};
    c_.check_attributes(el, allowed);
    const auto d = date(el, "date", allowed, true);
    const auto reason = required(el, "reason", allowed);
    if (!d) return;
    if (!rule_holiday_on(*d)) {
      c_.error(c_.at_attribute(el, "date"),
               "cannot remove " + model::format_iso_date(*d) + " (" + model::format_long_date(*d) +
                   "): it is not a bank holiday by the rules",
               rule_holidays_in_month(*d));
      return;
    }
    if (!first_time(removed_, el, *d) || !reason) return;
    out.removed.push_back(model::HolidayChanges::Removal{*d, *reason, c_.at(el)});
  }

  void add(pugi::xml_node el, model::HolidayChanges& out) {
    const detail::Names allowed = {"date", "name", "moved-from"};
    c_.check_attributes(el, allowed);
    const auto d = date(el, "date", allowed, true);
    const auto name = required(el, "name", allowed);
    std::optional<model::Date> from;
    bool ok = d && name;
    if (c_.attribute(el, "moved-from")) {
      from = date(el, "moved-from", allowed, false);
      if (!from) {
        ok = false;
      } else if (!removed_.count(*from)) {
        c_.error(c_.at_attribute(el, "moved-from"),
                 "moved-from=\"" + model::format_iso_date(*from) + "\" names a date this file does not remove",
                 "add <remove date=\"" + model::format_iso_date(*from) +
                     "\" reason=\"...\"/> for the holiday that moved");
        ok = false;
      }
    }
    if (!d) return;
    const auto wd = d->day_of_week().as_number();
    if (wd == 0 || wd == 6) {
      c_.error(c_.at_attribute(el, "date"),
               "a bank holiday on a " + std::string(weekday(*d)) + ": " + model::format_iso_date(*d),
               "bank holidays fall on weekdays; check the date");
      return;
    }
    if (const auto existing = rule_holiday_on(*d); existing && !removed_.count(*d)) {
      c_.error(c_.at_attribute(el, "date"),
               model::format_iso_date(*d) + " is already a bank holiday by the rules (" + existing->name + ")",
               "the rules give it already; remove this <add>");
      return;
    }
    if (!first_time(added_, el, *d) || !ok) return;
    out.added.push_back(model::HolidayChanges::Addition{*d, *name, from, c_.at(el)});
  }

  Checker& c_;
  std::map<model::Date, std::size_t> removed_;  // date -> line of its <remove>
  std::map<model::Date, std::size_t> added_;
};

}  // namespace

std::optional<model::HolidayChanges> load_holiday_changes(const fs::path& file, DiagnosticSink& sink) {
  std::string bytes;
  if (!detail::read_file(file, bytes, sink, "bank holiday file")) return std::nullopt;

  DiagnosticSink local;
  detail::XmlSource src(file.string(), std::move(bytes));
  model::HolidayChanges changes;
  std::error_code ec;
  changes.file = fs::absolute(file, ec).lexically_normal();
  if (pugi::xml_node root = src.parse("bank-holidays", local)) {
    Checker checker(src, local, {"bank-holidays", "add", "remove"});
    HolidayReader(checker).read(root, changes);
  }
  detail::forward_sorted(local, sink);
  if (local.has_errors()) return std::nullopt;
  return changes;
}

std::optional<model::HolidayCalendar> load_holiday_calendar(const fs::path& file, DiagnosticSink& sink) {
  auto changes = load_holiday_changes(file, sink);
  if (!changes) return std::nullopt;
  return model::HolidayCalendar(std::move(*changes));
}

}  // namespace bp::load
