// Characters the house fonts cannot print (load/repertoire.h): the loaders,
// given a repertoire, replace them by U+FFFD in the printed text and warn once
// per character at its first place. A fake repertoire stands for the fonts.

#include "load/repertoire.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "load/document_loader.h"
#include "load/meeting_loader.h"
#include "load/report_loader.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

// Everything below U+3000 and the emoji U+1F600 (which is then beyond the
// limit): CJK is missing.
LoadOptions fake_fonts(std::string* asked = nullptr) {
  LoadOptions o;
  o.repertoire = [asked](const std::string& style) -> std::optional<Repertoire> {
    if (asked) *asked = style;
    Repertoire r;
    r.font_name = "Test Sans";
    r.style_file = "layouts/test/style.xml";
    r.has = [](char32_t cp) { return cp < 0x3000 || cp == 0x1F600; };
    r.limit = 0xFFFF;
    return r;
  };
  return o;
}

std::string paragraph_text(const model::Flow& f, std::size_t i) {
  return model::plain_text(std::get<model::Paragraph>(f.at(i)).text);
}

// Line numbers are those of the lines below; columns are bytes (see source_text.h).
const std::string kReport = R"(<?xml version="1.0" encoding="UTF-8"?>
<report style="health-and-wellbeing-board" council="Example Council" created="2020-03-02">
  <sign-off state="draft" version="0.1"/>
  <front-sheet>
    <report-to>Health and Wellbeing Board</report-to>
    <meeting-date>2020-03-11</meeting-date>
    <subject>Plan 中 update</subject>
    <report-of>Director of Children's Services</report-of>
    <wards>(All Wards)</wards>
    <portfolio>Children, Schools and Safeguarding</portfolio>
    <key-decision>no</key-decision>
    <forward-plan>no</forward-plan>
    <exempt>no</exempt>
  </front-sheet>
  <summary><p>Café 中 &#x4E2D; 😀 <![CDATA[文]]>.</p></summary>
  <recommendations><item>note the report.</item></recommendations>
  <contact name="Mr 李" telephone="0151 934 0000" email="send@example.gov.uk"/>
  <!-- a comment with 字 is not printed -->
  <body>
    <section title="Intro 文 &#x5B57;">
      <para>A table.</para>
    </section>
  </body>
</report>
)";

TEST(Repertoire, ReportTextIsReplacedAndEachCharacterWarnedOnceAtItsFirstPlace) {
  DiagnosticSink sink;
  std::string asked;
  auto r = load_report_text(kReport, "r.xml", sink, fake_fonts(&asked));
  ASSERT_TRUE(r) << all_messages(sink);
  EXPECT_EQ(asked, "health-and-wellbeing-board");
  EXPECT_EQ(all_messages(sink),
            "r.xml:7:19: warning: \"中\" (U+4E2D) is not in the house font Test Sans; it is printed as \"" +
                kFffd + "\" (U+FFFD)\n"
                "  hint: choose fonts that have it in <fonts> of layouts/test/style.xml, or write it out in words\n"
                "r.xml:15:34: warning: \"😀\" (U+1F600) is beyond U+FFFF, the last character boardpack prints; "
                "it is printed as \"" + kFffd + "\" (U+FFFD)\n"
                "  hint: write it out in words, or use a character up to U+FFFF\n"
                "r.xml:15:48: warning: \"文\" (U+6587) is not in the house font Test Sans; it is printed as \"" +
                kFffd + "\" (U+FFFD)\n"
                "  hint: choose fonts that have it in <fonts> of layouts/test/style.xml, or write it out in words\n"
                "r.xml:17:21: warning: \"李\" (U+674E) is not in the house font Test Sans; it is printed as \"" +
                kFffd + "\" (U+FFFD)\n"
                "  hint: choose fonts that have it in <fonts> of layouts/test/style.xml, or write it out in words\n"
                "r.xml:20:31: warning: \"字\" (U+5B57) is not in the house font Test Sans; it is printed as \"" +
                kFffd + "\" (U+FFFD)\n"
                "  hint: choose fonts that have it in <fonts> of layouts/test/style.xml, or write it out in words\n");
  EXPECT_FALSE(sink.has_errors());
  EXPECT_EQ(r->front.subject, "Plan " + kFffd + " update");
  EXPECT_EQ(paragraph_text(r->summary, 0), "Café " + kFffd + " " + kFffd + " " + kFffd + " " + kFffd + ".");
  EXPECT_EQ(r->contact.name, "Mr " + kFffd);
  ASSERT_EQ(r->body.size(), 1u);
  EXPECT_EQ(r->body[0].title, "Intro " + kFffd + " " + kFffd);
  // Untouched: what the fonts have, and values that are read rather than printed.
  EXPECT_EQ(r->style, "health-and-wellbeing-board");
  EXPECT_EQ(r->contact.telephone, "0151 934 0000");
}

