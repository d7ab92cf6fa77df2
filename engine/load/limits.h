#pragma once
// Size and nesting limits of every input file, and their checks.
//
// The limits are far above any real council paper (a 5,000-row KPI table is
// well inside them) and keep a broken or hostile file from exhausting memory
// or time: the readers recurse into nested content, and some checks are
// linear in the number of attributes of an element. Documented in
// REPORT-XML.md ("Limits"). Every breach is an error at the offending place.

#include <pugixml.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/calendar.h"

namespace bp::load {

inline constexpr std::uintmax_t kMaxFileBytes = 32u * 1024 * 1024;  // 32 MiB
inline constexpr std::size_t kMaxDepth = 100;              // element levels below the root
inline constexpr std::size_t kMaxElements = 1'000'000;     // elements in a file
inline constexpr std::size_t kMaxAttributes = 100;         // attributes on one element
inline constexpr std::size_t kMaxAttributeBytes = 64 * 1024;  // one attribute value, 64 KiB
inline constexpr std::size_t kMaxTextBytes = 1024 * 1024;     // one run of text, 1 MiB
inline constexpr std::size_t kMaxTableRows = 20'000;  // <row>s of a <table>, header included;
                                                      // <kpi>s of a <kpi-group>
inline constexpr std::size_t kMaxTableColumns = 100;  // <column>s of a table's <columns>
// Dates: the years of the bank holiday calendar, 1900 to 2200.
inline constexpr int kMinYear = model::kCalendarFirstYear;
inline constexpr int kMaxYear = model::kCalendarLastYear;

}  // namespace bp::load

namespace bp::load::detail {

class XmlSource;

// "the file is 33554433 bytes: the limit is 33554432 bytes (32 MiB)" when
// `bytes` is over kMaxFileBytes.
std::optional<std::string> file_size_problem(std::uintmax_t bytes);
extern const char* const kFileSizeHint;

// Walks the tree under `root` once and reports every element past the depth
// or element limit (then stops), and every attribute, text, table or KPI group
// over its limit. Returns false when anything was reported.
bool check_limits(const XmlSource& src, pugi::xml_node root, DiagnosticSink& sink);

}  // namespace bp::load::detail
