// load_report on tests/data/minimal-report.xml (the vocabulary contract): every
// element lands in the right field. Plus whitespace handling of inline
// content, and load_report_text with small variations of small-report.xml.

#include "load/report_loader.h"
#include "load_test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace bp::load {
namespace {

using namespace bp::model;

const std::string kData = BOARDPACK_TEST_DATA;

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

Span span(std::string text, bool bold = false, bool italic = false, std::string href = {}) {
  return Span{std::move(text), bold, italic, std::move(href)};
}

const Paragraph& para_at(const Flow& f, std::size_t i) { return std::get<Paragraph>(f.at(i)); }
const NumberedParagraph& numbered_at(const Flow& f, std::size_t i) {
  return std::get<NumberedParagraph>(f.at(i));
}

class MinimalReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DiagnosticSink sink;
    auto r = load_report(kData + "/minimal-report.xml", sink);
    ASSERT_TRUE(r) << all_messages(sink);
    ASSERT_TRUE(sink.all().empty()) << all_messages(sink);
    report_ = new Report(std::move(*r));
  }
  static void TearDownTestSuite() {
    delete report_;
    report_ = nullptr;
  }
  static const Report& r() { return *report_; }

 private:
  static Report* report_;
};
Report* MinimalReport::report_ = nullptr;

TEST_F(MinimalReport, RootAttributesAndSignOff) {
  EXPECT_EQ(r().style, "health-and-wellbeing-board");
  EXPECT_EQ(r().council, "Example Council");
  EXPECT_EQ(r().created, ymd(2020, 3, 2));
  EXPECT_EQ(r().sign_off.state, SignOffState::Final);
  EXPECT_EQ(r().sign_off.version, "1.0");
  EXPECT_EQ(r().sign_off.signed_off_by, "Executive Director of Children's Services");
  EXPECT_EQ(r().sign_off.signed_off_on, ymd(2020, 3, 2));
  EXPECT_EQ(r().sign_off.finance_reference, "FD5961/20");
  EXPECT_EQ(r().sign_off.legal_reference, "LD4144/20");
}

TEST_F(MinimalReport, FrontSheet) {
  const FrontSheet& f = r().front;
  EXPECT_EQ(f.report_to, "Health and Wellbeing Board");
  EXPECT_EQ(f.meeting_date, ymd(2020, 3, 11));
  EXPECT_EQ(format_long_date(f.meeting_date), "Wednesday 11 March 2020");
  EXPECT_EQ(f.subject, "Example Improvement Plan Update");
  EXPECT_EQ(f.report_of, "Director of Children's Services");
  EXPECT_EQ(f.wards_affected, "(All Wards)");
  EXPECT_EQ(f.portfolio, "Children, Schools and Safeguarding");
  EXPECT_FALSE(f.key_decision);
  EXPECT_FALSE(f.included_in_forward_plan);
  EXPECT_FALSE(f.exempt);
  EXPECT_FALSE(f.exempt_paragraph);
}

TEST_F(MinimalReport, SummaryKeepsSpacesAroundStrong) {
  ASSERT_EQ(r().summary.size(), 1u);
  EXPECT_EQ(para_at(r().summary, 0).text,
            (RichText{span("The report updates the Board on the plan, costing "), span("£0.223m", true),
                      span(" in 2019/20.")}));
}

TEST_F(MinimalReport, RecommendationsAndReasons) {
  ASSERT_EQ(r().recommendations.size(), 2u);
  EXPECT_EQ(plain_text(r().recommendations[0]), "note the performance information at Appendix A;");
  EXPECT_EQ(plain_text(r().recommendations[1]), "offer challenge to the improvement board.");
  ASSERT_EQ(r().reasons.size(), 1u);
  EXPECT_EQ(para_at(r().reasons, 0).text,
            (RichText{span("The Board provides "), span("system leadership", false, true), span(".")}));
  EXPECT_TRUE(r().alternatives.empty());
}