TEST(Repertoire, WithoutARepertoireNothingChanges) {
  DiagnosticSink sink;
  auto r = load_report_text(kReport, "r.xml", sink);
  ASSERT_TRUE(r) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  EXPECT_EQ(r->front.subject, "Plan 中 update");
  EXPECT_EQ(r->contact.name, "Mr 李");
}

TEST(Repertoire, AStyleWithoutRepertoireIsNotChecked) {
  LoadOptions o;
  o.repertoire = [](const std::string&) -> std::optional<Repertoire> { return std::nullopt; };
  DiagnosticSink sink;
  auto r = load_report_text(kReport, "r.xml", sink, o);
  ASSERT_TRUE(r) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  EXPECT_EQ(r->front.subject, "Plan 中 update");
}

TEST(Repertoire, ACharacterReferenceIsPlacedAtItsAmpersand) {
  std::string xml = kReport;
  xml.replace(xml.find("Plan 中 update"), std::string("Plan 中 update").size(), "Plan &#20013; update");
  DiagnosticSink sink;
  auto r = load_report_text(xml, "r.xml", sink, fake_fonts());
  ASSERT_TRUE(r) << all_messages(sink);
  ASSERT_FALSE(sink.all().empty());
  const Diagnostic& first = sink.all().front();
  EXPECT_EQ(first.where.line, 7u);
  EXPECT_EQ(first.where.column, 19u);
  EXPECT_NE(first.message.find("U+4E2D"), std::string::npos) << first.message;
  EXPECT_EQ(r->front.subject, "Plan " + kFffd + " update");
}

TEST(Repertoire, ValuesReadAsDatesKeepTheirCharactersForTheError) {
  std::string xml = kReport;
  xml.replace(xml.find("2020-03-11"), 10, "2020-03-1中");
  DiagnosticSink sink;
  EXPECT_FALSE(load_report_text(xml, "r.xml", sink, fake_fonts()));
  const std::string text = all_messages(sink);
  EXPECT_NE(text.find("r.xml:6:19: error:"), std::string::npos) << text;
  EXPECT_NE(text.find("2020-03-1中"), std::string::npos) << text;
  // 中 is reported once, at its first printed place (the subject), not in the date.
  EXPECT_NE(text.find("r.xml:7:19: warning: \"中\""), std::string::npos) << text;
  EXPECT_EQ(text.find("6:19: warning"), std::string::npos) << text;
}

TEST(Repertoire, MeetingAndDocumentTextIsChecked) {
  const std::string meeting = R"(<meeting style="overview-and-scrutiny" council="Example Council" created="2020-03-02">
  <committee>Committee 中</committee>
  <date>2020-03-11</date>
  <time>18:30</time>
  <venue>Town Hall</venue>
  <address><line>Town Hall</line></address>
  <contact name="Officer" telephone="0151 934 0000" email="ds@example.gov.uk"/>
  <published>2020-03-03</published>
  <agenda>
    <item number="1" title="Verbal update 李" verbal="yes"/>
  </agenda>
</meeting>
)";
  DiagnosticSink sink;
  std::string asked;
  auto m = load_meeting_text(meeting, "m.xml", ".", sink, fake_fonts(&asked));
  ASSERT_TRUE(m) << all_messages(sink);
  EXPECT_EQ(asked, "overview-and-scrutiny");
  ASSERT_EQ(sink.all().size(), 2u) << all_messages(sink);
  EXPECT_EQ(format_diagnostic(sink.all()[0]).find("m.xml:2:24: warning: \"中\" (U+4E2D)"), 0u);
  EXPECT_EQ(format_diagnostic(sink.all()[1]).find("m.xml:10:43: warning: \"李\" (U+674E)"), 0u);
  EXPECT_EQ(m->committee, "Committee " + kFffd);
  ASSERT_EQ(m->items.size(), 1u);
  EXPECT_EQ(m->items[0].title, "Verbal update " + kFffd);

  const std::string document = R"(<document style="health-and-wellbeing-board" council="Example Council" created="2019-12-02">
  <title>Tracker 中</title>
  <date>2019-11</date>
  <section title="About"><para>Text.</para></section>
</document>
)";
  DiagnosticSink dsink;
  auto d = load_document_text(document, "d.xml", dsink, fake_fonts());
  ASSERT_TRUE(d) << all_messages(dsink);
  ASSERT_EQ(dsink.all().size(), 1u) << all_messages(dsink);
  EXPECT_EQ(dsink.all()[0].where.line, 2u);
  EXPECT_EQ(dsink.all()[0].where.column, 18u);
  EXPECT_EQ(d->title, "Tracker " + kFffd);
}

}  // namespace
}  // namespace bp::load
