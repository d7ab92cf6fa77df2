#pragma once
// Calendar dates for the model, and the house ways of printing them.
// Parsing of input text lives in the loader; these helpers never do I/O.

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace bp::model {

using Date = boost::gregorian::date;

// Parses an ISO 8601 calendar date "YYYY-MM-DD" (exactly that form). Returns
// nullopt when the text is not a real date (2020-02-30, 2020-13-01, "11/03/2020").
std::optional<Date> parse_iso_date(std::string_view text);

// "Wednesday 11 March 2020": the house style for meeting and decision dates.
std::string format_long_date(const Date& d);

// "11 March 2020" (no weekday).
std::string format_day_month_year(const Date& d);

// "Oct-19": the month-column style of KPI tables.
std::string format_month_year_short(const Date& d);

// "March 2020".
std::string format_month_year(const Date& d);

// "2020-03-11".
std::string format_iso_date(const Date& d);

}  // namespace bp::model
