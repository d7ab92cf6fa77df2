// compose_pack: the letter's wording and links, the items' sections, furniture
// and bookmarks, the exempt notice, the metadata (a meeting built in code on
// the Sefton O&S supplementary pack of 12 November 2019).

#include "compose/pack_composer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "compose/pack_data.h"
#include "compose/pack_slots.h"
#include "compose/report_composer.h"
#include "compose_fixture.h"

namespace bp::compose {
namespace {

using namespace bp::compose::testing;

model::AgendaItem report_item(const std::string& number, const std::string& title) {
  model::AgendaItem i;
  i.number = number;
  i.title = title;
  i.kind = model::AgendaItemKind::Report;
  i.report_file = "/nonexistent/" + number + ".xml";
  i.author = "Report of the Interim Director of Children's Social Care and Education.";
  i.supplementary = true;
  return i;
}

model::Meeting sefton_meeting() {
  model::Meeting m;
  m.style = "overview-and-scrutiny";
  m.council = "Sefton Council";
  m.committee = "Overview and Scrutiny Committee (Children's Services and Safeguarding)";
  m.date = model::Date(2019, 11, 12);
  m.time = "18:30";
  m.venue = "Committee Room, Town Hall, Bootle";
  m.address = {"Town Hall", "Trinity Road", "Bootle", "L20 7AE"};
  m.contact = {"Democratic Services Officer", "0151 934 2254", "democratic.services@example.gov.uk"};
  m.published = model::Date(2019, 11, 8);
  m.created = model::Date(2019, 11, 8);
  m.items.push_back(report_item("7", "SEND Continuous Improvement"));
  m.items.push_back(report_item("8", "Children and Young People's Plan"));
  model::AgendaItem withdrawn;
  withdrawn.number = "9";
  withdrawn.title = "JTAI Outcome";
  withdrawn.kind = model::AgendaItemKind::Withdrawn;
  withdrawn.note = "Withdrawn by the Chair.";
  m.items.push_back(withdrawn);
  return m;
}

model::HouseStyle os_style() { return house_style("overview-and-scrutiny"); }

doc::Document composed_report(const std::string& subject, bool draft = false) {
  model::Report r = sample_report();
  r.style = "overview-and-scrutiny";
  r.front.subject = subject;
  if (draft) {
    r.sign_off.state = model::SignOffState::Draft;
    r.sign_off.version = "0.3";
  }
  return compose_report(r, os_style());
}

PackSettings supplementary_public() { return PackSettings{Edition::Public, true}; }

struct Fixture {
  model::Meeting meeting = sefton_meeting();
  model::HouseStyle style = os_style();
  doc::Document send = composed_report("SEND Continuous Improvement Plan Update");
  doc::Document plan = composed_report("Children and Young People's Plan 2020");

