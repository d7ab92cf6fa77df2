// Report -> template values and sections (contract and names in report_data.h).

#include "compose/report_data.h"

#include "compose/page_script.h"
#include "core/diagnostic.h"
#include "model/date.h"

namespace bp::compose {
namespace {

void set(TemplateData& data, const std::string& name, const std::string& value) {
  data.values[name] = script_value(value);
}

void show_if(TemplateData& data, bool condition, const std::string& yes, const std::string& no) {
  data.show(condition ? yes : no);
}

std::string orientation_name(Orientation o) {
  return o == Orientation::Landscape ? "landscape" : "portrait";
}

}  // namespace

TemplateData report_template_data(const model::Report& r) {
  TemplateData d;
  const model::FrontSheet& f = r.front;
  set(d, "COUNCIL", r.council);
  set(d, "COMMITTEE", f.report_to);
  set(d, "MEETING_DATE", model::format_long_date(f.meeting_date));
  set(d, "MEETING_DATE_SHORT", model::format_day_month_year(f.meeting_date));
  set(d, "SUBJECT", f.subject);
  set(d, "REPORT_OF", f.report_of);
  set(d, "WARDS", f.wards_affected);
  set(d, "PORTFOLIO", f.portfolio);
  set(d, "CREATED", model::format_iso_date(r.created));
  show_if(d, f.key_decision, "KEY_DECISION", "NO_KEY_DECISION");
  show_if(d, f.included_in_forward_plan, "FORWARD_PLAN", "NO_FORWARD_PLAN");
  show_if(d, f.exempt, "EXEMPT", "NO_EXEMPT");
  if (f.exempt) {
    if (!f.exempt_paragraph) {
      Diagnostic diag;
      diag.message = "the report is exempt but does not say which paragraph of Schedule 12A applies";
      diag.hint = "write <exempt paragraph=\"3\">yes</exempt>";
      throw InputError(std::move(diag));
    }
    set(d, "EXEMPT_PARAGRAPH", std::to_string(*f.exempt_paragraph));
  } else {
    set(d, "EXEMPT_PARAGRAPH", "");
  }

  const model::SignOff& s = r.sign_off;
  show_if(d, s.state == model::SignOffState::Draft, "DRAFT", "FINAL");
  set(d, "VERSION", s.version);
  set(d, "SIGNED_OFF_BY", s.signed_off_by);
  set(d, "SIGNED_OFF_ON", s.signed_off_on ? model::format_day_month_year(*s.signed_off_on) : "");
  set(d, "FINANCE_REF", s.finance_reference);
  set(d, "LEGAL_REF", s.legal_reference);
  if (!s.finance_reference.empty()) d.show("HAS_FINANCE_REF");
  if (!s.legal_reference.empty()) d.show("HAS_LEGAL_REF");

  set(d, "CONTACT_NAME", r.contact.name);
  set(d, "CONTACT_TELEPHONE", r.contact.telephone);
  set(d, "CONTACT_EMAIL", r.contact.email);

  set(d, "IMPLEMENTATION_DATE",
      r.implementation_date ? model::format_long_date(*r.implementation_date) : "");
  set(d, "IMPLEMENTATION_NOTE", r.implementation_note);
  if (r.implementation_date) {
    d.show("HAS_IMPLEMENTATION_DATE");
  } else if (!r.implementation_note.empty()) {
    d.show("HAS_IMPLEMENTATION_NOTE");
  } else {
    d.show("NO_IMPLEMENTATION");
  }

  for (std::size_t i = 0; i < r.core_purpose.size(); ++i) {
    TemplateData& item = d.add("CORE_PURPOSE");
    set(item, "INDEX", std::to_string(i + 1));
    set(item, "HEADING", r.core_purpose[i].heading);
  }
  if (r.core_purpose.empty()) d.show("NO_CORE_PURPOSE");

  for (const model::Appendix& a : r.appendices) {
    TemplateData& item = d.add("APPENDICES");
    set(item, "LETTER", a.letter);
    set(item, "TITLE", a.title);
    set(item, "ORIENTATION", orientation_name(a.orientation));
    item.show(a.printed() ? "PRINTED" : "NOT_PRINTED");
    if (a.printed()) {
      TemplateData& printed = d.add("PRINTED_APPENDICES");
      printed.values = item.values;
    }
  }
  if (r.appendices.empty()) d.show("NO_APPENDICES");

  for (std::size_t i = 0; i < r.body.size(); ++i) {
    TemplateData& item = d.add("BODY_SECTIONS");
    set(item, "NUMBER", std::to_string(i + 1));
    set(item, "TITLE", r.body[i].title);
  }
  if (r.body.empty()) d.show("NO_BODY");
  return d;
}

const Vocabulary& report_vocabulary() {
  static const Vocabulary v = [] {
    Vocabulary voc;
    voc.variables = {"COUNCIL",          "COMMITTEE",        "MEETING_DATE",      "MEETING_DATE_SHORT",
                     "SUBJECT",          "REPORT_OF",        "WARDS",             "PORTFOLIO",
                     "EXEMPT_PARAGRAPH", "VERSION",          "SIGNED_OFF_BY",     "SIGNED_OFF_ON",
                     "FINANCE_REF",      "LEGAL_REF",        "CONTACT_NAME",      "CONTACT_TELEPHONE",
                     "CONTACT_EMAIL",    "CREATED",          "IMPLEMENTATION_DATE",
                     "IMPLEMENTATION_NOTE"};
    for (const char* s :
         {"KEY_DECISION", "NO_KEY_DECISION", "FORWARD_PLAN", "NO_FORWARD_PLAN", "EXEMPT",
          "NO_EXEMPT", "DRAFT", "FINAL", "HAS_FINANCE_REF", "HAS_LEGAL_REF",
          "HAS_IMPLEMENTATION_DATE", "HAS_IMPLEMENTATION_NOTE", "NO_IMPLEMENTATION",
          "NO_CORE_PURPOSE", "NO_APPENDICES", "NO_BODY", "PRINTED", "NOT_PRINTED"}) {
      voc.sections[s] = {};
    }
    voc.sections["CORE_PURPOSE"] = {"INDEX", "HEADING"};
    voc.sections["APPENDICES"] = {"LETTER", "TITLE", "ORIENTATION"};
    voc.sections["PRINTED_APPENDICES"] = {"LETTER", "TITLE", "ORIENTATION"};
    voc.sections["BODY_SECTIONS"] = {"NUMBER", "TITLE"};
    return voc;
  }();
  return v;
}

}  // namespace bp::compose
