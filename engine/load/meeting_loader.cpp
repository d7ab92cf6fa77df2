// Meeting XML -> model::Meeting (see meeting_loader.h and MEETING-XML.md).
//
// Structure: <meeting> holds its parts in any order, each at most once;
// <committee>, <date>, <contact>, <published> and <agenda> are required,
// <time>, <venue> and <address> optional. The agenda is read by
// meeting_agenda.cpp. Every problem in the file is reported (sorted by place)
// before the function returns nullopt.

#include "load/meeting_loader.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include "load/checker.h"
#include "load/paper_root.h"
#include "load/load_support.h"
#include "load/meeting_agenda.h"
#include "load/repertoire_check.h"
#include "load/xml_source.h"

namespace bp::load {
namespace {

namespace fs = std::filesystem;
using detail::Checker;
using detail::ChildMap;
using detail::Names;
using detail::tag;

const Names kMeetingParts = {"committee", "date",      "time",   "venue",
                             "address",   "contact",   "published", "agenda"};

Names meeting_vocabulary() {
  Names v = {"meeting", "line", "item"};
  v.insert(v.end(), kMeetingParts.begin(), kMeetingParts.end());
  return v;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "18:30": two-digit hour 00..23, colon, two-digit minute 00..59.
bool is_clock_time(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (!is_digit(s[i])) return false;
  const int hour = (s[0] - '0') * 10 + (s[1] - '0');
  return hour <= 23 && s[3] <= '5';
}

// Where the value of a text-only element is: its first non-blank text.
pugi::xml_node value_node(pugi::xml_node el) {
  for (pugi::xml_node c : el.children())
    if (detail::is_text(c) && !detail::is_blank_text(c)) return c;
  return el;
}

pugi::xml_node part(const ChildMap& m, std::string_view name) {
  const auto it = m.find(name);
  return it == m.end() ? pugi::xml_node() : it->second;
}

class MeetingReader {
 public:
  MeetingReader(Checker& c, const detail::XmlSource& src, const fs::path& base_dir)
      : c_(c), src_(src), base_dir_(base_dir) {}

  void read(pugi::xml_node root, model::Meeting& m) {
    read_paper_root_into(c_, root, m);

    const ChildMap parts = c_.unique_children(root, kMeetingParts);
    if (auto n = c_.require_child(root, parts, "committee")) m.committee = text_field(n);
    std::optional<model::Date> date;
    if (auto n = c_.require_child(root, parts, "date")) {
      c_.check_attributes(n, {});
      date = c_.date_text(n);
      if (date) m.date = *date;
    }
    if (auto n = part(parts, "time")) time(n, m);
    if (auto n = part(parts, "venue")) m.venue = text_field(n);
    if (auto n = part(parts, "address")) address(n, m);
    if (auto n = c_.require_child(root, parts, "contact")) contact(n, m.contact);
    if (auto n = c_.require_child(root, parts, "published")) {
      c_.check_attributes(n, {});
      if (auto published = c_.date_text(n)) {
        m.published = *published;
        m.published_where = c_.at(value_node(n));
        if (date && *published > *date)
          c_.error(c_.at(value_node(n)), "the agenda is published after the meeting",
                   "published " + model::format_iso_date(*published) + ", the meeting is on " +
                       model::format_iso_date(*date) + " (line " +
                       std::to_string(c_.at(part(parts, "date")).line) + ")");
      }
    }
    if (auto n = c_.require_child(root, parts, "agenda"))
      m.items = detail::read_agenda(c_, src_, n, base_dir_);
  }

 private:
  std::string text_field(pugi::xml_node el) {
    c_.check_attributes(el, {});
    return c_.required_text(el).value_or("");
  }

  void time(pugi::xml_node el, model::Meeting& m) {
    c_.check_attributes(el, {});
    const auto t = c_.required_text(el);
    if (!t) return;
    if (is_clock_time(*t)) m.time = *t;
    else
      c_.error(c_.at(value_node(el)),
               detail::expected("a time as HH:MM on the 24-hour clock", *t) + " in <time>",
               "write 6.30pm as 18:30 and 10am as 10:00");
  }

  void address(pugi::xml_node el, model::Meeting& m) {
    c_.check_attributes(el, {});
    for (pugi::xml_node line : c_.element_children(el, {"line"})) {
      const std::string text = text_field(line);
      if (!text.empty()) m.address.push_back(text);
    }
    if (!el.child("line")) c_.error(c_.at(el), "<address> needs at least one <line>");
  }

  void contact(pugi::xml_node el, model::DemocraticServicesContact& o) {
    c_.check_attributes(el, {"name", "telephone", "email"});
    c_.element_children(el, {});
    o.name = c_.required_attribute(el, "name").value_or("");
    o.telephone = c_.required_attribute(el, "telephone").value_or("");
    o.email = c_.required_attribute(el, "email").value_or("");
  }

  Checker& c_;
  const detail::XmlSource& src_;
  const fs::path& base_dir_;
};

fs::path absolute_path(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  return (ec ? p : a).lexically_normal();
}

// Both entry points end here, with the text moved in: a long file is not copied.
std::optional<model::Meeting> load(std::string xml, const std::string& display_name,
                                   const fs::path& base_dir, const fs::path& meeting_file,
                                   DiagnosticSink& sink, const LoadOptions& options) {
  DiagnosticSink local;
  detail::XmlSource src(display_name, std::move(xml));
  model::Meeting meeting;
  meeting.file = meeting_file;
  if (pugi::xml_node root = src.parse("meeting", local)) {
    detail::check_repertoire(src, root, options, local);
    Checker checker(src, local, meeting_vocabulary());
    MeetingReader(checker, src, base_dir).read(root, meeting);
  }
  detail::forward_sorted(local, sink);
  if (local.has_errors()) return std::nullopt;
  return meeting;
}

}  // namespace

std::optional<model::Meeting> load_meeting(const fs::path& file, DiagnosticSink& sink,
                                           const LoadOptions& options) {
  std::string bytes;
  if (!detail::read_file(file, bytes, sink, "meeting file")) return std::nullopt;
  const fs::path absolute = absolute_path(file);
  return load(std::move(bytes), file.string(), absolute.parent_path(), absolute, sink, options);
}

std::optional<model::Meeting> load_meeting_text(std::string_view xml, const std::string& display_name,
                                                const fs::path& base_dir, DiagnosticSink& sink,
                                                const LoadOptions& options) {
  const fs::path dir = absolute_path(base_dir);
  return load(std::string(xml), display_name, dir, dir / fs::path(display_name).filename(), sink, options);
}

}  // namespace bp::load