  std::vector<PackItemInput> inputs(std::optional<PageRange> a = PageRange{3, 32},
                                    std::optional<PageRange> b = PageRange{33, 72}) const {
    return {PackItemInput{&send, a}, PackItemInput{&plan, b}, PackItemInput{}};
  }
};

std::vector<const doc::Paragraph*> letter_paragraphs(const PackDocument& p) {
  std::vector<const doc::Paragraph*> out;
  for (std::size_t i = 0; i < p.letter_sections; ++i) {
    auto ps = section_paragraphs(p.document.sections[i]);
    out.insert(out.end(), ps.begin(), ps.end());
  }
  return out;
}

const doc::Paragraph* letter_line(const PackDocument& p, const std::string& text) {
  for (const doc::Paragraph* para : letter_paragraphs(p)) {
    if (text_of(*para) == text) return para;
  }
  return nullptr;
}

std::vector<std::string> letter_texts(const PackDocument& p) {
  std::vector<std::string> out;
  for (const doc::Paragraph* para : letter_paragraphs(p)) out.push_back(text_of(*para));
  return out;
}

TEST(PackComposer, ItemShownFollowsEditionAndPack) {
  model::AgendaItem report = report_item("1", "A");
  report.supplementary = false;
  EXPECT_EQ(item_shown(report, Edition::Public, false), ItemShown::Report);
  EXPECT_EQ(item_shown(report, Edition::Public, true), ItemShown::Omitted);
  model::AgendaItem late = report_item("2", "B");
  EXPECT_EQ(item_shown(late, Edition::Public, false), ItemShown::ToFollow);
  EXPECT_EQ(item_shown(late, Edition::Public, true), ItemShown::Report);
  model::AgendaItem exempt = report;
  exempt.exempt = true;
  exempt.exempt_paragraph = 3;
  EXPECT_EQ(item_shown(exempt, Edition::Public, false), ItemShown::Notice);
  EXPECT_EQ(item_shown(exempt, Edition::Private, false), ItemShown::Report);
  model::AgendaItem verbal = report;
  verbal.kind = model::AgendaItemKind::Verbal;
  EXPECT_EQ(item_shown(verbal, Edition::Public, false), ItemShown::Verbal);
  EXPECT_EQ(item_shown(verbal, Edition::Public, true), ItemShown::Omitted);
  model::AgendaItem withdrawn = report;
  withdrawn.kind = model::AgendaItemKind::Withdrawn;
  EXPECT_EQ(item_shown(withdrawn, Edition::Public, true), ItemShown::Withdrawn);
  EXPECT_EQ(item_shown(withdrawn, Edition::Private, false), ItemShown::Withdrawn);
  EXPECT_TRUE(has_pages(ItemShown::Report));
  EXPECT_TRUE(has_pages(ItemShown::Notice));
  EXPECT_FALSE(has_pages(ItemShown::ToFollow));
}

TEST(PackComposer, SupplementaryLetterWording) {
  Fixture f;
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), f.style, f.inputs());
  ASSERT_GE(p.letter_sections, 1u);
  const std::vector<std::string> texts = letter_texts(p);
  const std::vector<std::string> expected = {
      "Public Document Pack",
      "Town Hall",
      "Trinity Road",
      "Bootle",
      "L20 7AE",
      "To: The Chair and Members of the Overview and Scrutiny Committee (Children's Services and "
      "Safeguarding)",
      "Date: 8 November 2019",
      "Contact: Democratic Services Officer",
      "Contact Number: 0151 934 2254",
      "e-mail: democratic.services@example.gov.uk",
      "Dear Councillor",
      "OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES AND SAFEGUARDING) - TUESDAY 12 NOVEMBER 2019",
      "I refer to the agenda for the above meeting and now enclose the following reports which were "
      "unavailable when the agenda was published.",
      "Agenda No. / Item",
      "SEND Continuous Improvement (Pages 3 - 32)",
      "Report of the Interim Director of Children's Social Care and Education.",
      "Children and Young People's Plan (Pages 33 - 72)",
      "Report of the Interim Director of Children's Social Care and Education.",
      "I would add that Item No. 9, the JTAI Outcome, has now been withdrawn from the agenda.",
      "Yours faithfully,",
      "Democratic Services"};
  EXPECT_EQ(texts, expected);

  const doc::Paragraph* mark = letter_line(p, "Public Document Pack");
  ASSERT_NE(mark, nullptr);
  EXPECT_EQ(mark->style.align, doc::Align::Right);
  EXPECT_EQ(mark->runs.front().face, doc::FontFace::Bold);
  EXPECT_EQ(letter_line(p, "Town Hall")->style.align, doc::Align::Right);

  const doc::Paragraph* email = letter_line(p, "e-mail: democratic.services@example.gov.uk");
  ASSERT_NE(email, nullptr);
  bool mailto = false;
  for (const doc::TextRun& r : email->runs) {
    mailto = mailto || (r.link == "mailto:democratic.services@example.gov.uk" &&
                        r.text == "democratic.services@example.gov.uk");
  }
  EXPECT_TRUE(mailto);
}

