#pragma once
// Test support for the compose stage: a report built in code (modelled on the
// Sefton SEND paper, 11 March 2020), the two house styles built in code with
// their real template folders, and helpers to search the block tree.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "compose/document.h"
#include "model/house_style.h"
#include "model/report.h"

namespace bp::compose::testing {

namespace fs = std::filesystem;

inline model::RichText text(const std::string& s) { return model::plain(s); }

inline model::Block para(const std::string& s) { return model::Paragraph{text(s)}; }

inline model::Block numbered(const std::string& s, std::vector<model::Block> children = {}) {
  return model::NumberedParagraph{text(s), std::move(children)};
}

inline model::ListItem item(const std::string& s, std::vector<model::Block> children = {}) {
  return model::ListItem{text(s), std::move(children)};
}

inline model::Block list(model::ListKind kind, std::vector<model::ListItem> items) {
  return model::List{kind, std::move(items)};
}

// The health-and-wellbeing-board or overview-and-scrutiny style, with
// directory = BOARDPACK_LAYOUTS/<name> and the values of its style.xml.
inline model::HouseStyle house_style(const std::string& name = "health-and-wellbeing-board") {
  model::HouseStyle s;
  s.name = name;
  s.directory = fs::path(BOARDPACK_LAYOUTS) / name;
  s.template_name = "report.tpl";
  const fs::path dejavu = "/usr/share/fonts/truetype/dejavu";
  s.fonts = {dejavu / "DejaVuSans.ttf", dejavu / "DejaVuSans-Bold.ttf",
             dejavu / "DejaVuSans-Oblique.ttf", dejavu / "DejaVuSans-BoldOblique.ttf"};
  s.body_size = 11;
  s.heading_sizes[0] = 13;
  s.heading_sizes[1] = 11.5;
  s.heading_sizes[2] = 11;
  s.table_size = 7.5;
  s.number_indent = 42;
  s.list_indent = 18;
  s.shades = {{"label", Color::rgb(0xE8, 0xE8, 0xE8)},
              {"header", Color::rgb(0xD9, 0xD9, 0xD9)},
              {"rating-red", Color::rgb(0xF4, 0xB6, 0xB6)},
              {"rating-amber", Color::rgb(0xFF, 0xE0, 0x8A)},
              {"rating-green", Color::rgb(0xB7, 0xE1, 0xA1)}};
  s.labels = {{"finance_officer", "Executive Director of Corporate Resources and Customer Services"},
              {"legal_officer", "Chief Legal and Democratic Officer"}};
  if (name == "overview-and-scrutiny") s.heading_color = Color::rgb(0x14, 0x50, 0x5C);
  return s;
}

inline model::Table kpi_table() {
  using model::ColumnSpec;
  using model::ColumnWidthKind;
  model::Table t;
  t.font_size = 7;
  t.columns = {ColumnSpec{ColumnWidthKind::Fixed, 40}, ColumnSpec{ColumnWidthKind::Relative, 2},
               ColumnSpec{ColumnWidthKind::Auto, 0},   ColumnSpec{ColumnWidthKind::Fixed, 51},
               ColumnSpec{ColumnWidthKind::Fixed, 51}, ColumnSpec{ColumnWidthKind::Relative, 3}};
  auto cell = [](const std::string& s) {
    model::TableCell c;
    c.content.push_back(para(s));
    return c;
  };
  auto header = [&](const std::string& s, int colspan, int rowspan) {
    model::TableCell c = cell(s);
    c.colspan = colspan;
    c.rowspan = rowspan;
    c.shade = "header";
    return c;
  };
  t.header.push_back(model::TableRow{{header("KPI", 1, 2), header("Action", 1, 2),
                                      header("Baseline", 1, 2), header("Performance Target", 2, 1),
                                      header("Commentary", 1, 2)}});
  t.header.push_back(model::TableRow{{header("Oct-19", 1, 1), header("Jan-20", 1, 1)}});
  model::TableCell kpi = cell("KPI 1/2a");
  kpi.bold = true;
  model::TableCell rating = cell("40%");
  rating.shade = "rating-green";
  rating.align = model::HAlign::Center;
  model::TableCell commentary = cell("Monitored monthly.");
  commentary.content.push_back(list(model::ListKind::Bullet, {item("January 2020: 40%")}));
  t.body.push_back(model::TableRow{{kpi, cell("% of new EHCPs completed within 20 weeks"),
                                    cell("TBC"), cell("-"), rating, commentary}});
  return t;
}

// A final, signed-off report using every part of the model.
inline model::Report sample_report() {
  using model::ListKind;
  model::Report r;
  r.style = "health-and-wellbeing-board";
  r.council = "Sefton Council";
  r.created = model::Date(2020, 3, 2);
  r.sign_off.state = model::SignOffState::Final;
  r.sign_off.version = "1.0";
  r.sign_off.signed_off_by = "Executive Director of Children's Services";
  r.sign_off.signed_off_on = model::Date(2020, 3, 2);
  r.sign_off.finance_reference = "FD5961/20";
  r.sign_off.legal_reference = "LD4144/20";

  r.front.report_to = "Health and Wellbeing Board";
  r.front.meeting_date = model::Date(2020, 3, 11);
  r.front.subject = "SEND Continuous Improvement Plan Update";
  r.front.report_of = "Interim Director of Children's Social Care and Education";
  r.front.wards_affected = "(All Wards)";
  r.front.portfolio = "Children, Schools and Safeguarding";

  r.summary = {para("The report updates the Board on actions taken and progress made.")};
  r.recommendations = {text("consider the performance information at Appendix A;"),
                       text("offer challenge to the SEND Continuous Improvement Board.")};
  model::RichText reasons;
  reasons.push_back(model::Span{"The Board provides ", false, false, {}});
  reasons.push_back(model::Span{"system leadership", true, false, {}});
  reasons.push_back(model::Span{" and ", false, false, {}});
  reasons.push_back(model::Span{"the plan", false, true, "https://example.gov.uk/send"});
  reasons.push_back(model::Span{".", false, false, {}});
  r.reasons = {model::Paragraph{reasons}};
  r.cost.revenue = {para("A forecast budget pressure of £0.223m.")};
  r.implications.resource = {para("The High Needs Budget overspent by £2.3m.")};
  r.implications.legal = {para("The Children and Families Act 2014 applies.")};
  r.implications.equality = {para("Assessed as the plan progresses.")};
  r.core_purpose = {{"Protect the most vulnerable", {para("Better outcomes for children.")}},
                    {"Cleaner Greener", {}}};
  r.consultations.external = {
      para("See https://www.sefton.gov.uk/send. Or write to send.team@sefton.gov.uk.")};
  r.contact = {"Jan McMahon", "Tel: 0151 934 4431", "jan.mcmahon@sefton.gov.uk"};

  model::Appendix a;
  a.letter = "A";
  a.title = "Current KPI Performance";
  a.orientation = Orientation::Landscape;
  a.content.push_back(model::Subheading{text("Actions 1.2: The Timeliness of new EHCPs")});
  a.content.push_back(kpi_table());
  r.appendices.push_back(a);
  r.appendices.push_back(model::Appendix{"B", "Analysis of baseline Parent Carer Survey",
                                         Orientation::Portrait, {}});
  r.background_papers.push_back(model::BackgroundPaper{
      text("Published version of the SEND Improvement Plan"),
      "https://search3.openobjects.com/mediamanager/sefton/fsd/files/"
      "sefton_send_improvement_plan.pdf"});

  // Section 1: 1.1, 1.2 with 1.2.1 and 1.2.2.
  model::BodySection intro{"Introduction", {}};
  intro.content.push_back(numbered("This report informs Health and Wellbeing Board members."));
  intro.content.push_back(numbered("Members of the Health and Wellbeing Board are asked to",
                                   {numbered("consider the performance information;"),
                                    numbered("offer challenge to the SENDCIB.")}));
  // Section 2: 2.1, subheading, 2.2 (bullets), 2.3 with 2.3.1 and 2.3.2 (lettered + nested bullets).
  model::BodySection delivering{"Delivering the Improvement Plan", {}};
  delivering.content.push_back(numbered("The majority of actions are on target."));
  delivering.content.push_back(model::Subheading{text("Action 1 To improve the poor progress")});
  delivering.content.push_back(numbered(
      "Action 1.1 Attainment at KS2.",
      {para("Activity includes"),
       list(ListKind::Bullet, {item("A sub group for Writing and Maths"),
                               item("Geographic cluster groups")})}));
  delivering.content.push_back(numbered(
      "Actions 1.2 The Timeliness of new EHCPs",
      {numbered("Operational performance is beginning to improve."),
       numbered("KPI1/2 20 week target relating to 2019.",
                {list(ListKind::Lettered,
                      {item("The SEND team continue to prioritise reviews"),
                       item("Reviews for these groups are up to date",
                            {list(ListKind::Bullet,
                                  {item("Looked After Children with an EHCP",
                                        {list(ListKind::Bullet, {item("third level")})})})})})})}));
  delivering.content.push_back(para("Once approved delivery will be overseen by the Board."));
  r.body = {intro, delivering};
  return r;
}

inline std::string text_of(const doc::Paragraph& p) {
  std::string out;
  for (const auto& r : p.runs) out += r.text;
  return out;
}

inline std::string text_of(const doc::Cell& c) {
  std::string out;
  for (const auto& p : c.content) out += (out.empty() ? "" : "\n") + text_of(p);
  return out;
}

inline void collect(const doc::Table& t, std::vector<const doc::Paragraph*>& out) {
  for (const auto* rows : {&t.header_rows, &t.body_rows}) {
    for (const auto& row : *rows) {
      for (const auto& cell : row.cells) {
        for (const auto& p : cell.content) out.push_back(&p);
      }
    }
  }
}

inline std::vector<const doc::Paragraph*> section_paragraphs(const doc::Section& s) {
  std::vector<const doc::Paragraph*> out;
  for (const auto& b : s.blocks) {
    if (const auto* p = std::get_if<doc::Paragraph>(&b)) out.push_back(p);
    if (const auto* t = std::get_if<doc::Table>(&b)) collect(*t, out);
  }
  return out;
}

inline std::vector<const doc::Paragraph*> all_paragraphs(const doc::Document& d) {
  std::vector<const doc::Paragraph*> out;
  for (const auto& s : d.sections) {
    auto ps = section_paragraphs(s);
    out.insert(out.end(), ps.begin(), ps.end());
  }
  return out;
}

inline const doc::Paragraph* find_paragraph(const doc::Document& d, const std::string& s) {
  for (const auto* p : all_paragraphs(d)) {
    if (text_of(*p) == s) return p;
  }
  return nullptr;
}

inline const doc::Paragraph* find_starting(const doc::Document& d, const std::string& prefix) {
  for (const auto* p : all_paragraphs(d)) {
    if (text_of(*p).rfind(prefix, 0) == 0) return p;
  }
  return nullptr;
}

inline const doc::Paragraph* next_paragraph(const doc::Document& d, const doc::Paragraph* p) {
  const auto all = all_paragraphs(d);
  for (std::size_t i = 0; i + 1 < all.size(); ++i) {
    if (all[i] == p) return all[i + 1];
  }
  return nullptr;
}

inline std::vector<const doc::Table*> all_tables(const doc::Document& d) {
  std::vector<const doc::Table*> out;
  for (const auto& s : d.sections) {
    for (const auto& b : s.blocks) {
      if (const auto* t = std::get_if<doc::Table>(&b)) out.push_back(t);
    }
  }
  return out;
}

// A scratch folder with a copy of layouts/common and a style folder
// "scratch-style" holding the given report.tpl; removed on destruction.
class ScratchStyle {
 public:
  explicit ScratchStyle(const std::string& report_tpl) {
    static int counter = 0;
    root_ = fs::temp_directory_path() /
            ("boardpack-compose-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(root_ / "scratch-style");
    fs::copy(fs::path(BOARDPACK_LAYOUTS) / "common", root_ / "common",
             fs::copy_options::recursive);
    style_ = house_style();
    style_.name = "scratch-style";
    style_.directory = root_ / "scratch-style";
    write("report.tpl", report_tpl);
  }
  ~ScratchStyle() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  ScratchStyle(const ScratchStyle&) = delete;
  ScratchStyle& operator=(const ScratchStyle&) = delete;

  const model::HouseStyle& style() const { return style_; }
  fs::path template_path() const { return style_.directory / "report.tpl"; }
  void write(const std::string& file, const std::string& content) const {
    std::ofstream(style_.directory / file, std::ios::binary) << content;
  }

 private:
  fs::path root_;
  model::HouseStyle style_;
};

}  // namespace bp::compose::testing
