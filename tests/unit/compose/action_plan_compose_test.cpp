// Action plans and reference sections in compose (compose/action_plan_composer.h):
// the RAG RATING KEY names every rating in words on its shade, the summary
// counts actions by rating per area, the tracker prints derived ratings, the
// glossary and the key to postholders are sorted, the governance structure is
// a tree diagram, and none of them may sit in a table cell.

#include <gtest/gtest.h>

#include "compose/action_plan_composer.h"
#include "compose/flow_composer.h"
#include "compose_fixture.h"
#include "load/style_loader.h"

namespace bp::compose {
namespace {

using namespace testing;
using model::ProgressRating;

model::Date ymd(int y, int m, int d) {
  return model::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                     static_cast<unsigned short>(d));
}

model::HouseStyle real_style(const std::string& name = "health-and-wellbeing-board") {
  DiagnosticSink sink;
  auto style = load::load_house_style(BOARDPACK_LAYOUTS, name, sink);
  EXPECT_TRUE(style.has_value());
  return style.value_or(model::HouseStyle{});
}

model::Action action(const std::string& ref, std::vector<model::Milestone> milestones, bool bau = false) {
  model::Action a;
  a.ref = ref;
  a.doing = {para("Do " + ref + ".")};
  a.milestones = std::move(milestones);
  a.business_as_usual = bau;
  return a;
}

model::Milestone milestone(const std::string& due, const std::string& done = "") {
  model::Milestone m;
  m.period = "3 months";
  m.due = model::parse_plan_date(due);
  if (!done.empty()) m.done = model::parse_plan_date(done);
  m.text = text("Agreed");
  return m;
}

// Area 1: BAU, overdue (not on track), completed; area 2: on track, on track.
model::ActionPlan sample_plan() {
  model::ActionPlan plan;
  plan.as_at = ymd(2019, 11, 30);
  model::ActionArea one{"Action 1", text("To improve progress."), {}};
  one.outcomes.push_back(model::Outcome{
      "1.1", text("Children achieve."),
      {action("1.1.1", {}, true), action("1.1.2", {milestone("2019-10-01")})}});
  one.outcomes.push_back(
      model::Outcome{"1.2", text("Plans on time."), {action("1.2.1", {milestone("2019-09", "2019-09")})}});
  model::ActionArea two{"Action 2", {}, {}};
  two.outcomes.push_back(model::Outcome{
      "", {}, {action("2.1.1", {milestone("2020-10")}), action("2.1.2", {milestone("2020-12")})}});
  plan.areas = {one, two};
  plan.columns = model::default_plan_columns();
  return plan;
}

std::vector<doc::Block> compose_blocks(const model::Flow& flow, const model::HouseStyle& style,
                                       FlowKind kind = FlowKind::Appendix) {
  FlowComposer flows(style);
  FlowContext ctx = kind == FlowKind::Appendix ? flows.appendix("A") : flows.front("section");
  std::vector<doc::Block> out;
  flows.compose(flow, ctx, out);
  return out;
}

std::vector<const doc::Table*> tables_of(const std::vector<doc::Block>& blocks) {
  std::vector<const doc::Table*> out;
  for (const auto& b : blocks)
    if (const auto* t = std::get_if<doc::Table>(&b)) out.push_back(t);
  return out;
}

std::vector<std::string> paragraph_texts(const std::vector<doc::Block>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks)
    if (const auto* p = std::get_if<doc::Paragraph>(&b)) out.push_back(text_of(*p));
  return out;
}

TEST(ActionPlanCompose, KeyNamesEveryRatingInWordsOnItsShade) {
  const model::HouseStyle style = real_style();
  const auto blocks = compose_blocks({sample_plan()}, style);
  const auto texts = paragraph_texts(blocks);
  ASSERT_NE(std::find(texts.begin(), texts.end(), "RAG RATING KEY"), texts.end());
  const auto tables = tables_of(blocks);
  ASSERT_EQ(tables.size(), 4u);  // summary, key, one tracker per area
  const doc::Table& key = *tables[1];
  ASSERT_EQ(key.body_rows.size(), 5u);
  std::size_t i = 0;
  for (ProgressRating r : model::all_progress_ratings()) {
    const doc::Row& row = key.body_rows[i++];
    ASSERT_EQ(row.cells.size(), 2u);
    EXPECT_EQ(text_of(row.cells[0]), model::rating_label(r));  // the word, not only the colour
    ASSERT_TRUE(row.cells[0].fill);
    EXPECT_EQ(*row.cells[0].fill, style.shades.at(model::rating_shade(r)));
    EXPECT_EQ(text_of(row.cells[1]), model::rating_description(r));
  }
  EXPECT_EQ(text_of(key.body_rows[2].cells[1]), "Action not on track, risk to implementation");
}

