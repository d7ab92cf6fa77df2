// The <agenda> of a meeting file (see meeting_agenda.h and MEETING-XML.md).

#include "load/meeting_agenda.h"

#include <algorithm>
#include <map>
#include <string>
#include <system_error>

#include "load/name_hints.h"

namespace bp::load::detail {
namespace {

namespace fs = std::filesystem;
using model::AgendaItem;
using model::AgendaItemKind;

const Names kItemAttributes = {"number",       "title",        "report",   "verbal",
                               "withdrawn",    "author",       "exempt",   "paragraph",
                               "key-decision", "forward-plan", "supplementary"};

const char* const kKindHint =
    "an agenda item is a written report (report=\"file.xml\", relative to the meeting file), "
    "a verbal update (verbal=\"yes\") or withdrawn (withdrawn=\"yes\")";

// One attribute that says what kind of item this is.
struct KindClaim {
  std::string attribute;  // "report", "verbal", "withdrawn"
  AgendaItemKind kind;
};

std::string claim_text(const KindClaim& k) {
  return k.kind == AgendaItemKind::Report ? "report=" : k.attribute + "=\"yes\"";
}

class ItemReader {
 public:
  ItemReader(Checker& c, const XmlSource& src, const fs::path& base_dir)
      : c_(c), src_(src), base_dir_(base_dir) {}

  AgendaItem read(pugi::xml_node el) {
    c_.check_attributes(el, kItemAttributes);
    AgendaItem item;
    item.where = c_.at(el);
    if (auto n = c_.required_attribute(el, "number")) {
      if (is_agenda_item_number(*n)) item.number = *n;
      else c_.bad_attribute_value(el, "number", "an item number such as 7 or 7a", *n);
    }
    item.title = c_.required_attribute(el, "title").value_or("");
    if (auto author = optional_text(el, "author")) item.author = *author;
    const bool kind_known = kind(el, item);
    note(el, item, kind_known);
    exemption(el, item);
    key_decision(el, item);
    item.supplementary = c_.yes_no_attribute(el, "supplementary").value_or(false);
    return item;
  }

 private:
  // True when an attribute of `el` other than `name` is a near miss of it:
  // it is reported as unknown with "did you mean", so rules about `name` keep quiet.
  bool misspelt(pugi::xml_node el, std::string_view name) const {
    for (const AttributePosition& a : src_.attributes_in_tag(el))
      if (a.name != name && nearest_name(a.name, {name})) return true;
    return false;
  }

  // An optional attribute that, when given, must not be blank.
  std::optional<std::string> optional_text(pugi::xml_node el, std::string_view name) {
    auto v = c_.attribute(el, name);
    if (v && v->empty()) {
      c_.error(c_.at_attribute(el, name), "attribute '" + std::string(name) + "' on <item> is empty");
      return std::nullopt;
    }
    return v;
  }

  static std::string label(const AgendaItem& item) {
    return item.number.empty() ? "<item>" : "item " + item.number;
  }

  // Exactly one of report= / verbal="yes" / withdrawn="yes". Returns true when
  // the kind is settled (so the rules that depend on it may be checked).
  bool kind(pugi::xml_node el, AgendaItem& item) {
    std::vector<KindClaim> claims;
    bool unsure = false;  // a bad yes/no value or a misspelt name: already reported
    std::vector<std::string> seen;  // a repeated attribute is reported by check_attributes
    for (const AttributePosition& a : src_.attributes_in_tag(el)) {
      if (std::find(seen.begin(), seen.end(), a.name) != seen.end()) continue;
      seen.push_back(a.name);
      if (a.name == "report") {
        claims.push_back({a.name, AgendaItemKind::Report});
      } else if (a.name == "verbal" || a.name == "withdrawn") {
        const auto yes = c_.yes_no_attribute(el, a.name);
        if (!yes) unsure = true;
        else if (*yes)
          claims.push_back({a.name, a.name == "verbal" ? AgendaItemKind::Verbal : AgendaItemKind::Withdrawn});
      }
    }
    unsure = unsure || misspelt(el, "report") || misspelt(el, "verbal") || misspelt(el, "withdrawn");
    if (claims.empty()) {
      if (!unsure)
        c_.error(c_.at(el), label(item) + " needs report=\"FILE\", verbal=\"yes\" or withdrawn=\"yes\"",
                 kKindHint);
      return false;
    }
    if (claims.size() > 1) {
      std::string message = label(item) + (claims.size() == 2 ? " has both " : " has ");
      for (std::size_t i = 0; i < claims.size(); ++i) {
        if (i > 0) message += i + 1 == claims.size() ? " and " : ", ";
        message += claim_text(claims[i]);
      }
      c_.error(c_.at_attribute(el, claims[1].attribute), message, std::string(kKindHint) + ": keep one");
      return false;
    }
    item.kind = claims.front().kind;
    if (item.kind == AgendaItemKind::Report) report_file(el, item);
    return !unsure;
  }

