// build_pack: page ranges read back from the layout and stable, stamps on the
// right pages, agenda links, bookmarks, supplementary packs, refusals and
// warnings. Real DejaVu fonts unless a test says otherwise.

#include "pack/pack_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "layout/layout_engine.h"
#include "load/style_loader.h"
#include "pack/pack_reports.h"
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

std::string all_messages(const DiagnosticSink& sink) {
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

std::string letter_text(const PackResult& r) {
  std::string out;
  const int first_report = r.items.empty() ? static_cast<int>(r.document->pages.size()) + 1
                                           : r.items.front().pages.first;
  for (int p = 1; p < first_report; ++p) out += page_text(r.document->pages[static_cast<std::size_t>(p - 1)]) + " ";
  return out;
}

std::string range_text(const compose::PageRange& r) {
  if (r.first == r.last) return "(Page " + std::to_string(r.first) + ")";
  return "(Pages " + std::to_string(r.first) + " - " + std::to_string(r.last) + ")";
}

// Private main pack: 7 and 9 have pages, 8 is to follow (supplementary).
class PrivatePack : public ::testing::Test {
 protected:
  void SetUp() override {
    result = build_pack(meeting(files), options(compose::Edition::Private), sink);
    ASSERT_TRUE(result.document) << all_messages(sink);
  }
  ReportFiles files;
  DiagnosticSink sink;
  PackResult result;
};

TEST_F(PrivatePack, PageRangesAreThePagesTheItemsOccupy) {
  EXPECT_FALSE(sink.has_errors()) << all_messages(sink);
  const layout::LaidOutDocument& d = *result.document;
  ASSERT_EQ(result.items.size(), 2u);
  const ItemPages& seven = result.items[0];
  const ItemPages& nine = result.items[1];
  EXPECT_EQ(seven.number, "7");
  EXPECT_EQ(seven.index, 0u);
  EXPECT_EQ(nine.number, "9");
  EXPECT_EQ(nine.index, 2u);
  EXPECT_GT(seven.pages.first, 1);
  EXPECT_GT(seven.pages.last, seven.pages.first);  // front matter, body and a landscape appendix
  EXPECT_EQ(nine.pages.first, seven.pages.last + 1);
  EXPECT_EQ(nine.pages.last, static_cast<int>(d.pages.size()));

  for (const layout::Page& page : d.pages) {
    const int n = page.number;
    const bool in7 = n >= seven.pages.first && n <= seven.pages.last;
    const bool in9 = n >= nine.pages.first && n <= nine.pages.last;
    EXPECT_EQ(page_has(page, "Agenda Item 7"), in7) << "page " << n;
    EXPECT_EQ(page_has(page, "Agenda Item 9"), in9) << "page " << n;
    bool stamped = false;
    for (const layout::TextItem* t : text_items(page)) stamped = stamped || t->text == "Page " + std::to_string(n);
    EXPECT_EQ(stamped, in7 || in9) << "page " << n << ": letter pages count but carry no number";
  }
  // Each item's first page is its report's first page (the front sheet).
  EXPECT_TRUE(page_has(d.pages[static_cast<std::size_t>(seven.pages.first - 1)], "Example Improvement Plan Update"));
  EXPECT_TRUE(page_has(d.pages[static_cast<std::size_t>(nine.pages.first - 1)], kMarker + " Contract Award"));

  const std::string letter = letter_text(result);
  EXPECT_NE(letter.find("Example Improvement Plan Update " + range_text(seven.pages)), std::string::npos) << letter;
  EXPECT_NE(letter.find("Contract Award " + range_text(nine.pages)), std::string::npos) << letter;
  EXPECT_NE(letter.find("Second Report (report to follow)"), std::string::npos) << letter;
  EXPECT_NE(letter.find("Verbal Update from the Chair"), std::string::npos);
  EXPECT_NE(letter.find("I would add that Item No. 11, the JTAI Outcome, has now been withdrawn from the agenda."),
            std::string::npos);
  EXPECT_EQ(letter.find("Second Report Subject"), std::string::npos) << "item 8's report is not in the main pack";
}

TEST_F(PrivatePack, RangesAreStableAfterTheLoop) {
  EXPECT_TRUE(result.stable);
  EXPECT_GE(result.passes, 2);
  EXPECT_LE(result.passes, 6);
  // Composing once more with the final ranges lays out to the same ranges.
  const model::Meeting m = meeting(files);
  DiagnosticSink s;
  const auto style = load::load_house_style(BOARDPACK_LAYOUTS, m.style, s);
  ASSERT_TRUE(style);
  const compose::PackSettings settings{compose::Edition::Private, false};
  std::vector<compose::ItemShown> shown;
  for (const auto& item : m.items) shown.push_back(compose::item_shown(item, settings.edition, false));
  const auto reports = compose_pack_reports(m, shown, settings.edition, *style, BOARDPACK_LAYOUTS, s);
  std::vector<compose::PackItemInput> inputs(m.items.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (reports[i]) inputs[i].report = &*reports[i];
  }
  for (const ItemPages& ip : result.items) inputs[ip.index].pages = ip.pages;
  const compose::PackDocument pack = compose::compose_pack(m, settings, *style, inputs);
  const auto metrics = layout::load_truetype_metrics(pack.document.fonts);
  const layout::LaidOutDocument again = layout::lay_out(pack.document, *metrics);
  const auto ranges = item_page_ranges(pack, again);
  for (const ItemPages& ip : result.items) {
    ASSERT_TRUE(ranges[ip.index]);
    EXPECT_EQ(*ranges[ip.index], ip.pages) << "item " << ip.number;
  }
  EXPECT_EQ(again.pages.size(), result.document->pages.size());
}

TEST_F(PrivatePack, AgendaLinesLinkToTheirItemsFirstPages) {
  const layout::LaidOutDocument& d = *result.document;
  for (const ItemPages& ip : result.items) {
    const std::string uri = "#page=" + std::to_string(ip.pages.first);
    bool found = false;
    for (int p = 1; p < result.items.front().pages.first; ++p) {
      const layout::Page& page = d.pages[static_cast<std::size_t>(p - 1)];
      for (const layout::Link& link : page.links) {
        if (link.uri != uri) continue;
        // The link covers the agenda line that names the item.
        for (const layout::TextItem* t : text_items(page)) {
          const bool on_line = t->baseline > link.rect.y && t->baseline < link.rect.bottom();
          if (on_line && t->text.find(ip.title) != std::string::npos) found = true;
        }
      }
    }
    EXPECT_TRUE(found) << "no link to " << uri << " on the agenda line of item " << ip.number;
  }
  // Internal links name only pages of the pack.
  for (const layout::Page& page : d.pages) {
    for (const layout::Link& link : page.links) {
      if (link.uri.rfind("#page=", 0) != 0) continue;
      const int target = std::stoi(link.uri.substr(6));
      EXPECT_GE(target, 1);
      EXPECT_LE(target, static_cast<int>(d.pages.size()));
    }
  }
}

TEST_F(PrivatePack, BookmarksPerItemWithTheReportsNested) {
  struct Entry {
    std::string title;
    int level;
    int page;
  };
  std::vector<Entry> entries;
  for (const layout::Page& p : result.document->pages) {
    for (const layout::Bookmark& b : p.bookmarks) entries.push_back(Entry{b.title, b.level, p.number});
  }
  std::vector<std::string> top;
  for (const Entry& e : entries) {
    if (e.level == 0) top.push_back(e.title);
  }
  EXPECT_EQ(top, (std::vector<std::string>{"Agenda", "7. Example Improvement Plan Update", "9. Contract Award"}));
  const ItemPages& seven = result.items[0];
  const ItemPages& nine = result.items[1];
  bool in7 = false, in9 = false;
  std::vector<std::pair<std::string, int>> under7;
  for (const Entry& e : entries) {
    if (e.title == "7. Example Improvement Plan Update") {
      EXPECT_EQ(e.page, seven.pages.first);
      in7 = true;
      continue;
    }
    if (e.title == "9. Contract Award") {
      EXPECT_EQ(e.page, nine.pages.first);
      in7 = false;
      in9 = true;
      continue;
    }
    if (in7) {
      EXPECT_GE(e.page, seven.pages.first);
      EXPECT_LE(e.page, seven.pages.last);
      under7.emplace_back(e.title, e.level);
    }
    if (in9) {
      EXPECT_GE(e.level, 1) << e.title;
      EXPECT_GE(e.page, nine.pages.first);
    }
  }
  // The report's own entries (levels 0, 0, 0, 0, 1 in the report alone), one level deeper.
  EXPECT_EQ(under7, (std::vector<std::pair<std::string, int>>{{"Example Improvement Plan Update", 1},
                                                              {"1. Introduction", 1},
                                                              {"2. Delivering the Improvement Plan", 1},
                                                              {"Appendix A – Current KPI Performance", 1},
                                                              {"Actions 1.2: Timeliness of new EHCPs", 2}}));
}

TEST(PackBuilder, FixedMetricsGiveTheSameShapeOfPack) {
  ReportFiles files;
  DiagnosticSink sink;
  layout::FixedMetrics metrics(0.5);
  const PackResult r = build_pack(meeting(files), options(compose::Edition::Private), metrics, sink);
  ASSERT_TRUE(r.document) << all_messages(sink);
  EXPECT_TRUE(r.stable);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[1].pages.first, r.items[0].pages.last + 1);
  EXPECT_EQ(r.items[1].pages.last, static_cast<int>(r.document->pages.size()));
  EXPECT_EQ(r.document->section_first_page.front(), 1);
  EXPECT_NE(letter_text(r).find("Example Improvement Plan Update " + range_text(r.items[0].pages)),
            std::string::npos);
}

