// Report XML -> model::Report (see report_loader.h and REPORT-XML.md).
//
// Structure: <report> holds its parts in any order, each at most once;
// <sign-off>, <front-sheet>, <summary>, <recommendations> and <contact> are
// required. Every problem in the file is reported (sorted by place) before
// the function returns nullopt.

#include "load/report_loader.h"

#include <algorithm>

#include "load/checker.h"
#include "load/paper_root.h"
#include "load/flow_reader.h"
#include "load/load_support.h"
#include "load/repertoire_check.h"
#include "load/xml_source.h"

namespace bp::load {
namespace {

using detail::Checker;
using detail::ChildMap;
using detail::FlowReader;
using detail::has_content;
using detail::Names;
using detail::tag;

const Names kReportParts = {"sign-off",   "front-sheet",   "summary",        "recommendations",
                            "reasons",    "alternatives",  "cost",           "implications",
                            "core-purpose", "consultations", "implementation", "contact",
                            "appendices", "background-papers", "body"};
const Names kFrontSheetParts = {"report-to", "meeting-date", "subject",      "report-of", "wards",
                                "portfolio", "key-decision", "forward-plan", "exempt"};

Names report_vocabulary() {
  Names v = {"report", "revenue", "capital", "resource", "legal", "equality", "internal",
             "external", "appendix", "paper", "section"};
  v.insert(v.end(), kReportParts.begin(), kReportParts.end());
  v.insert(v.end(), kFrontSheetParts.begin(), kFrontSheetParts.end());
  v.insert(v.end(), detail::kContentElements.begin(), detail::kContentElements.end());
  return v;
}

class ReportReader {
 public:
  explicit ReportReader(Checker& c) : c_(c), flow_(c) {}

  void read(pugi::xml_node root, model::Report& r) {
    read_paper_root_into(c_, root, r);

    const ChildMap parts = c_.unique_children(root, kReportParts);
    if (auto n = c_.require_child(root, parts, "sign-off")) sign_off(n, r.sign_off);
    if (auto n = c_.require_child(root, parts, "front-sheet")) front_sheet(n, r.front);
    if (auto n = c_.require_child(root, parts, "summary")) r.summary = required_flow(n);
    if (auto n = c_.require_child(root, parts, "recommendations")) recommendations(n, r);
    if (auto n = part(parts, "reasons")) r.reasons = flow(n);
    if (auto n = part(parts, "alternatives")) r.alternatives = flow(n);
    if (auto n = part(parts, "cost")) {
      const ChildMap kids = group(n, {"revenue", "capital"});
      if (auto k = part(kids, "revenue")) r.cost.revenue = flow(k);
      if (auto k = part(kids, "capital")) r.cost.capital = flow(k);
    }
    if (auto n = part(parts, "implications")) {
      const ChildMap kids = group(n, {"resource", "legal", "equality"});
      if (auto k = part(kids, "resource")) r.implications.resource = flow(k);
      if (auto k = part(kids, "legal")) r.implications.legal = flow(k);
      if (auto k = part(kids, "equality")) r.implications.equality = flow(k);
    }
    if (auto n = part(parts, "core-purpose")) core_purpose(n, r);
    if (auto n = part(parts, "consultations")) {
      const ChildMap kids = group(n, {"internal", "external"});
      if (auto k = part(kids, "internal")) r.consultations.internal = flow(k);
      if (auto k = part(kids, "external")) r.consultations.external = flow(k);
    }
    if (auto n = part(parts, "implementation")) implementation(n, r);
    if (auto n = c_.require_child(root, parts, "contact")) contact(n, r.contact);
    if (auto n = part(parts, "appendices")) appendices(n, r);
    if (auto n = part(parts, "background-papers")) background_papers(n, r);
    if (auto n = part(parts, "body")) body(n, r);
  }

 private:
  static pugi::xml_node part(const ChildMap& m, std::string_view name) {
    const auto it = m.find(name);
    return it == m.end() ? pugi::xml_node() : it->second;
  }

  ChildMap group(pugi::xml_node el, const Names& names) {
    c_.check_attributes(el, {});
    return c_.unique_children(el, names);
  }

  model::Flow flow(pugi::xml_node el) {
    c_.check_attributes(el, {});
    return flow_.flow(el);
  }

  model::Flow required_flow(pugi::xml_node el) {
    if (!has_content(el)) c_.error(c_.at(el), "empty " + tag(el));
    return flow(el);
  }

