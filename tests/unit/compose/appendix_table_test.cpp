// Printed appendices: their own page run in the appendix's orientation, a
// bookmarked heading, bookmarked subheadings kept with the table, and model
// tables converted cell by cell (columns, header rows, spans, shades, sizes).

#include <gtest/gtest.h>

#include "compose/flow_composer.h"
#include "compose/report_composer.h"
#include "compose_fixture.h"

namespace bp::compose {
namespace {

using namespace testing;

const doc::Section& appendix_section(const doc::Document& d) {
  EXPECT_EQ(d.sections.size(), 2u) << "front matter and body, then appendix A (B is unprinted)";
  return d.sections.back();
}

TEST(AppendixTable, PrintedAppendixStartsALandscapeSection) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  const doc::Section& s = appendix_section(d);
  EXPECT_EQ(s.page.orientation, Orientation::Landscape);
  EXPECT_NEAR(s.page.width, 841.89, 1e-3);
  EXPECT_NEAR(s.page.height, 595.276, 1e-3);
  EXPECT_NEAR(s.page.margin_top, mm(15), 1e-9);
  EXPECT_NEAR(s.page.margin_left, mm(15), 1e-9);

  ASSERT_GE(s.blocks.size(), 3u);
  const auto& heading = std::get<doc::Paragraph>(s.blocks[0]);
  EXPECT_EQ(text_of(heading), "Appendix A \u2013 Current KPI Performance");
  EXPECT_EQ(heading.role, doc::Role::Heading);
  EXPECT_EQ(heading.bookmark, "Appendix A \u2013 Current KPI Performance");
  EXPECT_EQ(heading.bookmark_level, 0);

  const auto& sub = std::get<doc::Paragraph>(s.blocks[1]);
  EXPECT_EQ(text_of(sub), "Actions 1.2: The Timeliness of new EHCPs");
  EXPECT_EQ(sub.bookmark, "Actions 1.2: The Timeliness of new EHCPs");
  EXPECT_EQ(sub.bookmark_level, 1);
  EXPECT_TRUE(sub.style.keep_with_next);
  EXPECT_TRUE(std::holds_alternative<doc::Table>(s.blocks[2]));
}

TEST(AppendixTable, TableKeepsColumnsHeaderRowsSpansAndShades) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  const auto& t = std::get<doc::Table>(appendix_section(d).blocks.at(2));
  ASSERT_EQ(t.columns.size(), 6u);
  EXPECT_EQ(t.columns[0].kind, doc::ColumnKind::Fixed);
  EXPECT_EQ(t.columns[0].value, 40);
  EXPECT_EQ(t.columns[1].kind, doc::ColumnKind::Relative);
  EXPECT_EQ(t.columns[1].value, 2);
  EXPECT_EQ(t.columns[2].kind, doc::ColumnKind::Auto);
  EXPECT_EQ(t.padding, style.cell_padding);
  EXPECT_EQ(t.border_color, style.rule_color);

  ASSERT_EQ(t.header_rows.size(), 2u);
  const auto& h0 = t.header_rows[0].cells;
  ASSERT_EQ(h0.size(), 5u);
  EXPECT_EQ(text_of(h0[0]), "KPI");
  EXPECT_EQ(h0[0].rowspan, 2);
  EXPECT_EQ(text_of(h0[3]), "Performance Target");
  EXPECT_EQ(h0[3].colspan, 2);
  EXPECT_EQ(h0[0].fill, style.shades.at("header"));
  EXPECT_EQ(h0[0].content.at(0).runs.at(0).face, doc::FontFace::Bold);
  EXPECT_EQ(text_of(t.header_rows[1].cells.at(1)), "Jan-20");

  ASSERT_EQ(t.body_rows.size(), 1u);
  const auto& row = t.body_rows[0].cells;
  ASSERT_EQ(row.size(), 6u);
  EXPECT_EQ(row[0].content.at(0).runs.at(0).face, doc::FontFace::Bold);  // bold="yes"
  EXPECT_EQ(row[1].content.at(0).runs.at(0).face, doc::FontFace::Regular);
  EXPECT_EQ(row[4].fill, style.shades.at("rating-green"));
  EXPECT_EQ(row[4].content.at(0).style.align, doc::Align::Center);
  EXPECT_EQ(row[1].content.at(0).style.size, 7);  // the table's own font size
  // A list inside a cell keeps its bullet and role, at the table size.
  ASSERT_EQ(row[5].content.size(), 2u);
  EXPECT_EQ(row[5].content[1].label, "\u2022");
  EXPECT_EQ(row[5].content[1].role, doc::Role::ListItem);
  EXPECT_EQ(row[5].content[1].style.size, 7);
  EXPECT_EQ(row[5].content.back().style.space_after, 0);
}

