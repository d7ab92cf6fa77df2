// Action plans and reference sections in the loader (load/action_plan_reader.h):
// tests/data/minimal-document.xml lands in the right fields; every mistake is
// reported at its place (file:line:col) with its hint; a typed rating that the
// milestones contradict is a warning, not an error; the blocks load inside a
// report's appendix too.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "load/document_loader.h"
#include "load/report_loader.h"
#include "load_test_support.h"

namespace bp::load {
namespace {

using namespace bp::model;

const std::string kData = BOARDPACK_TEST_DATA;

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A document whose one section holds `body` (starting on line 6).
std::string document_with(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<document style=\"health-and-wellbeing-board\" council=\"Example Council\" created=\"2019-12-02\">\n"
         "<title>Tracker</title>\n"
         "<date>2019-11</date>\n"
         "<section title=\"Plan\" numbered=\"no\">\n" +
         body + "\n</section>\n</document>\n";
}

// A plan of one area holding `actions` (the plan is on line 6, the area on
// line 7, the actions from line 8).
std::string plan_with(const std::string& actions, const std::string& plan_attributes = "as-at=\"2019-11-30\"") {
  return document_with("<action-plan " + plan_attributes + ">\n<area title=\"Action 1\">\n" + actions +
                       "\n</area>\n</action-plan>");
}

// 1-based line and column of the first `needle` in `text`.
std::pair<std::size_t, std::size_t> place_of(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

struct Loaded {
  std::optional<StandaloneDocument> doc;
  DiagnosticSink sink;
};

Loaded load(const std::string& xml) {
  Loaded l;
  l.doc = load_document_text(xml, "plan.xml", l.sink);
  return l;
}

// Exactly one diagnostic, of `severity`, at `needle`, with this message and a
// hint containing `hint`.
void expect_one(const std::string& xml, const std::string& needle, Severity severity,
                const std::string& message, const std::string& hint = "") {
  const Loaded l = load(xml);
  ASSERT_EQ(l.sink.all().size(), 1u) << all_messages(l.sink);
  const Diagnostic& d = l.sink.all().front();
  const auto [line, col] = place_of(xml, needle);
  EXPECT_EQ(d.severity, severity) << format_diagnostic(d);
  EXPECT_EQ(d.where.file, "plan.xml");
  EXPECT_EQ(d.where.line, line) << format_diagnostic(d);
  EXPECT_EQ(d.where.column, col) << format_diagnostic(d);
  EXPECT_EQ(d.message, message);
  EXPECT_NE(d.hint.find(hint), std::string::npos) << d.hint;
  EXPECT_EQ(l.doc.has_value(), severity == Severity::Warning);
}

const char* const kGoodAction =
    "<action ref=\"1.1.1\"><doing><p>Do it.</p></doing>"
    "<milestone due=\"2020-10\">Done</milestone></action>";

TEST(ActionPlanLoader, MinimalDocumentFillsEveryField) {
  DiagnosticSink sink;
  const auto d = load_document(kData + "/minimal-document.xml", sink);
  ASSERT_TRUE(d) << all_messages(sink);
  EXPECT_TRUE(sink.all().empty()) << all_messages(sink);
  ASSERT_EQ(d->sections.size(), 2u);

  const Flow& first = d->sections[0].content;
  ASSERT_EQ(first.size(), 4u);
  const auto& glossary = std::get<Glossary>(first[1]);
  ASSERT_EQ(glossary.entries.size(), 2u);
  EXPECT_EQ(glossary.entries[1].term, "CCG");
  EXPECT_EQ(glossary.entries[1].expansion, "Clinical Commissioning Group");
  EXPECT_EQ(plain_text(glossary.entries[1].definition), "GP practices that plan local health services.");
  EXPECT_TRUE(glossary.entries[1].definition.at(1).italic);
  const auto& key = std::get<PostholderKey>(first[2]);
  ASSERT_EQ(key.entries.size(), 1u);
  EXPECT_EQ(key.entries[0].key, "PS");
  EXPECT_EQ(key.entries[0].role, "Strategic Manager, SEND and Inclusion");
  const auto& tree = std::get<GovernanceStructure>(first[3]);
  ASSERT_EQ(tree.roots.size(), 1u);
  EXPECT_EQ(tree.roots[0].chair, "Portfolio Holder for Adult and Health");
  ASSERT_EQ(tree.roots[0].children.size(), 1u);
  EXPECT_EQ(tree.roots[0].children[0].name, "SEND Group");
  EXPECT_EQ(tree.roots[0].children[0].note, "implements the plan");

  const auto& plan = std::get<ActionPlan>(d->sections[1].content.at(0));
  EXPECT_EQ(plan.as_at, ymd(2019, 11, 30));
  EXPECT_EQ(plan.title, "Improvement plan tracker");
  EXPECT_TRUE(plan.show_summary);
  EXPECT_TRUE(plan.show_key);
  EXPECT_FALSE(plan.number_milestones);
  ASSERT_EQ(plan.columns.size(), 11u);
  EXPECT_EQ(plan.columns[1].content, PlanColumnContent::Ref);
  EXPECT_EQ(plan.columns[1].heading, "Ref.");
  EXPECT_DOUBLE_EQ(plan.columns[2].share, 3);
  EXPECT_DOUBLE_EQ(plan.columns[3].share, default_column_share(PlanColumnContent::Why));

  ASSERT_EQ(plan.areas.size(), 1u);
  const ActionArea& area = plan.areas[0];
  EXPECT_EQ(area.title, "Action 1");
  EXPECT_EQ(plain_text(area.description), "To improve progress at key stage 2.");
  // The outcome, then the loose actions grouped under an outcome without ref.
  ASSERT_EQ(area.outcomes.size(), 2u);
  EXPECT_EQ(area.outcomes[0].ref, "1.1");
  EXPECT_EQ(area.outcomes[1].ref, "");
  EXPECT_EQ(area.outcomes[1].actions.size(), 2u);

  const Action& a = area.outcomes[0].actions.at(0);
  EXPECT_EQ(a.ref, "1.1.1");
  EXPECT_EQ(a.start, (PlanDate{ymd(2019, 7, 1), true}));
  EXPECT_EQ(a.stated_rating, ProgressRating::NotOnTrack);
  EXPECT_EQ(a.workstream, "Performance Management");
  EXPECT_EQ(a.lead, "CCG Deputy Chief Officer");
  EXPECT_EQ(a.why.size(), 1u);
  EXPECT_EQ(a.impact.size(), 1u);
  EXPECT_EQ(a.evaluation.size(), 1u);
  ASSERT_EQ(a.milestones.size(), 2u);
  EXPECT_EQ(a.milestones[0].period, "3 months");
  EXPECT_EQ(a.milestones[0].due, (PlanDate{ymd(2019, 10, 1), false}));
  EXPECT_EQ(a.milestones[0].lead, "PS");
  EXPECT_FALSE(a.milestones[0].done);
  EXPECT_EQ(a.milestones[1].done, (PlanDate{ymd(2019, 11, 1), true}));
  ASSERT_EQ(a.updates.size(), 2u);
  EXPECT_EQ(a.updates[1].date, (PlanDate{ymd(2019, 11, 22), false}));
  EXPECT_EQ(rating_of(a, plan.as_at).rating, ProgressRating::NotOnTrack);
  EXPECT_TRUE(area.outcomes[1].actions[0].business_as_usual);
  EXPECT_EQ(rating_of(area.outcomes[1].actions[1], plan.as_at).rating, ProgressRating::OnTrack);
}

TEST(ActionPlanLoader, ColumnsDefaultToTheTracker) {
  const Loaded l = load(plan_with(kGoodAction));
  ASSERT_TRUE(l.doc) << all_messages(l.sink);
  const auto& plan = std::get<ActionPlan>(l.doc->sections[0].content.at(0));
  EXPECT_EQ(plan.columns.size(), default_plan_columns().size());
  EXPECT_EQ(plan.areas.at(0).outcomes.at(0).actions.at(0).milestones.at(0).due,
            (PlanDate{ymd(2020, 10, 1), true}));
}

TEST(ActionPlanLoader, UnknownElementsGetAHint) {
  const std::string xml = plan_with(
      "<action ref=\"1.1.1\"><doing><p>Do it.</p></doing><milestones due=\"2020-10\"/></action>");
  expect_one(xml, "<milestones", Severity::Error, "unknown element <milestones> in <action>",
             "did you mean <milestone>?");
}

TEST(ActionPlanLoader, BadDatesAreReportedAtTheAttribute) {
  const std::string xml = plan_with(
      "<action ref=\"1.1.1\"><doing><p>Do it.</p></doing><milestone due=\"2019-13\">X</milestone></action>");
  expect_one(xml, "due=\"2019-13\"", Severity::Error,
             "expected a date as YYYY-MM-DD or a month as YYYY-MM, found '2019-13'", "2019-10");
  const std::string as_at = plan_with(kGoodAction, "as-at=\"2019-11\"");
  expect_one(as_at, "as-at=", Severity::Error, "expected a date as YYYY-MM-DD, found '2019-11'");
}

TEST(ActionPlanLoader, AsAtIsRequired) {
  const std::string xml = plan_with(kGoodAction, "title=\"Plan\"");
  expect_one(xml, "<action-plan", Severity::Error, "missing attribute 'as-at' on <action-plan>");
}

TEST(ActionPlanLoader, RefsAreUniqueAcrossThePlan) {
  const std::string xml = plan_with(std::string(kGoodAction) + "\n" + kGoodAction);
  const Loaded l = load(xml);
  ASSERT_EQ(l.sink.all().size(), 1u) << all_messages(l.sink);
  const Diagnostic& d = l.sink.all().front();
  EXPECT_EQ(d.message, "a second ref '1.1.1'");
  EXPECT_EQ(d.where.line, 9u);
  EXPECT_EQ(d.where.column, 9u);  // at ref=
  EXPECT_EQ(d.hint, "the first is at line 8");
}

TEST(ActionPlanLoader, AnActionWithNothingToRateItByMustStateARating) {
  const std::string xml = plan_with("<action ref=\"1.6.1\"><doing><p>Campaign.</p></doing></action>");
  expect_one(xml, "<action ref", Severity::Error,
             "action 1.6.1 has nothing to derive its progress rating from", "rating=\"on-track\"");
  const Loaded stated = load(plan_with(
      "<action ref=\"1.6.1\" rating=\"on-track\"><doing><p>Campaign.</p></doing></action>"));
  EXPECT_TRUE(stated.doc) << all_messages(stated.sink);
  EXPECT_TRUE(stated.sink.all().empty()) << all_messages(stated.sink);
}

TEST(ActionPlanLoader, ARatingTheDataContradictIsAWarning) {
  const std::string xml = plan_with(
      "<action ref=\"2.2.1\" rating=\"on-track\"><doing><p>Agree it.</p></doing>"
      "<milestone due=\"2019-10-01\">Agreed</milestone></action>");
  expect_one(xml, "rating=", Severity::Warning,
             "action 2.2.1 is rated 'On track' but its milestones make it 'Not on track' "
             "(due 1 October 2019, not met) at 30 November 2019",
             "the derived rating is printed");
}

TEST(ActionPlanLoader, AMisspeltRatingGetsAHint) {
  const std::string xml = plan_with(
      "<action ref=\"1.1.1\" rating=\"on-trak\"><doing><p>Do it.</p></doing></action>");
  const Loaded l = load(xml);
  ASSERT_FALSE(l.doc);
  ASSERT_GE(l.sink.all().size(), 1u);
  const Diagnostic& d = l.sink.all().front();
  EXPECT_EQ(d.where.column, place_of(xml, "rating=").second);
  EXPECT_NE(d.message.find("found 'on-trak'"), std::string::npos) << d.message;
  EXPECT_EQ(d.hint, "did you mean 'on-track'?");
}

TEST(ActionPlanLoader, UnknownColumnContentGetsAHint) {
  const std::string xml = document_with(
      "<action-plan as-at=\"2019-11-30\"><columns><column content=\"progres\"/></columns>"
      "<area title=\"A\">" + std::string(kGoodAction) + "</area></action-plan>");
  expect_one(xml, "content=", Severity::Error,
             "expected outcome, ref, action, why, impact, workstream, lead, milestones, rating, "
             "progress or evaluation, found 'progres'",
             "did you mean 'progress'?");
}

TEST(ActionPlanLoader, MilestoneChecks) {
  const std::string risky = plan_with(
      "<action ref=\"1.1.1\"><doing><p>Do it.</p></doing>"
      "<milestone due=\"2019-10\" done=\"2019-10\" at-risk=\"yes\">X</milestone></action>");
  expect_one(risky, "at-risk=", Severity::Error, "a milestone that is done cannot be at risk");
  const std::string empty = plan_with(
      "<action ref=\"1.1.1\"><doing><p>Do it.</p></doing><milestone/></action>");
  expect_one(empty, "<milestone/>", Severity::Error, "empty <milestone>", "due=");
}

TEST(ActionPlanLoader, UpdatesAfterTheReportingDateAreReported) {
  const std::string xml = plan_with(
      "<action ref=\"1.1.1\"><doing><p>Do it.</p></doing><milestone due=\"2020-10\">X</milestone>"
      "<update date=\"2019-12-02\"><p>Later.</p></update></action>");
  expect_one(xml, "date=\"2019-12-02\"", Severity::Warning,
             "update dated after the plan's as-at date (30 November 2019) is not printed");
}

TEST(ActionPlanLoader, ActionNeedsDoingAndPartsOnce) {
  const std::string missing = plan_with("<action ref=\"1.1.1\"><milestone due=\"2020-10\">X</milestone></action>");
  expect_one(missing, "<action ref", Severity::Error, "missing <doing> in <action>");
  const std::string twice = plan_with(
      "<action ref=\"1.1.1\"><doing><p>A.</p></doing><lead>X</lead><lead>Y</lead>"
      "<milestone due=\"2020-10\">X</milestone></action>");
  expect_one(twice, "<lead>Y", Severity::Error, "duplicate <lead> in <action>: it may appear once",
             "the first <lead> is at line 8");
}

TEST(ActionPlanLoader, ReferenceSectionChecks) {
  const std::string glossary = document_with(
      "<glossary><term abbreviation=\"SEN\" in-full=\"a\"/>\n<term abbreviation=\"SEN\" in-full=\"b\"/></glossary>");
  expect_one(glossary, "abbreviation=\"SEN\" in-full=\"b\"", Severity::Error,
             "a second glossary entry 'SEN'", "the first is at line 6");
  const std::string keys = document_with("<postholders><postholder key=\"PS\"/></postholders>");
  expect_one(keys, "<postholder key", Severity::Error, "missing attribute 'role' on <postholder>");
  const std::string tree = document_with("<governance><grup name=\"Board\"/></governance>");
  expect_one(tree, "<grup", Severity::Error, "unknown element <grup> in <governance>", "did you mean <group>?");
  const std::string empty = document_with("<governance/>");
  expect_one(empty, "<governance/>", Severity::Error, "<governance> needs at least one <group>");
}

TEST(ActionPlanLoader, PlanBlocksLoadInAReportAppendix) {
  std::string xml = read(kData + "/minimal-report.xml");
  const std::string marker = "</appendices>";
  const std::size_t at = xml.find(marker);
  ASSERT_NE(at, std::string::npos);
  xml.insert(at, "<appendix letter=\"Z\" title=\"Tracker\" orientation=\"landscape\">"
                 "<action-plan as-at=\"2020-03-02\"><area title=\"Action 1\">" +
                     std::string(kGoodAction) +
                     "</area></action-plan><glossary><term abbreviation=\"KPI\" "
                     "in-full=\"Key performance indicator\"/></glossary></appendix>");
  DiagnosticSink sink;
  const auto r = load_report_text(xml, "report.xml", sink);
  ASSERT_TRUE(r) << all_messages(sink);
  const Appendix& z = r->appendices.back();
  ASSERT_EQ(z.content.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<ActionPlan>(z.content[0]));
  EXPECT_TRUE(std::holds_alternative<Glossary>(z.content[1]));
  // A plan element out of place is a known element, not a misspelling.
  std::string misplaced = read(kData + "/minimal-report.xml");
  misplaced.insert(misplaced.find("</summary>"), "<term abbreviation=\"A\" in-full=\"B\"/>");
  DiagnosticSink sink2;
  EXPECT_FALSE(load_report_text(misplaced, "report.xml", sink2));
  ASSERT_EQ(sink2.all().size(), 1u) << all_messages(sink2);
  EXPECT_EQ(sink2.all().front().message, "<term> is not allowed in <summary>");
}

}  // namespace
}  // namespace bp::load