TEST(ActionPlanCompose, SummaryCountsActionsByRatingPerArea) {
  const model::Table t = action_summary_table(sample_plan());
  ASSERT_EQ(t.header.size(), 1u);
  ASSERT_EQ(t.header[0].cells.size(), 7u);
  EXPECT_EQ(plain_text(std::get<model::Paragraph>(t.header[0].cells[3].content.at(0)).text), "Not on track");
  EXPECT_EQ(t.header[0].cells[3].shade, "progress-not-on-track");
  ASSERT_EQ(t.body.size(), 3u);  // two areas and the total
  const auto row_text = [&](std::size_t r) {
    std::vector<std::string> out;
    for (const auto& c : t.body[r].cells)
      out.push_back(c.content.empty() ? "" : plain_text(std::get<model::Paragraph>(c.content[0]).text));
    return out;
  };
  //            area         completed on track  not on track  not started  BAU  total
  EXPECT_EQ(row_text(0), (std::vector<std::string>{"Action 1", "1", "0", "1", "0", "1", "3"}));
  EXPECT_EQ(row_text(1), (std::vector<std::string>{"Action 2", "0", "2", "0", "0", "0", "2"}));
  EXPECT_EQ(row_text(2), (std::vector<std::string>{"All areas", "1", "2", "1", "0", "1", "5"}));
  EXPECT_TRUE(t.body[2].cells[0].content.empty() ? false
                                                 : std::get<model::Paragraph>(t.body[2].cells[0].content[0]).text[0].bold);
}

TEST(ActionPlanCompose, TrackerPrintsDerivedRatingsAndTheOutcomeOnce) {
  const model::HouseStyle style = real_style();
  const auto blocks = compose_blocks({sample_plan()}, style);
  const auto tables = tables_of(blocks);
  const doc::Table& area1 = *tables[2];
  ASSERT_EQ(area1.header_rows.size(), 1u);
  ASSERT_EQ(area1.header_rows[0].cells.size(), 7u);
  EXPECT_EQ(text_of(area1.header_rows[0].cells[6]), "Progress and impact \u2013 November 2019");
  ASSERT_EQ(area1.body_rows.size(), 3u);
  EXPECT_EQ(text_of(area1.body_rows[0].cells[0]), "1.1 Children achieve.");
  EXPECT_EQ(text_of(area1.body_rows[1].cells[0]), "1.1 (continued)");
  EXPECT_EQ(text_of(area1.body_rows[0].cells[5]), "Business as usual");
  EXPECT_EQ(text_of(area1.body_rows[1].cells[5]), "Not on track\ndue 1 October 2019, not met");
  EXPECT_EQ(*area1.body_rows[1].cells[5].fill, style.shades.at("progress-not-on-track"));
  EXPECT_EQ(text_of(area1.body_rows[2].cells[5]), "Completed");
  EXPECT_EQ(text_of(area1.body_rows[1].cells[4]), "3 months, by 1 October 2019: Agreed");
  EXPECT_EQ(text_of(area1.body_rows[2].cells[4]),
            "3 months, by September 2019: Agreed \u2013 met September 2019");
}

TEST(ActionPlanCompose, ChosenColumnsAndNumberedKeyTasks) {
  model::ActionPlan plan = sample_plan();
  plan.columns = {model::PlanColumn{model::PlanColumnContent::Ref, "Ref.", 1},
                  model::PlanColumn{model::PlanColumnContent::Milestones, "Key tasks", 3},
                  model::PlanColumn{model::PlanColumnContent::Rating, "", 0}};
  plan.number_milestones = true;
  plan.show_summary = false;
  plan.show_key = false;
  plan.areas[1].outcomes[0].actions[0].milestones.push_back(milestone("2021-01"));
  plan.areas[1].outcomes[0].actions[0].milestones.back().lead = "MB/GC";
  const model::Table t = tracker_table(plan, plan.areas[1]);
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_DOUBLE_EQ(t.columns[1].value, 3);
  EXPECT_DOUBLE_EQ(t.columns[2].value, model::default_column_share(model::PlanColumnContent::Rating));
  const auto& cell = t.body[0].cells[1];
  ASSERT_EQ(cell.content.size(), 2u);
  EXPECT_EQ(plain_text(std::get<model::Paragraph>(cell.content[1]).text),
            "2. 3 months, by January 2021: Agreed (lead: MB/GC)");
  const auto blocks = compose_blocks({plan}, real_style());
  EXPECT_EQ(tables_of(blocks).size(), 2u);  // no summary, no key
}

