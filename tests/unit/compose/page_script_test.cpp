// The page script: value escaping, template checks with file:line, directive
// errors, and every house style in layouts/ expanding completely.

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "compose/page_script.h"
#include "compose/report_composer.h"
#include "compose/report_data.h"
#include "compose/report_slots.h"
#include "compose/script_interpreter.h"
#include "compose/template_expander.h"
#include "compose_fixture.h"

namespace bp::compose {
namespace {

using namespace testing;
namespace fs = std::filesystem;

// Composes with a scratch template and returns the first diagnostic thrown.
Diagnostic error_for(const std::string& tpl, const std::string& other_file = {},
                     const std::string& other_text = {}) {
  ScratchStyle scratch(tpl);
  if (!other_file.empty()) scratch.write(other_file, other_text);
  try {
    compose_report(sample_report(), scratch.style());
  } catch (const InputError& e) {
    return e.diagnostics().at(0);
  }
  ADD_FAILURE() << "no InputError for template:\n" << tpl;
  return {};
}

std::string file_name(const Diagnostic& d) { return fs::path(d.where.file).filename().string(); }

TEST(PageScript, ValuesAreFlattenedAndEscaped) {
  EXPECT_EQ(script_value("a|b\nc  d\\e{f"), "a\\|b c d\\\\e\\{f");
  std::string unknown;
  EXPECT_EQ(decode_text(script_value("a|b\nc {label:x}\\"), {}, unknown), "a|b c {label:x}\\");
  EXPECT_EQ(split_fields("one|t\\|wo| three ").size(), 3u);
  EXPECT_EQ(decode_text("The {label:x}.", {{"x", "Officer"}}, unknown), "The Officer.");
  EXPECT_FALSE(decode_text("The {label:y}.", {{"x", "Officer"}}, unknown).has_value());
  EXPECT_EQ(unknown, "y");
}

TEST(PageScript, SplitSkipsBlanksAndComments) {
  const auto lines = split_script("section portrait\n\n   # note\n  para  Hello there \npara");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].number, 4u);
  EXPECT_EQ(lines[1].directive, "para");
  EXPECT_EQ(lines[1].rest, "Hello there");
  EXPECT_EQ(lines[2].rest, "");
}

TEST(PageScript, UnclosedSectionNamesFileAndLine) {
  const Diagnostic d = error_for("section portrait\npara x\n{{#DRAFT}}\nwatermark DRAFT\n");
  EXPECT_EQ(file_name(d), "report.tpl");
  EXPECT_EQ(d.where.line, 3u);
  EXPECT_NE(d.message.find("never closed"), std::string::npos) << d.message;
}

TEST(PageScript, UnknownVariableNamesFileAndLine) {
  const Diagnostic d = error_for("section portrait\n\npara Members of the {{COMMITEE}}\n");
  EXPECT_EQ(file_name(d), "report.tpl");
  EXPECT_EQ(d.where.line, 3u);
  EXPECT_NE(d.message.find("COMMITEE"), std::string::npos);
}

TEST(PageScript, SectionVariableOutsideItsSectionIsUnknown) {
  const Diagnostic d = error_for("section portrait\npara {{LETTER}}\n");
  EXPECT_EQ(d.where.line, 2u);
  EXPECT_NE(d.hint.find("APPENDICES"), std::string::npos) << d.hint;
}

TEST(PageScript, InvertedSectionsAndAutoescapeAreRefused) {
  EXPECT_NE(error_for("{{^DRAFT}}para x{{/DRAFT}}\n").hint.find("NO_DRAFT"), std::string::npos);
  EXPECT_EQ(error_for("section portrait\n{{%AUTOESCAPE context=\"XML\"}}\n").where.line, 2u);
}

TEST(PageScript, UnknownDirectiveNamesTheTemplateLineAndSuggests) {
  const Diagnostic d = error_for("section portrait\nheading 1 Summary:\n  parra Hello\n");
  EXPECT_EQ(file_name(d), "report.tpl");
  EXPECT_EQ(d.where.line, 3u);
  EXPECT_NE(d.message.find("\"parra\""), std::string::npos);
  EXPECT_NE(d.hint.find("did you mean \"para\""), std::string::npos) << d.hint;
  EXPECT_NE(d.hint.find("expanded page script line 3"), std::string::npos) << d.hint;
}

TEST(PageScript, ErrorsInIncludedTemplatesNameTheIncludedFile) {
  const Diagnostic d = error_for("section portrait\n{{>EXTRA}}\n", "extra.tpl",
                                 "para fine\n{{#FINAL}}\nbogus {{SUBJECT}}\n{{/FINAL}}\n");
  EXPECT_EQ(file_name(d), "extra.tpl");
  EXPECT_EQ(d.where.line, 3u);
}

