#pragma once
// A council's house style: fonts, sizes, spacing, colours and labels.
// Loaded from layouts/<style>/style.xml by the loader; the fixed wording lives
// beside it in ctemplate files (layouts/<style>/*.tpl) read by compose.

#include <filesystem>
#include <map>
#include <string>

#include "core/geometry.h"

namespace bp::model {

struct FontFiles {  // absolute paths to TrueType files
  std::filesystem::path regular, bold, italic, bold_italic;
};

struct Margins {  // points
  double top = 0, right = 0, bottom = 0, left = 0;
};

// Publication deadlines of the council (<deadlines> in style.xml; see model/deadlines.h).
struct DeadlineRules {
  int notice_clear_working_days = 5;  // agenda published this many clear working days before
  int forward_plan_clear_days = 28;   // key decisions in the forward plan this many clear days before
  // Data file of one-off bank holiday changes (absolute). The loader sets it to
  // <style folder>/../common/bank-holidays-england-and-wales.xml when not given.
  std::filesystem::path holidays_file;
};

// How KPIs are rated (<ratings> in style.xml; see model/kpi_rating.h). A figure
// that misses its target by no more than the amber tolerance is amber: either
// `amber` points in the KPI's own unit (percentage points, weeks), or `amber`
// per cent of the target.
struct RatingRules {
  enum class Tolerance { Points, Percent };
  Tolerance amber_kind = Tolerance::Percent;
  double amber = 10;
};

struct HouseStyle {
  std::string name;                    // folder name under layouts/
  std::filesystem::path directory;     // absolute folder holding style.xml and the templates
  std::string template_name = "report.tpl";

  FontFiles fonts;
  double body_size = 11;           // pt
  double line_height = 1.25;       // multiple of the font size
  double heading_sizes[3] = {14, 12, 11};  // levels 1..3
  double table_size = 8;           // pt, appendix tables
  double footer_size = 8;          // pt
  double paragraph_spacing = 6;    // pt after a paragraph
  double heading_space_before = 12;
  double heading_space_after = 6;
  double number_indent = 36;       // pt: width of the "2.3.2" hanging number column
  double list_indent = 18;         // pt per list level
  double cell_padding = 3;         // pt
  Margins portrait_margins{mm(20), mm(20), mm(20), mm(20)};
  Margins landscape_margins{mm(15), mm(15), mm(15), mm(15)};

  Color text_color{0, 0, 0};
  Color heading_color{0, 0, 0};
  Color link_color = Color::rgb(0x1F, 0x4E, 0x96);
  Color rule_color = Color::rgb(0x40, 0x40, 0x40);
  double rule_width = 0.5;
  Color watermark_color = Color::rgb(0xD0, 0xD0, 0xD0);

  // Named cell shades used by tables ("header", "label", "rating-red", ...).
  std::map<std::string, Color> shades;
  // Named labels and officer titles used by templates ("finance_officer", ...).
  std::map<std::string, std::string> labels;

  DeadlineRules deadlines;
  RatingRules ratings;
};

}  // namespace bp::model