TEST(PackComposer, AgendaLinesHangTheNumberAndLinkToTheFirstPage) {
  Fixture f;
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), f.style, f.inputs());
  const doc::Paragraph* seven = letter_line(p, "SEND Continuous Improvement (Pages 3 - 32)");
  ASSERT_NE(seven, nullptr);
  EXPECT_EQ(seven->label, "7.");
  EXPECT_DOUBLE_EQ(seven->label_width, f.style.number_indent);
  for (const doc::TextRun& r : seven->runs) EXPECT_EQ(r.link, "#page=3") << r.text;
  const doc::Paragraph* eight = letter_line(p, "Children and Young People's Plan (Pages 33 - 72)");
  ASSERT_NE(eight, nullptr);
  EXPECT_EQ(eight->label, "8.");
  for (const doc::TextRun& r : eight->runs) EXPECT_EQ(r.link, "#page=33");
  const doc::Paragraph* author = next_paragraph(p.document, seven);
  ASSERT_NE(author, nullptr);
  EXPECT_DOUBLE_EQ(author->style.left_indent, f.style.number_indent);
  EXPECT_TRUE(author->label.empty());
}

TEST(PackComposer, UnknownRangesPrintGuessesOfTheSameShape) {
  Fixture f;
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), f.style, f.inputs(std::nullopt, std::nullopt));
  const std::vector<std::string> texts = letter_texts(p);
  int lines = 0;
  for (const std::string& t : texts) {
    if (t.rfind("SEND Continuous Improvement (Pages ", 0) == 0 ||
        t.rfind("Children and Young People's Plan (Pages ", 0) == 0) {
      ++lines;
      EXPECT_NE(t.find(" - "), std::string::npos) << t;
    }
  }
  EXPECT_EQ(lines, 2);
  // The guesses are linked too, and the second item starts after the first.
  const doc::Paragraph* seven = nullptr;
  for (const doc::Paragraph* para : letter_paragraphs(p)) {
    if (para->label == "7.") seven = para;
  }
  ASSERT_NE(seven, nullptr);
  EXPECT_EQ(seven->runs.front().link.rfind("#page=", 0), 0u);
}

TEST(PackComposer, ItemsFollowTheLetterWithTheirFurniture) {
  Fixture f;
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), f.style, f.inputs());
  ASSERT_EQ(p.items.size(), 3u);
  EXPECT_EQ(p.items[0].first, p.letter_sections);
  EXPECT_EQ(p.items[0].count, f.send.sections.size());
  EXPECT_EQ(p.items[1].first, p.items[0].first + p.items[0].count);
  EXPECT_EQ(p.items[1].count, f.plan.sections.size());
  EXPECT_EQ(p.items[2].count, 0u);
  EXPECT_EQ(p.document.sections.size(), p.letter_sections + f.send.sections.size() + f.plan.sections.size());

  for (std::size_t i = 0; i < p.letter_sections; ++i) {
    const doc::Section& s = p.document.sections[i];
    ASSERT_TRUE(s.furniture.has_value());
    EXPECT_TRUE(s.furniture->footer_center.empty());
    EXPECT_TRUE(s.furniture->header_right.empty());
  }
  for (std::size_t k = 0; k < 2; ++k) {
    for (std::size_t i = p.items[k].first; i < p.items[k].first + p.items[k].count; ++i) {
      const doc::Section& s = p.document.sections[i];
      ASSERT_TRUE(s.furniture.has_value());
      EXPECT_EQ(s.furniture->footer_center, "Page {page}");
      EXPECT_EQ(s.furniture->header_right, k == 0 ? "Agenda Item 7" : "Agenda Item 8");
      EXPECT_EQ(s.furniture->footer_left, "Sefton Council");  // the report's own footer stays
      EXPECT_TRUE(s.furniture->header_left.empty());
      EXPECT_TRUE(s.furniture->watermark.empty());
    }
  }
  // The report's content is there unchanged.
  EXPECT_NE(find_paragraph(p.document, "The report updates the Board on actions taken and progress made."),
            nullptr);
}