TEST(AppendixTable, DefaultSizeIsTheStylesTableSize) {
  const auto style = house_style();
  auto report = sample_report();
  std::get<model::Table>(report.appendices[0].content[1]).font_size.reset();
  const doc::Document d = compose_report(report, style);
  const auto& t = std::get<doc::Table>(appendix_section(d).blocks.at(2));
  EXPECT_EQ(t.body_rows[0].cells[1].content.at(0).style.size, style.table_size);
}

TEST(AppendixTable, UnknownShadeIsAnInputErrorListingKnownShades) {
  auto report = sample_report();
  auto& table = std::get<model::Table>(report.appendices[0].content[1]);
  table.body[0].cells[4].shade = "rating-purple";
  try {
    compose_report(report, house_style());
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    const Diagnostic& d = e.diagnostics().at(0);
    EXPECT_NE(d.message.find("\"rating-purple\""), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("appendix A"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("rating-green"), std::string::npos) << d.hint;
    EXPECT_NE(d.hint.find("header"), std::string::npos) << d.hint;
  }
}

TEST(AppendixTable, ShortRowsArePaddedAndWideRowsRejected) {
  const auto style = house_style();
  FlowComposer flows(style);
  model::Table t;
  t.columns.assign(3, model::ColumnSpec{model::ColumnWidthKind::Relative, 1});
  model::TableCell c;
  c.content.push_back(para("x"));
  t.body.push_back(model::TableRow{{c}});
  const doc::Table out = flows.compose_table(t, flows.appendix("A"));
  ASSERT_EQ(out.body_rows.at(0).cells.size(), 3u);

  t.body.push_back(model::TableRow{{c, c, c, c}});
  EXPECT_THROW(flows.compose_table(t, flows.appendix("A")), InputError);
}

TEST(AppendixTable, TableWithoutColumnSpecsGetsEqualShares) {
  const auto style = house_style();
  FlowComposer flows(style);
  model::Table t;
  model::TableCell c;
  c.content.push_back(para("x"));
  c.colspan = 2;
  t.body.push_back(model::TableRow{{c, c}});
  const doc::Table out = flows.compose_table(t, flows.appendix("A"));
  ASSERT_EQ(out.columns.size(), 4u);
  EXPECT_EQ(out.columns[3].kind, doc::ColumnKind::Relative);
}

TEST(AppendixTable, TableInsideACellIsRejected) {
  const auto style = house_style();
  FlowComposer flows(style);
  model::Table inner;
  model::TableCell c;
  c.content.push_back(para("x"));
  inner.body.push_back(model::TableRow{{c}});
  model::Table outer;
  model::TableCell holder;
  holder.content.push_back(inner);
  outer.body.push_back(model::TableRow{{holder}});
  EXPECT_THROW(flows.compose_table(outer, flows.appendix("A")), InputError);
}

TEST(AppendixTable, BodyTablesAreAllowed) {
  auto report = sample_report();
  auto table = std::get<model::Table>(report.appendices[0].content[1]);
  report.body[0].content.push_back(table);
  const doc::Document d = compose_report(report, house_style());
  int tables = 0;
  for (const auto& b : d.sections.at(0).blocks) tables += std::holds_alternative<doc::Table>(b);
  EXPECT_EQ(tables, 4);  // front sheet, contact officer, sign-off box, body table
}

}  // namespace
}  // namespace bp::compose

namespace bp::compose {
namespace {

// The texts of every cell of every row, for comparing two tables.
std::vector<std::string> cell_texts(const doc::Table& t) {
  std::vector<std::string> out;
  for (const auto* rows : {&t.header_rows, &t.body_rows}) {
    for (const doc::Row& r : *rows) {
      for (const doc::Cell& c : r.cells) out.push_back(text_of(c));
      out.emplace_back("|");
    }
  }
  return out;
}

TEST(AppendixTable, ConsumingComposeGivesTheSameTableAndEmptiesTheModel) {
  const auto style = house_style();
  const doc::Document kept = compose_report(sample_report(), style);
  model::Report report = sample_report();
  const doc::Document consumed = compose_report(std::move(report), style);

  const auto& a = std::get<doc::Table>(appendix_section(kept).blocks.at(2));
  const auto& b = std::get<doc::Table>(appendix_section(consumed).blocks.at(2));
  EXPECT_EQ(cell_texts(a), cell_texts(b));
  ASSERT_EQ(b.body_rows.size(), a.body_rows.size());
  EXPECT_EQ(b.body_rows[0].cells.at(4).fill, a.body_rows[0].cells.at(4).fill);
  EXPECT_EQ(b.columns.size(), a.columns.size());

  // The model's tables were released as they were composed.
  int tables = 0;
  for (const model::Appendix& ap : report.appendices) {  // NOLINT(bugprone-use-after-move)
    for (const model::Block& block : ap.content) {
      if (const auto* t = std::get_if<model::Table>(&block)) {
        ++tables;
        EXPECT_TRUE(t->body.empty());
      }
    }
  }
  EXPECT_GE(tables, 1);
}

}  // namespace
}  // namespace bp::compose
