// compose_report: the glue. Expands the style's template with the report's
// values (report_data.h), runs the resulting page script (script_interpreter.h)
// with the report's flows as slots (report_slots.h), and fills the document
// metadata, fonts and furniture defaults from the report and style.

#include "compose/report_composer.h"

#include <optional>

#include "compose/report_data.h"
#include "compose/report_slots.h"
#include "compose/script_interpreter.h"
#include "compose/template_expander.h"
#include "model/date.h"

namespace bp::compose {

namespace {

doc::Metadata metadata(const model::Report& r) {
  doc::Metadata m;
  m.title = r.front.subject;
  m.author = r.council;
  m.subject = "Report to " + r.front.report_to + ", " + model::format_long_date(r.front.meeting_date);
  std::string keywords;
  for (const std::string* k : {&r.front.report_to, &r.front.portfolio, &r.council}) {
    if (k->empty()) continue;
    if (!keywords.empty()) keywords += ", ";
    keywords += *k;
  }
  m.keywords = keywords.empty() ? "committee report" : keywords + ", committee report";
  m.creator = "boardpack";
  m.creation_date = model::format_iso_date(r.created);
  return m;
}

}  // namespace

namespace {

doc::Document compose(const model::Report& report, model::Report* consume,
                      const model::HouseStyle& style) {
  doc::Document document;
  document.meta = metadata(report);
  document.fonts = doc::FontSet{style.fonts.regular, style.fonts.bold, style.fonts.italic,
                                style.fonts.bold_italic};
  document.furniture.size = style.footer_size;
  document.furniture.color = style.rule_color;
  document.furniture.watermark_color = style.watermark_color;

  // The style's own folder first, then the shared pieces beside it.
  std::vector<std::filesystem::path> search_path = {style.directory};
  const std::filesystem::path common = style.directory.parent_path() / "common";
  std::error_code ec;
  if (std::filesystem::is_directory(common, ec)) search_path.push_back(common);
  const ExpandedTemplate script =
      expand_template(search_path, style.template_name, report_template_data(report),
                      report_vocabulary());
  std::optional<ReportSlots> slots;
  if (consume != nullptr) {
    slots.emplace(*consume, style, true);
  } else {
    slots.emplace(report, style);
  }
  run_script(script, style, *slots, document);
  if (document.sections.empty()) {
    Diagnostic d;
    d.where.file = script.files.front().path.string();
    d.message = "the template produced no content";
    throw InputError(std::move(d));
  }
  return document;
}

}  // namespace

doc::Document compose_report(const model::Report& report, const model::HouseStyle& style) {
  return compose(report, nullptr, style);
}

doc::Document compose_report(model::Report&& report, const model::HouseStyle& style) {
  return compose(report, &report, style);
}

}  // namespace bp::compose
