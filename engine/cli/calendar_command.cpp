// `boardpack calendar`: the bank holidays in use (see calendar_command.h).

#include "cli/calendar_command.h"

#include <boost/program_options.hpp>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/cli_support.h"
#include "load/holiday_loader.h"
#include "load/style_loader.h"
#include "model/calendar.h"
#include "model/date.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace bp::cli {
namespace {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const fs::path kHolidayFile = fs::path("common") / "bank-holidays-england-and-wales.xml";

// A year written with ASCII digits only, within the supported range.
std::optional<int> parse_year(const std::string& text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int y = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    y = y * 10 + (c - '0');
  }
  if (y < model::kCalendarFirstYear || y > model::kCalendarLastYear) return std::nullopt;
  return y;
}

std::string year_problem(const std::string& what, const std::string& text) {
  return "calendar: " + what + " must be a year from " + std::to_string(model::kCalendarFirstYear) +
         " to " + std::to_string(model::kCalendarLastYear) + ", found '" + text + "'";
}

// "2020-05-08 Friday   " : the date and the weekday padded to one width.
std::string date_columns(const model::Date& d) {
  std::string weekday = kWeekdays[d.day_of_week().as_number()];
  weekday.resize(9, ' ');
  return model::format_iso_date(d) + " " + weekday;
}

void print_year(int year, const model::HolidayCalendar& cal, std::ostream& out) {
  std::vector<model::Holiday> holidays = cal.holidays(year);
  std::vector<model::RemovedHoliday> removed = cal.removed(year);
  auto h = holidays.begin();
  auto r = removed.begin();
  while (h != holidays.end() || r != removed.end()) {
    if (r != removed.end() && (h == holidays.end() || r->date <= h->date)) {
      out << "# " << date_columns(r->date) << "  " << r->name << "  [one-off: removed, " << r->reason << "]\n";
      ++r;
      continue;
    }
    out << date_columns(h->date) << "  " << h->name;
    if (h->source == model::HolidaySource::OneOff) {
      if (h->moved_from) out << "  [one-off: moved from " << model::format_long_date(*h->moved_from) << "]";
      else out << "  [one-off: added]";
    }
    out << '\n';
    ++h;
  }
}

}  // namespace

int run_calendar(const std::vector<std::string>& args, const fs::path& layouts_dir) {
  po::options_description opts("Options for `boardpack calendar YEAR`");
  opts.add_options()
      ("help,h", "show this help")
      ("to", po::value<std::string>(), "last year to print (default: YEAR)")
      ("layouts", po::value<std::string>(), "folder of house styles (default: the installed layouts/)")
      ("style", po::value<std::string>(),
       "use the bank holiday file named by this house style's <deadlines holidays=\"...\">");
  po::options_description hidden;
  hidden.add_options()("year", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("year", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(std::string("calendar: ") + e.what());
  }
  if (vm.count("help")) {
    std::cout << "Usage: boardpack calendar YEAR [--to YEAR] [--layouts DIR] [--style NAME]\n"
                 "Prints the bank holidays of England and Wales used for publication deadlines:\n"
                 "the rules plus the one-off changes of the data file (marked [one-off]).\n\n"
              << opts;
    return kExitOk;
  }
  if (!vm.count("year")) return usage_error("calendar: missing the year (YEAR)");
  const auto years = vm["year"].as<std::vector<std::string>>();
  if (years.size() != 1) return usage_error("calendar: expected one year, got " + std::to_string(years.size()));
  const auto first = parse_year(years.front());
  if (!first) return usage_error(year_problem("YEAR", years.front()));
  int last = *first;
  if (vm.count("to")) {
    const std::string text = vm["to"].as<std::string>();
    const auto to = parse_year(text);
    if (!to) return usage_error(year_problem("--to", text));
    if (*to < *first)
      return usage_error("calendar: --to " + text + " is before " + years.front());
    last = *to;
  }

  const fs::path layouts = vm.count("layouts") ? fs::path(vm["layouts"].as<std::string>()) : layouts_dir;
  DiagnosticSink sink;
  fs::path file = layouts / kHolidayFile;
  if (vm.count("style")) {
    const auto style = load::load_house_style(layouts, vm["style"].as<std::string>(), sink);
    if (!style) {
      print_diagnostics(sink);
      return kExitBadInput;
    }
    file = style->deadlines.holidays_file;
  }
  const auto cal = load::load_holiday_calendar(file, sink);
  print_diagnostics(sink);
  if (!cal) return kExitBadInput;

  std::ostringstream out;
  out << "# Bank holidays in England and Wales, " << *first;
  if (last != *first) out << " to " << last;
  out << ": the rules and the one-off changes in " << cal->changes().file.string() << '\n';
  if (*first < model::kRulesFirstYear)
    out << "# note: the rules are those in force since " << model::kRulesFirstYear
        << "; earlier years had other bank holidays\n";
  for (int y = *first; y <= last; ++y) print_year(y, *cal, out);
  std::cout << out.str();
  return kExitOk;
}

}  // namespace bp::cli