TEST(PackBuilder, SupplementaryPackHoldsOnlySupplementaryItems) {
  ReportFiles files;
  DiagnosticSink sink;
  const PackResult r = build_pack(meeting(files), options(compose::Edition::Public, true), sink);
  ASSERT_TRUE(r.document) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].number, "8");
  EXPECT_EQ(r.items[0].pages.last, static_cast<int>(r.document->pages.size()));
  const std::string letter = letter_text(r);
  EXPECT_NE(letter.find("I refer to the agenda for the above meeting and now enclose the following reports which "
                        "were unavailable when the agenda was published."),
            std::string::npos)
      << letter;
  EXPECT_NE(letter.find("Second Report " + range_text(r.items[0].pages)), std::string::npos) << letter;
  EXPECT_NE(letter.find("Item No. 11, the JTAI Outcome, has now been withdrawn"), std::string::npos);
  for (const layout::Page& p : r.document->pages) {
    EXPECT_FALSE(page_has(p, "Agenda Item 7")) << p.number;
    EXPECT_FALSE(page_has(p, "Agenda Item 9")) << p.number;
    EXPECT_FALSE(page_has(p, "Example Improvement Plan Update")) << p.number;
    EXPECT_FALSE(page_has(p, "Contract Award")) << p.number;
    EXPECT_FALSE(page_has(p, "Verbal Update")) << p.number;
  }
  EXPECT_EQ(r.document->meta.title,
            "Overview and Scrutiny Committee (Children's Services and Safeguarding), Wednesday 11 March 2020 – "
            "Supplementary Public Document Pack");
  EXPECT_EQ(r.document->meta.creation_date, "2020-03-02");
}