  void sign_off(pugi::xml_node el, model::SignOff& s) {
    c_.check_attributes(el, {"state", "version", "by", "date", "finance-ref", "legal-ref"});
    if (auto v = c_.attribute(el, "version")) s.version = *v;
    if (auto v = c_.attribute(el, "by")) s.signed_off_by = *v;
    if (auto v = c_.attribute(el, "finance-ref")) s.finance_reference = *v;
    if (auto v = c_.attribute(el, "legal-ref")) s.legal_reference = *v;
    if (!c_.attribute(el, "state")) {
      c_.required_attribute(el, "state");
      return;
    }
    const auto state = c_.choice_attribute(el, "state", {"draft", "final"});
    if (!state) return;
    if (*state == "draft") {
      s.state = model::SignOffState::Draft;
      c_.required_attribute(el, "version", " when state=\"draft\"");
      s.signed_off_on = c_.date_attribute(el, "date", false);
    } else {
      s.state = model::SignOffState::Final;
      const std::string_view when = " when state=\"final\"";
      c_.required_attribute(el, "by", when);
      s.signed_off_on = c_.date_attribute(el, "date", true, when);
      c_.required_attribute(el, "finance-ref", when);
      c_.required_attribute(el, "legal-ref", when);
    }
  }

  std::string text_field(pugi::xml_node el) {
    c_.check_attributes(el, {});
    return c_.required_text(el).value_or("");
  }

  void front_sheet(pugi::xml_node el, model::FrontSheet& f) {
    c_.check_attributes(el, {});
    const ChildMap kids = c_.unique_children(el, kFrontSheetParts);
    for (std::string_view name : kFrontSheetParts) {
      const pugi::xml_node n = c_.require_child(el, kids, name);
      if (!n) continue;
      if (name == "report-to") f.report_to = text_field(n);
      else if (name == "subject") f.subject = text_field(n);
      else if (name == "report-of") f.report_of = text_field(n);
      else if (name == "wards") f.wards_affected = text_field(n);
      else if (name == "portfolio") f.portfolio = text_field(n);
      else if (name == "meeting-date") {
        c_.check_attributes(n, {});
        if (auto d = c_.date_text(n)) f.meeting_date = *d;
      } else if (name == "key-decision") {
        c_.check_attributes(n, {});
        f.key_decision = c_.yes_no_text(n).value_or(false);
      } else if (name == "forward-plan") {
        c_.check_attributes(n, {});
        f.included_in_forward_plan = c_.yes_no_text(n).value_or(false);
      } else if (name == "exempt") {
        exempt(n, f);
      }
    }
  }

  void exempt(pugi::xml_node el, model::FrontSheet& f) {
    c_.check_attributes(el, {"paragraph"});
    const auto yes = c_.yes_no_text(el);
    if (!yes) return;
    f.exempt = *yes;
    const bool has_paragraph = c_.attribute(el, "paragraph").has_value();
    if (*yes && !has_paragraph) {
      c_.error(c_.at(el), "missing attribute 'paragraph' on <exempt> when the report is exempt",
               "name the paragraph of Schedule 12A (1 to 7) that applies: <exempt paragraph=\"3\">yes</exempt>");
    } else if (!*yes && has_paragraph) {
      c_.error(c_.at_attribute(el, "paragraph"),
               "attribute 'paragraph' on <exempt> is allowed only when the report is exempt (yes)");
    } else if (*yes) {
      f.exempt_paragraph = c_.count_attribute(el, "paragraph", 7);
    }
  }

  void recommendations(pugi::xml_node el, model::Report& r) {
    c_.check_attributes(el, {});
    for (pugi::xml_node item : c_.element_children(el, {"item"})) {
      c_.check_attributes(item, {});
      r.recommendations.push_back(flow_.inline_content(item, true));
    }
    if (!el.child("item")) c_.error(c_.at(el), "<recommendations> needs at least one <item>");
  }

  void core_purpose(pugi::xml_node el, model::Report& r) {
    c_.check_attributes(el, {});
    for (pugi::xml_node item : c_.element_children(el, {"item"})) {
      c_.check_attributes(item, {"heading"});
      model::CorePurposeItem cp;
      cp.heading = c_.required_attribute(item, "heading").value_or("");
      cp.text = flow_.flow(item);
      r.core_purpose.push_back(std::move(cp));
    }
  }