  void report_file(pugi::xml_node el, AgendaItem& item) {
    const auto written = c_.attribute(el, "report").value_or("");
    if (written.empty()) {
      c_.error(c_.at_attribute(el, "report"), "attribute 'report' on <item> is empty",
               "name the report's file, relative to the meeting file: report=\"reports/item-7.xml\"");
      return;
    }
    fs::path p(written);
    if (p.is_relative()) p = base_dir_ / p;
    std::error_code ec;
    const fs::path absolute = fs::absolute(p, ec).lexically_normal();
    if (ec || !fs::is_regular_file(absolute, ec)) {
      const bool folder = !ec && fs::is_directory(absolute, ec);
      c_.error(c_.at_attribute(el, "report"), "no such report file: " + written,
               folder ? absolute.string() + " is a folder: name the report's .xml file"
                      : "looked for " + absolute.string() +
                            " (report files are relative to the meeting file)");
      return;
    }
    item.report_file = absolute;
  }

  // Verbal and withdrawn items may hold a note as text; elements are never allowed.
  void note(pugi::xml_node el, AgendaItem& item, bool kind_known) {
    std::string text = c_.text_content(el);
    if (text.empty()) return;
    if (kind_known && item.kind == AgendaItemKind::Report) {
      pugi::xml_node first;
      for (pugi::xml_node n : el.children())
        if (is_text(n) && !is_blank_text(n)) {
          first = n;
          break;
        }
      c_.error(c_.at(first ? first : el), "text is not allowed in an <item> with a report",
               "only a verbal or withdrawn item holds a note; the report's text belongs in its own file");
      return;
    }
    item.note = std::move(text);
  }

  void exemption(pugi::xml_node el, AgendaItem& item) {
    const bool exempt_given = c_.attribute(el, "exempt").has_value();
    const auto exempt = c_.yes_no_attribute(el, "exempt");
    const bool has_paragraph = c_.attribute(el, "paragraph").has_value();
    item.exempt = exempt.value_or(false);
    if (item.exempt) {
      if (has_paragraph) item.exempt_paragraph = c_.count_attribute(el, "paragraph", 7);
      else if (!misspelt(el, "paragraph"))
        c_.error(c_.at(el), "missing attribute 'paragraph' on <item> when exempt=\"yes\"",
                 "name the paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 "
                 "(1 to 7) that applies: paragraph=\"3\"");
    } else if (has_paragraph && !(exempt_given && !exempt) && !misspelt(el, "exempt")) {
      c_.error(c_.at_attribute(el, "paragraph"),
               "attribute 'paragraph' on <item> is allowed only when exempt=\"yes\"",
               "an item open to the public has no Schedule 12A paragraph");
    }
  }

  void key_decision(pugi::xml_node el, AgendaItem& item) {
    const bool key_given = c_.attribute(el, "key-decision").has_value();
    const auto key = c_.yes_no_attribute(el, "key-decision");
    item.key_decision = key.value_or(false);
    if (!c_.attribute(el, "forward-plan")) return;
    const auto date = c_.date_attribute(el, "forward-plan", false);
    if (item.key_decision) {
      item.forward_plan_date = date;
    } else if (!(key_given && !key) && !misspelt(el, "key-decision")) {
      c_.error(c_.at_attribute(el, "forward-plan"),
               "attribute 'forward-plan' on <item> is allowed only when key-decision=\"yes\"",
               "forward-plan is the date a key decision entered the forward plan");
    }
  }

  Checker& c_;
  const XmlSource& src_;
  const fs::path& base_dir_;
};

}  // namespace

bool is_agenda_item_number(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0) return false;
  if (digits == text.size()) return true;
  return digits + 1 == text.size() && text[digits] >= 'a' && text[digits] <= 'z';
}

std::vector<model::AgendaItem> read_agenda(Checker& checker, const XmlSource& source,
                                           pugi::xml_node agenda, const fs::path& base_dir) {
  checker.check_attributes(agenda, {});
  std::vector<AgendaItem> items;
  std::map<std::string, pugi::xml_node, std::less<>> numbers;
  ItemReader reader(checker, source, base_dir);
  for (pugi::xml_node el : checker.element_children(agenda, {"item"})) {
    AgendaItem item = reader.read(el);
    if (!item.number.empty()) {
      if (auto [it, inserted] = numbers.emplace(item.number, el); !inserted)
        checker.error(checker.at_attribute(el, "number"),
                      "duplicate item number " + item.number + " in <agenda>",
                      "item " + item.number + " is already at line " +
                          std::to_string(checker.at(it->second).line));
    }
    items.push_back(std::move(item));
  }
  if (!agenda.child("item")) checker.error(checker.at(agenda), "<agenda> needs at least one <item>");
  return items;
}

}  // namespace bp::load::detail
