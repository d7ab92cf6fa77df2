#pragma once
// Helpers for the figure layout tests: sample figures (a KPI trend chart, a
// governance tree) and reading items of a page back by kind.

#include <string>
#include <variant>
#include <vector>

#include "compose/document.h"
#include "layout/figure_draw.h"
#include "layout/font_metrics.h"
#include "layout/page.h"

namespace bp::layout::testing {

inline const Color kNavy = Color::rgb(0x1f, 0x38, 0x64);
inline const Color kGrey = Color{0.45, 0.45, 0.45};

// Days since 1970-01-01 of the first of a month (2019..2020 only, enough here).
inline double month_day(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  double d = 17897;  // 2019-01-01
  for (int y = 2019; y < year; ++y) d += 365;
  for (int m = 1; m < month; ++m) d += kDays[m - 1] + ((year == 2020 && m == 2) ? 1 : 0);
  return d;
}

inline std::string month_label(int year, int month) {
  static const char* kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return std::string(kNames[month - 1]) + "-" + std::to_string(year % 100);
}

// KPI 1/2a: actuals Oct-19 .. Feb-20 (solid, filled circles), target
// trajectory (dashed, hollow squares), unit "%".
inline doc::LineChart kpi_chart() {
  doc::LineChart c;
  c.title = "KPI 1/2a: EHC plans issued within 20 weeks";
  c.y_unit = "%";
  doc::ChartSeries actual;
  actual.name = "Actual";
  actual.color = kNavy;
  const double values[] = {31.0, 35.5, 38.2, 40.0, 43.6};
  for (int i = 0; i < 5; ++i) {
    const int y = i < 3 ? 2019 : 2020, m = i < 3 ? 10 + i : i - 2;
    actual.points.push_back(doc::ChartPoint{month_day(y, m), values[i], month_label(y, m)});
  }
  doc::ChartSeries target;
  target.name = "Target";
  target.color = kGrey;
  target.line = doc::LineStyle::Dashed;
  target.marker = doc::MarkerShape::Square;
  target.marker_filled = false;
  target.points = {doc::ChartPoint{month_day(2019, 10), 30, ""}, doc::ChartPoint{month_day(2020, 1), 45, ""},
                   doc::ChartPoint{month_day(2020, 4), 60, month_label(2020, 4)}};
  c.series = {actual, target};
  return c;
}

inline doc::TreeNode tree_node(std::string title, std::string detail, int parent) {
  doc::TreeNode n;
  n.title = std::move(title);
  n.detail = std::move(detail);
  n.parent = parent;
  n.fill = Color{0.9, 0.93, 0.97};
  return n;
}

// The SEND governance structure of seed 004 (15 boards and groups, 5 levels).
inline doc::TreeDiagram governance_tree() {
  doc::TreeDiagram t;
  t.nodes = {
      tree_node("County Durham Partnership", "", -1),                                        // 0
      tree_node("Health & Wellbeing Board", "Chair: Elected Member Portfolio Holder for Adult and Health", 0),  // 1
      tree_node("Integrated Care Board", "Chair: DCC Director of CYPS / Chief Clinical Officer DDES CCG", 1),    // 2
      tree_node("LSCB/Safeguarding Executive", "", 1),                                        // 3
      tree_node("Integrated Steering Group for Children", "Chair: Margaret Whellans / Gill Findley", 2),          // 4
      tree_node("Joint Commissioning Group for Children", "Chair: Denise Elliot", 2),          // 5
      tree_node("Quality Improvement Board", "", 2),                                          // 6
      tree_node("Special Educational Needs and Disabilities (SEND) Group",
                "Chair: Director of Nursing CCGs / DCC Head of Education", 4),                 // 7
      tree_node("Co-production/engagement operational workstream", "(Chaired by parent/carer rep)", 7),  // 8
      tree_node("Inclusion, skills and opportunity", "", 7),                                  // 9
      tree_node("Quality assurance and standards", "(Chaired by parent/carer rep)", 7),       // 10
      tree_node("Access to services", "(Key responsibility to implement the WSoA)", 7),       // 11
      tree_node("Data and reporting", "Systematic collection of data, analysis and reporting", 7),  // 12
      tree_node("Clinical Commissioning Groups", "", 0),                                      // 13
      tree_node("Durham County Council", "", 0),                                              // 14
  };
  return t;
}

template <class T>
std::vector<T> items_of(const Page& page) {
  std::vector<T> out;
  for (const Item& it : page.items) {
    if (const auto* x = std::get_if<T>(&it)) out.push_back(*x);
  }
  return out;
}

inline bool inside(const Rect& r, const Rect& frame, double tol = 0.01) {
  return r.x >= frame.x - tol && r.y >= frame.y - tol && r.right() <= frame.right() + tol &&
         r.bottom() <= frame.bottom() + tol;
}

// Every item of the page whose ink leaves `frame`, described.
inline std::vector<std::string> outside(const Page& page, const Rect& frame, const FontMetrics& m) {
  std::vector<std::string> out;
  for (const Item& it : page.items) {
    const Rect b = item_bounds(it, m);
    if (inside(b, frame)) continue;
    std::string what = std::holds_alternative<TextItem>(it) ? "text '" + std::get<TextItem>(it).text + "'"
                       : std::holds_alternative<LineItem>(it) ? std::string("line")
                       : std::holds_alternative<RectItem>(it) ? std::string("rect")
                                                              : std::string("path");
    out.push_back(what + " at x " + std::to_string(b.x) + ".." + std::to_string(b.right()) + ", y " +
                  std::to_string(b.y) + ".." + std::to_string(b.bottom()));
  }
  return out;
}

}  // namespace bp::layout::testing
