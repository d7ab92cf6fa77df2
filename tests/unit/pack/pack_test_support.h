#pragma once
// Test support for the pack stage: a scratch folder of report files made from
// tests/data/minimal-report.xml (an open copy, an exempt copy carrying a marker
// string in every part, a draft copy), a meeting built in code around them,
// and readers for everything a laid-out pack holds.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "layout/page.h"
#include "model/meeting.h"

namespace bp::pack::testing {

namespace fs = std::filesystem;

// A string that exists only in the exempt report.
inline const std::string kMarker = "ZQX7781 Marker";

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void replace(std::string& s, const std::string& from, const std::string& to) {
  const auto pos = s.find(from);
  if (pos == std::string::npos) throw std::runtime_error("fixture: \"" + from + "\" not in the report");
  s.replace(pos, from.size(), to);
}

// A temporary folder holding open.xml, second.xml, exempt.xml and draft.xml;
// removed on destruction.
class ReportFiles {
 public:
  ReportFiles() {
    static int counter = 0;
    dir_ = fs::temp_directory_path() /
           ("boardpack-pack-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(dir_);
    const std::string minimal = read_file(fs::path(BOARDPACK_TEST_DATA) / "minimal-report.xml");
    write("open.xml", minimal);

    std::string second = minimal;
    replace(second, "<subject>Example Improvement Plan Update</subject>", "<subject>Second Report Subject</subject>");
    write("second.xml", second);

    std::string exempt = minimal;
    replace(exempt, "<exempt>no</exempt>", "<exempt paragraph=\"3\">yes</exempt>");
    replace(exempt, "<subject>Example Improvement Plan Update</subject>",
            "<subject>" + kMarker + " Contract Award</subject>");
    replace(exempt, "<p>The report updates the Board", "<p>" + kMarker + " summary. The report updates the Board");
    replace(exempt, "<section title=\"Introduction\">", "<section title=\"" + kMarker + " Evaluation\">");
    replace(exempt, "<cell>TBC</cell>", "<cell>" + kMarker + " score</cell>");
    replace(exempt, "name=\"SEND Improvement Lead\"", "name=\"" + kMarker + " Lead\"");
    replace(exempt, "href=\"https://example.gov.uk/send\"", "href=\"https://example.gov.uk/zqx7781-marker\"");
    write("exempt.xml", exempt);

    std::string draft = minimal;
    replace(draft,
            "<sign-off state=\"final\" version=\"1.0\" by=\"Executive Director of Children's Services\"\n"
            "            date=\"2020-03-02\" finance-ref=\"FD5961/20\" legal-ref=\"LD4144/20\"/>",
            "<sign-off state=\"draft\" version=\"0.3\"/>");
    write("draft.xml", draft);
  }
  ~ReportFiles() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  ReportFiles(const ReportFiles&) = delete;
  ReportFiles& operator=(const ReportFiles&) = delete;

  fs::path path(const std::string& name) const { return dir_ / name; }
  const fs::path& dir() const { return dir_; }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

 private:
  fs::path dir_;
};

inline model::AgendaItem report_item(const std::string& number, const std::string& title, const fs::path& file,
                                     std::size_t line) {
  model::AgendaItem i;
  i.number = number;
  i.title = title;
  i.kind = model::AgendaItemKind::Report;
  i.report_file = file;
  i.author = "Report of the Director of Children's Services.";
  i.where = SourceLocation{"/meetings/meeting.xml", line, 5};
  return i;
}

// Items: 7 open report, 8 second open report (supplementary), 9 exempt report
// (paragraph 3), 10 verbal, 11 withdrawn.
inline model::Meeting meeting(const ReportFiles& files) {
  model::Meeting m;
  m.style = "overview-and-scrutiny";
  m.council = "Example Council";
  m.committee = "Overview and Scrutiny Committee (Children's Services and Safeguarding)";
  m.date = model::Date(2020, 3, 11);
  m.time = "18:30";
  m.venue = "Committee Room, Town Hall, Bootle";
  m.address = {"Town Hall", "Trinity Road", "Bootle L20 7AE"};
  m.contact = {"Democratic Services Officer", "0151 934 0000", "democratic.services@example.gov.uk"};
  m.published = model::Date(2020, 3, 3);
  m.created = model::Date(2020, 3, 2);
  m.file = "/meetings/meeting.xml";
  m.items.push_back(report_item("7", "Example Improvement Plan Update", files.path("open.xml"), 20));
  m.items.push_back(report_item("8", "Second Report", files.path("second.xml"), 22));
  m.items.back().supplementary = true;
  m.items.push_back(report_item("9", "Contract Award", files.path("exempt.xml"), 24));
  m.items.back().exempt = true;
  m.items.back().exempt_paragraph = 3;
  model::AgendaItem verbal;
  verbal.number = "10";
  verbal.title = "Verbal Update from the Chair";
  verbal.kind = model::AgendaItemKind::Verbal;
  m.items.push_back(verbal);
  model::AgendaItem withdrawn;
  withdrawn.number = "11";
  withdrawn.title = "JTAI Outcome";
  withdrawn.kind = model::AgendaItemKind::Withdrawn;
  m.items.push_back(withdrawn);
  return m;
}

inline std::vector<const layout::TextItem*> text_items(const layout::Page& page) {
  std::vector<const layout::TextItem*> out;
  for (const layout::Item& it : page.items) {
    if (const auto* t = std::get_if<layout::TextItem>(&it)) out.push_back(t);
  }
  return out;
}

// The text of a page, items joined with single spaces in drawing order.
inline std::string page_text(const layout::Page& page) {
  std::string out;
  for (const layout::TextItem* t : text_items(page)) {
    if (!out.empty()) out += ' ';
    out += t->text;
  }
  return out;
}

inline bool page_has(const layout::Page& page, const std::string& needle) {
  return page_text(page).find(needle) != std::string::npos;
}

// Every string the laid-out pack carries into a PDF: text, bookmark titles,
// link targets, metadata and font file names. Each with a note of where it is.
inline std::vector<std::pair<std::string, std::string>> every_string(const layout::LaidOutDocument& d) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const layout::Page& p : d.pages) {
    const std::string where = "page " + std::to_string(p.number);
    for (const layout::TextItem* t : text_items(p)) out.emplace_back(t->text, where + " text");
    for (const layout::Bookmark& b : p.bookmarks) out.emplace_back(b.title, where + " bookmark");
    for (const layout::Link& l : p.links) out.emplace_back(l.uri, where + " link");
  }
  const doc::Metadata& m = d.meta;
  for (const std::string* s : {&m.title, &m.author, &m.subject, &m.keywords, &m.creator, &m.creation_date}) {
    out.emplace_back(*s, "metadata");
  }
  for (const fs::path* f : {&d.fonts.regular, &d.fonts.bold, &d.fonts.italic, &d.fonts.bold_italic}) {
    out.emplace_back(f->string(), "font file");
  }
  return out;
}

// Lower-case ASCII copy (marker searches ignore case).
inline std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace bp::pack::testing