TEST(PackComposer, DraftReportKeepsItsWatermarkButNotItsPageCount) {
  Fixture f;
  f.send = composed_report("SEND Continuous Improvement Plan Update", true);
  ASSERT_EQ(f.send.furniture.watermark, "DRAFT");
  const PackDocument p = compose_pack(f.meeting, PackSettings{Edition::Private, true}, f.style, f.inputs());
  const doc::Section& first = p.document.sections[p.items[0].first];
  EXPECT_EQ(first.furniture->watermark, "DRAFT");
  EXPECT_EQ(first.furniture->footer_center, "Page {page}");
  EXPECT_EQ(first.furniture->footer_left, "Draft version 0.3");
  EXPECT_TRUE(p.document.sections[p.items[1].first].furniture->watermark.empty());
}

TEST(PackComposer, BookmarksPerItemWithTheReportsNestedBelow) {
  Fixture f;
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), f.style, f.inputs());
  const doc::Section& seven = p.document.sections[p.items[0].first];
  EXPECT_EQ(seven.bookmark, "7. SEND Continuous Improvement");
  EXPECT_EQ(seven.bookmark_level, 0);
  EXPECT_EQ(p.document.sections[p.items[1].first].bookmark, "8. Children and Young People's Plan");
  // Every bookmark of the report is one level deeper than in the report alone.
  std::vector<std::pair<std::string, int>> alone, in_pack;
  const auto collect_marks = [](const doc::Section& s, std::vector<std::pair<std::string, int>>& out) {
    for (const doc::Block& b : s.blocks) {
      if (const auto* para = std::get_if<doc::Paragraph>(&b); para && !para->bookmark.empty()) {
        out.emplace_back(para->bookmark, para->bookmark_level);
      }
      if (const auto* t = std::get_if<doc::Table>(&b); t && !t->bookmark.empty()) {
        out.emplace_back(t->bookmark, t->bookmark_level);
      }
    }
  };
  for (const doc::Section& s : f.send.sections) collect_marks(s, alone);
  for (std::size_t i = p.items[0].first; i < p.items[0].first + p.items[0].count; ++i) {
    collect_marks(p.document.sections[i], in_pack);
  }
  ASSERT_GE(alone.size(), 3u);  // front sheet, body sections, appendix
  ASSERT_EQ(in_pack.size(), alone.size());
  for (std::size_t i = 0; i < alone.size(); ++i) {
    EXPECT_EQ(in_pack[i].first, alone[i].first);
    EXPECT_EQ(in_pack[i].second, alone[i].second + 1) << alone[i].first;
  }
  EXPECT_EQ(alone.front().first, "SEND Continuous Improvement Plan Update");
  EXPECT_EQ(alone.front().second, 0);
}

model::Meeting exempt_meeting() {
  model::Meeting m = sefton_meeting();
  for (model::AgendaItem& i : m.items) i.supplementary = false;
  m.items[1].title = "Contract Award";
  m.items[1].exempt = true;
  m.items[1].exempt_paragraph = 3;
  return m;
}