TEST(PageScript, UnknownSlotAndBadSlotArgument) {
  Diagnostic d = error_for("section portrait\npara x\nslot sumary\n");
  EXPECT_EQ(d.where.line, 3u);
  EXPECT_NE(d.message.find("unknown slot \"sumary\""), std::string::npos);
  EXPECT_NE(d.hint.find("did you mean \"summary\""), std::string::npos);
  d = error_for("section portrait\nslot core-purpose 9\n");
  EXPECT_EQ(d.where.line, 2u);
  EXPECT_NE(d.message.find("1 to 2"), std::string::npos) << d.message;
  d = error_for("section portrait\nslot appendix Z\n");
  EXPECT_NE(d.message.find("has A, B"), std::string::npos) << d.message;
}

TEST(PageScript, UnknownLabelNamesTheLineAndKnownLabels) {
  const Diagnostic d = error_for("section portrait\npara x\npara The {label:finance_oficer}.\n");
  EXPECT_EQ(d.where.line, 3u);
  EXPECT_NE(d.message.find("finance_oficer"), std::string::npos);
  EXPECT_NE(d.hint.find("finance_officer"), std::string::npos);
}

TEST(PageScript, MissingTemplateAndMissingInclude) {
  ScratchStyle scratch("section portrait\n");
  auto style = scratch.style();
  style.template_name = "nope.tpl";
  EXPECT_THROW(compose_report(sample_report(), style), InputError);
  const Diagnostic d = error_for("section portrait\n{{>NOT_THERE}}\n");
  EXPECT_EQ(file_name(d), "report.tpl");
  EXPECT_NE(d.message.find("not-there.tpl"), std::string::npos) << d.message;
}

TEST(PageScript, IncludeInsideASectionIsRefused) {
  const Diagnostic d = error_for("section portrait\n{{#DRAFT}}\n{{>FURNITURE}}\n{{/DRAFT}}\n");
  EXPECT_EQ(d.where.line, 3u);
}

TEST(PageScript, DirectiveArgumentsAreChecked) {
  EXPECT_EQ(error_for("section sideways\n").where.line, 1u);
  EXPECT_EQ(error_for("section portrait\npara a\nheading 7 Deep\n").where.line, 3u);
  EXPECT_EQ(error_for("section portrait\ntable 1*|wide\n").where.line, 2u);
  EXPECT_NE(error_for("section portrait\ntable 1*|1*\nrow a|b|c\n").message.find("3 cells"),
            std::string::npos);
  EXPECT_NE(error_for("section portrait\nrow a|b\n").message.find("outside a table"),
            std::string::npos);
  EXPECT_NE(error_for("section portrait\nbookmark 0\ntable 1*\nrow a\n").message.find("title"),
            std::string::npos);
  EXPECT_NE(error_for("section portrait\npara x\nbookmark 1 Dangling\n").message.find("bookmark"),
            std::string::npos);
  EXPECT_EQ(error_for("section portrait\npara x\nlead-in Dangling:\n").where.line, 3u);
}

TEST(PageScript, ScratchTemplateDirectivesBuildBlocks) {
  ScratchStyle scratch(
      "footer-right {{COUNCIL}}\nheader-left Agenda item\nspace 12pt\nlead-in Note:\n"
      "slot alternatives | Nothing | else\nbox Boxed text\n"
      "table 30mm|*|auto\nheader-row H1|H2|H3\nrow a|b\nsection landscape\nsubheading Sub\n");
  const doc::Document d = compose_report(sample_report(), scratch.style());
  EXPECT_EQ(d.furniture.footer_right, "Sefton Council");
  EXPECT_EQ(d.furniture.header_left, "Agenda item");
  ASSERT_EQ(d.sections.size(), 2u);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(std::get<doc::Spacer>(blocks[0]).height, 12);
  const auto& lead = std::get<doc::Paragraph>(blocks[1]);
  EXPECT_EQ(text_of(lead), "Note: Nothing|else");
  EXPECT_EQ(lead.runs.at(0).face, doc::FontFace::Bold);
  const auto& box = std::get<doc::Table>(blocks[2]);
  EXPECT_EQ(text_of(box.body_rows.at(0).cells.at(0)), "Boxed text");
  const auto& t = std::get<doc::Table>(blocks[3]);
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].kind, doc::ColumnKind::Fixed);
  EXPECT_NEAR(t.columns[0].value, mm(30), 1e-9);
  EXPECT_EQ(t.columns[1].kind, doc::ColumnKind::Relative);
  EXPECT_EQ(t.columns[2].kind, doc::ColumnKind::Auto);
  ASSERT_EQ(t.header_rows.size(), 1u);
  EXPECT_EQ(t.header_rows[0].cells[0].fill, scratch.style().shades.at("header"));
  EXPECT_EQ(t.body_rows.at(0).cells.at(1).colspan, 2);
  EXPECT_EQ(d.sections[1].page.orientation, Orientation::Landscape);
  const auto& sub = std::get<doc::Paragraph>(d.sections[1].blocks.at(0));
  EXPECT_TRUE(sub.style.keep_with_next);
}

