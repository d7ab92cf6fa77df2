// House style file -> model::HouseStyle (see style_loader.h and
// schema/house-style.xsd).
//
// Every child of <house-style> is optional; what is absent keeps the default
// of model/house_style.h. Font files default to DejaVu Sans from Debian's
// fonts-dejavu-core (/usr/share/fonts/truetype/dejavu); relative font paths are
// resolved against the style folder and every font file must exist. Lengths
// are "12pt", "20mm" or a bare number (points); colours are "#RRGGBB".
// <deadlines> gives the publication deadline rules; its holidays= file is read
// from the style folder and must exist when given (the default,
// ../common/bank-holidays-england-and-wales.xml, is not checked here).
// <ratings> gives the amber tolerance of KPI ratings (model::RatingRules).

#include "load/style_loader.h"

#include <algorithm>
#include <set>

#include "load/checker.h"
#include "load/load_support.h"
#include "load/values.h"
#include "load/xml_source.h"

namespace bp::load {
namespace {

using detail::Checker;
using detail::Names;
using detail::tag;

namespace fs = std::filesystem;

const fs::path kDefaultFontDir = "/usr/share/fonts/truetype/dejavu";
const Names kStyleParts = {"fonts", "sizes", "spacing", "margins", "colours", "rules", "shade", "label",
                           "deadlines", "ratings"};
const fs::path kDefaultHolidays = fs::path("..") / "common" / "bank-holidays-england-and-wales.xml";

// Folders of `layouts_dir` holding a style.xml, sorted.
std::vector<std::string> available_styles(const fs::path& layouts_dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(layouts_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code ec2;
    if (it->is_directory(ec2) && fs::is_regular_file(it->path() / "style.xml", ec2))
      out.push_back(it->path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string styles_hint(const fs::path& layouts_dir) {
  const std::vector<std::string> styles = available_styles(layouts_dir);
  if (styles.empty()) return "there are no styles in " + layouts_dir.string();
  std::string hint = "styles in " + layouts_dir.string() + ": ";
  for (std::size_t i = 0; i < styles.size(); ++i) hint += (i ? ", " : "") + styles[i];
  return hint;
}

class StyleReader {
 public:
  StyleReader(Checker& c, fs::path directory) : c_(c), dir_(std::move(directory)) {}

  void read(pugi::xml_node root, model::HouseStyle& s) {
    c_.check_attributes(root, {"name", "template", "xmlns:xsi", "xsi:noNamespaceSchemaLocation"});
    if (auto n = c_.attribute(root, "name"); n && *n != s.name)
      c_.warning(c_.at_attribute(root, "name"),
                 "the style calls itself '" + *n + "' but its folder is '" + s.name + "'",
                 "reports name the style by its folder");
    if (auto t = c_.attribute(root, "template")) {
      if (t->empty() || t->find('/') != std::string::npos || t->find('\\') != std::string::npos)
        c_.bad_attribute_value(root, "template", "a file name in the style folder", *t);
      else
        s.template_name = *t;
    }

    std::set<std::string> seen;
    bool fonts_seen = false;
    for (pugi::xml_node el : c_.element_children(root, kStyleParts)) {
      const std::string name = el.name();
      const std::string key = name == "margins" ? name + ":" + c_.attribute(el, "orientation").value_or("")
                              : name == "shade" || name == "label"
                                  ? name + ":" + c_.attribute(el, "name").value_or("")
                                  : name;
      if (!seen.insert(key).second) {
        std::string what = tag(el);
        if (name == "margins" || name == "shade" || name == "label")
          what += " for '" + key.substr(key.find(':') + 1) + "'";
        c_.error(c_.at(el), "duplicate " + what + " in <house-style>");
        continue;
      }
      if (name == "fonts") { fonts(el, s.fonts); fonts_seen = true; }
      else if (name == "sizes") sizes(el, s);
      else if (name == "spacing") spacing(el, s);
      else if (name == "margins") margins(el, s);
      else if (name == "colours") colours(el, s);
      else if (name == "rules") {
        c_.check_attributes(el, {"width"});
        length(el, "width", s.rule_width, false);
      } else if (name == "shade") shade(el, s);
      else if (name == "deadlines") deadlines(el, s.deadlines);
      else if (name == "ratings") ratings(el, s.ratings);
      else label(el, s);
    }
    if (!fonts_seen) fonts(pugi::xml_node(), s.fonts, root);
    // The default holiday file is not checked here: only deadline checks read it.
    if (s.deadlines.holidays_file.empty()) s.deadlines.holidays_file = (dir_ / kDefaultHolidays).lexically_normal();
  }

 private:
  // Reads the length attribute `name` into `target`; `positive`: must be > 0.
  void length(pugi::xml_node el, std::string_view name, double& target, bool positive) {
    const auto v = c_.length_attribute(el, name);
    if (!v) return;
    if (positive && *v <= 0) {
      c_.bad_attribute_value(el, name, "a length greater than zero", *c_.attribute(el, name));
      return;
    }
    target = *v;
  }

  // `el` empty: all defaults, problems reported at `owner`.
  void fonts(pugi::xml_node el, model::FontFiles& f, pugi::xml_node owner = {}) {
    if (el) c_.check_attributes(el, {"regular", "bold", "italic", "bold-italic"});
    const std::pair<const char*, fs::path*> faces[] = {
        {"regular", &f.regular}, {"bold", &f.bold}, {"italic", &f.italic}, {"bold-italic", &f.bold_italic}};
    const fs::path defaults[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                 "DejaVuSans-BoldOblique.ttf"};
    for (std::size_t i = 0; i < 4; ++i) {
      const auto& [attr, target] = faces[i];
      const auto value = el ? c_.attribute(el, attr) : std::nullopt;
      fs::path p = value ? fs::path(*value) : kDefaultFontDir / defaults[i];
      if (p.is_relative()) p = dir_ / p;
      p = p.lexically_normal();
      std::error_code ec;
      if (value && value->empty()) {
        c_.error(c_.at_attribute(el, attr), "attribute '" + std::string(attr) + "' on <fonts> is empty");
      } else if (!fs::is_regular_file(p, ec)) {
        if (value)
          c_.error(c_.at_attribute(el, attr), "font file not found: " + p.string());
        else
          c_.error(c_.at(el ? el : owner), "default " + std::string(attr) + " font not found: " + p.string(),
                   "name the font files in <fonts " + std::string(attr) + "=\"...\">");
      }
      *target = p;
    }
  }

  void sizes(pugi::xml_node el, model::HouseStyle& s) {
    c_.check_attributes(el, {"body", "line-height", "heading1", "heading2", "heading3", "table", "footer"});
    length(el, "body", s.body_size, true);
    if (auto v = c_.attribute(el, "line-height")) {
      const auto n = parse_number(*v);
      if (n && *n > 0) s.line_height = *n;
      else c_.bad_attribute_value(el, "line-height", "a multiple of the font size such as 1.25", *v);
    }
    length(el, "heading1", s.heading_sizes[0], true);
    length(el, "heading2", s.heading_sizes[1], true);
    length(el, "heading3", s.heading_sizes[2], true);
    length(el, "table", s.table_size, true);
    length(el, "footer", s.footer_size, true);
  }

  void spacing(pugi::xml_node el, model::HouseStyle& s) {
    c_.check_attributes(el, {"paragraph", "heading-before", "heading-after", "number-indent",
                             "list-indent", "cell-padding"});
    length(el, "paragraph", s.paragraph_spacing, false);
    length(el, "heading-before", s.heading_space_before, false);
    length(el, "heading-after", s.heading_space_after, false);
    length(el, "number-indent", s.number_indent, false);
    length(el, "list-indent", s.list_indent, false);
    length(el, "cell-padding", s.cell_padding, false);
  }

  void margins(pugi::xml_node el, model::HouseStyle& s) {
    c_.check_attributes(el, {"orientation", "top", "right", "bottom", "left"});
    if (!c_.required_attribute(el, "orientation")) return;
    const auto o = c_.choice_attribute(el, "orientation", {"portrait", "landscape"});
    if (!o) return;
    model::Margins& m = *o == "portrait" ? s.portrait_margins : s.landscape_margins;
    length(el, "top", m.top, false);
    length(el, "right", m.right, false);
    length(el, "bottom", m.bottom, false);
    length(el, "left", m.left, false);
  }

  void colour(pugi::xml_node el, std::string_view name, Color& target) {
    const auto v = c_.attribute(el, name);
    if (!v) return;
    if (auto col = parse_colour(*v)) target = *col;
    else c_.bad_attribute_value(el, name, "a colour as #RRGGBB", *v, "for example #1F4E96");
  }

  void colours(pugi::xml_node el, model::HouseStyle& s) {
    c_.check_attributes(el, {"text", "heading", "link", "rule", "watermark"});
    colour(el, "text", s.text_color);
    colour(el, "heading", s.heading_color);
    colour(el, "link", s.link_color);
    colour(el, "rule", s.rule_color);
    colour(el, "watermark", s.watermark_color);
  }

  void shade(pugi::xml_node el, model::HouseStyle& s) {
    c_.check_attributes(el, {"name", "colour"});
    const auto name = c_.required_attribute(el, "name");
    if (!c_.required_attribute(el, "colour")) return;
    Color col;
    colour(el, "colour", col);
    if (name && parse_colour(*c_.attribute(el, "colour"))) s.shades[*name] = col;
  }

  // <deadlines notice-clear-working-days="5" forward-plan-clear-days="28" holidays="...">
  void deadlines(pugi::xml_node el, model::DeadlineRules& d) {
    c_.check_attributes(el, {"notice-clear-working-days", "forward-plan-clear-days", "holidays"});
    if (auto n = c_.count_attribute(el, "notice-clear-working-days", 60)) d.notice_clear_working_days = *n;
    if (auto n = c_.count_attribute(el, "forward-plan-clear-days", 366)) d.forward_plan_clear_days = *n;
    const auto file = c_.attribute(el, "holidays");
    if (!file) return;
    if (file->empty()) {
      c_.error(c_.at_attribute(el, "holidays"), "attribute 'holidays' on <deadlines> is empty");
      return;
    }
    fs::path p = *file;
    if (p.is_relative()) p = dir_ / p;
    p = p.lexically_normal();
    std::error_code ec;
    if (!fs::is_regular_file(p, ec))
      c_.error(c_.at_attribute(el, "holidays"), "bank holiday file not found: " + p.string(),
               "the path is read from the style folder; the shipped file is " + kDefaultHolidays.string());
    d.holidays_file = p;
  }

  // <ratings amber-percent="10"/> or <ratings amber-points="5"/>: exactly one.
  void ratings(pugi::xml_node el, model::RatingRules& r) {
    c_.check_attributes(el, {"amber-percent", "amber-points"});
    const auto percent = c_.attribute(el, "amber-percent");
    const auto points = c_.attribute(el, "amber-points");
    if (percent.has_value() == points.has_value()) {
      c_.error(c_.at(el), "<ratings> needs exactly one of amber-percent= or amber-points=",
               "amber-percent=\"10\": amber within 10% of the target; amber-points=\"5\": within 5 "
               "in the KPI's own unit (percentage points, weeks)");
      return;
    }
    const char* name = percent ? "amber-percent" : "amber-points";
    if (auto v = parse_number(percent ? *percent : *points)) {
      r.amber = *v;
      r.amber_kind = percent ? model::RatingRules::Tolerance::Percent : model::RatingRules::Tolerance::Points;
    } else {
      c_.bad_attribute_value(el, name, "a number such as 10", percent ? *percent : *points);
    }
  }

  void label(pugi::xml_node el, model::HouseStyle& s) {
    c_.check_attributes(el, {"name"});
    const auto name = c_.required_attribute(el, "name");
    const auto text = c_.required_text(el);
    if (name && text) s.labels[*name] = *text;
  }

  Checker& c_;
  fs::path dir_;
};

}  // namespace

std::optional<model::HouseStyle> load_house_style(const fs::path& layouts_dir, const std::string& name,
                                                  DiagnosticSink& sink) {
  const bool plain_name = !name.empty() && name != "." && name != ".." &&
                          name.find('/') == std::string::npos && name.find('\\') == std::string::npos;
  const fs::path dir = layouts_dir / name;
  const fs::path file = dir / "style.xml";
  std::error_code ec;
  if (!plain_name || !fs::is_directory(dir, ec)) {
    sink.error(SourceLocation{dir.string(), 0, 0},
               "no house style '" + name + "': folder not found: " + dir.string(), styles_hint(layouts_dir));
    return std::nullopt;
  }
  if (!fs::is_regular_file(file, ec)) {
    sink.error(SourceLocation{file.string(), 0, 0},
               "house style '" + name + "' has no style.xml: not found: " + file.string(),
               styles_hint(layouts_dir));
    return std::nullopt;
  }
  std::string bytes;
  if (!detail::read_file(file, bytes, sink, "style file")) return std::nullopt;

  DiagnosticSink local;
  detail::XmlSource src(file.string(), std::move(bytes));
  model::HouseStyle style;
  style.name = name;
  style.directory = fs::absolute(dir, ec).lexically_normal();
  if (pugi::xml_node root = src.parse("house-style", local)) {
    Checker checker(src, local, {"house-style", "fonts", "sizes", "spacing", "margins", "colours",
                                 "rules", "shade", "label", "deadlines", "ratings"});
    StyleReader(checker, style.directory).read(root, style);
  }
  detail::forward_sorted(local, sink);
  if (local.has_errors()) return std::nullopt;
  return style;
}

}  // namespace bp::load