TEST(PackComposer, PublicEditionReplacesAnExemptReportWithANoticePage) {
  Fixture f;
  f.meeting = exempt_meeting();
  const std::vector<PackItemInput> inputs = {PackItemInput{&f.send, PageRange{3, 30}},
                                             PackItemInput{nullptr, PageRange{31, 31}}, PackItemInput{}};
  const PackDocument p = compose_pack(f.meeting, PackSettings{Edition::Public, false}, f.style, inputs);
  EXPECT_NE(letter_line(p, "Contract Award (Page 31)"), nullptr);
  EXPECT_NE(letter_line(p, "The report is not for publication by virtue of paragraph 3 of Part 1 of "
                           "Schedule 12A to the Local Government Act 1972."),
            nullptr);
  ASSERT_EQ(p.items[1].count, 1u);
  const doc::Section& notice = p.document.sections[p.items[1].first];
  std::vector<std::string> texts;
  for (const doc::Paragraph* para : section_paragraphs(notice)) texts.push_back(text_of(*para));
  ASSERT_GE(texts.size(), 3u);
  EXPECT_EQ(texts[0], "Agenda Item 8");
  EXPECT_EQ(texts[1], "Contract Award");
  EXPECT_EQ(texts[2], "This report is not for publication by virtue of paragraph 3 of Part 1 of "
                      "Schedule 12A to the Local Government Act 1972.");
  EXPECT_EQ(notice.bookmark, "8. Contract Award");
  EXPECT_EQ(notice.furniture->header_right, "Agenda Item 8");
  EXPECT_EQ(notice.furniture->footer_center, "Page {page}");
  EXPECT_TRUE(notice.furniture->header_left.empty());
  // The public pack refuses an exempt report handed to it.
  const std::vector<PackItemInput> leaking = {PackItemInput{&f.send, {}}, PackItemInput{&f.plan, {}},
                                              PackItemInput{}};
  EXPECT_THROW(compose_pack(f.meeting, PackSettings{Edition::Public, false}, f.style, leaking),
               std::invalid_argument);
}

TEST(PackComposer, PrivateEditionMarksEveryPageOfAnExemptReport) {
  Fixture f;
  f.meeting = exempt_meeting();
  const PackDocument p = compose_pack(f.meeting, PackSettings{Edition::Private, false}, f.style, f.inputs());
  ASSERT_EQ(p.items[1].count, f.plan.sections.size());
  for (std::size_t i = p.items[1].first; i < p.items[1].first + p.items[1].count; ++i) {
    EXPECT_EQ(p.document.sections[i].furniture->header_left,
              "NOT FOR PUBLICATION – paragraph 3 of Part 1 of Schedule 12A");
    EXPECT_EQ(p.document.sections[i].furniture->header_right, "Agenda Item 8");
  }
  for (std::size_t i = p.items[0].first; i < p.items[0].first + p.items[0].count; ++i) {
    EXPECT_TRUE(p.document.sections[i].furniture->header_left.empty());
  }
  EXPECT_NE(letter_line(p, "Private Document Pack – NOT FOR PUBLICATION"), nullptr);
  EXPECT_EQ(p.document.meta.title,
            "Overview and Scrutiny Committee (Children's Services and Safeguarding), Tuesday 12 November 2019 – "
            "Private (not for publication)");
}

TEST(PackComposer, MainPackListsLateReportsAsToFollow) {
  Fixture f;
  f.meeting.items[1].supplementary = false;
  model::AgendaItem verbal;
  verbal.number = "10";
  verbal.title = "Verbal Update from the Chair";
  verbal.kind = model::AgendaItemKind::Verbal;
  f.meeting.items.push_back(verbal);
  const std::vector<PackItemInput> inputs = {PackItemInput{}, PackItemInput{&f.plan, PageRange{3, 40}},
                                             PackItemInput{}, PackItemInput{}};
  const PackDocument p = compose_pack(f.meeting, PackSettings{Edition::Public, false}, f.style, inputs);
  const std::vector<std::string> texts = letter_texts(p);
  const auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  EXPECT_TRUE(has("SEND Continuous Improvement (report to follow)"));
  EXPECT_TRUE(has("Children and Young People's Plan (Pages 3 - 40)"));
  EXPECT_TRUE(has("Verbal Update from the Chair"));
  EXPECT_TRUE(has("You are invited to a meeting of the Overview and Scrutiny Committee (Children's Services "
                  "and Safeguarding) to be held at 18:30 on Tuesday 12 November 2019 in the Committee Room, "
                  "Town Hall, Bootle. The agenda is set out below and the reports follow this letter."));
  EXPECT_FALSE(has("I refer to the agenda for the above meeting and now enclose the following reports which "
                   "were unavailable when the agenda was published."));
  const doc::Paragraph* verbal_line = letter_line(p, "Verbal Update from the Chair");
  ASSERT_NE(verbal_line, nullptr);
  EXPECT_EQ(verbal_line->label, "10.");
  for (const doc::TextRun& r : verbal_line->runs) EXPECT_TRUE(r.link.empty());
  for (const doc::TextRun& r : letter_line(p, "SEND Continuous Improvement (report to follow)")->runs) {
    EXPECT_TRUE(r.link.empty());
  }
  EXPECT_EQ(p.items[0].count, 0u);
  EXPECT_EQ(p.document.meta.title,
            "Overview and Scrutiny Committee (Children's Services and Safeguarding), Tuesday 12 November 2019 – "
            "Public Document Pack");
}

