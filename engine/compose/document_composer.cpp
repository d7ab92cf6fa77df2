// compose_document: standalone documents (contract in document_composer.h).
// Expands document.tpl with the document's values, runs the page script with
// the document's sections as slots, and fills metadata, fonts and furniture.

#include "compose/document_composer.h"

#include <charconv>

#include "compose/flow_composer.h"
#include "compose/inline_text.h"
#include "compose/page_script.h"
#include "compose/script_interpreter.h"
#include "compose/style_values.h"
#include "model/date.h"

namespace bp::compose {
namespace {

void set(TemplateData& data, const std::string& name, const std::string& value) {
  data.values[name] = script_value(value);
}

doc::Metadata metadata(const model::StandaloneDocument& d) {
  doc::Metadata m;
  m.title = d.title;
  m.author = d.council;
  m.subject = (d.subtitle.empty() ? d.title : d.subtitle) + ", " + model::format_plan_date(d.date);
  m.keywords = d.council.empty() ? "action plan" : d.council + ", action plan";
  m.creator = "boardpack";
  m.creation_date = model::format_iso_date(d.created);
  return m;
}

class DocumentSlots : public SlotSource {
 public:
  DocumentSlots(const model::StandaloneDocument& document, const model::HouseStyle& style)
      : document_(document), style_(style), flows_(style) {
    int number = 0;
    for (const model::DocumentSection& s : document.sections) numbers_.push_back(s.numbered ? ++number : 0);
  }

  std::vector<std::string> names() const override { return {"title", "subtitle", "section"}; }

  bool fill(const std::string& name, const std::string& arg, std::vector<doc::Block>& out) override {
    if (name == "title" || name == "subtitle") {
      if (!arg.empty()) throw SlotError("slot " + name + " takes no argument");
      const std::string& text = name == "title" ? document_.title : document_.subtitle;
      if (text.empty()) return true;
      out.emplace_back(title_paragraph(text, name == "title"));
      return true;
    }
    if (name == "section") {
      const std::size_t i = index_arg(arg);
      const model::DocumentSection& s = document_.sections[i];
      FlowContext ctx = s.numbered ? flows_.body(numbers_[i]) : flows_.front("section \"" + s.title + "\"");
      if (s.numbered) ctx.where = "section " + std::to_string(numbers_[i]) + " \"" + s.title + "\"";
      flows_.compose(s.content, ctx, out);
      return true;
    }
    return false;
  }

 private:
  doc::Paragraph title_paragraph(const std::string& text, bool main) const {
    doc::Paragraph p;
    p.role = main ? doc::Role::Heading : doc::Role::Paragraph;
    p.heading_level = main ? 1 : 0;
    InlineColours colours = flows_.colours();
    colours.text = style_.heading_color;
    p.runs = compose_plain(text, doc::FontFace::Bold, colours);
    p.style = heading_style(style_, 1);
    p.style.size = style_.heading_sizes[0] * (main ? 2.0 : 1.4);
    p.style.line_height = 1.2;
    p.style.space_before = 0;
    p.style.space_after = style_.heading_space_after * (main ? 2 : 1);
    if (main) {
      p.bookmark = text;
      p.bookmark_level = 0;
    }
    return p;
  }

  std::size_t index_arg(const std::string& arg) const {
    std::size_t value = 0;
    const auto* end = arg.data() + arg.size();
    auto [ptr, ec] = std::from_chars(arg.data(), end, value);
    const std::size_t count = document_.sections.size();
    if (arg.empty() || ec != std::errc() || ptr != end || value == 0 || value > count) {
      throw SlotError("slot section needs a number from 1 to " + std::to_string(count) + ", not \"" +
                      arg + "\"");
    }
    return value - 1;
  }

  const model::StandaloneDocument& document_;
  const model::HouseStyle& style_;
  FlowComposer flows_;
  std::vector<int> numbers_;  // the number of each numbered section; 0 for unnumbered
};

}  // namespace

TemplateData document_template_data(const model::StandaloneDocument& d) {
  TemplateData data;
  set(data, "COUNCIL", d.council);
  set(data, "TITLE", d.title);
  set(data, "SUBTITLE", d.subtitle);
  set(data, "DATE", model::format_plan_date(d.date));
  set(data, "VERSION", d.version);
  set(data, "CREATED", model::format_iso_date(d.created));
  if (!d.subtitle.empty()) data.show("HAS_SUBTITLE");
  data.show(d.version.empty() ? "NO_VERSION" : "HAS_VERSION");
  int number = 0;
  std::optional<Orientation> previous;
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const model::DocumentSection& s = d.sections[i];
    TemplateData& item = data.add("SECTIONS");
    set(item, "INDEX", std::to_string(i + 1));
    set(item, "NUMBER", s.numbered ? std::to_string(++number) : "");
    set(item, "HEADING", s.title);
    set(item, "ORIENTATION", s.orientation == Orientation::Landscape ? "landscape" : "portrait");
    item.show(s.numbered ? "NUMBERED" : "UNNUMBERED");
    if (!previous || *previous != s.orientation || s.new_page) item.show("NEW_PAGE");
    previous = s.orientation;
  }
  return data;
}

const Vocabulary& document_vocabulary() {
  static const Vocabulary v = [] {
    Vocabulary voc;
    voc.variables = {"COUNCIL", "TITLE", "SUBTITLE", "DATE", "VERSION", "CREATED"};
    for (const char* s : {"HAS_SUBTITLE", "HAS_VERSION", "NO_VERSION", "NEW_PAGE", "NUMBERED",
                          "UNNUMBERED"}) {
      voc.sections[s] = {};
    }
    voc.sections["SECTIONS"] = {"INDEX", "NUMBER", "HEADING", "ORIENTATION"};
    return voc;
  }();
  return v;
}

doc::Document compose_document(const model::StandaloneDocument& document,
                               const model::HouseStyle& style) {
  doc::Document out;
  out.meta = metadata(document);
  out.fonts = doc::FontSet{style.fonts.regular, style.fonts.bold, style.fonts.italic,
                           style.fonts.bold_italic};
  out.furniture.size = style.footer_size;
  out.furniture.color = style.rule_color;
  out.furniture.watermark_color = style.watermark_color;

  std::vector<std::filesystem::path> search_path = {style.directory};
  const std::filesystem::path common = style.directory.parent_path() / "common";
  std::error_code ec;
  if (std::filesystem::is_directory(common, ec)) search_path.push_back(common);
  const ExpandedTemplate script = expand_template(search_path, "document.tpl",
                                                  document_template_data(document),
                                                  document_vocabulary());
  DocumentSlots slots(document, style);
  run_script(script, style, slots, out);
  if (out.sections.empty()) {
    Diagnostic d;
    d.where.file = script.files.front().path.string();
    d.message = "the template produced no content";
    throw InputError(std::move(d));
  }
  return out;
}

}  // namespace bp::compose
