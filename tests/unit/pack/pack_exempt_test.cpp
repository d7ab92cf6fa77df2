// Exempt items: the public edition carries nothing of the exempt report (no
// text, bookmark, link target, metadata or file name) and never opens it; the
// private edition carries it with "NOT FOR PUBLICATION" on each of its pages.

#include <gtest/gtest.h>

#include "pack/pack_builder.h"
#include "pack_test_support.h"

namespace bp::pack {
namespace {

using namespace bp::pack::testing;

PackOptions options(compose::Edition edition, bool supplementary = false) {
  PackOptions o;
  o.edition = edition;
  o.supplementary = supplementary;
  o.layouts_dir = BOARDPACK_LAYOUTS;
  return o;
}

std::string messages(const DiagnosticSink& sink) {
  std::string out;
  for (const Diagnostic& d : sink.all()) out += format_diagnostic(d) + "\n";
  return out;
}

const ItemPages* find_item(const PackResult& r, const std::string& number) {
  for (const ItemPages& i : r.items) {
    if (i.number == number) return &i;
  }
  return nullptr;
}

const std::string kReason =
    "not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972";
const std::string kStamp = "NOT FOR PUBLICATION – paragraph 3 of Part 1 of Schedule 12A";

int count_marker(const layout::LaidOutDocument& d) {
  int n = 0;
  for (const auto& [text, where] : every_string(d)) {
    if (lower(text).find("zqx7781") != std::string::npos) ++n;
  }
  return n;
}

TEST(ExemptPack, TheFixtureReallyHidesTheMarkerInTheExemptReport) {
  ReportFiles files;
  const std::string exempt = read_file(files.path("exempt.xml"));
  int hits = 0;
  for (auto pos = exempt.find("ZQX7781"); pos != std::string::npos; pos = exempt.find("ZQX7781", pos + 1)) ++hits;
  EXPECT_EQ(hits, 5);  // subject, summary, section title, table cell, contact (and the link in lower case)
  EXPECT_NE(exempt.find("zqx7781-marker"), std::string::npos);
  EXPECT_EQ(read_file(files.path("open.xml")).find("ZQX7781"), std::string::npos);
  EXPECT_EQ(read_file(files.path("second.xml")).find("ZQX7781"), std::string::npos);
}

TEST(ExemptPack, PublicEditionCarriesNothingOfTheExemptReport) {
  ReportFiles files;
  DiagnosticSink sink;
  const PackResult r = build_pack(meeting(files), options(compose::Edition::Public), sink);
  ASSERT_TRUE(r.document) << messages(sink);
  EXPECT_TRUE(sink.all().empty()) << messages(sink);
  for (const auto& [text, where] : every_string(*r.document)) {
    EXPECT_EQ(lower(text).find("zqx7781"), std::string::npos) << where << ": " << text;
    EXPECT_EQ(text.find("exempt.xml"), std::string::npos) << where << ": " << text;
  }
  EXPECT_EQ(count_marker(*r.document), 0);

  // Item 9 is on the agenda with its reason and one notice page that has a page number.
  const ItemPages* nine = find_item(r, "9");
  ASSERT_NE(nine, nullptr);
  EXPECT_EQ(nine->pages.first, nine->pages.last);
  std::string letter;
  for (int p = 1; p < r.items.front().pages.first; ++p) {
    letter += page_text(r.document->pages[static_cast<std::size_t>(p - 1)]) + " ";
  }
  EXPECT_NE(letter.find("Contract Award (Page " + std::to_string(nine->pages.first) + ")"), std::string::npos)
      << letter;
  EXPECT_NE(letter.find("The report is " + kReason + "."), std::string::npos) << letter;
  const layout::Page& notice = r.document->pages[static_cast<std::size_t>(nine->pages.first - 1)];
  const std::string text = page_text(notice);
  EXPECT_NE(text.find("Agenda Item 9"), std::string::npos) << text;
  EXPECT_NE(text.find("Contract Award"), std::string::npos) << text;
  EXPECT_NE(text.find("This report is " + kReason + "."), std::string::npos) << text;
  EXPECT_NE(text.find("Page " + std::to_string(nine->pages.first)), std::string::npos) << text;
  EXPECT_EQ(text.find("NOT FOR PUBLICATION"), std::string::npos) << "the stamp is for the private edition";
  // Its bookmark is the agenda's title, nothing from the report.
  ASSERT_FALSE(notice.bookmarks.empty());
  EXPECT_EQ(notice.bookmarks.front().title, "9. Contract Award");
  EXPECT_EQ(notice.bookmarks.size(), 1u);
  EXPECT_EQ(r.document->meta.title,
            "Overview and Scrutiny Committee (Children's Services and Safeguarding), Wednesday 11 March 2020 – "
            "Public Document Pack");
}

TEST(ExemptPack, PublicEditionNeverOpensTheExemptReport) {
  ReportFiles files;
  model::Meeting m = meeting(files);
  m.items[2].report_file = files.path("does-not-exist.xml");
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public), sink);
  ASSERT_TRUE(r.document) << messages(sink);
  EXPECT_TRUE(sink.all().empty()) << messages(sink);
  ASSERT_NE(find_item(r, "9"), nullptr);