TEST(PackBuilder, DraftReportStopsThePublicEdition) {
  ReportFiles files;
  model::Meeting m = meeting(files);
  m.items[0].report_file = files.path("draft.xml");
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public), sink);
  EXPECT_FALSE(r.document);
  ASSERT_EQ(sink.error_count(), 1u) << all_messages(sink);
  const Diagnostic& d = sink.all().front();
  EXPECT_EQ(d.message, "item 7: report is a draft (version 0.3); the public edition needs a final, signed-off report");
  EXPECT_EQ(d.where.file, "/meetings/meeting.xml");
  EXPECT_EQ(d.where.line, 20u);
  EXPECT_EQ(d.where.column, 5u);

  // The private edition takes it, watermark and all.
  DiagnosticSink private_sink;
  const PackResult p = build_pack(m, options(compose::Edition::Private), private_sink);
  ASSERT_TRUE(p.document) << all_messages(private_sink);
  const ItemPages* seven = find_item(p, "7");
  ASSERT_NE(seven, nullptr);
  for (const layout::Page& page : p.document->pages) {
    bool watermark = false;
    for (const layout::Item& it : page.items) watermark = watermark || std::holds_alternative<layout::PathItem>(it);
    EXPECT_EQ(watermark, page.number >= seven->pages.first && page.number <= seven->pages.last) << page.number;
  }
}

TEST(PackBuilder, AnExemptReportOnAnOpenItemIsRefusedInPublic) {
  ReportFiles files;
  model::Meeting m = meeting(files);
  m.items[0].report_file = files.path("exempt.xml");
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public), sink);
  EXPECT_FALSE(r.document);
  ASSERT_EQ(sink.error_count(), 1u) << all_messages(sink);
  EXPECT_EQ(sink.all().front().message,
            "item 7: the report is exempt (paragraph 3 of Schedule 12A) but its agenda item is not marked exempt");
  EXPECT_EQ(sink.all().front().where.line, 20u);
}