TEST(ActionPlanCompose, AreaHeadingsAreBookmarked) {
  const auto blocks = compose_blocks({sample_plan()}, real_style());
  int headings = 0;
  for (const auto& b : blocks) {
    const auto* p = std::get_if<doc::Paragraph>(&b);
    if (p == nullptr || p->role != doc::Role::Heading) continue;
    ++headings;
    EXPECT_EQ(p->bookmark, text_of(*p));
    EXPECT_EQ(p->bookmark_level, 1);
  }
  EXPECT_EQ(headings, 2);
}

TEST(ReferenceCompose, GlossarySortedIgnoringCase) {
  model::Glossary g;
  g.entries = {{"SEND", "Special Educational Needs and Disabilities", {}},
               {"NDTi", "National Development Team for Inclusion", {}},
               {"CCG", "Clinical Commissioning Group", text("GP practices.")},
               {"NE12", "North East SEND peer network", {}}};
  const model::Table t = glossary_table(g);
  ASSERT_EQ(t.columns.size(), 2u);
  std::vector<std::string> terms;
  for (const auto& row : t.body) terms.push_back(plain_text(std::get<model::Paragraph>(row.cells[0].content[0]).text));
  EXPECT_EQ(terms, (std::vector<std::string>{"CCG", "NDTi", "NE12", "SEND"}));
  ASSERT_EQ(t.body[0].cells[1].content.size(), 2u);  // in full, then the definition
  EXPECT_EQ(plain_text(std::get<model::Paragraph>(t.body[0].cells[1].content[1]).text), "GP practices.");
}

TEST(ReferenceCompose, PostholdersSortedByKey) {
  model::PostholderKey key;
  key.entries = {{"PS", "Strategic Manager, SEND and Inclusion"}, {"AA", "Commissioning Manager"},
                 {"GO'N", "Consultant in Public Health"}};
  const model::Table t = postholder_table(key);
  ASSERT_EQ(t.body.size(), 3u);
  EXPECT_EQ(plain_text(std::get<model::Paragraph>(t.body[0].cells[0].content[0]).text), "AA");
  EXPECT_EQ(plain_text(std::get<model::Paragraph>(t.body[1].cells[0].content[0]).text), "GO'N");
  EXPECT_EQ(plain_text(std::get<model::Paragraph>(t.body[2].cells[1].content[0]).text),
            "Strategic Manager, SEND and Inclusion");
}

TEST(ReferenceCompose, GovernanceIsATreeDiagramWithAlternativeText) {
  model::GovernanceStructure s;
  model::GovernanceGroup board{"Health and Wellbeing Board", "Portfolio Holder", "", {}};
  model::GovernanceGroup icb{"Integrated Care Board", "", "", {}};
  icb.children.push_back({"SEND Group", "Director of Nursing", "", {}});
  icb.children.push_back({"Access to services", "", "implements the WSoA", {}});
  board.children.push_back(icb);
  s.roots.push_back(board);
  const doc::Figure f = governance_figure(s, real_style());
  const auto& tree = std::get<doc::TreeDiagram>(f.content);
  ASSERT_EQ(tree.nodes.size(), 4u);
  EXPECT_EQ(tree.nodes[0].title, "Health and Wellbeing Board");
  EXPECT_EQ(tree.nodes[0].detail, "Chair: Portfolio Holder");
  EXPECT_EQ(tree.nodes[0].parent, -1);
  EXPECT_EQ(tree.nodes[1].parent, 0);
  EXPECT_EQ(tree.nodes[2].parent, 1);
  EXPECT_EQ(tree.nodes[3].parent, 1);
  EXPECT_EQ(tree.nodes[3].detail, "implements the WSoA");
  EXPECT_NE(f.alt.find("SEND Group (chair: Director of Nursing), reporting to Integrated Care Board."),
            std::string::npos)
      << f.alt;
  const auto blocks = compose_blocks({s}, real_style(), FlowKind::Front);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<doc::Figure>(blocks[0]));
}

TEST(ActionPlanCompose, NotInsideATableCell) {
  model::Table t;
  model::TableRow row;
  model::TableCell cell;
  cell.content.push_back(model::Glossary{{{"A", "B", {}}}});
  row.cells.push_back(cell);
  t.body.push_back(row);
  try {
    compose_blocks({t}, real_style());
    FAIL() << "a glossary in a cell was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().front().message,
              "appendix A, table 1, row 1: a glossary cannot be placed inside a table cell");
  }
}

TEST(ActionPlanCompose, AStyleWithoutTheRatingShadesIsTold) {
  model::HouseStyle style = real_style();
  style.shades.erase("progress-on-track");
  try {
    compose_blocks({sample_plan()}, style);
    FAIL() << "missing shade accepted";
  } catch (const InputError& e) {
    EXPECT_NE(e.diagnostics().front().message.find("unknown shade \"progress-on-track\""), std::string::npos);
    EXPECT_NE(e.diagnostics().front().hint.find("progress-completed"), std::string::npos);
  }
}

}  // namespace
}  // namespace bp::compose
