// Meeting -> pack template values (contract and names in pack_data.h).

#include "compose/pack_data.h"

#include <set>
#include <string>

#include "compose/page_script.h"
#include "model/date.h"

namespace bp::compose {
namespace {

void set(TemplateData& data, const std::string& name, const std::string& value) {
  data.values[name] = script_value(value);
}

// The values and sections both vocabularies share.
TemplateData common_data(const model::Meeting& m, const PackSettings& settings) {
  TemplateData d;
  set(d, "COUNCIL", m.council);
  set(d, "COMMITTEE", m.committee);
  set(d, "COMMITTEE_CAPITALS", capitals(m.committee));
  set(d, "MEETING_DATE", model::format_long_date(m.date));
  set(d, "MEETING_DATE_CAPITALS", capitals(model::format_long_date(m.date)));
  set(d, "MEETING_DATE_SHORT", model::format_day_month_year(m.date));
  set(d, "MEETING_TIME", m.time);
  set(d, "VENUE", m.venue);
  set(d, "PUBLISHED", model::format_day_month_year(m.published));
  set(d, "CONTACT_NAME", m.contact.name);
  set(d, "CONTACT_TELEPHONE", m.contact.telephone);
  set(d, "CONTACT_EMAIL", m.contact.email);
  d.show(settings.supplementary ? "SUPPLEMENTARY" : "MAIN");
  d.show(settings.edition == Edition::Public ? "PUBLIC" : "PRIVATE");
  return d;
}

std::set<std::string> common_variables() {
  return {"COUNCIL",    "COMMITTEE",         "COMMITTEE_CAPITALS", "MEETING_DATE",
          "MEETING_DATE_CAPITALS", "MEETING_DATE_SHORT", "MEETING_TIME", "VENUE",
          "PUBLISHED",  "CONTACT_NAME",      "CONTACT_TELEPHONE",  "CONTACT_EMAIL"};
}

void add_common_sections(Vocabulary& v) {
  for (const char* s : {"SUPPLEMENTARY", "MAIN", "PUBLIC", "PRIVATE"}) v.sections[s] = {};
}

std::string paragraph_text(const model::AgendaItem& item) {
  return item.exempt_paragraph ? std::to_string(*item.exempt_paragraph) : std::string();
}

}  // namespace

std::string capitals(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

TemplateData pack_letter_data(const model::Meeting& m, const PackSettings& settings,
                              const std::vector<ItemShown>& shown,
                              const std::vector<std::optional<PageRange>>& pages) {
  TemplateData d = common_data(m, settings);
  for (const std::string& line : m.address) set(d.add("ADDRESS"), "LINE", line);
  bool any = false;
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const model::AgendaItem& item = m.items[i];
    const ItemShown s = shown[i];
    if (s == ItemShown::Omitted) continue;
    if (s == ItemShown::Withdrawn) {
      TemplateData& w = d.add("WITHDRAWN_ITEMS");
      set(w, "NUMBER", item.number);
      set(w, "TITLE", item.title);
      set(w, "NOTE", item.note);
      if (!item.note.empty()) w.show("HAS_NOTE");
      continue;
    }
    any = true;
    TemplateData& e = d.add("ITEMS");
    set(e, "INDEX", std::to_string(i + 1));
    set(e, "NUMBER", item.number);
    set(e, "TITLE", item.title);
    set(e, "AUTHOR", item.author);
    set(e, "NOTE", item.note);
    set(e, "EXEMPT_PARAGRAPH", paragraph_text(item));
    if (!item.author.empty()) e.show("HAS_AUTHOR");
    if (!item.note.empty()) e.show("HAS_NOTE");
    if (item.exempt) e.show("EXEMPT");
    switch (s) {
      case ItemShown::Report: e.show("REPORT"); break;
      case ItemShown::Notice: e.show("NOTICE"); break;
      case ItemShown::Verbal: e.show("VERBAL"); break;
      case ItemShown::ToFollow: e.show("TO_FOLLOW"); break;
      case ItemShown::Omitted:
      case ItemShown::Withdrawn: break;
    }
    const std::optional<PageRange>& r = pages[i];
    if (has_pages(s) && r) {
      set(e, "FIRST_PAGE", std::to_string(r->first));
      set(e, "LAST_PAGE", std::to_string(r->last));
      e.show("HAS_PAGES");
      e.show(r->first == r->last ? "SINGLE_PAGE" : "PAGE_RANGE");
    } else {
      set(e, "FIRST_PAGE", "");
      set(e, "LAST_PAGE", "");
    }
  }
  if (!any) d.show("NO_ITEMS");
  return d;
}

const Vocabulary& pack_letter_vocabulary() {
  static const Vocabulary v = [] {
    Vocabulary voc;
    voc.variables = common_variables();
    add_common_sections(voc);
    voc.sections["ADDRESS"] = {"LINE"};
    voc.sections["ITEMS"] = {"INDEX", "NUMBER", "TITLE", "AUTHOR", "NOTE", "EXEMPT_PARAGRAPH",
                             "FIRST_PAGE", "LAST_PAGE"};
    voc.sections["WITHDRAWN_ITEMS"] = {"NUMBER", "TITLE", "NOTE"};
    for (const char* s : {"HAS_PAGES", "SINGLE_PAGE", "PAGE_RANGE", "REPORT", "NOTICE", "VERBAL",
                          "TO_FOLLOW", "EXEMPT", "HAS_AUTHOR", "HAS_NOTE", "NO_ITEMS"}) {
      voc.sections[s] = {};
    }
    return voc;
  }();
  return v;
}

TemplateData pack_item_data(const model::Meeting& m, const PackSettings& settings,
                            const model::AgendaItem& item) {
  TemplateData d = common_data(m, settings);
  set(d, "NUMBER", item.number);
  set(d, "TITLE", item.title);
  set(d, "AUTHOR", item.author);
  set(d, "EXEMPT_PARAGRAPH", paragraph_text(item));
  d.show(item.exempt ? "EXEMPT" : "NO_EXEMPT");
  if (item.exempt && settings.edition == Edition::Private) d.show("NOT_FOR_PUBLICATION");
  if (!item.author.empty()) d.show("HAS_AUTHOR");
  return d;
}

const Vocabulary& pack_item_vocabulary() {
  static const Vocabulary v = [] {
    Vocabulary voc;
    voc.variables = common_variables();
    for (const char* s : {"NUMBER", "TITLE", "AUTHOR", "EXEMPT_PARAGRAPH"}) voc.variables.insert(s);
    add_common_sections(voc);
    for (const char* s : {"EXEMPT", "NO_EXEMPT", "NOT_FOR_PUBLICATION", "HAS_AUTHOR"}) {
      voc.sections[s] = {};
    }
    return voc;
  }();
  return v;
}

}  // namespace bp::compose