TEST(PackComposer, Metadata) {
  Fixture f;
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), f.style, f.inputs());
  const doc::Metadata& m = p.document.meta;
  EXPECT_EQ(m.title,
            "Overview and Scrutiny Committee (Children's Services and Safeguarding), Tuesday 12 November 2019 – "
            "Supplementary Public Document Pack");
  EXPECT_EQ(m.author, "Sefton Council");
  EXPECT_EQ(m.subject, "Supplementary agenda and reports for the meeting of the Overview and Scrutiny Committee "
                       "(Children's Services and Safeguarding) on Tuesday 12 November 2019");
  EXPECT_EQ(m.creation_date, "2019-11-08");
  EXPECT_EQ(m.creator, "boardpack");
  EXPECT_EQ(p.document.fonts.regular, f.style.fonts.regular);
}

TEST(PackComposer, InputsMustMatchTheAgenda) {
  Fixture f;
  std::vector<PackItemInput> inputs = f.inputs();
  inputs.pop_back();
  EXPECT_THROW(compose_pack(f.meeting, supplementary_public(), f.style, inputs), std::invalid_argument);
  inputs = f.inputs();
  inputs[0].report = nullptr;
  EXPECT_THROW(compose_pack(f.meeting, supplementary_public(), f.style, inputs), std::invalid_argument);
}

TEST(PackComposer, CapitalsLeaveOtherCharactersAlone) {
  EXPECT_EQ(capitals("Children's Services – 12 November"), "CHILDREN'S SERVICES – 12 NOVEMBER");
  EXPECT_EQ(capitals("café"), "CAFé");
}

TEST(PackComposer, TemplateMistakesAreLocated) {
  Fixture f;
  ScratchStyle scratch("section portrait\npara unused\n");
  scratch.write("pack-letter.tpl", "section portrait\npara {{COMITTEE}}\n");
  try {
    compose_pack(f.meeting, supplementary_public(), scratch.style(), f.inputs());
    FAIL() << "no error";
  } catch (const InputError& e) {
    const Diagnostic& d = e.diagnostics().front();
    EXPECT_EQ(d.where.file, (scratch.style().directory / "pack-letter.tpl").string());
    EXPECT_EQ(d.where.line, 2u);
    EXPECT_NE(d.message.find("COMITTEE"), std::string::npos) << d.message;
  }
  scratch.write("pack-letter.tpl", "section portrait\npara Letter\n");
  scratch.write("pack-item.tpl", "footer-center Page {page}\npara Not furniture\n");
  try {
    compose_pack(f.meeting, supplementary_public(), scratch.style(), f.inputs());
    FAIL() << "no error";
  } catch (const InputError& e) {
    const Diagnostic& d = e.diagnostics().front();
    EXPECT_EQ(d.where.file, (scratch.style().directory / "pack-item.tpl").string());
    EXPECT_NE(d.message.find("only set page furniture"), std::string::npos) << d.message;
  }
}