TEST_F(MinimalReport, CostImplicationsCorePurposeConsultations) {
  ASSERT_EQ(r().cost.revenue.size(), 1u);
  EXPECT_EQ(plain_text(para_at(r().cost.revenue, 0).text), "A forecast pressure of £0.223m.");
  EXPECT_TRUE(r().cost.capital.empty());
  EXPECT_EQ(plain_text(para_at(r().implications.resource, 0).text),
            "The High Needs Budget overspent by £2.3m.");
  EXPECT_EQ(plain_text(para_at(r().implications.legal, 0).text),
            "The Children and Families Act 2014 applies.");
  EXPECT_EQ(plain_text(para_at(r().implications.equality, 0).text), "Assessed as the plan progresses.");
  ASSERT_EQ(r().core_purpose.size(), 2u);
  EXPECT_EQ(r().core_purpose[0].heading, "Protect the most vulnerable");
  EXPECT_EQ(plain_text(para_at(r().core_purpose[0].text, 0).text),
            "Better outcomes for children with SEND.");
  EXPECT_EQ(r().core_purpose[1].heading, "Cleaner Greener");
  EXPECT_TRUE(r().core_purpose[1].text.empty());
  EXPECT_TRUE(r().consultations.internal.empty());
  EXPECT_EQ(plain_text(para_at(r().consultations.external, 0).text), "Parent carer forum and schools.");
}

TEST_F(MinimalReport, ImplementationContactPapers) {
  EXPECT_FALSE(r().implementation_date);
  EXPECT_EQ(r().implementation_note, "");
  EXPECT_EQ(r().contact.name, "SEND Improvement Lead");
  EXPECT_EQ(r().contact.telephone, "0151 934 0000");
  EXPECT_EQ(r().contact.email, "send.improvement@example.gov.uk");
  ASSERT_EQ(r().background_papers.size(), 1u);
  EXPECT_EQ(r().background_papers[0].url,
            "https://publications.parliament.uk/pa/cm201920/cmselect/cmeduc/20/20.pdf");
  EXPECT_EQ(plain_text(r().background_papers[0].description),
            "House of Commons Education Committee, First Report of Session 2019–20");
}

TEST_F(MinimalReport, Appendices) {
  ASSERT_EQ(r().appendices.size(), 2u);
  const Appendix& a = r().appendices[0];
  EXPECT_EQ(a.letter, "A");
  EXPECT_EQ(a.title, "Current KPI Performance");
  EXPECT_EQ(a.orientation, Orientation::Landscape);
  EXPECT_TRUE(a.printed());
  ASSERT_EQ(a.content.size(), 2u);
  EXPECT_EQ(plain_text(std::get<Subheading>(a.content[0]).text),
            "Actions 1.2: Timeliness of new EHCPs");
  const Appendix& b = r().appendices[1];
  EXPECT_EQ(b.letter, "B");
  EXPECT_EQ(b.title, "Analysis of baseline Parent Carer Survey");
  EXPECT_EQ(b.orientation, Orientation::Portrait);
  EXPECT_FALSE(b.printed());
}

TEST_F(MinimalReport, TableColumnsSpansShades) {
  const Table& t = std::get<Table>(r().appendices[0].content[1]);
  EXPECT_EQ(t.font_size, 7.0);
  ASSERT_EQ(t.columns.size(), 6u);
  EXPECT_EQ(t.columns[0].kind, ColumnWidthKind::Fixed);
  EXPECT_DOUBLE_EQ(t.columns[0].value, 40);
  EXPECT_EQ(t.columns[1].kind, ColumnWidthKind::Relative);
  EXPECT_DOUBLE_EQ(t.columns[1].value, 2);
  EXPECT_EQ(t.columns[2].kind, ColumnWidthKind::Auto);
  EXPECT_EQ(t.columns[3].kind, ColumnWidthKind::Fixed);
  EXPECT_NEAR(t.columns[3].value, 51.0236, 1e-3);  // 18mm
  EXPECT_EQ(t.columns[5].kind, ColumnWidthKind::Relative);
  EXPECT_DOUBLE_EQ(t.columns[5].value, 3);

  ASSERT_EQ(t.header.size(), 2u);
  ASSERT_EQ(t.header[0].cells.size(), 5u);
  const TableCell& kpi = t.header[0].cells[0];
  EXPECT_EQ(kpi.rowspan, 2);
  EXPECT_EQ(kpi.colspan, 1);
  EXPECT_EQ(kpi.shade, "header");
  EXPECT_EQ(plain_text(para_at(kpi.content, 0).text), "KPI");
  const TableCell& target = t.header[0].cells[3];
  EXPECT_EQ(target.colspan, 2);
  EXPECT_EQ(target.rowspan, 1);
  EXPECT_EQ(target.align, HAlign::Center);
  EXPECT_EQ(plain_text(para_at(target.content, 0).text), "Performance Target");
  ASSERT_EQ(t.header[1].cells.size(), 2u);
  EXPECT_EQ(plain_text(para_at(t.header[1].cells[1].content, 0).text), "Jan-20");

  ASSERT_EQ(t.body.size(), 1u);
  const TableRow& row = t.body[0];
  ASSERT_EQ(row.cells.size(), 6u);
  EXPECT_TRUE(row.cells[0].bold);
  EXPECT_FALSE(row.cells[1].bold);
  EXPECT_FALSE(row.cells[0].shade);
  EXPECT_EQ(plain_text(para_at(row.cells[1].content, 0).text), "% of new EHCPs completed within 20 weeks");
  EXPECT_EQ(row.cells[3].align, HAlign::Center);
  EXPECT_EQ(row.cells[4].shade, "rating-green");
  EXPECT_EQ(row.cells[5].align, HAlign::Left);
  // A cell of blocks: a paragraph and a bullet list.
  const Flow& blocks = row.cells[5].content;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(plain_text(para_at(blocks, 0).text), "Monitored monthly.");
  const List& list = std::get<List>(blocks[1]);
  EXPECT_EQ(list.kind, ListKind::Bullet);
  ASSERT_EQ(list.items.size(), 1u);
  EXPECT_EQ(plain_text(list.items[0].text), "January 2020: 40%");
}

