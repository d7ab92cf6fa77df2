// The page-script interpreter (contract in script_interpreter.h; the
// directives are documented for style editors in layouts/README.md).
// Errors are located by searching the template files for the directive
// (with its first word when that is fixed wording): see locate_in_templates.

#include "compose/script_interpreter.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <optional>

#include "compose/inline_text.h"
#include "compose/page_script.h"
#include "compose/style_values.h"
#include "core/diagnostic.h"
#include "core/near_miss.h"

namespace bp::compose {
namespace {

std::string suggest(const std::string& word, const std::vector<std::string>& known) {
  const std::vector<std::string_view> candidates(known.begin(), known.end());
  const std::string best = nearest_name(word, candidates).value_or("");
  std::string list;
  for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  return (best.empty() ? std::string() : "did you mean \"" + best + "\"? ") + "known: " + list;
}

std::optional<double> parse_number(std::string_view s) {
  double v = 0;
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return v;
}

// "40pt", "18mm", "2*", "*", "auto".
std::optional<doc::Column> parse_column(std::string_view s) {
  doc::Column c;
  if (s == "auto") return c;
  auto ends = [&](std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  if (ends("*")) {
    c.kind = doc::ColumnKind::Relative;
    if (s.size() == 1) {
      c.value = 1;
      return c;
    }
    auto v = parse_number(s.substr(0, s.size() - 1));
    if (!v || *v <= 0) return std::nullopt;
    c.value = *v;
    return c;
  }
  if (ends("pt") || ends("mm")) {
    auto v = parse_number(s.substr(0, s.size() - 2));
    if (!v || *v <= 0) return std::nullopt;
    c.kind = doc::ColumnKind::Fixed;
    c.value = ends("mm") ? mm(*v) : *v;
    return c;
  }
  return std::nullopt;
}

class Interpreter {
 public:
  Interpreter(const ExpandedTemplate& script, const model::HouseStyle& style, SlotSource& slots,
              doc::Document& document)
      : script_(script), style_(style), slots_(slots), doc_(document) {
    colours_.text = style.text_color;
    colours_.link = style.link_color;
    handlers_ = {
        {"section", [this] { do_section(); }},
        {"heading", [this] { do_heading(); }},
        {"para", [this] { do_para(false); }},
        {"subheading", [this] { do_para(true); }},
        {"lead-in", [this] {
           lead_in_ = text(line_->rest);
           lead_in_line_ = *line_;
         }},
        {"bookmark", [this] { do_bookmark(); }},
        {"space", [this] { do_space(); }},
        {"box", [this] { do_box(); }},
        {"slot", [this] { do_slot(); }},
        {"table", [this] { do_table(); }},
        {"row", [this] { do_row(RowKind::Plain); }},
        {"label-row", [this] { do_row(RowKind::Label); }},
        {"header-row", [this] { do_row(RowKind::Header); }},
        {"end-table", [this] { end_table(); }},
        {"footer-left", [this] { doc_.furniture.footer_left = text(line_->rest); }},
        {"footer-center", [this] { doc_.furniture.footer_center = text(line_->rest); }},
        {"footer-right", [this] { doc_.furniture.footer_right = text(line_->rest); }},
        {"header-left", [this] { doc_.furniture.header_left = text(line_->rest); }},
        {"header-right", [this] { doc_.furniture.header_right = text(line_->rest); }},
        {"watermark", [this] { doc_.furniture.watermark = text(line_->rest); }},
    };
  }

  void run() {
    for (const ScriptLine& line : split_script(script_.text)) {
      line_ = &line;
      const bool row_directive = line.directive == "row" || line.directive == "label-row" ||
                                 line.directive == "header-row" || line.directive == "end-table";
      if (table_ && !row_directive) end_table();
      auto it = handlers_.find(line.directive);
      if (it == handlers_.end()) {
        error(line.directive, "unknown directive \"" + line.directive + "\"",
              suggest(line.directive, script_directives()));
      }
      it->second();
    }
    line_ = nullptr;
    if (table_) end_table();
    if (bookmark_) {
      error_at(bookmark_line_, "bookmark", "\"bookmark\" is not followed by a paragraph or table");
    }
    if (!lead_in_.empty()) {
      error_at(lead_in_line_, "lead-in", "\"lead-in\" is not followed by a paragraph");
    }
  }

 private:
  enum class RowKind { Plain, Label, Header };

  [[noreturn]] void error(const std::string& prefix, const std::string& message,
                          const std::string& hint = {}) const {
    error_at(*line_, prefix, message, hint);
  }

  [[noreturn]] void error_at(const ScriptLine& line, const std::string& prefix,
                             const std::string& message, const std::string& hint = {}) const {
    Diagnostic d;
    // The directive with its first word ("heading 7") finds the very line when
    // that word is fixed wording; otherwise fall back to the shorter prefix.
    const auto space = line.rest.find_first_of(" \t");
    const std::string exact = line.directive + " " + line.rest.substr(0, space);
    d.where = locate_in_templates(script_, exact);
    if (d.where.line == 0 || line.rest.empty()) d.where = locate_in_templates(script_, prefix);
    d.message = message;
    d.hint = (hint.empty() ? "" : hint + "\n  ") + "expanded page script line " +
             std::to_string(line.number) + ": " + line.text;
    throw InputError(std::move(d));
  }

  std::string text(std::string_view raw) const {
    std::string unknown;
    auto decoded = decode_text(raw, style_.labels, unknown);
    if (!decoded) {
      std::vector<std::string> known;
      for (const auto& [name, value] : style_.labels) known.push_back(name);
      Diagnostic d;
      d.where = locate_label(unknown);
      d.message = "unknown label {label:" + unknown + "} (house style \"" + style_.name + "\")";
      d.hint = suggest(unknown, known) + "\n  add <label name=\"" + unknown +
               "\">...</label> to style.xml";
      throw InputError(std::move(d));
    }
    return *decoded;
  }

  SourceLocation locate_label(const std::string& name) const {
    const std::string needle = "{label:" + name + "}";
    for (const TemplateFile& f : script_.files) {
      const auto pos = f.text.find(needle);
      if (pos != std::string::npos) {
        const auto line = static_cast<std::size_t>(
            std::count(f.text.begin(), f.text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
        return SourceLocation{f.path.string(), line + 1, 0};
      }
    }
    return locate_in_templates(script_, line_ ? line_->directive : std::string());
  }

  // First word of the raw rest, and the remainder.
  std::pair<std::string, std::string> first_word(const std::string& rest) const {
    const auto space = rest.find_first_of(" \t");
    if (space == std::string::npos) return {rest, {}};
    return {rest.substr(0, space), std::string(trim(std::string_view(rest).substr(space)))};
  }

  doc::Section& section() {
    if (doc_.sections.empty()) {
      doc_.sections.push_back(doc::Section{page_setup(style_, Orientation::Portrait), {}});
    }
    return doc_.sections.back();
  }

  // Adds a block, applying a pending bookmark and lead-in.
  void emit(doc::Block block) {
    if (auto* p = std::get_if<doc::Paragraph>(&block)) {
      if (!lead_in_.empty()) {
        const std::string lead = std::move(lead_in_);
        lead_in_.clear();
        if (p->label.empty() && p->role == doc::Role::Paragraph) {
          std::vector<doc::TextRun> runs =
              compose_plain(lead + " ", doc::FontFace::Bold, colours_);
          for (auto& r : p->runs) append_run(runs, std::move(r));
          p->runs = std::move(runs);
        } else {
          doc::Paragraph lp;
          lp.runs = compose_plain(lead, doc::FontFace::Bold, colours_);
          lp.style = body_style(style_);
          lp.style.left_indent = p->style.left_indent;
          lp.style.keep_with_next = true;
          emit(std::move(lp));
        }
      }
      if (bookmark_) {
        p->bookmark = bookmark_title_.empty() ? runs_text(p->runs) : bookmark_title_;
        p->bookmark_level = bookmark_level_;
        bookmark_.reset();
      }
    } else if (auto* t = std::get_if<doc::Table>(&block)) {
      if (!lead_in_.empty()) {
        doc::Paragraph lp;
        lp.runs = compose_plain(lead_in_, doc::FontFace::Bold, colours_);
        lp.style = body_style(style_);
        lp.style.keep_with_next = true;
        lead_in_.clear();
        emit(std::move(lp));
      }
      if (bookmark_) {
        if (bookmark_title_.empty()) {
          error_at(bookmark_line_, "bookmark", "a bookmark on a table needs a title",
                   "write: bookmark 0 Title");
        }
        t->bookmark = bookmark_title_;
        t->bookmark_level = bookmark_level_;
        bookmark_.reset();
      }
    }
    section().blocks.push_back(std::move(block));
  }

  void do_section() {
    const std::string arg = text(line_->rest);
    Orientation o;
    if (arg == "portrait") {
      o = Orientation::Portrait;
    } else if (arg == "landscape") {
      o = Orientation::Landscape;
    } else {
      error("section", "section needs \"portrait\" or \"landscape\", not \"" + arg + "\"");
    }
    doc_.sections.push_back(doc::Section{page_setup(style_, o), {}});
  }

  void do_heading() {
    auto [level_text, rest] = first_word(line_->rest);
    const auto level = parse_number(level_text);
    if (!level || *level < 1 || *level > 3 || *level != static_cast<int>(*level)) {
      error("heading", "heading needs a level 1, 2 or 3 before its text, not \"" + level_text +
                           "\"");
    }
    const std::string t = text(rest);
    if (t.empty()) error("heading", "heading has no text");
    doc::Paragraph h;
    h.role = doc::Role::Heading;
    h.heading_level = static_cast<int>(*level);
    InlineColours c = colours_;
    c.text = style_.heading_color;
    h.runs = compose_plain(t, doc::FontFace::Bold, c);
    h.style = heading_style(style_, h.heading_level);
    emit(std::move(h));
  }

  doc::Paragraph plain_paragraph(const std::string& t, bool bold) const {
    doc::Paragraph p;
    p.runs = compose_plain(t, bold ? doc::FontFace::Bold : doc::FontFace::Regular, colours_);
    p.style = body_style(style_);
    p.style.keep_with_next = bold;
    return p;
  }

  void do_para(bool bold) {
    const std::string t = text(line_->rest);
    if (t.empty()) return;  // a value that was empty in the report
    emit(plain_paragraph(t, bold));
  }

  void do_bookmark() {
    auto [level_text, rest] = first_word(line_->rest);
    const auto level = parse_number(level_text);
    if (!level || *level < 0 || *level > 5 || *level != static_cast<int>(*level)) {
      error("bookmark", "bookmark needs a level 0..5, not \"" + level_text + "\"");
    }
    bookmark_ = static_cast<int>(*level);
    bookmark_level_ = *bookmark_;
    bookmark_title_ = text(rest);
    bookmark_line_ = *line_;
  }

  void do_space() {
    std::string arg = text(line_->rest);
    if (arg.size() > 2 && arg.substr(arg.size() - 2) == "pt") arg.resize(arg.size() - 2);
    const auto v = parse_number(arg);
    if (!v || *v < 0) error("space", "space needs a height in points, e.g. \"space 6pt\"");
    section().blocks.emplace_back(doc::Spacer{*v});
  }

  void do_box() {
    const std::string t = text(line_->rest);
    if (t.empty()) return;
    doc::Table box = new_table();
    box.columns = {doc::Column{doc::ColumnKind::Relative, 1}};
    doc::Cell cell;
    doc::Paragraph p = plain_paragraph(t, false);
    p.style.space_after = 0;
    cell.content.push_back(std::move(p));
    box.body_rows.push_back(doc::Row{{std::move(cell)}});
    emit(std::move(box));
  }

  void do_slot() {
    const std::vector<std::string> fields = split_fields(line_->rest);
    auto [name_raw, arg_raw] = first_word(fields[0]);
    const std::string name = text(name_raw);
    const std::string arg = text(arg_raw);
    std::vector<doc::Block> blocks;
    bool known = false;
    try {
      known = slots_.fill(name, arg, blocks);
    } catch (const SlotError& e) {
      error("slot " + name, e.what());
    }
    if (!known) {
      error("slot " + name, "unknown slot \"" + name + "\"", suggest(name, slots_.names()));
    }
    if (blocks.empty() && fields.size() > 1) {
      std::string fallback;
      for (std::size_t i = 1; i < fields.size(); ++i) {
        fallback += (i > 1 ? "|" : "") + text(fields[i]);
      }
      if (!fallback.empty()) blocks.emplace_back(plain_paragraph(fallback, false));
    }
    for (auto& b : blocks) emit(std::move(b));
  }

  doc::Table new_table() const {
    doc::Table t;
    t.padding = style_.cell_padding;
    t.border_width = style_.rule_width;
    t.border_color = style_.rule_color;
    t.space_after = style_.paragraph_spacing * 2;
    return t;
  }

  // table [size=N] WIDTH|WIDTH|...   (size: the cells' font size in pt)
  void do_table() {
    table_ = new_table();
    table_size_.reset();
    std::string rest = line_->rest;
    if (rest.rfind("size=", 0) == 0) {
      auto [size_word, widths] = first_word(rest);
      std::string number = size_word.substr(5);
      if (number.size() > 2 && number.substr(number.size() - 2) == "pt") number.resize(number.size() - 2);
      const auto size = parse_number(number);
      if (!size || *size < 4 || *size > 72) {
        error("table", "bad table font size \"" + size_word + "\"", "write e.g. size=10pt (4 to 72)");
      }
      table_size_ = *size;
      rest = widths;
    }
    for (const std::string& field : split_fields(rest)) {
      const std::string spec = text(field);
      auto column = parse_column(spec);
      if (!column) {
        error("table", "bad column width \"" + spec + "\"",
              "use e.g. 40pt, 18mm, 2* (a share of the free width) or auto, separated by |");
      }
      table_->columns.push_back(*column);
    }
  }

  void do_row(RowKind kind) {
    const char* name = kind == RowKind::Label ? "label-row"
                       : kind == RowKind::Header ? "header-row" : "row";
    if (!table_) error(name, std::string(name) + " outside a table", "start one with \"table\"");
    const std::vector<std::string> fields = split_fields(line_->rest);
    const int columns = static_cast<int>(table_->columns.size());
    if (static_cast<int>(fields.size()) > columns) {
      error(name, std::string(name) + " has " + std::to_string(fields.size()) +
                      " cells but the table has " + std::to_string(columns) + " columns");
    }
    doc::Row row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const bool label = kind == RowKind::Header || (kind == RowKind::Label && i % 2 == 0);
      doc::Cell cell;
      doc::Paragraph p = plain_paragraph(text(fields[i]), label);
      if (table_size_) p.style = cell_style(style_, *table_size_);
      p.style.keep_with_next = false;
      p.style.space_after = 0;
      if (!p.runs.empty()) cell.content.push_back(std::move(p));
      if (label) {
        const std::string shade = kind == RowKind::Header ? "header" : "label";
        cell.fill = shade_colour(style_, shade, locate_in_templates(script_, name),
                                 std::string(name) + " in the page script");
      }
      if (i + 1 == fields.size()) cell.colspan = columns - static_cast<int>(fields.size()) + 1;
      row.cells.push_back(std::move(cell));
    }
    (kind == RowKind::Header ? table_->header_rows : table_->body_rows).push_back(std::move(row));
  }

  void end_table() {
    if (!table_) error("end-table", "end-table without a table");
    doc::Table t = std::move(*table_);
    table_.reset();
    emit(std::move(t));
  }

  const ExpandedTemplate& script_;
  const model::HouseStyle& style_;
  SlotSource& slots_;
  doc::Document& doc_;
  InlineColours colours_;
  std::map<std::string, std::function<void()>> handlers_;
  const ScriptLine* line_ = nullptr;
  std::optional<doc::Table> table_;
  std::optional<double> table_size_;
  std::optional<int> bookmark_;
  int bookmark_level_ = 0;
  std::string bookmark_title_;
  ScriptLine bookmark_line_;
  std::string lead_in_;
  ScriptLine lead_in_line_;
};

}  // namespace

const std::vector<std::string>& script_directives() {
  static const std::vector<std::string> names = {
      "section",   "heading",    "para",          "subheading",   "lead-in",
      "bookmark",  "space",      "box",           "slot",         "table",
      "row",       "label-row",  "header-row",    "end-table",    "footer-left",
      "footer-center", "footer-right", "header-left", "header-right", "watermark"};
  return names;
}

void run_script(const ExpandedTemplate& script, const model::HouseStyle& style, SlotSource& slots,
                doc::Document& document) {
  Interpreter(script, style, slots, document).run();
}

}  // namespace bp::compose