TEST(PackBuilder, ReportErrorsAreAllReported) {
  ReportFiles files;
  files.write("broken.xml", "<report>");
  model::Meeting m = meeting(files);
  m.items[0].report_file = files.path("broken.xml");
  m.items[2].report_file = files.path("draft.xml");
  m.items[2].exempt = false;
  m.items[2].exempt_paragraph.reset();
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public), sink);
  EXPECT_FALSE(r.document);
  const std::string all = all_messages(sink);
  EXPECT_NE(all.find("broken.xml"), std::string::npos) << all;
  EXPECT_NE(all.find("item 9: report is a draft"), std::string::npos) << all;
}

TEST(PackBuilder, AReportStyleWithOtherFontsWarnsAndUsesTheMeetingsFonts) {
  ReportFiles files;
  const fs::path layouts = files.dir() / "layouts";
  fs::copy(BOARDPACK_LAYOUTS, layouts, fs::copy_options::recursive);
  const fs::path hwb = layouts / "health-and-wellbeing-board" / "style.xml";
  std::string style = read_file(hwb);
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"DejaVuSans.ttf", "DejaVuSerif.ttf"},
           {"DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"},
           {"DejaVuSans-Oblique.ttf", "DejaVuSerif-Italic.ttf"},
           {"DejaVuSans-BoldOblique.ttf", "DejaVuSerif-BoldItalic.ttf"}}) {
    replace(style, from, to);
  }
  std::ofstream(hwb, std::ios::binary) << style;
  PackOptions o = options(compose::Edition::Private);
  o.layouts_dir = layouts;
  DiagnosticSink sink;
  const PackResult r = build_pack(meeting(files), o, sink);  // 7 and 9 are health-and-wellbeing-board reports
  ASSERT_TRUE(r.document) << all_messages(sink);
  ASSERT_EQ(sink.all().size(), 1u) << all_messages(sink);  // once per style, not per item
  const Diagnostic& d = sink.all().front();
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.message, "item 7: the report's house style \"health-and-wellbeing-board\" uses other fonts than the "
                       "meeting's style \"overview-and-scrutiny\"");
  EXPECT_EQ(r.document->fonts.regular, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
}

TEST(PackBuilder, RangesThatDoNotSettleWarn) {
  ReportFiles files;
  PackOptions o = options(compose::Edition::Private);
  o.max_passes = 1;  // the first pass prints guesses: never confirmed
  DiagnosticSink sink;
  const PackResult r = build_pack(meeting(files), o, sink);
  ASSERT_TRUE(r.document);
  EXPECT_FALSE(r.stable);
  EXPECT_EQ(r.passes, 1);
  ASSERT_EQ(sink.all().size(), 1u) << all_messages(sink);
  EXPECT_EQ(sink.all().front().severity, Severity::Warning);
  EXPECT_NE(sink.all().front().message.find("did not settle after 1 layouts"), std::string::npos);
  EXPECT_EQ(sink.all().front().where.file, "/meetings/meeting.xml");
}

TEST(PackBuilder, AnEmptySupplementaryPackWarns) {
  ReportFiles files;
  model::Meeting m = meeting(files);
  m.items[1].supplementary = false;
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public, true), sink);
  ASSERT_TRUE(r.document) << all_messages(sink);
  EXPECT_TRUE(r.items.empty());
  ASSERT_EQ(sink.all().size(), 1u) << all_messages(sink);
  EXPECT_EQ(sink.all().front().message, "the supplementary pack lists no items");
  EXPECT_NE(letter_text(r).find("There are no items in this pack."), std::string::npos);
}

TEST(PackBuilder, DeadlineHookRunsOnceAndItsWarningsReachTheSink) {
  ReportFiles files;
  PackOptions o = options(compose::Edition::Public, true);
  int calls = 0;
  o.check_deadlines = [&](const model::Meeting& m, DiagnosticSink& s) {
    ++calls;
    s.warning(SourceLocation{m.file.string(), 3, 1}, "published too late");
  };
  DiagnosticSink sink;
  const PackResult r = build_pack(meeting(files), o, sink);
  ASSERT_TRUE(r.document);
  EXPECT_EQ(calls, 1);
  ASSERT_EQ(sink.all().size(), 1u);
  EXPECT_EQ(sink.all().front().message, "published too late");
}

TEST(PackBuilder, AnUnknownMeetingStyleIsAnError) {
  ReportFiles files;
  model::Meeting m = meeting(files);
  m.style = "no-such-style";
  DiagnosticSink sink;
  const PackResult r = build_pack(m, options(compose::Edition::Public), sink);
  EXPECT_FALSE(r.document);
  EXPECT_TRUE(sink.has_errors());
}

}  // namespace
}  // namespace bp::pack