  void implementation(pugi::xml_node el, model::Report& r) {
    c_.check_attributes(el, {"date"});
    r.implementation_date = c_.date_attribute(el, "date", false);
    r.implementation_note = c_.text_content(el);
    if (c_.attribute(el, "date") && !r.implementation_note.empty())
      c_.error(c_.at(el), "<implementation> takes a date or a note, not both",
               "write <implementation date=\"2020-03-20\"/> or <implementation>text</implementation>");
  }

  void contact(pugi::xml_node el, model::ContactOfficer& o) {
    c_.check_attributes(el, {"name", "telephone", "email"});
    c_.element_children(el, {});
    o.name = c_.required_attribute(el, "name").value_or("");
    o.telephone = c_.required_attribute(el, "telephone").value_or("");
    o.email = c_.required_attribute(el, "email").value_or("");
  }

  void appendices(pugi::xml_node el, model::Report& r) {
    c_.check_attributes(el, {});
    std::map<std::string, pugi::xml_node> letters;
    for (pugi::xml_node a : c_.element_children(el, {"appendix"})) {
      c_.check_attributes(a, {"letter", "title", "orientation"});
      model::Appendix app;
      if (auto letter = c_.required_attribute(a, "letter")) {
        const bool ok = letter->size() <= 2 && std::all_of(letter->begin(), letter->end(),
                                                           [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        if (!ok) {
          c_.bad_attribute_value(a, "letter", "a capital letter such as A", *letter);
        } else if (auto [it, inserted] = letters.emplace(*letter, a); !inserted) {
          c_.error(c_.at_attribute(a, "letter"), "a second appendix " + *letter,
                   "appendix " + *letter + " is already at line " + std::to_string(c_.at(it->second).line));
        }
        app.letter = *letter;
      }
      app.title = c_.required_attribute(a, "title").value_or("");
      if (auto o = c_.choice_attribute(a, "orientation", {"portrait", "landscape"}))
        app.orientation = *o == "landscape" ? Orientation::Landscape : Orientation::Portrait;
      app.content = flow_.flow(a);
      r.appendices.push_back(std::move(app));
    }
  }

  void background_papers(pugi::xml_node el, model::Report& r) {
    c_.check_attributes(el, {});
    for (pugi::xml_node p : c_.element_children(el, {"paper"})) {
      c_.check_attributes(p, {"href"});
      model::BackgroundPaper paper;
      paper.url = c_.attribute(p, "href").value_or("");
      paper.description = flow_.inline_content(p, true);
      r.background_papers.push_back(std::move(paper));
    }
  }

  void body(pugi::xml_node el, model::Report& r) {
    c_.check_attributes(el, {});
    for (pugi::xml_node s : c_.element_children(el, {"section"})) {
      c_.check_attributes(s, {"title"});
      model::BodySection section;
      section.title = c_.required_attribute(s, "title").value_or("");
      if (!has_content(s)) c_.error(c_.at(s), "empty <section>");
      section.content = flow_.flow(s);
      r.body.push_back(std::move(section));
    }
  }

  Checker& c_;
  FlowReader flow_;
};

// Both entry points end here, with the text moved in: a long file is not copied.
std::optional<model::Report> load_report_bytes(std::string xml, const std::string& display_name,
                                               DiagnosticSink& sink, const LoadOptions& options) {
  DiagnosticSink local;
  detail::XmlSource src(display_name, std::move(xml));
  model::Report report;
  if (pugi::xml_node root = src.parse("report", local)) {
    detail::check_repertoire(src, root, options, local);
    Checker checker(src, local, report_vocabulary());
    ReportReader(checker).read(root, report);
  }
  detail::forward_sorted(local, sink);
  if (local.has_errors()) return std::nullopt;
  return report;
}

}  // namespace

std::optional<model::Report> load_report(const std::filesystem::path& file, DiagnosticSink& sink,
                                         const LoadOptions& options) {
  std::string bytes;
  if (!detail::read_file(file, bytes, sink, "report file")) return std::nullopt;
  return load_report_bytes(std::move(bytes), file.string(), sink, options);
}

std::optional<model::Report> load_report_text(std::string_view xml, const std::string& display_name,
                                              DiagnosticSink& sink, const LoadOptions& options) {
  return load_report_bytes(std::string(xml), display_name, sink, options);
}

}  // namespace bp::load