TEST_F(MinimalReport, BodyNestedParagraphs) {
  ASSERT_EQ(r().body.size(), 2u);
  const BodySection& intro = r().body[0];
  EXPECT_EQ(intro.title, "Introduction");
  ASSERT_EQ(intro.content.size(), 2u);
  EXPECT_EQ(plain_text(numbered_at(intro.content, 0).text),
            "This report informs the Board of progress since the revisit of 15 to 17 April 2019.");
  EXPECT_TRUE(numbered_at(intro.content, 0).children.empty());
  const NumberedParagraph& asked = numbered_at(intro.content, 1);
  EXPECT_EQ(plain_text(asked.text), "Members of the Board are asked to");
  ASSERT_EQ(asked.children.size(), 2u);
  EXPECT_EQ(plain_text(numbered_at(asked.children, 0).text),
            "consider the performance information at Appendix A; and");
  EXPECT_EQ(plain_text(numbered_at(asked.children, 1).text), "offer challenge to the improvement board.");
}

TEST_F(MinimalReport, BodyLinksSubheadingsAndLists) {
  const BodySection& s = r().body[1];
  EXPECT_EQ(s.title, "Delivering the Improvement Plan");
  ASSERT_EQ(s.content.size(), 4u);
  EXPECT_EQ(numbered_at(s.content, 0).text,
            (RichText{span("Most actions are on target. See "),
                      span("the published plan", false, false, "https://example.gov.uk/send"), span(".")}));
  EXPECT_EQ(plain_text(std::get<Subheading>(s.content[1]).text),
            "Action 1 Progress from starting points at key stage 2");

  const NumberedParagraph& ks2 = numbered_at(s.content, 2);
  EXPECT_EQ(plain_text(ks2.text), "Action 1.1 Attainment at KS2.");
  ASSERT_EQ(ks2.children.size(), 1u);
  const NumberedParagraph& activity = numbered_at(ks2.children, 0);
  EXPECT_EQ(plain_text(activity.text), "Activity includes:");
  ASSERT_EQ(activity.children.size(), 1u);
  const List& bullets = std::get<List>(activity.children[0]);
  EXPECT_EQ(bullets.kind, ListKind::Bullet);
  ASSERT_EQ(bullets.items.size(), 2u);
  EXPECT_EQ(plain_text(bullets.items[1].text), "geographic cluster groups.");

  const NumberedParagraph& reviews = numbered_at(s.content, 3);
  EXPECT_EQ(plain_text(reviews.text), "Reviews: the following remedial action was agreed:");
  const List& lettered = std::get<List>(reviews.children.at(0));
  EXPECT_EQ(lettered.kind, ListKind::Lettered);
  ASSERT_EQ(lettered.items.size(), 2u);
  EXPECT_EQ(plain_text(lettered.items[0].text), "prioritise Year 6 and Year 11 reviews;");
  EXPECT_TRUE(lettered.items[0].children.empty());
  EXPECT_EQ(plain_text(lettered.items[1].text), "check reviews for these groups:");
  const List& inner = std::get<List>(lettered.items[1].children.at(0));
  EXPECT_EQ(inner.kind, ListKind::Bullet);
  EXPECT_EQ(plain_text(inner.items.at(0).text), "Looked After Children with an EHCP");
}