TEST(PackComposer, AStylesOwnLetterReplacesTheCommonOne) {
  Fixture f;
  ScratchStyle scratch("section portrait\npara unused\n");
  scratch.write("pack-letter.tpl",
                "section portrait\npara Agenda of {{COMMITTEE}}\n{{#ITEMS}}\nslot agenda-line {{INDEX}} {{TITLE}}\n"
                "{{/ITEMS}}\n");
  const PackDocument p = compose_pack(f.meeting, supplementary_public(), scratch.style(), f.inputs());
  EXPECT_EQ(letter_texts(p),
            (std::vector<std::string>{
                "Agenda of Overview and Scrutiny Committee (Children's Services and Safeguarding)",
                "SEND Continuous Improvement", "Children and Young People's Plan"}));
  // The common pack-item.tpl still applies.
  EXPECT_EQ(p.document.sections[p.items[0].first].furniture->header_right, "Agenda Item 7");
}

// Every pack template in layouts/ expands for every style, pack and edition,
// and leaves no script text behind.
TEST(PackComposer, EveryPackTemplateExpandsForEveryStyleAndEdition) {
  const fs::path layouts = BOARDPACK_LAYOUTS;
  std::set<std::string> pack_templates;
  for (const auto& entry : fs::recursive_directory_iterator(layouts)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".tpl" && name.rfind("pack-", 0) == 0) pack_templates.insert(name);
  }
  EXPECT_EQ(pack_templates, (std::set<std::string>{"pack-item.tpl", "pack-letter.tpl", "pack-notice.tpl"}));
  int styles = 0;
  for (const auto& entry : fs::directory_iterator(layouts)) {
    if (!fs::exists(entry.path() / "style.xml")) continue;
    ++styles;
    const model::HouseStyle style = house_style(entry.path().filename().string());
    Fixture f;
    f.meeting = exempt_meeting();
    for (Edition edition : {Edition::Public, Edition::Private}) {
      for (bool supplementary : {false, true}) {
        f.meeting.items[0].supplementary = supplementary;
        f.meeting.items[1].supplementary = supplementary;
        std::vector<PackItemInput> inputs = f.inputs();
        if (edition == Edition::Public) inputs[1].report = nullptr;
        const PackDocument p = compose_pack(f.meeting, PackSettings{edition, supplementary}, style, inputs);
        EXPECT_GE(p.letter_sections, 1u);
        EXPECT_EQ(p.items[1].count, edition == Edition::Public ? 1u : f.plan.sections.size());
        for (const auto* para : all_paragraphs(p.document)) {
          const std::string t = text_of(*para);
          EXPECT_EQ(t.find("{{"), std::string::npos) << t;
          EXPECT_EQ(t.find("{label:"), std::string::npos) << t;
        }
      }
    }
  }
  EXPECT_EQ(styles, 2);
}

TEST(PackComposer, ReadmeDocumentsThePackSlotsAndValues) {
  std::ifstream in(fs::path(BOARDPACK_LAYOUTS) / "README.md");
  ASSERT_TRUE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string readme = ss.str();
  const model::Meeting meeting = sefton_meeting();
  const model::HouseStyle style = os_style();
  const std::vector<std::optional<int>> pages;
  for (const std::string& slot : LetterSlots(meeting, style, pages).names()) {
    EXPECT_NE(readme.find("`" + slot + " "), std::string::npos) << slot;
  }
  for (const Vocabulary* v : {&pack_letter_vocabulary(), &pack_item_vocabulary()}) {
    for (const auto& [name, vars] : v->sections) {
      EXPECT_NE(readme.find("`" + name + "`"), std::string::npos) << name;
      for (const auto& var : vars) EXPECT_NE(readme.find("`" + var + "`"), std::string::npos) << var;
    }
    for (const auto& name : v->variables) EXPECT_NE(readme.find("`" + name + "`"), std::string::npos) << name;
  }
}

}  // namespace
}  // namespace bp::compose
