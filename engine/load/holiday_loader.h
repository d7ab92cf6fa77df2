#pragma once
// Data file of one-off bank holiday changes -> model::HolidayChanges.
//
// The file (layouts/common/bank-holidays-england-and-wales.xml; vocabulary in
// schema/bank-holidays.xsd and in the file's own comments):
//   <bank-holidays region="England and Wales">
//     <remove date="2020-05-04" reason="moved to Friday 8 May for VE Day"/>
//     <add date="2020-05-08" name="Early May bank holiday (VE Day)" moved-from="2020-05-04"/>
//   </bank-holidays>
// Checked beyond the schema, each problem located as file:line:col: the region
// is England and Wales (the rules are); dates are real and in
// model::kCalendarFirstYear..kCalendarLastYear; a <remove> names a holiday of
// the rules; an <add> is a weekday that is not already a holiday (unless removed);
// moved-from names a date the file removes; no date is added or removed twice.

#include <filesystem>
#include <optional>

#include "core/diagnostic.h"
#include "model/calendar.h"

namespace bp::load {

// Reads and checks `file`. Every problem goes to `sink` (in file order);
// returns nullopt when there was any error.
std::optional<model::HolidayChanges> load_holiday_changes(const std::filesystem::path& file,
                                                          DiagnosticSink& sink);

// The rules plus the changes of `file`; nullopt when the file has errors.
std::optional<model::HolidayCalendar> load_holiday_calendar(const std::filesystem::path& file,
                                                            DiagnosticSink& sink);

}  // namespace bp::load