// ---- inline whitespace, on small-report.xml with the summary replaced ----

const std::string kSummary = "<summary><p>The report updates the Board.</p></summary>";

RichText summary_text(const std::string& paragraph_xml) {
  DiagnosticSink sink;
  auto r = load_report_text(small_report_with(kSummary, "<summary>" + paragraph_xml + "</summary>"),
                            "inline.xml", sink);
  EXPECT_TRUE(r) << all_messages(sink);
  if (!r || r->summary.empty()) return {};
  return std::get<Paragraph>(r->summary[0]).text;
}

TEST(InlineText, SpacesAroundElementsAreKept) {
  EXPECT_EQ(summary_text("<p>text <em>x</em> more</p>"),
            (RichText{span("text "), span("x", false, true), span(" more")}));
  EXPECT_EQ(summary_text("<p><em>a</em> <strong>b</strong></p>"),
            (RichText{span("a", false, true), span(" "), span("b", true)}));
}

TEST(InlineText, WhitespaceRunsCollapseAndEndsAreTrimmed) {
  EXPECT_EQ(summary_text("<p>\n    one  two\n\tthree   </p>"), (RichText{span("one two three")}));
  // A run that crosses element boundaries is still one space.
  EXPECT_EQ(plain_text(summary_text("<p>x <em> y </em> z</p>")), "x y z");
  EXPECT_EQ(summary_text("<p> <strong> bold </strong> </p>"), (RichText{span("bold", true)}));
}

TEST(InlineText, NestingCombinesStyles) {
  EXPECT_EQ(summary_text("<p><strong>bold <em>both</em></strong></p>"),
            (RichText{span("bold ", true), span("both", true, true)}));
  EXPECT_EQ(summary_text("<p><a href=\"mailto:a@example.gov.uk\">mail <strong>us</strong></a></p>"),
            (RichText{span("mail ", false, false, "mailto:a@example.gov.uk"),
                      span("us", true, false, "mailto:a@example.gov.uk")}));
}

TEST(InlineText, ReferencesCdataCommentsAndNoBreakSpace) {
  EXPECT_EQ(plain_text(summary_text("<p>Health &amp; Wellbeing &#163;5 &#x2013; &lt;ok&gt;</p>")),
            "Health & Wellbeing £5 – <ok>");
  EXPECT_EQ(plain_text(summary_text("<p>a<![CDATA[<b>]]>c</p>")), "a<b>c");
  EXPECT_EQ(plain_text(summary_text("<p>in<!-- a comment -->side</p>")), "inside");
  EXPECT_EQ(plain_text(summary_text("<p>£0.223m\u00A0total</p>")), "£0.223m\u00A0total");
}

TEST(LoadReportText, SmallReportLoadsWithoutDiagnostics) {
  DiagnosticSink sink;
  auto r = load_report(kData + "/small-report.xml", sink);
  ASSERT_TRUE(r) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  EXPECT_EQ(r->sign_off.state, SignOffState::Draft);
  EXPECT_EQ(r->sign_off.version, "0.1");
  EXPECT_FALSE(r->sign_off.signed_off_on);
  // Optional parts absent: empty, not errors.
  EXPECT_TRUE(r->reasons.empty());
  EXPECT_TRUE(r->appendices.empty());
  EXPECT_TRUE(r->background_papers.empty());
}

TEST(LoadReportText, ExemptWithParagraph) {
  DiagnosticSink sink;
  auto r = load_report_text(small_report_with("<exempt>no</exempt>", "<exempt paragraph=\"3\">yes</exempt>"),
                            "exempt.xml", sink);
  ASSERT_TRUE(r) << all_messages(sink);
  EXPECT_TRUE(r->front.exempt);
  EXPECT_EQ(r->front.exempt_paragraph, 3);
}