TEST(PageScript, LabelRowWithoutLabelShadeIsAnInputError) {
  ScratchStyle scratch("section portrait\ntable 1*|1*\nlabel-row A:|b\n");
  auto style = scratch.style();
  style.shades.erase("label");
  try {
    compose_report(sample_report(), style);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().at(0).where.line, 3u);
    EXPECT_NE(e.diagnostics().at(0).hint.find("header"), std::string::npos);
  }
}

// Variants of the sample report that switch every template branch.
std::vector<model::Report> report_variants() {
  std::vector<model::Report> out;
  out.push_back(sample_report());
  auto draft = sample_report();
  draft.sign_off = model::SignOff{};
  draft.sign_off.version = "0.3";
  draft.front.exempt = true;
  draft.front.exempt_paragraph = 3;
  draft.front.key_decision = true;
  draft.implementation_date = model::Date(2020, 3, 20);
  out.push_back(draft);
  auto bare = sample_report();
  bare.core_purpose.clear();
  bare.appendices.clear();
  bare.body.clear();
  bare.background_papers.clear();
  bare.recommendations.clear();
  bare.summary.clear();
  bare.implementation_note = "Following the expiry of the call-in period";
  out.push_back(bare);
  return out;
}

TEST(PageScript, EveryHouseStyleInLayoutsExpandsAndUsesEveryTemplate) {
  const fs::path layouts = BOARDPACK_LAYOUTS;
  std::set<fs::path> all_templates;
  for (const auto& entry : fs::recursive_directory_iterator(layouts)) {
    // pack-*.tpl belong to agenda packs (checked in pack_composer_test.cpp),
    // document*.tpl to standalone documents (document_composer_test.cpp).
    const std::string file = entry.path().filename().string();
    const bool pack = file.rfind("pack-", 0) == 0 || file.rfind("document", 0) == 0;
    if (entry.path().extension() == ".tpl" && !pack) all_templates.insert(fs::canonical(entry.path()));
  }
  std::set<fs::path> used;
  int styles = 0;
  for (const auto& entry : fs::directory_iterator(layouts)) {
    if (!fs::exists(entry.path() / "report.tpl")) continue;
    ++styles;
    const std::string name = entry.path().filename().string();
    const auto style = house_style(name);
    EXPECT_TRUE(fs::exists(entry.path() / "style.xml")) << name;
    for (const auto& report : report_variants()) {
      const ExpandedTemplate script =
          expand_template({style.directory, layouts / "common"}, "report.tpl",
                          report_template_data(report), report_vocabulary());
      for (const auto& f : script.files) used.insert(fs::canonical(f.path));
      const doc::Document d = compose_report(report, style);
      ASSERT_FALSE(d.sections.empty()) << name;
      EXPECT_EQ(std::get<doc::Table>(d.sections[0].blocks.at(0)).columns.size(), 4u) << name;
      for (const char* heading :
           {"Summary:", "Recommendation(s):", "Alternative Options Considered and Rejected:",
            "(B) Capital Costs", "Equality Implications:",
            "Contribution to the Council's Core Purpose:", "(B) External Consultations",
            "Implementation Date for the Decision", "Appendices:", "Background Papers:"}) {
        EXPECT_NE(find_paragraph(d, heading), nullptr) << name << ": " << heading;
      }
      EXPECT_EQ(d.furniture.footer_center.rfind("Page {page}", 0), 0u) << name;
      // No script text leaks into the document.
      for (const auto* p : all_paragraphs(d)) {
        const std::string t = text_of(*p);
        EXPECT_EQ(t.find("{{"), std::string::npos) << name << ": " << t;
        EXPECT_EQ(t.find("{label:"), std::string::npos) << name << ": " << t;
      }
    }
  }
  EXPECT_EQ(styles, 2);
  for (const auto& t : all_templates) EXPECT_EQ(used.count(t), 1u) << "unused template " << t;
}

TEST(PageScript, ReadmeDocumentsEveryDirectiveAndSlot) {
  std::ifstream in(fs::path(BOARDPACK_LAYOUTS) / "README.md");
  ASSERT_TRUE(in) << "layouts/README.md is missing";
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string readme = ss.str();
  for (const auto& directive : script_directives()) {
    EXPECT_NE(readme.find("`" + directive), std::string::npos) << directive;
  }
  const auto report = sample_report();
  const auto style = house_style();
  for (const auto& slot : ReportSlots(report, style).names()) {
    EXPECT_NE(readme.find("`" + slot), std::string::npos) << slot;
  }
  for (const auto& [name, vars] : report_vocabulary().sections) {
    EXPECT_NE(readme.find(name), std::string::npos) << name;
  }
  for (const auto& name : report_vocabulary().variables) {
    EXPECT_NE(readme.find(name), std::string::npos) << name;
  }
}

}  // namespace
}  // namespace bp::compose