  // The private edition does need it.
  DiagnosticSink private_sink;
  EXPECT_FALSE(build_pack(m, options(compose::Edition::Private), private_sink).document);
  EXPECT_TRUE(private_sink.has_errors());
}

TEST(ExemptPack, PrivateEditionCarriesTheReportStampedOnEveryPage) {
  ReportFiles files;
  DiagnosticSink sink;
  const PackResult r = build_pack(meeting(files), options(compose::Edition::Private), sink);
  ASSERT_TRUE(r.document) << messages(sink);
  EXPECT_TRUE(sink.all().empty()) << messages(sink);
  const ItemPages* nine = find_item(r, "9");
  ASSERT_NE(nine, nullptr);
  EXPECT_GT(nine->pages.last, nine->pages.first);  // the whole report, not a notice

  int text_hits = 0, bookmark_hits = 0;
  for (const auto& [text, where] : every_string(*r.document)) {
    if (text.find(kMarker) == std::string::npos) continue;
    if (where.find("text") != std::string::npos) ++text_hits;
    if (where.find("bookmark") != std::string::npos) ++bookmark_hits;
  }
  EXPECT_GE(text_hits, 4);      // subject, summary, section heading, table cell, contact
  EXPECT_GE(bookmark_hits, 2);  // the front sheet's subject and the section heading

  for (const layout::Page& p : r.document->pages) {
    const bool in9 = p.number >= nine->pages.first && p.number <= nine->pages.last;
    bool stamped = false;
    for (const layout::TextItem* t : text_items(p)) stamped = stamped || t->text == kStamp;
    EXPECT_EQ(stamped, in9) << "page " << p.number;
    if (page_text(p).find(kMarker) != std::string::npos) {
      EXPECT_TRUE(in9) << "marker outside the exempt report's pages, page " << p.number;
    }
  }
  EXPECT_EQ(r.document->meta.title,
            "Overview and Scrutiny Committee (Children's Services and Safeguarding), Wednesday 11 March 2020 – "
            "Private (not for publication)");
  EXPECT_EQ(r.document->meta.subject.find(kMarker), std::string::npos);
}

TEST(ExemptPack, SupplementaryPublicEditionWithAnExemptItem) {
  ReportFiles files;
  model::Meeting m = meeting(files);
  m.items[2].supplementary = true;
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public, true), sink);
  ASSERT_TRUE(r.document) << messages(sink);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[0].number, "8");
  EXPECT_EQ(r.items[1].number, "9");
  EXPECT_EQ(r.items[1].pages.first, r.items[1].pages.last);
  EXPECT_EQ(count_marker(*r.document), 0);
}

}  // namespace
}  // namespace bp::pack