TEST(LoadReportText, ImplementationDateOrNote) {
  DiagnosticSink sink;
  const std::string contact = "  <contact ";
  auto dated = load_report_text(small_report_with(contact, "  <implementation date=\"2020-03-20\"/>\n" + contact),
                                "dated.xml", sink);
  ASSERT_TRUE(dated) << all_messages(sink);
  EXPECT_EQ(dated->implementation_date, ymd(2020, 3, 20));
  auto noted = load_report_text(
      small_report_with(contact, "  <implementation>\n  Following the expiry of the\n call-in period\n</implementation>\n" + contact),
      "noted.xml", sink);
  ASSERT_TRUE(noted) << all_messages(sink);
  EXPECT_FALSE(noted->implementation_date);
  EXPECT_EQ(noted->implementation_note, "Following the expiry of the call-in period");
  auto both = load_report_text(
      small_report_with(contact, "  <implementation date=\"2020-03-20\">soon</implementation>\n" + contact),
      "both.xml", sink);
  EXPECT_FALSE(both);
  EXPECT_NE(all_messages(sink).find("both.xml:18:3: error: <implementation> takes a date or a note, not both"),
            std::string::npos)
      << all_messages(sink);
}

TEST(LoadReportText, PartsMayComeInAnyOrder) {
  std::string text = read_text(kData + "/small-report.xml");
  // Move <sign-off> from the top to just before </report>.
  const std::string sign_off = "  <sign-off state=\"draft\" version=\"0.1\"/>\n";
  const auto at = text.find(sign_off);
  ASSERT_NE(at, std::string::npos);
  text.erase(at, sign_off.size());
  text.insert(text.find("</report>"), sign_off);
  DiagnosticSink sink;
  auto r = load_report_text(text, "reordered.xml", sink);
  ASSERT_TRUE(r) << all_messages(sink);
  EXPECT_EQ(r->sign_off.version, "0.1");
}

TEST(LoadReportText, ByteOrderMarkAndCrLfLineEnds) {
  std::string text = read_text(kData + "/small-report.xml");
  std::string crlf = "\xEF\xBB\xBF";
  for (char ch : text) {
    if (ch == '\n') crlf += '\r';
    crlf += ch;
  }
  DiagnosticSink sink;
  ASSERT_TRUE(load_report_text(crlf, "crlf.xml", sink)) << all_messages(sink);
  // Places still count lines and columns as an editor does (the BOM is not a column).
  const std::string bad = crlf.replace(crlf.find("2020-03-11"), 10, "2020-02-30");
  EXPECT_FALSE(load_report_text(bad, "crlf.xml", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_EQ(sink.all()[0].where.line, 7u);
  EXPECT_EQ(sink.all()[0].where.column, 19u);
}

TEST(LoadReportText, TextInElementOnlyPlaces) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(small_report_with("  <front-sheet>\n", "  <front-sheet>\n    Front sheet:\n"),
                                "text.xml", sink));
  ASSERT_EQ(sink.error_count(), 1u) << all_messages(sink);
  const Diagnostic& d = sink.all()[0];
  EXPECT_EQ(d.where.line, 6u);
  EXPECT_EQ(d.where.column, 5u);
  EXPECT_EQ(d.message, "text is not allowed directly in <front-sheet>");
  EXPECT_EQ(d.hint.rfind("<front-sheet> holds only <report-to>, <meeting-date>", 0), 0u) << d.hint;
}

TEST(LoadReportText, AbsurdNestingIsRefusedNotRecursedInto) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<em>";
  deep += "x";
  for (int i = 0; i < 5000; ++i) deep += "</em>";
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(small_report_with(kSummary, "<summary><p>" + deep + "</p></summary>"),
                                "deep.xml", sink));
  ASSERT_EQ(sink.error_count(), 1u) << all_messages(sink);
  EXPECT_NE(sink.all()[0].message.find("nested more than 100 deep"), std::string::npos);
  EXPECT_EQ(sink.all()[0].where.line, 16u);
}

TEST(LoadReport, MissingFileIsAnError) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_report(kData + "/no-such-report.xml", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_NE(sink.all()[0].message.find("report file not found"), std::string::npos);
  EXPECT_EQ(sink.all()[0].where.file, kData + "/no-such-report.xml");
}

TEST(LoadReport, EmptyFileIsAnError) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text("", "empty.xml", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_EQ(sink.all()[0].where.line, 1u);
  EXPECT_NE(sink.all()[0].message.find("no document element"), std::string::npos) << all_messages(sink);
}

}  // namespace
}  // namespace bp::load
